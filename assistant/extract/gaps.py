"""Time away inside a stay: "在杭州干了十年，中间回老家三年" is seven years in Hangzhou, not ten plus three elsewhere.

A clause is a gap in the stay the message counted just before it when it says a span (a count, or a range of years
"17年到19年") spent away or idle, and either
- marks itself as inside that stay (中间, 中途, 其中, 期间, 当中, or "有一年多是在外地"), or
- is followed by a return ("回来后又干到现在", "20年又回来了") while the stay was counted from a start ("16年来的杭州"),
  not by a count of its own: "在杭州干了八年，后来去了嘉兴三年，现在又回杭州两年了" is two stays that add up.
Away is another place (a city, a province, 老家, 外地) or a word of not working (带娃, 没上班, 停了); idle time is
subtracted from the trade's years as well, time posted elsewhere (派到义乌分厂, 借调) from the place's years only.

``gaps`` gives each gap clause's index (the years reader leaves those clauses out: their span is no stay of its
own); ``read_gaps`` gives ``_gap`` candidates (``Gap``), which ``resolve`` subtracts from the count or start before.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import NamedTuple

from assistant.extract.numbers import CLOSED_RANGE, START_AFTER, durations, year_from
from assistant.extract.patterns import AWAY_UNNAMED, PLACE_HZ
from assistant.extract.people import Candidates, add
from assistant.extract.text import Segment, mask

__all__ = ["Gap", "gaps", "inside", "read_gaps"]


class Gap(NamedTuple):
    """Years away inside the stay counted before: ``base``, the count they sit inside (None when the stay runs from a
    start); ``idle``, no work at all then (the trade's years lose them too)."""

    years: float
    base: float | None
    idle: bool
    zj: bool  # spent working elsewhere in Zhejiang: Zhejiang's years keep it
    stayed: bool = False  # in the same place at other work ("中间有三年去开了饭店"): only the trade's years lose it


# the clause marks itself as inside the stay before it ("中间有两年…", "其中四年…", "有一年多是在外地")
_INSIDE = re.compile(r"^(?:但是?|不过|可|就是|其实|实际上)?(?:这)?(?:中间|中途|当中|期间|其中|里头|里面)|^(?:但是?|不过|可|就是|其实|实际上)?有(?=[0-9一二两三四五六七八九十半]+[^，,。]{0,4}?(?:年|个月)[^，,。]{0,3}?(?:是|在|回|去|到|没|停))")
# not working: one table for the ways of saying the time off
_IDLE = re.compile(r"停(?:了|过|工|掉)?|歇|休息|没(?:干|做|上班|工作|出来|活)|不干|待业|失业|辞职|辞了|带娃|带孩子|带小孩|"
                   r"照顾|养病|生病|住院|坐月子|生孩子|读书|上学|在家")
# other work in the meantime ("去开了饭店", "改行跑了三年运输"): time out of the trade, not out of the place
# (read with the clause's count taken out, so "做了三年生意", "送了两年外卖", "当了两年兵" read as 做生意, 送外卖, 当兵:
# the count sits between a verb and its object in any of them). One row a kind of other work:
_OTHER_WORKS = (
    r"改行|转行|跨行|干别的|做别的|干其他|做其他",  # a change of work said outright
    r"开了?(?:个|家|一家)?(?:饭店|店|厂|公司|饭馆|超市|小饭馆|小店)",  # a business of one's own
    r"做(?:点|过|了)?(?:小)?(?:生意|买卖)|经商|下海",
    # an aspect particle may sit between the verb and its object ("跑过运输", "送了外卖", "当过兵")
    r"跑(?:过|了)?(?:运输|业务|销售|出租|滴滴|外卖)|送(?:过|了)?(?:外卖|快递)|开(?:过|了)?(?:出租|滴滴|网约车|货车)",
    r"当(?:过|了)?兵|参军|服(?:过)?(?:兵)?役|(?:在|去)部队",  # military service
)
_OTHER_WORK = re.compile("|".join(f"(?:{row})" for row in _OTHER_WORKS))
# time away that is still the job's (a course, a business trip): no gap in the stay
_ON_THE_JOB = re.compile(r"培训|出差|进修|学习|考察")
# posted away by the employer, still at work ("派到义乌分厂", "借调去了温州"): the trade's years keep the time
_POSTED = re.compile(r"派(?:到|去|往)|借调|外派|驻")
# a return to the stay after the time away
_BACK = re.compile(r"回来|又回|再回|重新回|回到杭州|回杭")
# a range of calendar years ("17年到19年", "2017年至2019年")
_YEAR_RANGE = CLOSED_RANGE
# a start the stay runs from ("16年来的杭州", "2012年进的杭州这家厂", "2010年毕业", "2015年开始在杭州上班"): a year,
# then a move or any of the start verbs the count reader knows (one table, ``numbers.START_AFTER``)
_STARTED = re.compile(r"(?:(?:19|20)?[0-9]{2}|[〇零一二三四五六七八九]{2,4}|去年|前年|[一二两三四五六七八九十]+年前)年?[^，,。]{0,4}?"
                      r"(?:来|" + START_AFTER.pattern + ")")


_DATED = re.compile(r"[0-9〇零一二三四五六七八九]{2,4}年|去年|前年")


def inside(text: str) -> bool:
    """Does the clause mark itself as time inside the stay before it ("其实中间有三年…": no correction of the count)?"""
    return bool(_INSIDE.search(text))


def _span(text: str, today: dt.date) -> float | None:
    """The years a clause says: a count ("两年", "一年多") or a range of calendar years ("17年到19年" -> 2)."""
    m = _YEAR_RANGE.search(text)
    if m:
        a, b = year_from(m["a"], today), year_from(m["b"], today)
        if a is not None and b is not None and 0 < b - a <= 40:
            return float(b - a)
    found = durations(text)
    return found[0].years if len(found) == 1 else None


def _without_count(text: str) -> str:
    """The clause with its counts of time and their aspect taken out ("去送了两年外卖" -> "去送外卖"), so that a verb
    and its object, split by the count, read as the work they name."""
    for d in reversed(durations(text)):
        text = text[:d.start] + text[d.end:]
    return re.sub(r"(?<=[送跑开当做干])了(?=[^，,。]{1,4}$)|(?<=[送跑开当做干])了$", "", text)


def _away(text: str) -> bool:
    from assistant.extract.places import cities_in, provinces_in

    return bool(AWAY_UNNAMED.search(text) or _POSTED.search(text) or any(city != "杭州" for *_, city, _p in cities_in(text))
                or any(p != "浙江省" for *_, p in provinces_in(text)))


def gaps(segs: list[Segment], today: dt.date) -> dict[int, Gap]:
    """{index in ``segs``: the gap it says} for each clause that says time away inside the stay counted before it."""
    out: dict[int, Gap] = {}
    base: float | None = None  # the count of the last stay said, or None after a start
    counted = False  # a stay was said (a count or a start) before this clause
    since: int | None = None  # the calendar year the stay before this clause started, where it was said
    for index, seg in enumerate(segs):
        if not seg.asserts:
            continue
        text = mask(seg.text)
        years = _span(text, today)
        idle = bool(_IDLE.search(text))
        other = not idle and bool(_OTHER_WORK.search(_without_count(text)))
        if counted and years is not None and (idle or other or _away(text)) and not _ON_THE_JOB.search(text):
            inside = bool(_INSIDE.search(text))
            later = [mask(s.text) for s in segs[index + 1:index + 3] if s.asserts]
            # a return with a count of its own is a stay of its own; one to Hangzhou with its year is the start that
            # counts ("2019年又回杭州一直做到现在"), and the time away came before it
            back = base is None and any(_BACK.search(t) and not durations(t) and not (
                PLACE_HZ.search(t) and re.search(r"[0-9〇零一二三四五六七八九]{2,4}年|去年|前年", t)) for t in later)
            # "在杭州做了五年，中间去上海学了两年，回来又在杭州做了六年": a return with a count of its own after the time
            # away makes it the time between two stays, not inside the first
            between = any(_BACK.search(t) and durations(t) for t in later)
            # "12年来的杭州，2018到2020年在上海": a closed stretch elsewhere that starts after the stay's start lies
            # inside it, whatever words mark it: one cannot have been in both places those years
            closed = _YEAR_RANGE.search(text)
            # (a return dated after it, "22年底回来", makes two stays: extract.timeline counts them)
            within = base is None and since is not None and closed is not None \
                and (year_from(closed["a"], today) or 0) >= since and _away(text) \
                and not any(_BACK.search(t) and _DATED.search(t) for t in later)
            if (inside or back or within) and not between:
                from assistant.extract.places import cities_in

                zj = not idle and not AWAY_UNNAMED.search(text) and any(p == "浙江省" for *_, p in cities_in(text))
                stayed = other and not _away(text)
                out[index] = Gap(years, base if inside else None, idle, zj, stayed)
                continue
        found = durations(text)
        closed = _YEAR_RANGE.search(text)
        if closed:  # "2010年到2015年在杭州": a stay that ended, counted by its years
            base, counted = _span(text, today), True
        elif found and not re.search(r"赛|奖|届|岁", text):
            base, counted = found[-1].years, True
        elif (started := _STARTED.search(text)) or re.search(r"(?:入行|入职|参加工作)", text):
            base, counted = None, True
            year = re.match(r"(?:19|20)?[0-9]{2}|[〇零一二三四五六七八九]{2,4}", started.group()) if started else None
            since = year_from(year.group(), today) if year else None
    return out


def read_gaps(segs: list[Segment], today: dt.date) -> Candidates:
    """``_gap``: each stretch of time away inside a stay, for ``resolve`` to subtract."""
    out: Candidates = {}
    for gap in gaps(segs, today).values():
        add(out, "_gap", gap)
    return out
