"""Whether a message or a clause asks something: the one reader of questions, for the extractor (which clauses
state facts, which programme is asked about) and the dialogue (a reply or a new question) alike.

    >>> asks("能报吗"), asks("没评过什么"), asks("高级工吧"), asks("能报吧")
    (True, False, False, True)
"""

from __future__ import annotations

import re

from assistant.language.datafiles import data_json, words_pattern

__all__ = ["ASKING_JI", "HEDGES", "asked_part", "asks", "asks_content", "clause_asks", "clauses_of", "without_a_not_a"]

_CLAUSE_END = re.compile(r"[，,。；;！!？?\s]+")


def clauses_of(text: str) -> list[str]:
    """The clauses of ``text`` cut at punctuation and spaces only (``language.clauses`` also cuts at 但是, 而且 …)."""
    return [c for c in _CLAUSE_END.split(text) if c]


# the words that open an unsure statement ("应该入了吧", "可能有吧")
HEDGES = "应该|可能|好像|大概|估计|也许"
_HEDGE_FIRST = re.compile(rf"^(?:那|嗯|呃)?(?:{HEDGES}|差不多)")
# a closing particle that asks (伐: 吗 in Wu speech); 呢 after 了/着 asserts ("在浙江八年了呢", "还早着呢")
_PARTICLE = re.compile(r"(?:吗|(?<![什怎那这多])么|嘛|伐|(?<![了着])呢)$")
# ... and after a durative V着 with its object between ("墙上挂着浙江工匠的奖牌呢", "证书在柜子里锁着呢" is the 着 above,
# "手里拿着高级技师证呢"): the state goes on, said, not asked (a question word still asks: "你拿着什么呢")
_DURATIVE_NE = re.compile(r"[挂摆放揣锁收藏拿留存供贴压]着[^，,。啥什哪谁怎几多]{1,10}呢$")
# a question word, not the indefinite: not after a negation ("没评过什么", "也没啥"), not before 都/也 ("什么都没有",
# "哪都去过"), and 几 not as "some" ("十几年", "二十几个人", "好几个", "前几年", "这几年", "几十个")
# 几 that asks how many, not "some": the one reading of 几 for every question reader (switches.RULE_QUESTION too)
# after an aspect particle 几 is "a few" too ("守着几台注塑机", "带了几个徒弟", "拿过几次奖"); after any digit it is
# the unknown last digit of a number said ("二零零几年开始做的", "200几年", "19几年进的厂"); after 没 or 才 it counts
# few ("刚毕业没几年", "来了才几年")
ASKING_JI = r"(?<![0-9零〇十二三四五六七八九百千万好这那前近头着了过没才])几(?![十百千万乎])"
# A question word asking for content (what, which, how many, who …), not the yes/no markers 是否 / 能否.
# "省里先干嘛": 干嘛 asks what is done (or why), content as 干啥 is, though it ends in the particle 嘛
# ... nor before a short noun and 都/也 with a negation ("哪个协会都没进过", "什么比赛都没参加", "啥奖也没拿过"): the
# indefinite said of a thing, which denies any, not asks which
_CONTENT_WH = (rf"(?:啥|什么|哪(?!怕)|多少|{ASKING_JI}|怎么|怎样|咋|谁|如何|多久|多长|干嘛)(?!都|也)"
               r"(?![^，,。；;？?！!\s]{1,6}?[都也](?:没|不|未))")
_WH = re.compile(rf"(?:{_CONTENT_WH}|(?:是否|能否)(?!都|也))")
_CONTENT_WH_RE = re.compile(_CONTENT_WH)
# "没评过什么"; "没有参加过啥比赛", "没拿到过啥奖" (the verb and its aspect between); "不知道要交什么" asks
_NEGATED_BEFORE = re.compile(r"[没不无](?!知道|清楚|晓得|懂|明白)(?:[^，,]{0,2}|[^，,]{1,4}[过了到])$")
_A_NOT_A = re.compile(r"(\w)[不没]\1")  # 能不能, 是不是, 有没有, 够不够
# "证书是省里发还是市里发", "是交原件还是复印件": an alternative question asks without a mark (the 还是 is the ask)
_CHOICE = re.compile(r"是[^，,。；;！!？?]{1,12}?还是"
                     # "…能多拿一点 真的假的": the idiom asks whether what was heard is true, as 是真的吗 does
                     # (``data/question_idioms.json``)
                     f"|{words_pattern(data_json('question_idioms.json')['true_or_not'])}"
                     # ... and with no 是, two sides each closed by 的 to the clause's end ("材料交纸质的还是电子的",
                     # "省里发的还是市里发的"): 还是 as "still" ("我做的还是老本行") leaves the second side open
                     r"|[^，,。；;！!？?\s]{1,12}的还是[^，,。；;！!？?\s]{1,10}的$"
                     # ... or after a verb of handing in or choosing whose object is the choice ("照片要电子版还是纸质的",
                     # "交原件还是复印件"), where 还是 as "still" comes before its verb ("我还是要报")
                     r"|(?:要(?!是|不)|用|交|报|发|寄|走|按|填|写|选)[^，,。；;！!？?\s还]{1,8}还是[^，,。；;！!？?\s]{1,10}$")
