"""One turn of the dialogue state: read the message against the state, then decide what to ask next.

``advance(session, text, extraction, route, today)`` does (a)-(c) of a turn:
(a) a pending question is answered first: "中国", "是", "无", "十年", "萧山" are read as that field's value;
(b) everything else the message says is extracted; a correction ("不对，…", "记错了", "其实…") overrides the
    earlier fact, together with what was derived from it (a start month and its year count go together);
(c) the intent: eligibility, a question about the rules, a draft, a comparison, a recommendation ("哪个最适合
    我"), a follow-up on the topic ("那首席技师呢？"), or the answer to the pending question.
(d), the next question, is in ``chat/asking.py``; a start said by year only is settled in ``chat/months.py``.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
from dataclasses import dataclass

from assistant.chat.asking import MAX_QUESTIONS, PAIRS, next_questions, set_pending
from assistant.chat.months import START_WHAT, is_count, keep_open, open_profile, settle
from assistant.chat.replies import (
    EXPECT,
    START_OF,
    TOP_LEAD,
    _unknown,
    expect_for,
    names_field,
    open_span,
    read_reply,
)
from assistant.chat.routing import CORRECTION, Route
from assistant.chat.state import Pending, Session
from assistant.profile import LIST_FIELDS

__all__ = ["Step", "advance", "next_questions", "set_pending", "settle", "open_profile", "profile_for", "START_OF",
           "CORRECTION", "RECOMMEND", "FOLLOW_UP", "MAX_QUESTIONS"]  # the last four re-exported for callers

MAX_FOCUS = 3  # programmes kept in focus (the newest first)

RECOMMEND = re.compile(
    r"哪(?:个|一个|项|些|几个|种).{0,8}(?:最?适合|合适|最好|更好|能报|可以报|能申报|可以申报|好报|有戏|有希望|机会大|把握)|"
    r"(?:能|可以|适合|值得)(?:报|申报|评|参评|申请).{0,3}哪(?:些|几个|个|项|一个)|适合.{0,4}(?:哪个|哪些|什么)|"
    r"(?:给我|帮我)推荐.{0,2}(?:哪个|哪些|一个)|(?:报|申报)什么(?:好|合适|荣誉)|我?能报哪|都能报吗|"
    r"有哪些.{0,6}(?:能|可以)(?:报|申报)|"
    r"(?:报|申报|评|参评|申请|选)(?:哪|什么)(?:个|一个|项|些|种)?.{0,4}(?:好|合适|划算|靠谱|有戏|容易|稳)|"
    r"(?:应该|该|要|最好|得)(?:报|申报|选|参评)哪|"
    r"(?:能|可以)(?:报|申报|评|参评|申请)(?:点)?(?:别的|其他|其它)|(?:别的|其他|其它)(?:的|荣誉|项目|称号)?(?:能|可以|还能)(?:报|申报|评)"
)
# "那首席技师呢？", "那浙派呢", "换成2016年那届呢": the same question about another programme.
FOLLOW_UP = re.compile(r"^(?:那|那么|那如果|如果|换成|改成|要是|还有|再看看|看看)?[^。？?]{0,24}(?:呢|怎么样|如何|行吗|行不行|可以吗|能报吗|"
                       r"有戏吗|能不能报|符合吗|够吗)[？?!！。]*")
_RULE_QUESTION = re.compile(r"几年|多久|多长时间|多少|什么时候|何时|截止|哪天|几号|怎么报|如何申报|流程|材料|名额|字数|奖励|要求|条件是|需要什么")


@dataclass(frozen=True)
class Step:
    """What one message did to the state."""

    facts: dict  # the new facts, already merged into session.profile
    answered: tuple[str, ...]  # pending fields this message answered
    corrected: tuple[str, ...]  # fields whose earlier value it replaced
    intents: tuple[str, ...]
    programs: tuple[str, ...]  # programmes in focus for this turn (newest first)
    about: str | None = None  # "direct": the asker asks whether they can be recognised directly ("能直接认定吗")
    switched: bool = False  # the talk turned to another person: the facts said before were set aside


_DISTINCT = ("city", "month", "enum", "text", "years")
_FREE_TEXT = ("trained_apprentices", "occupation")


def _answers_in_order(pending: Pending, text: str, today: dt.date, extraction) -> dict:
    """Two short clauses to two questions asked at once ("是，没有"): the first answers the first, and so on;
    used only when every clause reads as its question's answer."""
    asked = (pending.field, *pending.also)
    clauses = [c for c in re.split(r"[，,。；;、\s]+", text) if c]
    if len(clauses) != len(asked) or any(len(c) > 8 for c in clauses):
        return {}
    out: dict = {}
    for field, clause in zip(asked, clauses, strict=True):
        got = read_reply(field, clause, today)
        if not got or field in extraction.profile:
            return {}
        out.update(got)
    return out


def _infer_reply(session: Session, text: str, today: dt.date) -> dict:
    """A short reply that does not answer the question asked, but can only be the value of one other missing
    fact ("中国" for the nationality, "萧山" for the city, "高级工" for the skill level): that fact."""
    if len(re.sub(r"[，,。！!\s]", "", text)) > 15:
        return {}
    missing = list(dict.fromkeys(f for v in session.last_verdicts for f in getattr(v, "missing", ())
                                 if f not in session.profile))
    found = {}
    if re.sub(r"[，,。！!\s]", "", text) == "无":  # the answer a list question asks for: the first such fact missing
        listed = [f for f in ("prior_titles", "competition_results", "awards") if f in missing]
        return {listed[0]: []} if listed else {}
    pending = session.pending
    if pending is not None and expect_for(pending.field).kind != "bool":
        # only a yes/no question asked, or the open point the answer led with ("——未说明是否为工会会员"):
        # "是" to "您目前在一线技术岗位…？" says nothing of a union never mentioned
        shown = _shown_open(session)
        bools = [f for f in dict.fromkeys((*reversed(list(session.asked)), *shown)) if expect_for(f).kind == "bool"
                 and f not in session.profile]
        if bools and len(re.sub(r"[，,。！!\s]", "", text)) <= 4:  # a bare "是的" cannot answer "获得过哪些奖项？":
            got = read_reply(bools[0], text, today)          # it answers the yes/no question asked last
            if got:
                return got
    for field in missing:
        kind = expect_for(field).kind
        if field in _FREE_TEXT:
            continue  # free text answers only its own question: "是的" is not how one describes apprentices
        if kind in _DISTINCT or (kind == "bool" and names_field(field, text)):  # "是会员": the union, not any yes/no
            got = read_reply(field, text, today)
            if got:
                found[field] = got
    if not found and "employer_city" not in session.profile:
        # "宁波" where no rule asks for the city: the workplace all the same (another programme may ask for it)
        return read_reply("employer_city", text, today) if len(re.sub(r"\W", "", text)) <= 6 else {}
    if len(found) > 1 and all(expect_for(f).kind == "years" for f in found):
        place = _years_field_by_place(text)  # "一直在温州，二十五年"
        joint = () if place else _joint_count(session, found)
        if joint:  # "十二年" to "需要从事本专业的年限和在杭工作的年限": the one count the rule measures ("在杭从事本专业")
            return {k: v for f in joint for k, v in found[f].items()}
        # no place said: the count of the open point the answer showed first ("未提供从事本职业（工种）的年限" ->
        # "十五年"), else of the first missing
        shown = [f for f in _open_in_order(session) if f in found]
        lead = place or (shown[0] if shown else next(f for f in missing if f in found))
        found = {f: v for f, v in found.items() if f == lead}
    if len(found) != 1:
        return {}  # none, or ambiguous ("十年" with two year counts missing)
    return next(iter(found.values()))


