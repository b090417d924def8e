"""Readers that lean on the language libraries: when work in Hangzhou started (jionlp's time parser, relative
dates included), the occupation and whether it is digital-economy work, the kind of post (front line or
management), and "no certificate" as a skill level of none.

- A start: a clause that says one came to or began working in Hangzhou at a date ("18年底才来杭州", "2019年来的
  杭州", "去年8月才来的杭州", "2017年起就在杭州全职") gives ``hangzhou_full_time_start`` (the date's last month,
  so a threshold is never passed by a guess; see ``extract.when``).
- The occupation: what the asker says they work as ("当电焊工", "做云计算运维", "是算法工程师"). Whether it is
  digital-economy work is a judgement on the description (``assistant.language.classify``), used only when the
  keyword reading has not already decided.
- The post: a present-tense clause about one's post ("现在当车间主任主要管人") is judged by the role classifier.
"""

from __future__ import annotations

import datetime as dt
import re

from assistant.dates import add_months
from assistant.extract.jobs import split_title, technical_work, title_place
from assistant.extract.judge import (
    denied_before,
    denied_parts,
    digital_occupation,
    negated,
    obtaining,
    without_level,
    work_object,
    work_verb,
)
from assistant.extract.numbers import CN_DIGITS, COUNT_HEDGES, closed_range, month_from, to_number, year_from
from assistant.extract.patterns import (
    BACK_TO_WORK,
    COMPETITION_WORDS,
    EMPLOYED,
    MACHINES,
    PLACE_HZ,
    STATUS_WORKER,
)
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
from assistant.extract.text import Segment, mask
from assistant.language.doing import CONTRAST, TENURE

__all__ = ["start_span", "add_start", "read_starts", "read_occupation", "names_occupation", "read_no_skill", "read_none", "read_skill_dates"]

# "2005年就在那干了": a year with 就/便/已经 before the work says when it began
# "08年以后就一直在萧山的纺织厂", "2015年之后一直在杭州": a year and 以后/之后 is when the stay began, as 起 is
_START_VERB = re.compile(r"来|到|调(?!度|试|整|查|研|休|解|皮|味|色|料|剂|控|音|节|配|用|校|制|光|频|优|参|教)|入职|进(?!步|行|一步)|搬|回|落户|留(?:在|下|了|杭)|起|开始|以来|入行|上班|年(?:就|便|已经)|至今|"
                         r"(?<![0-9])(?:(?:19|20)[0-9]{2}|[0-9]{2})年(?:以后|之后)"
                         # leaving school or the army, then there ("17年毕业就在杭州", "退伍后一直在萧山"): work began there
                         r"|(?:毕业|退伍|复员|转业|退役)(?:后|以后|之后)?(?:就|便)?(?:一直)?(?:留)?在")  # 科技进步奖 is no move
# "15年来一直在杭州": for 15 years; but "08年来的杭州", "18年来杭州" name the year one came
_YEARS_SINCE = re.compile(r"(?<![0-9])(?:[1-9][0-9]?|[一二两三四五六七八九十]{1,3})年(?:来|以来)(?![的杭到这了过])")
# "从2005年干到现在": a span up to now, the trade's start (its place, if any, is said in its own clause)
_ENTERED = re.compile(r"(?<=年)[^，,。]{0,6}(?:到现在|至今|到今天|到如今)|入行|(?<=年)[就便起]{0,2}(?:干|做|搞|从事)上?了?(?:这行|这一行|本行|这个行当|这活|这个(?![0-9一二两三四五六七八九十]|月|年)|这块|这一块)|入的行|入了行|进的行|(?:进|入)(?:的|了)?(?:这|本)一?(?:行|个行当|个行业)|转行|改行|换行|参加的?工作|开始(?:做|干|从事|搞)|进入(?:这|本)?行|(?:这行|这一行|本行|这个行业)[^，,。]{0,6}?年(?:就|才|刚)?(?:入|进)的|(?:毕业|退伍|复员|转业|退役)(?:后|以后)?(?:就|便|才)?(?:进|来|到|入职|工作|参加)"
                      # "15年毕业就干这个", "毕业后一直做这行", "退伍后一直干到现在": the trade taken up on leaving
                      # school or the army (the year comes from ``when.name_event_years``: "毕业是2012年")
                      r"|(?:毕业|退伍|复员|转业|退役)(?:后|以后)?(?:就|便)?(?:一直)?(?:干|做|搞|从事)"
                      r"(?:这行|这一行|本行|这个|这块|这活|到现在|到今天|至今|$)"
                      # "2008年学厨", "九八年跟师傅学木雕", "05年当学徒": an apprenticeship is the trade's start (learning
                      # anything else is not: 学习, 学历, 学车, 学会 …)
                      r"|(?<=年)(?:就|便|才|开始)?(?:跟(?:着)?(?:师傅|师父)|拜师)?学(?!习|历|校|生|位|费|车|会|员|院|期|分|科|术|时|籍|堂|问|者|的|了个|过)(?=[\u4e00-\u9fff])"
                      r"|(?<=年)[^，,。]{0,6}?(?:当|做)(?:的|了)?学徒|(?<=年)[^，,。]{0,4}?拜师"
                      # "2007年出来打工就干电工": the first job, said with the work taken up in it
                      r"|(?<=年)(?:就|便)?出来(?:打工|工作|干活|上班)(?:就|便)?(?:干|做|当|学)"
                      # "从一六年干起", "2009年做起": a verb of the work and 起 is 开始; "零八年开始学的汽修": learning
                      # the trade is its start (学徒, 学手艺 start a working life too, _CAREER_STARTS)
                      r"|(?<=年)[^，,。]{0,6}?(?:进|入)[^，,。]{0,4}?(?:就|便)?(?:一直|始终)(?:都)?在(?:这|那|这里|那里|这边|里面|厂里|里头)?$"  # "八八年进厂就一直在"
                      r"|(?<=年)(?:就|便)?(?:开始)?(?:干|做|搞|学|从事)起|开始学(?:的|了)?(?=[\u4e00-\u9fffA-Za-z])(?!习|历|车|校)")
