"""How a clause of a message is said: a question (``assistant.language.asking``, re-exported here), or a year
named; and the small edits of an extraction the turn makes (a field taken out). Whether a clause is negated is the language layer's (``assistant.language.negated``).
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re

# whether a clause asks is the language layer's one reader; re-exported for the dialogue's modules
from assistant.language.asking import ASKING_JI, HEDGES, asked_part, asks, clauses_of  # noqa: F401
from assistant.language.asking import clause_asks as _clause_asks
from assistant.language.rungs import Rungs, rungs

# A question with its topic put after the particle, as speech does ("工会会员吗这个要求", "能报吗我这种", "要交钱么这个"):
# the particle asks though it does not close the clause; the tail is a demonstrative or a person, a few words long.
_DISLOCATED = re.compile(r"(?:吗|么|嘛|伐)(?:我|你|您|他|她|咱|这|那)[\u4e00-\u9fff]{0,6}$")


# a closing 吧/呢/嘛 with no question word softens a statement ("工会会员吧", "是会员呢", "会员证有的嘛", "会员没错吧"); read
# alone it may ask for confirmation, beside a reply's other clauses it answers
_SOFT_END = re.compile(r"(?:吧|呢|嘛)[啊呀哦哈啦呐]*$")


def asks_any(clause: str) -> bool:
    """Whether ``clause`` asks, as ``asks`` reads it or with its topic said after the question particle; a clause
    closed by a softening 吧/呢/嘛 with no question mark states."""
    clause = clause or ""
    if _DISLOCATED.search(clause):
        return True
    if _SOFT_END.search(clause) and not re.search(r"[？?]", clause):
        return asks(_SOFT_END.sub("", clause))  # "一线是啥呢" asks by its 啥; "没评过什么呢" says none
    return asks(clause)


# what a question back asks of the question asked: what a word means or covers ("啥叫一线", "一线是指什么", "班组长算吗",
# "返聘包括吗"), or any content question ("要填什么", "哪个证")
_DEFINES = re.compile(r"意思|是指|指的是|指啥|叫啥|算吗|算么|算不算|包括|包不包括|包含|怎么算|怎么理解|怎么看")


def asks_back(text: str) -> bool:
    """Whether ``text`` as a whole is a question back about the question asked ("啥叫一线？", "班组长算吗"): it
    asks, says nothing before its question, and asks for content or for what a word covers; a hedged answer
    ("会员吧", "应该算吧") is no question back."""
    from assistant.language.asking import asks_content

    answer, question = answer_and_question(text)
    return not question and asks_any(text) and (asks_content(text) or bool(_DEFINES.search(text)))


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


def answer_and_question(text: str) -> tuple[str, str]:
    """(the answer said first, the question tacked on after it): "没有，工会要入吗？" -> ("没有", "工会要入吗？").
    ``(text, "")`` when no clause asks, or the first one does (nothing is said before the question)."""
    question = asked_part(text)
    if question == text or not question or not (re.search(r"[？?]", question) or any(
            _clause_asks(re.sub(r"[呢吧]+$", "", c)) for c in clauses_of(question))):
        return text, ""  # "哦不对，记错了，还没入呢": a closing 呢 or 吧 alone may state ("还没入呢")
    return text[:len(text) - len(question)].rstrip("，,。；;！! "), question


# one sentence closed by a question mark, then what is told after it
_ASKED_FIRST = re.compile(r"^(?P<question>[^？?]+[？?]+)\s*(?P<told>[^？?]+)$", re.S)


def question_then_answer(text: str) -> tuple[str, str]:
    """(what is told after the question, the question asked first): "申报表里获奖那栏怎么填？我有个杭州工匠" ->
    ("我有个杭州工匠", "申报表里获奖那栏怎么填？"). People ask their own question and then answer the one pending;
    ``(text, "")`` when the part after the question asks too, or nothing is told after it."""
    m = _ASKED_FIRST.match(text or "")
    if m is None or asks(m["told"]) or len(re.sub(r"\W", "", m["told"])) < 2:
        return text, ""
    return m["told"].strip(), m["question"]


# "我是技师吗", "我算一线吗", "我这算数字经济吗", "我是不是工会会员", "他算不算一线": the asker asks whether a fact
# holds of them; the fact is asked about, not said. A clause that asks about a programme ("我是技师能报吗") is
# a question about eligibility and says its facts.
_SELF_ASKED = re.compile(r"^(?:那|那么|所以)?(?:我|俺|本人|他|她)(?:这样?|这种|现在|目前)?(?:的)?"
                         r"(?:是不是|算不算|属不属于|是|算|算是|属于)(?P<what>.{1,14}?)(?:吗|么|嘛|呢|啊)?$")
_ASKS_PROGRAMME = re.compile(r"报|评|申请|符合|够|行|可以|能|条件|资格|有戏|希望")
_CLAUSE_END = re.compile(r"[，,。；;！!？?\s]+")


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


def _told_title(parts: list[str], i: int) -> bool:
    """Whether ``parts[i]`` is a teller's record of a title the asker holds ("人事说我是浙江工匠"): a title is a record,
    and its keepers' word is the asker's fact (``language.holding.told_of_speaker``), so it is not left out."""
    from assistant.extract.honours import titles_in
    from assistant.language.holding import told_of_speaker

    told = told_of_speaker(parts[i].strip("，,。；;！!？? "), parts[i - 1] if i else "")
    return bool(told and titles_in(told))


def _trade_ladder(clause: str) -> Rungs | None:
    """The trade's ladder ``clause`` tells (language.rungs), or None."""
    ladder = rungs(clause)
    return ladder if ladder != Rungs() else None


