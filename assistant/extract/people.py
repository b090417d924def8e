"""Readers for facts about the person and the job: birth/age, years, union, employment, city, digital work.

Each reader takes the clauses (``Segment``) and returns candidates ``{field: [value, ...]}``; the package's
``__init__`` resolves several values for one field (a contradiction, or a priority rule).

Birth-date conventions: an age is turned into the *earliest* birth month that still gives that age today
(the oldest the person can be, so an upper age limit is never passed by a guess); a birth year without a
month is read as January of that year, for the same reason. ``虚岁`` and ``X0后`` are not read.
"""

from __future__ import annotations

import datetime as dt
import re
from collections import defaultdict
from collections.abc import Callable
from typing import NamedTuple

from assistant.extract import judge
from assistant.extract.numbers import durations, month_from, to_number, year_from
from assistant.extract.patterns import (
    ASKS_DIGITAL,
    DIGITAL_TERMS,
    EMPLOYED,
    EMPLOYMENT_RULES,
    FIELD_OBJECT,
    FIELD_SPECIFIC,
    FIELD_VERBS,
    NATIONALITY,
    NOT_DIGITAL,
    PLACE_HZ,
    PLACE_ZJ,
    STATUS_TALK,
    UNION_NO,
    UNION_YES,
    WORK_WORDS,
)
from assistant.extract.plausibility import BORN, BORN_INTRO
from assistant.extract.text import Segment, blank, blank_all, mask

__all__ = ["Candidates", "PriorSpan", "add", "add_years", "read_birth", "read_years", "read_union", "read_employment",
           "read_city", "read_nationality", "read_digital", "birth_month_for_age", "full_years"]

Candidates = dict[str, list]


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

_Y4 = r"(?P<y>(?:19|20)[0-9]{2}|[一二][〇零一二三四五六七八九]{3})"
_Y2 = r"(?P<y>[0-9]{2}|[〇零一二三四五六七八九]{2})"
_M = r"(?P<m>1[0-2]|0?[1-9]|十[一二]?|[一二三四五六七八九])"
_BIRTH = (
    re.compile(rf"{_Y4}年(?:{_M}月份?)?(?:[0-9]{{1,2}}[日号])?{BORN}"),
    re.compile(rf"{BORN_INTRO}{_Y4}(?:年|[.\-/])?(?:{_M}月?)?"),
    re.compile(rf"{_Y4}[.\-/]{_M}(?:[.\-/][0-9]{{1,2}})?{BORN}"),
    re.compile(rf"(?:^|我是?|俺是?|本人是?){_Y4}年的人?$"),
    re.compile(rf"(?:^|我是?|俺是?|本人是?){_Y2}年(?:{_M}月份?)?(?:{BORN}|的人?$)"),
)
_AGE = re.compile(r"(?P<a>[0-9]{1,3}|[一二三四五六七八九十]{1,3})(?:周岁|岁)"
                  # "我今年四十二", "今年42了": an age said after 今年 without 岁
                  r"|(?<=今年|现年)(?:已经|都)?(?P<b>[1-9][0-9]|[二三四五六七八九]十[一二三四五六七八九]?|十[六七八九])(?=了|啦|啊|$)")
_AGE_AFTER_NO = re.compile(r"^(?:以下|以上|以内|及以|之前|之后|前|后|左右|上下|那|时|开始|起|就|的[人员同职申青]|"
                           r"到|至|-|~|或|多|出头)")
_AGE_BEFORE_NO = re.compile(r"(?:超过|超|过|不超过|未满|不满|低于|高于|大于|小于|不到|差|快|近|将近|虚岁|年满|满)$")

_YEAR_SPAN_AFTER_OK = re.compile(r"^前(?:来|到|开始|入行|进入|就|端)")


def add(out: Candidates, field: str, value) -> None:
    out.setdefault(field, []).append(value)


def full_years(born: dt.date, today: dt.date) -> int:
    """Age in full years (周岁) on ``today``."""
    return today.year - born.year - ((today.month, today.day) < (born.month, born.day))


