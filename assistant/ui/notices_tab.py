"""通知原文 tab: each notice as its clause tree, a search box, and one clause shown in full.

Citations elsewhere open a clause here: in-page buttons (``data-clause``) switch to this tab, and
``?clause=<id>`` deep links open it on page load.
"""

import logging

from assistant.display import clause_label
from assistant.errors import AssistantError, InputError
from assistant.ui.context import UIContext, guard
from assistant.ui.render import clause_button, error_box, esc, highlight, info_box, notice_line

__all__ = ["program_choices", "notice_outline", "show_clause", "search_notices", "clause_from_query", "build"]

log = logging.getLogger("assistant.ui")
SNIPPET = 140


def program_choices(ctx: UIContext) -> list[tuple[str, str]]:
    return [(f"{ctx.corpus.meta(p).short_name}（{ctx.corpus.meta(p).doc_number or ctx.corpus.meta(p).issue_date}）", p)
            for p in ctx.corpus.program_ids]


def _meta_html(ctx: UIContext, program: str) -> str:
    meta = ctx.corpus.meta(program)
    status = ctx.corpus.round_status(program, ctx.today).to_json()
    deadline = f"　申报截止 {meta.deadline.isoformat()}" if meta.deadline else ""
    return (f'<div class="ga-notice-head"><div class="ga-notice-title">{esc(meta.title)}</div>'
            f'<div class="ga-notice-sub">{esc(meta.doc_number)}　{esc("、".join(meta.issuers))}　'
            f'发文日期 {meta.issue_date.isoformat()}{deadline}</div>'
            f'<div class="ga-status">{esc(status["status_label"])}：{esc(status["note"])}</div></div>')


def _short(title: str, n: int = 16) -> str:
    return title if len(title) <= n else title[:n] + "…"


def notice_outline(ctx: UIContext, program: str) -> str:
    """The notice's header and its clause tree; every node is a button that opens the clause."""
    notice = ctx.corpus.notice(program)
    rows = []
    for clause in notice.clauses.values():
        rows.append(
            f'<button type="button" class="ga-tree-item" style="--d:{clause.depth}" data-clause="{esc(clause.clause_id)}">'
            f'{esc(clause.title)}</button>')
    return f'{_meta_html(ctx, program)}<nav class="ga-tree" aria-label="条款目录">{"".join(rows)}</nav>'


def show_clause(ctx: UIContext, clause_id: str, quote: str | None = None) -> tuple[str, str]:
    """(program, clause HTML). Raises InputError/NotFoundError (with the nearest IDs) for a bad ID."""
    clause_id = (clause_id or "").strip()
    if not clause_id:
        raise InputError("请输入条款编号，例如 hz_digital_craftsman_2026#二/(三)。", field="clause_id")
    clause = ctx.corpus.clause(clause_id)
    crumbs = " › ".join(esc(t) for t in clause.heading_chain)
    children = "".join(clause_button(c, _short(ctx.corpus.clause(c).title)) for c in clause.children)
    parent = clause_button(clause.parent, "上一级") if clause.parent else ""
    html = (
        f'<article class="ga-clause" data-clause-id="{esc(clause.clause_id)}">'
        f'<div class="ga-crumbs">{crumbs}</div>'
        f'<div class="ga-clause-id" title="条款编号 {esc(clause.clause_id)}">{esc(clause_label(ctx.corpus, clause.clause_id))}</div>'
        f'<div class="ga-notice">{notice_line(ctx.corpus, clause.program)}</div>'
        f'<div class="ga-clause-text">{highlight(clause.text, quote)}</div>'
        f'<div class="ga-actions">{parent}{children}</div></article>'
    )
    return clause.program, html


def search_notices(ctx: UIContext, query: str, program: str | None = None, k: int = 8) -> str:
    """Retrieval over the notices (the same retriever as ``assistant search``), as clickable results."""
    if not (query or "").strip():
        return info_box("请输入要查找的内容，例如“在杭工作年限”“推荐名额”“截止时间”。")
    hits = ctx.deps.get_retriever().search(query, program=program or None, k=k)
    if not hits:
        return info_box("没有找到相关条款。")
    items = []
    for hit in hits:
        if not ctx.corpus.has(hit.clause_id):
            continue
        clause = ctx.corpus.clause(hit.clause_id)
        text = hit.text if len(hit.text) <= SNIPPET else hit.text[:SNIPPET] + "…"
        items.append(
            f'<li class="ga-hit"><div>{clause_button(hit.clause_id, clause_label(ctx.corpus, hit.clause_id))}'
            f'<span class="ga-chain">{esc(ctx.corpus.meta(hit.program).short_name)} › {esc(" › ".join(clause.heading_chain[1:]))}</span></div>'
            f'<div class="ga-snippet">{esc(text)}</div></li>')
    return f'<ol class="ga-hits">{"".join(items)}</ol>'


def clause_from_query(params) -> str | None:
    """The ``?clause=`` deep-link value, if any."""
    try:
        value = params.get("clause") if params is not None else None
    except AttributeError:
        return None
    return value.strip() if isinstance(value, str) and value.strip() else None


def build(ctx: UIContext) -> dict:
    """Lay out the tab; returns components plus ``open`` (clause_id -> updates for ``open_outputs``)."""
    import gradio as gr

    from assistant.ui.chat_tab import OPEN_JS

    choices = program_choices(ctx)
    first = choices[0][1]
    with gr.Row():
        program = gr.Dropdown(choices, value=first, label="通知", scale=3, elem_id="ga-notice-program")
        query = gr.Textbox(label="在通知中查找", placeholder="如：在杭工作年限、推荐名额、截止时间",
                           scale=3, elem_id="ga-notice-query")
        scope = gr.Checkbox(value=False, label="只查当前通知", scale=1)
    results = gr.HTML("", elem_id="ga-notice-hits", js_on_load=OPEN_JS)
    with gr.Row(equal_height=False):
        with gr.Column(scale=2, min_width=260):
            outline = gr.HTML(notice_outline(ctx, first), elem_id="ga-outline", js_on_load=OPEN_JS)
        with gr.Column(scale=3, min_width=280):
            clause_id = gr.Textbox(label="条款编号", placeholder="如 hz_digital_craftsman_2026#二/(三)，回车打开",
                                   elem_id="ga-clause-id")
            clause_view = gr.HTML(info_box("点左侧目录、搜索结果或对话里的引用，条款全文会显示在这里。"),
                                  elem_id="ga-clause-view", js_on_load=OPEN_JS)

    def open_updates(cid: str):
        """Updates for (program, outline, clause_id, clause_view)."""
        try:
            prog, html = show_clause(ctx, cid)
        except AssistantError as exc:
            return gr.skip(), gr.skip(), cid, error_box(exc.message)
        return prog, notice_outline(ctx, prog), ctx.corpus.clause(cid).clause_id, html

    @guard
    def on_search(q, prog, only):
        return search_notices(ctx, q, prog if only else None)

    @guard
    def on_open(evt: gr.EventData):
        return open_updates(getattr(evt, "clause", "") or "")

    opts = {"api_visibility": "private"}
    open_outputs = [program, outline, clause_id, clause_view]
    program.input(guard(lambda p: notice_outline(ctx, p)), program, outline, **opts)
    query.submit(on_search, [query, program, scope], results, **opts)
    clause_id.submit(guard(open_updates), clause_id, open_outputs, **opts)
    for panel in (results, outline, clause_view):
        panel.click(on_open, None, open_outputs, **opts)
    return {"program": program, "outline": outline, "clause_id": clause_id, "clause_view": clause_view,
            "open": open_updates, "open_outputs": open_outputs}
