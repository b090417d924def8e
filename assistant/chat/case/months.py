"""A start said by year only ("2019年来的杭州"), a birth year alone, or a hedged count ("二十多年", "不到三年"): the
value stays open, the checker runs at both ends, and the verdict stands when they agree; otherwise the month (or
the exact number of years) is the deciding question.

``session.early`` maps a field to its two ends: (earliest, latest start month) for a start, the profile holding
the latest; (highest, lowest) in years for a hedged count, the profile holding the count as read, which may lie
between them ("将近十年": 9.5 in 9.0–9.99), so both ends are checked."""

from __future__ import annotations

import dataclasses
import datetime as dt
import math

from assistant.chat.case.replies import START_OF
from assistant.chat.case.state import Session

__all__ = ["START_WHAT", "keep_open", "open_profile", "settle", "is_count"]

START_WHAT = {"years_full_time_in_hangzhou": "在杭州全职工作", "years_full_time_in_zhejiang": "在浙江全职工作",
               "years_in_field": "从事本职业（行业）"}



def is_count(span) -> bool:
    """True for the two ends of a hedged year count, False for start months."""
    return isinstance(span[0], int | float)


def keep_open(session: Session, facts: dict, early: dict, replies: dict) -> None:
    """Keep the open month of each start said by year only; a count or a start said again closes it."""
    for count, start in (*((c, START_OF.get(c)) for c in START_WHAT), ("birth_date", None)):
        if count in facts or (start and start in facts):
            session.early.pop(count, None)
    session.early.update(early)
    session.early.update({f: span for f, span in replies.items() if span})



def open_profile(session: Session, profile: dict, today: dt.date, lowest: bool = False) -> dict | None:
    """``profile`` at the early end of every start said by year only and the top of every hedged count (None
    when nothing is open); with ``lowest``, at the bottom of every hedged count instead (starts as read)."""
    from assistant.extract.resolve import since

    if not session.early:
        return None
    out = dict(profile)
    for count, (first, last) in session.early.items():
        if count not in profile:
            continue
        if is_count((first, last)):
            if not last - 1e-6 <= profile[count] <= first + 1e-6:
                continue  # the count was said again since
            out[count] = last if lowest else first
        elif lowest:
            continue
        elif count == "birth_date":  # read as the year's first month (the oldest): the other end is the youngest
            out[count] = last if profile[count] == first else first
            continue
        else:
            out[count] = since(first, today)
        start = START_OF.get(count)
        if start and profile.get(start) == last:
            out[start] = first
        zj = "years_full_time_in_zhejiang"
        if count == "years_full_time_in_hangzhou" and session.sources.get(zj) == "derived" \
                and profile.get(zj) == profile.get(count):
            out[zj] = out[count]
    born = out.get("birth_date")
    if born and not lowest:  # a hedged top never goes past the working years (from 16) of the age in this profile
        working = since(f"{int(born[:4]) + 16}{born[4:]}", today)
        for count, span in session.early.items():
            if count in out and is_count(span) and out[count] > working:
                out[count] = max(working, span[1], profile[count])
        _not_before_sixteen(session, out, profile, born, today)
    return out if out != profile else None


def _not_before_sixteen(session: Session, out: dict, profile: dict, born: str, today: dt.date) -> None:
    """An early start never before the sixteenth birthday of the age in ``out``, when the start as read was not:
    "七五年的，十六岁进厂" is open in both its months, and the early start (1991-01) beside the other end of the birth
    year (1975-12) is a pair no one lived, which the checker would name a contradiction and turn the verdict open."""
    from assistant.extract.resolve import since

    adult = f"{int(born[:4]) + 16}{born[4:]}"
    most = since(adult, today)
    for count, span in session.early.items():
        if count == "birth_date" or is_count(span) or count not in out or count not in profile:
            continue
        if out[count] > most + 1e-6 >= profile[count]:
            copied = out.get("years_full_time_in_zhejiang") == out[count]
            out[count] = most
            start = START_OF.get(count)
            if start and out.get(start):
                out[start] = max(out[start], adult)
            if count == "years_full_time_in_hangzhou" and copied:
                out["years_full_time_in_zhejiang"] = most