def birth_month_for_age(age: int, today: dt.date) -> str:
    """The earliest ``YYYY-MM`` whose first day makes someone ``age`` full years old on ``today``."""
    year = today.year - age - 1
    for month in range(1, 13):
        if full_years(dt.date(year, month, 1), today) == age:
            return f"{year}-{month:02d}"
    return f"{year + 1}-01"


def read_birth(segs: list[Segment], today: dt.date) -> Candidates:
    """``_birth``: (year, month or None); ``_age``: full years."""
    out: Candidates = defaultdict(list)
    year_said: int | None = None  # the last year named so far: "2016年首届杭州工匠，我那年42岁"
    for seg in segs:
        said = [int(y) for y in re.findall(r"(?<![0-9])((?:19|20)[0-9]{2})年", seg.text)]
        if not seg.asserts:
            year_said = said[-1] if said else year_said
            continue
        text = seg.text
        for pattern in _BIRTH:
            for m in pattern.finditer(text):
                year = year_from(m["y"], today)
                if year is not None:
                    out["_birth"].append((year, month_from(m.groupdict().get("m"))))
                text = blank(text, m)
        for m in _AGE.finditer(text):
            before, after = text[max(0, m.start() - 4):m.start()], text[m.end():m.end() + 3]
            if _AGE_AFTER_NO.match(after) or (_AGE_BEFORE_NO.search(before) and not before.endswith("满")):
                continue
            if before.endswith("满") and not seg.self_ref:
                continue
            age = to_number(m["a"] or m["b"])
            if age is None or not 16 <= age <= 100:
                continue
            then = _THEN.search(text[:m.start()])
            year = said[-1] if said and then else year_said if then else None
            if year is not None:  # an age in a year named before it ("那年42岁"): born that many years before it
                out["_birth"].append((year - int(age), None))
                out["_then_year"].append(year)  # and the message speaks as of that year
            elif not then:
                out["_age"].append(int(age))
        year_said = said[-1] if said else year_said
    return dict(out)


_THEN = re.compile(r"那年|那一年|当年|那时候?|那会儿?|当时")


_ALWAYS = re.compile(r"一直|始终|都在|从来都在")
# a side line beside the main job: "业余兼职…", "兼职在外面做点直播"
SIDE_JOB = re.compile(r"(?:业余|下班|周末|平时|另外|顺便|还)[^,，。]{0,4}兼职|兼职[^,，。]{0,3}(?:在外面|做点|搞点|赚点|接点|接些|做些|搞些)"
                      r"|副业")
_ELSEWHERE = re.compile(r"之前|以前|外地|老家|别的|其他")


