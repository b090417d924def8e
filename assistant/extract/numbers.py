"""Numbers in colloquial Chinese: numerals (八、十二、两、一九八八), years, and durations (两年半, 一年零三个月).

Conventions (the checker compares years with ``>=``, so a duration is read as the lower bound of what was
said, and a hedge that puts it *below* a round number stays below it):
- ``X年多`` / ``X余年`` / ``十几年`` / ``十来年`` / ``X年以上`` / ``满X年`` -> X (the lower bound).
- ``快X年`` / ``近X年`` / ``将近`` / ``不到`` / ``不足`` / ``没满`` / ``X年左右`` -> X - 0.5
  (for less than a year: half of it). "快五年了" is 4.5: below 5, so a 5-year rule is not met outright.
- ``差不多X年`` (and ``大概`` / ``大约`` / ``约``, which no hedge reads) -> X: the speaker's own round figure for the
  count, said as the count ("差不多四年" is 4, not 3.5).
- ``第X年`` / ``第X个年头`` (in one's Xth year) -> X - 1, the completed years; ``X个年头`` is X years.
- ``X几年`` with X one digit (九几年, 八几年, 零几年) is a decade of the calendar, no count (``work.start_span`` dates it).

A hedged count also keeps the range it allows, ``span`` = (lowest, highest), so the chat can check both ends and
decide only when the whole range is on one side of a threshold (``chat.case.months``, as for a start said by year):
- ``X年多`` / ``X年有余`` -> [X, X+1); ``X多年`` / ``X余年`` / ``X几年`` with X a round ten (二十多年, 十几年) ->
  [X, X+10); ``X来年`` (十来年) -> [0.9X, 1.3X); ``X年出头`` -> [X, X+1+X/10).
- ``X年以上`` / ``超过`` / ``至少`` / ``不止`` -> [X, X+10): the top is open, so a higher rule stays open.
- ``不到`` / ``不足`` / ``没满`` (said below X) -> [X-1, X) (X under 2: [X/2, X)); ``快`` / ``将近`` / ``接近`` / ``近`` /
  ``小`` (小二十年: nearing X) -> [X-1, X]: how near is unknown, and by the deadline it may be X, so a rule at X is
  open (needs_review), not failed, while one at X-1 or below is met and one above X failed; ``左右`` / ``上下`` ->
  X ± max(0.5, X/10). "将近十年" is 9 to 10, held as 9.5.
- Two neighbouring numbers are a span from one to the other: ``三四年`` -> [3, 4] (read as 3, never 34), ``十五六年``
  -> [15, 16], ``一二十年`` -> [10, 20], ``三五年`` -> [3, 5].
- ``满X年``, ``第X年``, ``两年半``, ``一年零三个月`` and plain counts are exact (no span).
- Months count as twelfths: ``18个月`` -> 1.5, ``一年零三个月`` -> 1.25. Values are rounded to 2 places.
- More than ``MAX_SPAN_YEARS`` (a working life, the limit the chat names to the user) is not a span.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from assistant.extract.patterns import CLOSED_RANGE
from assistant.extract.plausibility import MAX_SPAN_YEARS

__all__ = ["COUNT_HEDGES", "START_AFTER", "NUM", "CN_DIGITS", "cn_to_int", "to_number", "year_from", "bare_year", "digit_years", "month_from", "Duration", "durations"]

CN_DIGITS = {"〇": 0, "零": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}
CN_UNITS = {"十": 10, "百": 100, "千": 1000}
NUM = r"(?:[0-9]+(?:\.[0-9]+)?|[〇零一二两三四五六七八九十百千]+)"

# words said before a count that hedge it or stress it: a phrase before them ("干物流差不多四年") ends there
COUNT_HEDGES = r"差不多|大概|大约|约莫|约|将近|接近|快|近|足足|整整|满|有"
_BELOW = r"快|将近|接近|近|差不多|还不到|不到|不足|没满|未满|不满|还差|超过|至少|不少于|不止|起码|小(?=[一二两三四五六七八九十])"
_DURATION = re.compile(
    rf"(?P<ord>第)?(?P<below>{_BELOW})?(?:有)?(?:满|整整|整)?(?P<n>{NUM}|半)(?P<more>多|余|几|来(?=年|个月))?"
    rf"(?P<unit>年(?!头)|个月|个?年头)(?P<half>半)?(?:零?(?P<m>{NUM})多?个月)?(?P<tail>多|以上|有余|不到|不足|左右|上下|出头)?"
    r"(?:(?<=多)一?点)?"  # "三年多点", "五年多一点": 多 said with 点 is 多
)
_ABOVE = {"超过", "至少", "不少于", "不止", "起码"}  # prefixes that give a floor, not a ceiling
_BELOW_HEDGES = {"快", "将近", "接近", "近", "还不到", "不到", "不足", "没满", "未满", "不满", "还差", "小"}
_NEARING = {"快", "将近", "接近", "近", "小"}  # nearing X: the top is X itself, the boundary unknown
# What may follow ``X年`` when X年 is a date or a calendar word, not a span of time.
_NOT_SPAN_AFTER = re.compile(r"(?:底|初|末|度|代(?!码)|级|龄|纪|轻|薪|会|终|月|\d)")  # (七年代码: the years, then 代码)
# "一年省了三百多万", "一年少停运几十次", "一年能创效益…": a yield per year said of a deed, a rate, no span of work
_RATE_AFTER = re.compile(r"(?:就|能|可|都|要|又)?(?:省|节约|节省|节能|创|增|减|少[停用花跑出]|降|提高|提升|产|挣|赚|带来)")
# 88年出生, 八八年的: a 2-digit birth year; 16年那次, 21年那届, 16年的那次: a round named by its year; 16年那会儿,
# 16年那时候, 16年那阵: a time then ("16年那会儿还在一线"), not 16 years
_YEAR_AFTER = re.compile(r"(?:出生|生人|生$|生的|的$|那[次届一轮回批会时阵年]|的那)")
# 16年那个杭州工匠, 21年的首席技师评选: a programme's round named by its two-digit year, before the programme (□□: a
# programme's name the caller masked)
_ROUND_AFTER = re.compile(r"(?:那个|那时候?的?|的|评的)?[^，,。？?]{0,4}?(?:工匠|首席技师|评选|评比|称号|□{2})")
# (前后, 先后, 前前后后 before a count total it: "干这行前后十几年" is a span, unlike 后年)
_NOT_SPAN_BEFORE = re.compile(r"(?:今|去|前|明|(?<![前先后])后|每|当|同|近几|这几|那|从|自)$")  # 从10年开始: since 2010
# 我18年到杭州, 我05年进厂: a bare two-digit year the asker did something in, not a span (a wrong span of 18
# years would pass a 10-year rule that 8 real years fail). "15年来" (for 15 years) stays a span.
START_AFTER = re.compile(r"(?:进(?!行|步|口|一步)|入的?职|参加的?工作|毕业|开始|起|到|进入|加入|入的?行|调入|调到|调来|调过来|调回|"
                          r"搬来|搬到|搬回|搬过来|跳槽到|跳槽来|又回|回到|退伍|退的伍|转业|"
                          r"复员|退役)")
_SUBJECT_BEFORE = re.compile(r"(?:^|我|本人|是|在)$")
# "22年硕士毕业就进来了", "19年大学毕业来的": a bare two-digit year opening the clause, then who or what, then the
# event. A count opening a clause is followed by 了/来/的/多 or by nothing ("22年了", "15年来一直…"), not by an event
_DATE_THEN_EVENT = re.compile(r"(?!了|来|的|多|以|左|上|整|半)[^,，。了]{1,5}?" + START_AFTER.pattern)
# Where a bare two-digit year is a date whoever the subject: "干到16年" / "做到19年" (until that year; 不到, 快到 are
# hedges of a count, read as such above), "14年□□" (a masked contest or honour name right after it: "14年全国技能大赛"),
# "这行19年入的", "九八年进的厂", "技师18年考的" (the year, then the verb of starting or obtaining, then 的: a count
# comes after its verb, "入行19年", never before it with 的)
_UNTIL_BEFORE = re.compile(r"(?:(?<![达快没不])到|直到|至)$")
# ... and opening a clause, then "also, still, back then" ("16年也天天在车间", "19年还在苏州", "16年那会儿"): a date
# ("22年我还在写代码": the speaker named between the year and 还, a past-dated post, no count of 22 years)
_THEN_AFTER = re.compile(r"(?:我|俺|本人)?(?:也|还|那会|那时|的时候|时候)")
# where a year opens what is said next: the clause's start, or right after a count that closed with 了 ("做了四十年了16年的
# 时候还在车间": a space the writer left between the two was dropped)
_COUNT_CLOSED = re.compile(r"[年月岁]了$")


# "…返聘她16年的时候还在车间": a two-digit year, then "back then", is a date wherever it stands, unless a verb of the
# count goes before it ("干了16年的时候": when sixteen years were done)
_BACK_THEN = re.compile(r"(?:的时候|那会|那时)")
_COUNTED_BEFORE = re.compile(r"(?:了|干|做|满|过|第)$")


def _opens(before: str) -> bool:
    return not before or bool(_COUNT_CLOSED.search(before))


_VERB_DE_AFTER = re.compile(r"(?:就|才|又|刚)?(?:入|进|开始|毕业|调|考|拿|评|退|转)[^,，。的了]{0,2}的")


def cn_to_int(text: str) -> int | None:
    """``十二`` -> 12, ``两`` -> 2, ``一百零五`` -> 105, ``一九八八`` -> 1988 (digit by digit), by cn2an."""
    if not text or any(ch not in CN_DIGITS and ch not in CN_UNITS for ch in text):
        return None
    if not any(ch in CN_UNITS for ch in text):
        return int("".join(str(CN_DIGITS[ch]) for ch in text))  # 〇五 is "05", a two-digit year
    try:
        import cn2an

        return int(cn2an.cn2an(text, "smart"))
    except (ValueError, TypeError):  # cn2an rejects malformed numerals (十十); fall back to the plain reading
        pass
    total, current = 0, 0
    for ch in text:
        if ch in CN_DIGITS:
            current = CN_DIGITS[ch]
        else:
            total += (current or 1) * CN_UNITS[ch]
            current = 0
    return total + current


def to_number(text: str) -> float | None:
    """An Arabic or Chinese numeral as a number; None if it is neither."""
    if not text:
        return None
    if re.fullmatch(r"[0-9]+(?:\.[0-9]+)?", text):
        return float(text)
    value = cn_to_int(text)
    return float(value) if value is not None else None


def year_from(text: str, today: dt.date) -> int | None:
    """A 4-digit year (Arabic or Chinese digits), or a 2-digit one read as the latest past year it can be."""
    value = cn_to_int(text) if not text.isdigit() else int(text)
    if value is None:
        return None
    if len(text) == 2:
        century = today.year // 100 * 100
        value = century + value if century + value <= today.year else century - 100 + value
    return value if 1900 <= value <= today.year else None


# two digits said one by one that count years, not name one: neighbours ("二三年", "四五年") and the idiom 三五年
_COUNT_PAIRS = {"三五"}


def bare_year(numeral: str, today: dt.date) -> int | None:
    """The year a numeral said alone names, when its shape can only be a year: four digits ("二〇〇五", "2005"), two
    Chinese digits said one by one ("〇三", "一三", "九八": thirteen years is 十三, so 一三 is 2013), two Arabic digits
    with a leading zero ("05") or more than a working life ("98"). None for a count ("13", "十三") and for two
    neighbouring Chinese digits, a span of years ("二三" is two or three), and for a year outside a working life."""
    digits = "".join(_CN_DIGIT.get(c, c) for c in numeral)
    if not re.fullmatch(r"[0-9]{2}|[0-9]{4}", digits) or "两" in numeral:
        return None
    if len(digits) == 2:
        chinese = not numeral.isdigit()
        if chinese and digits[0] != "0" and (int(digits[1]) == int(digits[0]) + 1 or numeral in _COUNT_PAIRS):
            return None
        if not chinese and digits[0] != "0" and int(digits) <= MAX_SPAN_YEARS:
            return None
    year = year_from(digits, today)
    return year if year is not None and year >= today.year - MAX_SPAN_YEARS else None


_CN_FULL_YEAR = re.compile(r"(?<![〇零一二三四五六七八九十])([一二][〇零一二三四五六七八九]{3})(?=\s*年)")
_CN_DIGIT = {c: str(i) for i, c in enumerate("〇一二三四五六七八九")} | {"零": "0"}


def digit_years(text: str) -> str:
    """``text`` with each four-digit year said in Chinese digits ("二〇二四年") written in Arabic ones ("2024年"):
    the readers of a year in a question (a premise's "since" year, a form's date) read digits."""
    return _CN_FULL_YEAR.sub(lambda m: "".join(_CN_DIGIT[c] for c in m.group(1)), text)


# a two-digit year said with its month ("二三年一月份", "23年1月"): a date, not a count of years ("干了二三年")
_SHORT_DATED_YEAR = re.compile(r"(?<![0-9〇零一二三四五六七八九十])([0-9]{2}|[〇零一二三四五六七八九]{2})(?=\s*年\s*"
                               r"(?:[0-9]{1,2}|[一二三四五六七八九十]{1,3})\s*月)")


def dated_short_years(text: str, today: dt.date) -> str:
    """``text`` with each two-digit year said with a month written as four digits ("二三年一月" -> "2023年一月"), the
    latest year it can be up to ``today`` (year_from); the readers of a date in a question read four-digit years."""
    def four(m: re.Match) -> str:
        digits = "".join(_CN_DIGIT.get(c, c) for c in m.group(1))
        year = year_from(digits, today)
        return str(year) if year else m.group(1)
    return _SHORT_DATED_YEAR.sub(four, text)


def month_from(text: str | None) -> int | None:
    if not text:
        return None
    value = to_number(text)
    return int(value) if value is not None and 1 <= value <= 12 and value == int(value) else None


@dataclass(frozen=True)
class Duration:
    """A span of time said in the text, as years (lower bound), with where it sits in the clause; ``span`` is the
    (lowest, highest) a hedged count allows (二十多年: 20 to 29.99), None when the count was said exactly."""

    start: int
    end: int
    years: float
    span: tuple[float, float] | None = None


def _value(m: re.Match) -> tuple[float, tuple[float, float] | None] | None:
    """(the count as read, its (lowest, highest) or None) in years."""
    pair = _pair(m["n"])
    if pair is not None:  # "三四年", "十五六年", "一二十年": two neighbouring numbers, one span from the first to the second
        scale = 1 / 12 if m["unit"] == "个月" else 1.0
        low, high = pair[0] * scale, pair[1] * scale + (scale - _JUST_BELOW * scale if m["more"] or m["tail"] == "多"
                                                         else 0.0)
        return (round(low, 2), (round(low, 2), round(high, 2))) if high <= MAX_SPAN_YEARS else None
    n = 0.5 if m["n"] == "半" else to_number(m["n"])
    if n is None:
        return None
    if m["unit"] == "年" and m["n"] != "半" and len(m["n"]) >= 3 and "." not in m["n"] \
            and not any(ch in CN_UNITS for ch in m["n"]):
        return None  # 2025年, 一九八八年: a date, not a span (二十五年 is a span: it has a unit)
    value = n / 12 if m["unit"] == "个月" else n
    if m["half"]:
        value += 0.5
    if m["m"]:
        months = to_number(m["m"])
        if months is None or months >= 12:
            return None
        value += months / 12
    if m["ord"]:  # "干到第三年": two full years; "第三个月": two full months
        value = max(value - (1 / 12 if m["unit"] == "个月" else 1), 0.0)
    low, high = _range(m, value, 1 / 12 if m["unit"] == "个月" else 1.0)
    if m["below"] in _BELOW_HEDGES or m["tail"] in {"不到", "不足", "左右"}:
        value -= min(0.5, value / 2)
    if value > MAX_SPAN_YEARS:
        return None  # more is a typo or a date (65年进厂)
    span = (round(low, 2), round(min(high, MAX_SPAN_YEARS), 2)) if high is not None else None
    return round(value, 2), span


_JUST_BELOW = 0.01  # an open top ("不到三年") is checked just below it


_DIGIT = "一两二三四五六七八九"
_PAIR = re.compile(rf"(?P<tens>[{_DIGIT}]?十)?(?P<a>[{_DIGIT}])(?P<b>[{_DIGIT}])(?P<ten>十)?")


def _pair(numeral: str) -> tuple[int, int] | None:
    """"三四" -> (3, 4), "两三" -> (2, 3), "三五" -> (3, 5), "十五六" -> (15, 16), "二十七八" -> (27, 28), "一二十" ->
    (10, 20); None for one number (十二, 三十四, 一九八八)."""
    m = _PAIR.fullmatch(numeral or "")
    if m is None or (m["tens"] and m["ten"]):
        return None
    a, b = (CN_DIGITS[m["a"]], CN_DIGITS[m["b"]])
    if b != a + 1 and (a, b) != (3, 5):
        return None  # 八八 is a year; 三五 (three to five) is the one idiom that skips a number
    if m["ten"]:
        return a * 10, b * 10
    base = cn_to_int(m["tens"]) if m["tens"] else 0
    return base + a, base + b


def _range(m: re.Match, value: float, unit: float) -> tuple[float, float | None]:
    """The hedge of a count as (lower bound, top) in years; the top is None for an exact count."""
    below, more, tail = m["below"], m["more"], m["tail"]
    if m["ord"] or ((m["half"] or m["m"]) and not below and tail not in {"左右", "上下", "不到", "不足"}):
        return value, None  # 第三年, 两年半, 一年零三个月: said exactly (一年半左右 is not)
    ten = m["n"] != "半" and (m["n"].endswith("十") or (m["n"].isdigit() and int(m["n"]) % 10 == 0 and m["n"] != "0"))
    if below in _ABOVE or tail == "以上":
        return value, value + 10
    if below == "差不多":
        return value, None  # the speaker's round figure, said as the count
    if below in _NEARING:
        return (value - unit if value >= 2 * unit else value / 2), value
    if below or tail in {"不到", "不足"}:
        return (value - unit if value >= 2 * unit else value / 2), value - _JUST_BELOW * unit
    if tail in {"左右", "上下"}:
        width = max(0.5 * unit, value / 10)
        return value - width, value + width
    if more == "来":
        return round(value * 0.9, 2), value * 1.3 - _JUST_BELOW * unit
    if more in {"多", "余", "几"}:
        return value, value + (10 if ten else 1) * unit - _JUST_BELOW * unit
    if tail in {"多", "有余"}:
        return value, value + unit - _JUST_BELOW * unit
    if tail == "出头":
        return value, value + unit + value / 10
    return value, None


def _came_to(clause: str, pos: int) -> bool:
    """"18年来杭州", "19年来的宁波", "16年回的浙江": a year, then a move to a place (not "15年来一直在做", fifteen
    years of it)."""
    from assistant.extract.places import place_at

    m = re.compile(r"(?:就|才|再|又|重新)?过?(?:来|回|到|去)(?:的|了)?").match(clause, pos)
    # ("19年回老家待了一年半": a place said without its name, 老家 or 外地, is a place one moves to all the same)
    return bool(m and m.end() > pos and (place_at(clause, m.end()) or _UNNAMED_PLACE.match(clause, m.end())))


_UNNAMED_PLACE = re.compile(r"老家|家乡|家里|外地|外省|省外|国内|原单位")


# a stretch between two calendar years ("2012年到2016年", "17年至19年"): a stay that ended, not a start
# CLOSED_RANGE ("2012年到2016年") lives in patterns, which the clause splitter (text) reads too without a loop


# an event the ordinal counts from ("入职第二个月", "进厂后第三年", "来了第一年"): a point in time after it
_AFTER_AN_EVENT = re.compile(r"(?:入职|进厂|进来|入行|上班|来了|入会|毕业|退休|结婚)(?:了|以后|之后|后)?$")


def closed_range(clause: str, today: dt.date) -> Duration | None:
    """The years of a closed stretch said in the clause ("2012年到2016年在杭州" -> 4), or None."""
    m = CLOSED_RANGE.search(clause)
    if not m:
        return None
    a, b = year_from(m["a"], today), year_from(m["b"], today)
    if a is None or b is None or not 0 < b - a <= 40:
        return None
    return Duration(m.start(), m.end(), float(b - a))


# two Chinese digits said one by one that make an approximate count ("两三年", "七八年", "三五年"): the second is the
# next number or two up; any other pair ("一五年", "九六年", "八八年") is a year of the calendar, never a count (a count
# of fifteen is said 十五)
_RANGE_PAIRS = frozenset({"一两", "两三", "二三", "三四", "四五", "五六", "六七", "七八", "八九", "三五", "一二"})


def _calendar_digits(n: str) -> bool:
    """Whether two Chinese digits said one by one ("一五", "九六") name a year, not an approximate count ("七八")."""
    return len(n) == 2 and all(ch in CN_DIGITS for ch in n) and n not in _RANGE_PAIRS


def durations(clause: str) -> list[Duration]:
    """Every span of time in one clause; dates (1988年, 88年出生, 25年底, 我18年到杭州) are left out."""
    out = []
    # "八个多月" is "八多个月" said with the count word first: the same span (and the same length, so offsets hold);
    # "三个来月" (three months or so) is "三来个月" the same way
    clause = clause.replace("个多月", "多个月").replace("个来月", "来个月")
    for m in _DURATION.finditer(clause):
        if m["ord"] and _AFTER_AN_EVENT.search(clause[:m.start()]):
            continue  # "入职第二个月就入了(工会)": a point after the event, no span of work
        if m["unit"] == "年" and not m["half"] and not m["m"]:
            after = clause[m.end():m.end() + 2]
            two_digit = len(m["n"]) == 2 and (m["n"].isdigit() or all(ch in CN_DIGITS for ch in m["n"]))
            if m["n"] in ("一", "1") and not (m["more"] or m["tail"]) and _RATE_AFTER.match(clause, m.end()):
                continue
            if _NOT_SPAN_AFTER.match(after) or (two_digit and (
                    _YEAR_AFTER.match(after) or (_ROUND_AFTER.match(clause, m.end(), m.end() + 12)
                                                 and not clause[:m.start()].endswith(("了", "干", "做", "满"))))):
                continue
            bare = m.start("n") == m.start() and not (m["more"] or m["tail"])
            if two_digit and bare and (after.startswith("□") or _UNTIL_BEFORE.search(clause[:m.start()])
                                       or _VERB_DE_AFTER.match(clause, m.end())
                                       or _opens(clause[:m.start()]) and _THEN_AFTER.match(clause, m.end())
                                       or _BACK_THEN.match(clause, m.end()) and not _COUNTED_BEFORE.search(clause[:m.start()])):
                continue
            if two_digit and bare and (m["n"][0] in "0〇零" or _calendar_digits(m["n"]) or (
                    _came_to(clause, m.end()) and _SUBJECT_BEFORE.search(clause[:m.start()])) or (
                    START_AFTER.match(clause, m.end()) and _SUBJECT_BEFORE.search(clause[:m.start()]))
                    or _DATE_THEN_EVENT.match(clause, m.end()) and _SUBJECT_BEFORE.search(clause[:m.start()])):
                continue
        if m["more"] == "几" and m["unit"] == "年" and len(m["n"]) == 1 and m["n"] not in "十百千" \
                and not clause[:m.start()].endswith("十"):
            continue  # "九几年就干这行了", "零几年": a decade of the calendar (19九x年), no count (十几年 is one)
        if _NOT_SPAN_BEFORE.search(clause[:m.start()]) or (m["n"] == "半" and clause[m.start() - 1:m.start()] in "上下"
                                                            and m.start() > 0):
            continue  # 下半年, 2021年上半年: a part of a year, a date
        value = _value(m)
        if value is not None:
            out.append(Duration(m.start(), m.end(), *value))
    return out
