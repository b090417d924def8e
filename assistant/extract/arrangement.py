"""Who employs and where the work is, when a message says they are two places (a Hangzhou branch of a Shanghai
company, an agency in Suzhou dispatching to a Hangzhou plant): the employer's city is then written with both,
"上海（在杭州工作）", which the checker reads as a case the notices do not decide (``eligibility.preds``).

Word classes in ``arrangement.toml`` beside this module.
"""

from __future__ import annotations

import functools
import re
import tomllib
from dataclasses import dataclass
from pathlib import Path

from assistant.extract.text import Segment, mask

__all__ = ["Arrangement", "read_arrangement", "split_place"]

HANGZHOU = "杭州"


@dataclass(frozen=True)
class Arrangement:
    """The employing side's city and the city the work is done in, when they differ and one of them is Hangzhou."""

    employer: str
    work: str

    @property
    def said(self) -> str:
        """The value of ``employer_city``: the employer's city, then where the work is."""
        return f"{self.employer}（在{self.work}工作）"


@functools.lru_cache(maxsize=1)
def _words() -> dict[str, re.Pattern[str]]:
    data = tomllib.loads((Path(__file__).with_name("arrangement.toml")).read_text(encoding="utf-8"))
    return {key: re.compile("|".join(sorted(map(re.escape, words), key=len, reverse=True))) for key, words in data.items()}


def read_arrangement(segs: list[Segment]) -> Arrangement | None:
    """The arrangement the present clauses of ``segs`` say, or None: a word of branch, dispatch or outsourcing, a
    place in a clause about the employing side and another in a clause about where the work is, exactly one of the
    two in Hangzhou. Two places outside Hangzhou, or both in it, decide the same way, and are left to ``read_city``."""
    from assistant.extract.judge import denied_before
    from assistant.extract.places import cities_in, is_origin

    words = _words()
    current = [mask(s.text) for s in segs if s.current]
    if not any(words["arrangement"].search(text) for text in current):
        return None
    employer: list[str] = []
    work: list[str] = []
    for text in current:
        places = [city for start, _end, city, _p in cities_in(text)
                  if not denied_before(text, start, 2) and not is_origin(text, start)]
        if not places or words["elsewhere"].search(text):
            continue
        if words["employer_side"].search(text) and not words["branch"].search(text):
            employer.append(places[-1])
        elif words["work_side"].search(text):
            work.append(places[-1])
    if not employer or not work or (employer[-1] == HANGZHOU) == (work[-1] == HANGZHOU):
        return None
    return Arrangement(employer[-1], work[-1])


_PARTS = re.compile(r"[（(）)／/，,、；;]")


def split_place(value: str) -> list[str]:
    """The parts of an ``employer_city`` value that name places ("上海（在杭州工作）" -> ["上海", "在杭州工作"])."""
    return [part for part in _PARTS.split(value or "") if part.strip()]
