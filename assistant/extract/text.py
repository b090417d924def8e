"""Text preparation for the extractor: normalisation, clauses, and the guards that decide whether a clause
states a fact about the asker, or is a question about the rules, a hypothesis, or an injected instruction.

A fact is read only from a clause that *asserts* it: not an injection, not a hypothesis (如果…/…的话),
not talk about the rules (要求/需要/必须…), and not a question unless the asker speaks of themself
("我38岁能报吗" is a fact; "38岁能报吗" is not).
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

from assistant.extract.patterns import (
    CLOSED_RANGE,
    HYPOTHETICAL,
    INJECTION,
    MASKED_NAMES,
    PAST,
    RULE_TALK,
    SELF,
)
from assistant.language.asking import asks
from assistant.language.clauses import says_unknown, spaced_lists
from assistant.language.status import reported

__all__ = ["MAX_CHARS", "Segment", "form_none", "normalize", "spaces_end_clauses", "segments", "mask", "blank", "blank_all", "split_sentences",
           "is_injection"]

MAX_CHARS = 2000  # the chat clips longer messages and says so; the extractor reads no further
_QUOTES = re.compile(r"[“”‘’\"'「」『』《》〈〉]")
# "没评过什么称号" and "什么称号都没有" deny, they do not ask
# and so do "啥称号没有", "称号啥的没有" (the thing denied said first, with no 都); 为什么/凭什么 still ask
# (啥 under a negation is 什么's: "没琢磨出啥新方法", "也没干出啥")
_NOT_ASKED = re.compile(r"(?:没|不|无)[^,，。]{0,4}?(?:什么|啥)|(?<![为凭干])(?:啥|什么)[^,，。？?]{0,12}?(?:都|也)?(?:没|不|无)"
                        # "九几年就干这行了", "零几年入的行": a decade of the calendar, whose 几 asks nothing
                        r"|(?<![十0-9〇零一二两三四五六七八九])[〇零一二三四五六七八九]几年(?![了多])")
# "实习不算的话是2021年7月才入职": what is left out of a count, not a supposition
_LEFT_OUT = re.compile(r"(?:不算|不计|不包括|不含|除去|去掉|扣掉|刨去|扣除)[^,，。]{0,6}?的话|[^,，。]{0,6}?(?:不算|不计)的话")
# 〇 (U+3007) lies outside the unified block but opens a year as often as 一 does ("去了绍兴 〇八年回来")
_CJK_GAP = re.compile(r"(?<=[\u4e00-\u9fff\u3007])[ \t\u3000]+(?=[\u4e00-\u9fff\u3007])")
# "我83年的 02年进的杭州", "做了三年ERP开发 19年10月跳槽来杭州": a terse writer's space before a number written tight
# against its unit ends a clause too, unless the word before takes the number ("干了 15年", "在 2019年"), it is the person
# the number is said of ("他 1985年生的"), or the number is a count ("做钳工 15年了"); "我 2019 年来的" (spaced on both
# sides, as some type mixed script) keeps the number in its clause
# A four-digit year ("称号一个没有 2025年杭州市…比赛第一") is a date whatever word ends the clause before it, as no count
# of years runs to four digits: only a word that takes a date (在, 到, 是 …) or the person it is said of keeps it joined.
_CJK_NUMBER_GAP = re.compile(r"(?<=[\u4e00-\u9fff])(?:(?<![了有近满快约共过是为到至从在于第我他她俺们干做])[ \t\u3000]+"
                             r"(?=[0-9０-９]+[\u4e00-\u9fff])(?![0-9０-９]+(?:年|个月)(?:了|多|左右|以上|出头|半|整))"
                             r"|(?<![是为到至从在于第我他她俺们])[ \t\u3000]+(?=(?:19|20)[0-9]{2}年(?!了|多|左右|以上|出头|半|整)))")
_SPACE = re.compile(r"[ \t\r\f\v\u3000\u00a0]+")
# An ASCII full stop ends a clause unless it is a decimal point ("5.5年").
# ... and a question particle inside a run of words ends the question: "是工会会员吗我也不清楚"
_CLAUSE_END = re.compile(r"[,，。;；!！?？：\n]|(?<![0-9]):|:(?![0-9])|(?<![0-9])\.|\.(?![0-9])"
                         r"|(?<=吗)(?=[\u4e00-\u9fff])")
# A message's sentences, not a notice's (so not notices.text.sentences): an asker types ASCII . ! ? too, a full stop
# between digits is a decimal point, and split_sentences keeps offsets into the message.
_SENTENCE_END = re.compile(r"[。;；!！?？\n]|(?<![0-9])\.|\.(?![0-9])")


def spaces_end_clauses(text: str) -> str:
    """A terse writer's space between words is a comma ("第四届数字工匠 做短视频剪辑的 能报么", "我83年的 02年进的厂").
    ``extract`` applies it before anything reads clauses (the blanking of the programme asked about reads them too)."""
    # ("第四届 标准 革新没有": a denied run of kind nouns is one list, 标准、革新没有, not a bare 标准 and a denial)
    return _CJK_NUMBER_GAP.sub("，", _CJK_GAP.sub("，", spaced_lists(text)))


def normalize(text: str) -> str:
    """Full-width digits and letters to ASCII (NFKC), quotes dropped, a space between Chinese words a comma,
    other spaces dropped, newlines kept."""
    text = unicodedata.normalize("NFKC", text)
    text = _QUOTES.sub("", text)
    text = spaces_end_clauses(text)
    text = _OLD_TENS.sub(lambda m: _TENS[m.group()], text)  # "做了廿年": the old numerals for twenty and thirty
    text = _YEAR_2000S.sub(_year_2000s, text)
    text = _TENTATIVE.sub(r"\1", text)  # "想搞搞清楚两边原话": a verb said twice is tried, not one's work  # "两千年回杭州", "两千零五年进的厂": a calendar year said in words
    # "去年十月份退的休", "入的会", "毕的业": a separable verb with 的/了 inside is the verb said whole (same length)
    text = _SPLIT_VERB.sub(lambda m: m[1] + m[3] + m[2], text)
    text = _SPLIT_CONTEST.sub(lambda m: m[1] + m[3] + m[2], text)  # "没比过赛", "没参过赛": 比赛过, 参赛过
    # "竞赛（二类，电工赛项）第六名": a bracketed aside is one clause with what it annotates, not two
    text = _ASIDE.sub(lambda m: re.sub(r"[,，;；]", "、", m.group()), text)
    # "进厂那年是1999年", "来杭州那一年是2015年": the event dated as "进厂是1999年" dates it
    text = _EVENT_YEAR.sub("是", text)
    return _SPACE.sub("", form_none(text))


# an event, then 那年是 and a year ("进厂那年是1999年"): the event's year, said as "X是Y年" (which the start readers read)
# (or the year right after it, "结婚那年一七年跟老公来的杭州": the event's name dates what follows)
_EVENT_YEAR = re.compile(r"(?<=[\u4e00-\u9fff])那一?年(?:是|在|[，,\s])?(?=(?:19|20)?[0-9]{2}年|[〇零一二三四五六七八九]{2,4}年)")


# The calendar years 2000–2009 said in words (两千年, 二千零五年): read digit by digit they are no year, and as a count
# they are two thousand years, which no working life has. Not before 前/以前/代 (两千年前 is history).
_YEAR_2000S = re.compile(r"(?<![0-9〇零一二两三四五六七八九十百千万])[两二]千(?:零(?P<unit>[一二三四五六七八九]))?年(?!前|以前|代)")
_UNITS = "一二三四五六七八九"
# A verb said twice before its result ("搞搞清楚", "弄弄明白", "问问清楚") is the tentative form of that verb: one try at
# understanding, never a trade ("搞" alone may be one: "我是搞数控的")
_TENTATIVE = re.compile(r"(搞|弄|问|查|理)\1(?=清楚|明白|懂|一下|清)")


def _year_2000s(m: re.Match) -> str:
    return f"200{_UNITS.index(m['unit']) + 1 if m['unit'] else 0}年"


_ASIDE = re.compile(r"\([^()\n]{1,24}\)")
_SPLIT_VERB = re.compile(r"(退|入|离|辞|毕)(的|了)(休|会|职|业|伍|党)")
# the contest's separable verbs take 过 inside as well ("从没比过赛", "参过两次赛" is left: a count inside)
_SPLIT_CONTEST = re.compile(r"(比|参)(过|了|的)(赛)")
# A form's field answered none ("荣誉称号：无", "获奖情况:暂无", "工会: 没有"): the field denied, as "无荣誉称号" says it,
# so every reader of a denial reads it (the colon would leave the label and its value two clauses apart)
# (a yes/no field answered 否, "是否工会会员：否", "工会会员 否": its label without 是否, and a space or a comma (spaces
# end clauses first) may stand for the colon before a one-character answer)
_FORM_NONE = re.compile(r"(?:(?<=^)|(?<=[,，。;；!！?？\n\s]))(?:是否)?(?P<label>[\u4e00-\u9fff]{2,8})"
                        r"(?:[:：]\s*(?:无|没有|暂无|没|否)|[\s,，]+(?:无|否))(?=$|[,，。;；!！?？\n\s])")


def form_none(text: str) -> str:
    """Each form field answered none written as its denial ("荣誉称号：无" -> "无荣誉称号")."""
    return _FORM_NONE.sub(lambda m: f"无{m['label']}", text)


# 廿 and 卅 (twenty, thirty), still said in the south ("阿拉做了廿年", "卅几年"); cn2an does not read them.
_TENS = {"廿": "二十", "卅": "三十"}
_OLD_TENS = re.compile("[廿卅]")


def is_injection(clause: str) -> bool:
    return bool(INJECTION.search(clause))


@dataclass(frozen=True)
class Segment:
    """One clause of normalised text with the guards already worked out."""

    text: str
    question: bool
    self_ref: bool
    injected: bool
    hypothetical: bool
    rule_talk: bool
    past: bool
    opens: bool = True  # the clause begins a sentence (a clause after a comma continues the one before)
    other: bool = False  # another person's facts ("我哥是高级技师"), in a message about the asker (extract.subject)
    fact_asked: bool = False  # the fact itself is asked ("我是工会会员吗", "我算一线吗"), not said

    @property
    def asserts(self) -> bool:
        """May a fact about the asker be read from this clause?"""
        if self.injected or self.hypothetical or self.rule_talk or self.other or self.fact_asked:
            return False
        return self.self_ref or not self.question

    @property
    def current(self) -> bool:
        """Does it assert a fact about the present (job, employer, city), not the past?"""
        return self.asserts and not self.past


def blank(text: str, m: re.Match) -> str:
    """``text`` with the match ``m`` replaced by □ of the same length, so that later positions stay put."""
    return text[:m.start()] + "□" * (m.end() - m.start()) + text[m.end():]


def blank_all(pattern: re.Pattern[str], text: str) -> str:
    """``text`` with every match of ``pattern`` blanked out (□, same length)."""
    return pattern.sub(lambda m: "□" * len(m.group()), text)


# An award's name, which names a place and a field of its own ("杭州市科学技术进步奖", "浙江省科技进步奖"): no move to that
# place ("2021年我们那个调度项目拿了杭州市科学技术进步奖" is no start in Hangzhou) and no work in that field
_AWARD_NAMES = re.compile(r"(?:国家|全国|浙江省?|省|杭州市?|市|区|县)(?:级)?[^,，。、]{0,4}?(?:科学技术|科技)[^,，。、]{0,6}?奖")


def mask(text: str) -> str:
    """Blank out honour, competition and award names, so "杭州数字工匠" is not read as a place or a field of work."""
    return blank_all(_AWARD_NAMES, blank_all(MASKED_NAMES, text))


# A state said in the perfect before an ask whether one may still apply: the state is asserted, the rest asked.
_PREMISE_ASK = re.compile(r"(?P<premise>(?:我|本人)?(?:已经|已)[^,，。]{2,16}?了)"
                          r"(?P<ask>(?:还|也|仍然?|那)?(?:能|可以|可|能不能|可不可以|还能)(?:报|评|申报|参评|申请)[^,，。]*)")
# ... or with no 已经, the ask opening on 还/也/仍 ("退休了还能报浙派工匠吗", "评上杭州工匠了也能报吗"): asking whether one may
# STILL apply takes the state before it as holding; a supposition keeps its own guard (要是评上了…: hypothetical)
_PREMISE_STILL = re.compile(r"(?P<premise>(?:我|本人|俺)?[^,，。还也仍]{2,16}?了)"
                            r"(?P<ask>(?:还|也|仍然?)(?:能|可以|可|能不能|可不可以)(?:再)?(?:报|评|申报|参评|申请)[^,，。]*)")
# ... or asked why one would still go on ("都是浙江工匠了还折腾啥", "已经是杭州工匠了还报首届数字工匠干嘛"): a rhetorical
# question takes the state before it as given, just as asking whether one may still apply does
_PREMISE_WHY = re.compile(r"(?P<premise>(?:我|本人|俺|你)?[^,，。还]{2,16}?了)"
                          r"(?P<ask>还[^,，。]{0,12}?(?:干嘛|干啥|干什么|做啥|做什么|图啥|图什么|为啥|折腾啥|折腾什么)[^,，。]*)")


# "我是工会会员吗", "我算不算一线", "我这个属于数字经济吗": a yes/no question whose predicate is the fact asks about
# it; "我干了十年能报吗" asks about eligibility and says the ten years
_FACT_ASKED = re.compile(r"^(?:请问|问下|想问一?下)?(?:我|俺|本人)(?:这个|这种|这样|现在|目前)?(?:算不算|是不是|属不属于|算是?|是|属于)"
                         r"(?P<what>[^,，。]{1,12}?)(?:吗|么|嘛|呢)?$")
_ELIGIBILITY_ASK = re.compile(r"能|可以|报|申请|够格|符合|资格|条件|候选")
_WHETHER = re.compile(r"是不是|有没有|算不算|属不属于|入没入|加没加")


def _segment(clause: str, delimiter: str, opens: bool) -> Segment:
    asked = _NOT_ASKED.sub("", clause)
    question = delimiter in {"?", "？"} or asks(asked)  # the language layer's one reader of questions
    fact = _FACT_ASKED.match(clause) if question else None
    return Segment(
        fact_asked=bool(fact) and not _ELIGIBILITY_ASK.search(clause) and (
            bool(re.search(r"(?:吗|么|嘛|呢)$", clause)) or bool(re.search(r"不是|算不算|属不属于", clause)))
        # "是不是会员我不知道", "有没有入会不清楚": whether it is so, said not to be known, says neither
        or bool(_WHETHER.search(clause)) and says_unknown(clause),
        text=clause,
        question=question,
        self_ref=bool(SELF.search(clause)),
        injected=is_injection(clause),
        hypothetical=bool(HYPOTHETICAL.search(_LEFT_OUT.sub("", clause))) or reported(clause),
        rule_talk=bool(RULE_TALK.search(clause)),
        # "2004年到2010年在杭州一家物业公司当电工": a closed stretch of years is over, as 以前 says (the present job
        # is the one said after it)
        past=bool(PAST.search(clause) or CLOSED_RANGE.search(clause)),
        opens=opens,
    )


def segments(normalized: str) -> list[Segment]:
    """Split normalised text into clauses at commas and sentence ends, each with its guards."""
    out: list[Segment] = []
    start = 0
    opens = True
    for m in [*_CLAUSE_END.finditer(normalized), None]:
        end = m.start() if m else len(normalized)
        clause = normalized[start:end]
        if clause:
            delimiter = m.group() if m else ""
            premise = _PREMISE_ASK.fullmatch(clause) or _PREMISE_STILL.fullmatch(clause) or _PREMISE_WHY.fullmatch(clause)
            if premise:  # "已经是浙江省首席技师了还能报吗": a state said, then asked about
                out.append(_segment(premise["premise"], "", opens))
                opens = False
                clause = premise["ask"]
            out.append(_segment(clause, delimiter, opens))
            opens = bool(_SENTENCE_END.fullmatch(delimiter))
        start = m.end() if m else end
    return out


def split_sentences(text: str) -> list[tuple[int, int]]:
    """(start, end) of each sentence of the original text, so quotes of it stay verbatim."""
    spans, start = [], 0
    for m in [*_SENTENCE_END.finditer(text), None]:
        end = m.start() if m else len(text)
        if text[start:end].strip():
            spans.append((start, end))
        start = m.end() if m else end
    return spans
