"""HTML fragments for the app: badges, message boxes, the sources panel and verdict cards.

Every piece of text that reaches HTML here passes through ``esc`` first: user text, clause text, quotes,
checker messages alike. Nothing is trusted, so a ``<script>`` typed into the chat shows as text.
"""

from __future__ import annotations

import html
from collections.abc import Iterable
from urllib.parse import quote as urlquote

from assistant.display import clause_label, clause_ref, readable, verdict_label
from assistant.eligibility.decisive import unneeded
from assistant.eligibility.model import (
    REASON_MARKS,
    UNNEEDED_MARK,
    VERDICT_LABELS,
    Reason,
    Verdict,
)
from assistant.notices.tree import Corpus
from assistant.profile import FIELD_LABELS

__all__ = [
    "esc", "highlight", "error_box", "info_box", "mode_badge", "clause_link", "clause_button", "notice_line", "sources_html",
    "verdict_card", "verdict_cards", "chat_verdicts", "EMPTY_SOURCES", "VERDICT_STYLE",
]

# verdict -> (css modifier, Chinese label, icon); the labels are the checker's own.
VERDICT_STYLE = {
    verdict: (css, VERDICT_LABELS[verdict], icon)
    for verdict, css, icon in (("eligible", "ok", "✓"), ("direct_recognition", "direct", "★"),
                               ("needs_review", "review", "？"), ("not_eligible", "no", "✗"))
}
_MARK = {ok: (css, REASON_MARKS[ok]) for ok, css in ((True, "ok"), (False, "no"), (None, "unk"))}
EMPTY_SOURCES = '<div class="ga-empty">回答引用的条款原文会显示在这里。</div>'


def esc(text: object) -> str:
    """Escape for HTML text and attribute values."""
    return html.escape("" if text is None else str(text), quote=True)


def _lines(text: str) -> str:
    return esc(text).replace("\n", "<br>")


def highlight(text: str, quote: str | Iterable[str] | None) -> str:
    """The clause text, escaped, with the first occurrence of each quote wrapped in <mark> (overlaps merged)."""
    quotes = [quote] if isinstance(quote, str) else list(quote or ())
    spans = sorted((text.index(q), text.index(q) + len(q)) for q in quotes if q and q in text)
    merged: list[list[int]] = []
    for start, end in spans:
        if merged and start <= merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], end)
        else:
            merged.append([start, end])
    out, pos = [], 0
    for start, end in merged:
        out.append(f"{_lines(text[pos:start])}<mark>{_lines(text[start:end])}</mark>")
        pos = end
    out.append(_lines(text[pos:]))
    return "".join(out)


def error_box(message: str) -> str:
    return f'<div class="ga-box ga-error" role="alert">⚠️ {_lines(message)}</div>'


def info_box(message: str) -> str:
    return f'<div class="ga-box ga-info">{_lines(message)}</div>'


def mode_badge(mode: str, model: str | None = None) -> str:
    """离线模式 or the model's name, as a small pill."""
    if mode == "llm":
        name = f"模型：{esc(model)}" if model else "语言模型"
        return f'<span class="ga-badge ga-badge-llm" title="语言模型只组织语言；引用与结论均经核对">{name}</span>'
    return '<span class="ga-badge ga-badge-offline" title="不调用语言模型：规则与检索给出全部回答">离线模式</span>'


def clause_link(clause_id: str, label: str | None = None) -> str:
    """A deep link that opens the clause in the 通知原文 tab (new browser tab, so the chat is kept)."""
    href = "?clause=" + urlquote(clause_id, safe="")
    return (f'<a class="ga-clause-link" href="{href}" target="_blank" rel="noopener" title="条款编号 {esc(clause_id)}" '
            f'data-clause="{esc(clause_id)}">{esc(label or "查看条款原文")}</a>')


def clause_button(clause_id: str, label: str = "在通知原文中查看") -> str:
    """A button that switches this page to the 通知原文 tab (handled by the panel's js_on_load). The ID is in
    the data attribute and the tooltip only; the label is Chinese (``display.clause_label``)."""
    return (f'<button type="button" class="ga-open" data-clause="{esc(clause_id)}" title="条款编号 {esc(clause_id)}">'
            f'{esc(label)}</button>')


def notice_line(corpus: Corpus, program: str) -> str:
    """The notice's title, document number (if any) and issue date, escaped."""
    meta = corpus.meta(program)
    number = f"（{esc(meta.doc_number)}）" if meta.doc_number else ""
    return f"{esc(meta.title)}{number}　发文日期 {meta.issue_date.isoformat()}"