def read_years(segs: list[Segment], names_title: Callable[[str], bool]) -> Candidates:
    """Spans of time, assigned to Hangzhou, Zhejiang and/or the field by the words around each span.

    Full-time work in two different cities was done in two different periods, so spans placed in different
    cities add up ("在杭州干了3年，之前在上海干了4年": 7 in the trade, 3 in Hangzhou; with 宁波 instead of 上海, 7 in
    Zhejiang too). A span in Hangzhou that names the work ("在富阳干了12年一线") is also a floor of the trade's
    years (``_floor_years_in_field``): the trade's count said on its own may be larger, never smaller. A hedged
    count keeps its range under ``_range_``+field (see ``numbers``). ``names_title`` is the occupation reader's test
    of a clause naming a job by its title (``work.names_occupation``), passed in since ``work`` imports this module."""
    from assistant.extract.places import cities_in, provinces_in

    out: Candidates = {}
    history: list[str] = []
    parts: list[dict] = []  # spans placed in a city: {years, city, province, hz, work}
    for index, seg in enumerate(segs):
        # "一直在杭州全职，在一家汽配厂做钳工，干了11年" / "干了16年，…，一直在宁波": the place of an always-there
        # clause within two clauses of the span carries to it.
        before = history[-2:][::-1]
        history.append(mask(seg.text) if seg.asserts else "")
        carried = before[0] if before else ""
        behind = next((t for t in before if _ALWAYS.search(t) and (PLACE_HZ.search(t) or PLACE_ZJ.search(t))), "")
        if not _ALWAYS.search(carried) and behind:
            carried = behind
        after = [mask(s.text) for s in segs[index + 1:index + 3] if s.asserts]
        ahead = next((t for t in after if _ALWAYS.search(t) and (PLACE_HZ.search(t) or PLACE_ZJ.search(t))), "")
        if not _ALWAYS.search(carried) and ahead:
            carried = ahead
        if not seg.asserts:
            continue
        masked = mask(seg.text)
        if re.search(r"赛|奖|届|岁", masked):
            continue
        here = _HERE_SAID.search(masked)
        named = cities_in(before[0]) if here and before and not cities_in(masked) else []
        if named:  # "我在萧山的工厂当质检员，在这干了5年": 这 is the place the clause before named
            masked = masked[:here.start()] + "在" + before[0][named[-1][0]:named[-1][1]] + masked[here.end():]
        spans = durations(masked)
        if len(spans) == 1 and before and not _COUNT_ONLY.sub("", masked[:spans[0].start] + masked[spans[0].end:]):
            # "在建德干了一辈子钳工，三十多年": a clause that is only a count belongs to the clause before it, and so
            # does one that is only the work's verb and a count ("我在萧山一家厂干钳工，干了快十五年了")
            verb_only = bool(FIELD_VERBS.search(masked))  # "…，干了12年": the count is of the work, wherever it is
            masked = _counted(history[-4:-1]) + "，" + masked
            spans = durations(masked)[-1:]
        else:
            verb_only = False
        # "我在杭州待了快十年了，一直做电工": the always-clause after the count names the work
        work_ahead = bool(after) and bool(_ALWAYS.search(after[0])) and bool(
            FIELD_OBJECT.search(after[0]) or FIELD_SPECIFIC.search(after[0])) and not (
            PLACE_HZ.search(after[0]) or PLACE_ZJ.search(after[0]))
        for i, d in enumerate(spans):
            if masked[d.end:d.end + 1] == "前" and not _YEAR_SPAN_AFTER_OK.match(masked[d.end:]):
                continue  # "3年前在杭州工作过" is not three years in Hangzhou (but "做了六年前端开发" is six years)
            lo = spans[i - 1].end if i else 0
            hi = spans[i + 1].start if i + 1 < len(spans) else len(masked)
            ctx = masked[lo:hi]
            place = None
            if "兼职" not in ctx:
                place = ("years_full_time_in_hangzhou" if PLACE_HZ.search(ctx)
                         else "years_full_time_in_zhejiang" if PLACE_ZJ.search(ctx) else None)
            own_place = place
            if place is None and i == 0 and _ALWAYS.search(carried) and "兼职" not in carried + ctx \
                    and not _ELSEWHERE.search(ctx) and not re.search(r"[0-9〇零一二三四五六七八九]{2,4}年|去年|今年|前年", carried):
                place = ("years_full_time_in_hangzhou" if PLACE_HZ.search(carried)
                         else "years_full_time_in_zhejiang" if PLACE_ZJ.search(carried) else None)
            # "在建德一家化工厂管中控室十几年了": a verb of work with its object names the job, as 做电工 does
            # "开了十二年叉车", "干了10年电焊": the object after the count names the job, as "开叉车" does
            named = bool(FIELD_SPECIFIC.search(ctx) or FIELD_OBJECT.search(ctx) or judge.work_object(ctx)
                         or judge.work_object(masked[lo:d.start] + masked[d.end:hi]))
            if _LIVED.search(ctx) and not _doing(_LIVED.sub("", ctx)):
                continue  # "在杭州住了十年": years of living there, not of work
            if place:
                add_years(out, place, d)
            # "一直在宁波做模具，12年了": the always-there clause that carries the place names the work too
            work_carried = bool(place) and (work_ahead or not own_place and bool(
                FIELD_SPECIFIC.search(carried) or FIELD_OBJECT.search(carried)))
            # "我是做直播电商运营的，在杭州干了6年": the clause just before names the job, so the years in the place
            # are years of that job too (a bare "在杭州干了8年" still names only the place)
            job_before = bool(before) and bool(FIELD_OBJECT.search(before[0])) and not named
            # "做直播电商运营的，在余杭5年了", "算法工程师，做推荐系统，在阿里五年": a stay at a place or an employer,
            # said right after the job, is the job's count (with no verb of its own, "在杭州8年" alone is the place's)
            stay = bool(before) and bool(_STAY.match(masked[lo:d.start])) and not _COUNT_ONLY.sub(
                "", masked[d.end:hi]) and _names_job(before[0], names_title)
            if "兼职" not in ctx and (named or (_doing(ctx) and (not own_place or job_before or verb_only))
                                      or work_carried or stay):
                add_years(out, "_floor_years_in_field" if place == "years_full_time_in_hangzhou" else
                           "years_in_field", d)
            # a province said without a city ("以前在广东干了十年") is a place too, for a move said after it
            cities = [(ctx[a:b], city, province) for a, b, city, province in cities_in(ctx)] or (
                [("杭州", "杭州", "浙江省")] if own_place == "years_full_time_in_hangzhou" else []) or [
                (ctx[a:b], province, province) for a, b, province in provinces_in(ctx)] or [  # 来杭两年
                (m.group(), m.group(), "") for m in [_AWAY.search(ctx)] if m]  # "之前在老家做了一年": a place away
            if cities and "兼职" not in ctx:
                name, city, province = cities[-1]
                parts.append({"years": d.years, "span": d.span or (d.years, d.years), "city": city, "ctx": ctx,
                              "before": bool(_BEFORE.search(masked)), "later": bool(_LATER.search(masked)),
                              "place": name, "whole": name.rstrip("市") == city, "zj": province == "浙江省",
                              "province": province,
                              "work": named or stay or bool(FIELD_VERBS.search(ctx) or re.search(r"工作|上班", ctx)),
                              "field": own_place != "years_full_time_in_hangzhou" and (
                                  named or stay or (_doing(ctx) and not own_place))})
    _compose(out, parts)
    same = any(_SAME_WORK.search(mask(s.text)) for s in segs if s.asserts)
    for p in parts:  # each span placed in a city, for a start said elsewhere in the message to add to (resolve)
        add(out, "_prior", PriorSpan(p["years"], p["city"], p["zj"], p["work"], p["before"], p["later"], same, p["ctx"]))
    return out


