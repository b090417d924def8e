"""Where and since when one works full time, read from the clauses that tell it: a start in Hangzhou ("18年底才来杭州",
"2019年来的杭州", "去年8月才来的杭州", "2017年起就在杭州全职") gives ``hangzhou_full_time_start``, one elsewhere in
Zhejiang ``_zj_start``, the trade's start ``_field_start``; a span up to now places the job ("在余杭一家厂里当安装工，从
2010年干到现在"), a stay all along dates from the start of the working life ("12年毕业就做这行，一直在杭州"), and "从没在
杭州全职过" is none. The dates of a start are ``extract.start_dates``'; the occupation is ``extract.occupation``'s.
"""

from __future__ import annotations

import datetime as dt
import re

from assistant.extract.jobs import technical_work
from assistant.extract.judge import denied_before, obtaining, work_object, work_verb
from assistant.extract.numbers import CN_DIGITS, year_from
from assistant.extract.occupation import names_occupation
from assistant.extract.patterns import BACK_TO_WORK, EMPLOYED, PLACE_HZ
from assistant.extract.people import SIDE_JOB, Candidates, add
from assistant.extract.places import (
    ZHEJIANG,
    cities_in,
    city_of,
    is_origin,
    place_at,
    province_in,
    provinces_in,
)
from assistant.extract.since import since_said
from assistant.extract.start_dates import DECADE, add_start, start_span
from assistant.extract.text import Segment, mask
from assistant.language.datafiles import data_json, words_pattern

__all__ = ["read_starts"]

# "2005年就在那干了": a year with 就/便/已经 before the work says when it began
# "08年以后就一直在萧山的纺织厂", "2015年之后一直在杭州": a year and 以后/之后 is when the stay began, as 起 is
_START_VERB = re.compile(r"来|到|调(?!度|试|整|查|研|休|解|皮|味|色|料|剂|控|音|节|配|用|校|制|光|频|优|参|教)|入职|进(?!步|行|一步)|搬|回|落户|留(?:在|下|了|杭)|起|开始|以来|入行|上班|年(?:就|便|已经)|至今|"
                         r"(?<![0-9])(?:(?:19|20)[0-9]{2}|[0-9]{2})年(?:以后|之后)"
                         # leaving school or the army, then there ("17年毕业就在杭州", "退伍后一直在萧山"): work began there
                         r"|(?:毕业|退伍|复员|转业|退役)(?:后|以后|之后)?(?:就|便)?(?:一直)?(?:留)?在")  # 科技进步奖 is no move
# "15年来一直在杭州": for 15 years; but "08年来的杭州", "18年来杭州" name the year one came
_YEARS_SINCE_WORDS = re.compile(r"(?<![0-9])(?:[1-9][0-9]?|[一二两三四五六七八九十]{1,3})年(?:来|以来)(?![的杭到这了过])")


def _years_since(text: str) -> re.Match | None:
    """"15年来一直在杭州": for 15 years; but a year's number (not a count with 十/两) with a place right after 来
    ("18年来萧山", "一四年来钱塘") is where one came that year (the gazetteer's places, districts included)."""
    from assistant.extract.places import place_at

    return next((m for m in _YEARS_SINCE_WORDS.finditer(text) if not (
        m.group().endswith("年来") and not re.search("[十两]", m.group()) and place_at(text, m.end()))), None)


# "从2005年干到现在": a span up to now, the trade's start (its place, if any, is said in its own clause)
_ENTERED = re.compile(r"(?<=年)[^，,。]{0,6}(?:到现在|至今|到今天|到如今)|(?<=年)[就便]{1,2}(?:干|做|搞)上?了(?=$|[，,。！!])|入行|(?<=年)[就便起]{0,2}(?:干|做|搞|从事)上?了?(?:这行|这一行|本行|这个行当|这活|这个(?![0-9一二两三四五六七八九十]|月|年)|这块|这一块)|入的行|入了行|进的行|(?:进|入)(?:的|了)?(?:这|本)一?(?:行|个行当|个行业)|转行|改行|换行|参加的?工作|开始(?:做|干|从事|搞)|进入(?:这|本)?行|(?:这行|这一行|本行|这个行业)[^，,。]{0,6}?年(?:就|才|刚)?(?:入|进)的|(?:毕业|退伍|复员|转业|退役)(?:后|以后)?(?:就|便|才)?(?:进|来|到|入职|工作|参加)"
                      # "15年毕业就干这个", "毕业后一直做这行", "退伍后一直干到现在": the trade taken up on leaving
                      # school or the army (the year comes from ``when.name_event_years``: "毕业是2012年")
                      r"|(?:毕业|退伍|复员|转业|退役)(?:后|以后)?(?:就|便)?(?:一直)?(?:干|做|搞|从事)"
                      r"(?:这行|这一行|本行|这个|这块|这活|到现在|到今天|至今|$)"
                      # "2008年学厨", "九八年跟师傅学木雕", "05年当学徒": an apprenticeship is the trade's start (learning
                      # anything else is not: 学习, 学历, 学车, 学会 …; "2003年学的厨师" is the trade, "学的是计算机" a major)
                      r"|(?<=年)(?:就|便|才|开始)?(?:跟(?:着)?(?:师傅|师父)|拜师)?学(?!习|历|校|生|位|费|车|会|员|院|期|分|科|术|时|籍|堂|问|者|的(?:是|专业|车|开车|驾照|英语|电脑)|了个|过)(?=[\u4e00-\u9fff])"
                      r"|(?<=年)[^，,。]{0,6}?(?:当|做)(?:的|了)?学徒|(?<=年)[^，,。]{0,4}?拜师"
                      # "2007年出来打工就干电工": the first job, said with the work taken up in it
                      r"|(?<=年)(?:就|便)?出来(?:打工|工作|干活|上班)(?:就|便)?(?:干|做|当|学)"
                      # "从一六年干起", "2009年做起": a verb of the work and 起 is 开始; "零八年开始学的汽修": learning
                      # the trade is its start (学徒, 学手艺 start a working life too, _CAREER_STARTS)
                      r"|(?<=年)[^，,。]{0,6}?(?:进|入)[^，,。]{0,4}?(?:就|便)?(?:一直|始终)(?:都)?在(?:这|那|这里|那里|这边|里面|厂里|里头)?$"  # "八八年进厂就一直在"
                      # "2012年起我就一直在干钳工" (extract.since's shape of 打从…起): from then on, the work
                      r"|(?<=年)(?:起|开始|以来)(?:我|俺)?(?:就|便)?(?:一直|始终)(?:都)?(?:在)?(?:干|做|搞|从事|当|学)"
                      r"|(?<=年)(?:就|便)?(?:开始)?(?:干|做|搞|学|从事)起|开始学(?:的|了)?(?=[\u4e00-\u9fffA-Za-z])(?!习|历|车|校)")
