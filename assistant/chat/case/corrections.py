"""Corrections and denials: "不是，最高是高级技师", "记错了，是2019年才来的", "不是A，是B", lists said to be empty
("没评过", "别的没有了"), a title said as held after its name, "没在浙江干过".
"""

from __future__ import annotations

import datetime as dt
import re

from assistant.chat.case.asking import PAIRS
from assistant.chat.case.months import START_WHAT
from assistant.chat.case.pending_answers import DESCRIBES_WORK, OTHER_TOPIC
from assistant.chat.case.replies import (
    EXPECT,
    LIST_CUES,
    START_OF,
    YEAR_FIELDS,
    expect_for,
    names_field,
    read_reply,
    titles_named,
)
from assistant.chat.case.reply_topic import TOPIC
from assistant.chat.case.said import BARE_NONE, asks, asks_any, clauses_of
from assistant.chat.case.state import Pending, Session
from assistant.language.clauses import denied_parts, negated, says_none, says_unknown
from assistant.language.correcting import denial_lead, says_wrong, without_markers
from assistant.language.doing import deed_after_contrast
from assistant.language.holding import blocked
from assistant.profile import LIST_FIELDS

_CAME = re.compile(r"(?:[0-9]{2,4}|[去前今])年.{0,6}?(?:来|到|调|搬|回)")


def came_instead(session: Session, text: str, extraction, today: dt.date) -> dict:
    """"记错了，是2019年才来的": a corrected arrival without its place is the arrival said before (杭州, else 浙江)."""
    from assistant.extract.places import cities_in

    if not _CAME.search(text) or cities_in(text) or re.search(r"浙江|省内|杭", text) \
            or any(f in extraction.profile for f in (*START_WHAT, *PAIRS[0])):
        return {}
    for field in ("years_full_time_in_hangzhou", "years_full_time_in_zhejiang"):
        if field in session.profile or START_OF.get(field) in session.profile:
            got = read_reply(field, text, today)
            if field in got and session.sources.get("years_full_time_in_zhejiang") == "derived":
                got["years_full_time_in_zhejiang"] = got[field]  # Zhejiang's years were Hangzhou's, and stay so
            return got
    return {}


# a closed span of years ("一六到一九年", "2016-2019年", "16年至19年"): what a clause says in it was, and is no more
_CLOSED_SPAN = re.compile(r"[〇零一二三四五六七八九\d]{2,4}年?(?:到|至|~|-|—)[〇零一二三四五六七八九\d]{2,4}年")


def _then(clause: str) -> bool:
    """Whether ``clause`` speaks of an earlier time ("之前在合肥", "一六到一九年在合肥也是做这个"): the facts of now
    (the workplace, the post, the employment) are not corrected by it."""
    from assistant.chat.case.replies import past_clause

    return bool(_CLOSED_SPAN.search(clause)) or past_clause(clause)


_CORRECTABLE = ("skill_level", "employer_city", "employment", "employer_type", "role_type", "nationality")


_NOT_YET_HELD = re.compile(r"还?没(?:有)?(?:考|拿|评|取得)|未(?:考|取得)")


def denied_then_said(session: Session, text: str, pending: Pending | None, today: dt.date) -> dict:
    """A reply led by a denial that goes on to say a value of a fact already known ("不是，最高是高级技师" after
    技师, "不对，单位在嘉兴", "不是，我现在是兼职") corrects that fact. "最高是X" is the asker's own highest level,
    unless the top-level question is pending or the level is said not yet held ("…，我还没考"): then it is the
    occupation's top level, read by ``posts.read_in_context``."""
    lead = denial_lead(text.strip())
    if not lead:
        return {}
    rest = text.strip()[lead:]
    asked = pending.fields if pending else ()
    ceiling = "is_highest_level_of_occupation" in asked or bool(_NOT_YET_HELD.search(rest))
    out: dict = {}
    for clause in clauses_of(rest):
        if negated(clause) or asks(clause):
            continue  # "不是管理": the value named is denied, not said
        if _then(clause):
            continue  # "不对 我是一九年才来的杭州 一六到一九年在合肥也是做这个": where and how one worked then, not now
        for field in _CORRECTABLE:
            if field in out or session.profile.get(field) is None or field == "skill_level" and ceiling \
                    and "最高" in clause:
                continue
            got = read_reply(field, clause, today)
            if got.get(field) is not None and got[field] != session.profile[field]:
                out.update(got)
    return out