def _open_in_order(session: Session) -> list[str]:
    """The missing fields of the lead verdict's open points in the order the last answer showed them (its
    headline, then the reasons under it)."""
    from assistant.chat.brief import headline

    if not session.last_verdicts:
        return []
    lead = session.last_verdicts[0]
    first = headline(lead, list(session.asked_back))
    reasons = [r for r in (first, *lead.reasons) if r is not None and r.ok is None]
    return list(dict.fromkeys(f for r in reasons for f in r.missing))


def _joint_count(session: Session, found: dict) -> tuple[str, ...]:
    """The year fields one open point measures together ("在杭从事本专业技能工作不少于10年": the trade's years in
    Hangzhou), when the last answer led with it or listed it first among its year counts."""
    if not session.last_verdicts:
        return ()
    lead = session.last_verdicts[0]
    for r in lead.reasons:
        if r.ok is None and len([f for f in r.missing if f in found]) >= 2:
            years = [f for f in r.missing if f in found]
            firsts = [f for f in _open_in_order(session) if f in found]
            return tuple(years) if firsts and firsts[0] in years else ()
    return ()


def _shown_open(session: Session) -> tuple[str, ...]:
    """The fields of the open points the last answer's verdict lines named (the lead's headline, then each other
    programme's deciding reason)."""
    from assistant.chat.brief import deciding, headline

    if not session.last_verdicts:
        return ()
    lead, *rest = session.last_verdicts
    shown = [headline(lead, list(session.asked_back)), *map(deciding, rest)]
    return tuple(dict.fromkeys(f for r in shown if r is not None and r.ok is None for f in r.missing))


# A move said now: "现在调到宁波了", "去年换到嘉兴", "后来过来杭州"
_MOVED = re.compile(r"现在|目前|如今|眼下|调到|调去|调来|换到|换去|跳槽|搬到|搬去|去了|过去了|过来|来了|到了")


def _earlier_job(session: Session, text: str, facts: dict) -> bool:
    """"在苏州干了5年，一样是调机器人", said after the workplace (临平) is known: a counted span of work in another
    city is a job before this one, not a move; the workplace stays. "现在调到宁波了" is a move."""
    from assistant.extract.numbers import durations
    from assistant.extract.places import cities_in

    city, known = facts.get("employer_city"), session.profile.get("employer_city")
    if not city or not known or city == known or _MOVED.search(text):
        return False
    if any(text[max(0, start - 2):start].endswith(("来", "到", "回", "来了", "到了", "回了")) for start, *_ in cities_in(text)):
        return False  # "来杭州又干了3年": a move to the place named
    return bool(durations(text))


_BARE_COUNT = re.compile(r"(?:大概|差不多|有|快|将近|约|干了|做了)?[0-9一二两三四五六七八九十]+(?:\.[0-9])?(?:多|来)?年(?:多|半)?"
                         r"(?:了|左右|吧|啦|多了)?[。！!，,~～]*")
_YEAR_FIELDS = ("years_in_field", "years_full_time_in_hangzhou", "years_full_time_in_zhejiang")


def _place_for(field: str, text: str) -> bool:
    """Whether ``text`` names the place a year count ``field`` is counted in ("在杭州12年" for Hangzhou's)."""
    return _years_field_by_place(text) == field


def _span_place(text: str) -> str | None:
    """The place a counted span of work is said in ("我在苏州干了5年" -> 苏州), None without a count or a place."""
    from assistant.extract.numbers import durations
    from assistant.extract.places import cities_in

    if not durations(text):
        return None
    places = [city for _, _, city, _ in cities_in(text)]
    if places:
        return places[-1]
    return "浙江" if re.search(r"浙江|省内", text) else None


def _spans_across_turns(session: Session, text: str, extraction, today: dt.date) -> dict:
    """"我在苏州干了5年", then "来杭州又干了3年": spans in different places said in different turns add up as they do
    in one message. The earlier messages with a placed span are read again together with this one (the
    extractor's composition of placed spans: 8 years in the trade, 3 in Hangzhou), and the year counts of the
    whole replace this message's own. A place said again ("在杭州干了8年" twice) is a restatement, a total
    ("加起来6年") or a correction speaks for itself, and nothing is summed."""
    from assistant.extract import extract

    place = _span_place(text)
    if place is None or not session.spans or _TOTAL.search(text) or CORRECTION.search(text):
        return {}
    if any(p == place for p, _ in session.spans):
        return {}
    whole = extract("，".join([*(t for _, t in session.spans), text]), today).profile
    out = {f: whole[f] for f in _YEAR_FIELDS if f in whole and whole[f] != extraction.profile.get(f)}
    trade, before = extraction.profile.get("years_in_field"), session.profile.get("years_in_field")
    if "years_in_field" not in whole and trade is not None and before is not None:
        out["years_in_field"] = round(before + trade, 2)  # read apart, the two counts disagree: they add up
    return out


def _merge(session: Session, new: dict, source: str, corrected: bool) -> tuple[str, ...]:
    """Merge ``new`` into the profile. A scalar said again replaces the old value; a list is replaced when the
    message corrects it or says there are none; a start month and its year count replace each other."""
    from assistant.extract import merge_profiles

    profile = dict(session.profile)
    replaced = []
    for field, value in new.items():
        if field in profile and profile[field] != value and field != "facts_as_of":
            replaced.append(field)
        if field in LIST_FIELDS and (corrected or value == [] or field == "competition_results"
                                     and value[:-1] == profile.get(field, [])[:-1]) and field in profile:
            profile.pop(field)
    for start, count in PAIRS:
        if (start in new) != (count in new):
            profile.pop(count if start in new else start, None)
    if "years_full_time_in_hangzhou" in new and session.sources.get("years_full_time_in_zhejiang") == "derived" \
            and "years_full_time_in_zhejiang" not in new:
        profile.pop("years_full_time_in_zhejiang", None)
    session.profile = merge_profiles(profile, new)
    for field in new:
        session.sources[field] = "correction" if field in replaced and corrected else source
    return tuple(replaced)


def _focus(session: Session, named: tuple[str, ...]) -> tuple[str, ...]:
    return tuple(dict.fromkeys((*named, *session.programs)))[:MAX_FOCUS]


# What a message that only opens a programme says around its name: greetings, "想问问", "了解一下", "是干嘛的"
_OPENING = re.compile(r"你好|您好|请问|老师|师傅们?好?|大家好|在吗|打扰了?|想|问问|问一?下|了解(?:一?下)?|咨询(?:一?下)?|"
                      r"介绍(?:一?下)?|打听(?:一?下)?|说说|讲讲|聊聊|关于|那个|这个|有关|的事情?|的情况|情况|"
                      r"是(?:干嘛|干啥|干什么|做什么|什么|啥)(?:的|东西)?|怎么回事|是怎么样的|看看|我|俺|本人|一下|下|"
                      r"呢|啊|吧|呀|哈|嗯|哦|了|的|事|东西|项目|荣誉|称号|评选|认定|申报|这块|方面")


_FEMALE = re.compile(r"她|老婆|妻子|媳妇|爱人她|妈|母亲|姐|妹|女儿|阿姨|大妈|婶")
_SELF_AGAIN = re.compile(r"我自己|我本人|那我呢|换成我|说说我|我的情况")


def _forget_person(session: Session) -> None:
    """Set aside what was said of the person the talk was about; the programmes and the topic stay."""
    for kept in (session.profile, session.sources, session.asked, session.early, session.skill_dates, session.said):
        kept.clear()
    session.spans.clear()
    session.pending, session.last_verdicts, session.counted, session.asked_back = None, (), None, ()


