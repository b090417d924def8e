"""The years said: spans of time assigned to Hangzhou, Zhejiang and/or the trade by the words around each span,
added up over different places, and each span placed in a city kept for a start said elsewhere (``PriorSpan``,
read by ``resolve``). Moved from ``people``, whose other readers (birth, union, employment, city) it shares
``LIVED`` and ``doing`` with."""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import NamedTuple

from assistant.extract import judge
from assistant.extract.numbers import closed_range, durations
from assistant.extract.patterns import (
    AWAY_UNNAMED,
    FIELD_OBJECT,
    FIELD_SPECIFIC,
    FIELD_VERBS,
    PLACE_HZ,
    PLACE_ZJ,
)
from assistant.extract.people import LIVED, Candidates, add, doing
from assistant.extract.text import Segment, mask
from assistant.extract.then_counts import as_of_year, moved_to_today
from assistant.language.datafiles import data_json, words_pattern

__all__ = ["place_came_to", "PriorSpan", "read_years", "add_years"]


class PriorSpan(NamedTuple):
    """A span of years placed in a city (candidate ``_prior``), for a start said elsewhere in the message to add to
    (``resolve``): "之前在绍兴做了六年纺机维修", then "前年三月从绍兴跳槽到萧山"."""

    years: float
    city: str
    zj: bool  # the city is in Zhejiang
    work: bool  # the clause names work done there
    before: bool  # said to come before the present job (之前, 原来)
    later: bool  # said to be later or now (后来, 现在)
    same: bool  # the message says the work after the move is the same (继续, 也干, 跳槽)
    ctx: str  # the clause's words around the span


# a span that needs doing (要/得/需要/花 and at most one verb): the length of one task, or a rule's count ("要干满五年
#才能报"), never the asker's own time; "花了"/"用了" say time spent, and "得有十年了" ends in 了 (checked by the caller)
_TASK_LENGTH = re.compile(r"(?:要|得|需要|须|花|耗)(?:[\u4e00-\u9fff](?<!了))?(?:上)?$")
_YEAR_SPAN_AFTER_OK = re.compile(r"^前(?:来|到|开始|入行|进入|就|端)")


# ... or the working life begun there ("从老家出来就到了杭州", "毕业就来了萧山"): there ever since, as 一直 says
_ALWAYS = re.compile(r"一直|始终|都在|从来都在|(?:出来|毕业|退伍|出师)[^，,。]{0,4}?就(?:到|来)了?")
_ELSEWHERE = re.compile(r"之前|以前|外地|老家|别的|其他")