# the job said with "here" ("一直在这做", "就进来了"): its place is in the clause next to it
_HERE = re.compile(r"在这(?!些|个|几|么|样)|在这里|在这边|在这家|在那(?!些|个|几|么|样)|在那里|在那边|在那家|在本单位|进来|过来|调来的|来的这|"
                   r"就进了?(?:这家|这里)|进了?(?:现在的?)?这家|进了?现在的|(?<![从])来的?$|毕业(?:后|以后)?(?:就|便)?来了$|"
                   r"(?:就|便)进去了?$|进去的$"
                   # staying on where one studied ("大学在杭州读的，毕业留下来了"): the place the clause before named
                   r"|留了?下来|留下了")  # "17年大学毕业就进去了": the employer the clause before placed
# "一直在一家机械厂一线开数控车床": the work has gone on since the start said before
# ("到现在一直在做焊工", "至今一直干这个": up to now, the same)
# ("回来以后一直在余杭做模具": after a time away inside the stay, the work went on from the return as from the start)
_ALWAYS_AT_IT = re.compile(r"^(?:后来|之后|此后|然后|就|(?:又)?回来(?:以后|之后|后)?(?:就|又)?)?(?:到现在|到今天|至今|这些年)?(?:一直|始终)(?:都)?(?:全职)?(?:在|做|干|当|从事|搞|开)")
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


# joining a unit, named by its kind whatever goes before it ("85年进的紧固件厂", "进了一家机械厂", "进厂"), not 先进企业
_UNIT_KINDS = r"(?:公司|厂|单位|企业|集团|医院|酒店|饭店|宾馆|车间|工地|研究所|所里)"
_JOINED = re.compile(rf"入职|(?<![先促推改引增精演跟前挺激])进(?:了|的)?(?:一家|这个|这家|现在的?)?[\u4e00-\u9fff]{{0,6}}?{_UNIT_KINDS}"
                     r"|进(?:了)?(?:现在)?(?:这家|现在的|的这家)")
_ELSEWHERE_BEFORE = re.compile(r"之前|以前|原来|老家|兼职")
_JOB_VERB = re.compile(r"(?:做|干|当|从事|搞|掌勺|入行)(?![了过着的]?[0-9一二两三四五六七八九十])")
_MAIN_JOB = re.compile(r"全职|主业|本职|正式工作|正式上班|主要工作|上班|工作(?!室)")  # beside a part-time job
# full-time work in Hangzhou, said; denied ("从来没在杭州上过班", "未曾来杭工作") by the language layer's negation before it
_HZ_WORK = re.compile(r"(?:在|来)(?:杭州|杭)(?:全职|工作|上|干)")
# a two-digit year in Chinese digits ("一九年来的", "零八年进的厂"), not two neighbouring numbers ("三四年": a span)
_CN_YEAR = "(?!一二|二三|两三|三四|四五|五六|六七|七八|八九)[〇零一二三四五六七八九]{2}"
YEAR_THEN_CAME = re.compile(r"(?<![〇零一二三四五六七八九十0-9])(?P<y>(?:19|20)[0-9]{2}|[0-9]{2}|" + _CN_YEAR + r")年(?:(?P<m>1[0-2]|0?[1-9])月份?)?(?:底|末|初)?(?:就|才)?"
                             r"过?(?:来|到|调|进|搬|回|起|开始)")  # "19年过来的"
_OCCUPATION = re.compile(
    r"(?:当(?![时年初地天然])|做|干|是|担任|任|从事)(?:了|过)?(?:(?:[0-9一二两三四五六七八九十几半]+(?:多|余|来)?(?:年|个月)(?:多|半)?"
    r"|一辈子|半辈子|好多年|好些年|多年)(?:的)?)?"
    r"(?:一名|一个|个|名)?(?P<o>[\u4e00-\u9fffA-Za-z0-9]{1,16}?"
    r"(?:工程师|技术员|操作工|维修工|电焊工|焊工|钳工|车工|铣工|电工|工人|技工|技师|师傅|程序员|设计师|分析师|架构师|"
    r"运维|开发|研发|测试|标注员|质检员|员|工(?![程作艺厂资具业机人件序械地会友龄种位装期单时])|匠|师|"
    # agent nouns of service work: 骑手, 月嫂, 网约车司机, 保姆 (新手, 高手, 选手 are no trade: _NOT_OCCUPATION)
    r"手|嫂|司机|保姆))"
    r"(?![\u4e00-\u9fff]{0,1}(?:证|等级|资格))"
)
# the work's name ends where a count's hedge begins ("干物流差不多四年", "做家政快三年": 物流, 家政)
_EMPLOYER_DOES = re.compile(r"(?:做|干|搞|从事)[\u4e00-\u9fffA-Za-z]{1,10}?的(?=[\u4e00-\u9fff]{0,4}?(?:公司|企业|厂|单位|集团|店|工作室|机构))")
_WORK_OBJECT = re.compile(r"(?:我|一直|现在|目前|专门)?(?:做|干|从事|搞)(?:(?:了|过)?(?:[0-9一二两三四五六七八九十几半]+(?:多|余|来)?年(?:多一?点|多|半)?"
                          r"|一辈子|半辈子|好多年|好些年|多年)(?:的)?)?(?!多一?点)(?P<o>(?:[0-9][A-Za-z]|[\u4e00-\u9fffA-Za-z])[\u4e00-\u9fffA-Za-z0-9]{1,9}?)"
                          r"(?=(?:" + COUNT_HEDGES + r")?[0-9一二两三四五六七八九十几]+(?:多|来|余)?年|了|的|工作|$)")  # a digit inside: 3D打印, 5G基站
