"""Offline answer texts: clause Q&A, refusals, silences and comparisons. Templates only (eligibility answers are
chat/case/brief.py).

Every sentence that states something about a notice carries a citation marker; the marker's quote is an
exact substring of the cited clause.
"""

from __future__ import annotations

import datetime as dt
import re

from assistant.chat.answer import Citations
from assistant.notices.text import zh_count
from assistant.notices.tree import Corpus

__all__ = [
    "local_id", "qa_text", "refusal_text", "compare_text", "status_lines",
    "INJECTION_NOTE", "CLIP_NOTE", "silent_text", "all_silent_text", "parts_text", "cite_line",
]

INJECTION_NOTE = "提示：您的消息里有要求我忽略规则或直接给出结论的内容。这类指令不会被执行；资格结论只来自按条款逐条核对的资格检查器。"
CLIP_NOTE = "您的消息超过 2000 字，我只处理了前 2000 字。"
_DATE_WORDS = re.compile(r"截止|截至|什么时候|何时|几号|几月|日期|时间|deadline|还来得及|过期|结束")


def local_id(clause_id: str) -> str:
    return clause_id.split("#", 1)[1]


_NUMBERING = re.compile(r"^\s*[\(（]?[一二三四五六七八九十0-9]+[\)）、.．]?\s*")
MAX_HEADING = 12
_DATE_ONLY = re.compile(r"\s*\d{4}\s*年[\d\s月日]*(印发)?\s*$")  # a signature's date belongs to no heading


def heading_name(corpus: Corpus, clause_id: str) -> str:
    """The clause's own name as its heading gives it ("（四）个人自荐" -> "个人自荐"), or "" when it has none
    short enough to be a name (an inline heading that runs on into its sentence, the 前言)."""
    try:
        title = corpus.clause(clause_id).title
    except Exception:  # noqa: BLE001 - a label is optional
        return ""
    if not title or title.endswith("…") or title.startswith("附件"):
        return ""
    name = _NUMBERING.sub("", title).strip().rstrip("。：:")
    return name if 0 < len(name) <= MAX_HEADING and name != title.strip() else ""


def cite_line(corpus: Corpus, cites: Citations, clause_id: str, quote: str) -> str:
    """"四/(一)（单位推荐）：“…”[1]": a quoted sentence with its clause, its name and its citation marker."""
    meta = corpus.meta(clause_id.split("#", 1)[0])
    name = heading_name(corpus, clause_id)
    # The clause's name says what the quoted sentence is about ("四/(四)（个人自荐）"), unless the quote opens
    # with it.
    label = f"（{name}）" if name and name not in quote[:len(name) + 6] and not _DATE_ONLY.match(quote) else ""
    return f"{meta.short_name} {local_id(clause_id)}{label}：“{quote}”{cites.mark(clause_id, quote)}"


def status_lines(corpus: Corpus, programs: list[str], today: dt.date, always: bool = False) -> list[str]:
    """Deadline-passed and superseded-edition notes for the programs an answer cites."""
    lines = []
    for program in dict.fromkeys(programs):
        status = corpus.round_status(program, today)
        if always or status.superseded_by or status.status == "closed":
            lines.append(f"（{status.note}）")
    return lines


def qa_text(corpus: Corpus, cites: Citations, query: str, quotes: list[tuple[str, str]], today: dt.date,
            premise: str | None = None, steps: bool = False, lead: tuple[str, str] | None = None) -> str:
    """Answer from the top clauses, given as (clause_id, quote): the main quote first, a related one after it.
    With ``steps`` the quotes are the steps of one procedure, in the notice's order, each cited, after the ``lead``
    naming the course in one line when the notice has one."""
    lines = [premise] if premise else []
    (main, quote), *rest = quotes
    if steps:
        if lead:
            lines += ["根据通知原文，" + cite_line(corpus, cites, *lead), "具体环节依次是："]
        else:
            lines.append("根据通知原文，具体环节依次是：")
        lines += [f"{i}. " + cite_line(corpus, cites, cid, q) for i, (cid, q) in enumerate(quotes, start=1)]
        rest = []
    else:
        lines.append("根据通知原文，" + cite_line(corpus, cites, main, quote))
    for other, other_quote in rest[:1]:
        lines.append("相关条款：" + cite_line(corpus, cites, other, other_quote))
    programs = [cid.split("#", 1)[0] for cid, _ in quotes[:2]]
    lines += status_lines(corpus, programs, today, always=bool(_DATE_WORDS.search(query)))
    return "\n".join(lines)