def read_years(segs: list[Segment], names_title: Callable[[str], bool], skip: set[int] = frozenset(),
               today=None, where: str | None = None) -> Candidates:
    """Spans of time, assigned to Hangzhou, Zhejiang and/or the field by the words around each span.

    Full-time work in two different cities was done in two different periods, so spans placed in different
    cities add up ("在杭州干了3年，之前在上海干了4年": 7 in the trade, 3 in Hangzhou; with 宁波 instead of 上海, 7 in
    Zhejiang too). A span in Hangzhou that names the work ("在富阳干了12年一线") is also a floor of the trade's
    years (``_floor_years_in_field``): the trade's count said on its own may be larger, never smaller. A hedged
    count keeps its range under ``_range_``+field (see ``numbers``). ``names_title`` is the occupation reader's test
    of a clause naming a job by its title (``work.names_occupation``), passed in so that this module need not import ``work``.
    The clauses at ``skip`` say time away inside a stay (``extract.gaps``): their span is no stay of its own."""
    from assistant.extract.places import cities_in, provinces_in

    out: Candidates = {}
    # the first clause that turns to the present work ("后来学的电工", "现在当钣金工", "转行做运维"): counts said
    # before it, and counts said to be before (之前, 以前), are of a past job unless the work is said to be the same
    turn = next((i for i, s in enumerate(segs) if s.asserts and _TURN.search(mask(s.text))), -1)
    same = any(_SAME_WORK.search(mask(s.text)) for s in segs if s.asserts)
    # the first clause that moves on to another employer or place ("上个月又进了舟山另一家船厂", "今年跳槽到绍兴"):
    # a span said in a clause before it was spent before the move, as 之前 says
    moved = next((i for i, s in enumerate(segs) if s.asserts and _NEXT_EMPLOYER.search(mask(s.text))), -1)
    history: list[str] = []
    unit_place = ""  # where the unit was said to be ("单位是萧山一家纺织厂", "我们厂在桐庐"), for a later "在我们厂"
    # ... or said after the span ("我在这个厂干了三十年，厂在富阳"): the unit's seat, wherever the message says it
    seat_after = next((t[a:b] for s in segs if s.asserts for t in [mask(s.text)] if _UNIT_SEAT.search(t)
                       for a, b, *_ in cities_in(t)[-1:]), "")
    parts: list[dict] = []  # spans placed in a city: {years, city, province, hz, work}
    for index, seg in enumerate(segs):
        # "一直在杭州全职，在一家汽配厂做钳工，干了11年" / "干了16年，…，一直在宁波": the place of an always-there
        # clause within two clauses of the span carries to it.
        before = history[-2:][::-1]
        history.append(mask(seg.text) if seg.asserts else "")
        carried = before[0] if before else ""
        behind = next((t for t in before if _ALWAYS.search(t) and (PLACE_HZ.search(t) or PLACE_ZJ.search(t))), "")
        if behind and behind is not carried and _MOVED_ON.search(carried) and cities_in(carried):
            behind = ""  # "一直在杭州，后来去了上海，做了八年设计": the move between ends the always-there place
        if not _ALWAYS.search(carried) and behind:
            carried = behind
        after = [mask(s.text) for s in segs[index + 1:index + 3] if s.asserts]
        ahead = next((t for t in after if _ALWAYS.search(t) and (PLACE_HZ.search(t) or PLACE_ZJ.search(t))), "")
        if not _ALWAYS.search(carried) and ahead:
            carried = ahead
        if not seg.asserts or index in skip:
            continue
        masked = mask(seg.text)
        if re.search(r"赛|奖|届|岁", masked):
            continue
        later = [mask(s.text) for s in segs[index + 1:] if s.asserts]
        arrived = _came_to_workplace(masked, history[:-1], later, where)
        arrival, masked = arrived != masked, arrived  # time since coming is the place's, never the trade's
        here = _HERE_SAID.search(masked)
        named = cities_in(before[0]) if here and before and not cities_in(masked) else []
        # "在我们厂", "在这家公司": the unit itself, whose years are work there (the trade's too, as without a place)
        unit = here.group()[1:] if here and _UNIT_WORD.search(here.group()) else ""
        at_unit = bool(unit) and bool(named or not cities_in(masked) and (unit_place or seat_after or where))
        if named:  # "我在萧山的工厂当质检员，在这干了5年": 这 is the place the clause before named
            masked = masked[:here.start()] + "在" + before[0][named[-1][0]:named[-1][1]] + unit + masked[here.end():]
        elif at_unit:
            # "我们是萧山一家厂…，他在我们厂干了十五年": our unit is where the unit was placed, in this message or
            # earlier in the conversation (``where``)
            masked = masked[:here.start()] + "在" + (unit_place or seat_after or where) + unit + masked[here.end():]
        placed = [t[a:b] for t in [masked] for a, b, *_ in cities_in(t)]
        if placed and _UNIT_SEAT.search(masked):
            unit_place = placed[-1]
        # "来杭州之前在金华开了三年": the place one came to afterwards is not where the span was
        masked = _BEFORE_COMING.sub(lambda m: m.group()[:m.start("p") - m.start()] + "□" * len(m["p"])
                                    + m.group()[m.end("p") - m.start():], masked)
        spans = durations(masked)
        closed = closed_range(masked, today) if today and not spans else None
        if closed:  # "2012年到2016年在杭州": a stay that ended, counted by its years, before whatever came after
            spans = [closed]
        if len(spans) == 1 and before and not _COUNT_ONLY.sub("", masked[:spans[0].start] + masked[spans[0].end:]):
            # "在建德干了一辈子钳工，三十多年": a clause that is only a count belongs to the clause before it, and so
            # does one that is only the work's verb and a count ("我在萧山一家厂干钳工，干了快十五年了")
            verb_only = bool(FIELD_VERBS.search(masked))  # "…，干了12年": the count is of the work, wherever it is
            masked = _counted(history[-4:-1]) + "，" + masked
            spans = durations(masked)[-1:]
        else:
            verb_only = False
        then = _counted_to(history, today) if spans and not closed else None
        if then:  # "到一六年报名那会儿，我在杭州干了十二年电工": twelve years to 2016, more to today
            spans = [moved_to_today(d, then, today) for d in spans]
        # "我在杭州待了快十年了，一直做电工": the always-clause after the count names the work
        # ... and so does a bare clause of the work right after it ("在杭州八年了，做算法"): no count, time or place of
        # its own, nothing said to be before or elsewhere, so it is the work of those years
        work_ahead = bool(after) and bool(_ALWAYS.search(after[0]) or _bare_work(after[0])) and bool(
            FIELD_OBJECT.search(after[0]) or FIELD_SPECIFIC.search(after[0]) or judge.work_object(after[0]))
        # "来杭州十五年了，一直在钱塘那边的药厂做设备维护": a place in the always-clause that is the span's own city
        # is where that work was done; another place there ("一直在宁波做模具") is another stay
        ahead_cities = {city for *_, city, _p in cities_in(after[0])} if work_ahead else set()
        ahead_zj = work_ahead and bool(PLACE_HZ.search(after[0]) or PLACE_ZJ.search(after[0]))
        for i, d in enumerate(spans):
            if masked[d.end:d.end + 1] == "前" and not _YEAR_SPAN_AFTER_OK.match(masked[d.end:]):
                continue  # "3年前在杭州工作过" is not three years in Hangzhou (but "做了六年前端开发" is six years)
            if _TASK_LENGTH.search(masked[:d.start]) and masked[d.end:d.end + 1] != "了":
                continue  # "一把小团扇要织一两个月", "修一台得花三天": how long one piece takes, not time at the work
            lo = spans[i - 1].end if i else 0
            hi = spans[i + 1].start if i + 1 < len(spans) else len(masked)
            ctx = masked[lo:hi]
            place = None
            if "兼职" not in ctx:
                place = ("years_full_time_in_hangzhou" if PLACE_HZ.search(ctx)
                         else "years_full_time_in_zhejiang" if _in_zhejiang(ctx) else None)
            own_place = place
            if place is None and i == 0 and _ALWAYS.search(carried) and "兼职" not in carried + ctx \
                    and not _ELSEWHERE.search(ctx) and not re.search(r"[0-9〇零一二三四五六七八九]{2,4}年|去年|今年|前年", carried):
                place = ("years_full_time_in_hangzhou" if PLACE_HZ.search(carried)
                         else "years_full_time_in_zhejiang" if _in_zhejiang(carried) else None)
            # "在建德一家化工厂管中控室十几年了": a verb of work with its object names the job, as 做电工 does
            # "开了十二年叉车", "干了10年电焊": the object after the count names the job, as "开叉车" does
            named = bool(FIELD_SPECIFIC.search(ctx) or FIELD_OBJECT.search(ctx) or judge.work_object(ctx)
                         or judge.work_object(masked[lo:d.start] + masked[d.end:hi])
                         or _fronted_object(masked[lo:d.start])
                         # "在萧山焊了二十年", "在厂里修车十五年": a trade's verb said with the count is that trade's time
                         or _trade_verb(masked[lo:d.start]))
            if LIVED.search(ctx) and not doing(LIVED.sub("", ctx)):
                continue  # "在杭州住了十年": years of living there, not of work
            if place:
                add_years(out, place, d)
                if place != own_place:
                    add(out, "_place_carried", d.years)  # the place is another clause's ("一直在杭州全职")
            # "一直在宁波做模具，12年了": the always-there clause that carries the place names the work too
            ahead = work_ahead and (not ahead_zj or place == "years_full_time_in_hangzhou" and ahead_cities == {"杭州"})
            work_carried = bool(place) and (ahead or not own_place and bool(
                FIELD_SPECIFIC.search(carried) or FIELD_OBJECT.search(carried)))
            # "我是做直播电商运营的，在杭州干了6年", "我爸是老焊工了，在萧山一个船厂干了快三十年": the clause just before
            # names the job, by what is done or by its title, so the years in the place are years of that job too
            # (a bare "在杭州干了8年" still names only the place)
            job_before = bool(before) and _names_job(before[0], names_title) and not named
            # "在富阳一家造纸厂干了快二十年，造纸工": the job said by its title alone in the clause just after
            job_after = bool(after) and names_title(after[0]) and not named
            # "做直播电商运营的，在余杭5年了", "算法工程师，做推荐系统，在阿里五年": a stay at a place or an employer,
            # said right after the job, is the job's count (with no verb of its own, "在杭州8年" alone is the place's)
            stay = bool(before) and bool(_STAY.match(masked[lo:d.start])) and not _COUNT_ONLY.sub(
                "", masked[d.end:hi]) and _names_job(before[0], names_title)
            # ("他在我们厂干了十五年": the years of work at our unit are the trade's too, at least, as without the place)
            counted = "兼职" not in ctx and not arrival and (named or (doing(ctx) and (not own_place or job_before or job_after
                                                                        or verb_only or at_unit)) or work_carried or stay)
            if counted:
                add_years(out, "_floor_years_in_field" if place == "years_full_time_in_hangzhou" else
                           "years_in_field", d)
                if named and own_place == "years_full_time_in_hangzhou":
                    # "在滨江做嵌入式开发十年了，19年来的杭州": a place said only as where the named work is done;
                    # the count is the work's, and a start said for Hangzhou itself outranks it (no conflict to ask)
                    add(out, "_place_carried", d.years)
                # ("我做直播运营，之前在义乌干了两年": a count of the job named just before is that job's, not a past one)
                # ("2004年到2010年在物业当电工，2010年开始做电梯安装维修": a closed stretch is a past job's, as 之前 says)
                # ("之前在老家干了三年，一七年来的杭州做数据开发": 之前 with no work named is the same work earlier)
                if not same and not job_before and not _TURN.search(masked) and (
                        index < turn or _BEFORE.search(masked) and named or closed):
                    add(out, "_past_field", d.years)  # "之前开了五年出租，后来学的电工": not the trade's years
            # a province said without a city ("以前在广东干了十年") is a place too, for a move said after it
            # "在杭州待了两年又去了深圳": a place after the span that one went on to is not where the span was spent
            at = d.start - lo
            cities = [(ctx[a:b], city, province) for a, b, city, province in cities_in(ctx)
                      if a < at or not _ONWARD.search(ctx[at:a])] or (
                [("杭州", "杭州", "浙江省")] if own_place == "years_full_time_in_hangzhou" else []) or [
                (ctx[a:b], province, province) for a, b, province in provinces_in(ctx)] or [  # 来杭两年
                (m.group(), m.group(), "") for m in [AWAY_UNNAMED.search(ctx)] if m]  # "之前在老家做了一年": a place away
            if cities and "兼职" not in ctx:
                name, city, province = cities[-1]
                # "回来又在杭州做了六年": a stay after a return is another stay in the same place, not the same one said again
                again = bool(_AGAIN.search(masked[:d.start]))
                parts.append({"years": d.years, "span": d.span or (d.years, d.years), "city": city, "ctx": ctx,
                              "again": again,
                              "before": bool(_BEFORE.search(masked)) or bool(closed) or index < moved,
                              "later": bool(_LATER.search(masked)),
                              "place": name, "whole": name.rstrip("市") == city, "zj": province == "浙江省",
                              "province": province,
                              # "之前在义乌两年，也是做电商运营": the clause after says the work there was the same
                              "work": counted or named or stay or bool(FIELD_VERBS.search(ctx) or re.search(r"工作|上班", ctx))
                              or bool(after) and bool(_SAME_WORK.search(after[0])) and _names_job(after[0], names_title),
                              # the span was read as the trade's own count above (a Hangzhou one is only its floor)
                              "field": counted and place != "years_full_time_in_hangzhou"})
    _compose(out, parts)
    for p in parts:  # each span placed in a city, for a start said elsewhere in the message to add to (resolve)
        add(out, "_prior", PriorSpan(p["years"], p["city"], p["zj"], p["work"], p["before"], p["later"], same, p["ctx"]))
    return out


