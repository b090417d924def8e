"""对话 tab: streamed answers from ``assistant.chat.turn.respond_stream``, the sources panel, verdict cards, 👍/👎.

The callbacks are plain functions of (context, inputs) so tests drive them without a browser; ``build``
only lays out components and wires them to the callbacks.
"""

import datetime as dt
import hashlib
import html
import logging
import re
from collections.abc import Iterator

from assistant.chat.answer import Answer
from assistant.chat.case.state import Session
from assistant.display import readable
from assistant.notices.text import zh_count
from assistant.pii import redact
from assistant.ui.context import LOADING, UIContext, guard
from assistant.ui.render import EMPTY_SOURCES, chat_verdicts, mode_badge, sources_html

__all__ = ["EXAMPLES", "OPEN_JS", "MAX_QUICK", "chat_turn", "new_chat", "quick_replies", "record_feedback", "message_text",
           "shown", "build"]

log = logging.getLogger("assistant.ui")

EXAMPLES = (
    "第四届杭州数字工匠要求在杭州全职工作几年？",
    "我1988年6月出生，在杭州一家民营企业全职做软件开发9年，是高级技师，能申报第四届杭州数字工匠吗？",
    "浙派工匠多久评选一次？每次评选多少名？",
    "第四届和首届杭州数字工匠的推荐条件有什么不同？",
    "杭州市首席技师的申报材料什么时候截止？",
)
THINKING = "正在查找通知原文…"


# The answer templates fold long detail into <details><summary>…</summary>…</details>: these exact, inert tags
# (no attributes but ``open``) are the only markup an assistant message may carry; everything else is text.
_FOLD_TAGS = re.compile(r"&lt;(/?)(details|summary)( open)?&gt;")


def shown(role: str, text: str) -> dict:
    """A Chatbot message whose text displays as typed. The Chatbot inserts content as (sanitised) HTML even
    with markdown off, so a typed ``<img onerror=…>`` would become an image: escape it to stay text. An
    assistant message keeps its fold tags (``_FOLD_TAGS``); a user's never does."""
    content = html.escape(text, quote=False)
    if role == "assistant":
        content = _FOLD_TAGS.sub(lambda m: f"<{m.group(1)}{m.group(2)}{m.group(3) or ''}>", content)
    return {"role": role, "content": content}


def message_text(message: dict) -> str:
    """The text of a Chatbot message (content a string or a list of parts), unescaped."""
    content = message.get("content")
    if isinstance(content, list):
        content = "".join(p.get("text", "") for p in content if isinstance(p, dict))
    elif isinstance(content, dict):
        content = str(content.get("text", ""))
    return html.unescape(content) if isinstance(content, str) else ""


def _panels(ctx: UIContext, answer: Answer) -> tuple[str, str, str]:
    sources = sources_html(answer.citations, ctx.corpus)
    cards = chat_verdicts(answer.verdicts, ctx.corpus) if answer.verdicts else ""
    return sources, cards, mode_badge(answer.mode, answer.model or ctx.settings.llm_model)


def chat_turn(ctx: UIContext, message: str, history: list | None, session: Session | None) -> Iterator[tuple]:
    """Stream one turn. Yields (history, textbox, sources, verdict cards, mode badge, session)."""
    session = session if isinstance(session, Session) else Session()
    history = [dict(m) for m in (history or [])]
    message = (message or "").strip()
    badge = mode_badge("llm" if ctx.settings.llm_enabled else "offline", ctx.settings.llm_model)
    if not message:
        yield history, "", EMPTY_SOURCES, "", badge, session
        return
    from assistant.chat.turn import respond_stream

    history.append(shown("user", message))
    history.append(shown("assistant", THINKING if ctx.ready else LOADING))  # loading: the turn waits for it
    yield list(history), "", EMPTY_SOURCES, "", badge, session
    streamed = ""
    answer: Answer | None = None
    for event in respond_stream(session, message, ctx.deps):
        if isinstance(event, Answer):
            answer = event
            break
        streamed += event
        history[-1] = shown("assistant", readable(streamed, ctx.corpus))
        yield list(history), "", EMPTY_SOURCES, "", badge, session  # a copy: each frame is its own state
    if answer is None:  # the core always ends with an Answer; guard against a broken stream anyway
        raise RuntimeError("respond_stream ended without an Answer")
    # Codes stay in the Answer (and the logs); the reader sees labels (assistant.display).
    history[-1] = shown("assistant", readable(answer.text, ctx.corpus, [c.clause_id for c in answer.citations]))
    sources, cards, badge = _panels(ctx, answer)
    if ctx.settings.persist_conversations:
        try:
            _persist(ctx, session, message, answer)
        except OSError as exc:  # a full or read-only disk must not cost the user the verified answer and its panels
            log.warning("conversation not saved (%s)", type(exc).__name__)
    yield history, "", sources, cards, badge, session


