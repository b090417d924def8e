"""Readers for facts about the person and the job: birth/age, union, employment, city, digital work (the years
said are read by ``years``).

Each reader takes the clauses (``Segment``) and returns candidates ``{field: [value, ...]}``; the package's
``__init__`` resolves several values for one field (a contradiction, or a priority rule).

Birth-date conventions: an age is turned into the *earliest* birth month that still gives that age today
(the oldest the person can be, so an upper age limit is never passed by a guess); a birth year without a
month is read as January of that year, for the same reason. ``虚岁N`` is read as N-1 full years (the older of
the two it can be); ``X0后`` is not read.
"""

from __future__ import annotations

import datetime as dt
import functools
import re
from collections import defaultdict

from assistant.extract import judge
from assistant.extract.numbers import month_from, to_number, year_from
from assistant.extract.patterns import (
    ASKS_DIGITAL,
    BACK_TO_WORK,
    COMPETITION_WORDS,
    DIGITAL_TERMS,
    DISPATCHED,
    EMPLOYED,
    EMPLOYMENT_RULES,
    FIELD_VERBS,
    NATIONALITY,
    NO_POST,
    NO_UNION_AT_WORK,
    NOT_DIGITAL,
    PAST,
    STATUS_TALK,
    UNION_HAS,
    UNION_NO,
    UNION_YES,
    WORK_WORDS,
)
from assistant.extract.plausibility import BORN, BORN_INTRO
from assistant.extract.text import Segment, blank, blank_all, mask
from assistant.language.people import alternation
from assistant.language.status import to_come

__all__ = ["Candidates", "add", "read_birth", "read_union", "read_employment", "rehire_not_now", "read_city", "read_nationality",
           "read_digital", "birth_month_for_age", "full_years", "LIVED", "doing"]

Candidates = dict[str, list]


_Y4 = r"(?P<y>(?:19|20)[0-9]{2}|[一二][〇零一二三四五六七八九]{3})"
_Y2 = r"(?P<y>[0-9]{2}|[〇零一二三四五六七八九]{2})"
_M = r"(?P<m>1[0-2]|0?[1-9]|十[一二]?|[一二三四五六七八九])"
# the year read off one's papers ("身份证上是1968年的", "户口本上写的七三年"): the birth year as registered
_PAPERS = r"(?:我的?)?(?:身份证|户口本|户口簿|证件)(?:上|里)?(?:面)?(?:写的|登记的|写着|登记着)?(?:是)?"
_BIRTH = (
    re.compile(rf"{_Y4}年(?:{_M}月份?)?(?:[0-9]{{1,2}}[日号])?{BORN}"),
    re.compile(rf"{BORN_INTRO}{_Y4}(?:年|[.\-/])?(?:{_M}月?)?"),
    re.compile(rf"{_Y4}[.\-/]{_M}(?:[.\-/][0-9]{{1,2}})?{BORN}"),
    re.compile(rf"(?:^|我是?|俺是?|本人是?|{_PAPERS}){_Y4}年(?:{_M}月份?)?的人?$"),
    # "我82年的", "72年的老师傅了", "05年的小伙子": a two-digit year and 的, then at most what the speaker calls
    # themself (language/data/people.json, self), is the year one was born, not a count of years
    re.compile(rf"(?:^|我是?|俺是?|本人是?|{_PAPERS}){_Y2}年(?:{_M}月份?)?(?:{BORN}|的(?:{alternation('self')})?(?:了|啦|啊|呀|哦)?$)"),
)
_AGE = re.compile(r"(?<![0-9零一二两三四五六七八九十])(?P<a>[0-9]{1,3}|[一二三四五六七八九十]{1,3})(?:周岁|岁)"
                  # "我今年四十二", "今年42了": an age said after 今年 without 岁
                  # (and "今年刚过五十", "今年整五十": just past, or exactly)
                  r"|(?<=今年|现年)(?:已经|都|刚刚满|刚满|才满|满|刚|也|就|刚过|整整|整)?(?P<b>[1-9][0-9]|[二三四五六七八九]十[一二三四五六七八九]?|十[六七八九])(?=了|啦|啊|$)"
                  # "我四十五", "俺五十二了": the asker, then a number alone that ends the clause, is an age
                  # ("都五十八了", "已经六十了": the clause that is only the age with 都/已经 and 了)
                  r"|^(?:(?:我|俺|本人)(?:已经|都|也|才)?|已经|都)(?P<c>[2-7][0-9]|[二三四五六七]十[一二三四五六七八九]?)(?=了|啦|啊|$)"
                  # "八五年来的杭州，那年我十七": an age in a year said (那年 written as the year by when.name_that_year),
                  # without 岁, the clause ending on it
                  r"|(?<=[0-9]{4}年)(?:的时候|那会儿?|时)?(?:我|俺|本人)(?:才|刚|就|都|也)?"
                  r"(?P<d>1[4-9]|[2-7][0-9]|十[四五六七八九]|[二三四五六七]十[一二三四五六七八九]?)(?=了|啦|啊|$)")
# the asker's own people named by their relation ("我老婆", "我的师傅"): a clause of theirs is not the asker's
_MY_RELATION = re.compile(rf"^(?:我的?|俺的?)(?:{alternation('own')}|朋友|领导|家里人)")
# the lunar months people name by word (腊月 the twelfth, 冬月 the eleventh, 正月 the first), said for a birth
_LUNAR = {"腊月": "十二月", "冬月": "十一月", "正月": "一月"}
_LUNAR_MONTH = re.compile("|".join(_LUNAR))
_AGE_AFTER_NO = re.compile(r"^(?:以下|以上|以内|及以|之前|之后|前|后|左右|上下|那|时|开始|起|就|的[人员同职申青]|"
                           r"到|至|-|~|或|多|出头)")