# the trade learnt ("98年在临平一家家具厂学的木雕"): learning a craft is working at it; learning anything else is not
_LEARNT_TRADE = re.compile(r"(?<![自])学(?:的|了)?(?!习|历|校|生|位|费|车|会|员|院|期|分|科|术|时|籍|堂|问|者|过)[\u4e00-\u9fff]")
# the job said with "here" ("一直在这做", "就进来了"): its place is in the clause next to it
_HERE = re.compile(r"在这(?!些|个|几|么|样)|在这里|在这边|在这家|在那(?!些|个|几|么|样)|在那里|在那边|在那家|在本单位|进来|过来|调来的|来的这|"
                   r"就进了?(?:这家|这里)|进了?(?:现在的?)?这家|进了?现在的|(?<![从])来的?$|毕业(?:后|以后)?(?:就|便)?来了$|"
                   r"(?:就|便)进去了?$|进去的$"
                   # staying on where one studied ("大学在杭州读的，毕业留下来了"): the place the clause before named
                   r"|留了?下来|留下了"  # "17年大学毕业就进去了": the employer the clause before placed
                   # "我在拱墅一家软件公司 一四年就在了": been there since, the place left out as said just before
                   r"|(?:就|便|起就|起便)(?:一直)?在(?:了|的|着)?$")
# coming back to China ("去年八月才回国，进了滨江一家通信公司"): placed only by a join of a unit in the clause right after
_HOME = re.compile(r"回国|归国|回的国")
# "一直在一家机械厂一线开数控车床": the work has gone on since the start said before
# ("到现在一直在做焊工", "至今一直干这个": up to now, the same)
# ("回来以后一直在余杭做模具": after a time away inside the stay, the work went on from the return as from the start)
_ALWAYS_AT_IT = re.compile(r"^(?:后来|之后|此后|然后|就|(?:又)?回来(?:以后|之后|后)?(?:就|又)?)?(?:到现在|到今天|至今|这些年)?(?:一直|始终)(?:都)?(?:全职)?(?:在|做|干|当|从事|搞|开)"
                           # "到现在还是半夜拿个听漏棒去听": still at it up to now, said with 还 rather than 一直
                           r"|^(?:到现在|到今天|到如今|至今|直到现在)(?:也|都)?还(?:是|在)?")
# a clause that is only a start ("2018年开始的", "从前年起"): the start of the job the clause before it names
_BARE_START = re.compile(r"^(?:我|俺)?(?:是|从|打)?[^，,。]{1,8}?(?:开始|起)(?:的|干的|做的)?(?:吧|了|啊|呀)?$")
# "开始" with a verb after it that leads a post or a credential, not the work itself: "前年开始带班" starts no trade
_NOT_THE_TRADE = re.compile(r"^(?:带|管|负责|考|评|拿|领)|[长任理管]$")


def _began_trade(text: str) -> bool:
    """"2014年开始焊的", "从2009年开始修车": 开始 with a verb of the work after it (the language layer's reader,
    any trade's verb rather than a list of them) is the trade's start."""
    m = re.search(r"开始(?!时|的时候|以前|之前)", text)
    verb = work_verb(text[m.end():], trade=True) if m else None
    return bool(verb) and not _NOT_THE_TRADE.search(verb)


