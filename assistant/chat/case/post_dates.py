"""A post changed at a date said ("2024年我又回研发了", "去年开始当了部门经理"): the post before the change is the
post of every round checked whose reference date falls before it.

"目前仍在技术岗位上工作" is read at each round's own date. Without this, a later turn's post ("那第四届呢？2024年我
又回一线写代码了") also became the post of the earlier round (首届, 2023-03-31), when the asker had said plainly that
they were a 总监 then; the newer fact wins for now, the older one stays true of its time (``session.then``)."""

from __future__ import annotations

import datetime as dt

from assistant.chat.case.state import Session

__all__ = ["change_month", "post_before_change"]


def change_month(text: str, today: dt.date) -> dt.date | None:
    """The first day the change said in ``text`` may have happened ("2024年" -> 2024-01-01), None without a date."""
    from assistant.extract.start_dates import start_span

    span = start_span(text, today)
    if span is None:
        return None
    year, month = map(int, span[0].split("-"))
    return dt.date(year, month, 1)


def post_before_change(session: Session, facts: dict, text: str, today: dt.date) -> None:
    """Keep the known post for each round already checked that closed before the change said in ``text``; a post
    said for that round's own time is never replaced."""
    new, old = facts.get("role_type"), session.profile.get("role_type")
    if not new or not old or new == old:
        return
    since = change_month(text, today)
    if since is None:
        return
    for verdict in session.last_verdicts:
        if verdict.reference_dates and max(verdict.reference_dates) < since:
            session.then.setdefault(verdict.program, {}).setdefault("role_type", old)
