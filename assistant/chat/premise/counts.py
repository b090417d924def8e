"""Counts and amounts a premise asserts: a number with its unit ("在杭工作满两年", "能推8个人", "奖金5万"), a share
said in words ("四成", "占一半"), and the words just before each, which say what it is a count of.

Run with:  .venv/bin/python -m pytest -q tests/chat/test_premise_values.py tests/chat/test_quota_premises.py
"""

from __future__ import annotations

import re
import unicodedata

from assistant.chat.premise.hedged import plain
from assistant.extract.jobs import WORKPLACE_NOUNS
from assistant.extract.numbers import to_number

_NUM = r"[0-9０-９]+(?:\.[0-9]+)?|[零〇一二两三四五六七八九十百千]+"
_UNITS = {"年": "年", "周岁": "岁", "岁": "岁", "字": "字", "名": "名", "人": "名", "个月": "个月", "%": "%", "月": "月",
          "日": "日", "号": "日", "元": "元", "万元": "万元", "万块": "万元", "块": "元", "个工作日": "工作日",
          "工作日": "工作日", "天": "工作日", "个人": "名", "个": "名", "寸": "寸", "个字": "字",
          # the rest of the measure-word family: people counted with 位, units with 家, papers with 份, items with
          # 项, times with 次/回 ("一式三份", "评审专家有七位", "培育单位评30家", "每年评两回")
          "位": "名", "家": "名", "份": "份", "项": "项", "次": "次", "回": "次", "批": "批",
          # steps counted: "分三个环节", "四个阶段" ("按照…等四个环节进行")
          "个环节": "环节", "环节": "环节", "个阶段": "阶段", "阶段": "阶段", "个步骤": "步骤",
          # kinds counted: "分成四大类", "一共就五类" ("数字经济产业分为…五大类"); not a contest's class (_KIND_NOT)
          "大类": "类", "类": "类"}
# Not an ordinal: "第一名" ranks, it does not count.
# "四个环节", "三个阶段" count steps, not people: a bare 个 before such a noun is no count of 名; nor do "两个项目",
# "两个通知" (the programmes compared).
_CLAIM = re.compile(rf"(?<![第前])({_NUM})\s*(个月|周岁|万元|万块|个工作日|工作日|个人|个字|个环节|个阶段|个步骤|环节|阶段"
                    r"|年|岁|字|名|人|%|月|日|号|元|块|天"
                    r"|个(?!环节|阶段|步骤|程序|方面|领域|部门|条件|产业|集群|类|项目|通知|文件|荣誉|称号)|寸|位"
                    # "市人社局一家发的", "市总工会一家审定": a body acting alone, no count of units
                    r"|家(?![发定审评说做办管负组批出认])|份|项|次|回|批"
                    # "一类技能竞赛", "二类赛", "一类企业": a class a contest or firm is in, not a count of kinds
                    r"|大类|类(?!技能|竞赛|赛|比赛|奖|项目|企业|人员|人才|人))")
# "奖金有5万" says 元 without saying it, when the sentence is about money.
_BARE_WAN = re.compile(rf"(?<!第)({_NUM})\s*万(?![元块人名个])")
_MONEY_WORDS = re.compile(r"奖金|奖励|津贴|补贴|钱|工资|奖(?=[0-9０-９一二两三四五六七八九十]+\s*万)")
# Amounts said in words: "占一半" is 50%, and so is the rest of the family that says half ("过半", "半数以上", "大半",
# "一多半"), the floor a premise sets; not 大半年 or 大半天 (a time), nor 多半 (probably).
_WORD_AMOUNTS = {"一半": (50.0, "%"), "半数": (50.0, "%"), "过半": (50.0, "%"), "一多半": (50.0, "%"), "大半": (50.0, "%")}
_WORD_AMOUNT = re.compile(r"一半|半数|过半|一多半|大半(?!年|天|个月|辈子|夜)")
_EVERY_YEAR = re.compile(r"每年")
# Shares said in words, the whole family: "四成", "三成五" (35%), "百分之四十", "三分之一", "四分之三". Not 成 that opens a
# word ("一成员", "三成为…", "成立", "成绩", "成果", "成本").
_SHARE = re.compile(rf"百分之\s*(?P<pct>{_NUM})|(?P<tenths>[一二两三四五六七八九]|[1-9])\s*成(?P<hundredths>[一二三四五六七八九](?![十百千]))?"
                    r"(?![员为立绩果本功熟型交])"
                    rf"|(?P<den>{_NUM})\s*分之\s*(?P<num>{_NUM})")


