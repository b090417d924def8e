"""Dates in colloquial Chinese, relative ones included (去年8月, 前年冬天, 18年底, 十年前, 2015年起), read by
jionlp's time parser with today as its time base. jionlp is imported on first use (about a second).

A date names a span ("2019年" is a whole year); where a start month decides a year count, callers take the
span's *last* month, so a threshold is never passed by a guess ("2019年来杭州" counts from 2019-12), and keep
its first month too (``When.start_bounds``): the dialogue checks both ends and asks for the month only when
the verdict depends on it.
"""

from __future__ import annotations

import datetime as dt
import logging
import re
import time
from dataclasses import dataclass

from assistant.dates import add_months

__all__ = ["EVENT_YEARS", "When", "date_the_move", "dates_in", "name_event_years", "name_school_years", "name_that_year",
           "only_date", "parse_when",
           "year_near"]

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class When:
    start: int  # position in the text
    end: int
    first: dt.date
    last: dt.date
    text: str

    @property
    def last_month(self) -> str:
        return f"{self.last.year}-{self.last.month:02d}"

    @property
    def year(self) -> int:
        return self.last.year

    def start_month(self, today: dt.date) -> str:
        """The month a thing said to start at this date started, read late: "2019年" -> 2019-12,
        "2015年起" (a span up to today) -> 2015-12, "2015年3月起" -> 2015-03, "去年8月" -> 2025-08."""
        if self.last >= today and self.first.year < today.year:
            month = self.first.month if "月" in self.text else 12
            return f"{self.first.year}-{month:02d}"
        return self.last_month

    def start_bounds(self, today: dt.date) -> tuple[str, str]:
        """The earliest and the latest month a thing said to start at this date may have started: "2019年" ->
        (2019-01, 2019-12), "2021年下半年" -> (2021-07, 2021-12), "去年8月" -> (2025-08, 2025-08). The latest is
        ``start_month``; the dialogue checks both ends and asks for the month only when they disagree."""
        return f"{self.first.year}-{self.first.month:02d}", self.start_month(today)


# "干了12年", "做了15年焊工", "工作12年了": a count of years, which the time parser reads as the year 2012. A bare
# short number of years (no 月/日/底/初, not four digits) with a duration word before or after it is no date;
# "12年拿的奖", "18年底来杭州" still are.
_SHORT_YEAR = re.compile(r"^[0-9０-９一二三四五六七八九十两]{1,3}年$")
_COUNT_BEFORE = re.compile(r"(?:了|干|做|工作|从事|待|呆|有|满|近|快|将近|已经|已|共|总共|一共|整整|足足|超过|不到|才)$")
_COUNT_AFTER = re.compile(r"^(?:了|多|整|半|以上|左右|上下|出头|的(?:时间|工龄|经验|经历)|工龄|经验)")


def _is_count(text: str, start: int, end: int, said: str) -> bool:
    return bool(_SHORT_YEAR.match(said)) and bool(_COUNT_BEFORE.search(text[max(0, start - 2):start])
                                                  or _COUNT_AFTER.match(text[end:end + 3]))


def _base(today: dt.date) -> float:
    return time.mktime((today.year, today.month, today.day, 12, 0, 0, 0, 0, -1))


def _day(stamp: str) -> dt.date:
    return dt.date.fromisoformat(stamp[:10])


# Months counted from this one: "上个月", "上上个月", "这个月", "本月", which jionlp 1.5's parser takes for illegal
# strings (it reads "1个月前", but as the blur of about a month, Sep-Oct). Read here against the same time base.
_MONTHS_BACK = re.compile(r"(?P<back>上{1,3})个?月(?!球|台)|(?:这|本|当)个?月(?![0-9一二两三四五六七八九十]|薪|工资|份?[0-9])")