_HELD_VERB = re.compile(r"(?:评上|评过|评了|获评|获得|拿到|拿了|当选|被评|认定)了?")


_NEVER_THERE = re.compile(r"(?:从没|从来没|从未|没|未)(?:有)?在(?P<p>浙江|省内|杭州)(?:全职)?(?:干|工作|上班|待|呆)过")


_BRINGS = re.compile(r"\s*的?(?:以后|之后|后|同时|时候)?\s*(?:还|也|都)?(?:有|就|会|可以|可|给|发|奖|拿|享受|享有|领|能|将)")


def held_after(text: str) -> dict:
    """A title named before the verb that says it was won ("浙江省首席技师我2019年就评上了"), not denied."""
    if asks(text):  # "首届杭州数字工匠评上了发点什么？", "浙派工匠评上有啥好处": a supposition
        return {}
    out: list[str] = []
    for clause in (c for c in re.split(r"[，,。；;！!？?]+", text) if c):
        verb = _HELD_VERB.search(clause)
        # what winning brings ("评上了有一次性奖励两万", "评上了就能拿…", "评上以后给啥", "评上的同时还给…奖章")
        # supposes the honour, it tells no title held
        if verb and not negated(clause) and not re.search(r"如果|要是|假如|想|能", clause) \
                and not _BRINGS.match(clause[verb.end():]) and not blocked(clause):  # "听说…评上的每人有…"
            out += titles_named(clause[:verb.start()])
    return {"prior_titles": list(dict.fromkeys(out))} if out else {}


def title_instead(session: Session, text: str) -> dict:
    """"不对 我记错了 那个是淳安县的首席技师": a correction right after titles were told, naming a title and no verb of
    winning, puts the title it names in place of those told ("那个" points back at them)."""
    from assistant.extract.patterns import OTHER_BODY_TITLE

    if "prior_titles" not in session.last_answered or not says_wrong(text) or asks(text):
        return {}
    out: list[str] = []
    for clause in clauses_of(without_markers(text)):
        if negated(clause):
            continue
        named = titles_named(clause)
        out += named or [m.group() for m in OTHER_BODY_TITLE.finditer(clause)]
    return {"prior_titles": list(dict.fromkeys(out))} if out else {}


def never_there(text: str) -> dict:
    """"没在浙江干过": no full-time years there."""
    m = _NEVER_THERE.search(text)
    if m is None:
        return {}
    return {"years_full_time_in_hangzhou" if m["p"] == "杭州" else "years_full_time_in_zhejiang": 0.0}


_NOT_BUT = re.compile(r"不是(?P<a>[^，,。；;]{1,12})[，,]?(?:而)?是(?P<b>[^，,。；;]{1,12})")


def not_but(text: str, today: dt.date) -> dict:
    """"不是A，是B": the field both A and B are values of takes B (a title, a level, a city, a status)."""
    m = _NOT_BUT.search(text)
    if m is None:
        return {}
    fields = ["prior_titles", *(f for f in EXPECT if expect_for(f).kind in ("enum", "city")), "nationality"]
    for field in fields:
        old, new = read_reply(field, m["a"], today), read_reply(field, m["b"], today)
        if old.get(field) and new.get(field) and old[field] != new[field]:
            return new
    return {}




