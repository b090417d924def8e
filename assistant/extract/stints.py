"""A working life told as a story of stints, one after another, each with what the words give of it: a place, a
trade, a length or a start, a change of trade, the same trade again. The years in the trade, in Hangzhou and in
Zhejiang, and where one works now, are derived from the list in one place (``derive``).

    "做了三年厨师后来转行做数控，数控做了七年"          -> 厨师 3 | 数控 7 (a turn): 7 in the trade
    "在宁波干了四年注塑，后来到绍兴又干了三年，今年过完年去的湖州，还是注塑"
                                                         -> 宁波 4 | 绍兴 3 | 湖州 since 2026-02: 7.x in Zhejiang and the trade
    "我干焊工十四年了 头四年在江苏 后面十年都在萧山"     -> a total of 14 split 4 | 10: 10 in Hangzhou
    "最早在河南老家的机修厂，零九年跟老乡到了萧山，还是干机修" -> ? | 萧山 since 2009: the trade at least as long

Where the one-start and one-count readers (``work``, ``years``) take one stint's length or one move's start for the
whole working life, the story outranks them (``resolve._stints``). A single stint is theirs: the reader speaks only
where two stints or more are told, at least one of them with a length.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, replace

from assistant.extract.jobs import TURN
from assistant.extract.numbers import durations, to_number
from assistant.extract.people import Candidates, add
from assistant.extract.text import Segment, mask

__all__ = ["Stint", "TURN", "read_stints", "read_story", "derive"]


@dataclass(frozen=True)
class Stint:
    """One stretch of a working life: ``city``/``province`` (None where not said; ``province`` "外省" for a place
    outside Zhejiang not named), ``trade`` ("" where not named), ``years`` (its length where said) or ``start`` (the
    month it began, read late), ``turn`` (a change of trade said at it), ``same`` (the same trade said again),
    ``now`` (said to go on now)."""

    city: str | None = None
    province: str | None = None
    trade: str = ""
    years: float | None = None
    start: str | None = None
    turn: bool = False
    same: bool = False
    now: bool = False
    part: bool = False  # "头四年", "前二十年": a part of a total said before it
    order: int = 0  # where it was told (a stint told "之前…" after the next one goes before it in time)
    unplaced: bool = False  # a move said without its place ("派我去越南"): not the place before
    first: bool = False  # said as the first of the working life ("最早…", "先…")


# where a clause goes on to the next stint: "…三年厨师后来转行…", "…送快递两年 做装修三年 最近这五年…"
_STEP = re.compile(r"(?<!^)(?<![到至])(?=后来|然后|之后(?!才)|之前在|以前在|接着|再后来|现在(?!还|也)|目前|如今|又去|又到|又回|再去|再回|这(?:几|[0-9一二两三四五六七八九十]+)年|"
                   r"后面|头[0-9一二两三四五六七八九十]+年|前[0-9一二两三四五六七八九十]+年(?!前))")
# a change of trade said outright
# the same trade said again at a new stint: "还是注塑", "也是木工", "干的老本行", "一直是电池这块"
_SAME = re.compile(r"还是|也是|老本行|一直是|一直都是|同样|继续|照样")
# a stint said to go on now
_NOW = re.compile(r"现在|目前|如今|到现在|至今|这(?:几|[0-9一二两三四五六七八九十]+)年|最近|一直在|后面")
# a part of a total said before it: "头四年在江苏", "前二十年在东阳"
_PART = re.compile(r"^(?:头|前|后面|后)(?P<n>[0-9一二两三四五六七八九十]+)年(?:都|一直|主要)?(?:在|是|做|干|当|跑|开)")
# the most recent years, a part of a total when they name no trade of their own ("干了二十来年厨师，在杭州的只有最近这五年")
_RECENT = re.compile(r"(?:最近|近)这?[0-9一二两三四五六七八九十]+年|^这[0-9一二两三四五六七八九十]+年")
# a post, not a trade: "调到安全科当科长", "升了车间主任"
_POST = re.compile(r"长$|主任$|经理$|总监$|主管$|领导$|干部$")
# a return with no place said: to the place before the one left ("回来后又干到现在")
_RETURN = re.compile(r"^(?:又)?回来|^又回(?![到了的]?[\u4e00-\u9fff]{2})")
# a date said in the piece, which a start needs ("后面跟…学会了修分拣线" dates nothing)
_DATE_WORD = re.compile(r"[0-9〇零一二三四五六七八九]{2,4}年|去年|前年|今年|[0-9一二两三四五六七八九十半]+年前|[0-9一二三四五六七八九十]+月")
# a year said in digits (22年, 2022年, 零八年): a date where a start is said with it, never a length
_YEAR_DIGITS = re.compile(r"^(?:[0-9]{2}|[0-9]{4}|[〇零一二三四五六七八九]{2,4})年")
# a place outside the province without a name
_OUTSIDE = re.compile(r"外省|省外|外地")
# a move, in the verbs people use for it (a stint after it is in the new place): the timeline's table
_MOVED = re.compile(r"(?<![以后原本])来|到(?!现在|今天|如今|目前)|去(?!年)|回|调|搬|跳槽|派")
# a start said with its date: a move (the timeline's verbs) or a beginning of work, not a date of anything else
_BEGAN = re.compile(r"(?<![以后原本将未从上起出])来|(?<![达干做待呆直不快])到(?!现在|今天|如今|目前|底)|去(?!年)|回(?!答|复|报|忆|头)|调[到去来回往]"
                    r"|搬|跳槽|跳到|派|进(?:了|的)?[^，,。]{0,8}?(?:厂|公司|单位|企业|集团|医院|酒店)|入职|入行|入的行|开始|起(?:就|便)?(?:在|干|做)"
                    r"|转行|改行|换了?行|(?:跟|拜)[^，,。]{0,6}?学|毕业|退伍|复员|转业")
# not a stint of the working life: school, the army, where one lives, a side job, retirement, the contract's place
_NOT_WORK = re.compile(r"读的?(?:大学|书|高中|中专|研)|上学|念书|当兵|部队|[0-9一二两三四五六七八九十几]年兵|生活|住了|定居|兼职"
                       r"|退休|退了|派遣|劳动合同|合同签|社保|挂靠|证|评上|评了|考出|考上|拿到|拿的|考的")


def _alike(a: str, b: str) -> bool:
    from assistant.extract.timeline import _same_trade

    return _same_trade(a, b)


def _pieces(segs: list[Segment]) -> list[tuple[Segment, str]]:
    """The asserted clauses cut where they go on to a next stint ("做了三年厨师后来转行做数控" is two)."""
    out = []
    for seg in segs:
        if not seg.asserts:
            continue
        text = mask(seg.text)
        cuts = [0] + [m.start() for m in _STEP.finditer(text)] + [len(text)]
        out.extend((seg, text[a:b]) for a, b in zip(cuts, cuts[1:], strict=False) if text[a:b].strip())
    return out


def _place(text: str) -> tuple[str | None, str | None] | None:
    """(city, province) of the last place the piece names that is not where one came from, or None."""
    from assistant.extract.places import cities_in, is_origin, provinces_in

    found = [(s, city, province) for s, _e, city, province in cities_in(text) if not is_origin(text, s)]
    found += [(s, None, province) for s, _e, province in provinces_in(text) if not is_origin(text, s)
              and not any(a <= s < b for a, b, *_ in cities_in(text))]
    found += [(m.start(), "杭州", "浙江省") for m in re.finditer(r"(?:在|来|到|回)杭(?!州)", text)]
    found += [(m.start(), None, "外省") for m in _OUTSIDE.finditer(text)]
    if not found:
        return None
    _s, city, province = max(found, key=lambda f: f[0])
    return city, province


def _trade(seg: Segment, text: str) -> str:
    """The work the piece names, by the occupation reader on the piece alone; "" where none."""
    from assistant.extract.occupation import read_occupation

    said = read_occupation([replace(seg, text=text, past=False)]).get("occupation")
    return said[0] if said and not _POST.search(said[0]) else ""


# the first stint told as the past ("最早在河南老家", "一开始在老家干", "先在义乌做了三年"): a first clause with no length
# or date and none of these words is where one works now, said before the history ("我在余杭一家民营数据服务商，2014年入行")
_FIRST = re.compile(r"最早|最开始|一开始|刚开始|开始|起初|先|以前|原来|原先|本来|之前|刚出来|早年|早些年|前几年|当初")
# a stint told before the one just said: "我去年到的海宁 之前在杭州下沙干了六年缝纫"
_BEFORE_THAT = re.compile(r"^(?:在)?(?:之前|以前|原来|原先|本来|来之前|来杭州之前|来这之前)")
# the next stint: a step in time said at the start of a piece
_THEN = re.compile(r"^(?:后来|然后|之后|接着|再后来|现在|目前|如今|最近|又|再|先|这(?:几|[0-9一二两三四五六七八九十]+)年)"
                   r"|^[\u4e00-\u9fff]{1,4}(?:以后|之后)")  # "退伍以后", "毕业之后": a step from an event
# taking up a trade after other work: "然后跟我舅学水电安装", "跑去学了汽修" (a later stint only: 学徒 starts a life)
_LEARN = re.compile(r"(?:跟|拜)[^，,。]{0,6}?学(?!徒)|(?:去|跑去|开始|才|又|再)学(?!徒)")
# a year and a move said together ("13年去了趟新疆"): a date, never a length
_DATE_MOVE = re.compile(r"[0-9〇零一二三四五六七八九]{2,4}年(?:初|底|末)?(?:就|才|又|再)?(?:去|来|到|回|进|调|搬)")
# where one lives, or someone's home town: no stint's place ("我住在海宁", "老板是温州人")
_LIVES = re.compile(r"住|家在|户口|老家是|[\u4e00-\u9fff]人(?:[，,。]|$)")


def read_stints(segs: list[Segment], today: dt.date) -> list[Stint]:
    """The stints the clauses tell, in order. A piece with a length, a dated start, a turn or a move to a new place
    begins a stint, as a step in time ("后来", "现在") after a stint with a length does; any other piece tells more of
    the one before (its trade, its place, its length when it had none: "改行学的电焊，焊了也有八年了"). A stint said
    to come before the one just told ("之前在…干了六年") goes before it."""
    from assistant.extract.gaps import inside
    from assistant.extract.judge import negated
    from assistant.extract.start_dates import start_span
    from assistant.language.doing import tells_deed

    out: list[Stint] = []
    said_before = ""  # the piece before: "今年九月公司新开了嘉善工厂，把我调过来" dates the move in the clause before it
    for seg, text in _pieces(segs):
        before, said_before = said_before, text
        if inside(text) or _NOT_WORK.search(text) or negated(text):  # "从来没在杭州干过": no stint
            continue  # time away inside a stay is the gaps reader's ("中间去深圳待了三年")
        span = start_span(text, today) if _BEGAN.search(text) and _DATE_WORD.search(text) else None
        if span is None and _BEGAN.search(text) and _DATE_WORD.search(before) and not _BEGAN.search(before) \
                and not durations(before) and _place(before) is not None:
            span = start_span(before, today)  # the move's date said just before it, with its place
            if span is not None and _place(text) is None and _place(before) is not None:
                text = before + text
        start = span[1] if span else None
        dated = {m.start() for m in _DATE_MOVE.finditer(text)}
        # "十年前来的杭州" is a date, as a year in digits beside a start is ("22年下半年才来的杭州")
        counted = [d for d in durations(text) if d.start not in dated and not text.startswith("前", d.end)
                   and not (start and _YEAR_DIGITS.match(text, d.start))]
        years = counted[0].years if counted else None
        if years is None and _PART.match(text):  # "前六年在饭店后厨": the parser reads 前六年 as a date
            years = to_number(_PART.match(text)["n"])
        place = None if _LIVES.search(text) else _place(text)
        trade = _trade(seg, text)
        last = out[-1] if out else None
        if last is not None and len(out) == 1 and last.years is None and last.start is None and not last.first \
                and (years is not None or start is not None):
            out.pop()  # the first clause was about now, not the first stint ("我在余杭一家…，2014年入行")
            last = None
        told = last is not None and (last.years is not None or last.start is not None)
        turn = bool(TURN.search(text) or told and _LEARN.search(text))
        recent = bool(_RECENT.search(text)) and not trade and told and bool(last.trade)
        if bool(_RECENT.search(text)) and place is None and (recent or tells_deed(text)):
            continue  # "做电商美工十一年了，…，这两年用AI工具出图", "这两年带头把…接进了…系统": of late, no stint
        part = bool(_PART.match(text)) or recent
        if place is None and last is not None and _RETURN.match(text):
            back = [st for st in out[:-1] if st.province]
            place = (back[-1].city, back[-1].province) if back else None
        here = Stint(*(place or (None, None)), trade, years, start, turn, bool(_SAME.search(text)),
                     bool(_NOW.search(text)), part, len(out), place is None and bool(_MOVED.search(text)),
                     bool(_FIRST.search(text)))
        if last is not None and _BEFORE_THAT.match(text) and (years is not None or place is not None):
            out.insert(len(out) - 1, replace(here, now=False, order=len(segs) + 1))  # no place to pass on
            continue
        # another place: another province, or another city (浙江 said after 丽水 is the same place, widened)
        elsewhere = place is not None and last is not None and last.province is not None and (
            place[1] != last.province or place[0] is not None and last.city is not None and place[0] != last.city)
        moved = elsewhere and bool(_MOVED.search(text) or _THEN.match(text) or years is not None or start is not None)
        step = told and bool(_THEN.match(text)) and last.years is not None  # a step on from a closed stint
        if years is not None and told and last.years is not None and abs(years - last.years) < 0.01 and not trade \
                and not step and not turn and not elsewhere and start is None:
            continue  # "在丽水做植保无人机驾驶员三年了，…在浙江全职三年": the same stint said again
        if start is not None and years is None and last is not None and last.years is not None \
                and last.start is None and not elsewhere and not step and not turn:
            out[-1] = replace(last, start=start)  # "干了8年，2018年来杭州一直全职": one stay, its length and its start
            continue
        if turn and last is not None and not last.trade and years is None and start is None and not elsewhere \
                and not step:
            out[-1] = replace(last, trade=trade, turn=True)  # "18年到的余杭，换了行做家电维修": the turn of that stint
            continue
        # a length or a start after a told stint is another stint only where something sets it apart: a step in
        # time, a move, another place or another trade; else it measures the same one again ("在杭州做焊工3年，干焊工
        # 10年": the city's share and the trade's whole; "在杭州干了8年，在滨江干了3年": the district's share)
        if (years is not None or start is not None) and told and not (turn or moved or elsewhere or here.part
                                                                      or _THEN.match(text) or trade and last.trade
                                                                      and not _alike(trade, last.trade)):
            continue
        if last is None or turn or moved or here.part or step or (
                years is not None or start is not None) and (told or trade and last.trade and trade != last.trade):
            out.append(here)
            continue
        # more of the stint before: what it had not said
        out[-1] = replace(last, city=last.city or here.city, province=last.province or here.province,
                          trade=last.trade or trade, years=last.years if last.years is not None else years,
                          start=last.start or start, same=last.same or here.same, now=last.now or here.now,
                          unplaced=last.unplaced and not here.province)
    return out


def _since(month: str, today: dt.date) -> float:
    y, m = map(int, month.split("-"))
    return max(0.0, round(today.year - y + (today.month - m) / 12, 2))


def _lengths(stints: list[Stint], today: dt.date) -> list[float | None]:
    """Each stint's years: said, or from its start to the next one's (to now for the last); a stint after one with a
    start and a length begins where that one ended ("13年去了趟新疆干了三年，回来还是在建德开"). A total said before its
    parts ("干焊工十四年了 头四年在江苏 后面十年都在萧山") gives its years to the parts and keeps none itself, and a part
    left unsaid ("前二十年在东阳，后来才到杭州") is the rest of it."""
    starts = [s.start for s in stints]
    for i in range(1, len(stints)):
        before = stints[i - 1]
        if starts[i] is None and stints[i].years is None and starts[i - 1] and before.years is not None:
            y, m = map(int, starts[i - 1].split("-"))
            months = y * 12 + m - 1 + round(before.years * 12)
            starts[i] = f"{months // 12}-{months % 12 + 1:02d}"
    out: list[float | None] = []
    for i, stint in enumerate(stints):
        if stint.years is not None:
            out.append(stint.years)
        elif starts[i] is not None:
            following = next((s for s in starts[i + 1:] if s), None)
            out.append(round(_since(starts[i], today) - (_since(following, today) if following else 0.0), 2))
        else:
            out.append(None)
    parts = [i for i, s in enumerate(stints) if s.part]
    if parts and parts[0] > 0 and out[parts[0] - 1] is not None:
        total, first = out[parts[0] - 1], parts[0] - 1
        rest = [i for i in range(first + 1, len(stints)) if out[i] is None]
        said = sum(v for v in out[first + 1:] if v is not None)
        if len(rest) == 1 and total > said:
            out[rest[0]] = round(total - said, 2)
        parts_said = sum(v for v in out[first + 1:] if v is not None)
        out[first] = max(0.0, round(total - parts_said, 2))  # the total is told again by its parts, but for the rest
    return out


def _trade_run(stints: list[Stint]) -> tuple[list[int], bool | None]:
    """The stints of the present trade, the last and those before it back to a change, and whether the change is
    known: a turn said at a later stint ends it, and so does an earlier stint naming another trade (two named share a
    two-character word, or the same trade is said again: "还是做贴片" after SMT). An earlier stint naming none is of
    the trade where a later one says it is the same ("一直都是做饰品设计"); else it may be any work ("在保安公司干了四
    年，之后才进的电梯公司搞维保"), so the run ends there not knowing, and its years are the trade's at least."""
    from assistant.extract.timeline import _same_trade as alike

    run = [len(stints) - 1]
    trade = stints[-1].trade
    for i in range(len(stints) - 2, -1, -1):
        later, earlier = stints[i + 1], stints[i]
        said_same = any(stints[j].same for j in run)
        if later.turn:
            return run, True
        if earlier.trade and trade and not (alike(earlier.trade, trade) or said_same):
            return run, None  # two names: one trade twice or two trades, the past-job readers' call (木工, then 搞装修)
        if not earlier.trade and trade and not said_same:
            return run, False
        run.insert(0, i)
        trade = trade or earlier.trade
    return run, True


def derive(stints: list[Stint], today: dt.date) -> Candidates:
    """``_stint_field`` (or ``_stint_field_floor`` where the earliest stint of the trade has no length, and
    ``_stint_field_over`` where the run ends at a stint of unnamed work),
    ``_stint_hz``, ``_stint_zj``, ``_stint_city`` and ``_stint_trade`` (the present trade, after a turn) from the
    stints, with ``_stint_story`` where two or more are told; a place not said is the one before."""
    out: Candidates = {}
    if not stints or not any(s.years is not None or s.start is not None for s in stints):
        return out
    years = _lengths(stints, today)
    placed: list[Stint] = []
    total_trade = ""
    for i, stint in enumerate(stints):
        if stint.province is None and placed and not stint.unplaced and placed[-1].order < stint.order:
            stint = replace(stint, city=placed[-1].city, province=placed[-1].province)
        if stint.part and i and stints[i - 1].years is not None and not stints[i - 1].part:
            total_trade = stints[i - 1].trade or total_trade
        if stint.part:  # the parts of a total are of its trade
            stint = replace(stint, trade=stint.trade or total_trade, same=True)
        placed.append(stint)
    # a story: two stints or more, one before the last with its length said (two dates alone, "2014年入行，2016年来
    # 杭州", and a dated history of two moves or more, are the start readers' and the timeline's)
    dated = sum(s.start is not None for s in stints)
    if len(placed) > 1 and dated <= 1 and any(s.years is not None for s in stints[:-1]):
        add(out, "_stint_story", True)
    run, ended = _trade_run(placed)
    # the present trade's years are known where the last stint names its trade, says it is the same, or turns to one
    if (placed[-1].trade or placed[-1].same or placed[-1].turn) and (any(placed[i].trade for i in run) or run[0] > 0):
        known = [years[i] for i in run if years[i] is not None]
        floor = years[run[0]] is None and all(years[i] is not None for i in run[1:])
        if known and ended is True and (floor or all(years[i] is not None for i in run)):
            add(out, "_stint_field_floor" if floor else "_stint_field", round(sum(known), 2))
        elif known and all(years[i] is not None for i in run) and (ended is False or placed[-1].trade) \
                and not any(st.start for st in placed):  # a dated move: the readers add the years before it
            # the run ends at a stint of work not named: the trade's years are at least these, so a count said of
            # an earlier stint below them is not the trade's ("在保安公司干了四年，之后…搞维保…六年多")
            add(out, "_stint_field_over", round(sum(known), 2))
        if any(s.turn for s in placed[1:]) and placed[-1].trade:
            add(out, "_stint_trade", placed[-1].trade)
    for key, keep in (("_stint_hz", lambda s: s.city == "杭州"), ("_stint_zj", lambda s: s.province == "浙江省")):
        mine = [i for i, s in enumerate(placed) if keep(s)]
        if mine and all(years[i] is not None for i in mine) and all(s.province or years[i] == 0 for i, s in enumerate(placed)):
            add(out, key, round(sum(years[i] for i in mine), 2))
    if placed[-1].city:
        add(out, "_stint_city", placed[-1].city)
    return out


def read_story(segs: list[Segment], today: dt.date) -> Candidates:
    """The stints' derivations (``derive``), and every stint's city in order under ``_stint_cities``."""
    found = read_stints(segs, today)
    out = derive(found, today)
    cities = [s.city for s in found if s.city]
    if cities and out.get("_stint_story"):
        out["_stint_cities"] = cities
    return out