# "我是开挖掘机的", "在码头开吊车": operating a machine or vehicle names the work (patterns.MACHINES)
_OPERATES = re.compile(rf"开(?P<o>[\u4e00-\u9fff]{{0,4}}?{MACHINES})(?=的|了|[0-9一二两三四五六七八九十几]|，|,|$)")
# not a description of the work: titles, statuses, words that point back ("干这行", "做同样的工作", "做技术"), and
# a complement of time or place ("干到现在", "做到退休")
_NOT_OCCUPATION = re.compile(r"^到|^出头|^(?:高级|中级|初级|首席|特级|会员|职工|员工|人员|工会|全职|兼职|普通员工|普通|一线|普通工人|技师$|"
                             r"这|那|此|本(?:行|工|职|岗)|同样|技术$|工作$|的|参照|参公|公务员$|干部$|领导$|职员$|雇员$|退休人员$)"
                             r"|会员$|^(?:新|老|高|能|好|帮|选|一把|对|凶|国)手$"  # "是的会员": a yes to the union, no job
                             r"|.*工会$"  # "公司是园区联合工会的": the union one's unit belongs to, no job
                             rf"|^(?:{STATUS_WORKER.pattern})$")  # a status is no occupation either
# A job said with no verb: the clause is a noun phrase that ends as a title does, perhaps after who speaks ("本人数控
# 车工", "我，电工", "数据标注员，干了三年", "汽车总装线上的操作员"), read as "是…" would be. A noun phrase by jieba's parts
# of speech: no time word, adverb, numeral, pronoun, preposition or organisation in it, and a noun or a job's suffix last, so a
# clause with an event in it ("前年刚评上", "平时打打零工", "证书就一个中级工程师") is none. An honour, a standing or a
# membership that ends as a title does (杭州工匠, 技术能手, 党员, 会员, 普通员工) is no job, and a level alone is a level.
_SPEAKER = re.compile(r"^(?:本人|我(?!们)|俺(?!们)|鄙人)?(?:就|也)?(?:是)?")
_BARE = re.compile(r"[\u4e00-\u9fffA-Za-z]{2,14}")
_NOT_A_JOB = re.compile(r"[是有在了过着没不未]|^普通|工匠|能手|劳模|标兵|先进|状元|大师|党员|团员|会员|委员|代表|学员|成员|人员|员工|职工|师傅$")
_LEVEL_SAID = re.compile(r"(?:[一二三四五]级|高级|中级|初级|特级|首席)?(?:技师|技工|工)")
# (jieba tags some trades as names, 维修工/nr, and a name is no job's suffix, so nr stays allowed)
_NOT_IN_A_NOUN = ("t", "d", "m", "r", "p", "c", "y", "e", "nt", "q", "ul", "uz", "ug", "uv")
_JOB_END = re.compile(r"(?:工|员|师|匠|手|嫂|司机|保姆)$")
# a form's label said before the job ("职业：汽修", "工种是钳工", "岗位：质检"): its value is the job, whatever its ending
_JOB_LABEL = re.compile(r"(?:我的|本人的?|俺的?)?(?:职业|工种|岗位|职务|本职工作|从事职业|职业工种|行当)")
_LABELLED = re.compile(rf"^{_JOB_LABEL.pattern}(?:是|为)(?P<o>.+)$")


def _noun_phrase(said: str, *, headed: bool = True) -> bool:
    """Is ``said`` a noun phrase by jieba's parts of speech ("汽车总装线上的操作员" yes, "前年刚评上" no)? ``headed``:
    a noun (or an abbreviation, 汽修; a verbal noun, 电焊) or a job's suffix must end it; a label's value needs none."""
    from assistant.retrieval.segment import tags

    tagged = tags(said)
    return bool(tagged) and not any(flag.startswith(_NOT_IN_A_NOUN) for _, flag in tagged) and (
        not headed or tagged[-1][1].startswith(("n", "zg", "j", "vn")) or bool(_JOB_END.search(tagged[-1][0])))


def bare_title(clause: str) -> str | None:
    """The clause as "是<title>" when it is a job's title said alone ("本人数控车工" -> "是数控车工", "电工" ->
    "是电工"); None for anything else ("干了十年", "杭州工匠", "二级技师": a level, read as one)."""
    said = _SPEAKER.sub("", clause, count=1)
    if not _BARE.fullmatch(said) or _NOT_A_JOB.search(said) or _LEVEL_SAID.fullmatch(said) \
            or _NOT_OCCUPATION.match(said) or not _OCCUPATION.fullmatch("是" + said) or not _noun_phrase(said):
        return None
    return "是" + said


def _label_value(said: str) -> str | None:
    """A label's value read as the job ("汽修" after 职业：): a noun phrase that is no status, title or level."""
    if not _BARE.fullmatch(said) or _NOT_A_JOB.search(said) or _LEVEL_SAID.fullmatch(said) \
            or _NOT_OCCUPATION.match(said) or not _noun_phrase(said, headed=False):
        return None
    return said


# words that make a field an area ("算法这一块", "数据方面", "运维相关的"): the field alone is the work
_AREA = re.compile(r"(?:这一?块|那一?块|一块|这方面|方面|相关|这一?行|那一?行)(?:的)?(?:工作|业务)?$")
_LEVEL_ONLY = {"特级技师", "高级技师", "首席技师", "技师", "高级工", "中级工", "初级工", "高级技工"}
_SPAN_HEAD = re.compile(r"^了?(?:快|近|将近|差不多|小|大)?[0-9一二两三四五六七八九十百]+(?:多|来|几)?年(?:多一?点|多)?(?:的)?")
# "没证", "啥证都没有", "证也没考": a certificate named alone, beside a negation, is the skill certificate (not 驾驶证)
_SKILL_WORDS = re.compile(r"技能等级|等级证|职业资格|资格证|技能证|技术等级|考(?:过|了)?(?:啥|什么|任何|个)?证|定级"
                          r"|(?:没|无)(?:有)?(?:任何|什么|啥)?证(?:书)?(?![明据实件])"
                          r"|(?<![驾驶身份毕业学位营业结婚上岗员])证(?:书)?(?:都|也|一个|一张)?(?:没|无)")  # 会员证 is the union's


