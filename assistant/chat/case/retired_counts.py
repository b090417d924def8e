"""Year counts of a retiree's working life, said after the retirement, run to the retirement, not to today: "一七年就
退了 … 在杭二十年" is twenty years by 2017, so about nineteen by 2016's reference date, not twenty minus the ten years
since. The checker projects a count from the day it was said (``facts_as_of``); here the count is moved on by the
time from the retirement to that day, so that the checker's projection back lands on the count at the retirement.
Only counts said as counts (no start month: a start says its own years) and only in a conversation, once: a count
when it is said, or every count said before when the retirement is said after them."""

from __future__ import annotations

import datetime as dt

from assistant.profile import month_of

__all__ = ["COUNTS", "to_retirement", "move_said"]

# year counts and the start month each may be said by instead (a start counts itself to any date)
COUNTS = (("years_in_field", "digital_work_start"), ("years_full_time_in_hangzhou", "hangzhou_full_time_start"),
          ("years_full_time_in_zhejiang", None))


def to_retirement(profile: dict, sources: dict) -> dict:
    """``profile`` with each count said by a retiree moved on from the retirement to ``facts_as_of``; ``profile``
    itself when nothing moves. A retirement said by year is taken at its year's end (the fewest years by a date before
    it), one said by month at that month's end."""
    from assistant.eligibility.facts import years_between

    said, as_of = profile.get("retired_on"), profile.get("facts_as_of")
    if profile.get("employment") != "retired" or profile.get("rehired") or not said or not as_of:
        return profile
    retired = _last_day(said)
    counted = dt.date.fromisoformat(as_of)
    if retired >= counted:
        return profile
    gap = years_between(retired, counted)
    moved = {count: round(profile[count] + gap, 2) for count, start in COUNTS
             if isinstance(profile.get(count), int | float) and not (start and profile.get(start))
             and sources.get(count) in ("message", "reply", "correction")}
    if moved.get("years_full_time_in_hangzhou") is not None and sources.get("years_full_time_in_zhejiang") == "derived":
        moved["years_full_time_in_zhejiang"] = moved["years_full_time_in_hangzhou"]  # copied from it, so moved with it
    return {**profile, **moved} if moved else profile


def _last_day(said: str) -> dt.date:
    if len(said) == 4:
        return dt.date(int(said), 12, 31)
    first = month_of(said)
    following = dt.date(first.year + first.month // 12, first.month % 12 + 1, 1)
    return following - dt.timedelta(days=1)


def move_said(session, facts: dict) -> None:
    """Move, in ``session.profile`` and the open ends in ``session.early``, the counts this turn said (``facts``), or
    all counts said when this turn says the retirement; each count is moved once, when it is said."""
    profile = session.profile
    fields = [c for c, _ in COUNTS] if "retired_on" in facts else [c for c, _ in COUNTS if c in facts]
    if not fields:
        return
    view = {k: v for k, v in profile.items() if k in fields or k not in dict(COUNTS)}
    moved = to_retirement(view, session.sources)
    for field in fields:
        if field not in profile or moved.get(field) == profile[field]:
            continue
        gap = moved[field] - profile[field]
        profile[field] = moved[field]
        span = session.early.get(field)
        if span is not None and isinstance(span[0], int | float):
            session.early[field] = (round(span[0] + gap, 2), round(span[1] + gap, 2))


def retired_then_spans(session) -> None:
    """A count a retiree said in a talk about a past round is as of then or as of the retirement, not as of today:
    the low end of its then-or-now range (``year_spans.count_then_or_now``, read at the count as said) rises to the
    count moved to the retirement (``move_said``)."""
    profile = session.profile
    if profile.get("employment") != "retired" or not profile.get("retired_on"):
        return
    for field, _start in COUNTS:
        span = session.early.get(field)
        value = profile.get(field)
        if span is None or not isinstance(span[0], int | float) or not isinstance(value, int | float):
            continue
        if span[1] + 1e-6 < value <= span[0] + 1e-6 and session.sources.get(field) in ("message", "reply", "correction"):
            session.early[field] = (span[0], value)