def sources_html(citations: Iterable, corpus: Corpus) -> str:
    """One card per clause (not per citation): its [n] markers, its label (the ID in the link and tooltip),
    the notice's title and date, and the full clause with every quoted sentence marked."""
    groups: dict[str, tuple[list[int], list[str]]] = {}
    for number, cite in enumerate(citations, start=1):
        if not corpus.has(cite.clause_id):  # never render an ID that does not resolve
            continue
        markers, quotes = groups.setdefault(cite.clause_id, ([], []))
        markers.append(number)
        if cite.quote and cite.quote not in quotes:
            quotes.append(cite.quote)
    cards = []
    for n, (clause_id, (markers, quotes)) in enumerate(groups.items()):
        clause = corpus.clause(clause_id)
        marks = "".join(f"[{m}]" for m in markers)
        anchors = "".join(f'<span id="ga-src-{m}"></span>' for m in markers)
        said = "".join(f'<div class="ga-quote">“{esc(q)}”</div>' for q in quotes)
        cards.append(
            f'<details class="ga-source" data-clause="{esc(clause_id)}" {"open" if n < 2 else ""}>{anchors}'
            f'<summary><span class="ga-marker">{marks}</span> '
            f'<span class="ga-clause-label" title="条款编号 {esc(clause_id)}">{esc(clause_label(corpus, clause_id))}</span>'
            "</summary>"
            f'<div class="ga-notice">{notice_line(corpus, clause.program)}</div>{said}'
            f'<div class="ga-clause-text">{highlight(clause.text, quotes)}</div>'
            f'<div class="ga-actions">{clause_button(clause_id)} {clause_link(clause_id, "新窗口打开")}</div>'
            "</details>"
        )
    if not cards:
        return EMPTY_SOURCES
    return f'<div class="ga-sources"><div class="ga-h">引用来源（{len(cards)} 条条款）</div>{"".join(cards)}</div>'


def _step_text(step) -> str:
    if isinstance(step, str):
        return step
    return str(step.get("text") or step.get("message") or step.get("fix") or "")


def _reason_item(corpus: Corpus, reason: Reason, spared: bool = False) -> str:
    css, icon = ("spared", UNNEEDED_MARK) if spared else _MARK.get(reason.ok, ("unk", "·"))
    cid = reason.clause_id or ""
    link = f' <span class="ga-ref">{clause_link(cid, clause_ref(corpus, cid))}</span>' if cid and corpus.has(cid) else ""
    quote = f'<div class="ga-reason-quote">“{esc(reason.quote)}”</div>' if reason.quote else ""
    message = esc(readable(reason.message, corpus))
    return f'<li class="ga-reason ga-{css}"><span class="ga-icon">{icon}</span> {message}{link}{quote}</li>'


def _reason_list(corpus: Corpus, reasons: Iterable[Reason], spared: bool = False) -> str:
    return f'<ul class="ga-reasons">{"".join(_reason_item(corpus, r, spared) for r in reasons)}</ul>'