MAX_QUICK = 6  # the longest choice list asked back (employment: 5) fits one row on a phone


def quick_replies(session: Session | None) -> tuple[str, list[str]]:
    """The questions asked back that offer choices, and those choices: the buttons under the chat.

    Two questions asked at once both get their buttons when no choice is offered under both and all fit one row
    (a tap answers the question it belongs to: chat.case.asking.tapped); otherwise the first question's only."""
    asked = session.asked_back if isinstance(session, Session) else ()
    offered = [(str(q.get("text") or ""), [str(o) for o in q.get("options") or () if str(o).strip()]) for q in asked]
    offered = [(text, options) for text, options in offered if options]
    if not offered:
        return "", []
    (text, options), *rest = offered
    if rest and not set(options) & set(rest[0][1]) and len(options) + len(rest[0][1]) <= MAX_QUICK:
        return f"{text}　｜　{rest[0][0]}", options + rest[0][1]
    return text, options[:MAX_QUICK]


def quick_caption(text: str) -> str:
    return f'<div class="ga-quick-caption">点选回答：{html.escape(text)}</div>' if text else ""


def _session_tag(session: Session | None) -> str | None:
    # A hash, not the session id: lines from one conversation group together without identifying it.
    session_id = session.id if isinstance(session, Session) else ""
    return hashlib.sha256(session_id.encode()).hexdigest()[:12] if session_id else None


def _persist(ctx: UIContext, session: Session, message: str, answer: Answer) -> None:
    """ASSISTANT_PERSIST_CONVERSATIONS=true: keep each turn (PII masked) in conversations.jsonl."""
    ctx.append_jsonl(ctx.conversations_path, {
        "ts": dt.datetime.now(dt.UTC).isoformat(timespec="seconds"), "session": _session_tag(session),
        "question": redact(message), "answer": redact(answer.text), "mode": answer.mode,
        "clause_ids": [c.clause_id for c in answer.citations],
        "verdicts": {v.program: v.verdict for v in answer.verdicts or ()},
    })


def new_chat(ctx: UIContext, session: Session | None) -> tuple:
    """Forget the conversation and what it learnt. Returns (history, textbox, sources, cards, badge, session)."""
    session = session if isinstance(session, Session) else Session()
    session.reset()
    badge = mode_badge("llm" if ctx.settings.llm_enabled else "offline", ctx.settings.llm_model)
    return [], "", EMPTY_SOURCES, "", badge, session


def record_feedback(ctx: UIContext, history: list | None, session: Session | None, index, liked) -> dict:
    """Append one 👍/👎 to ``feedback.jsonl`` in the data directory, with ID-card and phone numbers masked."""
    history = history or []
    position = index[0] if isinstance(index, list | tuple) else index
    if not isinstance(position, int) or not 0 <= position < len(history):
        raise ValueError(f"feedback for a message that does not exist: {index!r}")
    answer = message_text(history[position])
    question = next((message_text(m) for m in reversed(history[:position]) if m.get("role") == "user"), "")
    record = {
        "ts": dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
        "session": _session_tag(session),
        "index": position,
        "liked": liked,
        "question": redact(question),
        "answer": redact(answer),
        "mode": "llm" if ctx.settings.llm_enabled else "offline",
    }
    ctx.append_jsonl(ctx.feedback_path, record)
    log.info("feedback liked=%s index=%s", liked, position)
    return record


