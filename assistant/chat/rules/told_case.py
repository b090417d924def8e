"""The question asked after the asker's own case: what is left of a message once the clauses that open it by telling
the asker's facts are set aside (chat.turn, for a rule question told around a case, language.ask_kind). Apart from
chat.rules.own_case, which chat.routing reads: this one reads chat.routing.
"""

from __future__ import annotations

import re

from assistant.chat.routing import detect_programs
from assistant.extract import extract
from assistant.language.asking import clause_asks

__all__ = ["without_told_case"]


def without_told_case(text: str, today) -> str:
    """``text`` without the clauses that open it by telling the asker's own case ("我是萧山一家纺织厂的挡车工，干了十五年了，
    听说杭州工匠评上以后要去电视台录节目，是不是一定要本人出镜的？" -> "听说杭州工匠…出镜的？"): a question about the rules
    asked after it (language.ask_kind) is answered from the rest, whose numbers are no claims about the notice.
    The run stops at the first clause that asks, names a programme or tells nothing of the asker."""
    spans = list(re.finditer(r"[^，,。；;！!？?]+[，,。；;！!？?]*", text or ""))
    cut = 0
    for m in spans:
        clause = m.group()
        if clause_asks(clause) or detect_programs(clause)[0] or not extract(clause, today).profile:
            break
        cut = m.end()
    rest = (text or "")[cut:].strip()
    return rest or text
