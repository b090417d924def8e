"""A reply read against the topic of the question asked: a clause saying the asked fact is not known
("技师证有没有我不太清楚"), or the question echoed before its answer ("工会？是的"). The words that name each
field's topic (``TOPIC``) are also how a correction tells the pending question's topic from the last answer's.
"""

from __future__ import annotations

import datetime as dt
import re

from assistant.chat.case.replies import CUES, EXPECT, LIST_CUES, TENTATIVE, expect_for, not_known, read_reply
from assistant.chat.case.said import asks, asks_any, clauses_of
from assistant.chat.case.state import Pending
from assistant.language.clauses import says_none
from assistant.language.topics import fold_topics

# the words that name a fact's topic in a reply ("技师证有没有我不太清楚": the level; "在浙江多少年不清楚": the years)
TOPIC = {
    "skill_level": r"证|等级|级别|技师|高级工|中级工|初级工|几级",
    "years_in_field": r"年|多久|时间|多长", "years_full_time_in_hangzhou": r"年|多久|时间|多长",
    "years_full_time_in_zhejiang": r"年|多久|时间|多长",
    "nationality": r"国籍|哪国", "birth_date": r"出生|生日|年龄|岁", "employer_city": r"单位|城市|在哪|哪里|地方",
    "employment": r"全职|兼职|在职|退休|编制|合同|派遣", "role_type": r"一线|岗位|管理|行政",
    "is_digital_economy": r"数字|行业",
    **{field: cue.pattern for field, cue in CUES.items()},  # union_member, rehired, is_highest_level_of_occupation
    **{field: cue.pattern for field, cue in LIST_CUES},  # a list is named as a denial names it
}


def _not_known_clauses(text: str) -> tuple[list[str], list[str]]:
    """The clauses of ``text``, and those that say the asker does not know and do not ask ("不清楚什么叫称号？" asks
    what it means)."""
    said = [(m[1], asks(m[0])) for m in re.finditer(r"([^，,。；;！!？?\s]+)([？?])?", text)]
    return [c for c, _ in said], [c for c, asking in said if not_known(c) and not asking]


def not_known_fields(text: str) -> set[str]:
    """The fields whose topic a not-known clause names ("工会会员不太清楚，要问问厂里": the union)."""
    _, unknown = _not_known_clauses(text)
    return _fields_named(unknown)


def found_out_later(text: str) -> str:
    """``text`` with each clause that says where the answer is to be found out ("回头问问人事", "要问下单位") said as
    plain not-knowing ("不清楚"): the clause still says the question is not answered, and names no fact of the
    asker's (人事 there is whom to ask, not the post held; 单位 no workplace)."""
    from assistant.chat.case.replies import FIND_OUT

    parts = re.split(r"([，,。；;！!？?\s]+)", text)
    out = ["不清楚" if FIND_OUT.search(p) and not asks(p) else p for p in parts]
    return "".join(out)


def _fields_named(clauses: list[str]) -> set[str]:
    return {f for c in clauses for f, cue in TOPIC.items() if re.search(cue, c)}


def unknown_answers(pending: Pending, text: str, extraction, today: dt.date) -> tuple[str, ...]:
    """The questions asked that the reply says the asker does not know ("技师证有没有我不太清楚", "在浙江多少年不太
    清楚，反正很久了", a bare "不清楚"): a not-known clause that names the asked fact's topic, or names no topic at all
    in a reply that states no other fact. Such a reply is no yes, no none and no count (the 有没有 of "技师证有没有"
    is asked, not said); the question stays open. A fact the other clauses give ("大概十来年吧，具体不清楚") is an
    answer all the same."""
    asked = pending.fields
    clauses, unknown = _not_known_clauses(text)
    if not unknown:
        return ()
    named = _fields_named(unknown)  # not_known_fields(text), the clauses read once
    hit = [f for f in asked if f in named]
    if not hit and not named and not [f for f in extraction.found if f not in ("facts_as_of", *asked)]:
        hit = [pending.field]
    rest = "，".join(c for c in clauses if c not in unknown)
    return tuple(f for f in asked if f in hit and not read_reply(f, rest, today)
                 and not (expect_for(f).kind == "list" and says_none(rest))  # "好像没有吧，记不太清"
                 or not named and _taken_back(f, clauses, unknown, today))


# what a not-known clause is unsure of, when it names it: a choice ("2020年还是2021年"), a date, a number, the details
_OWN_OBJECT = re.compile(r"还是|哪|几|什么|多少|具体|时间|日子|月|年")


def _taken_back(field: str, clauses: list[str], unknown: list[str], today: dt.date) -> bool:
    """Whether a hedged value is taken back by a bare not-knowing beside it ("应该是技师吧，记不清了", "好像是技师，不太
    确定"): the hedge already says the value is a guess, and a not-knowing with no object of its own can only be about
    that guess, so the field stays unknown. A value said plainly ("技师证……2020年还是2021年考的，记不太清了": the year
    is what is not known) or hedged with nothing more ("应该是技师吧，证在单位放着") stands; a list's hedged none stands
    too, as a none presumed is what a list left unsaid gets anyway."""
    if expect_for(field).kind not in ("bool", "enum") or any(_OWN_OBJECT.search(c) for c in unknown):
        return False
    giving = [c for c in clauses if c not in unknown and read_reply(field, c, today)]
    return bool(giving) and all(TENTATIVE.search(c) or re.search(r"吧[呀啊]?$", c) for c in giving)


_OWN_FACT_KINDS = ("bool", "enum", "list")  # a count's topic (年) is in every question; it is asked back, not guessed


