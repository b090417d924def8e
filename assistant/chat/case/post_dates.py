"""A state changed at a date said: the post ("2024年我又回研发了", "去年开始当了部门经理") or the union membership
("2019年才入的工会"). What held before the change is what held for every round whose reference date falls before it.

"目前仍在技术岗位上工作" and "必须是工会会员" are read at each round's own date. Without this, a later turn's post
("那第四届呢？2024年我又回一线写代码了") also became the post of the earlier round (首届, 2023-03-31) when the asker had
said plainly they were a 总监 then, and a membership taken up in 2019 passed 首届杭州工匠 (2016). The newer fact wins
for now; the older one stays true of its time (``session.then``, laid over the profile by ``rounds.profile_for``)."""

from __future__ import annotations

import datetime as dt
import re

from assistant.chat.case.state import Session

__all__ = ["change_month", "post_before_change"]

# the clause that says the membership was taken up ("2019年才入的工会", "会员是前年才办的")
_JOINED = re.compile(r"(?:入|加入|参加)(?:了|的)?(?:工会|会)|(?:工会|会员).{0,6}?(?:入|加入|参加|办)")


def change_month(text: str, today: dt.date) -> dt.date | None:
    """The first day the change said in ``text`` may have happened ("2024年" -> 2024-01-01), None without a date."""
    from assistant.extract.start_dates import start_span

    span = start_span(text, today)
    if span is None:
        return None
    year, month = map(int, span[0].split("-"))
    return dt.date(year, month, 1)


def _rounds(session: Session, programs: tuple[str, ...]) -> dict[str, dt.date]:
    """The reference date (else the deadline) of each round checked or in focus."""
    from assistant.notices.tree import load_corpus

    dates = {v.program: max(v.reference_dates) for v in session.last_verdicts if v.reference_dates}
    corpus = None
    for program in dict.fromkeys((*programs, *session.programs)):
        if program in dates:
            continue
        corpus = corpus or load_corpus()
        try:
            meta = corpus.meta(program)
        except KeyError:
            continue
        when = meta.reference_date or meta.deadline
        if when is not None:
            dates[program] = when
    return dates


def _joined_clause(text: str) -> str | None:
    from assistant.language.asking import clauses_of

    return next((c for c in clauses_of(text) if _JOINED.search(c)), None)


def post_before_change(session: Session, facts: dict, text: str, today: dt.date,
                       programs: tuple[str, ...] = ()) -> None:
    """Keep, for each round that closed before the change said in ``text``, the state before it: the post known
    before a new one, no membership before it was taken up. A state said for that round's own time is kept."""
    before: dict = {}
    new, old = facts.get("role_type"), session.profile.get("role_type")
    if new and old and new != old:
        since = change_month(text, today)
        if since is not None:
            before["role_type"] = (old, since)
    joined = _joined_clause(text) if facts.get("union_member") is True else None
    if joined is not None:
        since = change_month(joined, today)
        if since is not None:
            before["union_member"] = (False, since)
    if not before:
        return
    for program, closed in _rounds(session, programs).items():
        for field, (value, since) in before.items():
            if closed < since:
                session.then.setdefault(program, {}).setdefault(field, value)
