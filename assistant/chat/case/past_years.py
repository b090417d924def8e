"""The year count asked back for a past round, as the year the work began: "您是哪一年开始在杭州全职工作的？".

Asked about 2016 in 2026, a count relative to a computed threshold ("不到21年 / 21年以上") is a sum the asker has to
do backwards, and a hedged count said today ("二十来年") is what they already said; the year they started is what
they know, and the checker counts it to the round's reference date. The quick replies are two start years, each on
one side of the threshold on every reference date of the round (the boundary year itself, whose month decides, is
left to be typed)."""

from __future__ import annotations

import datetime as dt

from assistant.chat.case.months import START_WHAT

__all__ = ["PAST_LAG_YEARS", "past_round_question"]

PAST_LAG_YEARS = 1.0  # a round whose every reference date lies this far before today is a past one


def past_round_question(field: str, verdicts, threshold_of) -> tuple[str, list[str]] | None:
    """(question, quick replies) asking the start year of ``field`` for the first past round that needs it, or None.
    ``threshold_of(verdict, field)`` gives the rule's threshold in years (None when no rule with one asks it)."""
    if field not in START_WHAT:
        return None
    for v in verdicts:
        if field not in getattr(v, "missing", ()) or not v.reference_dates:
            continue
        if min((v.as_of - d).days for d in v.reference_dates) / 365.25 < PAST_LAG_YEARS:
            continue
        threshold = threshold_of(v, field)
        if not threshold:
            continue
        early, late = min(v.reference_dates), max(v.reference_dates)
        surely = _minus_years(early, threshold).year - 1  # began by this year's end: met on every date
        never = _minus_years(late, threshold).year + 1  # began in this year or later: met on none
        text = (f"您是哪一年开始{START_WHAT[field]}的？（问的是{early.year}年的评选，"
                f"按开始的年份算到当年）")
        return text, [f"{surely}年或更早", f"{never}年或更晚"]
    return None


def _minus_years(day: dt.date, years: float) -> dt.date:
    from assistant.dates import add_months

    return add_months(day, -round(years * 12))