def asked_of_rule(question: str | None, text: str, today: dt.date) -> Pending | None:
    """The asker's own fact that a short reply gives to the rule they just asked about ("杭州工匠…工会会员吗这个要求"
    answered, then "没入过"; "首席技师对证书有要求吗", then "证书我没考过"): the one field the question named whose value
    the reply reads as, taken as if asked back. None when the reply asks, is long, or fits no field or several."""
    if not question or asks(text) or len(re.sub(r"\W", "", text)) > 12:
        return None
    from assistant.chat.rules.programme_words import without_programme

    asking = [c for c in clauses_of(question) if asks_any(c)]  # the clause that asks, not the facts told beside it
    # the programme's own name names no topic: the 数字 of 数字工匠, the 技师 of 首席技师
    question = without_programme("，".join(asking) or question)
    named = [f for f, cue in TOPIC.items() if f in EXPECT and expect_for(f).kind in _OWN_FACT_KINDS
             and re.search(cue, question)]
    got = [f for f in named if read_reply(f, text, today)]
    return Pending(got[0], expect_for(got[0]).kind) if len(got) == 1 else None


def followed_up(pending: Pending, question: str) -> Pending:
    """The pending question the asker's own question after the answer names ("没有，工会要入吗？" to the titles and
    union questions): the answer is to that one, asked about next; the other stays open."""
    named = [f for f in pending.fields if f in TOPIC and re.search(TOPIC[f], question)]
    if len(named) != 1 or named[0] == pending.field:
        return pending
    return Pending(named[0], expect_for(named[0]).kind, pending.also_options[pending.also.index(named[0])]
                   if pending.also.index(named[0]) < len(pending.also_options) else ())


_ECHO = re.compile(r"^\s*(?P<head>[^，,。；;！!？?]{1,12})[？?]+\s*(?P<tail>\S.*)$", re.S)


def _echo(text: str) -> re.Match | None:
    m = _ECHO.match(text or "")
    if m is None or asks(m["head"]) or "可以" in m["head"]:  # "能报？", "可以报？" ask; "工会？" echoes
        return None
    return m


def joined_echo(text: str) -> str:
    """A reply that opens by echoing the word asked ("省首席技师？一八年评上了") with the echo joined to the answer as
    its topic ("省首席技师，一八年评上了"), where the echo is a value, not a checklist item the extractor folds with its
    answer itself (language.topics): read with its mark, the turn was routed as a question about the notice, and
    the answer after it, often a predicate with no object, lost the thing it is about. Unchanged otherwise."""
    m = _echo(text)
    if m is None or fold_topics(text) != text:  # "工会？压根没成立过": a checklist item the extractor folds itself
        return text
    return f"{m['head']}，{m['tail']}"


def without_echo(asked: tuple[str, ...], text: str, today: dt.date) -> tuple[str, str | None]:
    """The reply less the question asked, echoed back before its answer ("浙江省首席技师？没有没有，哪能啊" to the
    titles question, "工会？是的", "等级？高级工吧"), and the field echoed: a topic of a field asked, or a value of it,
    said with a question mark and no asking word, is no question of the asker's. ``asked``: the fields asked, or with
    nothing asked, those the last answer showed open ("未说明已获得的荣誉称号" after a question asked twice)."""
    m = _echo(text)
    if m is None:
        return text, None
    for field in asked:
        if field in TOPIC and re.search(TOPIC[field], m["head"]) or read_reply(field, m["head"], today):
            return m["tail"], field
    return text, None


# "有一个吧", "评过两个", "有的", "是的 有一些吧", "嗯 算有吧": holding some of what was asked, none of it named. The
# pieces are classes of words, not replies: a lead-in yes, a hedge, a verb of having, a vague or counted quantity.
_YES = r"(?:嗯+|恩+|对|对的|是|是的|是啊|有|有的)"
_HEDGE = r"(?:应该|好像|大概|可能|也|还|倒是)?(?:算|算是)?"
_HAVING = r"(?:有|有的|有过|评过|拿过|获过|得过|做过|搞过|带过|干过)"
_SOME = r"(?:[0-9一二两三四五六七八九十几]+(?:个|项|次|张|件|样)|一些|一点|点|些|不少|挺多|好些|好几个|几个|几样)"
_HOLDS_UNNAMED = re.compile(rf"^{_YES}?[，,]?{_HEDGE}{_HAVING}{_SOME}?(?:的)?[吧的啊呀哦嘛呢]*$")
# a bare yes ("是", "嗯", "对的") answers a yes/no question; to an open one ("您的主要业绩有哪些？") it is no value
_BARE_YES = re.compile(rf"^{_YES}[吧的啊呀哦嘛]*$")
# the open questions a reply can hold some of: the lists, and the free-text descriptions of deeds and apprentices
_OPEN_KINDS = ("list", "text")


def holds_unnamed(pending: Pending, text: str) -> bool:
    """Whether a reply to an open question ("您已获得过哪些荣誉称号？", "您的主要业绩有哪些？") says some are held
    without naming any ("有一个吧", "评过两个", "是的 有一些吧", a bare "是"): no none and no item; the question stays
    open and is asked for the names. A bare yes holds nothing when a yes/no question was asked beside it (it answers
    that one)."""
    if expect_for(pending.field).kind not in _OPEN_KINDS:
        return False
    bare = re.sub(r"[\s，,。！!~～]", "", text)
    if _BARE_YES.match(bare):
        return not any(expect_for(f).kind == "bool" for f in pending.fields)
    return bool(_HOLDS_UNNAMED.match(bare))