# the work said before its verb, the count after it ("在杭州电焊干了十八年", "萧山数控开了十三年"): the object fronted
_FRONTED = re.compile(r"(?P<o>[\u4e00-\u9fffA-Za-z]{2,5})(?P<v>[干做搞开当])(?:了|过)?(?:快|近|将近|差不多|有)?$")


def _fronted_object(head: str) -> str | None:
    """The job named by an object said before its verb of work, the count after: "在杭州电焊干了" -> 干电焊 (the
    words after the last place named, read as verb + object by the part-of-speech reader); None for a place, an
    adverb or a pronoun there ("在杭州一直干了", "这行干了")."""
    from assistant.extract.places import cities_in

    m = _FRONTED.search(head)
    if not m:
        return None
    said = m["o"]
    places = [b for _a, b, *_ in cities_in(head) if b > m.start("o")]
    said = head[max(places):m.end("o")] if places else said
    said = re.sub(r"^(?:的|里|上|在|那边|这边|那儿|这儿)+", "", said)
    return judge.work_object(m["v"] + said) if len(said) >= 2 else None


def _in_zhejiang(text: str) -> bool:
    """Whether ``text`` places a stay in Zhejiang outside Hangzhou: the province or a city said (``PLACE_ZJ``), or any
    county or town of the province the gazetteer knows ("在桐乡一家化纤厂…干了十六年", "诸暨的袜厂", "乐清做低压电器"),
    which the city list alone missed, so the years there were nobody's."""
    if PLACE_ZJ.search(text):
        return True
    from assistant.extract.places import ZHEJIANG, cities_in

    return any(province == ZHEJIANG and city != "杭州" for _, _, city, province in cities_in(text))