# "在这干了5年": here, the place the clause before named
_HERE_SAID = re.compile(r"在这(?:里|边|儿)?(?![些个几么样])")
# a place away said without its name ("在老家做了一年", "在外地干了三年"): not Hangzhou, not said to be Zhejiang
_AWAY = re.compile(r"老家|外地|外省|省外|家乡|别的城市|外面")
# "之前在宁波干了五年", "原来在富阳造纸厂干了8年": a span said to come before the present job
_BEFORE = re.compile(r"之前|以前|原来|原先|早先|早年|当初|先在")
_LATER = re.compile(r"后来|现在|目前|如今|现如今")
# "继续干焊工", "之前在北京也干了三年", "同样的活": the work before a move is the work after it
_SAME_WORK = re.compile(r"继续|接着|同样|一样|也[干做搞]|还是[干做搞]|老本行|同行|这行|跳槽")


# "在余杭5年了", "在阿里五年", "我在这家厂都十年": a stay somewhere, the clause's words before its count
_STAY = re.compile(r"^(?:我|俺)?(?:已经|都|也)?在[^,，。了过]{1,10}?(?:已经|都|也|有|快|将近|差不多)?$")


def _names_job(clause: str, by_title: Callable[[str], bool]) -> bool:
    """Does the clause name the asker's job ("做直播电商运营的", "女焊工"; "算法工程师" by ``by_title``, the
    occupation reader's test, passed in since ``work`` imports this module)?"""
    return bool(FIELD_OBJECT.search(clause) or FIELD_SPECIFIC.search(clause) or judge.work_object(clause)
                or judge.work_verb(clause, trade=True) or by_title(clause))