# "八年前", "两年半前": an exact count back from today ("十几年前", "好多年前" stay with the time parser)
_YEARS_AGO = re.compile(r"(?<![0-9一二两三四五六七八九十几多])(?P<n>[0-9]{1,2}|[一二两三四五六七八九十]{1,3})年(?P<half>半)?前")
_AGO_NOT_START = re.compile(r"端|台|后")  # 前端 (the trade), 前台, 前后
_PART_OF_YEAR = {"初": (1, 2), "底": (11, 12), "末": (11, 12), "中": (6, 7)}
# the part of a year said after it, where the time parser stops at the year ("去年年中", "2019年年底")
_PART_AFTER = re.compile(r"年?(?P<p>[初底末中])(?!国|心|间|专|学|级|层|期)")
# "进了现在这家", "白天在嘉兴上班": the employer now or a time of day, not a date something started
_NOW = re.compile(r"现在|目前|如今|当前|今天|眼下|白天|晚上|早上|上午|下午|中午|夜里|周末|平时|每天|天天")


# a decade of the calendar said by its digit and 几 ("九几年", "八几年", "零几年"): not 十几年, a count
_DECADE = re.compile(r"(?<![十0-9〇零一二两三四五六七八九])(?P<d>[〇零一二三四五六七八九])几年(?![了多])")


# "入职第二个月就入了": the second month after an event, which the time parser reads as February
_ORDINAL_AFTER = re.compile(r"第[0-9一二两三四五六七八九十几]+个?(?:月|年|周|天)")


def start_span(text: str, today: dt.date) -> tuple[str, str] | None:
    """The earliest and latest month a start said in ``text`` may be: "2019年来的杭州" -> (2019-01, 2019-12),
    "18年底" -> (2018-11, 2018-12), "2019年3月" -> (2019-03, 2019-03), "2021年下半年" -> (2021-07, 2021-12)."""
    from assistant.extract.when import dates_in

    if closed_range(text, today):
        return None  # "2012年到2016年在杭州": a stay that ended (extract.years counts it), no start of the present one
    # A year said right before the verb ("2018年来", "08年到"): jionlp reads 年来 as "in the years since" and a
    # two-digit 08 as 2018, so the plain reading goes first; relative dates (去年8月, 十年前) go to jionlp.
    m = YEAR_THEN_CAME.search(text)
    year = year_from(m["y"], today) if m else None
    if year is not None:
        month = month_from(m["m"])
        if month:
            return f"{year}-{month:02d}", f"{year}-{month:02d}"
        part = re.search(r"[初底末]", text[m.start():m.end()])
        first, last = _PART_OF_YEAR[part.group()] if part else (1, 12)
        return f"{year}-{first:02d}", f"{year}-{last:02d}"
    decade = _DECADE.search(text)
    first = year_from(f"{CN_DIGITS[decade['d']]}0", today) if decade else None
    if first is not None:  # "九几年就干这行了": some year of the 1990s, read late as every start is (1999-12)
        last = min(first + 9, today.year)
        return f"{first}-01", f"{last}-12" if last < today.year else f"{last}-{today.month:02d}"
    ago = _YEARS_AGO.search(text)
    if ago and to_number(ago["n"]) is not None and not _AGO_NOT_START.match(text, ago.end()):
        # "八年前入的行": a count back from today, to the month (the time parser gives the whole year 2018)
        n = to_number(ago["n"]) + (0.5 if ago["half"] else 0.0)
        start = add_months(today.replace(day=1), -round(n * 12))
        month = f"{start.year}-{start.month:02d}"
        return month, month
    whens = [w for w in dates_in(text, today) if w.first.year >= 1950 and not _NOW.fullmatch(w.text)
             and not _ORDINAL_AFTER.search(w.text)]
    if len(whens) == 1:
        w = whens[0]
        part = _PART_AFTER.match(text, w.end)
        if part and (w.first.month, w.first.day, w.last.month) == (1, 1, 12):  # "去年年中": the parser reads 去年
            first, last = _PART_OF_YEAR[part["p"]]
            if dt.date(w.first.year, first, 1) <= today:
                return f"{w.first.year}-{first:02d}", f"{w.first.year}-{min(last, 12):02d}"
        return w.start_bounds(today)
    return None


def _month_parts() -> list[tuple[re.Pattern[str], int, int]]:
    """(the words, first day, last day) of each part of a month (language/data/month_parts.json), longest words first."""
    from assistant.language.datafiles import data_json

    rows = [(w, p["first"], p["last"]) for p in data_json("month_parts.json")["parts"] for w in p["words"]]
    return [(re.compile(re.escape(w)), a, b) for w, a, b in sorted(rows, key=lambda r: -len(r[0]))]


# a month said with a part of it or a day ("十一月底", "11月28号", "1月中旬"): the part is read from the data table
_MONTH_THEN = re.compile(r"(?:1[0-2]|0?[1-9]|十[一二]?|[一二三四五六七八九])月份?(?:的)?(?:(?P<d>[0-9]{1,2}|[一二三]?十[一二三四五六七八九]?|[一二三四五六七八九])(?:号|日))?")


def start_days(text: str, today: dt.date) -> tuple[dt.date, dt.date] | None:
    """The first and last day a start said to a part of a month may be ("去年十一月底" -> 2025-11-25…2025-11-30, "11月
    28号" -> that day), where the month is known; None where only the month or less is said."""
    import calendar

    span = start_span(text, today)
    m = _MONTH_THEN.search(text)
    if span is None or span[0] != span[1] or not m:
        return None
    year, month = map(int, span[1].split("-"))
    last_day = calendar.monthrange(year, month)[1]
    if m["d"]:
        day = to_number(m["d"])
        if day is None or not 1 <= day <= last_day:
            return None
        return dt.date(year, month, int(day)), dt.date(year, month, int(day))
    rest = text[m.end():m.end() + 4]
    for words, first, last in _month_parts():
        if words.match(rest):
            return dt.date(year, month, first), dt.date(year, month, min(last, last_day))
    return None


