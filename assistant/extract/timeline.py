"""A work history as a timeline: the stays a message dates (place, from, to), read from its clauses in order, so that
the years in Hangzhou, the years in Zhejiang and the present workplace come from one reading.

    "2014年在杭州开始干，2019年去了苏州待了五年，前年十月又回了余杭"
        -> 杭州 2014-12…2019-12, 苏州 2019-12…2024-12, 杭州 2024-10…now: 7.1 years in Hangzhou, working in 杭州 now
    "在杭州待了三年，去年调到湖州分公司了"            -> 杭州 2022-12…2025-12, 湖州 2025-12…now
    "2019年来的杭州，现在在嘉兴上班"                   -> working in 嘉兴 now; when the Hangzhou stay ended is not said

A stay starts at a dated move ("19年从诸暨到的杭州", "23年又回了诸暨", "去年五月回的杭州"; dates by jionlp's time parser
through ``work.start_span``, read late as every start is: "2019年" is 2019-12) or at a dated start of work in a place
("2014年在杭州开始干"). It ends where the next one starts, or after the years said of it ("去了苏州待了五年"). A stay
said only by its length ("在杭州待了三年") ended at the dated move after it. A return with no place ("前年十月又回来了")
is to the place before the one left. A move with no place ("21年9月从合肥过来的") is to where one works now, if a
clause says it. Where one works now is said of the present ("现在在嘉兴上班", "每天坐高铁去上海上班"), else it is the
last stay's place.

The reader speaks only where the message tells a history (``read_timeline``): a stay in Hangzhou that ended, or a
present workplace away from the last place one came to. A single move ("2019年来的杭州") is the start readers' (work).
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field, replace

from assistant.dates import add_months
from assistant.extract.gaps import gaps
from assistant.extract.jobs import TURN
from assistant.extract.numbers import CLOSED_RANGE, durations
from assistant.extract.people import Candidates, add
from assistant.extract.text import Segment, mask

__all__ = ["Stay", "stays", "read_timeline"]


@dataclass(frozen=True)
class Stay:
    """A stretch of work in one place: its city (杭州, 苏州; None where the place is not said), its province, the month
    it began and the month it ended (None while it goes on); ``job``, the work its clause names ("" where none, "?" where
    it names no work at all)."""

    city: str | None
    province: str | None
    start: str | None
    end: str | None
    job: str = field(default="", compare=False)


# a move from one place to another, in the verbs people use for it (not 去 alone: "去北京比赛" is a trip)
_MOVE = re.compile(r"(?P<back>又回|再回|回(?!答|复|报|忆|头)|重新回)(?:到|了|的|来|去)?|(?:调|搬|跳槽|跳|转|派)(?:到|去|来|回|往)了?|"
                   r"(?:就|才|又|再)?(?:过来|过去|(?<![后原本将未以从上起出])来|(?<![达干做待呆直不快])到(?!现在|今天|如今|目前|底))(?:了|的)?|"
                   r"去(?!年)了?(?=[^，,。]{0,8}?(?:待|呆|干|做|上班|工作|打工|发展|了))")
# the start of work in a place, dated: "2014年在杭州开始干", "2015年在绍兴入行", and the other word orders people use
# for it: "2015年开始在滨江做…", "2010年起在杭州…", "1990年进富阳造纸机械厂当铆工" (entering a unit in the place)
_STARTED_IN = re.compile(r"^[^，,。]{0,9}?在(?P<rest>[^，,。]{1,12}?)(?:开始|入行|入的行|参加工作|进厂|入职|起)"
                         r"|^[^，,。]{0,9}?年[^，,。]{0,3}?(?:开始|起|就|(?:毕业|退伍|复员|转业|退役|进厂|入职|参加工作)(?:后|以后|之后)?(?:就|便)?)"
                         r"在(?P<rest2>[^，,。]{1,12})"  # "2015年毕业在滨江做…": leaving school is a start of work too
                         r"|^[^，,。]{0,9}?年[^，,。]{0,2}?(?:进|进了|进的|去了?|到了?)(?P<rest3>[^，,。]{1,12}?)"
                         r"(?:厂|公司|单位|集团|医院|酒店|饭店|车间)")
# a closed stretch of years in a place ("2019到2021年去苏州干了两年", "2004年到2010年在杭州一家物业公司当电工"): a stay
# with both its ends
_CLOSED_STAY = CLOSED_RANGE
# a clause that says work was done in the stay (打工 too: work, of a trade not named), against one of no work
_WORKED = re.compile(r"干|做|上班|工作|打工|当|写|修|焊|从事|入行|进厂|入职")
_IDLE = re.compile(r"没(?:干|做|上班|工作|活)|待业|失业|带娃|带孩子|带小孩|养病|读书|上学|在家")
# a clause about the stay just said ("在那边干了五年", "待了五年"): its length
_THERE = re.compile(r"^(?:在)?(?:那边|那里|那儿|那)?(?:又)?(?:待|呆|干|做|工作|上班)(?:了)?")
# where one works now: "现在在嘉兴上班", "目前在桐乡", "每天坐高铁去上海上班"
_NOW = re.compile(r"(?:现在|目前|如今|眼下|现如今)[^，,。住]{0,4}?(?:在|去|到)(?=[^，,。]{0,3}?\S)|(?:去|到)(?=[^，,。]{2,6}?(?:上班|工作|打工))")
_WORKS = re.compile(r"上班|工作|干|做|当|公司|厂|单位|店|企")
_LIVES = re.compile(r"住|户口|老家|定居|生活|买房|安家")


def _month(year: int, month: int) -> str:
    return f"{year}-{month:02d}"


def _plus(month: str, years: float) -> str:
    moved = add_months(dt.date(*map(int, month.split("-")), 1), round(years * 12))
    return _month(moved.year, moved.month)


def _years(a: str, b: str) -> float:
    ya, ma = map(int, a.split("-"))
    yb, mb = map(int, b.split("-"))
    return max(0.0, (yb - ya) + (mb - ma) / 12)


def _place_after(text: str, pos: int):
    """(city, province) of the first place named at or after ``pos`` that is not where one came from."""
    from assistant.extract.places import cities_in, is_origin, provinces_in

    for start, _end, city, province in cities_in(text):
        if start >= pos and not is_origin(text, start):
            return city, province
    for start, _end, province in provinces_in(text):
        if start >= pos and not is_origin(text, start):
            return None, province
    if re.search(r"(?:在|来|到|回)杭(?!州)", text[pos:]):
        return "杭州", "浙江省"
    return None


def _origin(text: str, pos: int):
    """(city, province) of the place one came from, said before the move at ``pos`` ("从杭州调去"), or None."""
    from assistant.extract.places import cities_in, is_origin

    found = [(city, province) for start, _end, city, province in cities_in(text[:pos]) if is_origin(text, start)]
    return found[-1] if found else None


def _present(text: str):
    """(city, province) of the place a clause says one works at now, or None."""
    m = _NOW.search(text)
    if not m or _LIVES.search(text[max(0, m.start() - 4):m.end() + 2]):
        return None
    return _place_after(text, m.end())


@dataclass
class _Reading:
    stays: list[Stay]
    now: tuple[str | None, str | None] | None = None  # the place said to be where one works now
    here: int | None = None  # the index of a stay moved to with no place ("21年9月从合肥过来的")


def _read(segs: list[Segment], today: dt.date) -> _Reading:
    from assistant.extract.start_dates import start_span

    out = _Reading([])
    # a stay said by its length, undated: its place, its years and the work its clause names
    pending: tuple[tuple[str | None, str | None], float, str] | None = None
    # "12年进的杭州这家厂，17年到19年借调去了温州，回来后又干到现在": time away inside a stay is the gaps reader's
    inside = gaps(segs, today)
    for index, seg in enumerate(segs):
        if not seg.asserts:
            continue
        text = mask(seg.text)
        closed = _CLOSED_STAY.search(text)
        if closed and index in inside:
            continue
        if closed:
            _closed_stay(out, seg, text, closed, today)
            pending = None
            continue
        move = _MOVE.search(text)
        started = _STARTED_IN.match(text)
        span = start_span(text[:move.end()] if move else text, today) if (move or started) else None
        if span is not None and (move or started):
            begin = span[1]
            if move:
                place = _place_after(text, move.end())
                if place is None and move["back"] and len(out.stays) >= 2:
                    place = (out.stays[-2].city, out.stays[-2].province)  # "又回来了": to the place before
                elif place is None and move["back"] and pending is not None:
                    place = pending[0]
            else:
                rest = next(g for g in ("rest", "rest2", "rest3") if started[g] is not None)
                place = _place_after(text, started.start(rest))
            origin = _origin(text, move.start()) if move else None
            if origin is not None and pending is None and origin != place and (
                    not out.stays or out.stays[-1].city != origin[0]):
                out.stays.append(Stay(*origin, None, None))  # "去年三月从杭州调去了嘉兴": a stay there before, undated
            if pending is not None and (place is None or place != pending[0]):
                # "在杭州待了三年，去年调到湖州": the stay said by its length ended at this move
                out.stays.append(Stay(*pending[0], _plus(begin, -pending[1]), begin, pending[2]))
            pending = None
            if out.stays and out.stays[-1].end is None:
                out.stays[-1] = Stay(out.stays[-1].city, out.stays[-1].province, out.stays[-1].start, begin)
            if place is None:
                out.here = len(out.stays)
            out.stays.append(Stay(*(place or (None, None)), begin, None, _job(seg)))
            rest = text[move.end():] if move else ""
            counted = [d for d in durations(rest)]
            if counted and out.stays[-1].start:  # "2019年去了苏州待了五年"
                last = out.stays[-1]
                out.stays[-1] = Stay(last.city, last.province, last.start, _plus(last.start, counted[0].years))
            continue
        counted = durations(text)
        if counted and _THERE.match(text) and out.stays and out.stays[-1].end is None and out.stays[-1].start:
            last = out.stays[-1]  # "…去了苏州，在那边干了五年"
            if not re.search(r"一直|至今|到现在", text):
                out.stays[-1] = Stay(last.city, last.province, last.start, _plus(last.start, counted[0].years))
            continue
        now = _present(text) if seg.current else None
        if now is None and seg.current and out.here is not None and out.here == len(out.stays) - 1 \
                and out.now is None and _WORKS.search(text):
            now = _place_after(text, 0)  # "21年9月从合肥过来的，在大关这边一家私企装调网关": the move was to here
        if now is not None:
            out.now = now
            continue
        place = _place_after(text, 0) if counted else None
        undated = [i for i, st in enumerate(out.stays) if st.start is None and place and st.city == place[0]]
        if undated and out.stays[undated[0]].end:
            st = out.stays[undated[0]]  # "从杭州调去了嘉兴，在杭州总共干了九年": the stay before the move, by its length
            out.stays[undated[0]] = Stay(st.city, st.province, _plus(st.end, -counted[0].years), st.end)
            continue
        if counted and not out.stays:
            if place is not None and re.search(r"待|呆|干|做|工作|上班", text):
                pending = (place, counted[0].years, _job(seg))
    return out


def _job(seg: Segment) -> str:
    """The work a stay's clause names ("当电工" -> 电工), "" where it names none, "?" where it says no work was done
    ("回老家带孩子"); read by the occupation reader, on this clause alone."""
    from assistant.extract.occupation import read_occupation

    said = read_occupation([replace(seg, past=False)]).get("occupation")
    if said:
        return said[0]
    return "?" if _IDLE.search(mask(seg.text)) and not _WORKED.search(mask(seg.text)) else ""


def _closed_stay(out: _Reading, seg: Segment, text: str, m: re.Match, today: dt.date) -> None:
    """A closed stretch of years ("2019到2021年去苏州干了两年") as a stay with both ends, read late as every year is
    (2019-12…2021-12), which ends the stay before it; its place is the one named in the clause, else none (the gaps
    reader counts a stretch away said without a place)."""
    from assistant.extract.numbers import year_from

    a, b = year_from(m["a"], today), year_from(m["b"], today)
    place = _place_after(text, m.end()) or _place_after(text, 0)
    if a is None or b is None or not 0 < b - a <= 40 or place is None:
        return
    start, end = _month(a, 12), _month(b, 12)
    if out.stays and out.stays[-1].end is None and out.stays[-1].start and out.stays[-1].start <= start:
        last = out.stays[-1]
        out.stays[-1] = Stay(last.city, last.province, last.start, start, last.job)
    out.stays.append(Stay(*place, start, end, _job(seg)))


def stays(segs: list[Segment], today: dt.date) -> list[Stay]:
    """The stays the clauses date, in order, a move with no place placed where one works now if a clause says it."""
    reading = _read(segs, today)
    found = list(reading.stays)
    if reading.here is not None and reading.now is not None and reading.here == len(found) - 1:
        last = found[-1]
        found[-1] = Stay(*reading.now, last.start, last.end)
    merged: list[Stay] = []
    for stay in found:  # "1998年在建德开始干，2008年调到杭州市区的分厂": a move within one city is one stay
        if merged and stay.city and merged[-1].city == stay.city and merged[-1].end == stay.start \
                and _same_trade(merged[-1].job, stay.job):
            merged[-1] = Stay(stay.city, stay.province, merged[-1].start, stay.end, merged[-1].job or stay.job)
        else:
            merged.append(stay)
    return merged


def _sum(found: list[Stay], keep, today: dt.date) -> float | None:
    now = _month(today.year, today.month)
    total = 0.0
    for stay in found:
        if stay.city is None and stay.province is None:
            return None  # a stay whose place is not said: the sum is not known
        if keep(stay) and stay.start is None:
            return None  # nor one that counts whose start is not said
        if keep(stay) and stay.start is not None:
            end = min(stay.end or now, now)
            total += _years(stay.start, end)
    return round(total, 2)


def _same_trade(a: str, b: str) -> bool:
    """Are the works two stays name one trade? Either unnamed is taken to be the same (the trade said once); two
    named share a two-character word ("数控铣", "数控车工"); work against no work is not."""
    if "?" in (a, b):
        return a == b
    if not a or not b:
        return True
    core_a, core_b = a.rstrip("工师员手人") or a, b.rstrip("工师员手人") or b
    if len(core_a) < 2 or len(core_b) < 2:
        return core_a in b or core_b in a
    if any(core_a[i:i + 2] in core_b for i in range(len(core_a) - 1)):
        return True
    # "工业物联网平台开发" then "写代码": the years the digital-economy programmes count are the digital economy's,
    # whatever the job is called in each stay (the occupation classifier judges both)
    from assistant.extract.judge import digital_occupation

    return digital_occupation(a) is True and digital_occupation(b) is True


def _trade_years(found: list[Stay], today: dt.date) -> float | None:
    """The years of the present trade over the stays, where every stay does work of the same trade as the last one;
    None where a stay names another trade, where a stay's start or place is not said, where one says no work was
    done, or where none names the trade."""
    last = found[-1]
    if last.job == "?" or any(s.start is None or s.city is None and s.province is None for s in found):
        return None
    run = []
    for stay in reversed(found):
        if stay.job == "?":
            return None
        if not _same_trade(stay.job, last.job):
            # a change of trade: whether the words name one trade twice (木工, then 搞装修) is the past-job readers'
            # call (years, resolve), which weigh more than the two job words
            return None
        run.insert(0, stay)
    if not any(s.job for s in run):
        return None  # "2010年到2014年在杭州，…2019年又回到杭州": stays, no trade said
    now = _month(today.year, today.month)
    return round(sum(_years(s.start, min(s.end or now, now)) for s in run), 2)


def _worked_years(found: list[Stay], today: dt.date) -> float | None:
    """The years over stays none of which names a trade or says no work was done ("九二年就来杭州学手艺，九八年到两千年
    去宁波干了两年，两千年回杭州一直到现在"); None where a stay's start or place is not said. Whether they are one
    trade's is the resolver's call: only where the message names one trade and no change of it."""
    if any(s.job or s.start is None or s.city is None and s.province is None for s in found):
        return None
    now = _month(today.year, today.month)
    return round(sum(_years(s.start, min(s.end or now, now)) for s in found), 2)


def read_timeline(segs: list[Segment], today: dt.date) -> Candidates:
    """``_timeline_city``: where one works now, where a history says it; ``_timeline_hz`` (and ``_timeline_zj``): the
    years in Hangzhou (Zhejiang) summed over the stays, where a stay in Hangzhou ended; ``_timeline_hz_open``: a stay
    in Hangzhou ended at a time not said ("2019年来的杭州，现在在嘉兴上班"), so its years are not known."""
    reading = _read(segs, today)
    found = stays(segs, today)
    out: Candidates = {}
    if not found:
        if reading.now is not None and reading.now[0]:
            add(out, "_timeline_city", reading.now[0])  # "家住临平，每天坐高铁去上海上班"
        return out
    last = found[-1]
    now = reading.now
    moved_here = reading.here is not None and reading.here == len(reading.stays) - 1  # the last move had no place
    if now is not None and now[0] and last.city and now[0] != last.city and not moved_here:
        add(out, "_timeline_city", now[0])  # "2019年来的杭州，现在在嘉兴上班"
        if last.city == "杭州":
            add(out, "_timeline_hz_open", True)
        return out
    if len(found) < 2:
        if _moved_within_hangzhou(reading.stays, found, segs):
            # "〇一年进的萧山一家厂，一七年跳到滨江另一家厂": two starts of Hangzhou, one stay; the years run from the first
            add(out, "_timeline_city", "杭州")
            add(out, "_timeline_hz_start", found[0].start)  # the first start, with its month (resolve)
        return out
    if now is not None and now[0]:
        add(out, "_timeline_city", now[0])
    elif last.city:
        add(out, "_timeline_city", last.city)
    if not any(TURN.search(mask(s.text)) for s in segs if s.asserts):
        # "2015年开始在滨江做…开发，2019到2021年去苏州干了两年，21年底回来…写代码": the trade went on through the stays
        trade = _trade_years(found, today)
        if trade is not None:
            add(out, "_timeline_field", trade)
        elif not any(s.job for s in found):
            worked = _worked_years(found, today)
            if worked is not None:
                add(out, "_timeline_worked", worked)
    if any(s.city == "杭州" and s.end is not None for s in found):
        hz = _sum(found, lambda s: s.city == "杭州", today)
        if hz is not None:
            add(out, "_timeline_hz", hz)
            zj = _sum(found, lambda s: s.province == "浙江省", today)
            if zj is not None and all(s.province for s in found):
                add(out, "_timeline_zj", zj)
    return out


def _moved_within_hangzhou(read: list[Stay], found: list[Stay], segs: list[Segment]) -> bool:
    """Did the dated moves all stay in Hangzhou (one stay once merged, begun at a said start, going on)? A return
    ("二二年九月才回杭州总部") says the years between were spent away, which is the returns reader's."""
    returned = any((m := _MOVE.search(mask(s.text))) and m["back"] for s in segs if s.asserts)
    return (not returned and len(read) >= 2 and len(found) == 1 and found[0].city == "杭州"
            and found[0].start is not None and found[0].end is None)