# Half a year back ("半年前来的宁波", "大半年前调过来的"), which the parser blurs to a year (2025-11 to 2026-05 said on
# 2026-11-21: a start read a year back, so "在浙全职1年以上" stayed open). Read as the parser reads "六个月前" (the
# sixth and seventh months back); 大半年 is most of a year, seven to eleven months back. Not "一年半前", "上半年".
_HALF_YEAR_BACK = re.compile(r"(?<![上下0-9一二两三四五六七八九十])(?P<most>大)?半年(?:以)?前")
_HALF_YEAR_MONTHS = {"": (7, 6), "大": (11, 7)}  # months back to the earliest and the latest month


def _months_back(text: str, today: dt.date) -> list[When]:
    out = []
    for m in _MONTHS_BACK.finditer(text):
        first = add_months(today.replace(day=1), -len(m["back"] or ""))
        last = add_months(first, 1) - dt.timedelta(days=1)
        out.append(When(m.start(), m.end(), first, min(last, today), m.group()))
    for m in _HALF_YEAR_BACK.finditer(text):
        earliest, latest = _HALF_YEAR_MONTHS[m["most"] or ""]
        first = add_months(today.replace(day=1), -earliest)
        last = add_months(today.replace(day=1), 1 - latest) - dt.timedelta(days=1)
        out.append(When(m.start(), m.end(), first, last, m.group()))
    return sorted(out, key=lambda w: w.start)


# Parts of a year said in words the time parser does not know, as the season it does, letter for letter (so the
# positions it gives stay those of the text): "前年开春" is 前年春天 (February to early May), "过完年" is 年初的.
_SEASON_WORDS = {"开春": "春天", "初春": "春天", "早春": "春天", "春上": "春天", "入夏": "夏天", "入秋": "秋天",
                 "入冬": "年底", "过完年": "年初的", "过了年": "年初的", "春节后": "年初的",
                 # a fixed holiday with 后 is its month ("二四年国庆后到的杭州": October, not the year's end)
                 "国庆后": "十月份", "国庆过后": "十月中旬", "五一后": "五月份", "五一过后": "五月中旬", "元旦后": "一月份"}
_SEASON = re.compile("|".join(_SEASON_WORDS))


# "之前2017年就在杭州", "以前一七年在…": 之前 said before the year it dates, which the time parser joins to the year as
# "N years before" (N = 2017) and reads as today; the year alone is what was said. Two Chinese digits need 之/以
# ("前一二年" may be the first year or two), four Arabic ones do not.
_BEFORE_YEAR = re.compile(r"(?:之|以)前(?=[零〇一二三四五六七八九]{2}年)|(?:之|以)?前(?=(?:19|20)[0-9]{2}年)")


def dates_in(text: str, today: dt.date) -> list[When]:
    """Every date or span of dates in ``text`` that lies in the past (up to today)."""
    if not text:
        return []
    from assistant.extract.jio import jionlp as _jio

    jionlp = _jio()
    text = _SEASON.sub(lambda m: _SEASON_WORDS[m.group()], text)
    text = _BEFORE_YEAR.sub(lambda m: "，" * len(m.group()), text)  # positions kept
    counted = _months_back(text, today)
    for when in counted:  # the parser reads the rest, positions kept
        text = text[:when.start] + "，" * (when.end - when.start) + text[when.end:]

    logging.disable(logging.ERROR)  # the parser logs its own tracebacks for strings it cannot read
    try:
        found = jionlp.ner.extract_time(text, time_base=_base(today), with_parsing=True)
    except Exception as exc:  # the parser raises on odd input; a date not read is a fact not used
        log.debug("time parser failed: %s", exc.__class__.__name__)
        return counted
    finally:
        logging.disable(logging.NOTSET)
    out = []
    for item in found:
        detail = item.get("detail") or {}
        if detail.get("type") not in {"time_point", "time_span"} or not isinstance(detail.get("time"), list):
            continue
        try:
            first, last = _day(detail["time"][0]), _day(detail["time"][-1])
        except (ValueError, TypeError):
            continue
        if first > today or first.year < 1950:
            continue
        start, end = item["offset"]
        if _is_count(text, start, end, item["text"]):
            continue
        out.append(When(start, end, first, min(last, today), item["text"]))
    return sorted([*out, *counted], key=lambda w: w.start)


