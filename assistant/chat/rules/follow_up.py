"""A question about the rules read in the context of the talk.

Applicants ask the way people talk: "浙派工匠要准备哪些材料？" then "推荐表主要事迹要写多少字" (still 浙派), or
"杭州工匠现在还能报吗" then "那数字工匠呢" (the same question of another programme). Read alone, the second
message names no programme (and was answered for whichever form it matched first) or asks nothing (and was
refused). The dialogue state keeps the programme in focus and the last question about the rules; this module
decides when a message leans on them.
"""

from __future__ import annotations

import re
from dataclasses import replace

from assistant.chat.routing import Route, without_programme

__all__ = ["in_context"]

# What is left of "那数字工匠呢", "换成首席技师的话呢", "浙派工匠也一样吗" once the programme is taken out: nothing
# but the words that hand the last question on.
_HANDS_ON = re.compile(r"^(?:那|那么|那如果是?|如果是|要是|换成|改成|再问问?|还有)?\s*(?:的话)?\s*"
                       r"(?:呢|怎么样|如何|也一样吗?|一样吗|也是这样吗?|也这样吗?)?[？?。！!，,\s]*$")


def in_context(text: str, r: Route, focus: tuple[str, ...], last_ask: str | None, earlier: bool,
               name_of) -> tuple[str, Route, str]:
    """(the question to answer, its route, a note saying how the context was read).

    ``focus`` is the programmes the talk is about, ``last_ask`` the previous turn's question about the rules
    (None when the previous turn was something else), ``earlier`` whether there was a previous turn at all,
    ``name_of`` gives a programme's short name."""
    if r.programs and last_ask and _HANDS_ON.match(without_programme(text).strip()):
        # the last question, asked of the programme now named; its own programme words would pull retrieval back
        question = without_programme(last_ask).strip() or last_ask
        names = "、".join(name_of(p) for p in r.programs)
        asked = last_ask if len(last_ask) <= 30 else last_ask[:29] + "…"
        return question, replace(r, defaulted=False), f"（按您上一个问题“{asked}”回答{names}的情况。）"
    if not r.programs and len(focus) == 1 and earlier:
        # one programme in focus and nothing else named: the question is asked of it, by name, so retrieval finds
        # its clauses ("那要交什么材料？" after a 浙派 verdict was refused as silent); every answer names the
        # programme it speaks of in its first line, so the user sees which one was taken
        return f"{name_of(focus[0])}{text}", replace(r, programs=focus, defaulted=False), ""
    return text, r, ""