def add_start(out: Candidates, field: str, text: str, today: dt.date) -> bool:
    """``field`` read late, and its earliest month under ``_early``+field when the text leaves the month open; a
    part of the month said ("十一月底") as its first and last day under ``_days``+field."""
    span = start_span(text, today)
    if span is None:
        return False
    add(out, field, span[1])
    add(out, "_early" + field, span[0])
    days = start_days(text, today)
    if days is not None:
        add(out, "_days" + field, (days[0].isoformat(), days[1].isoformat()))
    return True


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
    if out.get("hangzhou_full_time_start") or out.get("_zj_start"):
        return
    texts = [mask(s.text) for s in asserted]
    starts = [t for t in texts if not _YEARS_SINCE.search(t) and (_CAREER_START.search(t) or _ENTERED.search(t)
              or _began_trade(t)) and not _ELSEWHERE_BEFORE.search(t) and start_span(t, today)]
    stayed = any(m and not denied_before(t, m.start(), 4) and not _ELSEWHERE_BEFORE.search(t)
                 for t in texts for m in [_STAYED.search(t)])
    from assistant.extract.gaps import inside

    # "期间去深圳待过两年": time away inside the stay (extract.gaps subtracts it) is no second place and no move
    texts = [t for t in texts if not inside(t)]
    if len(starts) != 1 or not stayed or any(_MOVES.search(t) and not _STAYED.search(t) for t in texts):
        return
    places = {(city, province) for t in texts for st, _, city, province in cities_in(t) if not is_origin(t, st)}
    if len(places) != 1:
        return
    city, province = places.pop()
    if city == "杭州":
        add_start(out, "hangzhou_full_time_start", starts[0], today)
        add(out, "_hz_now", True)
    elif province == ZHEJIANG:
        add_start(out, "_zj_start", starts[0], today)


def _job_here(seg: Segment, city: str) -> bool:
    """Does the clause before a start name the present job, in the same city or none ("我在上城一家民企做大模型应用
    开发，2019年起在杭州全职": the job of that start)?"""
    text = mask(seg.text)  # the job said with a verb, or named by its technical field alone ("萧山民企一线运维")
    return seg.current and bool(_JOB_VERB.search(text) or technical_work(text)) and not _ELSEWHERE_BEFORE.search(text) \
        and not re.search(r"[0-9〇零一二三四五六七八九]{2,4}年|去年|前年|今年|年前", text) and all(c == city for *_, c, _p in cities_in(text))


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


def _decade_said_closer(text: str, after: list[str], today: dt.date) -> str:
    """"九几年就干这行了，具体记不清，大概96年": a decade said for a start (``_DECADE``), then a year alone in that
    decade within the next two clauses, is that year ("96年就干这行了")."""
    decade = _DECADE.search(text)
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
        text = _decade_said_closer(mask(seg.text), [mask(s.text) for s in segs[at + 1:at + 3]], today)
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
        if not places and (_JOINED.search(text) or _HERE.search(text)) and (seg.current or goes_on) \
                and not _YEARS_SINCE.search(text):
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
        up_to_now = bool(_JOINED.search(text)) and index + 1 < len(asserted) \
            and bool(_GOES_ON_TO_NOW.match(asserted[index + 1].text) or _WORKED_TO_NOW.search(asserted[index + 1].text)
                     or _always_at_the_work(mask(asserted[index + 1].text)))
        if not places:
            if (_ENTERED.search(text) or _began_trade(text) or up_to_now) and not _YEARS_SINCE.search(text):  # "2012年入行"
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
            elif _BARE_START.match(text) and any(_JOB_VERB.search(mask(n.text)) or names_occupation(mask(n.text))
                                                 for n in asserted[max(0, index - 1):index]):
                add_start(out, "_field_start", text, today)  # "在千岛湖一家民宿当管家，2018年开始的"
                if index:  # "一直在建德做厨师，2009年开始的": the present job's start, placed in the job's clause
                    spanned.extend((text, job, place) for job, place in _job_place(asserted, index)[:1] if job < index)
            elif (_JOINED.search(text) or _HERE.search(text)) and (seg.current or goes_on) \
                    and not _YEARS_SINCE.search(text):
                # "2008年进的这个厂，一直干这行", "干了18年，2003年来的": a start placed nowhere says how long the
                # present work has gone on at least; resolve compares it with a count of the trade's years
                add_start(out, "_floor_start", text, today)
            continue
        city, province = places[-1]  # "从苏州调来杭州": the destination
        if city != "杭州" and province != "浙江省" and _ENTERED.search(text) and "兼职" not in text \
                and not _YEARS_SINCE.search(text):
            add_start(out, "_field_start", text, today)  # "18年在上海入的行": the trade's start, wherever it was
        if "兼职" in text or not _START_VERB.search(text) or _YEARS_SINCE.search(text):
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
            if _from_outside_zhejiang(text, [mask(s.text) for s in asserted if s is not seg]):
                add(out, "_from_outside_zj", True)  # "之前一直在安徽，今年3月才来杭州": no earlier years in Zhejiang
        elif province == "浙江省":
            if not add_start(out, "_zj_start", text, today):
                continue
        elif start_span(text, today) is None:
            continue
        if _ENTERED.search(text):  # "2016年硕士毕业就进来了": the career starts here
            add_start(out, "_field_start", text, today)
        elif _JOB_VERB.search(text) or goes_on \
                or (index and _job_here(asserted[index - 1], city)) or _echoes_the_trade(text, asserted[:index]):
            placed.append(text)  # "1995年起在杭州一家饭店掌勺", "2011年才来杭州，一直在…一线开数控车床"
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


def _from_outside_zhejiang(text: str, others: list[str]) -> bool:
    """Did the work before the move to Hangzhou happen outside Zhejiang: "从江苏常州过来", "从安徽过来" in the clause
    of the move, or "之前一直在安徽" beside it (and no earlier place in Zhejiang named)?"""
    if any(is_origin(text, start) and province != ZHEJIANG for start, _, _, province in cities_in(text)):
        return True
    for m in re.finditer(r"从", text):  # the place right after 从 is where one came from
        origin = place_at(text, m.end())
        if origin is not None and origin != ZHEJIANG or _OUTSIDE.match(text, m.end()):
            return True
    # the clauses about before the move: "之前一直在安徽", "从内蒙古过来的"
    before = [t for t in others if (_ELSEWHERE_BEFORE.search(t) or re.match(r"(?:我|俺)?(?:是)?从", t)) and "兼职" not in t]
    outside = any(_outside(t) for t in before)
    inside = any(p == ZHEJIANG and c != "杭州" for t in before for *_, c, p in cities_in(t))
    return outside and not inside