def settle(session: Session, low, profile: dict, today: dt.date, check):
    """The verdict on ``profile`` (the start months read late), unless the verdict at the early end differs:
    then it is open (需要人工核实) and the start month whose answer decides it is the missing fact."""
    def same(v) -> bool:
        return v.verdict == low.verdict and [r.ok for r in v.reasons] == [r.ok for r in low.reasons]

    ends = [p for p in (open_profile(session, profile, today), open_profile(session, profile, today, lowest=True))
            if p is not None]
    differing = [(p, v) for p, v in ((p, check(p)) for p in ends) if not same(v)]
    if not differing:
        return low
    high_profile, high = differing[0]
    def alone(c: str):  # the verdict with only this field at its other end
        return check({**profile, **{k: v for k, v in high_profile.items() if k in (c, START_OF.get(c))}})

    opened = [c for c in session.early if c in profile]
    ends = {c: alone(c) for c in opened} if len(opened) > 1 else {}
    deciding = [c for c in opened if len(opened) == 1 or ends[c].verdict != low.verdict]
    # else the fields whose other end changes a reason ("五年左右": the trade's 5 years, not Zhejiang's 1)
    deciding = deciding or [c for c in opened if [r.ok for r in ends[c].reasons] != [r.ok for r in low.reasons]]
    deciding = deciding or opened
    flipped = {r.rule: r.ok for r in high.reasons}
    reasons = []
    for r in low.reasons:
        if r.rule in flipped and flipped[r.rule] != r.ok and r.ok is not None:
            first, last = session.early[deciding[0]]
            if is_count((first, last)) and f"then:{deciding[0]}" in session.said:
                message = (f"{START_WHAT[deciding[0]]}约{_years(last)}年：按截至当年算与按到现在算结论不同，"
                           f"需确认是哪一年开始的。")
            elif is_count((first, last)):
                message = (f"{START_WHAT[deciding[0]]}的年限说的是约数（{_years(last)}到{_years(first)}年之间）："
                           f"按两端算结论不同，需确认具体年数。")
            elif deciding[0] == "birth_date" and first[:4] != last[:4]:
                message = _birth_open(first, last)
            else:
                what = "出生" if deciding[0] == "birth_date" else f"开始{START_WHAT[deciding[0]]}"
                message = f"{what}的月份未说明：按{_ym(first)}算与按{_ym(last)}算结论不同，需确认月份。"
            r = dataclasses.replace(r, ok=None, missing=tuple(deciding), message=message, basis="")
        elif r.rule in flipped and flipped[r.rule] != r.ok:  # open either way, but the month may settle it
            r = dataclasses.replace(r, missing=tuple(dict.fromkeys((*deciding, *r.missing))))
            if deciding[0] == "birth_date" and session.early["birth_date"][0][:4] != session.early["birth_date"][1][:4]:
                r = dataclasses.replace(r, message=_birth_open(*session.early["birth_date"]))  # not the oldest end's age
        reasons.append(r)
    verdict = low.verdict if low.verdict == high.verdict else "needs_review"
    return dataclasses.replace(low, verdict=verdict, reasons=tuple(reasons),
                               missing=tuple(dict.fromkeys((*low.missing, *deciding))))


def _birth_open(first: str, last: str) -> str:
    """A birth said as a range ("五零后", "快退休了") whose ends decide differently."""
    return f"出生年月只说了大概（{_ym(first)}到{_ym(last)}之间）：按两端算结论不同，需确认出生年月。"


def _years(value: float) -> str:
    """29.99 -> "近30", 20.0 -> "20", 2.5 -> "2.5"."""
    if 0 < math.ceil(value) - value < 0.05:
        return f"近{math.ceil(value)}"
    return f"{value:g}"


def _ym(month: str) -> str:
    return f"{int(month[:4])}年{int(month[5:])}月"