def parse_when(text: str, today: dt.date) -> When | None:
    """The one date a short reply names ("2019年3月", "去年"), or None."""
    found = dates_in(text, today)
    return found[0] if len(found) == 1 else None


_FULL_YEAR = re.compile(r"(?<![0-9])((?:19|20)[0-9]{2})年")
# words that may name a year without four digits: a relative one (去年, 前年冬天, 三年前) or a short one (08年)
# a year in words ("二五年", "一二年", "二〇二二年"); "干了五六年", "三四年前" are counts, not years (the word before or after
# says so: a verb of spending time, 快/近/差不多, or 多/来/前/后/左右/的时间 after)
_WORD_YEAR = re.compile(r"(?<![0-9〇零一二三四五六七八九十百千两几])((?:[一二][〇零九])?[〇零一二三四五六七八九]{2})年"
                        r"(?!代|级|多|前|后|间|左右|的时间|工龄|半|整|头|里|内)")
_COUNTED_BEFORE = re.compile(r"(?:了|干|做|当|待|呆|过|有|快|近|将近|差不多|大概|足足|整整|满|这|那|头|前|后|每)$")
_OTHER_YEAR = re.compile(r"去年|前年|今年|年前|上半年|下半年|(?<![0-9])[0-9]{2}年")


def year_near(text: str, pos: int, today: dt.date | None = None) -> int | None:
    """The year of the date said nearest before ``pos`` in ``text`` (else the first after it): a full year
    ("2019年") first, then, given ``today``, a relative or two-digit one by the time parser ("前年冬天",
    "08年获得过"; "干了18年" is a count, no date)."""
    years = [(m.start(), int(m.group(1))) for m in _FULL_YEAR.finditer(text)]
    if not years and today is not None and (_OTHER_YEAR.search(text) or _MONTHS_BACK.search(text)):
        years = [(w.start, w.first.year) for w in dates_in(text, today)]
    if not years and today is not None:  # "二五年我们这个项目拿了省科技进步奖": a year said in words, digit by digit
        from assistant.extract.numbers import year_from

        years = [(m.start(), y) for m in _WORD_YEAR.finditer(text)
                 if not _COUNTED_BEFORE.search(text, 0, m.start()) and (y := year_from(m.group(1), today))]
    before = [y for p, y in years if p < pos]
    after = [y for p, y in years if p >= pos]
    year = before[-1] if before else (after[0] if after else None)
    return year if year is not None and 1950 <= year <= 2100 else None


# A year named by what happened in it ("疫情那年来的杭州", "亚运会那年过来的", "疫情第二年"): one table of the events
# applicants date their moves by, each with its year (the year it began, for one that lasted: 疫情 is 2020).
EVENT_YEARS = {"疫情": 2020, "新冠": 2020, "新冠疫情": 2020, "亚运会": 2023, "杭州亚运会": 2023, "亚运": 2023,
               "G20": 2016, "G20峰会": 2016, "杭州峰会": 2016, "北京奥运会": 2008, "北京奥运": 2008, "汶川地震": 2008,
               "非典": 2003, "上海世博会": 2010, "世博会": 2010, "香港回归": 1997, "澳门回归": 1999, "千禧年": 2000}
_EVENT = re.compile(r"(?P<e>" + "|".join(sorted(map(re.escape, EVENT_YEARS), key=len, reverse=True)) + r")"
                    r"(?:开始|爆发|举办|召开|开)?的?(?:那一?年|当年|(?:第|头)(?P<n>[一二两三四五1-5])(?:个)?年(?:头)?|头一年"
                    # a year counted from it ("疫情前一年来的杭州": 2019; "亚运会后两年": 2025)
                    r"|(?P<d>前|后|之前|之后|以前|以后)(?P<k>[一二两三四五1-5])年)")