def _goes_on(asserted: list[Segment], index: int) -> bool:
    """Whether the work has gone on since the start said in ``asserted[index]``: the next clause says so ("一直在…做",
    "一直干到现在"), or the one after it when the next only names the place ("1995年进的厂，杭州一家刺绣厂，一直干到现在")."""
    from assistant.extract.gaps import inside
    from assistant.extract.people import doing

    # time away marked inside the stay ("中间回老家歇了一年") is no other matter: the clauses after it still tell
    asserted = asserted[:index + 1] + [s for s in asserted[index + 1:] if not inside(mask(s.text))]
    # stretches that only name the work ("92年进萧山一家铸造厂 做砂型铸造 造型工 一直在这") stand between the start and
    # the clause saying it went on, as a comma's clause would not: they are skipped
    work = 0
    while index + 1 + work < len(asserted) - 1 and work < _WORK_STRETCHES \
            and _only_the_work(mask(asserted[index + 1 + work].text)):
        work += 1
    if work and _ALWAYS_AT_IT.search(asserted[index + 1 + work].text):
        return True
    for step in (1, 2):
        if index + step >= len(asserted):
            return False
        if _ALWAYS_AT_IT.search(asserted[index + step].text):
            return True
        if doing(mask(asserted[index + step].text)):
            # a clause with a verb of its own is another matter, unless it is the job at a unit and the clause
            # after it says the work has gone on ("九年前来的杭州，在萧山一家民企做运维，一直全职在产线上")
            return step == 1 and bool(EMPLOYED.search(mask(asserted[index + 1].text))) and index + 2 < len(asserted) \
                and bool(_ALWAYS_AT_IT.search(asserted[index + 2].text))
    return False
    return False


_WORK_STRETCHES = 2


def _only_the_work_next(asserted: list[Segment], index: int) -> bool:
    return index + 1 < len(asserted) and _only_the_work(mask(asserted[index + 1].text))


def _only_the_work(text: str) -> bool:
    """Whether a stretch only names the work: a job verb and its object, or a trade ("做砂型铸造", "造型工"), with no
    date and no place of its own."""
    return len(text) <= 10 and not cities_in(text) and not re.search(r"[0-9〇零一二三四五六七八九]{2,4}年|去年|前年|今年", text) \
        and bool(_JOB_VERB.match(text) or names_occupation(text))


# joining a unit, named by its kind whatever goes before it ("85年进的紧固件厂", "进了一家机械厂", "进厂"), not 先进企业
# (the kinds are data: language/data/units.json, "一五年进馆" as "一五年进厂")
_UNIT_KINDS = f"(?:{words_pattern([*data_json('units.json')['kinds'], *data_json('units.json')['short']])})"
_JOINED = re.compile(rf"入职|(?<![先促推改引增精演跟前挺激])进(?:了|的)?(?:一家|这个|这家|现在的?)?[\u4e00-\u9fff]{{0,6}}?{_UNIT_KINDS}"
                     r"|进(?:了)?(?:现在)?(?:这家|现在的|的这家)")
_ELSEWHERE_BEFORE = re.compile(r"之前|以前|原来|老家|兼职")
_JOB_VERB = re.compile(r"(?:做|干|当|从事|搞|掌勺|入行)(?![了过着的]?[0-9一二两三四五六七八九十])")
_MAIN_JOB = re.compile(r"全职|主业|本职|正式工作|正式上班|主要工作|上班|工作(?!室)")  # beside a part-time job
# full-time work in Hangzhou, said; denied ("从来没在杭州上过班", "未曾来杭工作") by the language layer's negation before it
_HZ_WORK = re.compile(r"(?:在|来)(?:杭州|杭)(?:全职|工作|上|干)")


# "一开始就在杭州", "一直在萧山": the place the work started in and stayed
_THERE_FROM_START = re.compile(r"^(?:我|俺)?(?:从)?(?:一开始|刚开始|开始|起初|入行)?(?:就)?(?:一直|始终)?(?:都)?在")


def _start_there(out: Candidates, start: str, after: str, today: dt.date) -> None:
    """"12年参加的工作，一直在萧山", "十年前入的行，一开始就在杭州": the career's start is the start in that place."""
    m = _THERE_FROM_START.match(after)
    if not m or m.end() == 0 or not re.search(r"一开始|刚开始|起初|一直|始终", after[:m.end()]) or _ELSEWHERE_BEFORE.search(after):
        return
    places = [(city, province) for _, _, city, province in cities_in(after)]
    if len(places) == 1:
        city, province = places[0]
        if city == "杭州":
            add_start(out, "hangzhou_full_time_start", start, today)
        elif province == "浙江省":
            add_start(out, "_zj_start", start, today)


# A working life said to have stayed in one place, in a clause of its own: "一直在杭州", "这些年一直在这边",
# "都在杭州", "没离开过杭州", "没出去过", "没换过城市/地方". (一直在做/干 is the work going on, not the place.)
_STAYED = re.compile(r"(?:一直|始终|一开始就|从来都?|这些年(?:都|一直)?|都)(?:是|全职)?在(?!职|岗|做|干|搞|当|弄|学|考|交|跑)"
                     r"|没(?:有)?(?:离开|出去|出|换|挪)过?(?:杭州|浙江|这里|这边|本地|城市|地方|窝)?")