# ... said over a comma ("补贴是打到本人卡里，还是拨到单位账上"): the second clause opens with the 还是 (not 还是 as "still":
# "我是做焊工的，还是在车间干")
_CHOICE_ACROSS = re.compile(r"是[^，,。；;！!？?]{1,16}[，,]\s*还是(?!在|一直|照样|继续|照常|那样|老样子)")
# 几 in the object of a preposition ("给建德几家厂修数控机床", "帮几个老客户做"): a few, asked of nothing
_OBJECT_JI = re.compile(r"(?:给|帮|替|为|跟|和|对)[^，,。；;！!？?几]{0,6}$")
# "能报不", "评上了没": a yes/no question said with a trailing 不/没; a bare "不", "没", "还没", "也不" says no
_TRAILING_NO = re.compile(r"(?<![不没也还都就并从再])不$|[了过]没$")
# a closing 吧 after a value is an unsure answer ("高级工吧", "在杭州做了三十来年吧", a bare "有吧", "算吧"), not a
# question; after anything else it asks to be told so ("是这样吧", "能报吧", "是要一线才行吧", "民营的不行是吧")
_VALUE_BA = re.compile(r"(?:[0-9一二两三四五六七八九十几]+(?:来|多)?(?:年|个月|岁)(?:了|左右)?|(?:初级|中级|高级)工|高级技师|技师)吧$"
                       r"|^(?:有|算|没有?|入了|在|差不多|左右|有的|有过|评过|拿过|入过)吧$"
                       # a modest denial ("会员算不上吧", "技改谈不上吧"): the thing named is said not to be so
                       r"|(?:算不上|谈不上|称不上|够不上|说不上(?!来))(?:什么|啥)?吧$"
                       # a count of things held ("有一个吧", "评过两个吧", "带了三四个吧") and a year said loosely
                       # ("前年吧", "18年底吧", "大概2019年吧"): unsure answers too
                       r"|^(?:大概|差不多)?(?:有|评过|拿过|获过|得过|带过|带了)?[0-9一二两三四五六七八九十]+(?:来|多)?"
                       r"(?:个|项|次|名|件|位|张|本)(?:左右)?吧$"
                       r"|^(?:大概|差不多)?(?:大前年|前年|去年|今年|[0-9]{2,4}年)(?:底|初|年底|年初|上半年|下半年)?(?:的|来的)?吧$")
# ... or guesses at a rule of the notice ("应该不限字数的吧", "应该要盖章的吧"): a guess put up to be confirmed, whereas
# "应该入了吧" answers about oneself
_APPLYING = re.compile(r"报|评|申请|符合|资格|限|规定|要求|字数|名额|截止|盖章|签字|签名|份数")

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
    if _CHOICE_ACROSS.search(text):
        return True
    said = clauses_of(text)
    # "业绩嘛，说实话没啥": a noun with 嘛 before more is said is the topic of what follows, not a question
    return any(clause_asks(c) and not (i < len(said) - 1 and _topic_ma(c)) for i, c in enumerate(said))


def _topic_ma(clause: str) -> bool:
    from assistant.language.clauses import is_topic

    clause = clause.rstrip("，,")
    return clause.endswith("嘛") and not _MODAL.search(clause) and is_topic(clause)


_MODAL = re.compile(r"能|可以|行|够|要|是|有|算|报|评")  # "能报嘛，我想知道": a question, whatever its tags


def clause_asks(clause: str) -> bool:
    clause = re.sub(r"[啊呀哦哈啦呐]+$", "", clause) or clause
    if clause.endswith("吧"):
        if _HEDGE_FIRST.match(clause):
            return bool(_APPLYING.search(clause))
        if not _VALUE_BA.search(clause):
            return True
    if _PARTICLE.search(clause) and not _DURATIVE_NE.search(clause) or (len(clause) > 1 and _TRAILING_NO.search(clause)):
        return True
    # "证书是几级的我记不清了", "等级证书有没有我不太清楚": a question word before a not-known verb is the thing not
    # known, said; before it ("不知道要交什么") it is asked
    unknown = _NOT_KNOWN_AFTER.search(clause)
    for m in (*_WH.finditer(clause), *_A_NOT_A.finditer(clause), *_CHOICE.finditer(clause)):
        if unknown and m.start() < unknown.start() or _NEGATED_BEFORE.search(clause[:m.start()]) \
                or m.group().startswith("几") and _OBJECT_JI.search(clause[:m.start()]):
            continue  # the thing not known ("几级的我记不清"), or an indefinite ("没评过什么", "没有没有", "给几家厂")
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


def asks_content(text: str) -> bool:
    """Whether ``text`` holds a question word asking for content (什么, 哪, 几, 多少, 谁 …), not only a yes/no
    marker: the one reading of question words for the question readers (chat.rules.factual_pick among them)."""
    return bool(_CONTENT_WH_RE.search(text or ""))


def without_a_not_a(text: str) -> str:
    """``text`` with its A-not-A yes/no forms (能不能, 发不发, 有没有) blanked: the form of a question, no topic."""
    return _A_NOT_A.sub(" ", text or "")