# The asker's own events, dated in one clause and used as a date in another ("大学毕业就留在杭州了，2014年毕业的";
# "退伍就来了萧山，17年退的伍"): the event said with its year, and the same event said without one
_OWN_EVENT = "毕业|退伍|转业|复员|退役"
# ... dated before it ("2014年毕业的") or after it ("毕业是2012年", "退伍那年是2015年")
# (a year said in words too: "零三年毕业的", "毕业那年是一四年")
_OWN_YEAR = r"(?:19|20)[0-9]{2}|(?<![0-9])[0-9]{2}|(?<![〇零一二三四五六七八九十])(?:[一二][〇零九])?[〇零一二三四五六七八九]{2}"
_OWN_DATED = re.compile(r"(?P<y>" + _OWN_YEAR + r")年[^，,。0-9年]{0,6}?(?P<e>" + _OWN_EVENT + r"|退的伍)"
                        r"|(?P<e2>" + _OWN_EVENT + r")(?:的时间|的时候|那年|那一年|时间)?(?:是|在)(?:在)?"
                        r"(?P<y2>" + _OWN_YEAR + r")年")
# ... and undated where it starts what follows: a move, a join, or the work itself ("技校毕业就干这个", "毕业后一直干")
_OWN_UNDATED = re.compile(r"(?<![年0-9])(?:大学|大专|研究生|硕士|本科|中专|技校|职高|高中)?(?P<e>" + _OWN_EVENT + r")"
                          r"(?=(?:后|以后|之后|那年|那一年)?(?:就|便|直接)?(?:一直)?(?:来|到|留|进|回|去|分配|干|做|搞|从事|当|入行|学))")
_ORDINAL = {"一": 1, "两": 2, "二": 2, "三": 3, "四": 4, "五": 5}
# ... or the years it lasted, as a stretch from its year ("疫情那两年回老家了" -> 2020年到2022年): a stay away that the
# timeline and the gaps reader place between the stays around it
_EVENT_SPAN = re.compile(r"(?P<e>" + "|".join(sorted(map(re.escape, EVENT_YEARS), key=len, reverse=True)) + r")"
                         r"的?那(?P<n>[两二三四五2-5])年")


def _span_count(n: str) -> int:
    return int(n) if n.isdigit() else _ORDINAL[n]


def name_event_years(text: str) -> str:
    """``text`` with a year named by an event written as that year ("疫情那年来的杭州" -> "2020年来的杭州", "疫情第二年"
    -> "2021年"; "大学毕业就留在杭州了，2014年毕业的" -> "2014年大学毕业就留在杭州了，…"), so the readers of starts and
    results read it as a year said."""
    def year(m: re.Match) -> str:
        if m["d"]:
            k = _span_count(m["k"])
            return f"{EVENT_YEARS[m['e']] + (-k if '前' in m['d'] else k)}年"
        n = int(m["n"]) if (m["n"] or "").isdigit() else _ORDINAL.get(m["n"] or "", 1)
        return f"{EVENT_YEARS[m['e']] + n - 1}年"

    text = _EVENT.sub(year, text)
    text = _EVENT_SPAN.sub(lambda m: f"{EVENT_YEARS[m['e']]}年到{EVENT_YEARS[m['e']] + _span_count(m['n'])}年", text)
    dated: dict[str, str] = {}
    for m in _OWN_DATED.finditer(text):
        event = m["e"] or m["e2"]
        dated.setdefault("退伍" if event == "退的伍" else event, m["y"] or m["y2"])
    if dated:
        def dated_here(m: re.Match) -> str:  # not where the year is said already ("2014年大学毕业")
            said = re.search(r"年[^，,。]{0,6}$", m.string[:m.start()])
            return m.group() if said or m["e"] not in dated else f"{dated[m['e']]}年{m.group()}"

        text = _OWN_UNDATED.sub(dated_here, text)
    return text