_AGE_BEFORE_NO = re.compile(r"(?:超过|超|过|不超过|未满|不满|低于|高于|大于|小于|不到|差|快|近|将近|虚岁|年满|满)$")


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
        text = _LUNAR_MONTH.sub(lambda m: _LUNAR[m.group()], seg.text)  # "六五年腊月生的": the lunar month by number
        for pattern in _BIRTH:
            for m in pattern.finditer(text):
                year = year_from(m["y"], today)
                if year is not None:
                    out["_birth"].append((year, month_from(m.groupdict().get("m"))))
                text = blank(text, m)
        for m in _XUSUI.finditer(text):
            age = to_number(m["a"])
            if age is not None and 17 <= age <= 101:
                out["_age"].append(int(age) - 1)
            text = blank(text, m)
        for m in _AGE.finditer(text):
            before, after = text[max(0, m.start() - 4):m.start()], text[m.end():m.end() + 3]
            if _AGE_AFTER_NO.match(after) or (_AGE_BEFORE_NO.search(before) and not before.endswith("满")):
                continue
            if before.endswith("满") and not seg.self_ref and not re.search(r"(?:刚|才|今年|已经)满$", before):
                continue  # "年满18周岁" is the rule's; "刚满五十岁" is one's own age
            age = to_number(m["a"] or m["b"] or m["c"] or m["d"])
            if age is None or not 16 <= age <= 100:
                continue
            # "那年42岁" (那年 written as the year by ``when.name_that_year``), "2016年我42岁": an age in a year said
            then = _THEN.search(text[:m.start()]) or _YEAR_THEN.search(text[:m.start()])
            year = said[-1] if said and then else year_said if then else None
            if year is not None:  # an age in a year named before it ("那年42岁"): born that many years before it
                out["_birth"].append((year - int(age), None))
                out["_then_year"].append(year)  # and the message speaks as of that year
            elif not then:
                out["_age"].append(int(age))
        if _counted_then(text, said[-1] if said else year_said, today):
            out["_then_year"].append(said[-1] if said else year_said)
        year_said = said[-1] if said else year_said
    own = "，".join(s.text for s in segs if s.asserts and not s.other)
    _zodiac_year(own, today, out)
    if not out.get("_birth") and not out.get("_age") and not _SIGN.search(own):  # a sign no age allows: neither
        stretch = said_age_stretch(own)
        if stretch:  # "今年五十出头": no one age, but a range of birth months the chat checks at both ends
            out["_age_stretch"].append(stretch)
    return dict(out)




_ZODIAC = "鼠牛虎兔龙蛇马羊猴鸡狗猪"  # 2020 was a 鼠 year: a year's animal is _ZODIAC[(year - 2020) % 12]
_SIGN = re.compile(rf"属(?P<z>[{_ZODIAC}])")
_DIGIT = "一二三四五六七八九"
# "四十七八岁" (47–48), "四十多岁" (41–49), "四十来岁" (38–42), "四十出头" (40–43): an age said as a stretch
_AGE_STRETCH = re.compile(rf"(?P<t>[二三四五六七八九])十(?:(?P<u>[{_DIGIT}])(?P<v>[{_DIGIT}])|(?P<m>多|几)|(?P<l>来)|(?P<h>出头))")


def _age_stretch(text: str) -> tuple[int, int] | None:
    m = _AGE_STRETCH.search(text)
    if not m:
        return None
    tens = 10 * (_DIGIT.index(m["t"]) + 1)
    if m["u"]:
        return tens + _DIGIT.index(m["u"]) + 1, tens + _DIGIT.index(m["v"]) + 1
    return (tens + 1, tens + 9) if m["m"] else (tens - 2, tens + 2) if m["l"] else (tens, tens + 3)


# a stretch said as one's age: with 岁 ("四十多岁"), after a word of age or of now ("今年五十出头", "我都六十来岁了"),
# or as 出头/好几 ("五十出头了"); not a count of something ("四十多个徒弟", "干了三十多年")
_STRETCH = re.sub(r"\(\?P<\w+>", "(?:", _AGE_STRETCH.pattern) + "|[二三四五六七八九]十好几"
_STRETCH_SAID = re.compile(rf"(?:(?:今年|年纪|年龄|已经|都|我|俺|本人|人)(?P<pre>{_STRETCH})"
                           rf"(?![0-9]|年|个|万|元|天|号|名|位|件|项|台|套|次|米|斤|块|公|平))"
                           # "五十出头，在建德…": a clause that opens with the stretch and ends there is one's age
                           rf"|(?:^|(?<=[，,。；;]))(?P<lead>[二三四五六七八九]十(?:出头|好几)|(?:{_STRETCH})(?=了|啦))(?:了|啦|的人)?(?=$|[，,。；;])"
                           rf"|(?P<sui>{_STRETCH})(?:周)?岁"
                           rf"|(?P<near>快|将近|奔)(?P<t2>[五六七])十(?:岁|了|的人)")


def said_age_stretch(text: str) -> tuple[int, int] | None:
    """(youngest, oldest) of an age said as a stretch ("五十出头" 50–53, "四十多岁" 41–49, "快六十了" 57–59, "五十好几"
    55–59); None when none is said as one's age or when several are."""
    found = []
    for m in _STRETCH_SAID.finditer(text):
        if m["near"]:
            tens = 10 * (_DIGIT.index(m["t2"]) + 1)
            found.append((tens - 5, tens - 1) if m["near"] == "奔" else (tens - 3, tens - 1))
            continue
        said = m["pre"] or m["sui"] or m["lead"]
        if said.endswith("好几"):
            tens = 10 * (_DIGIT.index(said[0]) + 1)
            found.append((tens + 5, tens + 9))
        else:
            found.append(_age_stretch(said))
    found = list(dict.fromkeys(f for f in found if f))
    return found[0] if len(found) == 1 else None