def _subject(session: Session, text: str) -> str | None:
    """Who the talk is about: "他"/"她" once a message asks about someone else ("我师傅…他能报吗", "我老婆能报吗"),
    until a message turns to the asker ("那我自己呢")."""
    from assistant.extract.subject import about_other

    if about_other(text):
        return "她" if _FEMALE.search(text) else "他"
    if _SELF_AGAIN.search(text):
        return None
    return session.subject


_HELD_LEVEL = r"(?:是|评上了?|评为|当上了?|拿到了?|获得了?|取得了?|考了|考到了?|考出了?)"


def _level_not_the_name(extraction, text: str, r: Route, today: dt.date):
    """"首席技师，我是桐庐一家制冷设备厂的制冷工，技师": a skill level whose words are only the name of the programme
    asked about is no level held; the level is read again from the message without the programme's name."""
    from assistant.chat.routing import without_programme

    level = extraction.profile.get("skill_level")
    if not level or not r.programs or level not in text or level in without_programme(text) \
            or re.search(_HELD_LEVEL + level, text):
        return extraction
    from assistant.extract import extract

    again = extract(without_programme(text), today).profile.get("skill_level")
    if again:
        return dataclasses.replace(extraction, profile={**extraction.profile, "skill_level": again})
    return _without(extraction, "skill_level")


_GREETING = re.compile(r"(?:你好|您好|哈喽|嗨|hi|hello|在吗|在不在|有人吗|老师好|师傅好|师傅们好|大家好|打扰了|请问|"
                       r"早上好|下午好|晚上好|嗯|哦|啊|呀|哈|吧|呢)+", re.IGNORECASE)


_GREETING_WORD = re.compile(r"你好|您好|哈喽|嗨|hi|hello|在吗|在不在|有人吗|老师好|师傅好|师傅们好|大家好|早上好|下午好|晚上好",
                            re.IGNORECASE)  # a bare "嗯" goes on with the talk


def opens_programme(text: str, r: Route) -> bool:
    """"我想问问第四届数字工匠", "首席技师那个我想了解下", "浙派工匠": a programme named with nothing asked about it
    and nothing said about the asker, only greetings and words that open a topic."""
    from assistant.chat.routing import without_programme

    if not r.programs or "draft" in r.intents or "compare" in r.intents:
        return False
    rest = re.sub(r"[\W_\s]", "", _OPENING.sub("", without_programme(text)))
    return len(rest) <= 1