# A year named by a child's schooling ("孩子上小学那年我们搬来杭州，孩子今年上三年级"): the stage's first year, counted back
# from the grade the child is in now. A school year starts in September, so in November 2026 a 三年级 pupil started in
# September 2024. The stages and their grades are one table; the grade may be said in full (三年级, 初二) or alone.
_STAGES = {"幼儿园": ("小班", "中班", "大班"), "小学": ("一年级", "二年级", "三年级", "四年级", "五年级", "六年级"),
           "初中": ("初一", "初二", "初三"), "高中": ("高一", "高二", "高三"), "大学": ("大一", "大二", "大三", "大四")}
_CHILD = r"(?:孩子|小孩|儿子|女儿|闺女|娃|老大|老二|小的|大的|宝宝)"
_STAGE_BEGAN = re.compile(rf"{_CHILD}?(?:刚|正好)?(?:上|读|进|念)(?P<stage>幼儿园|小学|初中|高中|大学)(?:的)?(?:那一?年|那会儿?|那时候?)")
_GRADE_NOW = re.compile(rf"(?:{_CHILD}[^，,。]{{0,4}}?)?(?:今年|现在|目前|已经|都)(?:都|已经|也|才)?(?:上|读|念|是)?"
                        r"(?:小学|初中|高中)?(?P<grade>[一二三四五六]年级|初[一二三]|高[一二三]|大[一二三四]|小班|中班|大班)")


def name_school_years(text: str, today: dt.date) -> str:
    """``text`` with a year named by a child's schooling written as that year ("孩子上小学那年我们从成都搬来杭州，孩子今年
    上三年级" -> "2024年我们从成都搬来杭州，…"), where the message says the grade the child is in now; else as it is."""
    began = _STAGE_BEGAN.search(text)
    now = _GRADE_NOW.search(text)
    if not began or not now:
        return text
    # the stages follow one another, so a grade of a later stage counts back over the stages between ("上小学那年…
    # 今年读初二": six years of 小学 and one of 初中, so 小学 began seven Septembers back)
    ladder = [grade for grades in _STAGES.values() for grade in grades]
    first = ladder.index(_STAGES[began["stage"]][0])
    if now["grade"] not in ladder or ladder.index(now["grade"]) < first:
        return text
    school_year = today.year if today.month >= 9 else today.year - 1  # the September this school year began
    year = school_year - (ladder.index(now["grade"]) - first)
    out = f"{text[:began.start()]}{year}年{text[began.end():]}"
    return _drop_said_of_child(out, now["grade"])


# what a clause that only says a child's grade or age may hold besides it ("儿子今年读初二", "他今年上高二了")
_CHILD_CLAUSE_REST = re.compile(rf"(?:{_CHILD}|我|俺|他|她|家|的|今年|现在|目前|已经|都|也|才|上|读|念|是|了|岁|周岁|\s)*")


def _drop_said_of_child(text: str, said: str) -> str:
    """``text`` without the clause that says only the child's grade or age (``said``), once it has dated the
    start: that clause is no fact of the asker's, and left in, its child made the message read as about the child
    (its facts, the asker's own, were all dropped)."""
    for m in re.finditer(r"[^，,。！!？?；;]+[，,。！!？?；;]?", text):
        clause = m.group().rstrip("，,。！!？?；;")
        if said in clause and re.search(_CHILD + "|他|她", clause) \
                and _CHILD_CLAUSE_REST.fullmatch(clause.replace(said, "", 1)):
            return (text[:m.start()] + text[m.end():]).rstrip("，,")
    return text


# A count told by a child's age ("干这行的年头比我儿子岁数还大，儿子今年二十五了", "在杭州的年头跟我闺女一样大"): the
# comparison, then the child's age said in another clause; more than the age (大, 长, 多, 久) or as much (一样, 差不多)
_KIN = rf"(?:{_CHILD}|孙子|孙女|外孙|外孙女)"
_THAN_KIN = re.compile(rf"(?:的)?(?:年头|年数|时间|工龄|年限|年份)?(?:都|也|已经)?(?P<cmp>比|跟|和|同)(?:我|俺)?(?:家)?(?P<who>{_KIN})"
                       r"(?:的)?(?:岁数|年纪|年龄|年岁)?(?:都|还|更|要)?(?P<how>大|长|多|久|一样|差不多)(?:大|长|久)?")
