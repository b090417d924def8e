"""Seals and signatures on a notice's form ("推荐表要盖几个章", "第四届的表是不是少了一个章", "本人要不要签字",
"各要盖几个章，分别是谁盖").

No notice says in words how many seals its form takes; its form says it, row by row: each opinion row marked
盖章 is a body that seals, each row ending in 签名 a person who signs. The answer says the notice gives no number,
then quotes those rows of each side's form, cited, with their count.

Run with:  .venv/bin/python -m pytest -q tests/chat/test_seals.py
"""

from __future__ import annotations

import re

__all__ = ["asks_seals", "asks_which_seals", "of_seals", "seal_rows", "seals_text"]

# a seal or a signature asked of a form: how many, whose, whether one is needed
_ASKED = re.compile(r"盖(?:几|多少|哪些|哪几|什么|啥)?个?(?:公)?章|几个(?:公)?章|几枚|几处章|谁(?:来)?盖|哪些?(?:单位|部门)盖|"
                    r"少了?一个章|多了?一个章|签字|签名|署名|手签")
_FORM = re.compile(r"表")
# a row of the form where a body seals its opinion or the applicant signs a pledge, not a note on the seal's name
_ROW = re.compile(r"(?:意见|承诺)[^\n]*?(?:盖\s*章|签\s*名|签\s*字)")
_SIGNED = re.compile(r"签\s*名|签\s*字")


def asks_seals(text: str) -> bool:
    return bool(_ASKED.search(text or "")) and bool(_FORM.search(text or ""))


# which bodies seal a form, or how many seals it takes: asked of one programme as of two ("推荐表填完要哪几家盖章",
# "申报表要盖几个章", "哪些单位要盖章"); not whether one seal is needed ("要单位盖章吗"), which a rule answers
_WHICH = re.compile(r"几个(?:公)?章|盖(?:几|多少|哪些|哪几)个?(?:公)?章|(?:哪几|哪些|几|什么|啥)(?:家|个)?(?:单位|部门)?(?:来|要|得|需要)?盖|"
                    r"谁(?:来|要|得)?盖|盖章的?(?:是|有)(?:谁|哪些|哪几)|"
                    # "要几个地方签字盖章", "哪几处要签名": the places on the form, counted
                    r"(?:几|哪几|哪些)(?:个|处)?(?:地方|处|栏)[^，,。？?]{0,4}(?:盖章|签字|签名)")


def asks_which_seals(text: str) -> bool:
    """Whether a question about a form asks which bodies seal it, or how many seals it takes."""
    return bool(_WHICH.search(text or "")) and bool(_FORM.search(text or ""))


def of_seals(part: str) -> bool:
    """Whether one ask of a message is of the form's seals or signatures ("本人签不签名，单位盖一个章够不够")."""
    return bool(_ASKED.search(part or "") or re.search(r"盖[^，,。？?]{0,4}章|签不签", part or ""))


def seal_rows(corpus, program: str) -> list[tuple[str, str]]:
    """(clause_id, row) of each row of ``program``'s attached forms where a body seals or a person signs."""
    from assistant.chat.rules.forms import is_attached_form
    from assistant.chat.rules.quotes import _candidates

    return [(c.clause_id, u) for c in corpus.clauses(program) if c.path and is_attached_form(corpus, c.clause_id)
            for u in _candidates(c, "") if _ROW.search(u)]


def _shown(row: str) -> str:
    """The row as quoted: its words, without the blank date the form leaves to fill in."""
    return re.sub(r"\s*年\s*月\s*日\s*$", "", row).strip()


def seals_text(corpus, cites, text: str, programs: list[str], today) -> str | None:
    """Each side's seal and signature rows, or None when the question asks none or no side's form has any."""
    from assistant.chat.templates import local_id, status_lines

    if not asks_seals(text):
        return None
    rows = {p: seal_rows(corpus, p) for p in programs}
    if not any(rows.values()):
        return None
    lines = ["通知正文没有写要盖几个章；表上要盖章或签名的栏分别是："]
    for p in programs:
        name = corpus.meta(p).short_name
        if not rows[p]:
            lines.append(f"【{name}】通知附的表里没有要盖章或签名的栏。")
            continue
        signed = sum(bool(_SIGNED.search(r)) for _, r in rows[p])
        count = "、".join(x for x in (f"{len(rows[p]) - signed}处盖章" if len(rows[p]) > signed else "",
                                      f"{signed}处本人签名" if signed else "") if x)
        quoted = "；".join(f"“{_shown(r)}”{cites.mark(cid, _shown(r))}" for cid, r in rows[p])
        lines.append(f"【{name}】{local_id(rows[p][0][0])}，共{count}：{quoted}")
    lines += status_lines(corpus, list(programs), today)
    return "\n".join(lines)