# living, growing up or studying in a place: years there are not years of work
_LIVED = re.compile(r"住|生活|定居|长大|读书|上学|念书|读大学|落户")
# what a clause that is only a count may say besides the count ("到现在差不多六年了", "前前后后干了十几年")
_COUNT_ONLY = re.compile(r"[了啦啊吧呀有个都已经差不多快近将满整是]|干|做|待|呆|工作|上班|到现在|至今|到今年|今年|算下来|算起来|前前后后|"
                         r"前后|总共|一共|加起来")


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
                 or FIELD_SPECIFIC.search(chain[i]) or _doing(chain[i])), None)
    return "，".join(chain[work:]) if work is not None else (previous[-1] if previous else "")


def _doing(ctx: str) -> bool:
    """Does the text around a count say doing the work: 干/做/搞/从事, or any verb of work ("管中控室十几年",
    "在电厂值班十几年了"; not "在杭州住了十年")? Judged by parts of speech (``judge.work_verb``)."""
    return bool(FIELD_VERBS.search(ctx) or judge.work_verb(ctx, trade=True))


def add_years(out: Candidates, field: str, d) -> None:
    """A span's years as a candidate of ``field``, and its range (a hedged count) under ``_range_``+field."""
    add(out, field, d.years)
    if d.span is not None:
        add(out, "_range_" + field, (d.years, *d.span))


def _compose(out: Candidates, parts: list[dict]) -> None:
    """Spans in two or more different places add up: for the trade when each names work, for Hangzhou over its
    districts (在萧山干了5年，在余杭干了3年), for Zhejiang over its cities. The sums replace the parts' own readings,
    which were each only a piece of the whole."""
    places = {p["place"] for p in parts}
    if len(parts) < 2 or len(places) != len(parts):
        return  # one place said twice: not disjoint periods
    if any(p["whole"] and q is not p and q["city"] == p["city"] for p in parts for q in parts) \
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


# A clause about someone else's membership ("我老公是工会会员") says nothing of the asker's; the asker's own
# word after it ("我自己不是", "我也是") answers about the asker.
_OTHER_SUBJECT = re.compile(r"^(?:我的?|俺的?)?(?:老公|老婆|爱人|丈夫|妻子|媳妇|对象|爸爸?|妈妈?|父亲|母亲|儿子|女儿|同事|"
                            r"师傅|徒弟|朋友|领导|家里人|他们|她们|他|她)")
_SELF_AFTER = re.compile(r"^(?:但|可|可是|不过|而)?(?:我|俺)(?:自己|本人)?(?:倒)?(?P<also>也)?(?P<no>不是|没有?|没入|没加入|没参加)?"
                         r"(?:是|入了|加入了)?(?:会员)?$")


# a joining verb whose object was said in the clause before ("单位有工会，我早就入了", "单位没有工会，我也就没入")
_JOINED_IT = re.compile(r"(?:入|加入|参加|加|进)(?:了|过|的)?(?:吧|啊|呀|啦)?$")


def read_union(segs: list[Segment]) -> Candidates:
    """union_member, from the union said in the clause, or in the clause before when this one only joins ("…工会，
    我也就没入": the object left out is the union)."""
    out: Candidates = {}
    other: bool | None = None  # the membership of the other person named in the clause before, if any
    topic = False  # the clause before spoke of the union
    for seg in (s for s in segs if s.asserts or s.other):  # the other's, for "我也是"
        text = seg.text
        if topic and "工会" not in text and _JOINED_IT.search(text) and "年" not in text \
                and not judge.says_unknown(text) and not re.search(r"有没有|是不是", text):
            text = text + "工会"  # ("…还不是工会会员，2018年才入的": when, for a programme's year, is left as it was)
        topic = "工会" in seg.text
        if _OTHER_SUBJECT.match(text) and (UNION_YES.search(text) or UNION_NO.search(text)):
            other = not UNION_NO.search(text)
            continue
        if seg.other:
            continue
        said, other = other, None
        m = _SELF_AFTER.match(text)
        if m and said is not None and len(text) <= 8:
            if m["no"]:
                add(out, "union_member", False)
            elif (m["also"] and said) or (not said and re.search(r"是|入了|加入了", text)):  # 我也是 / (他不是,) 我是
                add(out, "union_member", True)
            continue
        if UNION_NO.search(text):
            add(out, "union_member", False)
        text = blank_all(UNION_NO, text)
        m = UNION_YES.search(text)
        if m and not judge.denied_before(text, m.start(), 2):
            add(out, "union_member", True)
    return out