_KIN_AGE = r"(?:今年|现在|目前|已经|都|也)*(?P<n>[1-9][0-9]?|[一二三四五六七八九十]{1,3})(?:岁|周岁)?(?:了)?"


def name_kin_counts(text: str) -> str:
    """``text`` with a count told by a child's age written as the count ("干这行比我儿子岁数还大，儿子今年二十五了" ->
    "干这行超过25年"), and the clause of the child's age dropped: it is no fact of the asker's, and left in, its
    child's age read as the asker's own (born in 2000). Unchanged where the age is not said."""
    from assistant.extract.numbers import to_number

    m = _THAN_KIN.search(text)
    if not m or (m["cmp"] == "比") != (m["how"] in ("大", "长", "多", "久")):
        return text  # "比…一样" or "跟…大" is no comparison said
    age = re.search(re.escape(m["who"]) + _KIN_AGE + r"(?=[，,。！!？?；;\s]|$)", text[m.end():])
    n = to_number(age["n"]) if age else None
    if n is None or not 1 <= n <= 60:
        return text
    count = f"超过{int(n)}年" if m["cmp"] == "比" else f"{int(n)}年"
    out = text[:m.start()] + count + text[m.end():]
    return _drop_said_of_child(out, age.group()[len(m["who"]):])


def dated_by_kin(text: str, today: dt.date) -> str:
    """``text`` with a child's grade or age that dates a start or tells a count written as the year or the count, and
    its clause dropped (``name_school_years``, ``name_kin_counts``): for a reader of who a message is about, which
    would take "儿子今年二十五" in a reply about one's own years for a turn to the son."""
    return name_kin_counts(name_school_years(text, today))


# any other event of a working life an age may date ("50岁退休以后厂里一直返聘她"): an age then, never one's age now
_LIFE_EVENTS = "退休|内退|退下来|结婚|毕业|退伍|参军|转业"
# the school a graduation is from, said between the age and the event ("二十二岁本科毕业就进了…")
_SCHOOL = "(?:本科|大学|大专|专科|中专|职高|技校|高中|初中|研究生|硕士|博士)?"
_AGE_AT_EVENT = re.compile(r"(?<![0-9一二两三四五六七八九十])(?:[1-9][0-9]|[二三四五六]十[一二三四五六七八九]?)岁"
                           rf"(?:那年|时|的时候)?(?:就|才|便|刚)?(?={_SCHOOL}(?:{_LIFE_EVENTS}))")
# an age at which the work began ("18岁进厂当学徒", "十六岁就跟师傅学木工", "二十岁那年来的杭州"): dated by the birth
_AGE_STARTED = re.compile(r"(?<![0-9一二两三四五六七八九十])(?P<n>[1-3]?[0-9]|[一二三]?十[一二三四五六七八九]?|[一二三四五六七八九])岁"
                          r"(?:那年|那会儿?|时|的时候)?(?:就|才|便|刚)?(?=(?<=[就便])在|进|入|来|到|当|学|参加|出来|开始|干|做|跟|拜|上班|工作|去"
                          rf"|{_SCHOOL}(?:{_LIFE_EVENTS}))")


# an age said of now just before the number ("现在", "今年"): one's own age, no start's
_BARE_AGE_NOW = re.compile(r"现在|今年|目前|如今")
# one's age now said without 岁 ("现在都五十了", "今年四十二"), read only beside a start's age
_AGE_NOW_BARE = re.compile(r"(?:现在|今年|如今|目前)(?:我|俺)?(?:都|已经|也)?(?:快|刚)?"
                           r"(?P<n>[1-9][0-9]|[二三四五六七八九]十[一二三四五六七八九]?)(?:岁|周岁)?(?:了)?(?=[，,。！!]|$)")