# back in a place after time away ("回来又在杭州做了六年", "又回到萧山干了两年"): a stay of its own
_AGAIN = re.compile(r"回来|又回|再回|重新回|回到|又在|再在|又去了?(?=杭州|萧山)")
# before coming to a place ("来杭州之前", "到萧山以前", "调来滨江前"): that place is where one went next
_BEFORE_COMING = re.compile(r"(?:来|到|去|回|调)(?:来|到|去)?(?P<p>[\u4e00-\u9fff]{2,4}?)(?:之前|以前|前(?![0-9一二两三四五六七八九十]))")
# a move on after a span ("…两年又去了深圳", "…三年后调到宁波"): the place after it is the next stay's
_ONWARD = re.compile(r"(?:去|到|调|跳槽|转|搬|回)(?:了|到|去|往)?[^,，。]{0,2}$")
# "在这干了5年": here, the place the clause before named
_HERE_SAID = re.compile(r"在这(?:里|边|儿)?(?![些个几么样家])|在(?:我们|咱们?|俺们|这个|这家|本)(?:这边|这里)?(?:厂|公司|单位|店|车间|企业)(?:里)?")
_UNIT_WORD = re.compile(r"厂|公司|单位|店|车间|企业")
# a clause that places the unit itself ("单位是萧山一家纺织厂", "我们厂在桐庐", "公司在余杭")
_UNIT_SEAT = re.compile(r"(?:单位|公司|厂子?|企业|店|集团)(?:就|也|一直)?(?:是|在|位于|设在)")
# "之前在宁波干了五年", "原来在富阳造纸厂干了8年": a span said to come before the present job
_BEFORE = re.compile(r"之前|以前|原来|原先|早先|早年|当初|先在")
_LATER = re.compile(r"后来|现在|目前|如今|现如今")