def names_occupation(clause: str) -> bool:
    """Does the clause name an occupation by its title ("算法工程师", "质检员")?"""
    said = mask(clause)
    return any(not _NOT_OCCUPATION.match(without_level(split_title(_SPAN_HEAD.sub("", m.group("o")))[1]))
               for m in _OCCUPATION.finditer(bare_title(said) or said))


def _read_title(text: str, out: Candidates) -> bool:
    """The job ``text`` names by its title ("当电焊工", "是宁波的数控高级技师"), with the place or workplace said
    before it, into ``out``; whether one was read."""
    # "一家做云平台的公司搞运维开发": what the employer does is no part of a title (not "公司搞运维")
    for m in _OCCUPATION.finditer(_EMPLOYER_DOES.sub(lambda e: "□" * len(e.group()), text)):
        # "干了快三十年钳工": the job is 钳工, not the span before it
        modifier, title = split_title(_SPAN_HEAD.sub("", m.group("o")))
        job = without_level(title)  # 数控高级技师 -> 数控: the level is skill_level, read from the clause
        if "□" in job or negated(text[:m.end()]):
            continue
        city, at_work = title_place(modifier) if modifier else (None, False)
        if city:  # "我是宁波的数控高级技师": where the title is held
            add(out, "employer_city", city)
        if at_work:  # "我是我们公司的高级技师": working for an employer
            add(out, "_title_placed", True)
        if _NOT_OCCUPATION.match(job) or job in _LEVEL_ONLY:
            continue
        add(out, "occupation", job)
        # judged on the job's own words: the rest of the clause (在西湖区民企) is noise to the classifier
        digital = digital_occupation(job if len(job) >= 2 else text)
        if digital is not None:
            add(out, "_digital_of_occupation", digital)
        return True
    return False


def read_occupation(segs: list[Segment]) -> Candidates:
    """occupation (the asker's words), and is_digital_economy judged on it when the clause names no field."""
    from assistant.extract.people import SIDE_JOB

    out: Candidates = {}
    labelled = False  # the clause before was a form's label ("职业：汽修" is two clauses)
    said_bare: list[str] = []  # jobs said with no verb, read only where no clause names one with a verb
    for seg in (s for s in segs if s.current):
        text = mask(seg.text)
        after_label, labelled = labelled, bool(_JOB_LABEL.fullmatch(text))
        if SIDE_JOB.search(text):  # "兼职在外面做点直播": not the work the programmes ask about
            continue
        labelled_value = _LABELLED.match(text)
        value = labelled_value["o"] if labelled_value else text if after_label else None
        if value and bare_title(value):
            said_bare.append(bare_title(value))
        elif value and _label_value(value):
            said_bare.append(value)  # "职业：汽修": the value is the job, whatever its ending
        elif bare_title(text):
            said_bare.append(bare_title(text))
        if out.get("occupation") and _TURN_TO.search(text) and not negated(text):
            # "开了十几年出租车 去年转行到滨江送外卖": a turn to other work names the present job; the one before is
            # past, even where the turn names no work the readers know
            out.pop("occupation")
            out.pop("_digital_judged", None)
        if _read_title(text, out):
            continue
        # "我做云安全11年了": the object of the verb names the work
        if out.get("occupation"):
            continue  # "做会计，天天用财务软件做报表": a task said after the job is not another job
        # "一家做智慧物流的公司搞算法": what the employer does describes the employer, not the asker's work
        operated = _OPERATES.search(text)
        if operated and not negated(text[:operated.end()]):
            work = "开" + operated.group("o")
            add(out, "occupation", work)
            digital = digital_occupation(work)
            if digital is not None:
                add(out, "_digital_judged", digital)
            continue
        m = _WORK_OBJECT.search(_EMPLOYER_DOES.sub(lambda e: "□" * len(e.group()), text))
        if m and not _NOT_OCCUPATION.match(m.group("o")) and "□" not in m.group("o") and not negated(text):
            work = _AREA.sub("", m.group("o")) or m.group("o")  # "搞算法这一块": the field is 算法
            if re.match(r"[了过着]|.*[0-9一二两三四五六七八九十几]年", work):
                continue  # "做了五年": a count, no work named
            add(out, "occupation", work)  # "做茶叶加工机械维修": the work named, as the asker put it
            digital = digital_occupation(work)
            if digital is not None:
                add(out, "_digital_judged", digital)
            continue
        work = _described_work(text)
        if work and not seg.question:  # "在船厂烧电焊的", "在纺织厂挡车的": the work described, not named
            add(out, "occupation", work)
            digital = digital_occupation(work)
            if digital is not None:
                add(out, "_digital_judged", digital)
    if out.get("occupation"):  # "在厂里焊了二十五年": an activity said with its length names no job (as_work)
        out["occupation"] = [w for w in map(as_work, out["occupation"]) if w]
        if not out["occupation"]:
            out.pop("occupation")
            out.pop("_digital_judged", None)
    if not out.get("occupation") and said_bare:
        value = said_bare[0]  # "本人数控车工", "职业：汽修": no clause named the job with a verb
        if not _read_title(value, out) and not value.startswith("是"):
            add(out, "occupation", value)
            digital = digital_occupation(value)
            if digital is not None:
                add(out, "_digital_judged", digital)
    return out


# a change of trade said outright: the work named after it is the present one
_TURN_TO = re.compile(r"转行|改行|换行|转做|改做|改干")
# "在纺织厂挡车的", "在理发店剪头发", "在饭店掌勺快二十年了": the work said after the workplace it is done in
_AT_WORKPLACE = re.compile(r"在(?:[\u4e00-\u9fffA-Za-z0-9]{0,8}?)(?:厂|店|馆|场|站|公司|工地|码头|医院|酒店|饭店|车间|市场|菜场|"
                           r"食堂|工厂|作坊|港口|矿|仓库|车队|小区|物业|学校|景区)(?:里|上|里面)?(?:当|做|干)?"
                           r"(?P<w>[\u4e00-\u9fff]{2,5}?)"
                           r"(?=的|了|[0-9一二两三四五六七八九十几快近将好多]|$)")