# What a sentence must hold to state a value in the same unit as a premise's.
UNIT_PATTERNS = {"年": r"年(?!\s*\d)", "岁": "周?岁", "字": "字", "名": "名|人|个|位|家", "个月": "个月",
                 "%": "%|％", "月": "月", "日": "[日号]", "元": "万?元", "万元": "万?元", "工作日": "个?工作日|天", "寸": "寸",
                 "份": "份", "项": "项", "次": "次|回", "批": "批", "环节": "个?环节", "阶段": "个?阶段", "步骤": "个?步骤",
                 "类": "大?类(?!技能|竞赛|赛)"}
# The last digit of a number before its unit; not a document number's "〔2026〕10号", nor an ordinal "第一名".
_NUMERAL = r"(?<!〕)(?<!〕\d)(?<!〕\d\d)(?<!第)[0-9０-９一二两三四五六七八九十百千]\s*"


def _value(token: str) -> float | None:
    return to_number(unicodedata.normalize("NFKC", token))


def claims(text: str) -> list[tuple[float, str]]:
    """(value, unit) pairs in ``text``; 人 counts as 名 and 周岁 as 岁."""
    return [(value, unit) for value, unit, _ in _claims_in_context(text)]


_DATE_CLAIM = re.compile(rf"(\d{{4}}\s*年\s*)?({_NUM})\s*月\s*(({_NUM})\s*[日号]|底|末|初)?")


def strip_claims(text: str) -> str:
    """``text`` without the values it asserts (dates, numbers with units)."""
    return _CLAIM.sub(" ", _DATE_CLAIM.sub(" ", text or ""))


_CONTEXT_EDGE = re.compile(r"[，。；,;：:、（）()]")
# what a count of kinds said with a bare 类 follows ("分成四类", "一共就五类"); elsewhere "一类""二类" are a class
_DIVIDED = re.compile(r"(?:分|分成|分为|分了|共|就|只有|总共)\s*$")
_NEXT_ITEM = re.compile(r"且|并且|或者|或|以及")
_NEXT_VALUE = re.compile(r"[0-9０-９]")
_NAME_PART = re.compile(r"[（(][\u4e00-\u9fff]{1,2}[)）](?=[\u4e00-\u9fff])")
# a noun after "一个" that is no person: the one (district, unit …) a count is said of, not a count of people
_ARTICLE_NOUN = re.compile(r"(?!人)[\u4e00-\u9fff]{1,4}?(?:就|只|能|可以|最多|推|报|评|[，,？?吗])")
# "我在萧山一家纺织厂当挡车工", "在拱墅一个汽车配件厂": 一家/一个 before a workplace's name says which workplace (the
# asker's own), it counts no one, however long the name before its head noun
_ARTICLE_PLACE = re.compile(rf"(?!人)[\u4e00-\u9fff]{{0,10}}?(?:{WORKPLACE_NOUNS}|作坊|工作室|协会|学会|工会|银行|酒店|饭店)")


# a verb of choosing options just before a count ("只能选一个", "勾两项", "填一个"): the count is of options
# (not the selecting of people: "每次评选50个", "推选", "遴选")
_CHOOSING = re.compile(r"(?:(?<![评推遴])选|勾|挑|勾选|选择|打勾|填)(?:上|了|其中)?\s*$")
_FILLING = re.compile(r"(?:填|写)(?:上|了)?\s*$")
# A count said as a difference from another ("比一般的区多两个", "比上届少了一名", "多出两个", "还差两年", "比别的区多推两个"):
# the gap between two values, no value the notice states; the cap or floor said with 多/少 ("最多两个", "至少三年") is one.
_DIFFERENCE = re.compile(r"(?<![最至顶])(多|少|差)(?:推|报|评|招|给|发|交|写|填|认定)?(出|了)?\s*$")
_COMPARED = re.compile(r"比|相比|相较")