def _moving_on() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """The two readings of moving on (``language/data/moving_on.json``): a move said by its verb and where it goes,
    and a change of employer (又 or said outright; "2020年才到杭州", "然后到杭州" are starts the other readers date)."""
    t = data_json("moving_on.json")
    moved = re.compile(f"(?:{words_pattern(t['verbs'])})(?:{words_pattern(t['towards'])})")
    employer = re.compile(f"(?:{words_pattern(t['again'])})(?:{words_pattern(t['again_verbs'])})"
                          f"|{words_pattern(t['employer'])}"
                          f"|(?:{words_pattern(t['change'])})(?:{words_pattern(t['change_objects'])})")
    return moved, employer


_MOVED_ON, _NEXT_EMPLOYER = _moving_on()
# a turn to the present work: a later time, or a change of trade said outright (转行, 改行, 退伍以后)
_TURN = re.compile(r"后来|现在|目前|如今|转行|改行|转做|转岗|换行|(?:退伍|转业|退役|毕业)(?:以后|之后|后)")
# "继续干焊工", "之前在北京也干了三年", "后来到了杭州，又干了3年", "同样的活": the work before a move is the work after it
# ("都是做运维", "两边都干电工": the one work said of both stays)
_SAME_WORK = re.compile(r"继续|接着|同样|一样|[也又都](?:是|在)?[干做搞]|还是[干做搞]|老本行|同行|这行|跳槽")