def advance(session: Session, text: str, extraction, r: Route, today: dt.date) -> Step:
    """Advance the dialogue state by one message; returns what changed and what the turn must do."""
    pending = session.pending
    session.counted = None
    subject = _subject(session, text)
    switched = subject != session.subject and any(f != "facts_as_of" for f in session.profile)
    if switched:  # "那我自己呢？" after "我师傅…他能报吗": the facts said were another person's
        _forget_person(session)
        pending = None
    session.subject = subject
    bare = re.sub(r"[\W_\s]", "", text)
    if not r.programs and _GREETING.fullmatch(bare) and _GREETING_WORD.search(bare):
        return Step({}, (), (), ("overview",), ())  # "你好": what the assistant can do, and which honour
    if opens_programme(text, r) and not any(f != "facts_as_of" for f in session.profile) \
            and not (session.last_ask and FOLLOW_UP.match(text)):
        # nothing about the asker is known yet: the programme is introduced and its first deciding question asked
        # (with facts known, "那浙派工匠呢" is the asker's case under it, read below as a follow-up; after a question
        # about the rules, it asks that question of this programme)
        return Step({}, (), (), ("overview",), r.programs)
    for field in [f for f in extraction.profile if expect_for(f).kind == "bool"]:
        if any(names_field(field, c) and _unknown(c) for c in re.split(r"[，,。；;！!？?]+", text)):
            extraction = _without(extraction, field)  # "工会会员不太清楚，要问问厂里": not known, so no fact
    extraction = _level_not_the_name(extraction, text, r, today)
    if pending is not None:
        from assistant.chat.asking import tapped

        pending = tapped(pending, text)  # a button under the second question answers that question
    reply: dict = {}
    if not r.programs and FOLLOW_UP.match(text) and not _RULE_QUESTION.search(text):
        edition = _edition_in_focus(session, text)  # "换成2023年那届呢": that edition of the honour in focus
        if edition:
            r = dataclasses.replace(r, programs=edition)
    if pending is not None and r.programs and FOLLOW_UP.match(text) and not _RULE_QUESTION.search(text):
        pending = None  # "那浙派工匠呢" turns to another programme; it does not answer "已获得过哪些荣誉称号"
    said = text
    if pending is not None and pending.field in session.early and not is_count(session.early[pending.field]) \
            and not _YEAR_SAID.search(text):
        said = f"{session.early[pending.field][0][:4]}年{text}"  # "3月份" to "您是2019年几月开始…": 2019年3月
    if pending is not None and pending.also:  # "是，没有": one answer per question asked, in the order asked
        reply.update(_answers_in_order(pending, text, today, extraction))
    if pending is not None:
        others = [f for f in extraction.found if f not in ("facts_as_of", "achievements", *extraction.judged)]
        for field in (pending.field, *pending.also):
            primary = field == pending.field
            if not primary and (reply or pending.field in extraction.profile) and expect_for(field).kind in (
                    "bool", "list", "text") and not (
                    field == "achievements" and len(text.strip()) >= 8):
                continue  # a bare "是" or "无" answers the question asked first, unless it cannot answer that one
            if expect_for(field).kind == "years" and "birth_date" in extraction.found:
                continue  # "记错了，我是1960年的": a birth year, not when the work began
            if expect_for(field).kind == "years" and any(expect_for(f).kind == "years" for f in reply) \
                    and not _place_for(field, text):
                first = next(f for f in reply if expect_for(f).kind == "years")
                if text.strip() not in pending.options:  # a button ("2年以上") says which question it answers
                    session.counted = (first, reply[first])  # the question asked again says how the count was taken
                continue  # one count ("十二年") answers the year question asked first; the other is asked again
            if expect_for(field).kind == "bool" and others and not names_field(field, text) \
                    and not re.search(r"[，,。；;！!？?\s]", text.strip()):
                continue  # "我是兼职的": the 是 of one clause stating another fact, no yes to this question
            got = read_reply(field, said if field == pending.field else text, today)
            if field == "birth_date" and _too_young(got.get(field), today):
                continue  # "2014年拿过杭州市…第一名" to "您是1978年几月出生的？": the year of the result, not a birth
            if field == "achievements" and set(others) - _DESCRIBES_WORK:
                # verbatim text is an achievement only as the answer to that question alone; beside facts said
                # in negated clauses ("没拿过奖，也没评过称号，主要是…重构了一遍") the affirmed clauses are the answer
                got = _affirmed_beside_denials(text, extraction, others)
                if not got:
                    continue
            if expect_for(field).kind == "list" and _names_other_list(field, text):
                continue  # "没评过" to "主要业绩有哪些": it denies titles (评过), not achievements
            if field in _FREE_TEXT and (extraction.found or CORRECTION.search(text)):
                continue  # "记错了，是高级工" corrects a fact; it does not describe the apprentices asked about
            if got and field not in extraction.profile:
                reply.update(got)
    if pending is not None:  # a longer reply: the clause that answers the question ("…，我是普通工程师")
        asked = [f for f in (pending.field, *pending.also) if f not in reply and f not in extraction.profile]
        reply.update({k: v for k, v in _clause_reply(asked, text, today).items() if k not in extraction.profile})
    if session.topic in ("eligibility", "recommend") or pending is not None:  # "…，工会也入了": a yes naming its topic
        bools = [f for f in EXPECT if expect_for(f).kind == "bool" and f not in session.profile
                 and f not in extraction.profile and f not in reply]
        reply.update(_clause_reply(bools, text, today))
    if pending is not None and pending.field == "role_type" and not reply and not extraction.found \
            and 4 <= len(text) <= 15 and not _QUESTIONISH.search(text) and not _denies(text):
        from assistant.extract.jobs import role_of  # "天天在流水线上" to the post question: the classifier

        role = role_of(text)
        reply = {"role_type": role} if role else {}
    if pending is not None and not reply and _BARE_COUNT.fullmatch(text.strip()) \
            and all(expect_for(f).kind != "years" for f in (pending.field, *pending.also)):
        for field in _YEAR_FIELDS:  # "十二年" with no year question asked: which count it is, is read from the talk
            extraction = _without(extraction, field)
    if pending is not None and not reply and not extraction.found:
        reply = _infer_reply(session, text, today)
    reply.update({k: v for k, v in _denied_lists(session, text, pending, bool(CORRECTION.search(text))).items()
                  if k not in reply and k not in extraction.profile})
    reply.update(_not_but(text, today))  # "不是浙江工匠，是杭州工匠": B in place of A
    if "prior_titles" not in extraction.profile and "prior_titles" not in reply:
        reply.update(_held_after(text))  # "浙江省首席技师我2019年就评上了"
    reply.update({k: v for k, v in _never_there(text).items() if k not in extraction.profile and k not in reply})
    answered = tuple(f for f in ((pending.field, *pending.also) if pending else ()) if f in reply
                     or f in extraction.profile) or tuple(f for f in reply if f != "facts_as_of")
    corrected = bool(CORRECTION.search(text))
    denied = _denied_then_said(session, text, pending, today)  # "不是，最高是高级技师": a correction of the level
    if denied:
        corrected = True
        reply.update(denied)
        for field in LIST_FIELDS:  # its "不是" denies the old value; it is no "none" to a list question asked
            if reply.get(field) in ([], "无") and field not in extraction.profile:
                reply.pop(field)
    reply.update({k: v for k, v in _in_context(session, text, extraction).items() if k not in reply
                  and not (k == "is_highest_level_of_occupation" and "skill_level" in denied)})
    if pending is not None and pending.field != "birth_date" and _too_young(extraction.profile.get("birth_date"), today):
        extraction = _without(extraction, "birth_date")  # "浙江工匠，2019年的": the year of what was asked, not a birth
    reply.update({k: v for k, v in _all_along(session, text, extraction).items() if k not in reply})
    reply.update({k: v for k, v in _total_years(session, text, pending, extraction).items() if k not in reply})
    if corrected:
        reply.update({k: v for k, v in _came_instead(session, text, extraction, today).items() if k not in reply})
    facts = {**extraction.profile, **reply}
    if "role_type" not in facts:
        facts.update(_post_changed(session, text))  # "不过去年开始转岗做销售总监了，现在主要跑客户": the post now
    facts.update(_spans_across_turns(session, text, extraction, today))  # "来杭州又干了3年" after "在苏州干了5年"
    if corrected:  # what the correction takes away may be said again in its own clause ("不参公了，我是普通工程师"),
        # and a choice already known is corrected by the clause that names another ("其实我去年就退了")
        known = [f for f in EXPECT if expect_for(f).kind == "enum" and f != "skill_level" and f not in facts
                 and (f in session.profile or f in _IMPLIED_FIELDS)]
        facts.update({k: v for k, v in _clause_reply(known, text, today, single=True).items()
                      if k not in facts and v != session.profile.get(k)})
    if facts.get("employment") == "full_time" and session.profile.get("employment") in _IMPLIED_BY_EMPLOYER \
            and not corrected and not _NOT_CATEGORY.search(text):
        facts.pop("employment")  # "一直在建德，全职" at a 参公 unit: full time there, still 参公
    patched = _patch_competition(session, text, facts, today)
    if corrected:
        _forget_implied(session, facts)
    derived = set(extraction.profile) - set(extraction.found)
    if "skill_level" in facts and facts["skill_level"] != session.profile.get("skill_level"):
        session.skill_dates = {}  # a new level: its dates are not those of the old one
    session.skill_dates.update(extraction.skill_dates)
    for field in extraction.judged:  # a judgement on a description never replaces a fact already known
        if field in session.profile and field in facts and field not in reply \
                and session.sources.get(field) != "inferred":  # an inference gives way to a judgement on words said
            facts.pop(field)
    if not corrected and _earlier_job(session, text, facts):
        facts.pop("employer_city")
    replaced = _merge(session, facts, "reply" if answered else "message", corrected)
    place = _span_place(text)
    if place is not None and any(f in facts for f in _YEAR_FIELDS):  # the spans a later turn may add to
        session.spans = [] if corrected or _TOTAL.search(text) else session.spans
        session.spans.append((place, text))
    for field in derived & set(extraction.profile):
        session.sources[field] = "derived"
    _digital_by_competition(session)
    _front_line_job(session, text)
    for field in extraction.inferred:  # employment read from a description of the work (extract.jobs)
        if field in facts and field not in reply:
            session.sources[field] = "inferred"
    keep_open(session, facts, extraction.early, {f: open_span(f, said if pending and f == pending.field else text,
                                                                today) for f in reply})
    programs = () if reply.get("prior_titles") else _not_denied(_not_held(r.programs, facts, session), text)
    intents = list(r.intents)
    spoke_of_self = bool(facts) or bool(extraction.contradictions)
    short_follow_up = bool(programs) and bool(FOLLOW_UP.match(text)) and not _RULE_QUESTION.search(text)
    if RECOMMEND.search(text):
        intents = ["recommend"] + [i for i in intents if i in ("draft",)]
    elif "draft" in intents or ("compare" in intents and not spoke_of_self):
        pass
    elif "eligibility" in intents:
        pass
    elif _asks_again(session, text, programs):
        intents = ["eligibility"]
    elif answered or (pending is not None and session.topic in ("eligibility", "recommend")
                      and (spoke_of_self or patched or _bare_reply(text) and not programs)):
        intents = [session.topic or "eligibility"]
    elif short_follow_up and session.topic in ("eligibility", "recommend"):
        intents = ["eligibility"]
    elif session.topic in ("eligibility", "recommend") and intents == ["qa"] and not programs \
            and _BARE_ANSWER.match(text.strip()):
        intents = [session.topic]  # "没有", "好的" with nothing asked: the talk goes on; it is no question about rules
    elif session.topic in ("eligibility", "recommend") and (spoke_of_self or _self_statement(text)) \
            and (corrected or not _asks_rule(text)):
        intents = [session.topic]
    elif _describes_self(extraction, programs, text) and not _asks_rule(text):
        intents = ["eligibility"]  # "2021年首席技师：我是…技师，一直一线，…": facts about oneself under a programme
    if "eligibility" in intents and "compare" in intents:
        intents.remove("compare")
    if r.defaulted and programs:  # "数字工匠" with no edition: the current one first, then the earlier ones
        programs = tuple(dict.fromkeys((*programs, *_editions(text))))
    if intents and intents[0] == "eligibility" and not session.programs and session.topic in ("eligibility", "recommend") \
            and not short_follow_up:
        focus = ()  # every programme was being checked: a title named in passing does not narrow it
    elif intents and intents[0] in ("eligibility", "recommend"):
        focus = _focus(session, programs) if intents[0] == "eligibility" else programs
    else:
        focus = programs or session.programs
    about = None
    if DIRECT.search(text) and not _DIRECT_RULE.search(text) and intents[0] in ("eligibility", "recommend", "qa") \
            and (spoke_of_self or session.profile or session.topic in ("eligibility", "recommend")):
        # "能直接认定吗" about oneself: the direct path of the programme in focus (or of those that have one) leads
        about, intents = "direct", ["eligibility"]
        focus = _direct_focus(programs or focus)
    elif _direct_holds(session, text, intents, programs):
        about, focus = "direct", _direct_focus(programs or focus)  # the talk is still about direct recognition
    if intents and intents[0] == "eligibility":
        _count_then_or_now(session, facts, focus, text, today)
    return Step(facts, answered, replaced if corrected else (), tuple(intents), focus, about, switched)