def denied_lists(session: Session, text: str, pending: Pending | None, corrected: bool = False) -> dict:
    """Lists a message says are empty, clause by clause: a clause naming the list ("浙江省首席技师没评过",
    "没拿过什么奖") empties a list asked about or pending, or any list in a talk about the asker's case; a bare "别的没有了" empties the list pending."""
    asked = {f for f in session.asked} | (set(pending.fields) if pending else set())
    out: dict = {}
    did = deed_after_contrast(text)
    parts = clauses_of(text)
    # each clause's denial read with the sentence's scope: "奖项嘛，一个都没拿到过" denies the topic said first
    denied = denied_parts(tuple(parts)) if parts else ()
    echoed = _echoed_none(parts, denied, pending)
    for clause, no in zip(parts, denied, strict=True):
        if len(clause) > 14 or OTHER_TOPIC.search(clause) \
                or not (says_none(clause) or _EMPTY.search(clause) or no and not says_unknown(clause)):
            continue
        named = [f for f, cue in LIST_CUES if cue.search(clause)]
        if not named and pending is not None and BARE_NONE.match(clause) and not echoed:
            named = [f for f in pending.fields if f in LIST_FIELDS][:1]
        for field in named:
            # unasked, a denial that names its list is a fact of the asker's case all the same ("工会会员是的，
            # 也没评过什么" after a verdict that asked nothing more)
            said = session.topic in ("eligibility", "recommend") and not asks_any(clause)  # "荣誉嘛": 嘛 softens
            if field == "achievements" and did:
                continue  # "技术革新没搞过……。不过我自己琢磨出一套…手法": a denial of some kinds, not of all
            if (field in asked or corrected or said) and field not in out \
                    and (corrected or not session.profile.get(field)):
                out[field] = "无" if field == "trained_apprentices" else []
    for clause in parts:
        out.update({f: v for f, v in none_but_told(clause).items() if f not in out and not session.profile.get(f)})
    # "奖没拿过" to "您已获得过哪些荣誉称号？": a reply that only denies the other honours list denies the one asked too
    # (applicants say 奖, 荣誉 and 称号 of the same things); a title or award named anywhere keeps it open
    family = [f for f in HONOURS if f in out]
    if pending is not None and pending.field in HONOURS and pending.field not in out and family \
            and says_none(text) and not titles_named(text) and not session.profile.get(pending.field):
        out[pending.field] = []
    return out


def _echoed_none(parts: list[str], denied, pending: Pending | None) -> bool:
    """Whether a bare no ("没有") opens a reply whose other clause denies a list not asked ("没有，没评过工匠" to
    "主要业绩有哪些"): the no echoes that clause, as "对，…" confirms what follows it, and the list asked stays open
    (asked again) rather than emptied on a word said of another list."""
    if pending is None:
        return False
    others = {f for clause, no in zip(parts, denied, strict=True) if not BARE_NONE.match(clause)
              and (says_none(clause) or no) for f, cue in LIST_CUES if cue.search(clause)}
    return bool(others) and not others & set(pending.fields)


HONOURS = ("prior_titles", "awards")  # the lists applicants name alike: honour titles held, awards won

# A list said to be empty with no negation word: "业绩这块空白", "奖项是零", "荣誉谈不上", "成果拿不出手"
_EMPTY = re.compile(r"(?:一片)?空白|空着|(?:是|为|等于)零|零蛋|谈不上|拿不出手|没啥(?:好|可)说的?|说不上有")

# "奖项除了这个比赛第一以外没有", "荣誉除开上面说的都没有": a list named, then none of it but one thing excepted
_NONE_BUT = re.compile(r"^(?P<topic>[^除]{1,6}?)(?:嘛|呢|的话|方面)?(?:就|也)?除(?:了|开|去|掉)?(?P<x>[^，,。]{1,14}?)(?:以外|之外|外)?"
                       r"(?:的)?(?:其他|其它|别的|另外|其余)?(?:的)?(?:都|也|就|再|啥|什么|一概|全)*(?:没有?|无|没拿过|没得过|没评过)"
                       r"(?:了|啥|什么|别的)?$")
# an excepted thing already told ("这个比赛第一", "上面说的", "刚才那个")
_TOLD = re.compile(r"^(?:这|那|上面|刚才|前面|刚刚|已经说)")


def none_but_told(clause: str) -> dict:
    """A list said to hold nothing but a thing that is no item of it: "奖项除了这个比赛第一以外没有" (the contest told
    before is a result, no award) empties the awards; "奖项除了省科技进步奖以外没有" names an award, so it does not."""
    m = _NONE_BUT.match(clause.strip())
    if m is None:
        return {}
    named = [f for f, cue in LIST_CUES if cue.search(m["topic"])]
    of = [f for f, cue in LIST_CUES if cue.search(m["x"])]
    return {f: "无" if f == "trained_apprentices" else [] for f in named[:1]
            if (of and f not in of) or (_TOLD.match(m["x"]) and not of)}


IMPLIED_BY_EMPLOYER = {"civil_servant", "public_institution_cadre", "soe_leader"}


# words that say the asker is not in such a category: only then does a status said later replace it
NOT_CATEGORY = re.compile(r"普通|员工|职工|工程师|技术人员|不是|没有?当|没有?担任|非|不参公|退|兼职|自由|返聘")