def verdict_card(v: Verdict, corpus: Corpus) -> str:
    """One program's verdict: label, the unmet or unknown reasons, the met ones folded, what is missing, and
    the nearest path to eligibility."""
    program = v.program
    css, label, icon = VERDICT_STYLE.get(v.verdict, ("review", verdict_label(v.verdict), "？"))
    known = program in corpus.notices
    name = corpus.meta(program).short_name if known else program
    title = v.program_title or (corpus.meta(program).title if known else "")
    status = v.round_status if isinstance(v.round_status, dict) else {}
    tag = f'<span class="ga-tag">{esc(status["status_label"])}</span>' if status.get("status_label") else ""
    parts = [
        f'<div class="ga-card ga-v-{css}" data-program="{esc(program)}" data-verdict="{esc(v.verdict)}">',
        f'<div class="ga-card-head"><span class="ga-card-name">{esc(name)}</span>{tag}</div>',
        f'<div class="ga-v-label">{icon} {esc(label)}</div>',
        f'<div class="ga-card-title">{esc(title)}</div>',
    ]
    if v.summary:
        parts.append(f'<div class="ga-summary">{_lines(readable(v.summary, corpus))}</div>')
    reasons = v.reasons
    spared = [r for r in reasons if unneeded(v, r)]
    open_ = sorted((r for r in reasons if r.ok is not True and r not in spared), key=lambda r: r.ok is None)
    met = [r for r in reasons if r.ok is True]
    if open_:
        parts.append(_reason_list(corpus, open_))
    if met:
        parts.append(f'<details class="ga-met"><summary>已满足的条件（{len(met)} 条）</summary>{_reason_list(corpus, met)}</details>')
    if spared:
        parts.append(f'<details class="ga-met ga-spared"><summary>直接认定后无需另行满足的条件（{len(spared)} 条）</summary>'
                     f'{_reason_list(corpus, spared, spared=True)}</details>')
    # a fact only the spared alternatives lack is no longer missing
    needed = {m for r in reasons if r not in spared for m in r.missing}
    only_spared = {m for r in spared for m in r.missing} - needed
    missing = [FIELD_LABELS.get(m.split(".")[0].split("[")[0], m) for m in v.missing if m not in only_spared]
    if missing:
        parts.append(f'<div class="ga-missing"><b>还缺：</b>{esc("、".join(dict.fromkeys(missing)))}</div>')
    if v.questions:
        items = "".join(f"<li>{esc(readable(q, corpus))}</li>" for q in v.questions)
        parts.append(f'<details class="ga-questions"><summary>请补充这些信息（{len(v.questions)} 项）</summary>'
                     f"<ol>{items}</ol></details>")
    steps = [s for s in v.nearest_path if _step_text(s)]
    if steps:
        items = "".join(
            f"<li>{esc(readable(_step_text(s), corpus))}"
            + (f' {clause_link(s["clause_id"], clause_ref(corpus, s["clause_id"]))}'
               if isinstance(s, dict) and s.get("clause_id") and corpus.has(s["clause_id"]) else "")
            + "</li>" for s in steps)
        note = f'<div class="ga-path-note">{esc(readable(v.path_note, corpus))}</div>' if v.path_note else ""
        parts.append(f'<div class="ga-path"><b>最近的路径：</b><ol>{items}</ol>{note}</div>')
    parts.append("</div>")
    return "".join(parts)


def verdict_cards(verdicts: Iterable[Verdict] | None, corpus: Corpus, grid: bool = False) -> str:
    """All verdicts (the checker's records); ``grid`` lays them side by side (the self-check page)."""
    cards = [verdict_card(v, corpus) for v in (verdicts or [])]
    if not cards:
        return ""
    head = '<div class="ga-h">资格检查结论（由规则逐条核对，不使用语言模型）</div>'
    return f'<div class="ga-verdicts">{head}<div class="{"ga-grid" if grid else "ga-stack"}">{"".join(cards)}</div></div>'


def _deciding(v: Verdict, corpus: Corpus) -> str:
    """The clause that decides a verdict, by the one rule the chat's verdict line follows too
    (``eligibility.decisive``): a failed hard rule for 不符合, a shortfall said or the most decisive open point for
    需要人工核实, the condition met for 符合/可直接认定; among reasons whose clause resolves."""
    from dataclasses import replace

    from assistant.eligibility.decisive import lead_reason

    usable = tuple(r for r in v.reasons if r.clause_id and corpus.has(r.clause_id))
    lead = lead_reason(replace(v, reasons=usable)) if usable else None
    return lead.clause_id if lead else ""


def chat_verdicts(verdicts: Iterable[Verdict] | None, corpus: Corpus) -> str:
    """The chat's verdicts as one foldable card above the input: the summary line names each programme, its
    verdict label and the deciding clause (readable without opening it, on a phone too); opened, the full cards."""
    verdicts = list(verdicts or [])
    if not verdicts:
        return ""
    lines = []
    for v in verdicts:
        css = VERDICT_STYLE.get(v.verdict, ("review", "", "？"))[0]
        name = corpus.meta(v.program).short_name if v.program in corpus.notices else "该项目"
        cid = _deciding(v, corpus)
        ref = f'<span class="ga-fold-ref">依据 {clause_link(cid, clause_ref(corpus, cid))}</span>' if cid else ""
        lines.append(f'<span class="ga-fold-line"><b>{esc(name)}</b> <span class="ga-v-pill ga-pill-{css}">'
                     f'{esc(verdict_label(v.verdict))}</span>{ref}</span>')
    cards = "".join(verdict_card(v, corpus) for v in verdicts)
    return (f'<details class="ga-verdict-fold" open><summary><span class="ga-fold-h">资格检查结论</span>'
            f'{"".join(lines)}</summary><div class="ga-stack">{cards}</div>'
            '<div class="ga-fold-note">由规则逐条核对，不使用语言模型</div></details>')