_THEN = re.compile(r"当年|那时候?|那会儿?|当时|那次|那届|那一届")
THEN_MARK = "then:"  # session.said marks a count that may be as of the round's date: chat.months words it so


def _count_then_or_now(session: Session, facts: dict, focus: tuple[str, ...], text: str, today: dt.date) -> None:
    """"我当年在淳安做竹编" … "十二年": in a talk about a closed round, a year count may be as of then or as of now.
    Both are kept open (chat.months: the checker runs at both ends) and, when they decide differently, the start
    year is asked; a count with its start, or said again, closes it."""
    lead = session.last_verdicts[0] if session.last_verdicts else None
    said = [text, *(user for user, _ in session.history)]
    if lead is None or not focus or lead.program != focus[0] or not any(_THEN.search(t) for t in said):
        return
    ref = max(lead.reference_dates, default=None)
    lag = (today - ref).days / 365.25 if ref else 0.0
    if lag < 1:
        return
    for field in _YEAR_FIELDS:
        count = facts.get(field)
        if count is None or START_OF.get(field) in facts or field in session.early \
                or session.sources.get(field) == "derived":
            continue
        session.early[field] = (round(count + lag, 2), count)
        session.said.add(THEN_MARK + field)


DIRECT = re.compile(r"直接(?:认定|评上?|认|给|拿|当选|入选|就能评)|免评|不用评(?:审|选)?(?:就|直接)")
_DIRECT_RULE = re.compile(r"哪些人|什么人|哪种人|什么样的人|什么情况|什么条件|哪些条件|条件是|需要什么|要求是|流程|材料|名额")


def _direct_holds(session: Session, text: str, intents: list[str], programs: tuple[str, ...]) -> bool:
    """A turn after "能直接认定吗" stays on direct recognition while the talk goes on about eligibility ("我是做网络
    安全的，在杭州干了6年", "是工会会员"); a recommendation, another intent, or a programme named that has no direct
    path ("那首席技师呢") ends it."""
    from assistant.chat.asking import has_direct

    return session.about == "direct" and intents[:1] == ["eligibility"] and not RECOMMEND.search(text) \
        and all(has_direct(p) for p in programs)


def _edition_in_focus(session: Session, text: str) -> tuple[str, ...]:
    """An edition named without its honour ("换成2023年那届呢", "那首届呢"): the edition of the series of a
    programme the talk is about (in focus first, then those last checked); none when no series in focus has it."""
    from assistant.programs import get_pack, packs

    talked = dict.fromkeys((*session.programs, *(v.program for v in session.last_verdicts)))
    for program in talked:
        series = get_pack(program).series
        if not series:
            continue
        hits = [p.id for p in packs() if p.series == series and p.edition_cue and re.search(p.edition_cue, text)]
        if len(hits) == 1:
            return (hits[0],)
    hits = [p.id for p in packs() if p.series and p.edition_cue and re.search(p.edition_cue, text)]
    return tuple(hits) if len(hits) == 1 and talked else ()  # the one honour with editions that has it


# "转岗做销售总监", "调去做行政", "提拔为车间主任": a change of post, and what follows it is the post now
_POST_CHANGE = re.compile(r"(?:转岗|调岗|换岗|转到|调到|调去|转去|改做|改行|提拔|升任|升职|当上)(?:成|为|到|去)?")


def _post_changed(session: Session, text: str) -> dict:
    """A change of post said in passing ("不过去年开始转岗做销售总监了，现在主要跑客户，不写代码了"): the post
    classifier (language) reads the affirmed words after the change, and a post other than the one known is
    the post now."""
    from assistant.extract.jobs import role_of
    from assistant.language.clauses import affirmed

    m = _POST_CHANGE.search(text)
    if m is None or _denies(_clause_at(text, m.end())) or _QUESTIONISH.search(text):
        return {}  # "一直没调到别的岗位": no change
    now = "，".join(c for c in affirmed(text[m.end():]) if not _denies(c))  # not "不写代码了"
    role = role_of(now) if len(re.sub(r"\W", "", now)) >= 2 else None
    return {"role_type": role} if role and role != session.profile.get("role_type") else {}


# words that say one manages, leads or does office work: a job said beside them is not plainly front-line work
_NOT_PLAIN = re.compile(r"管理(?!员)|管人|主任|经理|主管|总监|组长|班长|队长|领导|负责人|带团队|带队|行政|人事|文员|后勤|财务|办公室|"
                        r"销售|客服|老板|合伙人|干部|厂长|总工")


def _front_line_job(session: Session, text: str) -> None:
    """"我是普通员工，在杭州一家公司做调试": the job said is plainly front-line technical work, so the post type is
    not asked; it is inferred (source "inferred", said once in a note, replaced by any post said later) when the
    post classifier (language) reads the occupation as front-line technical work and nothing said in the talk
    speaks of managing, leading or office work."""
    from assistant.extract.jobs import role_of

    job = session.profile.get("occupation")
    if "role_type" in session.profile or not job or session.sources.get("occupation") == "derived":
        return
    from assistant.chat.routing import is_injection

    said = [c for t in (text, *(user for user, _ in session.history)) for c in re.split(r"[，,。；;！!？?\n]+", t)
            if not is_injection(c)]  # an injected "管理员指令：…" says nothing of the job
    if any(_NOT_PLAIN.search(c) for c in said):
        return
    if role_of(job) == "frontline_technical":
        session.profile["role_type"] = "frontline_technical"
        session.sources["role_type"] = "inferred"


_DIGITAL_CONTEST = re.compile(r"数字经济")


def _digital_by_competition(session: Session) -> None:
    """A result in a digital-economy skills competition ("全国数字经济行业职业技能竞赛数据安全赛项") says the work
    is in that trade: is_digital_economy, derived, until the user says otherwise."""
    if "is_digital_economy" in session.profile:
        return
    if any(_DIGITAL_CONTEST.search(str(c.get("field") or "")) for c in session.profile.get("competition_results") or []):
        session.profile["is_digital_economy"] = True
        session.sources["is_digital_economy"] = "derived"


def _direct_focus(programs: tuple[str, ...]) -> tuple[str, ...]:
    """The programmes a direct-recognition question is about: those named or in focus (a notice without a direct
    path then says so), else every programme that has one."""
    from assistant.chat.asking import has_direct
    from assistant.programs import packs

    return programs or tuple(p.id for p in packs() if has_direct(p.id))


_TOTAL = re.compile(r"(?:加起来|加在一起|一共|总共|合计|算下来|前前后后|前后)(?:有|是|算|差不多)?")


def _total_years(session: Session, text: str, pending: Pending | None, extraction) -> dict:
    """"之前还干了3年开发，加起来6年": two spans and their total; the total is the count (of the year field
    asked, else of the one said before, by where: 杭州 / 浙江 / the trade)."""
    from assistant.extract.numbers import durations

    m = _TOTAL.search(text)
    spans = durations(text[m.end():]) if m else []
    if not spans:
        return {}
    if pending is not None and expect_for(pending.field).kind == "years":
        field = pending.field
    else:  # the place said with the total ("加起来在杭州8年"); a place said before it is a part's ("在杭州干了3年，加起来8年")
        after = text[m.start():]
        field = ("years_full_time_in_hangzhou" if "杭州" in after else "years_full_time_in_zhejiang" if "浙江" in after
                 else "years_in_field")
        if field not in session.profile and (field != "years_in_field" or not _span_place(text[:m.start()])):
            return {}
    return {field: spans[0].years}  # the total outranks a part the extractor read ("3年开发")