def _zodiac_year(text: str, today: dt.date, out) -> None:
    """"四十七八岁了，属马": the one year of that animal the stretch of ages allows (1978) is the birth year, its month
    open. A sign alone ("我属马的") repeats every twelve years and an age said as a stretch alone is no age: neither
    gives a birth date. A year named with its animal ("七四年那个虎", "68年属猴的") is the birth year when the animal is
    that year's; one that is not is left (a slip of year or sign)."""
    for m in _YEAR_SIGN.finditer(text):
        year = year_from(m["y"], today)
        if year is not None and _ZODIAC[(year - 2020) % 12] == m["z"] and today.year - year >= 16:
            out["_birth"].append((year, None))
            return
    sign, ages = _SIGN.search(text), _age_stretch(text)
    if not sign or not ages:
        return
    years = [y for y in range(today.year - ages[1] - 1, today.year - ages[0] + 1)
             if _ZODIAC[(y - 2020) % 12] == sign["z"]]
    if len(years) == 1:
        out["_birth"].append((years[0], None))


# a year, then its animal: "七四年那个虎", "68年属猴的", "1974年的虎"
_YEAR_SIGN = re.compile(r"(?<![0-9〇零一二三四五六七八九])(?P<y>(?:19|20)?[0-9]{2}|(?:[一二][〇零一二三四五六七八九])?[〇零一二三四五六七八九]{2})年"
                        rf"(?:生的?|出生的?|的)?(?:那个|那只|那年的?)?(?:属)?(?P<z>[{_ZODIAC}])(?!年)")
# 虚岁 counts the year of birth as one and adds one each new year: the full age is one or two less, and the
# earliest birth month (the module's convention) is the older's, one less ("今年虚岁五十五": 54 周岁)
_XUSUI = re.compile(r"虚岁(?:已经|都|刚|才)?(?P<a>[1-9][0-9]|[二三四五六七八九]十[一二三四五六七八九]?|十[六七八九])岁?"
                    r"(?=了|啦|啊|$|[，,。；;])")


_THEN = re.compile(r"那年|那一年|当年|那时候?|那会儿?|当时")
# a count of years said of a year named before it ("杭州工匠2016年那届 我当时在杭州开了十二年出租车", "2016年的时候我已经
# 干了十二年"): the count runs to that year, not to today, as an age said of it does
_COUNT = re.compile(r"(?<![0-9零〇一二两三四五六七八九十])(?:[0-9]{1,2}|[一二两三四五六七八九十]{1,3}|十几|二十几|二十多|十多)多?年(?![0-9]|[代级底初中])")


_COUNT_VERB = re.compile(r"(?:干|做|开|当|了|有|已经|快|近|将近|差不多|整整|满)+$")


def _counted_then(text: str, year: int | None, today: dt.date) -> bool:
    if year is None or not 1990 <= year < today.year:
        return False
    for m in _COUNT.finditer(text):
        before = text[:m.start()]
        if _THEN.search(before) or _YEAR_THEN.search(_COUNT_VERB.sub("", before)):
            return True
    return False
_YEAR_THEN = re.compile(r"(?<![0-9])(?:19|20)[0-9]{2}年(?:的时候|那会儿?|时)?(?:我|俺|本人)?(?:才|已经|刚|就|是)?$")


# a side line beside the main job: "业余兼职…", "兼职在外面做点直播"
SIDE_JOB = re.compile(r"(?:业余|下班|周末|平时|另外|顺便|还)[^,，。]{0,4}兼职|兼职[^,，。]{0,3}(?:在外面|做点|搞点|赚点|接点|接些|做些|搞些)"
                      r"|副业")


# living, growing up or studying in a place: years there are not years of work
LIVED = re.compile(r"住|生活|定居|长大|读书|上学|念书|读大学|落户")
def doing(ctx: str) -> bool:
    """Does the text around a count say doing the work: 干/做/搞/从事, or any verb of work ("管中控室十几年",
    "在电厂值班十几年了"; not "在杭州住了十年")? Judged by parts of speech (``judge.work_verb``)."""
    return bool(FIELD_VERBS.search(ctx) or judge.work_verb(ctx, trade=True))


# A clause about someone else's membership ("我老公是工会会员") says nothing of the asker's; the asker's own
# word after it ("我自己不是", "我也是") answers about the asker.
_OTHER_SUBJECT = re.compile(r"^(?:我的?|俺的?)?(?:老公|老婆|爱人|丈夫|妻子|媳妇|对象|爸爸?|妈妈?|父亲|母亲|儿子|女儿|同事|"
                            r"师傅|徒弟|朋友|领导|家里人|他们|她们|他|她)")
_SELF_AFTER = re.compile(r"^(?:但|可|可是|不过|而)?(?:我|俺)(?:自己|本人)?(?:倒)?(?P<also>也)?(?P<no>不是|没有?|没入|没加入|没参加)?"
                         r"(?:是|入了|加入了)?(?:会员)?$")


# the union named alone as the topic ("工会？", "工会嘛", "工会的话"), and a clause after it that only says none is there
_UNION_TOPIC = re.compile(r"^(?:那个|至于|说到|关于)?工会(?:的话|嘛|吗|么|呢|啊|呀|这块|这个|这事)?$")
_HAS_NONE = re.compile(r"^(?:我们|咱们|俺们)?[\u4e00-\u9fff]{0,4}?(?:没有|没|无)(?:的|啊|呀|哦)?$")