# Which starts are the start of a working life, so that a stay all along dates from them (data, one row a kind):
_CAREER_STARTS = (
    r"毕业|(?:技校|职高|中专|大学|学校|部队)(?:里)?出来|退伍|复员",  # leaving school or the army
    r"第一份工作|头一份工作|参加(?:的)?工作|出来(?:工作|打工|上班|干活)|开始(?:工作|上班|打工)",  # the first job
    r"入行|入的行|入了行|进的行|(?:进|入)(?:的)?(?:厂|公司|单位)|学徒|学手艺|拜师",  # entering the trade
    r"(?:进|进来|过来|入职)的?$",  # "一六年进的": the unit named before, its object left out
)
_CAREER_START = re.compile("|".join(f"(?:{row})" for row in _CAREER_STARTS))


def _stayed_all_along(out: Candidates, asserted: list[Segment], today: dt.date) -> None:
    """"12年大专毕业就做这行，做网络运维，一直在杭州", "第一份工作是2013年…，后来换了两家公司，都在杭州，没出去过": a
    start of the working life (``_CAREER_STARTS``, or the trade's start) in one clause and a stay all along
    (``_STAYED``) in any other date the start in the one place the message names for work. Any second place, or a
    move, means the stay began later, and a start said outright for the place outranks it."""
    started = bool(out.get("hangzhou_full_time_start") or out.get("_zj_start"))  # a start said outright outranks
    texts = [mask(s.text) for s in asserted]
    starts = [t for i, t in enumerate(texts) if not _years_since(t) and (
              _CAREER_START.search(t) or _ENTERED.search(t) or _began_trade(t) or _bare_start_stayed(texts, i))
              and not _ELSEWHERE_BEFORE.search(t) and start_span(t, today)]
    stayed = any(m and not denied_before(t, m.start(), 4) and not _ELSEWHERE_BEFORE.search(t)
                 for t in texts for m in [_STAYED.search(t)])
    from assistant.extract.gaps import inside

    # "期间去深圳待过两年": time away inside the stay (extract.gaps subtracts it) is no second place and no move
    texts = [t for t in texts if not inside(t)]
    if len(starts) != 1 or not stayed or any(_MOVES.search(t) and not _STAYED.search(t) and not _COMMUTE.search(t)
                                             for t in texts):
        return
    places = {(city, province) for t in texts for st, end, city, province in cities_in(t)
              if not is_origin(t, st) and not _HOME_BEFORE.search(t[max(0, st - 4):st]) and not _HOME_AFTER.match(t, end)}
    if len(places) != 1:
        return
    city, province = places.pop()
    if city != "杭州":  # "2016年开始干，一直在宁波全职": the whole working life elsewhere, none of it in Hangzhou
        add(out, "_hz_none", True)
    if started:
        return
    if city == "杭州":
        add_start(out, "hangzhou_full_time_start", starts[0], today)
        add(out, "_hz_now", True)
    elif province == ZHEJIANG:
        add_start(out, "_zj_start", starts[0], today)
    if "_field_start" not in out and any(_always_at_the_work(t) for t in texts) \
            and not any(_TRADE_CHANGED.search(t) for t in texts) and add_start(out, "_field_start", starts[0], today):
        # "技校毕业那年进的这家阀门厂，1997年，到现在没换过地方…一直在车间干车工": one place since the start and the
        # work said to have gone on all along is the trade since then too (a default: a count said outranks it)
        add(out, "_field_start_placed", True)


def _bare_start_stayed(texts: list[str], i: int) -> bool:
    """Whether ``texts[i]`` is a bare start (``_BARE_START``) and the clause after it a stay ("2019年开始，一直在杭州
    全职": the start of the stay said to have gone on all along)."""
    return bool(_BARE_START.match(texts[i])) and i + 1 < len(texts) and bool(_STAYED.search(texts[i + 1]))


# going home at the weekend ("周末回杭州的家", "每周回一趟萧山"): a commute, no move
_COMMUTE = re.compile(r"(?:周末|每周|每个周末|每天|每晚|晚上|过年|逢年过节)(?:都|就|才|再)?回")
# a home, not a workplace: "老家杭州的", "户口在萧山", "周末回杭州的家" (the place before 的家)
_HOME_BEFORE = re.compile(r"(?:老家|家乡|家|户口|籍贯)(?:是|就|也|都|住)?(?:在)?$|回$")
_HOME_AFTER = re.compile(r"的?(?:家|老家)")


# a start tied to the trade's own verb in its clause ("1999年就在杭州修车了"): 就 says the work began then
_TRADE_SINCE = re.compile(r"年(?:起|开始)?(?:就|便)在")


# the trade changed at some point ("转行", "之前跑销售"): the start of a working life is not the trade's
_TRADE_CHANGED = re.compile(r"转行|改行|换行|转岗|之前|以前|原来|早先|后来")


def _job_here(seg: Segment, city: str, province: str | None = None) -> bool:
    """Does the clause before a start name the present job, in the same city or none ("我在上城一家民企做大模型应用
    开发，2019年起在杭州全职": the job of that start)? A clause naming a province outside Zhejiang before a start in
    Zhejiang ("我一直在安徽干，今年刚调到杭州分公司") is the work before the move, not the job begun there."""
    text = mask(seg.text)  # the job said with a verb, or named by its technical field alone ("萧山民企一线运维"),
    # or by any trade's own verb the language layer reads, at a workplace named ("在余杭一家茶厂炒茶"; "我开挖掘机的"
    # names none, and a move after it is no start of the trade)
    at_work = bool(cities_in(text) or re.search(_UNIT_KINDS + r"|作坊|工地|店", text))
    return seg.current and bool(_JOB_VERB.search(text) or technical_work(text)
                                or (at_work and work_verb(text, trade=True))) \
        and not _ELSEWHERE_BEFORE.search(text) \
        and not re.search(r"[0-9〇零一二三四五六七八九]{2,4}年|去年|前年|今年|年前", text) and all(c == city for *_, c, _p in cities_in(text)) \
        and not (province == ZHEJIANG and _outside(text))


