"""The layout: five tabs over one shared context, the cross-tab wiring, the queue and the launch.

Run with:  make run        (or  .venv/bin/python app.py)
"""

import logging

from assistant.config import Settings
from assistant.notices.text import zh_count
from assistant.ui import chat_tab, draft_tab, eval_tab, notices_tab, selfcheck_tab
from assistant.ui.context import UIContext, guard, make_context
from assistant.ui.mcp_tools import register_tools
from assistant.ui.render import esc, mode_badge
from assistant.ui.theme import CSS, HEAD, make_i18n, make_theme

__all__ = ["build_app", "launch", "QUEUE", "QUEUE_ANALYTICS", "TAB_IDS"]

log = logging.getLogger("assistant.ui")

# Two CPU cores serve everything: two events of a kind run at once, and at most 64 wait. The eval page runs
# one at a time (it is long). api_open=False: REST calls go through the queue too, so nobody bypasses these
# limits with a direct POST. See README “界面” and “稳定性与性能” (bench/load.py measures them).
QUEUE = {"default_concurrency_limit": 2, "max_size": 64, "api_open": False}
# Gradio rebuilds its monitoring summary (a pandas frame over the last 10,000 events) after EVERY event by
# default: CPU per turn that grows with uptime. Rebuild it every 50 events, over the last 1,000.
QUEUE_ANALYTICS = {"ANAYLTICS_CACHE_FREQUENCY": 50, "ANALYTICS_MAX_EVENTS": 1000}
TAB_IDS = ("chat", "selfcheck", "draft", "eval", "notices")


def _header(ctx: UIContext) -> str:
    badge = mode_badge("llm" if ctx.settings.llm_enabled else "offline", ctx.settings.llm_model)
    return (f'<div class="ga-header"><h1>工匠申报助手</h1>{badge}'
            f'<span class="ga-sub">依据{zh_count(len(ctx.corpus.program_ids))}份通知原文作答，每个说法注明条款出处 · 今天按 {esc(ctx.today.isoformat())} 计</span></div>')


def _changed(session, last):
    """The session's facts, if they changed since the form was last filled from them (else None)."""
    known = {**getattr(session, "profile", {}), **getattr(session, "facts", {})} if session is not None else {}
    return None if not known or known == last else known


def build_app(settings: Settings, deps=None):
    """The Blocks app. ``deps`` (assistant.chat.turn.Deps) is built once here unless given, and shared."""
    import gradio as gr

    ctx = make_context(settings, deps)
    from assistant.exports import GRADIO_DELETE_CACHE

    # Gradio's cached copies of downloads (a 推荐表 carries 身份证号) are cleared on the exports' schedule.
    with gr.Blocks(title="工匠申报助手", analytics_enabled=False, delete_cache=GRADIO_DELETE_CACHE) as demo:
        session_state = gr.State(None)  # one assistant.chat.case.state.Session per browser tab, created on first use
        gr.HTML(_header(ctx), js_on_load=None)
        with gr.Tabs(selected="chat", elem_id="ga-tabs", overflow_behavior="wrap") as tabs:
            with gr.Tab("对话", id="chat", elem_id="tab-chat"):
                chat = chat_tab.build(ctx, session_state)
            with gr.Tab("资格自测", id="selfcheck", elem_id="tab-selfcheck") as sc_tab:
                selfcheck = selfcheck_tab.build(ctx, session_state)
            with gr.Tab("事迹起草", id="draft", elem_id="tab-draft") as dr_tab:
                drafting = draft_tab.build(ctx, session_state, notices_tab.program_choices(ctx))
            with gr.Tab("评测", id="eval", elem_id="tab-eval"):
                eval_tab.build(ctx)
            with gr.Tab("通知原文", id="notices", elem_id="tab-notices"):
                notices = notices_tab.build(ctx)
        register_tools(ctx)

        opts = {"api_visibility": "private"}
        open_outputs = [tabs, *notices["open_outputs"]]

        @guard
        def open_in_notices(evt: gr.EventData):
            clause_id = getattr(evt, "clause", "") or ""
            return (gr.Tabs(selected="notices"), *notices["open"](clause_id))

        for panel in (*chat["panels"], selfcheck["result"], drafting["conditions"]):
            panel.click(open_in_notices, None, open_outputs, **opts)

        @guard
        def deep_link(request: gr.Request):
            clause_id = notices_tab.clause_from_query(request.query_params if request else None)
            if not clause_id:
                return tuple(gr.skip() for _ in open_outputs)
            return (gr.Tabs(selected="notices"), *notices["open"](clause_id))

        demo.load(deep_link, None, open_outputs, **opts)

        # Entering a form tab fills it from what the chat learnt, unless nothing changed since last time
        # (so the user's own edits survive switching tabs).
        for tab, part, count in ((sc_tab, selfcheck, len(selfcheck["inputs"])), (dr_tab, drafting, len(drafting["inputs"]))):
            last = gr.State(None)

            def on_select(session, seen, part=part, count=count):
                known = _changed(session, seen)
                if known is None:
                    return (*(gr.skip() for _ in range(count)), seen)
                return (*part["prefill"](session), known)

            tab.select(guard(on_select), [session_state, last], [*part["inputs"], last], **opts)
    demo.ctx = ctx  # for tests and the launcher
    return demo


def launch(settings: Settings, deps=None) -> None:
    """Serve on 127.0.0.1:<port> with the MCP server on, while the retriever warms up in the background (the
    first start builds the index); questions asked before it is ready wait for it."""
    demo = build_app(settings, deps)
    demo.queue(**QUEUE)
    for name, value in QUEUE_ANALYTICS.items():  # private knobs (env-only in gradio); skipped if renamed
        if hasattr(demo._queue, name):
            setattr(demo._queue, name, value)
    log.info("serving on 127.0.0.1:%d with the MCP server at /gradio_api/mcp/", settings.port)
    # No footer links (API/MCP are documented in the README), Gradio's strings in Chinese (gr.I18n plus HEAD for
    # the two it cannot translate), and quiet: Gradio's own start-up lines (English, and one suggesting
    # share=True on a loopback-only app) are replaced by our log lines above.
    # JSON bodies are checked before Gradio parses them: a 5000-digit number or a 1 GB body gets a Chinese
    # error naming the field, not FastAPI's English one (assistant/ui/edge.py).
    from starlette.middleware import Middleware

    from assistant.ui.edge import JsonEdge

    demo.launch(server_name="127.0.0.1", server_port=settings.port, mcp_server=True, theme=make_theme(), css=CSS,
                ssr_mode=False, show_error=False, footer_links=[], i18n=make_i18n(), head=HEAD, quiet=True,
                prevent_thread_lock=True, app_kwargs={"middleware": [Middleware(JsonEdge)]})
    # Only now, with the server answering: warming up meanwhile would compete with its start for the GIL.
    log.info("loading the retrieval index in the background (the first start builds it)")
    demo.ctx.warm_up()
    demo.block_thread()