# a joining verb whose object was said in the clause before ("单位有工会，我早就入了", "单位没有工会，我也就没入")
_JOINED_IT = re.compile(r"(?:入|加入|参加|加|进)(?:了|过|的)?(?:吧|啊|呀|啦)?$")


# the joining's form named, then a clause with no object of its own saying it was not filled or handed in
_JOINING_FORM = re.compile(r"(?:入会|工会)(?:的)?(?:申请)?(?:表|申请书)")
_FORM_NOT_DONE = re.compile(r"^(?:但|可|可是|不过)?(?:我|俺)?(?:当时|那时候?|一直|也|就|都)*(?:没|未|没有)(?:去)?(?:填|交|递|签)(?:过|了)?"
                            r"(?:它|那张|这张)?(?:啊|呀)?$")
_WHEN_UNKNOWN = re.compile(r"哪一?年|什么时候|啥时候|时间|几年|多久|哪天")


def read_union(segs: list[Segment]) -> Candidates:
    """union_member, from the union said in the clause, or in the clause before when this one only joins ("…工会，
    我也就没入": the object left out is the union)."""
    out: Candidates = {}
    other: bool | None = None  # the membership of the other person named in the clause before, if any
    topic = False  # the clause before spoke of the union
    form_named = False  # the clause before named the joining's form (入会申请表)
    past_no = False  # a denial said of a time before now ("之前一直没入")
    for seg in segs:  # "个体户哪来的工会": a rhetorical question denies the union there, it asks nothing
        if seg.question and not (seg.asserts or seg.other or seg.injected or seg.hypothetical) \
                and re.search(r"哪(?:来|有)", seg.text) and not re.match(r"(?:你|您)", seg.text) \
                and NO_UNION_AT_WORK.search(seg.text.strip(" ，,。？?")):  # (not 哪里有工会, where one is)
            add(out, "_no_union_at_work", True)
    for seg in segs:
        if _UNION_TOPIC.match(seg.text.strip(" ，,。？?")):
            topic = True  # "工会？我们公司没有，我也没加入过": the union named alone is what the clauses after it speak of
            continue
        if not (seg.asserts or seg.other):  # the other's, for "我也是"
            continue
        text = seg.text
        if topic and "工会" not in text and (_JOINED_IT.search(text) or _HAS_NONE.search(text)) and "年" not in text \
                and not judge.says_unknown(text) and not re.search(r"有没有|是不是", text):
            text = text + "工会"  # ("…还不是工会会员，2018年才入的": when, for a programme's year, is left as it was)
        if form_named and _FORM_NOT_DONE.match(text) and "工会" not in text:
            add(out, "union_member", False)  # "入会的申请表发下来过，我当时没填": the joining's form left, no joining
        form_named = bool(_JOINING_FORM.search(seg.text))
        topic = "工会" in text
        # another person's membership (their clause, ``Segment.other``, or one naming them): for "我是", "我也是" after it
        if (seg.other or _OTHER_SUBJECT.match(text)) and (UNION_YES.search(text) or UNION_NO.search(text)):
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
        if UNION_NO.search(text) and _BEFORE_NOW.search(text):
            past_no = True  # "八月份才入的工会，之前一直没入": not a member before a joining said beside it
        elif UNION_NO.search(text):
            add(out, "union_member", False)
        elif NO_UNION_AT_WORK.search(text.strip(" ，,。")) and not _OTHER_SUBJECT.match(text):  # (我老公单位没工会)
            add(out, "_no_union_at_work", True)  # resolve: not a member, unless membership is said outright
        elif UNION_HAS.search(text.strip(" ，,。")):
            add(out, "_union_has", True)  # resolve: a member, unless another clause says more
        text = blank_all(UNION_NO, text)
        m = UNION_YES.search(text)
        # "入会这个事我真不记得了": the joining named in a clause that says it is not known or remembered is no yes
        # (unless only when is not known: "入会哪年不记得了")
        unsure = judge.says_unknown(text) and not _WHEN_UNKNOWN.search(text)
        if m and not judge.denied_before(text, m.start(), 2) and not unsure:
            add(out, "union_member", True)
    if past_no and True not in out.get("union_member", []):
        add(out, "union_member", False)  # "以前没入过工会", and no joining since said: still not a member
    return out


# a time before now said in the clause ("之前一直没入", "以前没加入过"): a state that a later joining ends
_BEFORE_NOW = re.compile(r"之前|以前|原来|原先|早先|过去|早些年|前些年|那时候?|当时")