# "在余杭5年了", "在阿里五年", "我在这家厂都十年": a stay somewhere, the clause's words before its count
_STAY = re.compile(r"^(?:我|俺)?(?:已经|都|也)?在[^,，。了过]{1,10}?(?:已经|都|也|有|快|将近|差不多)?$")


def place_came_to(text: str) -> str | None:
    """The place a message says one came to ("来杭州之前在苏州做了四年，一九年过来的": 杭州), for a move said later
    without its place; None where it names none or more than one."""
    from assistant.extract.places import cities_in

    found = {m["p"] for m in _BEFORE_COMING.finditer(text) if cities_in(m["p"])}
    return found.pop() if len(found) == 1 else None


# a clause of work that says no time, count or place of its own and is not about another job
_NOT_BARE = re.compile(r"[0-9〇零一二两三四五六七八九十]|年|月|之前|以前|原来|后来|现在|以后|过|兼职|想|要|打算|准备|在")


# a count of time since one came, with no place ("才过来五个月", "来了才半年", "调过来八个月了"): come to the workplace
_CAME_HERE = re.compile(r"(?:调|搬|跳槽)?(?:过来|来了|来这边|到这边|来这里|到这里)(?:了)?(?=(?:才|刚|快|有|已经|都)?"
                        r"(?:[0-9一二两三四五六七八九十半几]))")