# a span that runs up to now ("从2010年干到现在", "08年到现在", "2016年至今"): the job has been in one place all along
_UP_TO_NOW = re.compile(r"(?:到|至)(?:现在|今天|如今|目前|今)")
_GOES_ON_TO_NOW = re.compile(r"^(?:我|俺)?(?:就|便)?(?:一直)?(?:到现在|到今天|到如今|至今)(?:都|也)?(?:一直|始终)?"
                             r"|^(?:我|俺)?(?:就|便)?(?:一直|始终)(?:都)?(?:干|做)(?:到现在|到今天|到如今|至今)")  # "一直干到现在"


# the work said to go on up to now after its verb ("修发动机一直修到现在", "磨剪刀磨到现在", "一进去就干到了今天"):
# with a join of a unit in the clause before, the join is the work's start, as "进厂，到现在一直在做焊工" is
_WORKED_TO_NOW = re.compile(r"(?:一直|始终)(?![待呆住])[^，,。]{0,6}?(?:到现在|到今天|到如今|至今)"
                            r"|(?<![直])[干做修焊磨开当搞带绣织砌烧][^，,。]?到(?:了)?(?:现在|今天|如今)")
# a join of a unit and staying on said in one clause ("1995年进杭州一家刺绣厂就一直在绣架前面"): the work has gone on
_STAYED_ON = re.compile(r"(?:就|便)(?:一直|始终)(?:都)?(?:在|干|做)")


def _always_at_the_work(text: str) -> bool:
    """"一直在车间做钳工", "一进去就在车间做钳工": the clause after a join says the work named in it has gone on since
    (一直, or 一进去就 tying it to the join), a present tense that runs up to now as "到现在" does."""
    return bool(_ALWAYS_AT_IT.search(text) or _FROM_THE_JOIN.match(text)) and bool(
        _JOB_VERB.search(text) or names_occupation(text))


# "一进去就在车间做钳工", "一进厂就开始学焊": the work from the join on
_FROM_THE_JOIN = re.compile(r"^(?:我|俺)?一(?:进去|进厂|进来|入职|上班)(?:就|便)")


def _joined_for_good(text: str) -> bool:
    """Does the clause join a unit and say one stayed on from then ("进…厂就一直在…")? The 就 ties the staying to the join."""
    m = _JOINED.search(text)
    return bool(m) and bool(_STAYED_ON.search(text, m.end()))


# a clause that moves the speaker ("后来回老家", "又去了宁波"): a clause after it is not placed by the clauses before it
_MOVES = re.compile(r"回|去了|去过|调(?:到|去|回|来|往)|搬|离开|跳槽|(?<![干做弄])到(?!现在|今天|如今|今)")


def _around(asserted: list[Segment], index: int) -> list[int]:
    """Where the place of the clause at ``index`` may be said: the clause before, the one after, then up to two more
    back past clauses about the work ("在临平的厂里搞视觉检测，相机、光源都是我弄，2019年毕业就来了"), unless a clause
    between moves the speaker ("后来回老家" ends the reach)."""
    out = [index - 1, index + 1]
    for back in (2, 3):
        if index - back < 0 or _MOVES.search(mask(asserted[index - back + 1].text)):
            break
        out.append(index - back)
    else:
        # "我是杭州一家区级图书馆的 事业编 不是参公 也不是啥领导 普通技术岗 一五年进馆…": short clauses about the post
        # between the unit's clause and the join reach further back, up to the first that names a place
        for back in range(4, 7):
            between = mask(asserted[index - back + 1].text) if index - back >= 0 else ""
            if index - back < 0 or _MOVES.search(between) or cities_in(between) or len(between) > 8:
                break
            out.append(index - back)
    return [i for i in out if 0 <= i < len(asserted)]


def _job_place(asserted: list[Segment], index: int) -> list[tuple[int, tuple[str, str]]]:
    """The one place of the present job said in the clause before a span up to now, or else the one after it ("我在
    余杭一家厂里当安装工，从2010年干到现在"; "从2016年做到现在，在临平一家…公司"), with that clause's index; none where
    the clause names the past or several places."""
    for near in _around(asserted, index):
        if not asserted[near].current:
            continue
        text = mask(asserted[near].text)
        if _ELSEWHERE_BEFORE.search(text) or not (_JOB_VERB.search(text) or names_occupation(text)
                                                  or technical_work(text) or _SEAT_IN.search(text)):
            continue
        places = {(city, province) for start, _, city, province in cities_in(text) if not is_origin(text, start)}
        return [(near, places.pop())] if len(places) == 1 else []
    return []