# ... or said after the start it dates ("学厨是十七岁", "进厂那年十六", "入行的时候才二十"): the starts of a working life
# (an apprenticeship, a join, the first job) as one class, then the age, up to the clause's end or 岁
_AGE_NUMBER = r"(?P<n>[1-3]?[0-9]|[一二三]?十[一二三四五六七八九]?|[一二三四五六七八九])"
_AGE_AFTER = re.compile(r"(?P<act>进厂|入行|入的行|进的厂|参加工作|出来(?:打工|工作|干活|做事)|(?:当|做)(?:的)?学徒|拜师|"
                        r"(?:跟(?:着)?(?:师傅|师父))?学(?!习|历|校|生|位|费|车|会|员|院|期|分|科|术|时|籍|堂|问|者|的)"
                        r"[\u4e00-\u9fff]{1,3}?|开始(?:干|做|学)[\u4e00-\u9fff]{0,3}?|(?:干|做|入|进)(?:这行|这一行|本行)"
                        # a move said with 那年/的时候 ("来杭州那年我二十"): the move's year
                        r"|(?:来|到)(?:的|了)?[\u4e00-\u9fff]{2,3}?(?=那一?年|的时候))"
                        r"(?:的时候|那年|那一年|那会儿?|时)?(?:我|俺)?(?:是|才|刚|就|都)?(?:满)?"
                        rf"(?<![0-9一二两三四五六七八九十]){_AGE_NUMBER}(?:岁|周岁)?(?=[，,。！!]|$)")


def name_age_years(text: str, today: dt.date) -> str:
    """``text`` with the age a start is dated by written as its year ("我72年的，18岁进厂当学徒" -> "…，1990年进厂当
    学徒"), where the rest of the message says one birth year or one present age; else as it is. The age said is the
    start's, not one's own now: read as one, it contradicted the birth year and both were lost."""
    from assistant.extract.numbers import to_number
    from assistant.extract.people import read_birth
    from assistant.extract.text import normalize, segments

    found = list(_AGE_STARTED.finditer(text))
    after = [m for m in _AGE_AFTER.finditer(text) if not _BARE_AGE_NOW.search(text, m.start("n") - 3, m.start("n"))]
    if not found and not after:
        # an age at a life event past the ages a start is said at ("50岁退休"): no age now, whatever the birth
        return _AGE_AT_EVENT.sub(lambda m: m.group()[m.group().index("岁") + 1:], text)
    rest = _AGE_STARTED.sub(lambda m: "□" * len(m.group()), text)
    rest = _AGE_AFTER.sub(lambda m: "□" * len(m.group()), rest) if after else rest
    said = read_birth(segments(normalize(rest)), today)
    births = {y for y, _ in said.get("_birth", [])}
    ages = set(said.get("_age", []))
    if not births and not ages:
        # beside a start's age, "现在四十二了" is one's own age now, though said without 岁
        ages = {int(n) for m in _AGE_NOW_BARE.finditer(rest) for n in [to_number(m["n"])] if n is not None and 16 <= n <= 90}
    if len(births) == 1 and not ages:
        born = births.pop()
    elif len(ages) == 1 and not births:
        born = today.year - ages.pop()  # "我今年50岁，20岁开始学厨": born about fifty years back
    else:
        # undated, an age at a life event is still no age now: "50岁退休" read as one's age put the birth in 1976
        return _AGE_AT_EVENT.sub(lambda m: m.group()[m.group().index("岁") + 1:], text)
    out, at = [], 0
    for m in sorted([*found, *after], key=lambda m: m.start()):
        n = to_number(m["n"])
        year = born + int(n) if n is not None else None
        if year is None or not 1950 <= year <= today.year or m.start() < at:
            continue
        if m.re is _AGE_AFTER:  # "学厨是十七岁" -> "2008年学厨"
            out.append(f"{text[at:m.start()]}{year}年{m['act']}")
            at = m.end()
            continue
        out.append(f"{text[at:m.start()]}{year}年")
        at = m.end("n") + 1 + len(re.match(r"(?:那年|那会儿?|时|的时候)?", text[m.end("n") + 1:]).group())
    return "".join(out) + text[at:]