def _came_to_workplace(clause: str, said: list[str], later: list[str], where: str | None) -> str:
    """``clause`` with a bare arrival before a count placed at the workplace the message names (the last place said
    before it outside a clause of the past, else the first said after it: "我在丽水一家阀门厂做铸造…才过来五个月" is
    five months in 丽水, "从武汉跳槽过来一年多，在余杭做芯片验证" a year in 余杭), or the one the conversation knows
    (``where``); unchanged when no workplace is known or the clause names a place it came to."""
    from assistant.extract.places import cities_in, is_origin

    m = _CAME_HERE.search(clause)
    if not m or _BEFORE.search(clause) or _ELSEWHERE.search(clause) \
            or any(not is_origin(clause, a) for a, *_ in cities_in(clause)):
        return clause
    now = [t for t in reversed(said) if t and not _BEFORE.search(t) and not _ELSEWHERE.search(t)]
    now += [t for t in later if not _BEFORE.search(t) and not _ELSEWHERE.search(t)]
    workplace = next((t[a:b] for t in now for a, b, *_ in cities_in(t)[-1:]), where or "")
    if not workplace:
        return clause
    return f"{clause[:m.start()]}在{workplace}全职{clause[m.end():]}"


def _counted_to(history: list[str], today) -> int | None:
    """The past year the count in the last clause of ``history`` is told as of: said at that clause's opening, or
    by the clause just before it when that one is only the year ("到一六年报名那会儿，我在杭州干了十二年")."""
    if today is None:
        return None
    said = as_of_year(history[-1], today)
    if said is None and len(history) > 1 and not durations(history[-2]):
        said = as_of_year(history[-2], today)
    return said


def _bare_work(clause: str) -> bool:
    return len(clause) <= 12 and not _NOT_BARE.search(clause)


# the verbs of any work ("在杭州干了八年" names the place, not a trade)
_ANY_WORK = re.compile(r"^(?:干|做|搞|弄|待|呆|工作|上班|打工|混)")


def _trade_verb(stretch: str) -> bool:
    """Whether ``stretch`` says a trade's own verb (焊, 修车, 烧电焊), not a verb of any work."""
    verb = judge.work_verb(stretch, trade=True)
    # the verb right before the count ("焊了二十年"), not one of the clause's other words ("我算算在杭刚好十年")
    return bool(verb) and not _ANY_WORK.match(verb) and bool(
        re.search(re.escape(verb) + r"(?:了|过)?(?:快|近|将近|差不多|大概|有)?$", stretch))


def _names_job(clause: str, by_title: Callable[[str], bool]) -> bool:
    """Does the clause name the asker's job ("做直播电商运营的", "女焊工"; "算法工程师" by ``by_title``, the
    occupation reader's test, passed in so that this module need not import ``work``)?"""
    return bool(FIELD_OBJECT.search(clause) or FIELD_SPECIFIC.search(clause) or judge.work_object(clause)
                or judge.work_verb(clause, trade=True) or by_title(clause))


# what a clause that is only a count may say besides the count ("到现在差不多六年了", "前前后后干了十几年")
# ("也就一年多", "才三年", "不过两年": a count said as short is still only a count)
# ("一干就是十四年", "这一做就是二十年": the idiom of a long stay at the work, only a count)
_COUNT_ONLY = re.compile(r"[了啦啊吧呀有个都已经差不多快近将满整是]|这?一(?=[干做待呆搞])|也就|就|才|只有|不过|干|做|待|呆|工作|上班|到现在|至今|到今年|今年|算下来|算起来|前前后后|"
                         r"前后|总共|一共|加起来|"
                         r"\((?:从|自)?[^()]{0,8}?(?:年|月)(?:起|开始|到现在|至今)?\)")  # "干了十一年（从2015年）": the aside dates it



