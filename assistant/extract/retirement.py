"""When a retired applicant retired (``retired_on``), read from the clause that says the retirement ("一九年退休了",
"2020年底退的休", "前年退的", "退休三年了"): a historical round before it saw the applicant in service
(``eligibility.preds.retired_then``). Apart from ``extract.people`` because the year reader (``extract.when``)
imports that module."""

from __future__ import annotations

import datetime as dt
import re

from assistant.extract import judge
from assistant.extract.numbers import to_number
from assistant.extract.people import _RETIRED, _RETIRED_SAID, Candidates, add
from assistant.extract.text import Segment, mask
from assistant.extract.when import year_near
from assistant.language.status import to_come

__all__ = ["read_retired_on"]

# "退休三年了", "退了两年多": how long ago, counted back from today
_RETIRED_AGO = re.compile(r"退(?:休|了休|下来)(?:已经|都|快|有)?(?P<n>[0-9一二两三四五六七八九十]+)(?:多|来)?年")


def read_retired_on(segs: list[Segment], today: dt.date) -> Candidates:
    """retired_on: the year a retirement said in a clause is dated by ("一九年退休了", "2020年底退的休", "前年退的",
    "退休三年了"), for a historical round before it (``eligibility.preds.retired_then``). Only a year said in the
    retirement's own clause dates it."""
    out: Candidates = {}
    for seg in (s for s in segs if s.asserts):
        text = mask(seg.text)
        m = _RETIRED_SAID.search(text) or _RETIRED.search(text)
        if not m or judge.denied_before(text, m.start()) or to_come(text[:m.start()], text[m.end():]):
            continue
        ago = _RETIRED_AGO.search(text)
        count = to_number(ago["n"]) if ago else None
        year = today.year - int(count) if count else year_near(text[:m.end()], m.start(), today)
        if year and 1950 <= year <= today.year:
            add(out, "retired_on", str(year))
    return out
