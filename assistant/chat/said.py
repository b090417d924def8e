"""How a clause of a message is said: a question, or a year named; and the small edits of an extraction the turn
makes (a field taken out). Whether a clause is negated is the language layer's (``assistant.language.negated``).
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re


def too_young(birth: str | None, today: dt.date) -> bool:
    """Whether a birth date read would make the person under 16 today: the year of something else was read."""
    return bool(birth) and today.year - int(birth[:4]) < 16


def without(extraction, field: str):
    """``extraction`` with ``field`` taken out of its profile and of the fields it found."""
    return dataclasses.replace(extraction, profile={k: v for k, v in extraction.profile.items() if k != field},
                               found=tuple(f for f in extraction.found if f != field))


YEAR_SAID = re.compile(r"(?:[0-9]{2,4}|[去前今]|[〇零一二三四五六七八九]{2,4})年")


def clause_at(text: str, end: int) -> str:
    """The clause of ``text`` up to ``end`` (from the punctuation before it)."""
    return re.split(r"[，,。；;！!？?\s]", text[:end])[-1]


# the words that open an unsure statement ("应该入了吧", "可能有吧")
HEDGES = "应该|可能|好像|大概|估计|也许"
_HEDGE_FIRST = re.compile(rf"^(?:那|嗯|呃)?(?:{HEDGES}|差不多)")
# a closing particle that asks (伐: 吗 in Wu speech); 呢 after 了/着 asserts ("在浙江八年了呢", "还早着呢")
_PARTICLE = re.compile(r"(?:吗|(?<![什怎那这多])么|嘛|伐|(?<![了着])呢)$")
# a question word, not the indefinite: not after a negation ("没评过什么", "也没啥"), not before 都/也 ("什么都没有",
# "哪都去过"), and 几 not as "some" ("十几年", "二十几个人", "好几个", "前几年", "这几年", "几十个")
# 几 that asks how many, not "some": the one reading of 几 for every question reader (switches.RULE_QUESTION too)
ASKING_JI = r"(?<![十二三四五六七八九百千万好这那前近头])几(?![十百千万乎])"
_WH = re.compile(rf"(?:啥|什么|哪(?!怕)|多少|{ASKING_JI}|怎么|怎样|咋|谁|如何|多久|多长|是否)(?!都|也)")
_NEGATED_BEFORE = re.compile(r"[没不无](?!知道|清楚|晓得|懂|明白)[^，,]{0,2}$")  # "没评过什么"; "不知道要交什么" asks
_A_NOT_A = re.compile(r"(\w)[不没]\1")  # 能不能, 是不是, 有没有, 够不够
# "能报不", "评上了没": a yes/no question said with a trailing 不/没; a bare "不", "没", "还没", "也不" says no
_TRAILING_NO = re.compile(r"(?<![不没也还都就并从再])不$|[了过]没$")
# a closing 吧 after a value is an unsure answer ("高级工吧", "在杭州做了三十来年吧", a bare "有吧", "算吧"), not a
# question; after anything else it asks to be told so ("是这样吧", "能报吧", "是要一线才行吧", "民营的不行是吧")
_VALUE_BA = re.compile(r"(?:[0-9一二两三四五六七八九十几]+(?:来|多)?(?:年|个月|岁)(?:了|左右)?|(?:初级|中级|高级)工|高级技师|技师)吧$"
                       r"|^(?:有|算|没有?|入了|在|差不多|左右)吧$")
_APPLYING = re.compile(r"报|评|申请|符合|资格")

# a not-known verb after a question word: the word names what is not known ("几级的我记不清")
_NOT_KNOWN_AFTER = re.compile(r"(?<=.)(?:我|俺|也|都|还)*(?:不太|不大|不是很)?(?:清楚|知道|晓得|记得|确定)|记不(?:清|得|太清)|说不清|搞不清"
                              r"|弄不清|忘了|忘记了")


def asks(text: str) -> bool:
    """Whether ``text`` (a message or a clause) asks something: the one reading of the dialogue. A question mark,
    a closing particle, a question word that is no indefinite, an A-not-A verb or a trailing 不 asks; a closing 吧
    asks for confirmation ("能报吧", "是要一线才行吧") except after a hedge ("应该算吧", "好像是吧", "可能有吧") or a
    value ("高级工吧", "十来年吧"), where it is an unsure answer."""
    text = text or ""
    if re.search(r"[？?]", text):
        return True
    return any(_clause_asks(c) for c in clauses_of(text))


def _clause_asks(clause: str) -> bool:
    clause = re.sub(r"[啊呀哦哈啦呐]+$", "", clause) or clause
    if clause.endswith("吧"):
        if _HEDGE_FIRST.match(clause):
            return bool(_APPLYING.search(clause))
        if not _VALUE_BA.search(clause):
            return True
    if _PARTICLE.search(clause) or (len(clause) > 1 and _TRAILING_NO.search(clause)):
        return True
    # "证书是几级的我记不清了", "等级证书有没有我不太清楚": a question word before a not-known verb is the thing not
    # known, said; before it ("不知道要交什么") it is asked
    unknown = _NOT_KNOWN_AFTER.search(clause)
    for m in (*_WH.finditer(clause), *_A_NOT_A.finditer(clause)):
        if unknown and m.start() < unknown.start() or _NEGATED_BEFORE.search(clause[:m.start()]):
            continue  # the thing not known ("几级的我记不清"), or an indefinite ("没评过什么", "没有没有")
        return True
    return False


_CLAUSE_SPAN = re.compile(r"[^，,。；;！!？?\s]+[，,。；;！!？?\s]*")


def asked_part(text: str) -> str:
    """``text`` from its first clause that asks: the question tacked on an answer ("在浙江十二年了，一直全职，那要交
    什么材料？" -> "那要交什么材料？"); the whole text when no clause asks, or the first does."""
    for m in _CLAUSE_SPAN.finditer(text or ""):
        if asks(m.group()):
            return text[m.start():]
    return text


def answer_and_question(text: str) -> tuple[str, str]:
    """(the answer said first, the question tacked on after it): "没有，工会要入吗？" -> ("没有", "工会要入吗？").
    ``(text, "")`` when no clause asks, or the first one does (nothing is said before the question)."""
    question = asked_part(text)
    if question == text or not question or not (re.search(r"[？?]", question) or any(
            _clause_asks(re.sub(r"[呢吧]+$", "", c)) for c in clauses_of(question))):
        return text, ""  # "哦不对，记错了，还没入呢": a closing 呢 or 吧 alone may state ("还没入呢")
    return text[:len(text) - len(question)].rstrip("，,。；;！! "), question


# "我是技师吗", "我算一线吗", "我这算数字经济吗", "我是不是工会会员", "他算不算一线": the asker asks whether a fact
# holds of them; the fact is asked about, not said. A clause that asks about a programme ("我是技师能报吗") is
# a question about eligibility and says its facts.
_SELF_ASKED = re.compile(r"^(?:那|那么|所以)?(?:我|俺|本人|他|她)(?:这样?|这种|现在|目前)?(?:的)?"
                         r"(?:是不是|算不算|属不属于|是|算|算是|属于)(?P<what>.{1,14}?)(?:吗|么|嘛|呢|啊)?$")
_ASKS_PROGRAMME = re.compile(r"报|评|申请|符合|够|行|可以|能|条件|资格|有戏|希望")
_CLAUSE_END = re.compile(r"[，,。；;！!？?\s]+")


def clauses_of(text: str) -> list[str]:
    """The clauses of ``text`` cut at punctuation and spaces only (``language.clauses`` also cuts at 但是, 而且 …)."""
    return [c for c in _CLAUSE_END.split(text) if c]


def self_questions(text: str) -> list[str]:
    """The clauses of ``text`` that ask whether a fact holds of the asker ("我是技师吗？我证书上写的三级": 我是技师吗),
    a question mark or a question particle, or an A-not-A verb, making them questions."""
    out = []
    pos = 0
    for m in _CLAUSE_END.finditer(text + "。"):
        clause, end = text[pos:m.start()], m.group()
        pos = m.end()
        asked = _SELF_ASKED.match(clause)
        if not asked or _ASKS_PROGRAMME.search(asked["what"]):
            continue
        if re.search(r"[？?]", end) or re.search(r"(?:吗|么|嘛)$", clause) \
                or re.search(r"是不是|算不算|属不属于", clause):
            out.append(clause)
    return out


def without_self_questions(text: str) -> str:
    """``text`` without the clauses that ask whether a fact holds of the asker: what the message says."""
    for clause in self_questions(text):
        text = text.replace(clause, "", 1)
    return re.sub(r"^[，,。；;！!？?\s]+", "", text)


# a whole reply that only says none ("没有", "都没有", "别的没了")
BARE_NONE = re.compile(r"^(?:别的|其他的?|其它|另外|再)?(?:都|也|啥都|什么都|啥也|什么也)?(?:没有?|无|木有)(?:了|啦|的|呢|过)?$")