# a count right after "一次/一回" and a verb ("一次评50个", "一回就推两个"): the 一次 is per round, no count of rounds
_PER_TIME = re.compile(rf"[\u4e00-\u9fff]{{0,3}}?(?:{_NUM})\s*(?:个|名|人|位|家|项|份)")


def _is_difference(before: str) -> bool:
    """Whether the words ``before`` a count make it a difference: 多/少/差 right before it, with 比 earlier in the
    clause, or said as a gap outright (多出, 少了, 差)."""
    m = _DIFFERENCE.search(before)
    if m is None:
        return False
    clause = _CONTEXT_EDGE.split(before)[-1]
    return bool(_COMPARED.search(clause) or m.group(2) or m.group(1) == "差")


_INSTALMENTS = re.compile(r"分\s*(?:[两二三四五六七八九十几]|[0-9]{1,2}|多)\s*(?:个)?\s*(?:年|期|批|次|笔|回)(?:发|给|付|拨|领|到账|打)")


# "一个看证书一个看年限", "一个要会员，另一个不要": 一个 as a subject with a predicate after it, paired with another
# (一个 or 另一个) so, names two sides in turn; 一个 before a noun ("一个区就只能报一个") says which one or counts
_ONE = re.compile(r"(?:另|另外)?一个")


def _predicate_after(text: str, end: int) -> bool:
    """Does a verb or an adverb (a predicate, not a noun) open the words after ``end``?"""
    from assistant.retrieval.segment import tagger

    words = list(tagger().cut(text[end:end + 6]))
    return bool(words) and words[0].flag[:1] in ("v", "d")


def _distributive(text: str, m: re.Match) -> bool:
    """Is the 一个 at ``m`` one of a pair "一个<verb>…一个/另一个<verb>" within a stretch of the message?"""
    if not _predicate_after(text, m.end()):
        return False
    near = [o for o in _ONE.finditer(text, max(0, m.start() - 14), m.end() + 14) if o.start() != m.start()
            and not re.search(r"[。；;？?！!]", text[min(o.end(), m.end()):max(o.start(), m.start())])]
    return any(_predicate_after(text, o.end()) for o in near)