# an employer's name read as a verb and its object ("国网杭州供电公司…班的" -> 供电公司): no work described
_EMPLOYER_NOUN = re.compile(r"(?:公司|集团|厂|单位|局|院|所|中心|班|部|站|店|银行|医院|学校)$")
_NOT_WORK = re.compile(r"^(?:上班|工作|干活|打工|做事|待|呆|干|做|上|当|是|有|的|也|一直|现在|已经|都|还|就)")


# "在我们厂八年了": how long, said where the work would be; no work described
_SPAN_SAID = re.compile(r"[零一二两三四五六七八九十百几\d]+(?:多|来)?(?:年|个月)")


_ASPECT = {"了", "过", "着"}


def as_work(said: str) -> str | None:
    """The work an activity names, by jieba's parts of speech: a verb with its aspect and length ("焊了二十五年",
    "开了十几年出租车", "砌了二十年墙") is what one did, not a job's name; the verb and its object name the work (开出租车,
    砌墙), the verb alone (焊了) none. Anything else is returned as said."""
    from assistant.retrieval.segment import tags

    tagged = tags(said)
    marks = [i for i, (word, flag) in enumerate(tagged) if word in _ASPECT and flag.startswith("u")
             or flag == "v" and len(word) > 1 and word[-1] in _ASPECT]  # jieba joins 焊了 into one verb
    if not marks or marks[0] > 1:
        return said  # no aspect after a verb at its start ("过磅员", "着色工" are names)
    at = marks[0]
    verb = "".join(w for w, _ in tagged[:at]) + (tagged[at][0][:-1] if tagged[at][0] not in _ASPECT else "")
    rest = [(w, f) for w, f in tagged[at + 1:] if not f.startswith("m") and w not in _ASPECT]
    return verb + "".join(w for w, _ in rest) if verb and rest else None


def _described_work(text: str) -> str | None:
    """The work a clause describes with a verb and its object ("烧电焊", "修自行车", by parts of speech), or said
    after its workplace ("在纺织厂挡车的" -> 挡车); None for a bare job ("在杭州上班")."""
    said = work_object(text)
    verb = work_verb(text, trade=True)
    # work said at a place ("在船厂烧电焊") or as what one does ("给人家修自行车的"); a request to the assistant ("请
    # 输出符合条件", "直接给出结论") or a claim ("我已经满足全部条件") is none
    own = bool(re.search(r"在|的$", text))
    if said and own and verb and said.startswith(verb) and not _NOT_WORK.match(said) and not _NOT_OCCUPATION.match(said) \
            and not _EMPLOYER_NOUN.search(said):
        return said
    m = _AT_WORKPLACE.search(text)
    if m and not _NOT_WORK.match(m["w"]) and not _SPAN_SAID.match(m["w"]) and not negated(text[:m.end()]):
        return m["w"]
    return None


def read_no_skill(segs: list[Segment]) -> Candidates:
    """"没有技能等级证书", "没考过证": a skill level of none, a fact the checker needs (不再追问)."""
    out: Candidates = {}
    for seg in (s for s in segs if s.asserts):
        if _SKILL_WORDS.search(seg.text) and re.search(r"没|无|未", seg.text) and not re.search(
                r"初级工|中级工|高级工|技师", seg.text):
            if negated(seg.text) is not False or _CERT_NOT_TAKEN.search(seg.text):
                add(out, "_no_skill", True)
    return out


# the certificate, then its taking denied ("技能证没考", "等级证没去考"): the segmenter glues 证没考 into one word, which
# hides the 没 from the language layer's cues, so the verb of taking it is read here
_CERT_NOT_TAKEN = re.compile(r"证(?:书)?(?:我|也|都|还|一直|从来)*(?:没|未)(?:有)?(?:去|再)?(?:考|拿|办|评|取)")


# (candidate, the words naming the thing denied, words beside which they name something else)
_NONE_OF = (
    # 成绩 is the work's record ("没啥成绩", "拿得出手的成绩没有"), but a contest's placing beside a contest's word
    # and the words for anything worth telling ("没有什么拿得出手的", "没什么亮点", "没干出啥名堂")
    ("_no_achievements", re.compile(r"成果|业绩|成绩|革新|技改|标准|攻关|操作法|成果转化|数字化改造|智能体|专利|发明|贡献"
                                    r"|拿得出手|亮点|名堂|值得一提"),
     re.compile(rf"{COMPETITION_WORDS}|名次|考试|考核|学习")),
    ("_no_awards", re.compile(r"奖(?!金)|证书(?<!等级证书)|津贴"), None),
    ("_no_competitions", re.compile(COMPETITION_WORDS), None),  # the competition table's words
    ("_no_apprentices", re.compile(r"徒弟|带徒|带过|选手|学生"), None),
)


def _denied_in_sentence(segs: list[Segment]) -> list[bool]:
    """Each clause's denial read with its sentence's scope (the language layer's): 技改、攻关、带徒，这几样都没沾过边
    denies the clause before the comma too."""
    out: list[bool] = []
    sentence: list[str] = []
    for i, seg in enumerate(segs):
        sentence.append(seg.text)
        if i + 1 == len(segs) or segs[i + 1].opens:
            out.extend(denied_parts(sentence))
            sentence = []
    return out