_CAME = re.compile(r"来|到|调|搬|回")
# coming back to a place ("19年回的杭州", "又回杭州了", "2018年又回来了"): one had worked there before
# (a district said instead of the city is Hangzhou too: "今年又回萧山了")
_RETURNED = re.compile(rf"回(?:的|了|到|来)?(?:{PLACE_HZ.pattern})|又回(?:来|到)?|重新回|再回")
# where the employer is ("我们厂在萧山", "公司就在滨江"): the place of the job, as a clause naming the job is
_SEAT_IN = re.compile(r"(?:厂|公司|单位|企业|店|集团)(?:就|也|一直)?(?:在|位于)")
# a transfer from one workplace to another ("调到市区的分厂", "转到总部"), not a first coming
_MOVED_WITHIN = re.compile(r"调(?:到|去|进|入|回|往)|(?:转|换|搬)(?:到|去)")


def _span_places(out: Candidates, spanned: list[tuple[str, int, tuple[str, str]]], asserted: list[Segment],
                 today: dt.date) -> None:
    """A span up to now gives the years in its job's place (杭州 for 余杭, 建德, 桐庐; Zhejiang for 宁波) as a weak
    start, ``_hz_span_start``/``_zj_span_start``: resolve uses it only when no start or count of that place is said.
    Any other clause about coming to the place ("2021年才来杭州", "来杭州的时间记不太清了") means the job began
    elsewhere, so the span places nothing."""
    for text, job, (city, province) in spanned:
        def here(c: str, p: str, city=city, province=province) -> bool:
            return c == "杭州" if city == "杭州" else p == province

        came = any(i != job and mask(s.text) != text and _CAME.search(mask(s.text))
                   and any(here(c, p) for *_, c, p in cities_in(mask(s.text))) for i, s in enumerate(asserted))
        if came:
            continue
        if city == "杭州":
            add_start(out, "_hz_span_start", text, today)
        elif province == ZHEJIANG:
            add_start(out, "_zj_span_start", text, today)




# a year said alone, perhaps hedged ("大概96年", "应该是2003年吧", "好像是零八年"): the speaker's closer reading of a
# start said loosely just before it
_YEAR_ALONE = re.compile(r"^(?:我|俺)?(?:记得)?(?:大概|大约|应该|好像|估计|差不多|可能)?(?:是)?"
                         r"(?P<y>(?:19|20)[0-9]{2}|[0-9]{2}|[〇零一二三四五六七八九]{2,4})年(?:吧|左右|的样子|前后|那样)?$")


def _dateless_entry(text: str, today: dt.date) -> bool:
    """Does the clause enter the trade or start the working life ("毕业就干", "入的行", "进的厂") with no date of its
    own, and nothing of an earlier trade?"""
    return bool(_ENTERED.search(text) or _CAREER_START.search(text) or re.search(r"(?:毕业|退伍)(?:后|以后)?就(?:干|做)", text)) \
        and not _ELSEWHERE_BEFORE.search(text) and start_span(text, today) is None


def _decade_said_closer(text: str, after: list[str], today: dt.date) -> str:
    """"九几年就干这行了，具体记不清，大概96年": a decade said for a start (``DECADE``), then a year alone in that
    decade within the next two clauses, is that year ("96年就干这行了")."""
    decade = DECADE.search(text)
    if not decade:
        return text
    first = year_from(f"{CN_DIGITS[decade['d']]}0", today)
    for clause in after:
        m = _YEAR_ALONE.match(clause)
        year = year_from(m["y"], today) if m else None
        if first is not None and year is not None and first <= year <= first + 9:
            return text[:decade.start()] + f"{year}年" + text[decade.end():]
    return text