def read_employment(segs: list[Segment]) -> Candidates:
    """employment, employer_type, rehired, role_type: from the table, for the present only."""
    out: Candidates = {}
    # any talk of a status (even a past one) leaves the status to be said, not inferred from a workplace
    status_talk = any(STATUS_TALK.search(s.text) and not SIDE_JOB.search(s.text) for s in segs)
    if any(s.current and DISPATCHED.search(mask(s.text)) and not judge.negated(mask(s.text)) for s in segs):
        add(out, "_dispatched", True)
    for seg in (s for s in segs if s.current):
        text = mask(seg.text)
        m = EMPLOYED.search(text)
        if m and not status_talk and not judge.denied_at(text, m.start(), m.end()):
            add(out, "_employed", True)
        for pattern, updates in EMPLOYMENT_RULES:
            for m in pattern.finditer(mask(seg.text) if pattern is NO_POST else text):
                if updates.get("employment") == "retired" and _not_asker_now(text, m):
                    continue  # "明年就退休", "厂里退休返聘的老师傅很多": ahead, or other people's, not the asker's now
                if judge.denied_before(text, m.start()):
                    if updates.get("rehired"):  # "也不是返聘", "没被返聘": said not to be rehired
                        add(out, "rehired", False)
                    continue
                for field, value in updates.items():
                    add(out, field, value)
                if pattern is not NO_POST:
                    text = blank(text, m)
    # retired is a status of now even in a clause read as over ("退休在家歇了半年": resting at home is no present job,
    # extract.idle, but the retirement it says stands)
    for seg in (s for s in segs if s.asserts and not s.current):
        m = _RETIRED_SAID.search(mask(seg.text))
        if m and not judge.denied_before(mask(seg.text), m.start()) \
                and not to_come(mask(seg.text)[:m.start()], mask(seg.text)[m.end():]):
            add(out, "employment", "retired")
        # taken back on by the unit one left ("被原来的公司回聘做数据治理"): 原来 names the unit, not a time, so the
        # rehiring is the status of now; one said over ("以前返聘过两年") is not
        m = _REHIRED_SAID.search(mask(seg.text))
        if m and not judge.denied_before(mask(seg.text), m.start()) and not PAST.search(_OLD_UNIT.sub("", seg.text)):
            add(out, "rehired", True)
            add(out, "employment", "retired")
    retired = "retired" in out.get("employment", []) or any(
        m and not judge.denied_before(mask(s.text), m.start())
        and not to_come(mask(s.text)[:m.start()], mask(s.text)[m.end():]) for s in segs if s.asserts
        for m in [_RETIRED.search(mask(s.text))])
    back = [s for s in segs if s.current and BACK_TO_WORK.search(mask(s.text))]
    if retired and back and not out.get("rehired") and not any(
            judge.denied_before(mask(s.text), BACK_TO_WORK.search(mask(s.text)).start()) for s in back):
        # "退休三年了，厂里又把我请回去带班组", "退休以后单位又聘回来": retired, and taken back on to work
        add(out, "rehired", True)
        add(out, "employment", "retired")
    return out


# a status word said of the people a noun names ("退休返聘的老师傅", "返聘回来的人"): theirs, not the asker's
_OF_PEOPLE = re.compile(rf"(?:返聘|回聘)?(?:回来|回去|过来)?的(?:[\u4e00-\u9fff]{{0,4}}?)(?:人|{alternation('workmate')}"
                        r"|工人|老同志|专家|前辈|老师)")
_SELF_IS = re.compile(r"(?:我|俺|本人)[^，,。；;]{0,4}是")
# the table's row of retirement said ("已经退休", not 退休前/退休年龄)
_RETIRED_SAID = next(pattern for pattern, updates in EMPLOYMENT_RULES if updates == {"employment": "retired"})


def rehire_not_now(clause: str) -> bool:
    """Whether every 返聘 said in ``clause`` is ahead ("以后退休了想返聘") or the status of the people a noun names
    ("厂里退休返聘的老师傅很多"): no rehire of the asker's now (the dialogue's bare reading of 返聘 asks the same)."""
    text = mask(clause or "")
    found = list(_REHIRED_SAID.finditer(text))
    return bool(found) and all(_not_asker_now(text, m) for m in found)


def _not_asker_now(text: str, m: re.Match) -> bool:
    """Whether the retirement or 返聘 ``m`` finds in ``text`` is ahead ("明年就退休", "还有两年退休", "以后退休了想返聘")
    or the status of the people a noun names ("厂里退休返聘的老师傅很多"; "我是返聘的老师傅" is the asker's)."""
    return bool(to_come(text[:m.start()], text[m.end():]) or _OF_PEOPLE.match(text, m.end())
                and not _SELF_IS.search(text[:m.start()]))


# the unit one worked for before, named by it (原来的公司, 原先单位): no time of the clause
_OLD_UNIT = re.compile(r"(?:原来|原先)的?(?=厂|单位|公司|企业|店|医院|学校|岗位)")
# the table's row of rehiring said (返聘, 回聘)
_REHIRED_SAID = next(pattern for pattern, updates in EMPLOYMENT_RULES if updates.get("rehired"))
# ("退下来以后又回厂里", "已经退了，又被单位叫回去": retiring in ordinary words; not stepping down from a post, 从主任
# 位置上退下来, and not 退 of anything else, which a clause of its own rarely is)
_RETIRED = re.compile(r"(?<![快要将到])退休(?!年龄|年纪|岁数|的年纪|的岁数|的年龄)|退(?:了|的)休|退了(?:以后|之后|后|又(?=[回被让叫请]))|"
                      r"(?<![位岗职务线])退下来(?:了|以后|之后|后|又|就|还)|^(?:我|俺)?(?:已经|早就?|刚|都)?(?:到点)?退了$")


# a clause about work, or one naming a unit by what it is ("我是杭州地铁的", "萧山供电的", "富阳公交的"): the utilities and
# services people name as their employer, by the kind of unit, beside the words of company and plant
_WORK_PLACE = re.compile(r"在|来|到|于|赴|留|公司|单位|企业|工厂|厂|集团|研究院|研究所|民企|国企|私企|央企|医院|学校|"
                         r"上班|工作|就业|全职|干|做|当|打拼|发展|待|呆|从事|车间|门店|店|基地|园区|科技|网络|有限|"
                         r"地铁|公交|银行|供电|电力|电网|燃气|水务|自来水|热力|港务|机场|铁路|动车|[车机工电]务段|车辆段|"
                         r"酒店|宾馆|饭店|物流|快递|设计院|中心"
                         # "我是杭州一家区级图书馆的": a unit counted with its measure word is a workplace, whatever it is
                         r"|一家|这家|那家|一所")
