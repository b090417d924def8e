"""The asker's own case in a message ("我们单位没建工会，…", "我们是市里的产业工会，…", "我在技师学院当老师"): one
reader of the person words in ``answer_types.toml`` ``[own_case]``, for the answer-type, thing, premise and
conditions readings alike.

Run with:  .venv/bin/python -m pytest -q tests/chat/test_own_case.py
"""

from __future__ import annotations

import functools
import re

from assistant.chat.rules.answer_table import table

__all__ = ["speaks_of_self", "opens_with_self", "asker_is", "tells_own_case"]


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