def forget_implied(session: Session, facts: dict) -> None:
    """A corrected employer type takes the status it implied with it ("不参公了" drops 参公 employment)."""
    if "employer_type" in facts and "employment" not in facts \
            and session.profile.get("employment") in IMPLIED_BY_EMPLOYER:
        session.profile.pop("employment", None)


def corrects_last(session: Session, text: str, today: dt.date, pending: Pending | None = None) -> dict:
    """A correction that names no new fact corrects what the previous message answered, not the question pending:
    "哦不对，那时候还没入，是2018年才入的", "记错了，是入了的" (the yes/no, by the polarity of the first clause after
    the correction words), "不对，其实是四年" (the count), "说错了，是高级工" (the level): the rest of the message read
    as the answer to that field again. A clause that names the topic of the question pending answers that question
    ("不是的，最高到高级技师" to the top-level question), not the last one; nor does a message that reads as the
    answer to the question asked ("应该是2015年吧": 应该是 hedges, it corrects nothing)."""
    if re.search(r"[？?]|吗|么", text):  # "记错了吗？" asks; "还没入呢" says
        return {}
    rest = [c for c in clauses_of(without_markers(text)) if re.sub(r"[哦噢啊呀嗯了的]", "", c)]
    if not rest:
        return {}
    last = [f for f in session.last_answered if f in session.profile and f != "facts_as_of"]
    # a yes/no said ("是会员"), not one judged from a description of the work (数字经济 from "做网络安全的")
    bools = [f for f in last if expect_for(f).kind == "bool" and f not in DESCRIBES_WORK]
    # "不对，不是五年，是三年": a value of another field said (a count) is what is corrected; the 不是 is no "no"
    valued = any(read_reply(f, c, today).get(f) is not None for f in last
                 if expect_for(f).kind not in ("bool", "list", "text") for c in rest)
    if len(bools) == 1 and not valued:
        said = not negated(rest[0])
        return {bools[0]: said} if said != session.profile[bools[0]] else {}
    asked = pending.fields if pending else ()
    plain = without_markers(text)  # "应该是2015年吧", "其实是会员": a hedged answer to the question asked
    # (a free-text question pending, "有哪些业绩", reads any words as its answer: "应该是技师，高级技师还没评下来" is
    # still the level said before corrected, found below)
    if not says_wrong(text) and any(read_reply(f, plain, today).get(f) is not None for f in asked
                                    if expect_for(f).kind not in ("bool", "list", "text")
                                    or expect_for(f).kind == "bool" and names_field(f, plain)):
        return {}
    for clause in rest:  # the clause that says the new value ("单位在余杭" of "单位在余杭，我家在湖州")
        for field in last:
            if expect_for(field).kind in ("bool", "list", "text") or session.sources.get(field) == "derived" \
                    or negated(clause):
                continue
            if any(re.search(TOPIC[f], clause) for f in asked if f in TOPIC
                   and expect_for(f).kind != expect_for(field).kind):
                continue  # "最高到高级技师" answers the top-level question; "其实是四年" still corrects a count
            got = read_reply(field, clause, today)
            if got.get(field) is not None and got[field] != session.profile[field]:
                return got
    return {}


def start_twins(session: Session, facts: dict, text: str = "") -> dict:
    """A corrected start ("一三年进的厂", then "不对 记错了 是〇三年") is corrected in every count the old start gave:
    the earlier words set the trade's years and Hangzhou's (and Zhejiang's) from one year, so a count still holding the
    old start's value, with no start of its own or the old one, moves to the new start with it. Only a correction
    that carries a start month is carried over: two counts said apart may be equal, two counted from one month are one
    fact. A message that tells of work before ("不对，我是2019年才来的杭州 之前在苏州也是干这个") corrects the arrival
    alone: the trade began before it."""
    if any(_then(c) for c in clauses_of(text)):
        return {}
    moved = next(((f, s) for f, s in START_OF.items() if facts.get(s) and f in facts and f in session.profile
                  and session.profile.get(s, facts[s]) != facts[s]), None)
    if moved is None:
        return {}
    field, start = moved
    old, old_start = session.profile[field], session.profile.get(start)
    out: dict = {}
    for twin in YEAR_FIELDS:
        if twin == field or twin in facts or session.profile.get(twin) != old:
            continue
        own = START_OF.get(twin)
        if own and session.profile.get(own) not in (None, old_start):
            continue  # a start of its own, another month: said apart
        out[twin] = facts[field]
        if own:
            out[own] = facts[start]
    return out