_BREAK = re.compile(r"但|却|而|可是|不过")
_PLACE_OF_OTHERS = re.compile(rf"(?:老家|家乡|家(?:就|也|都|还|一直)?(?:住)?在$|户口|籍贯|出生|毕业[于自在]?$|读书|上学|大学|学院|{COMPETITION_WORDS}|去|出差|旅游)")


# a place right after a verb of making or selling is the product's origin ("做绍兴黄酒", "卖金华火腿", "炒西湖龙井")
_MAKES = re.compile(r"(?:做|卖|酿|炒|制|制作|加工|生产|销售|经营|烧)$")


# where the employer is ("公司在杭州", "单位注册在滨江", "我们厂在嘉兴"): the city the programmes ask about (在杭州市内
# 单位), over where the asker is posted; a group's head office ("总部在上海") only when no other place is said
_SEAT = re.compile(r"(?:公司|单位|厂|企业|集团|东家|机构|医院|学校|店|注册|执照|分公司|子公司|分厂|工作室)(?:的)?(?:地址|注册地|营业执照)?"
                   r"(?:是|也|就|都)?(?:注册|开|设|位于|落)?(?:在|于)$")
_HEAD_OFFICE = re.compile(r"总部(?:是|也|就)?(?:设)?在$")
# ... or said as where the unit moved to ("我们单位搬去嘉兴了 我还在那边干", "厂前年整体迁到安吉"): the seat now, unless
# the asker says they did not go with it ("没跟过去", "换了一家")
_SEAT_MOVED = re.compile(r"(?:公司|单位|厂|企业|集团|东家|工厂|总部)(?:子)?[^，,。\s]{0,6}(?:整体|整个)?(?:搬|迁|挪)(?:家)?(?:去|到|至|往)了?$")
_STAYED_BEHIND = re.compile(r"没(?:有)?跟|不跟|没(?:有)?(?:过|跟)去|没去|换了(?:一)?家|跳槽|辞职|离职|留在|留了下来")
# ... or said as whose the unit is ("厂是湖州的", "公司是杭州本地的"): the place, then 的
_SEAT_IS = re.compile(r"(?:公司|单位|厂|企业|集团|东家|工厂)(?:子)?(?:也|就|其实|倒)?是$")
_SEAT_IS_AFTER = re.compile(r"(?:市|省|本地|当地|那边|这边)?的")
# a unit counted right after a place ("桐庐一家路桥公司", "富阳的一家新登造纸厂"): a place name after the measure word
# names the kind or the brand of the unit, which is at the place before it
_KIND_OF_UNIT = re.compile(r"(?:的)?(?:一家|一个|一所|某|某家|这家|那家)")
# where the asker is day to day, apart from the employer ("人在海宁", "常驻绍兴的项目上", "派驻到宁波")
_POSTED = re.compile(r"(?:人|本人|自己)(?:一直|常年|长期|平时|基本上?|都|主要|其实)*在$|(?:常驻|派驻|驻扎|驻|外派|借调|(?<![分指摊委])派)(?:在|到|去|往)?$")


def read_city(segs: list[Segment]) -> Candidates:
    """The city of the present job: a place named in a present-tense clause about work, mapped to its city
    by jionlp's gazetteer (萧山 -> 杭州, 北仑 -> 宁波); "来杭"/"在杭" are 杭州. Where the employer is and where the
    asker works are two facts: "公司在杭州但人在海宁", "注册在滨江，我常驻绍兴的项目上" give the employer's city
    (杭州), and the place one is posted to as ``_posted_city``, never merged into it."""
    from assistant.extract.arrangement import read_arrangement
    from assistant.extract.places import cities_in, is_origin, provinces_in

    out: Candidates = {}
    side: list[str] = []  # the city of a part-time job, used only when no other job names a city
    seats: list[str] = []
    heads: list[str] = []
    posted: list[tuple[str, str]] = []  # (the place as said, its city)
    provinces: list[str] = []  # the provinces of work clauses that name no city
    for seg in (s for s in segs if s.current):
        text = mask(seg.text)
        found = []
        skipped = -1  # where the last place left out ends: "家在杭州临安" — 临安 goes with 杭州 before it
        kept = -1  # where the last place kept ends
        for start, end, city, _province in cities_in(text):
            if _SEAT_MOVED.search(text[max(0, start - 12):start]):  # where the unit went, not a place one went to
                if not any(_STAYED_BEHIND.search(later.text) for later in segs[segs.index(seg):]):
                    seats.append(city)
                kept = end
                continue
            if judge.denied_before(text, start, 2) or _PLACE_OF_OTHERS.search(_BREAK.split(text[max(0, start - 4):start])[-1]) \
                    or is_origin(text, start) or start == skipped:
                skipped = end
                continue  # "户口在安徽"; but "外地户口但在西湖区上班": the 但 ends what 户口 said
            if kept >= 0 and _KIND_OF_UNIT.fullmatch(text, kept, start):
                continue  # "在桐庐一家路桥公司": the place is 桐庐, 路桥 the kind of firm counted after it
            kept = end
            lead = text[max(0, start - 10):start]
            # "人在安徽宣城", "厂在江苏昆山": the province said before the city belongs to the place, not to the lead
            lead = lead[:next((a for a, b, _p in provinces_in(lead) if b == len(lead)), len(lead))]
            if _MAKES.search(lead):
                continue  # "在杭州做绍兴黄酒", "卖金华火腿": the place names the product, not where one works
            if _SEAT.search(lead) or _SEAT_IS.search(lead) and _SEAT_IS_AFTER.match(text, end):
                seats.append(city)
            elif _HEAD_OFFICE.search(lead):
                heads.append(city)
                continue
            elif _POSTED.search(lead):
                posted.append((text[start:end], city))
            found.append(city)
        if not cities_in(text):  # "人在安徽，厂是浙江的": a province said as where one is posted, no city named
            posted += [(text[a:b], province) for a, b, province in provinces_in(text)
                       if _POSTED.search(text[max(0, a - 10):a]) and not judge.denied_before(text, a, 2)]
            # "在江苏昆山的台资厂做了十一年": the province of a work clause whose town the gazetteer does not hold
            if _WORK_PLACE.search(text) and not (LIVED.search(text) and not doing(LIVED.sub("", text))):
                provinces += [p for a, _b, p in provinces_in(text) if not judge.denied_before(text, a, 2)
                              and not is_origin(text, a) and not _PLACE_OF_OTHERS.search(
                                  _BREAK.split(text[max(0, a - 4):a])[-1])]
        found += ["杭州" for _ in re.finditer(r"(?:在|来|到|赴|留)杭(?!州)", text)]
        if LIVED.search(text) and not doing(LIVED.sub("", text)):
            continue  # "在杭州读书四年": not where one works
        if found and _WORK_PLACE.search(text):
            if "兼职" in text and not re.search(r"全职|主业|本职", text):
                side.append(found[-1])
            else:
                add(out, "employer_city", found[-1])
    if seats:  # the employer's place said outright: the others are where one is posted or lives
        out["employer_city"] = seats[-1:]
        out["_seat_said"] = [True]
        out["_posted_city"] = [p for p in posted if p[1] != seats[-1]][-1:]
    elif posted and not out.get("employer_city"):
        out["_posted_city"] = posted[-1:]  # "人在安徽": where one works, with no employer's city said
    elif posted and len(set(out["employer_city"])) > 1:
        # "我是滨江一家监理公司的，被单位派到温州的工地上": the unit's place, with the place one is sent to apart
        sent = {city for _said, city in posted}
        out["employer_city"] = [c for c in out["employer_city"] if c not in sent] or out["employer_city"]
        out["_posted_city"] = posted[-1:]
    if provinces and not out.get("employer_city"):
        out["_work_province"] = provinces[-1:]
    elif heads and not out and not side:
        add(out, "employer_city", heads[-1])  # "公司总部在上海": the only place of the employer said
    if side and not out.get("employer_city"):
        add(out, "employer_city", side[-1])
    arrangement = read_arrangement(segs)
    if arrangement:  # "总部在上海，我在杭州分公司": both places, for the checker to say the notice does not decide
        out["employer_city"], out["_seat_said"] = [arrangement.said], [True]
        out.pop("_posted_city", None)
    return {k: v for k, v in out.items() if v}