def without_reported(text: str) -> str:
    """``text`` without the clauses under a reporting frame ("有人说我在杭州市区才八年", "我们主任说我不算一线",
    "厂长以为我是技师"): another's word or belief is no fact of the asker's; the asker's own clauses stay ("…，其实我还是
    高级工", "…，我是会员")."""
    from assistant.extract.numbers import durations
    from assistant.language.status import reported_frame, reported_spans

    parts = re.split(r"(?<=[，,。；;！!？?\s])", text)
    # (hearsay of the trade's ladder, "他们工种听说能考到高级技师", tells of the trade, not of the asker: it stays)
    gone = {i for i in reported_spans(parts) if not _told_title(parts, i) and _trade_ladder(parts[i]) is None}
    if not gone:
        return text
    kept = []
    for i, part in enumerate(parts):
        if i in gone:
            continue
        told = durations(part)
        # "别人都说我干了快二十年了，其实也就十二年": a bare count after the report puts its own value in the report's
        # words, whose topic (干了: the trade's years) it leaves unsaid
        if i - 1 in gone and len(told) == 1 and _BARE_OWN.fullmatch(part.strip("，,。；;！!？? ")):
            before = reported_frame(parts[i - 1])
            spans = durations(before)
            if len(spans) == 1:
                part = before[:spans[0].start] + part.strip("，,。；;！!？? ")[told[0].start - (len(part) - len(
                    part.lstrip("，,。；;！!？? "))):] + before[spans[0].end:]
        elif i - 1 in gone and _BARE_POLARITY.fullmatch(part.strip("，,。；;！!？? ")):
            part = _with_polarity(reported_frame(parts[i - 1]).strip("，,。；;！!？? "),
                                  negative=bool(re.search(r"不|没|非|未", part)))
        kept.append(part)
    return re.sub(r"^[，,。；;！!？?\s]+", "", "".join(kept))


# the asker's own yes or no after a report, its topic left to the report: "其实不是", "后来才知道没入", "其实是的"
_BARE_POLARITY = re.compile(r"(?:其实|实际上|事实上|结果|后来)?(?:才)?(?:知道|发现)?(?:我)?(?:并|根本|压根|还|也)?"
                            r"(?:不是|没有?|没入|没加入|没参加|未|是的?|有的?|入了|加入了)(?:的|了|呢|啊|吧)?")


