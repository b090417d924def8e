"""A premise on which edition a notice is ("数字工匠今年这次是第三届吧", "2016年那个杭州工匠已经是第二届了吧"),
checked against the edition the notice's metadata gives it and the line of its head naming it.

An edition that only names the programme ("首届数字工匠是2023年搞的吧") asserts nothing: the edition asserted follows
是/算 and ends its clause. A notice numbering no edition (2021年首席技师, 浙派工匠's 办法) settles nothing.

Run with:  .venv/bin/python -m pytest -q tests/chat/test_edition_said.py
"""

from __future__ import annotations

import re

from assistant.extract.numbers import to_number

__all__ = ["edition_premise", "ordinal"]

# the edition is the predicate, ending its clause ("这次是第三届吧", "已经是第二届了吧"); "是首届就有的规矩吧" says when
# a rule began, not which edition the notice is
_ASSERTED = re.compile(r"(?:是|算|属于)\s*(?P<a>首届|第\s*[一二三四五六七八九十\d]{1,3}\s*届)\s*(?:了)?"
                       r"(?=的?(?:吧|吗|么|嘛|伐|呢|对吧|是吧|没错|对不对|是不是)|\s*[，,。？?！!]|\s*$)")


def ordinal(edition: str) -> int | None:
    """首届 -> 1, 第四届 -> 4, "第 3 届" -> 3; None for an edition said by year ("2021年")."""
    if edition.strip().startswith("首届"):
        return 1
    m = re.fullmatch(r"第\s*([一二三四五六七八九十\d]{1,3})\s*届", edition.strip())
    value = to_number(m.group(1)) if m else None
    return int(value) if value else None


def edition_premise(corpus, program: str, question: str) -> tuple[str, tuple[str, str]] | None:
    """("不对，…"/"是的，…", (clause_id, the head's line naming the edition)) when ``question`` asserts which edition
    ``program``'s notice is; None when it asserts none or the notice numbers none."""
    from assistant.chat.rules.quotes import _candidates

    m = _ASSERTED.search(question or "")
    meta = corpus.meta(program)
    own = ordinal(meta.edition_name or "")
    if m is None or own is None:
        return None
    said = m.group("a")
    cid = f"{program}#前言"
    line = next((u for u in _candidates(corpus.clause(cid), "") if meta.edition_name in u), None) \
        if corpus.has(cid) else None
    if line is None:
        return None
    if ordinal(said) == own:
        return f"是的，这份通知是{meta.edition_name}：见下面的原文。", (cid, line)
    return f"不对，这份通知是{meta.edition_name}，不是{said}：见下面的原文。", (cid, line)