# the words a clause that only dates what the clause before said may have besides its date ("2023年的", "时间是
# 2019年", "那是21年", "大概是前年吧")
_DATE_FILLER = re.compile(r"^(?:时间|日期|年份)?(?:是|为|在)?(?:那是|是在|大概|大约|应该)?(?:是|在)?|(?:的时候|的事|的事情|的|吧|左右|那会儿?|那年)*$")
_TWO_DIGIT_YEAR = re.compile(r"(?P<y>[0-9]{2})年")


def only_date(clause: str, today: dt.date) -> int | None:
    """The year of a clause that says nothing but a date ("2023年的", "时间是2019年", "21年", "前年的事"), else None:
    it dates what the clause before it said."""
    from assistant.extract.numbers import year_from

    core = _DATE_FILLER.sub("", clause.strip("。！!，, "))
    if not core:
        return None
    two = _TWO_DIGIT_YEAR.fullmatch(core)
    if two:
        return year_from(two["y"], today)
    found = dates_in(core, today)
    if len(found) == 1 and found[0].start == 0 and found[0].end == len(core) and found[0].first.year == found[0].last.year:
        return found[0].first.year
    return None


# A move dated by the end of the stay before it ("在上海…干到21年6月，然后回杭州了", "做到2019年底，之后来的萧山"): the
# end's date is the move's
_DATE = r"(?:(?:19|20)?[0-9]{2}年(?:(?:1[0-2]|0?[1-9])月份?)?(?:底|初|末)?|去年(?:(?:1[0-2]|0?[1-9])月份?)?|前年(?:(?:1[0-2]|0?[1-9])月份?)?)"
_ENDED_THEN = re.compile(rf"(?:干|做|待|呆|上班|工作)?(?:到|至)(?P<d>{_DATE})(?:离职|辞职|为止|结束)?(?:的时候)?[，,]"
                         r"(?P<then>然后|之后|后来|随后|接着|再|才|就)(?:就|又|才)?(?=(?:回|来|到|调|搬)(?![0-9]))")


def date_the_move(text: str) -> str:
    """``text`` with a move said right after the end of a stay dated by that end ("干到21年6月，然后回杭州了" ->
    "…然后21年6月回杭州了"), so the readers of starts read it as a move said with its date."""
    return _ENDED_THEN.sub(lambda m: m.group() + m["d"], text)


# "那年", "那一年", "同年": the year the message named before (else right after: "那年我刚到杭州，是2012年"), not
# "那年头", "那年代" (those days) or "同年龄"; 当年 is left alone: it is as often "back then" (a past job's word)
# (not one the year says right after it, "结婚那年一七年跟老公来的杭州": that year is written already, and writing it
# again, "2017年一七年", leaves the start unread)
_THAT_YEAR = re.compile(r"(?:那一?年(?![头代纪级龄])|同一?年(?![龄级纪代]))(?!\s*(?:[0-9]{2,4}|[〇零一二三四五六七八九]{2,4})年)")


# "到那时候", "截至那会儿": a count up to the time named before ("一六年那届…到那时候干了快三十年" counts to 2016)
_TO_THAT_TIME = re.compile(r"(?P<to>到|截至|截止到?)那(?:个)?(?:时候?|会儿?)")


def name_that_year(text: str, today: dt.date) -> str:
    """``text`` with a year referred back to ("2012年我从安徽过来，那年我刚到杭州", "前年拿了技师证，同年进了这家厂",
    "一六年那届…到那时候干了快三十年") written as the year it refers to (``year_near``: the date said nearest before,
    else the first after), so the readers of starts, results and counts as of a past year read it as said; one with
    no year named stays as it is."""
    for m in sorted([*_THAT_YEAR.finditer(text), *_TO_THAT_TIME.finditer(text)], key=lambda m: -m.start()):
        year = year_near(text[:m.start()] + "，" * (m.end() - m.start()) + text[m.end():], m.start(), today)
        if year is not None:
            text = f"{text[:m.start()]}{m['to'] if 'to' in m.re.groupindex else ''}{year}年{text[m.end():]}"
    return text