def build(ctx: UIContext, session_state) -> dict:
    """Lay out the 对话 tab; returns the components other tabs wire to (the panels open clauses)."""
    import gradio as gr

    with gr.Row(equal_height=False, elem_classes="ga-chat-row"):
        with gr.Column(scale=3, min_width=300):
            chatbot = gr.Chatbot(
                label="对话", show_label=False, height=520, render_markdown=True, line_breaks=True, latex_delimiters=[], sanitize_html=True,
                allow_tags=False,
                feedback_options=("Like", "Dislike"), elem_id="ga-chatbot", buttons=["copy"],
                placeholder=f"您好！我是工匠申报助手，只依据{zh_count(len(ctx.corpus.program_ids))}份通知原文回答，每个说法都注明出处。可以点下面的示例问题开始。",
                examples=[{"text": q, "display_text": q} for q in EXAMPLES],
            )
            # The verdict sits above the input, so on a phone it is read before the keyboard area.
            verdicts = gr.HTML("", elem_id="ga-verdicts", js_on_load=OPEN_JS)
            # Quick replies: the choices of the question just asked back ("是 / 否", "全职 / 兼职 …"); a tap sends it.
            with gr.Row(elem_id="ga-quick", elem_classes="ga-quick-row"):
                quick_label = gr.HTML("", elem_id="ga-quick-caption", visible=False)
                quick = [gr.Button("", size="sm", variant="secondary", visible=False, min_width=60,
                                   elem_classes="ga-quick-btn") for _ in range(MAX_QUICK)]
            with gr.Row(elem_classes="ga-input-row"):
                textbox = gr.Textbox(label="您的问题", placeholder="输入您的问题，按回车发送（例如：我能申报第四届杭州数字工匠吗？）",
                                     show_label=False, scale=5, max_lines=6, elem_id="ga-chat-input")
                send = gr.Button("发送", variant="primary", scale=1, min_width=72, elem_id="ga-send")
            with gr.Row():
                badge = gr.HTML(mode_badge("llm" if ctx.settings.llm_enabled else "offline", ctx.settings.llm_model),
                                elem_id="ga-mode", js_on_load=None)
                reset = gr.Button("新对话", size="sm", variant="secondary", elem_id="ga-new-chat")
            gr.Markdown("结论只来自资格检查器，不来自语言模型。请勿在对话中填写身份证号、手机号等个人信息。",
                        elem_classes="ga-hint")
        with gr.Column(scale=2, min_width=280):
            sources = gr.HTML(EMPTY_SOURCES, elem_id="ga-sources", js_on_load=OPEN_JS)

    outputs = [chatbot, textbox, sources, verdicts, badge, session_state]

    @guard
    def on_send(message, history, session):
        yield from chat_turn(ctx, message, history, session)

    @guard
    def on_reset(session):
        return new_chat(ctx, session)

    def on_example(evt: gr.SelectData):
        value = evt.value if isinstance(evt.value, dict) else {}
        return value.get("text", "")

    @guard
    def on_like(history, session, evt: gr.LikeData):
        record_feedback(ctx, history, session, evt.index, evt.liked)
        gr.Info("谢谢您的反馈！" if evt.liked is True else "已记录，我们会据此改进。", title="提示")

    def on_quick(session):
        caption, options = quick_replies(session)
        return [gr.update(value=quick_caption(caption), visible=bool(options)),
                *(gr.update(value=o, visible=True) for o in options),
                *(gr.update(value="", visible=False) for _ in range(MAX_QUICK - len(options)))]

    opts = {"api_visibility": "private"}
    quick_out = [quick_label, *quick]
    chat_in = [textbox, chatbot, session_state]
    textbox.submit(on_send, chat_in, outputs, concurrency_id="chat", **opts).then(on_quick, [session_state], quick_out, **opts)
    send.click(on_send, chat_in, outputs, concurrency_id="chat", **opts).then(on_quick, [session_state], quick_out, **opts)
    chatbot.example_select(on_example, None, textbox, **opts).then(
        on_send, chat_in, outputs, concurrency_id="chat", **opts).then(on_quick, [session_state], quick_out, **opts)
    for button in quick:  # the button's label is the reply, sent as if typed
        button.click(lambda label: label, button, textbox, **opts).then(
            on_send, chat_in, outputs, concurrency_id="chat", **opts).then(on_quick, [session_state], quick_out, **opts)
    reset.click(on_reset, [session_state], outputs, **opts).then(on_quick, [session_state], quick_out, **opts)
    # the Chatbot's own 🗑 must forget the facts too
    chatbot.clear(on_reset, [session_state], outputs, **opts).then(on_quick, [session_state], quick_out, **opts)
    chatbot.like(on_like, [chatbot, session_state], None, **opts)
    return {"chatbot": chatbot, "panels": (sources, verdicts)}


# Shared with the other tabs' HTML panels. Clicks on a [data-clause] button inside the panel become a click event carrying the clause ID; links
# (<a>) keep their default behaviour (a new browser tab with the ?clause= deep link).
OPEN_JS = """
element.addEventListener('click', (e) => {
  const b = e.target.closest('button[data-clause]');
  if (b) { e.preventDefault(); trigger('click', {clause: b.dataset.clause}); }
});
"""