def read_employment(segs: list[Segment]) -> Candidates:
    """employment, employer_type, rehired, role_type: from the table, for the present only."""
    out: Candidates = {}
    # any talk of a status (even a past one) leaves the status to be said, not inferred from a workplace
    status_talk = any(STATUS_TALK.search(s.text) and not SIDE_JOB.search(s.text) for s in segs)
    for seg in (s for s in segs if s.current):
        text = mask(seg.text)
        m = EMPLOYED.search(text)
        if m and not status_talk and not judge.denied_at(text, m.start(), m.end()):
            add(out, "_employed", True)
        for pattern, updates in EMPLOYMENT_RULES:
            for m in pattern.finditer(text):
                if judge.denied_before(text, m.start()):
                    if updates.get("rehired"):  # "也不是返聘", "没被返聘": said not to be rehired
                        add(out, "rehired", False)
                    continue
                for field, value in updates.items():
                    add(out, field, value)
                text = blank(text, m)
    return out


_WORK_PLACE = re.compile(r"在|来|到|于|赴|留|公司|单位|企业|工厂|厂|集团|研究院|研究所|民企|国企|私企|央企|医院|学校|"
                         r"上班|工作|就业|全职|干|做|当|打拼|发展|待|呆|从事|车间|门店|店|基地|园区|科技|网络|有限")
_BREAK = re.compile(r"但|却|而|可是|不过")
_PLACE_OF_OTHERS = re.compile(r"(?:老家|家乡|户口|籍贯|出生|毕业[于自在]?$|读书|上学|大学|学院|比赛|竞赛|大赛|去|出差|旅游)")


# a place right after a verb of making or selling is the product's origin ("做绍兴黄酒", "卖金华火腿", "炒西湖龙井")
_MAKES = re.compile(r"(?:做|卖|酿|炒|制|制作|加工|生产|销售|经营|烧)$")


# where the employer is ("公司在杭州", "单位注册在滨江", "我们厂在嘉兴"): the city the programmes ask about (在杭州市内
# 单位), over where the asker is posted; a group's head office ("总部在上海") only when no other place is said
_SEAT = re.compile(r"(?:公司|单位|厂|企业|集团|东家|机构|医院|学校|店|注册|执照|分公司|子公司|分厂|工作室)(?:的)?(?:地址|注册地|营业执照)?"
                   r"(?:是|也|就|都)?(?:注册|开|设|位于|落)?(?:在|于)$")
_HEAD_OFFICE = re.compile(r"总部(?:是|也|就)?(?:设)?在$")
# where the asker is day to day, apart from the employer ("人在海宁", "常驻绍兴的项目上", "派驻到宁波")
_POSTED = re.compile(r"(?:人|本人|自己)(?:一直|常年|长期|平时|基本上?|都|主要|其实)*在$|(?:常驻|派驻|驻扎|驻|外派|借调)(?:在|到|去)?$")


