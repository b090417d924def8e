"""The applicant's facts as the rules read them: ages and year counts on a reference date.

Year counts in a profile refer to ``facts_as_of`` (default: the check's as_of) and are shifted to each
date evaluated; a start month, where given, is used instead. A month counts from its first day, and the
reference date itself counts (a start in 2025-04 makes 1 full year on 2026-03-31). A birth month alone
leaves the age open only when the reference date falls in the birth month; ``age_bounds`` says so.
"""

from __future__ import annotations

import calendar
import datetime as dt
from dataclasses import dataclass

from assistant.profile import Profile, month_of

__all__ = ["Facts", "add_months", "years_between", "fmt_years", "fmt_month", "MEASURES"]

EPS = 1e-6

# measure -> (profile count field, start-month field)
MEASURES: dict[str, tuple[str, str | None]] = {
    "field": ("years_in_field", None),
    "hangzhou": ("years_full_time_in_hangzhou", "hangzhou_full_time_start"),
    "zhejiang": ("years_full_time_in_zhejiang", None),
}


def add_months(day: dt.date, months: int) -> dt.date:
    """``day`` plus whole months, clamped to the month's last day."""
    index = day.year * 12 + day.month - 1 + months
    year, month = divmod(index, 12)
    last = calendar.monthrange(year, month + 1)[1]
    return dt.date(year, month + 1, min(day.day, last))


def years_between(start: dt.date, end: dt.date) -> float:
    """Calendar years from ``start`` to ``end`` (negative if ``end`` is earlier); exact on anniversaries."""
    if end < start:
        return -years_between(end, start)
    months = (end.year - start.year) * 12 + (end.month - start.month)
    if add_months(start, months) > end:
        months -= 1
    anchor = add_months(start, months)
    following = add_months(start, months + 1)
    fraction = (end - anchor).days / max((following - anchor).days, 1)
    return (months + fraction) / 12


def fmt_years(value: float) -> str:
    """1.0 -> "1", 4.9 -> "4.9", 0.8571 -> "0.9"."""
    text = f"{value:.1f}"
    return text[:-2] if text.endswith(".0") else text


def years_then(label: str, value: float, ref: dt.date) -> str:
    """"截至 2016-09-30，在杭工作约 3 年"; a count projected back past its start reads as not yet begun, not "约 0 年"."""
    if value < 0.05:
        return f"截至 {ref.isoformat()}，按所说年限倒推，那时还没有开始{label}"
    return f"截至 {ref.isoformat()}，{label}约 {fmt_years(value)} 年"


def fmt_month(day: dt.date) -> str:
    return f"{day.year}年{day.month}月"


@dataclass(frozen=True)
class Facts:
    """A profile bound to one check: its as_of, the date its year counts refer to, and what contradicts."""

    profile: Profile
    program: str
    as_of: dt.date
    facts_as_of: dt.date
    field_start: str | None = None  # "digital_work_start" for the digital-economy programs
    contradicted: frozenset[str] = frozenset()

    def get(self, name: str):
        return getattr(self.profile, name)

    def _source(self, measure: str) -> tuple[str, str | None]:
        """(count field, start-month field) of ``measure``; the field's start month depends on the program."""
        count, start = MEASURES[measure]
        return count, (self.field_start if measure == "field" else start)

    def measure_fields(self, measure: str) -> tuple[str, ...]:
        count, start = self._source(measure)
        if measure == "zhejiang":
            return (count, "years_full_time_in_hangzhou")
        return (count, start) if start else (count,)

    def years(self, measure: str, ref: dt.date) -> float | None:
        """The year count of ``measure`` on ``ref``; None when unknown. Zhejiang counts Hangzhou years."""
        if measure == "zhejiang":
            own = self._count("years_full_time_in_zhejiang", None, ref)
            hz = self.years("hangzhou", ref)
            known = [v for v in (own, hz) if v is not None]
            return max(known) if known else None
        return self._count(*self._source(measure), ref)

    def _count(self, count: str, start: str | None, ref: dt.date) -> float | None:
        begin = month_of(self.get(start)) if start else None
        if begin is not None:
            value = years_between(begin, ref + dt.timedelta(days=1))
        elif self.get(count) is not None:
            value = float(self.get(count)) + years_between(self.facts_as_of, ref)
        else:
            return None
        return max(0.0, round(value, 6))

    def when_reached(self, measure: str, threshold: float) -> dt.date | None:
        """The first day on which ``measure`` reaches ``threshold``, assuming the work goes on."""
        if measure == "zhejiang":
            dates = [d for d in (self._when("years_full_time_in_zhejiang", None, threshold),
                                 self.when_reached("hangzhou", threshold)) if d is not None]
            return min(dates) if dates else None
        return self._when(*self._source(measure), threshold)

    def _when(self, count: str, start: str | None, threshold: float) -> dt.date | None:
        begin = month_of(self.get(start)) if start else None
        if begin is not None:
            return add_months(begin, int(-(-round(threshold * 12, 6) // 1))) - dt.timedelta(days=1)
        now = self.get(count)
        if now is None:
            return None
        short = round((threshold - float(now)) * 12, 6)
        return add_months(self.facts_as_of, int(-(-short // 1)))

    def age_bounds(self, ref: dt.date) -> tuple[int, int] | None:
        """(lowest, highest) possible age in 周岁 on ``ref`` given only the birth month."""
        if not self.profile.birth_date:
            return None
        born = month_of(self.profile.birth_date)
        high = ref.year - born.year - (1 if ref.month < born.month else 0)
        if ref.month == born.month and ref.day < calendar.monthrange(born.year, born.month)[1]:
            return high - 1, high
        return high, high

    def age_years(self, ref: dt.date) -> float | None:
        if not self.profile.birth_date:
            return None
        return years_between(month_of(self.profile.birth_date), ref)

    def texts(self, *names: str) -> list[str] | None:
        """Free texts from the named fields; None when every one of them is unknown."""
        out, known = [], False
        for name in names:
            value = self.get(name)
            if value is None:
                continue
            known = True
            if isinstance(value, str):
                out.append(value)
            elif name == "awards":
                out.extend(a.kind for a in value)
            else:
                out.extend(str(v) for v in value)
        return out if known else None