_BARE_ANSWER = re.compile(r"^(?:是的?|对的?|嗯+|好的?|行|没有?了?|无|都没有|不是|不|没了|知道了|明白了?|谢谢)[。！!，,~～]*$")
_CAME = re.compile(r"(?:[0-9]{2,4}|[去前今])年.{0,6}?(?:来|到|调|搬|回)")


def _came_instead(session: Session, text: str, extraction, today: dt.date) -> dict:
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


_ALL_ALONG = re.compile(r"(?:一直|始终|都是?|全)(?:都)?在(?P<p>[\u4e00-\u9fff]{2,3}?)(?:全职)?(?:干|做|工作|上班|待|呆|的|$|[，,。])")


def _years_field_by_place(text: str) -> str | None:
    """Which year count a span said with a place belongs to: 杭州 -> Hangzhou, elsewhere in Zhejiang -> Zhejiang."""
    from assistant.extract.places import cities_in

    places = [(city, province) for _, _, city, province in cities_in(text)]
    if re.search(r"浙江|省内", text) and not places:
        return "years_full_time_in_zhejiang"
    if not places:
        return None
    city, province = places[-1]
    return "years_full_time_in_hangzhou" if city == "杭州" else "years_full_time_in_zhejiang" \
        if province == "浙江省" else None


def _all_along(session: Session, text: str, extraction) -> dict:
    """"一直在浙江干" with the years of the trade known: the years there are the trade's years."""
    from assistant.extract.numbers import durations

    m = _ALL_ALONG.search(text)
    spans = durations(text)
    years = spans[0].years if len(spans) == 1 else session.profile.get(
        "years_in_field", extraction.profile.get("years_in_field"))
    if m is None or years is None or extraction.found and any(f in extraction.found for f in START_WHAT):
        return {}
    field = _years_field_by_place(m.group())
    if field is None:
        return {}
    out = {field: years}
    if field == "years_full_time_in_hangzhou" and "years_full_time_in_zhejiang" not in session.profile:
        out["years_full_time_in_zhejiang"] = years
    # never over what this message says itself ("2013年入行，2016年起一直在杭州全职": Hangzhou from 2016)
    return {k: v for k, v in out.items() if k not in session.profile and k not in extraction.profile}


_DENIAL_LEAD = re.compile(r"^(?:不是|不对|不|错了)(?:的|啊|呀|哦|哈)?[，,。！!\s]+")
_CORRECTABLE = ("skill_level", "employer_city", "employment", "employer_type", "role_type", "nationality")
_NOT_YET_HELD = re.compile(r"还?没(?:有)?(?:考|拿|评|取得)|未(?:考|取得)")


def _denied_then_said(session: Session, text: str, pending: Pending | None, today: dt.date) -> dict:
    """A reply led by a denial that goes on to say a value of a fact already known ("不是，最高是高级技师" after
    技师, "不对，单位在嘉兴", "不是，我现在是兼职") corrects that fact. "最高是X" is the asker's own highest level,
    unless the top-level question is pending or the level is said not yet held ("…，我还没考"): then it is the
    occupation's top level, read by ``_in_context``."""
    m = _DENIAL_LEAD.match(text.strip())
    if m is None:
        return {}
    rest = text.strip()[m.end():]
    asked = (pending.field, *pending.also) if pending else ()
    ceiling = "is_highest_level_of_occupation" in asked or bool(_NOT_YET_HELD.search(rest))
    out: dict = {}
    for clause in (c for c in re.split(r"[，,。；;！!？?\s]+", rest) if c):
        if _denies(clause) or _QUESTIONISH.search(clause):
            continue  # "不是管理": the value named is denied, not said
        for field in _CORRECTABLE:
            if field in out or session.profile.get(field) is None or field == "skill_level" and ceiling \
                    and "最高" in clause:
                continue
            got = read_reply(field, clause, today)
            if got.get(field) is not None and got[field] != session.profile[field]:
                out.update(got)
    return out


_LEADER = re.compile(r"领导|干部|中层|班子|高管")
_HIGHEST = re.compile(TOP_LEAD + r"(?P<l>[\u4e00-\u9fff]{2,4})")


def _in_context(session: Session, text: str, extraction) -> dict:
    """What a reply means given what is known: "副主任算中层领导" at a 事业单位 or 国企 is that employer's leader;
    "我们这个工种最高就是高级技师" with the level held known says whether it is the highest."""
    from assistant.chat.replies import read_reply as _read

    out: dict = {}
    employer = session.profile.get("employer_type", extraction.profile.get("employer_type"))
    if "employment" not in session.profile and "employment" not in extraction.profile and _LEADER.search(text) \
            and not _denies(_clause_at(text, _LEADER.search(text).end())):  # "不是领导" denies it
        leader = {"public_institution": "public_institution_cadre", "soe": "soe_leader"}.get(employer)
        if leader:
            out["employment"] = leader
    m = _HIGHEST.search(text)
    held = session.profile.get("skill_level", extraction.profile.get("skill_level"))
    if m and held and held != "none" and "is_highest_level_of_occupation" not in session.profile:
        top = _read("skill_level", m["l"], dt.date.today()).get("skill_level")
        if top and top != "none":
            out["is_highest_level_of_occupation"] = top == held
    return out


def _not_held(programs: tuple[str, ...], facts: dict, session: Session) -> tuple[str, ...]:
    """"不过我2024年已经被评为杭州工匠了": a title said as held names no programme to check, unless it is the
    only programme the talk is about ("我已经评上杭州数字工匠了，还能再报吗")."""
    from assistant.programs import canonical_title, get_pack

    held = set(facts.get("prior_titles") or [])
    if not held or not programs:
        return programs
    kept = tuple(p for p in programs if (get_pack(p).held_title or canonical_title(get_pack(p).title)) not in held)
    return kept if kept or session.programs else programs


_TITLE_VERB = re.compile(r"评|获|拿|得|当选|认定")


def _not_denied(programs: tuple[str, ...], text: str) -> tuple[str, ...]:
    """"从没评过浙江工匠杭州工匠", "浙江省首席技师没评过": titles named only to deny holding them name no programme
    to check; a programme named elsewhere in the message still counts ("没评过杭州工匠，能报首席技师吗")."""
    from assistant.chat.replies import _titles_named
    from assistant.chat.routing import detect_programs
    from assistant.language.clauses import negated  # its scope knows 能不能/可不可以 ask, they do not deny

    if not programs:
        return programs
    clauses = [c for c in re.split(r"[，,。；;：:！!？?]+", text) if c]
    denials = [c for c in clauses if negated(c) and _TITLE_VERB.search(c) and _titles_named(c)
               and not _QUESTIONISH.search(c)]
    if not denials:
        return programs
    named, _ = detect_programs("，".join(c for c in clauses if c not in denials))
    return tuple(p for p in programs if p in named)


def _too_young(birth: str | None, today: dt.date) -> bool:
    return bool(birth) and today.year - int(birth[:4]) < 16


def _without(extraction, field: str):
    return dataclasses.replace(extraction, profile={k: v for k, v in extraction.profile.items() if k != field},
                               found=tuple(f for f in extraction.found if f != field))