def read_starts(segs: list[Segment], today: dt.date, where: str | None = None) -> Candidates:
    """Where and since when one works full time: "2019年来的杭州" (hangzhou_full_time_start), "今年1月才从江西来
    湖州这家厂" (Zhejiang years), "1995年起在杭州一家饭店掌勺" (the job's years too); "从没在杭州全职过" (none);
    "每周来杭州兼职两天" (no full-time years in Hangzhou)."""
    out: Candidates = {}
    asserted = [s for s in segs if s.asserts]
    side_in_hz = main_elsewhere = False  # "在杭州兼职两年，全职在绍兴": no full-time work in Hangzhou
    side = main = False  # a part-time job beside a main one
    placed: list[str] = []  # starts of work in a place: the trade's start only when none is said for it
    spanned: list[tuple[str, int, tuple[str, str]]] = []  # a span up to now, the clause naming its job, that place
    for index, seg in enumerate(asserted):
        # (the year alone may be said as a guess, "应该是零八年吧", which the question reader takes for no assertion)
        at = next(i for i, s in enumerate(segs) if s is seg)
        text = since_said(_decade_said_closer(mask(seg.text), [mask(s.text) for s in segs[at + 1:at + 3]], today))
        if any(denied_before(text, m.start(), 4) for m in _HZ_WORK.finditer(text)):
            add(out, "_hz_none", True)
            continue
        if obtaining(text) and not cities_in(text):  # "技师，2018年考出来的": when the level came, not a move
            continue
        if BACK_TO_WORK.search(text):  # "去年退了又被厂里返聘回来": taken back on, not come to a place
            continue
        places = [(city, province) for start, _, city, province in cities_in(text) if not is_origin(text, start)] or [
            (ZHEJIANG, ZHEJIANG) for start, _, p in provinces_in(text) if p == ZHEJIANG and not is_origin(text, start)]
        places += [("杭州", "浙江省")] * len(re.findall(r"(?:在|来|到|赴|留)杭(?!州)", text))
        if seg.current:
            side |= "兼职" in text and not SIDE_JOB.search(text)
            main |= bool(_MAIN_JOB.search(text)) and "兼职" not in text
        if seg.current and places:
            side_in_hz |= "兼职" in text and any(city == "杭州" for city, _ in places)
            main_elsewhere |= bool(_MAIN_JOB.search(text)) and "兼职" not in text and all(
                city != "杭州" for city, _ in places)
        # "十年前从湖南过来，一直在杭州做瓦工": a past move, said with the work that has gone on since, is a start too
        goes_on = _goes_on(asserted, index) or _joined_for_good(text)
        if not places and _HOME.search(text) and index + 1 < len(asserted) and asserted[index + 1].current \
                and _JOINED.search(mask(asserted[index + 1].text)):
            places = [(city, province) for _, _, city, province in cities_in(mask(asserted[index + 1].text))][-1:]
        if not places and (_JOINED.search(text) or _HERE.search(text)) and (seg.current or goes_on) \
                and not _years_since(text):
            # "在杭州一家互联网公司做前端开发，2021年3月入职的", "2016年起就一直在这做…，杭州全职": the job is
            # placed by the clause next to it (before first)
            for near in [asserted[i] for i in _around(asserted, index)]:
                if not near.current or _ELSEWHERE_BEFORE.search(mask(near.text)):
                    continue
                places = [(city, province) for _, _, city, province in cities_in(mask(near.text))][-1:]
                if places:
                    break
            if not places and where and city_of(where):  # "今年4月从江苏常州过来的", said to a chat that knows
                places = [city_of(where)]  # the workplace already
        # "2015年进厂，到现在一直在做焊工": the join, with the next clause going on up to now, is "进厂到现在"
        # (and "2009年学的焊工，一直干到现在": the work itself begun in a dated clause, then gone on up to now)
        # (the next clause is checked first: the date parser is the costly part, ~1 ms a clause)
        up_to_now = index + 1 < len(asserted) \
            and bool(_GOES_ON_TO_NOW.match(asserted[index + 1].text) or _WORKED_TO_NOW.search(asserted[index + 1].text)
                     or _always_at_the_work(mask(asserted[index + 1].text))) \
            and bool(_JOINED.search(text) or ((work_verb(text, trade=True) or _LEARNT_TRADE.search(text))
                                              and start_span(text, today)))
        # "九八年进的自来水公司，当管网检漏工，一直干到现在": the job named between the join and the going on
        up_to_now = up_to_now or goes_on and _only_the_work_next(asserted, index) \
            and bool(_JOINED.search(text)) and start_span(text, today) is not None
        if not places:
            if (_ENTERED.search(text) or _began_trade(text) or up_to_now) and not _years_since(text):  # "2012年入行"
                if add_start(out, "_field_start", text, today) and index + 1 < len(asserted):
                    _start_there(out, text, mask(asserted[index + 1].text), today)
                elif index and _ENTERED.match(text) and start_span(text, today) is None:
                    # "大专毕业是2012年，进的这一行": the trade entered with no date of its own, right after a dated
                    # start of the working life (leaving school, the army), entered then
                    previous = mask(asserted[index - 1].text)
                    if _CAREER_START.search(previous) and not _ELSEWHERE_BEFORE.search(previous):
                        add_start(out, "_field_start", previous, today)
                if _UP_TO_NOW.search(text) or goes_on:  # "在余杭一家阀门厂当安装工，从2010年干到现在": the job's
                    # place ("在上城做官窑青瓷，拉坯、烧窑都是我，1985年就开始做了，一直在窑上": gone on since)
                    spanned.extend((text, job, place) for job, place in _job_place(asserted, index))
            elif index and _YEAR_ALONE.match(text) and _dateless_entry(mask(asserted[index - 1].text), today):
                # "毕业就干，一五年", "入的行，零八年": the trade entered with no date, then its year alone
                add_start(out, "_field_start", text, today)
            elif _BARE_START.match(text) and any(_JOB_VERB.search(mask(n.text)) or names_occupation(mask(n.text))
                                                 for n in asserted[max(0, index - 1):index]):
                add_start(out, "_field_start", text, today)  # "在千岛湖一家民宿当管家，2018年开始的"
                if index:  # "一直在建德做厨师，2009年开始的": the present job's start, placed in the job's clause
                    spanned.extend((text, job, place) for job, place in _job_place(asserted, index)[:1] if job < index)
            elif (_JOINED.search(text) or _HERE.search(text)) and (seg.current or goes_on) \
                    and not _years_since(text):
                # "2008年进的这个厂，一直干这行", "干了18年，2003年来的": a start placed nowhere says how long the
                # present work has gone on at least; resolve compares it with a count of the trade's years
                add_start(out, "_floor_start", text, today)
            continue
        city, province = places[-1]  # "从苏州调来杭州": the destination
        if city != "杭州" and province != "浙江省" and _ENTERED.search(text) and "兼职" not in text \
                and not _years_since(text):
            add_start(out, "_field_start", text, today)  # "18年在上海入的行": the trade's start, wherever it was
        if "兼职" in text or not (_START_VERB.search(text) or up_to_now) or _years_since(text):
            continue
        if city == "杭州" and any(c == "杭州" for st, _, c, _p in cities_in(text) if is_origin(text, st)):
            if seg.current:  # "两年半前从桐庐调到建德": a move within Hangzhou; the start in Hangzhou is earlier
                add(out, "_hz_now", True)
            continue
        if city == "杭州" and out.get("hangzhou_full_time_start") and _MOVED_WITHIN.search(text):
            # "1998年在建德一家钢结构厂开始干，2008年调到杭州市区的分厂": a move within Hangzhou; the first start stands
            if seg.current:
                add(out, "_hz_now", True)
            continue
        if city == "杭州":
            if not add_start(out, "hangzhou_full_time_start", text, today):
                continue
            if _RETURNED.search(text):  # "19年回的杭州": a span in Hangzhou said before it was an earlier stay
                add(out, "_hz_returned", True)
            if seg.current and not any(c != "杭州" for s in asserted[index + 1:] for *_, c, _p in cities_in(mask(s.text))):
                add(out, "_hz_now", True)  # "19年大学毕业来的杭州，做前端": the workplace, unless a later place is named
            if _from_outside_zhejiang(text, [mask(s.text) for s in asserted if s is not seg],
                                      [mask(s.text) for s in asserted[:index]]):
                add(out, "_from_outside_zj", True)  # "之前一直在安徽，今年3月才来杭州": no earlier years in Zhejiang
        elif province == "浙江省":
            if not add_start(out, "_zj_start", text, today):
                continue
        elif start_span(text, today) is None:
            continue
        if _ENTERED.search(text) or up_to_now:  # "2016年硕士毕业就进来了": the career starts here
            add_start(out, "_field_start", text, today)
        elif _JOB_VERB.search(text) or goes_on or _TRADE_SINCE.search(text) and work_verb(text, trade=True) \
                or (index and _job_here(asserted[index - 1], city, province)) or _echoes_the_trade(text, asserted[:index]):
            # "1995年起在杭州一家饭店掌勺", "2011年才来杭州，一直在…一线开数控车床", "1999年就在杭州修车了"
            placed.append(text)
    _span_places(out, spanned, asserted, today)
    _stayed_all_along(out, asserted, today)
    for text in placed if "_field_start" not in out else ():  # a start said for the trade itself comes first
        if add_start(out, "_field_start", text, today):
            add(out, "_field_start_placed", True)  # the trade's start only by default: no count is measured by it
    if side_in_hz and main_elsewhere:
        add(out, "_hz_none", True)
    if side and main:  # "白天在嘉兴上班，晚上在杭州兼职": the main job is full time
        add(out, "_main_job", True)
    return out


