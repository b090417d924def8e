"""Records dated only to the year of a round's reference date: whether they came before it is the month's to say.

"2016年杭州市职业技能大赛第一名" asked of 2016's 杭州工匠 (计算日 2016-09-30) may be from March or from November; the
applicant's own words often give the month ("今年一月份…个人第一名", "二〇二六年六月省里发文拿了…奖"), and then it
decides. A year alone leaves the record open (docs/verdict-policy.md, 计算日当年的记录), unless the reference date
is in the year's last month, when the year is all but over.
"""

from __future__ import annotations

import datetime as dt
import re

__all__ = ["on_or_before", "LATE_MONTH", "CONTEST", "in_time"]

# from this month of the reference date on, a record of that year is read as before it (2022-12-20, the first end
# of 首届数字工匠's window: a 2022 record is the year's)
LATE_MONTH = 12
# a text about a contest placing (the apprentices' and trainees' results are read from such texts)
CONTEST = re.compile(r"赛|比武")


def on_or_before(year: int | None, ref: dt.date, texts: list[str], told_on: dt.date, cue: re.Pattern[str]) -> bool | None:
    """True: the record counts on ``ref`` (no year, an earlier one, or a month the texts give on or before ``ref``);
    False: a later year, or a month after ``ref``; None: ``ref``'s own year, month not told. The month is read from a
    text about such a record (``cue``: a contest's or an award's words) dating it to that year with a month."""
    if year is None or year < ref.year or ref.month >= LATE_MONTH:
        return year is None or year <= ref.year
    if year > ref.year:
        return False
    from assistant.extract.when import dates_in

    for text in texts:
        if not cue.search(text):
            continue
        for when in dates_in(text, told_on):
            if when.first.year != year or (when.first.month, when.last.month) == (1, 12):
                continue  # another year, or the year alone
            if when.last <= ref:
                return True
            if when.first > ref:
                return False
    return None


def in_time(results: list[dict], ref: dt.date, texts: list[str], told_on: dt.date) -> list[dict]:
    """The contest results (``preds.results_in``) that were won by ``ref``: a trainee's placing after the round's
    reference date ("二三年五月参加全国…拿了第三名", asked of 首届数字工匠, 计算日 2023-03-31) is not yet one."""
    return [r for r in results if on_or_before(r.get("year"), ref, texts, told_on, CONTEST) is True]