_YEAR_SAID = re.compile(r"(?:[0-9]{2,4}|[去前今]|[〇零一二三四五六七八九]{2,4})年")


def _affirmed_beside_denials(text: str, extraction, others: list[str]) -> dict:
    """The affirmed clauses of a reply to "主要业绩有哪些" whose other facts are all denials (empty or False)."""
    from assistant.language.clauses import affirmed

    if any(extraction.profile.get(f) not in ([], False) for f in others):
        return {}
    said = [c for c in affirmed(text) if len(re.sub(r"\W", "", c)) >= 6 and not _QUESTIONISH.search(c)]
    return {"achievements": said} if said else {}


_DESCRIBES_WORK = {"is_digital_economy", "occupation", "role_type"}  # an achievement says these in passing
_CLAUSE_KINDS = ("enum",)
_VERB_NOT = re.compile(r"(?<![要得])不(?=[写做干碰带管当在上用搞])")  # "不写代码了": 不 glued to its verb


def _denies(clause: str) -> bool:
    """Whether ``clause`` is in the scope of a negation (language.clauses.negated, the one negation-scope reader),
    or opens with 不 glued to a verb of work, which the segmenter keeps as one word ("不写代码了", "不在一线了")."""
    from assistant.language.clauses import negated

    return negated(clause) or bool(_VERB_NOT.search(clause))


def _unnegated(clause: str) -> str:
    """``clause`` without its negation words: "不参公了" -> "参公了" (each word read by the one negation reader)."""
    from assistant.language.clauses import negated
    from assistant.retrieval.segment import segmenter

    return "".join(w for w in segmenter().lcut(clause) if not negated(w))


def _clause_at(text: str, end: int) -> str:
    """The clause of ``text`` up to ``end`` (from the punctuation before it)."""
    return re.split(r"[，,。；;！!？?\s]", text[:end])[-1]
_IMPLIED_FIELDS = ("employment",)


def _clause_reply(fields: list[str], text: str, today: dt.date, single: bool = False) -> dict:
    """Each field's value from the one clause of a longer message that answers it as a bare reply would: an
    enumerated choice ("我是普通工程师" -> 全职), or a yes/no that names its own topic ("工会会员")."""
    out: dict = {}
    clauses = [c for c in re.split(r"[，,。；;！!？?、\s]+", text) if c]
    for field in fields:
        kind = expect_for(field).kind
        if len(clauses) < 2 and not single and not (kind == "bool" and names_field(field, text)):
            continue  # one clause is read as the pending question's answer, unless it names its own field
        for clause in clauses:
            if kind == "bool" and _unknown(clause):
                continue  # "工会会员不太清楚": named, but neither yes nor no
            if kind in _CLAUSE_KINDS or field in ("nationality", "skill_level") or (
                    kind == "bool" and names_field(field, clause)):
                got = read_reply(field, clause, today)
                if got and _denies(clause) and got == read_reply(field, _unnegated(clause), today):
                    continue  # "不参公了": the choice named is denied, not chosen ("没退休" names 在岗 itself)
                if got:
                    out.update({k: v for k, v in got.items() if k not in out})
                    break
    return out


# a denial names the list it denies by its verb or noun: "没评过" (titles), "没拿过奖", "比赛没参加过", "没带过徒弟"
_LIST_CUES = (("prior_titles", re.compile(r"称号|工匠|评过|评上|评选|被评")), ("awards", re.compile(r"奖|能手|津贴")),
              ("competition_results", re.compile(r"比赛|竞赛|大赛")), ("trained_apprentices", re.compile(r"徒")),
              ("achievements", re.compile(r"业绩|成果|专利|革新|攻关")))
def _names_other_list(field: str, text: str) -> bool:
    """Whether a short reply names another list by its verb or noun and not ``field``'s own ("没评过": titles)."""
    named = {f for f, cue in _LIST_CUES if cue.search(text)}
    return len(re.sub(r"\W", "", text)) <= 12 and bool(named) and field not in named


_OTHER_TOPIC = re.compile(r"退休|工会|会员|证|等级|一线|管理|全职|兼职|领导|参公|编")
_BARE_NONE = re.compile(r"^(?:别的|其他的?|其它|另外|再)?(?:都|也|啥都|什么都|啥也|什么也)?(?:没有?|无|木有)(?:了|啦|的|呢|过)?$")


_HELD_VERB = re.compile(r"(?:评上|评过|评了|获评|获得|拿到|拿了|当选|被评|认定)了?")
_NEVER_THERE = re.compile(r"(?:从没|从来没|从未|没|未)(?:有)?在(?P<p>浙江|省内|杭州)(?:全职)?(?:干|工作|上班|待|呆)过")


def _held_after(text: str) -> dict:
    """A title named before the verb that says it was won ("浙江省首席技师我2019年就评上了"), not denied."""
    from assistant.chat.replies import _titles_named

    out: list[str] = []
    for clause in (c for c in re.split(r"[，,。；;！!？?]+", text) if c):
        verb = _HELD_VERB.search(clause)
        if verb and not _denies(clause) and not re.search(r"如果|要是|假如|想|能|吗", clause) \
                and not _QUESTIONISH.search(text):  # "首届杭州数字工匠评上了发点什么？": a supposition
            out += _titles_named(clause[:verb.start()])
    return {"prior_titles": list(dict.fromkeys(out))} if out else {}


def _never_there(text: str) -> dict:
    """"没在浙江干过": no full-time years there."""
    m = _NEVER_THERE.search(text)
    if m is None:
        return {}
    return {"years_full_time_in_hangzhou" if m["p"] == "杭州" else "years_full_time_in_zhejiang": 0.0}


_NOT_BUT = re.compile(r"不是(?P<a>[^，,。；;]{1,12})[，,]?(?:而)?是(?P<b>[^，,。；;]{1,12})")


def _not_but(text: str, today: dt.date) -> dict:
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


def _denied_lists(session: Session, text: str, pending: Pending | None, corrected: bool = False) -> dict:
    """Lists a message says are empty, clause by clause: a clause naming the list ("浙江省首席技师没评过",
    "没拿过什么奖") empties a list asked about or pending; a bare "别的没有了" empties the list pending."""
    from assistant.language.clauses import says_none

    asked = {f for f in session.asked} | ({pending.field, *pending.also} if pending else set())
    out: dict = {}
    for clause in (c for c in re.split(r"[，,。；;！!？?\s]+", text) if c):
        if len(clause) > 14 or _OTHER_TOPIC.search(clause) or not says_none(clause):
            continue
        named = [f for f, cue in _LIST_CUES if cue.search(clause)]
        if not named and pending is not None and _BARE_NONE.match(clause):
            named = [f for f in (pending.field, *pending.also) if f in LIST_FIELDS][:1]
        for field in named:
            if (field in asked or corrected) and field not in out and (corrected or not session.profile.get(field)):
                out[field] = "无" if field == "trained_apprentices" else []
    return out


_IMPLIED_BY_EMPLOYER = {"civil_servant", "public_institution_cadre", "soe_leader"}
# words that say the asker is not in such a category: only then does a status said later replace it
_NOT_CATEGORY = re.compile(r"普通|员工|职工|工程师|技术人员|不是|没有?当|没有?担任|非|不参公|退|兼职|自由|返聘")


def _forget_implied(session: Session, facts: dict) -> None:
    """A corrected employer type takes the status it implied with it ("不参公了" drops 参公 employment)."""
    if "employer_type" in facts and "employment" not in facts \
            and session.profile.get("employment") in _IMPLIED_BY_EMPLOYER:
        session.profile.pop("employment", None)