def _echoes_the_trade(text: str, before: list[Segment]) -> bool:
    """Does the start's clause end on the verb of the trade said before it, bare ("他开挖掘机的，九八年就在杭州工地上开
    了", "刻砚台的，05年就在淳安刻了")? Such an echo is the work itself begun then, as "做" or "干" would be."""
    verbs = {v for s in before for t in [mask(s.text)] if work_object(t) for v in [work_verb(t, trade=True)] if v}
    return any(re.search(rf"{re.escape(v)}(?:了|的|起|着)?(?:吧|啊)?$", text) for v in verbs)


_OUTSIDE = re.compile(r"外省|省外")  # outside the province, without naming a place


def _outside(text: str) -> bool:
    """Does ``text`` name a place outside Zhejiang ("之前一直在安徽", "在深圳干了5年", "外省")? Provinces and cities
    by jionlp's ``parse_location``, districts of Zhejiang by the gazetteer."""
    if _OUTSIDE.search(text) or any(p != ZHEJIANG for *_, p in cities_in(text)):
        return True
    province = province_in(text)
    return province is not None and province != ZHEJIANG


# a clause said before the move that tells where one was all along ("我一直在安徽干，今年刚调到杭州分公司"): up to the
# move, as 之前 would say it
_ALL_ALONG_BEFORE = re.compile(r"一直|一向|都在|向来")


def _from_outside_zhejiang(text: str, others: list[str], earlier: list[str] = ()) -> bool:
    """Did the work before the move to Hangzhou happen outside Zhejiang: "从江苏常州过来", "从安徽过来" in the clause
    of the move, or "之前一直在安徽" beside it, or "我一直在安徽干" said before it (``earlier``: the clauses before the
    move), and no earlier place in Zhejiang named?"""
    if any(is_origin(text, start) and province != ZHEJIANG for start, _, _, province in cities_in(text)):
        return True
    for m in re.finditer(r"从", text):  # the place right after 从 is where one came from
        origin = place_at(text, m.end())
        if origin is not None and origin != ZHEJIANG or _OUTSIDE.match(text, m.end()):
            return True
    # the clauses about before the move: "之前一直在安徽", "从内蒙古过来的"
    before = [t for t in others if (_ELSEWHERE_BEFORE.search(t) or re.match(r"(?:我|俺)?(?:是)?从", t)
                                    or t in earlier and _ALL_ALONG_BEFORE.search(t)) and "兼职" not in t]
    outside = any(_outside(t) for t in before)
    inside = any(p == ZHEJIANG and c != "杭州" for t in before for *_, c, p in cities_in(t))
    return outside and not inside