def parts_text(corpus: Corpus, cites: Citations,
               items: list[tuple[str, tuple[str, str] | tuple[tuple[str, str], ...] | None, str]],
               today: dt.date, program: str | None, premise: str | None = None) -> str:
    """A message that asks several things, answered ask by ask: ``items`` is [(the ask, (clause_id, quote), or the
    (clause_id, quote) of each step of a course, or None when the notice is silent on it, what a silent answer
    names)]."""
    lines = [premise] if premise else []
    lines.append(f"您问了{'两' if len(items) == 2 else zh_count(len(items))}件事，分别回答：")
    asks = " ".join(part for part, _, _ in items)
    for i, (part, found, label) in enumerate(items, start=1):
        ask = part.strip().rstrip("，,；;")
        if found is None:
            who = f"{corpus.meta(program).short_name}的" if program else ""
            lines.append(f"{i}. {ask} {who}通知没有写明{label}。")
        elif isinstance(found[0], tuple):  # the steps of a course from a step said done, in the notice's order
            lines.append(f"{i}. {ask} 根据通知原文，具体环节依次是：")
            lines += [f"   {n}) " + cite_line(corpus, cites, *step) for n, step in enumerate(found, start=1)]
        else:
            lines.append(f"{i}. {ask} 根据通知原文，" + cite_line(corpus, cites, *found))
    if program and any(found is None for _, found, _ in items) and corpus.meta(program).contacts:
        lines.append(f"没有写明的，请咨询发文单位：{'；'.join(corpus.meta(program).contacts)}。")
    cited = [(found[0][0] if isinstance(found[0], tuple) else found[0]).split("#", 1)[0] for _, found, _ in items if found]
    lines += status_lines(corpus, cited, today, always=bool(_DATE_WORDS.search(asks)))
    return "\n".join(lines)


def refusal_text(corpus: Corpus, programs: list[str], topic: str | None = None, *, today) -> str:
    """The notices do not answer: say so, and point to the contacts the notices give."""
    everything = [n.meta for n in corpus.notices.values()]
    # With no programme named, point to the current ones (none superseded by a later edition on ``today``).
    targets = programs or corpus.current_programs(today)
    contacts = "；".join(f"{corpus.meta(p).short_name}：{c}" for p in targets for c in corpus.meta(p).contacts)
    what = f"关于{topic}，" if topic else ""
    count = zh_count(len(everything))
    return (f"{what}这{count}份通知里没有涉及这个问题，我不能凭猜测回答。"
            f"本助手只依据{'、'.join(m.short_name for m in everything)}这{count}份通知原文作答。\n"
            f"建议向发文单位咨询：{contacts}。")


def all_silent_text(corpus: Corpus, programs: list[str], label: str) -> str:
    """Every compared notice is silent on the attribute asked: name them and the attribute (not "这五份通知里没有涉及",
    which is untrue when another notice does state it), then their contacts."""
    names = "和".join(corpus.meta(p).short_name for p in programs)
    contacts = "；".join(f"{corpus.meta(p).short_name}：{c}" for p in programs for c in corpus.meta(p).contacts)
    both = "都" if len(programs) > 1 else ""
    return f"{names}的通知{both}没有写明{label}，我不能凭猜测回答。\n建议向发文单位咨询：{contacts}。"


def silent_text(corpus: Corpus, program: str, label: str, reference=None) -> str:
    """The asked notice holds no value of the asked kind: say so first, then its contact, then (labelled 参考,
    without a citation, since it does not answer the question asked) what another programme's notice says.
    ``reference`` is a ``quotes.Pick`` or None."""
    meta = corpus.meta(program)
    lines = [f"{meta.short_name}的通知没有写明{label}，我不能凭猜测回答。"]
    if meta.contacts:
        lines.append(f"如需确认，请咨询发文单位：{'；'.join(meta.contacts)}。")
    if reference is not None:
        other_id = reference.clause_id.split("#", 1)[0]
        lines.append(f"参考（这是{corpus.meta(other_id).short_name}的规定，不适用于{meta.short_name}）："
                     f"{corpus.meta(other_id).short_name} {local_id(reference.clause_id)}写明“{reference.quote}”。")
    return "\n".join(lines)


def compare_text(corpus: Corpus, cites: Citations, sides: list[tuple[str, str | None, str | None]], today: dt.date,
                 label: str = "这一点", nearby: dict[str, tuple[str, str]] | None = None) -> str:
    """Side by side: one cited quote per program. ``sides`` is [(program, clause_id, quote)]; a side whose
    clause_id is None is a notice silent on the compared point, and the answer says so for that side, then
    (``nearby``: program -> (clause_id, quote)) quotes the nearest rule it does state, as such."""
    many = len({program for program, _, _ in sides}) > 2  # "市里的那几个": three sides are no 两者
    lines = ["各项目在这一点上的规定分别是：" if many else "两者在这一点上的规定分别是："]
    shown: list[str] = []
    for program, clause_id, quote in sides:
        if shown and shown[-1] == program and clause_id and quote:  # a side's second sentence goes on its line
            lines[-1] += f"；{local_id(clause_id)}：“{quote}”{cites.mark(clause_id, quote)}"
            continue
        shown.append(program)
        if clause_id is None or quote is None:
            line = f"【{corpus.meta(program).short_name}】通知没有写明{label}。"
            if nearby and program in nearby:
                near_id, near_quote = nearby[program]
                line += f"相关的规定是 {local_id(near_id)}：“{near_quote}”{cites.mark(near_id, near_quote)}"
            lines.append(line)
            continue
        lines.append(f"【{corpus.meta(program).short_name}】{local_id(clause_id)}：“{quote}”{cites.mark(clause_id, quote)}")
    lines += status_lines(corpus, list(dict.fromkeys(p for p, _, _ in sides)), today)
    return "\n".join(lines)
