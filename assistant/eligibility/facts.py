"""The applicant's facts as the rules read them: ages and year counts on a reference date.

Year counts in a profile refer to ``facts_as_of`` (default: the check's as_of) and are shifted to each
date evaluated; a start month, where given, is used instead. The reference date itself counts. A start month
says no day, so a count from it is a range: from the month's first day (a start in 2025-04 makes 1 full year on
2026-03-31 if it was 2025-04-01) to its last (11 months if it was 2025-04-30). ``years`` gives the top of the
range and ``years_least`` the bottom; a threshold between them is open (``reaches``). A birth month alone leaves
the age open only when the reference date falls in the birth month; ``age_bounds`` says so.
"""

from __future__ import annotations

import calendar
import datetime as dt
from dataclasses import dataclass

from assistant.dates import add_months
from assistant.profile import Profile, month_of

__all__ = ["Facts", "years_between", "fmt_years", "fmt_month", "MEASURES"]

EPS = 1e-6

# measure -> (profile count field, start-month field)
MEASURES: dict[str, tuple[str, str | None]] = {
    "field": ("years_in_field", None),
    "hangzhou": ("years_full_time_in_hangzhou", "hangzhou_full_time_start"),
    "zhejiang": ("years_full_time_in_zhejiang", None),
}


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

    def years(self, measure: str, ref: dt.date, latest_start: bool = False) -> float | None:
        """The year count of ``measure`` on ``ref``; None when unknown. Zhejiang counts Hangzhou years.

        A start month counts from its first day, or from its last with ``latest_start``."""
        if measure == "zhejiang":
            own = self._count("years_full_time_in_zhejiang", None, ref)
            hz = self.years("hangzhou", ref, latest_start)
            known = [v for v in (own, hz) if v is not None]
            return max(known) if known else None
        return self._count(*self._source(measure), ref, latest_start)

    def start_month(self, measure: str) -> dt.date | None:
        """The start month a count of ``measure`` runs from, if one was given (Zhejiang runs from Hangzhou's)."""
        start = self._source("hangzhou" if measure == "zhejiang" else measure)[1]
        return month_of(self.get(start)) if start else None

    def years_least(self, measure: str, ref: dt.date) -> float | None:
        return self.years(measure, ref, latest_start=True)

    def reaches(self, measure: str, ref: dt.date, threshold: float) -> bool | None:
        """Whether the count reaches ``threshold`` on ``ref``: None when unknown, or when the day of a start month
        decides it (2025-04 against 1 year on 2026-03-31)."""
        most, least = self.years(measure, ref), self.years_least(measure, ref)
        if most is None or least is None:
            return None
        if least + EPS >= threshold:
            return True
        if most + EPS < threshold:
            return False
        # the day of the start month decides; a count said beside it ("0.9年", "不到一年") that falls short settles
        # it as short (pf-933: 2025-04 and 0.9 years to 2026-03-31); a count reaching it may be rounded, so it is asked
        told = self.years_told(measure, ref)
        return False if told is not None and told + EPS < threshold else None

    def years_told(self, measure: str, ref: dt.date) -> float | None:
        """The count of ``measure`` as said (its count field, shifted to ``ref``), whatever start month is given."""
        count = self._source(measure)[0]
        return self._count(count, None, ref) if self.get(count) is not None else None

    def _count(self, count: str, start: str | None, ref: dt.date, latest_start: bool = False) -> float | None:
        begin = month_of(self.get(start)) if start else None
        if begin is not None and latest_start:
            begin = begin.replace(day=calendar.monthrange(begin.year, begin.month)[1])
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
