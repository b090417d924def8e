"""The asker's own case in a message ("我们单位没建工会，…", "我们是市里的产业工会，…", "我在技师学院当老师"): one
reader of the person words in ``answer_types.toml`` ``[own_case]``, for the answer-type, thing, premise and
conditions readings alike.

Run with:  .venv/bin/python -m pytest -q tests/chat/test_own_case.py
"""

from __future__ import annotations

import functools
import re

from assistant.chat.answer_table import table

__all__ = ["speaks_of_self", "opens_with_self", "asker_is", "tells_own_case", "without_told_case"]


@functools.lru_cache(maxsize=1)
def _patterns() -> tuple[re.Pattern, re.Pattern, re.Pattern, re.Pattern]:
    rows = table()["own_case"]
    person = f"(?:{rows['person']})"
    return (re.compile(person), re.compile(rf"\s*{person}(?!们?{rows['recalls']})"),
            re.compile(rf"{person}(?:{rows['is']})([^，,。；;！!？?]{{2,16}})"),
            re.compile(rf"{person}(?:{rows['states']})"))


def speaks_of_self(text: str) -> bool:
    """Whether ``text`` names the asker or the asker's unit anywhere ("我师傅", "咱们厂", "本人")."""
    return bool(_patterns()[0].search(text or ""))


def opens_with_self(text: str) -> bool:
    """Whether ``text`` opens with the asker ("我在商场卖家电，…"); not when the asker only reports a rule they
    remember or heard ("我记得是30个", "我听说要干满十年": the rule is a premise, no case of theirs)."""
    return bool(_patterns()[1].match(text or ""))


def asker_is(text: str) -> str | None:
    """What the asker says they are ("我们是市里的产业工会" -> "市里的产业工会"), or None."""
    found = _patterns()[2].search(text or "")
    return found.group(1) if found else None


def tells_own_case(text: str) -> bool:
    """Whether ``text`` tells something of the asker ("我在…", "我们是…", "本人已经…"): their case, not a rule."""
    return bool(_patterns()[3].search(text or ""))


def without_told_case(text: str, today) -> str:
    """``text`` without the clauses that open it by telling the asker's own case ("我是萧山一家纺织厂的挡车工，干了十五年了，
    听说杭州工匠评上以后要去电视台录节目，是不是一定要本人出镜的？" -> "听说杭州工匠…出镜的？"): a question about the rules
    asked after it (language.ask_kind) is answered from the rest, whose numbers are no claims about the notice.
    The run stops at the first clause that asks, names a programme or tells nothing of the asker."""
    from assistant.chat.routing import detect_programs
    from assistant.extract import extract
    from assistant.language.asking import clause_asks

    spans = list(re.finditer(r"[^，,。；;！!？?]+[，,。；;！!？?]*", text or ""))
    cut = 0
    for m in spans:
        clause = m.group()
        if clause_asks(clause) or detect_programs(clause)[0] or not extract(clause, today).profile:
            break
        cut = m.end()
    rest = (text or "")[cut:].strip()
    return rest or text
