"""What each programme gives those it recognises, side by side ("首届和第四届评上以后给的东西一样吗").

A comparison framed by being awarded ("评上以后", "认定后") that names nothing more particular than what one gets
(给的东西, 待遇, 好处 …) compares each notice's section on what follows for those recognised (七、奖励办法, 五、荣誉授予,
四、培育计划 …, by the reward headings in ``answer_types.toml``); a notice with no such section is silent on it.

Run with:  .venv/bin/python -m pytest -q tests/chat/test_compare_awarded.py
"""

from __future__ import annotations

import re

__all__ = ["awarded_sides", "LABEL"]

LABEL = "评上以后给予的奖励或待遇"

# Words for "what one gets", with no particular thing named: the asker's generic words (给的东西, 能拿到啥, 待遇 …).
# A question naming something more particular (奖金多少, 称号管几年, 证书谁发) is answered by that thing's sentence.
_GETS = re.compile(r"^(?:给|发|拿|得|领|享受|有)?(?:的|到|了)?(?:东西|什么|啥|些啥|哪些|福利|好处|待遇|实惠|用处|用|"
                   r"奖励|安排|机会|奖|有)+$")
# value types a particular answer is asked of ("评上以后多久发证书": a date), which a whole section does not give
_VALUE_TYPES = frozenset({"date", "count", "contact", "place", "materials"})


def asks_awarded(text: str) -> bool:
    """Whether a comparison asks what being awarded brings, in general words only."""
    from assistant.chat.rules.answer_types import classify
    from assistant.chat.rules.ranking import awarded_frame
    from assistant.chat.rules.things import thing

    frame = next((m for m in awarded_frame().finditer(text) if re.search(r"上|后", m.group(0))), None)
    if frame is None or classify(text).type in _VALUE_TYPES:
        return False
    asked = thing(text, whole=True)
    return asked is None or all(_GETS.match(w) for w in asked.words)


def awarded_sides(corpus, text: str, programs: list[str]) -> list[tuple[str, str | None, str | None]] | None:
    """[(program, clause_id, quote)]: each programme's first section on what follows for those recognised and
    its first sentence, or (program, None, None) when it has none; None when the question is not such a
    comparison or no side has one."""
    from assistant.chat.rules.answer_table import table
    from assistant.chat.rules.quotes import first_unit

    if not asks_awarded(text):
        return None
    heading = re.compile(table()["reward"]["headings"])
    sides: list[tuple[str, str | None, str | None]] = []
    for program in programs:
        # (the first in the notice's order: 杭州工匠 七、奖励办法 before 八/(三) 培育“杭州工匠”)
        section = next((c for c in corpus.clauses(program) if heading.search(c.title or "") and first_unit(c)), None)
        sides.append((program, section.clause_id, first_unit(section)) if section else (program, None, None))
    return sides if any(clause for _, clause, _ in sides) else None