def _claims_in_context(text: str, width: int = 8, lists: bool = False) -> list[tuple[float, str, str]]:
    """(value, unit, the words just before it) for each claim in ``text``: at least ``width`` characters,
    and back to the previous claim or punctuation mark ("各类协会推荐名额一般分别不超过 2 人")."""
    out = []
    previous_end = 0
    text = plain(_NAME_PART.sub("", text or ""))  # "十来个", "七八年": a count said loosely is a count too  # "各区县(市)总工会": a name's own bracket is no edge of its context
    # "分三年发", "分两次给": how a sum is paid (manners.py), no count of years or times the notice states
    text = _INSTALMENTS.sub(lambda m: " " * len(m.group(0)), text)
    for m in _CLAIM.finditer(text):
        value = _value(m.group(1))
        unit = _UNITS[m.group(2)]
        if m.group(1) == "一" and m.group(2) in ("个", "家", "位") and (_ARTICLE_NOUN.match(text[m.end():])
                                                                      or _ARTICLE_PLACE.match(text[m.end():])):
            continue  # "一个区县就只能报两个": 一个 before a noun says which one, it counts nothing
        if m.group(1) == "一" and m.group(2) == "个" and _distributive(text, m):
            continue  # "一个看证书一个看年限": one … the other, two sides named, nothing counted
        if m.group(2) in ("次", "回") and value == 1 and _PER_TIME.match(text, m.end()):
            continue  # "培育单位一次评50个": 一次 says per round, the count is the 50 after it
        if _is_difference(text[max(0, m.start() - 30):m.start()]):
            continue  # "比一般的区多两个": a gap between two counts, not a count
        if unit == "类" and (text[max(0, m.start() - 1):m.start()] in ("哪", "每", "同")
                             or m.group(2) == "类" and not _DIVIDED.search(text[:m.start()])):
            continue  # "归哪一类", "每一类", "国家一类大赛": which kind or class; a bare 类 counts after 分/共/就 only
        if m.group(2) == "号" and re.search(r"[路街道巷弄]\s*$", text[:m.start()]):
            continue  # "解放东路 18 号": a street number (IDENTIFIERS), no day of a month
        if m.group(2) in ("个", "项") and _CHOOSING.search(text[:m.start()]) \
                and not (m.group(2) == "项" and _FILLING.search(text[:m.start()])):
            # "企业类型只能选一个吗", "能勾两项吗": how many options a form's field takes, no count of people; but
            # "主要成果能填五项" counts the items written in a field, which a form states ("各不超过3项")
            continue
        if value is not None and unit == "万元":  # 两万块, 1万元 and 20000元 are one unit
            value, unit = value * 10000, "元"
        # A calendar year ("2021年") names an edition or a date, not a duration to compare.
        if value is not None and not (m.group(2) == "年" and value >= 1900):
            # with ``lists``, a 、 list before the number is its subject too ("滨江区、西湖区、余杭区可推荐不超过 6 名")
            edges = [e.end() for e in _CONTEXT_EDGE.finditer(text, 0, m.start()) if not (lists and e.group(0) == "、")]
            start = max(previous_end, edges[-1] if edges else 0, m.start() - 30)
            # and the noun the count is of, after its measure word ("评50个单位" counts 单位, not 工匠)
            # up to a conjunction opening the next item ("5年以上且在杭全职…": 在杭 is the next value's subject)
            # and not into the next value ("认定50名数字工匠和10名提名奖": 50's noun is not 10's 提名)
            after = _NEXT_VALUE.split(_NEXT_ITEM.split(_CONTEXT_EDGE.split(text[m.end():m.end() + 6])[0])[0])[0]
            out.append((value, unit, text[min(start, max(0, m.start() - width)):m.start()] + " " + after))
        previous_end = m.end()
    if _MONEY_WORDS.search(text or ""):
        for m in _BARE_WAN.finditer(text):
            value = _value(m.group(1))
            if value is not None:
                out.append((value * 10000, "元", text[max(0, m.start() - width):m.start()]))
    out += [(1.0, "年", "每年") for _ in _EVERY_YEAR.finditer(text or "")]
    seen = set()
    for m in _WORD_AMOUNT.finditer(text or ""):  # "青年人才要占一半": its subject is the words before it, as for a share
        if m.group(0) in seen:
            continue
        seen.add(m.group(0))
        edges = [e.end() for e in _CONTEXT_EDGE.finditer(text, 0, m.start())]
        start = min(max(edges[-1] if edges else 0, m.start() - 30), max(0, m.start() - width))
        out.append((*_WORD_AMOUNTS[m.group(0)], f"{text[start:m.start()]} {m.group(0)}"))
    for m in _SHARE.finditer(text or ""):
        share = _share(m)
        if share is not None:
            after = _NEXT_ITEM.split(_CONTEXT_EDGE.split(text[m.end():m.end() + 6])[0])[0]
            edges = [e.end() for e in _CONTEXT_EDGE.finditer(text, 0, m.start())]
            start = min(max(edges[-1] if edges else 0, m.start() - 30), max(0, m.start() - width))
            out.append((share, "%", text[start:m.start()] + " " + after))
    return out


def _share(m: re.Match) -> float | None:
    """The percentage a share said in words stands for ("四成" 40, "三成五" 35, "百分之四十" 40, "三分之一" 33.3)."""
    if m.group("pct"):
        return _value(m.group("pct"))
    if m.group("tenths"):
        tenths, hundredths = _value(m.group("tenths")), _value(m.group("hundredths") or "零") or 0
        return None if tenths is None else tenths * 10 + hundredths
    den, num = _value(m.group("den")), _value(m.group("num"))
    return round(100 * num / den, 1) if den and num is not None and num <= den else None


_RANGE = re.compile(rf"({_NUM})\s*[-—–～~至到]\s*({_NUM})\s*(个月|周岁|万元|个工作日|工作日|个人|年|岁|字|名|人|%|个|位|家|元|天)")


def _range_of(quote: str, value: float, unit: str) -> tuple[float, float, str] | None:
    """(low, high, as written) of a range in ``quote`` ending on ``value`` in ``unit`` ("10-20名"), or None."""
    for m in _RANGE.finditer(quote or ""):
        low, high = _value(m.group(1)), _value(m.group(2))
        if high == value and low is not None and _UNITS.get(m.group(3)) == unit:
            return low, high, re.sub(r"\s+", "", m.group(0))
    return None


def _fmt(value: float, unit: str) -> str:
    return f"{value:g}{unit}"