def read_nationality(segs: list[Segment]) -> Candidates:
    out: Candidates = {}
    native = False  # a native of a place in China said: Chinese, unless a nationality is said outright
    label = False  # "国籍：中国": the clause before was the form's label alone
    for seg in (s for s in segs if s.asserts):
        text = ("国籍" if label else "") + seg.text
        label = seg.text.strip() in {"国籍", "国籍是", "国籍为"}
        if _MY_RELATION.match(seg.text.strip()):
            continue  # "我老婆是美国人": a person of the asker's named as such, not the asker ("他是…" may be the one asked for)
        m = NATIONALITY.search(text)
        other = None if m else _any_country(text)
        if m and not judge.denied_before(text, m.start(), 2):
            add(out, "nationality", "中国" if m["c"] else m["n"] or m["m"] or "外国")
        elif other and not judge.denied_before(text, other.start(), 2):
            add(out, "nationality", other["n"])  # "我是泰国人", "菲律宾籍": any country the gazetteer names
        elif _native_of_china(seg.text.strip()) or _hometown_in_china(seg.text.strip()):
            native = True  # "我是土生土长的杭州人", "地道的湖南人", "我老家江西": a native of a place in China
        elif len(segs) > 1 and _BARE_CHINA.match(seg.text.strip()):
            # "会员，中国，七八年生的": a clause that is the country's name alone, in a string of short answers,
            # answers the nationality asked for (a lone "中国" is left to the pending question)
            add(out, "nationality", "中国")
    if native and "nationality" not in out:  # "我是土生土长的杭州人，后来入了美国籍": the nationality said outranks it
        add(out, "nationality", "中国")
    return out


# the asker calling themself a native of a place ("我是土生土长的杭州人", "俺是地道的萧山本地人"): the place, then 人
_NATIVE = re.compile(r"^(?:我|俺|本人)(?:就)?是?(?:个|一个)?(?:土生土长|地地道道|地道|正宗|纯正)?的?"
                     r"(?P<p>[\u4e00-\u9fff]{2,6}?)(?:本地|当地)?人(?:啊|呀|嘛|哈)?$"
                     r"|^(?:土生土长|地地道道|地道|正宗)的?(?P<q>[\u4e00-\u9fff]{2,6}?)(?:本地|当地)?人$")


# the asker's home place said as 老家 ("我老家江西", "老家是河南的", "九八年从安徽老家过来"): the reply reader takes
# "老家安徽的" for the nationality asked (chat/case/replies._native_place); a message says it in passing. Only the
# asker's: the clause opens on 老家 or 我/俺, or the asker came from it (从…老家); "我师傅老家安徽" is someone else's.
_HOMETOWN = re.compile(r"^(?:我|俺|本人)?的?老家(?:是|在)?(?P<p>[\u4e00-\u9fff]{2,6}?)(?:的|人|那边|那边的)?(?:啊|呀|嘛)?$"
                       r"|^(?:我|俺)?(?:[0-9零〇一二三四五六七八九]{2,4}年)?从(?P<q>[\u4e00-\u9fff]{2,6}?)老家(?:过来|出来|来)")


def _hometown_in_china(text: str) -> bool:
    """Is the clause the asker naming a home place (老家) that is a city or province of China?"""
    return _place_named_in_china(_HOMETOWN, text)