_TEAM = re.compile(r"团体|团队|组队")
# Facts that name an honour or a deed of their own: a message adding one adds it, and edits no competition.
_NEW_HONOUR = ("awards", "prior_titles", "achievements", "trained_apprentices")
_SOLO = re.compile(r"个人")
_TIER = re.compile(r"[一二]类")


def _patch_competition(session: Session, text: str, facts: dict, today: dt.date) -> bool:
    """Details of the competition already told ("个人赛的", "是一类竞赛", "说错了，是去年，2025年11月的比赛")
    complete or correct the last result instead of being lost; True when one was patched."""
    results = session.profile.get("competition_results") or []
    if facts.get("competition_results"):
        _complete_new(facts, results, text, today)
        return False
    if not results or any(facts.get(f) for f in _NEW_HONOUR):
        return False  # "另外2023年还拿过浙江省科学技术进步奖": the year is the new honour's, not a fix of the old result
    last = dict(results[-1])
    short = re.sub(r"\s", "", text)
    if len(short) > 40:
        return False
    if _TEAM.search(short):
        last["type"] = "team"
    elif _SOLO.search(short):
        last["type"] = "individual"
    tier = _tier_said(short)
    if tier:
        last["tier"] = tier
    if re.search(r"比赛|竞赛|大赛|那次|说错|记错|是去年|是前年|是今年|[0-9]{4}年", short):
        from assistant.extract.when import dates_in

        years = {w.first.year for w in dates_in(short, today) if w.first.year == w.last.year}
        if len(years) == 1:
            last["year"] = years.pop()
    if last == results[-1]:
        if not (_TEAM.search(short) or _SOLO.search(short) or tier):
            return False
        # "个人赛的" confirming what was read ("按个人成绩理解"): a fact about oneself, answered with the verdict
        facts["competition_results"] = results
        return True
    facts["competition_results"] = [*results[:-1], last]
    session.profile["competition_results"] = facts["competition_results"]
    return True


def _tier_said(text: str) -> str | None:
    """The one tier a message says of a competition ("是一类竞赛"); none when both are named or it says it does not
    know ("一类二类不清楚", "不知道是不是一类")."""
    said = [(c, t) for c in re.split(r"[，,。；;！!？?\s]+", text) if c for t in _TIER.findall(c)]
    if len({t for _, t in said}) != 1 or any(_unknown(c) for c, _ in said):
        return None
    return said[0][1]


def _complete_new(facts: dict, results: list, text: str, today: dt.date) -> None:
    """A result told with its details in clauses of their own ("拿过省里的竞赛第一名，去年的，个人赛"): the year
    and individual/team the extractor left open are filled from the rest of the message when it names one."""
    from assistant.extract.when import dates_in

    added = [c for c in facts["competition_results"] if c not in results]
    if len(added) != 1 or len(facts["competition_results"]) - len(added) != len(results):
        return
    item = dict(added[0])
    if item.get("year") is None:
        years = {w.first.year for w in dates_in(text, today) if w.first.year == w.last.year}
        if len(years) == 1:
            item["year"] = years.pop()
    if item.get("type") is None and bool(_TEAM.search(text)) != bool(_SOLO.search(text)):
        item["type"] = "team" if _TEAM.search(text) else "individual"
    facts["competition_results"] = [item if c is added[0] else c for c in facts["competition_results"]]


_QUESTIONISH = re.compile(r"[？?]|吗|么|呢|什么|怎么|哪|谁|几|多少|是否|是不是|有没有|吧$")


_SELF_ASK = re.compile(r"我.{0,30}(?:能|可以|还能|能不能|可不可以|够)[再还也]?(?:报|申报|评|参评|申请|认定)")


def _asks_again(session: Session, text: str, programs: tuple[str, ...]) -> bool:
    """"能报吗", "那我符合吗", "我这样够格吗" with no programme named: the asker's own case under the programme the
    talk is about, not a new question to look up (it had been refused as "通知里没有涉及这个问题")."""
    from assistant.chat.routing import INTENT_PATTERNS

    short = re.sub(r"[\W_]", "", text)
    if programs or not (session.programs or session.topic in ("eligibility", "recommend")) or len(short) > 14 \
            or not (INTENT_PATTERNS["eligibility"].search(short) or _CHANCES.search(short)) \
            or _RULE_QUESTION.search(short):
        return False
    # nothing but the asker and fillers besides the asking words: "那公务员能报吗" asks about a kind of person
    return not _FILLERS.sub("", _CHANCES.sub("", INTENT_PATTERNS["eligibility"].sub("", short)))


_CHANCES = re.compile(r"有戏|有希望|有机会|有可能|没戏|没希望|希望大|机会大|行不行|行吗|还行")


_FILLERS = re.compile(r"那么?|那样|所以|我|他|她|本人|俺|这样|这种|情况|条件|的话|现在|目前|还|也|到底|究竟|是不是|啊|呀|呢|吧|吗|么|"
                      r"了|的|就|能|可以|不|没有?|够格?|报|申报|评|上|行")


def _self_statement(text: str) -> bool:
    """"我是普通技术人员，不是领导": the asker telling more about themself, not asking."""
    short = re.sub(r"[，,。！!\s]", "", text)
    return bool(re.match(r"^(?:我|本人|俺|他|她)", short)) and len(short) <= 30 and not _QUESTIONISH.search(short)


# "那还有戏吗", "这样的话还能报吗", "那我还行不行": asked again about the programme in focus, nothing new named

def _bare_reply(text: str) -> bool:
    """A short statement, not a question: after a question asked back, it is the answer to it."""
    short = re.sub(r"[，,。！!\s]", "", text)
    return len(short) <= 12 and not _QUESTIONISH.search(short)


def _describes_self(extraction, programs: tuple[str, ...], text: str = "") -> bool:
    """A message that tells about the asker: facts under a programme's name ("2021年首席技师：我是…技师，一直
    一线，…"), or a self-description of several facts. A question with a fact or two is a question about the
    rules ("我们是事业单位，推第四届有没有优先推荐谁的说法？")."""
    found = [f for f in extraction.found if f not in ("facts_as_of",)]
    if _QUESTIONISH.search(text) and len(found) < 3:
        return bool(programs) and bool(found) and bool(_SELF_ASK.search(text))
    return (bool(programs) and len(found) >= 1) or len(found) >= 3


def _editions(text: str) -> list[str]:
    from assistant.programs import packs

    return [p.id for p in packs() if p.series and re.search(p.series_cue, text)]


def _asks_rule(text: str) -> bool:
    return bool(_RULE_QUESTION.search(text)) and not re.search(r"我.{0,6}(?:能|可以|符合|够)", text)


def _level_below(level: str) -> str | None:
    from assistant.profile import SKILL_LEVELS

    i = SKILL_LEVELS.index(level) if level in SKILL_LEVELS else 0
    return SKILL_LEVELS[i - 1] if i > 1 else None


def profile_for(session: Session, program: str, corpus) -> dict:
    """The profile as it stood for ``program``'s round: a skill level reached after the round closed is not
    counted ("2022年才拿到技师证，2021年那会儿还是高级工" -> 高级工 for 2021年首席技师); reached in the round's own
    year, it is left open for review."""
    since = session.skill_dates.get("since")
    meta = corpus.meta(program)
    closes = getattr(meta, "deadline", None) or getattr(meta, "reference_date", None)
    if since is None or closes is None or since < closes.year or "skill_level" not in session.profile:
        return session.profile
    profile = dict(session.profile)
    before = session.skill_dates.get("before") or _level_below(profile["skill_level"])
    if since > closes.year and before:  # levels are taken one after another: before 技师 (2022), at most 高级工
        profile["skill_level"] = before
    else:
        profile.pop("skill_level")
    return profile
