"""A start said by year only ("2019年来的杭州") or a birth year alone: the month stays open, the checker runs at
both ends, and the verdict stands when they agree; otherwise the month is the deciding question."""

from __future__ import annotations

import dataclasses
import datetime as dt

from assistant.chat.replies import START_OF
from assistant.chat.state import Session

__all__ = ["START_WHAT", "keep_open", "open_profile", "settle"]

START_WHAT = {"years_full_time_in_hangzhou": "在杭州全职工作", "years_full_time_in_zhejiang": "在浙江全职工作",
               "years_in_field": "从事本职业（行业）"}



def keep_open(session: Session, facts: dict, early: dict, replies: dict) -> None:
    """Keep the open month of each start said by year only; a count or a start said again closes it."""
    for count, start in (*((c, START_OF.get(c)) for c in START_WHAT), ("birth_date", None)):
        if count in facts or (start and start in facts):
            session.early.pop(count, None)
    session.early.update(early)
    session.early.update({f: span for f, span in replies.items() if span})



def open_profile(session: Session, profile: dict, today: dt.date) -> dict | None:
    """``profile`` at the early end of every start said by year only (None when no month is open)."""
    from assistant.extract.resolve import since

    if not session.early:
        return None
    out = dict(profile)
    for count, (first, last) in session.early.items():
        if count not in profile:
            continue
        if count == "birth_date":  # read as the year's first month (the oldest): the other end is the youngest
            out[count] = last if profile[count] == first else first
            continue
        out[count] = since(first, today)
        start = START_OF.get(count)
        if start and profile.get(start) == last:
            out[start] = first
        zj = "years_full_time_in_zhejiang"
        if count == "years_full_time_in_hangzhou" and session.sources.get(zj) == "derived" \
                and profile.get(zj) == profile.get(count):
            out[zj] = out[count]
    return out if out != profile else None



def settle(session: Session, low, profile: dict, today: dt.date, check):
    """The verdict on ``profile`` (the start months read late), unless the verdict at the early end differs:
    then it is open (需要人工核实) and the start month whose answer decides it is the missing fact."""
    high_profile = open_profile(session, profile, today)
    if high_profile is None:
        return low
    high = check(high_profile)
    if high.verdict == low.verdict and [r.ok for r in high.reasons] == [r.ok for r in low.reasons]:
        return low
    deciding = [c for c in session.early if c in profile and (len(session.early) == 1 or check(
        {**profile, **{k: v for k, v in high_profile.items() if k in (c, START_OF.get(c))}}).verdict != low.verdict)]
    deciding = deciding or [c for c in session.early if c in profile]
    flipped = {r.rule: r.ok for r in high.reasons}
    reasons = []
    for r in low.reasons:
        if r.rule in flipped and flipped[r.rule] != r.ok and r.ok is not None:
            first, last = session.early[deciding[0]]
            what = "出生" if deciding[0] == "birth_date" else f"开始{START_WHAT[deciding[0]]}"
            r = dataclasses.replace(r, ok=None, missing=tuple(deciding), message=(
                f"{what}的月份未说明：按{_ym(first)}算与按{_ym(last)}算结论不同，需确认月份。"))
        elif r.rule in flipped and flipped[r.rule] != r.ok:  # open either way, but the month may settle it
            r = dataclasses.replace(r, missing=tuple(dict.fromkeys((*deciding, *r.missing))))
        reasons.append(r)
    verdict = low.verdict if low.verdict == high.verdict else "needs_review"
    return dataclasses.replace(low, verdict=verdict, reasons=tuple(reasons),
                               missing=tuple(dict.fromkeys((*low.missing, *deciding))))


def _ym(month: str) -> str:
    return f"{int(month[:4])}年{int(month[5:])}月"