def read_city(segs: list[Segment]) -> Candidates:
    """The city of the present job: a place named in a present-tense clause about work, mapped to its city
    by jionlp's gazetteer (萧山 -> 杭州, 北仑 -> 宁波); "来杭"/"在杭" are 杭州. Where the employer is and where the
    asker works are two facts: "公司在杭州但人在海宁", "注册在滨江，我常驻绍兴的项目上" give the employer's city
    (杭州), and the place one is posted to as ``_posted_city``, never merged into it."""
    from assistant.extract.places import cities_in, is_origin

    out: Candidates = {}
    side: list[str] = []  # the city of a part-time job, used only when no other job names a city
    seats: list[str] = []
    heads: list[str] = []
    posted: list[tuple[str, str]] = []  # (the place as said, its city)
    for seg in (s for s in segs if s.current):
        text = mask(seg.text)
        found = []
        for start, end, city, _province in cities_in(text):
            if judge.denied_before(text, start, 2) or _PLACE_OF_OTHERS.search(_BREAK.split(text[max(0, start - 4):start])[-1]) \
                    or is_origin(text, start):
                continue  # "户口在安徽"; but "外地户口但在西湖区上班": the 但 ends what 户口 said
            lead = text[max(0, start - 10):start]
            if _MAKES.search(lead):
                continue  # "在杭州做绍兴黄酒", "卖金华火腿": the place names the product, not where one works
            if _SEAT.search(lead):
                seats.append(city)
            elif _HEAD_OFFICE.search(lead):
                heads.append(city)
                continue
            elif _POSTED.search(lead):
                posted.append((text[start:end], city))
            found.append(city)
        found += ["杭州" for _ in re.finditer(r"(?:在|来|到|赴|留)杭(?!州)", text)]
        if _LIVED.search(text) and not _doing(_LIVED.sub("", text)):
            continue  # "在杭州读书四年": not where one works
        if found and _WORK_PLACE.search(text):
            if "兼职" in text and not re.search(r"全职|主业|本职", text):
                side.append(found[-1])
            else:
                add(out, "employer_city", found[-1])
    if seats:  # the employer's place said outright: the others are where one is posted or lives
        out["employer_city"] = seats[-1:]
        out["_posted_city"] = [p for p in posted if p[1] != seats[-1]][-1:]
    elif heads and not out and not side:
        add(out, "employer_city", heads[-1])  # "公司总部在上海": the only place of the employer said
    if side and not out.get("employer_city"):
        add(out, "employer_city", side[-1])
    return {k: v for k, v in out.items() if v}


def read_nationality(segs: list[Segment]) -> Candidates:
    out: Candidates = {}
    label = False  # "国籍：中国": the clause before was the form's label alone
    for seg in (s for s in segs if s.asserts):
        text = ("国籍" if label else "") + seg.text
        label = seg.text.strip() in {"国籍", "国籍是", "国籍为"}
        m = NATIONALITY.search(text)
        if m and not judge.denied_before(text, m.start(), 2):
            add(out, "nationality", m["n"] or m["m"] or "外国")
    return out


# a digital thing used as a tool ("天天用财务软件做报表", "通过小程序接单"): the trade that uses it is not digital work
# (issue 13: a traditional trade that merely uses an app is still no)
_TOOL = re.compile(r"(?P<use>(?:用|使用|借助|通过|利用|靠|会用|学会了?用))[^,，。用]{0,6}?(?:" + DIGITAL_TERMS.pattern + ")",
                   re.IGNORECASE)


def read_digital(segs: list[Segment]) -> Candidates:
    """True when a statement about one's own work names a digital-economy field; False when it denies it."""
    out: Candidates = {}
    for seg in segs:
        text = mask(seg.text)
        if seg.question and not (seg.injected or seg.hypothetical) and ASKS_DIGITAL.search(text) and (
                seg.self_ref or re.search(r"这|我们|俺们", text)):  # of one's own work, not "焊工属于数字经济吗"
            add(out, "_asks_digital", True)  # "我这个算数字经济行业吗": asked, for the answer to say
        if not seg.asserts or SIDE_JOB.search(text) or (seg.question and ASKS_DIGITAL.search(text)):
            continue  # "兼职在外面做点直播": a side line, not the work the programmes ask about
        if NOT_DIGITAL.search(text):
            add(out, "is_digital_economy", False)
            continue
        text = _TOOL.sub(lambda m: m.group("use") + "□" * (m.end() - m.end("use")), text)
        if DIGITAL_TERMS.search(text) and WORK_WORDS.search(text) and not re.search(r"不是做|不做|没做", text):
            add(out, "is_digital_economy", True)
    return out

