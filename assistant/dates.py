"""Parsing of user-supplied dates and months, with Chinese errors that name the field; month arithmetic."""

from __future__ import annotations

import calendar
import datetime as dt
import re

from assistant.errors import InputError

__all__ = ["add_months", "parse_date", "parse_month", "years_since"]

_MONTH = re.compile(r"^(\d{4})-(\d{1,2})$")


MIN_YEAR, MAX_YEAR = 1900, 2100  # any date outside is a typo (and 9999 would overflow date arithmetic)


def parse_date(raw: str, field: str) -> dt.date:
    """Parse ``YYYY-MM-DD``."""
    try:
        day = dt.date.fromisoformat(str(raw).strip()[:40])
    except ValueError:
        raise InputError(f"字段 {field} 的日期“{str(raw)[:40]}”无效，应为 YYYY-MM-DD 格式的真实日期。", field=field) from None
    if not MIN_YEAR <= day.year <= MAX_YEAR:
        raise InputError(f"字段 {field} 的日期“{raw}”超出范围：年份应在 {MIN_YEAR} 到 {MAX_YEAR} 之间。", field=field)
    return day


def parse_month(raw: str, field: str) -> dt.date:
    """Parse ``YYYY-MM`` (or a full date) into the first day of that month."""
    text = str(raw).strip()
    m = _MONTH.match(text)
    if m:
        year, month = int(m.group(1)), int(m.group(2))
        if 1 <= month <= 12 and MIN_YEAR <= year <= MAX_YEAR:
            return dt.date(year, month, 1)
        raise InputError(f"字段 {field} 的年月“{raw}”无效：月份应在 1–12 之间，年份在 {MIN_YEAR} 到 {MAX_YEAR} 之间。",
                         field=field)
    try:
        return parse_date(text, field).replace(day=1)
    except InputError:
        raise InputError(f"字段 {field} 的年月“{raw}”无效，应为 YYYY-MM 格式。", field=field) from None


def add_months(day: dt.date, months: int) -> dt.date:
    """``day`` plus whole months (minus, for a negative count), clamped to the month's last day."""
    index = day.year * 12 + day.month - 1 + months
    year, month = divmod(index, 12)
    last = calendar.monthrange(year, month + 1)[1]
    return dt.date(year, month + 1, min(day.day, last))


def years_since(start: dt.date, end: dt.date) -> float:
    """Calendar years from ``start`` to ``end`` (0 if ``end`` is earlier), exact on anniversaries: the same count as
    the checker's ``eligibility.facts.years_between``, for a start said to the day (a part of a month)."""
    if end <= start:
        return 0.0
    months = (end.year - start.year) * 12 + (end.month - start.month)
    if add_months(start, months) > end:
        months -= 1
    anchor, following = add_months(start, months), add_months(start, months + 1)
    return (months + (end - anchor).days / max((following - anchor).days, 1)) / 12