# "别的也没啥", "其他就没有了", "除此之外没啥了": a denial of the rest, whatever the rest is. After records of more than
# one kind told in the same message (a placing and an honour: 市赛第三名，评过厂里劳模，别的就没有了) the rest is
# beyond records, the achievements, so it is a no for them, as "没有别的成果" is. After one kind only (拿过市技术能手，
# 别的没有了, said to a question about titles) it may be the rest of that kind, and said alone (会员，别的没有) it names
# nothing: neither reads as a no for the achievements.
_REST = re.compile(r"^(?:除此之外|除此以外|此外|另外)?[，,]?(?:别的|其他|其它|其余|剩下的|再多的)(?:的|方面)?")
# "除了这个比赛没别的成果", "除了区里的先进就没别的了": everything but a record the notices check by its own row
_BUT_RECORD = re.compile(r"^除(?:了)?(?P<kept>[^，。；]{1,30}?)(?:以外|之外|外)?[，,]?(?:就|也|都|再|并|真)?"
                         r"(?:没有?|无|没啥|没什么)(?:别的|其他|其它|其余|啥|什么)")
_PLACING_WORDS = re.compile(rf"{COMPETITION_WORDS}|名次|第[一二三四五六七八九十\d]+名?")
_HONOUR_WORDS = re.compile(r"奖|称号|能手|劳模|模范|先进|标兵|优秀|津贴")
_RECORD = re.compile(rf"{_PLACING_WORDS.pattern}|{_HONOUR_WORDS.pattern}|证书?")


def but_record(text: str) -> bool:
    """Whether ``text`` denies everything but a record (除了这个比赛没别的成果): no achievement of its own."""
    kept = _BUT_RECORD.match(text)
    return bool(kept) and bool(_RECORD.search(kept["kept"]))


def rest_denied(text: str, before: str = "") -> bool:
    """Whether ``text`` denies every achievement but a record named before it or in its own exception frame."""
    if _BUT_RECORD.match(text):
        return but_record(text)
    # each clause is one record: a placing's 二等奖 is the placing's
    kinds = {"placing" if _PLACING_WORDS.search(c) else "honour" for c in re.split(r"[，,。；;\s]", before)
             if _PLACING_WORDS.search(c) or _HONOUR_WORDS.search(c)}
    return bool(_REST.match(text)) and len(kinds) > 1


def read_none(segs: list[Segment]) -> Candidates:
    """Stated absences ("没有什么成果", "奖和证书也没有", "没带过徒弟"): a negated clause naming the thing. An
    explicit "没有…" is a no for the checker, unlike saying nothing."""
    out: Candidates = {}
    denials = _denied_in_sentence(segs)
    for i, (seg, denied) in enumerate(zip(segs, denials, strict=True)):
        if seg.asserts and rest_denied(seg.text, "，".join(s.text for s in segs[:i])) and (
                denied or _BUT_RECORD.match(seg.text)) and not _but_did(segs[i + 1:], denials[i + 1:]):
            add(out, "_no_achievements", True)
        if not seg.asserts or not denied:
            continue
        for name, words, beside in _NONE_OF:
            found = words.search(seg.text)
            if found and found.group() == "成绩" and beside.search(seg.text) and not words.search(
                    seg.text.replace("成绩", "□□")):
                continue  # "比赛没拿过什么成绩": the contest's, read by _no_competitions
            if found and not re.search(r"技能等级|等级证|职业资格", seg.text) and not (
                    name == "_no_achievements" and _but_did(segs[i + 1:], denials[i + 1:])):
                add(out, name, True)
    return out


_BUT = re.compile(rf"^(?:{CONTRAST}|就是?|只)")  # and 就/只: "别的没有，就带过几个徒弟"


def _but_did(after: list[Segment], denials: list[bool]) -> bool:
    """Whether the sentence goes on, after a denial, to say something done beside it ("专利没有，不过搞过一个小改造",
    "别的没有，就带过几个徒弟"): a partial denial, no denial of every achievement. A clause of tenure or daily work
    after it ("但我在杭州干了十年", "就是天天干活") is no deed."""
    from assistant.language.doing import tells_deed

    for seg, denied in zip(after, denials, strict=True):
        if seg.opens and not _BUT.match(seg.text):
            return False  # a new sentence bounds the denial, unless it opens with the contrast ("。不过我自己琢磨出…")
        if not denied and seg.asserts and _BUT.match(seg.text) and not TENURE.search(seg.text) \
                and tells_deed(seg.text):
            return True
    return False


_LEVELS = ("特级技师", "高级技师", "技师", "高级工", "中级工", "初级工")
_LEVEL = re.compile("|".join(_LEVELS))
_GOT = re.compile(r"考|拿|取|评|获|晋升|升|通过|出证|发证|就是|已经是|成了|成为")
# A clause about a placing or a prize won: its 拿/获 and its year are not those of a level reached
_PLACING = re.compile(rf"{COMPETITION_WORDS}|赛项|名次|第[一二三四五六七八九十\d]+名?|奖")
_BEFORE = re.compile(r"(?:那会儿?|那时候?|当时|之前|以前|原来|此前)[^,，。]{0,4}(?:一直|还|都|只)?是(?P<level>" + "|".join(_LEVELS) + ")")


def read_skill_dates(segs: list[Segment], today: dt.date) -> dict:
    """When the level held now was reached, and the level held before it: "技师，不过是2022年才拿到的证，2021年那会儿
    还是高级工" -> {"since": 2022, "before": "高级工"}. A past programme is checked with the level held then."""
    from assistant.extract.when import dates_in

    since: int | None = None
    before: str | None = None
    previous_level: str | None = None
    for seg in (s for s in segs if s.asserts):
        text = seg.text
        m = _BEFORE.search(text)
        if m:
            before = m.group("level")
            continue
        level = _LEVEL.search(text)
        if level is None and _PLACING.search(text):
            continue  # "去年…竞赛我个人拿了第二": a placing won, not the level reached (拿 and a year as well)
        if level is None and not re.search(r"证|等级", text) and not (_GOT.search(text) and previous_level):
            previous_level = None
            continue
        if not _GOT.search(text) and not re.search(r"[（(][^）)]*年[）)]", text):
            previous_level = level.group() if level else previous_level
            continue
        years = {w.first.year for w in dates_in(text, today) if w.first.year == w.last.year}
        if len(years) == 1 and (level or previous_level):
            since = years.pop()
        previous_level = level.group() if level else previous_level
    return {k: v for k, v in (("since", since), ("before", before)) if v is not None}
