"""A start said by its decade ("零几年进的丝绸厂") narrowed by a bare year said later ("零三年 会员 中国人"): the year
falls inside the open decade and says nothing else, so it is the start the decade left open, not a new fact of its own
(the answers reader takes a bare year only for the question pending, which may have been another)."""

from __future__ import annotations

import datetime as dt
import re

from assistant.chat.case.months import is_count
from assistant.chat.case.state import Session

__all__ = ["narrow_open_starts"]

# a clause that is only a year, with at most the words that make it a start ("零三年", "是2003年", "〇三年开始的")
_BARE_YEAR = re.compile(r"^(?:是|从|大概|应该是)?(?P<y>(?:19|20)?[0-9]{2}|[〇零一二三四五六七八九]{2,4})年"
                        r"(?:的|开始的?|起|进的?|来的?|那会儿)?$")


def narrow_open_starts(session: Session, text: str, today: dt.date) -> dict:
    """Set the start of each count whose start is open over several years to a bare year said inside that range;
    returns the facts set (in place on ``session.profile`` and ``session.early``)."""
    from assistant.chat.case.replies import open_span, read_reply
    from assistant.extract.numbers import year_from

    set_now: dict = {}
    years = [y for c in re.split(r"[，,。；;！!？?\s]+", text or "") if (m := _BARE_YEAR.match(c))
             and (y := year_from(m["y"], today)) is not None]
    if len(set(years)) != 1:
        return set_now  # none, or two years that cannot both be the one start
    year = years[0]
    for field, span in list(session.early.items()):
        if field == "birth_date" or is_count(span) or span[0][:4] == span[1][:4]:
            continue
        if not int(span[0][:4]) <= year <= int(span[1][:4]):
            continue
        said = f"{year}年"
        facts = {k: v for k, v in read_reply(field, said, today).items() if k != "facts_as_of"}
        if field not in facts:
            continue
        zj = "years_full_time_in_zhejiang"
        if field == "years_full_time_in_hangzhou" and session.sources.get(zj) == "derived" \
                and session.profile.get(zj) == session.profile.get(field):
            facts[zj] = facts[field]  # the Zhejiang years were copied from the Hangzhou years, so follow them
        session.profile.update(facts)
        set_now.update(facts)
        narrowed = open_span(field, said, today)
        if narrowed:
            session.early[field] = narrowed
        else:
            session.early.pop(field, None)
    return set_now