def _counted(previous: list[str]) -> str:
    """The clauses a clause that is only a count ("干了18年", "十几年了") counts: back from the clause before it to
    the nearest that names a place, over clauses that only add an attribute ("我在宁波一家机械厂当钳工，高级技师，
    干了18年": 18 years in 宁波; "在嘉兴一家纺织厂上班，做挡车工，十几年了"); without a place, back to the
    nearest that describes work ("我搞算法的，工会会员，干了6年"), else the clause just before. The walk stops at a
    clause with a count of its own or about before or elsewhere (之前, 老家), and goes back three clauses at most."""
    from assistant.extract.places import cities_in

    chain: list[str] = []
    for text in reversed(previous):
        if not text or durations(text) or (chain and _ELSEWHERE.search(text)):
            break
        chain.insert(0, text)
        if cities_in(text) or PLACE_HZ.search(text) or PLACE_ZJ.search(text):
            return "，".join(chain)
    work = next((i for i in range(len(chain) - 1, -1, -1) if FIELD_OBJECT.search(chain[i])
                 or FIELD_SPECIFIC.search(chain[i]) or doing(chain[i])), None)
    return "，".join(chain[work:]) if work is not None else (previous[-1] if previous else "")


def add_years(out: Candidates, field: str, d) -> None:
    """A span's years as a candidate of ``field``, and its range (a hedged count) under ``_range_``+field."""
    add(out, field, d.years)
    if d.span is not None:
        add(out, "_range_" + field, (d.years, *d.span))


def _compose(out: Candidates, parts: list[dict]) -> None:
    """Spans in two or more different places add up: for the trade when each names work, for Hangzhou over its
    districts (在萧山干了5年，在余杭干了3年), for Zhejiang over its cities. The sums replace the parts' own readings,
    which were each only a piece of the whole."""
    places = {(p["place"], p["again"]) for p in parts}
    if len(parts) < 2 or len(places) != len(parts):
        return  # one place said twice: not disjoint periods (unless the second time is a return to it)
    if any(p["whole"] and q is not p and q["city"] == p["city"] and q["place"] != p["place"] for p in parts for q in parts) \
            and not all(p["city"] == "杭州" for p in parts):
        return  # a city and a district in it beside a third place: which contains which is unclear
    if any(p["city"] == p["province"] and q is not p and q["province"] == p["province"] for p in parts for q in parts):
        return  # "在宁波干了十年…在浙江一直干了十来年": the province said alone holds the city, not another stretch
    hz = [p for p in parts if p["city"] == "杭州"]
    whole = [p for p in hz if p["whole"]]
    if whole and len(parts) == len(hz):  # "在杭州干了8年，在滨江干了3年": the city's count is the whole of it
        for p in hz:
            if p is not whole[0]:
                _drop(out, "years_full_time_in_hangzhou", p["years"])
        return
    if len(hz) >= 2:
        for p in hz:
            _drop(out, "years_full_time_in_hangzhou", p["years"])
        _add_sum(out, "years_full_time_in_hangzhou", hz)
    work = [p for p in parts if p["work"]]
    if len(work) == len(parts):
        for p in parts:
            for name in ("years_in_field", "_floor_years_in_field"):
                if p["field"] or name == "_floor_years_in_field":
                    _drop(out, name, p["years"])
        _add_sum(out, "years_in_field", parts)
    zj = [p for p in parts if p["zj"]]
    if len(zj) >= 2 and len(hz) != len(zj):  # all in Hangzhou: its sum implies Zhejiang's
        for p in zj:
            if p["city"] != "杭州":
                _drop(out, "years_full_time_in_zhejiang", p["years"])
        _add_sum(out, "years_full_time_in_zhejiang", zj)


def _add_sum(out: Candidates, field: str, parts: list[dict]) -> None:
    total = round(sum(p["years"] for p in parts), 2)
    add(out, field, total)
    low, high = (round(sum(p["span"][i] for p in parts), 2) for i in (0, 1))
    if (low, high) != (total, total):
        add(out, "_range_" + field, (total, low, high))


def _drop(out: Candidates, field: str, value: float) -> None:
    if value in out.get(field, []):
        out[field].remove(value)
        if not out[field]:
            out.pop(field)