def _with_polarity(said: str, negative: bool) -> str:
    """A reported proposition as the asker's own, yes or no ("我是工会会员" + 没入 -> "我不是工会会员"): the first
    是 or 有 negated, else the whole said as it was (a yes confirms it)."""
    if not negative:
        return said
    m = re.search(r"(?<![不没])(?:是|有)", said)
    if not m:
        return ""  # no copula or possession to deny: the report says nothing of the asker
    return said[:m.start()] + ("不是" if m.group() == "是" else "没有") + said[m.end():]


# the asker's own bare value after a report: "其实也就十二年", "实际上才八年"
_BARE_OWN = re.compile(r"(?:其实|实际上|实际|事实上|但|但是|可|可是|不过)?(?:我)?(?:也就|只有|才|就|也才|顶多|最多)?"
                       r"[0-9一二两三四五六七八九十]+(?:\.[0-9])?(?:多|来)?年(?:多|半)?(?:了|吧|啦|而已|多点)?")


# a whole reply that only says none ("没有", "都没有", "别的没了")
BARE_NONE = re.compile(r"^(?:别的|其他的?|其它|另外|再)?(?:都|也|啥都|什么都|啥也|什么也)?(?:没有?|无|木有)(?:了|啦|的|呢|过)?$")


# an apprentice's or trainee's result is the asker's to claim (首席技师 二/(四), 数字工匠 培养选手): kept
_PRONOUN = re.compile(r"(?:他|她)们?$")
_TRAINEES = re.compile(r"徒弟|徒|学员|学生|选手|带的")


_PICKED_OUT = re.compile(r"(?:其中)?(?:有)?(?:一|两)?(?:个|位)(?:叫)?[\u4e00-\u9fff]|其中")


def without_others(text: str, earlier: str = "") -> str:
    """``text`` less the clauses whose subject is another person ("我爱人也是技师", "我老婆也是做开发的", "我爸以前也是焊
    工，干了三十年"), in a talk about the asker: the talk names the asker, so a relation said as a clause's subject
    (``extract.subject.of_others``) has facts of their own, which answer no question put to the asker. An
    apprentice's result stays (it is the asker's to claim). "" when every clause is another's."""
    from assistant.extract.subject import names_another, of_others

    parts = [p for p in re.split(r"(?<=[，,。；;！!？?\s])", text) if p]
    clauses = [p.strip("，,。；;！!？? ") for p in parts]
    others = of_others([*clauses, "我"])[:-1]
    if not any(others):
        return text
    kept, mine, trainees = [], False, False
    for part, clause, other in zip(parts, clauses, others, strict=True):
        who = names_another(clause)
        # "组长也写代码" after "我…当测试组长": a post the asker said is their own names the asker, and the clauses
        # after it with no person of their own go on about the asker
        mine = bool(who) and bool(re.search(rf"(?:当|是|任|做|担任)[^，,。；;]{{0,8}}{re.escape(who)}", earlier)) \
            or mine and not who
        # "我带的徒弟好几个成了骨干，有一个2020年…拿了第一名", "…，不过他们一场比赛都没参加过": a clause going on
        # about the apprentices (naming no new person; a pronoun is them) is theirs too, and stays with them
        # (one of them picked out by name, "有个小金一九年…拿了第二名", "其中一个叫小何的", is still one of them)
        trainees = bool(_TRAINEES.search(part)) or trainees and (not who or bool(_PRONOUN.search(who))
                                                                 or bool(_PICKED_OUT.match(clause)))
        # "他们工种听说能考到高级技师": the ladder of the trade, said of its people, is the trade's, whoever holds it
        if not other or mine or trainees or _trade_ladder(clause) is not None:
            kept.append(part)
    return "".join(kept).strip("，,。；; ")