def _native_of_china(text: str) -> bool:
    """Is the clause the asker calling themself a native of a city or province of China? A native of a place in
    China is a Chinese national (Hong Kong, Macao and Taiwan included)."""
    return _place_named_in_china(_NATIVE, text)


def _place_named_in_china(pattern: re.Pattern[str], text: str) -> bool:
    """Does ``pattern`` match the clause with its place (group p or q) a whole name of a city or province of China
    (jionlp's gazetteer via ``places``), so "我是杭州工匠候选人" names none?"""
    from assistant.extract.places import cities_in, provinces_in

    m = pattern.match(text)
    if not m:
        return False
    place = m["p"] or m["q"]
    spans = [(a, b) for a, b, *_ in cities_in(place)] + [(a, b) for a, b, _ in provinces_in(place)]
    return (0, len(place)) in spans


# a country's name then what says one belongs to it (patterns.NATIONALITY's endings), before the gazetteer is asked
_BELONGS = re.compile(r"(?:国籍|籍|人(?!民|寿|保)|公民|的?护照)")


def _any_country(text: str) -> re.Match | None:
    """A country outside patterns.NATIONALITY's few, named with 籍/人/公民/护照 ("我是泰国人", "菲律宾籍"), by
    jionlp's list of the world's countries; the list is read only when such an ending is said."""
    if not _BELONGS.search(text):
        return None
    alone, said = _country_patterns()
    return alone.search(text) or said.search(text)


@functools.cache
def _country_patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """The country said alone at the clause's start, or after 我是/持/拿的是 (never after another person's 是)."""
    from assistant.extract.jio import countries

    names = "|".join(map(re.escape, countries()))
    belongs = r"(?:国籍|籍|人(?!民|寿|保)|公民|的?护照)"
    return (re.compile(rf"(?<![\u4e00-\u9fff])(?:我是|是|本人|我)?(?P<n>{names}){belongs}"),
            re.compile(rf"(?:我是|本人是|持|拿的是|拿着)(?P<n>{names}){belongs}"))


_BARE_CHINA = re.compile(r"^(?:是)?中国(?:的|籍的?|国籍)?$")


# a digital thing used as a tool ("天天用财务软件做报表", "通过小程序接单"): the trade that uses it is not digital work
# (issue 13: a traditional trade that merely uses an app is still no)
_TOOL = re.compile(r"(?P<use>(?:用|使用|借助|通过|利用|靠|会用|学会了?用))[^,，。用]{0,6}?(?:" + DIGITAL_TERMS.pattern + ")",
                   re.IGNORECASE)


# a digital sector said of the employer or the workplace ("在一家云计算公司的数据中心当电工", "互联网公司"): the
# programmes look at the work one does, not the unit's trade (docs/verdict-policy.md), so the sector says nothing
# of it; the occupation's own judgement decides ("当电工" no, "做开发" yes)
_EMPLOYER_SECTOR = re.compile(r"(?:" + DIGITAL_TERMS.pattern + r")[^,，。的做干当搞负在]{0,4}?(?:公司|企业|集团|单位|工厂|厂|中心|机房|园区|产业园)",
                              re.IGNORECASE)


def read_digital(segs: list[Segment]) -> Candidates:
    """True when a statement about one's own work names a digital-economy field; False when it denies it. Work said
    of the past ("以前在阿里做开发，现在开出租") counts only when no clause about the present names work: the programmes
    ask about the work one does now."""
    out: Candidates = {}
    past: Candidates = {}
    now_works = any(s.current and not SIDE_JOB.search(s.text) and doing(mask(s.text)) for s in segs)
    whole = "，".join(s.text for s in segs if not s.other)  # the employer said in another clause ("一家做醋的厂")
    for seg in segs:
        text = mask(seg.text)
        into = past if seg.past else out
        if seg.question and not (seg.injected or seg.hypothetical) and ASKS_DIGITAL.search(text) and (
                seg.self_ref or re.search(r"这|我们|俺们", text)):  # of one's own work, not "焊工属于数字经济吗"
            add(out, "_asks_digital", True)  # "我这个算数字经济行业吗": asked, for the answer to say
        if not seg.asserts or SIDE_JOB.search(text) or (seg.question and ASKS_DIGITAL.search(text)):
            continue  # "兼职在外面做点直播": a side line, not the work the programmes ask about
        if NOT_DIGITAL.search(text):
            add(into, "is_digital_economy", False)
            continue
        text = _TOOL.sub(lambda m: m.group("use") + "□" * (m.end() - m.end("use")), text)
        text = _EMPLOYER_SECTOR.sub(lambda m: "□" * len(m.group()), text)
        controls = "" if re.search(r"不是做|不做|没做", text) else judge.controls_reading(text, whole)
        # a plant's controllers programmed (PLC): digital work at an automation or digital business said
        # anywhere in the message; at a traditional maker (醋厂, 纺织厂) the scope leaves it open, so no
        # judgement of the occupation's words may close it (resolve reads _digital_open)
        if controls == "digital":
            add(into, "is_digital_economy", True)
        elif controls == "open":
            add(out, "_digital_open", True)
            continue
        if DIGITAL_TERMS.search(text) and WORK_WORDS.search(text) and not re.search(r"不是做|不做|没做", text) \
                and not judge.tool_aided(text, whole):  # "做CAM编程": 编程 for a machine tool, the review's to judge
            add(into, "is_digital_economy", True)
    if past.get("is_digital_economy") and not out.get("is_digital_economy") and not now_works:
        out["is_digital_economy"] = past["is_digital_economy"]  # "以前做了8年开发": the only work said
    return out

