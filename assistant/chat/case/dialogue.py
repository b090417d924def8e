"""One turn of the dialogue state: read the message against the state, then decide what to ask next.

``advance(session, text, extraction, route, today)`` does (a)-(c) of a turn:
(a) a pending question is answered first: "中国", "是", "无", "十年", "萧山" are read as that field's value;
(b) everything else the message says is extracted; a correction ("不对，…", "记错了", "其实…") overrides the
    earlier fact, together with what was derived from it (a start month and its year count go together);
(c) the intent: eligibility, a question about the rules, a draft, a comparison, a recommendation ("哪个最适合
    我"), a follow-up on the topic ("那首席技师呢？"), or the answer to the pending question.
(d), the next question, is in ``chat/case/asking.py``; a start said by year only is settled in ``chat/case/months.py``.
The readings a turn applies live in modules named for their jobs, and callers import them from there:
``pending_answers`` (replies to the question asked), ``corrections`` (denials, "记错了", lists said empty),
``switches`` (programme and person switches, intents), ``year_spans`` (year counts across turns), ``posts`` (the post
read in context), ``competition_patch``, ``rounds`` (the profile as of a round) and ``said`` (negation and question
reading of a clause).
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
from dataclasses import dataclass

from assistant.chat.case.age_known import dated_by_known_birth
from assistant.chat.case.asking import PAIRS
from assistant.chat.case.birth_range import birth_range, within_working_life
from assistant.chat.case.competition_patch import patch_competition
from assistant.chat.case.conflicts import note_places, set_aside
from assistant.chat.case.corrections import (
    IMPLIED_BY_EMPLOYER,
    NOT_CATEGORY,
    came_instead,
    corrects_last,
    denied_lists,
    denied_then_said,
    forget_implied,
    held_after,
    never_there,
    not_but,
    start_twins,
    title_instead,
)
from assistant.chat.case.home_city import hangzhou_presumed, said_city
from assistant.chat.case.home_years import follow_spans, years_presumed
from assistant.chat.case.month_day import dated_by_known_month
from assistant.chat.case.months import is_count, keep_open
from assistant.chat.case.not_mine import unit_award_told, withdraw_not_mine
from assistant.chat.case.pending_answers import (
    BARE_COUNT,
    IMPLIED_FIELDS,
    answers_in_order,
    answers_to_pending,
    apprentices_told,
    as_the_subject,
    clause_reply,
    deeds_told,
    denies_told,
    elided_job,
    gathered_result,
    infer_reply,
    past_the_no,
)
from assistant.chat.case.pointing import offered, pointed
from assistant.chat.case.post_dates import post_before_change
from assistant.chat.case.posts import (
    digital_by_competition,
    freelance_place,
    front_line_job,
    level_not_the_name,
    post_changed,
    read_in_context,
)
from assistant.chat.case.replies import (
    CUES,
    EXPECT,
    START_OF,
    ceiling_levels,
    expect_for,
    names_field,
    names_trade_top,
    open_span,
    years_said_bare,
)
from assistant.chat.case.reply_topic import (
    asked_of_rule,
    followed_up,
    found_out_later,
    holds_unnamed,
    not_known_fields,
    unknown_answers,
    without_echo,
)
from assistant.chat.case.retired_counts import move_said, retired_then_spans
from assistant.chat.case.rounds import said_of_then
from assistant.chat.case.said import (
    YEAR_SAID,
    answer_and_question,
    asks,
    asks_back,
    question_then_answer,
    too_young,
    without,
    without_others,
    without_reported,
    without_self_questions,
)
from assistant.chat.case.start_narrowed import narrow_open_starts
from assistant.chat.case.state import Pending, Session
from assistant.chat.case.switches import (
    DIRECT,
    DIRECT_RULE,
    FOLLOW_UP,
    GREETING,
    GREETING_WORD,
    RULE_QUESTION,
    asks_whats_left,
    back_to_asker,
    back_to_other,
    decide_intents,
    direct_focus,
    direct_holds,
    edition_in_focus,
    editions,
    forget_person,
    kept_in_focus,
    not_denied,
    not_held,
    opens_programme,
    returns_to_other,
    same_one_named,
    subject_of,
    switch_only,
    turns_to,
)
from assistant.chat.case.title_items import with_listed
from assistant.chat.case.title_reply import names_title_held
from assistant.chat.case.trade_top import below_trade_top
from assistant.chat.case.workplace import employment_of_workplace, moved_within
from assistant.chat.case.year_spans import (
    TOTAL,
    YEAR_FIELDS,
    all_along,
    all_along_counted,
    all_along_said_before,
    began_there,
    count_then_or_now,
    earlier_job,
    joined_here,
    span_place,
    spans_across_turns,
    start_after_spans,
    stopped_count,
    total_years,
    trade_years_at_the_workplace,
    unasked_starts,
    whole_life_there,
)
from assistant.chat.routing import CORRECTION, Route
from assistant.chat.rules.case_rule import rule_of_case
from assistant.chat.rules.mentions import mention_ask
from assistant.extract.text import spaces_end_clauses
from assistant.extract.when import dated_by_kin
from assistant.language.clauses import negated
from assistant.profile import LIST_FIELDS

__all__ = ["Step", "advance"]


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
    conflicts: tuple[str, ...] = ()  # facts said otherwise than before with no correction: set aside, to be asked
    disputed: tuple[str, ...] = ()  # their fields, asked first
    whats_left: bool = False  # "那我还差什么": the open facts that decide are asked, however often asked before
    restored: bool = False  # the talk turned back to the asker, whose own facts said before hold again


_ERR_VERB = re.compile(r"(?:搞|弄|写|说|记)错")


def _asked_not_said(extraction, stated: str, session: Session, today: dt.date):
    """The extraction of a message less what only its self-questions named ("我算一线吗？天天在车间焊的": the
    front line is asked about; the work said is read): a fact the rest of the message does not say is dropped,
    and one it says otherwise takes the rest's value."""
    from assistant.extract import extract

    rest = extract(stated, today, where=said_city(session)).profile if stated.strip() else {}
    for field in [f for f in extraction.profile if f != "facts_as_of"]:
        if field not in rest:
            extraction = without(extraction, field)
        elif rest[field] != extraction.profile[field]:
            extraction = dataclasses.replace(extraction, profile={**extraction.profile, field: rest[field]})
    return extraction


def _not_the_rungs_above(extraction, text: str, today: dt.date, top_asked: bool = False):
    """"上面还有技师 高级技师 没去考" (to "是不是本职业最高等级"): the levels named as the trade's top or the rungs above
    the one held are never the level held, however the extractor read the list; the level held is the one the other
    clauses name, if any (replies.read_reply reads it clause by clause). With the top-level question pending, a level
    said to exist ("有高级技师的") is a rung above too (replies.higher_exists)."""
    from assistant.chat.case.replies import higher_exists, read_reply

    level = extraction.profile.get("skill_level")
    if level and top_asked and higher_exists(text):
        return without(extraction, "skill_level")
    above = ceiling_levels(text) if level else set()
    if level not in above:
        return extraction
    held = read_reply("skill_level", text, today).get("skill_level")
    if held and held not in above and held != "none":
        return dataclasses.replace(extraction, profile={**extraction.profile, "skill_level": held})
    return without(extraction, "skill_level")


# lists whose "no" the checker reads as words (eligibility.preds: says_no_achievement, _no_stands)
KEPT_DENIALS = ("achievements",)


def _kept_denials(session: Session, new: dict, text: str, corrected: bool) -> dict:
    """``new`` with a standing "no" set before what a later message adds to its list: "都没有", then "平时就是按规程
    做保养" gives ["都没有", "平时就是按规程做保养"], not the second alone, so the no is not lost to whatever the later
    message happens to say. A no is recorded with its turn; a correction withdraws it."""
    from assistant.language.classify import says_no_achievement

    out = dict(new)
    for field in KEPT_DENIALS:
        value = new.get(field)
        if value == []:
            session.denials[field] = (len(session.history), text if says_no_achievement(text) else "没有")
        elif value and corrected:
            session.denials.pop(field, None)
        elif value and field in session.denials and session.profile.get(field) == []:
            out[field] = [session.denials[field][1], *value]
    return out


def _merge(session: Session, new: dict, source: str, corrected: bool, text: str = "") -> tuple[str, ...]:
    """Merge ``new`` into the profile. A scalar said again replaces the old value; a list is replaced when the
    message corrects it or says there are none; a start month and its year count replace each other."""
    from assistant.extract import merge_profiles

    new = _kept_denials(session, new, text, corrected)
    profile = dict(session.profile)
    followed = False
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
        hz, zj = profile.get("years_full_time_in_hangzhou"), profile.pop("years_full_time_in_zhejiang", None)
        numbers = [isinstance(v, int | float) for v in (hz, zj, new["years_full_time_in_hangzhou"])]
        if all(numbers) and abs(zj - hz) < 0.01:
            # "去年九月来的富阳" after 昆山: Zhejiang's years were Hangzhou's (the arrival was from outside the
            # province), so a corrected arrival ("是十一月底才来的") moves both
            new = {**new, "years_full_time_in_zhejiang": new["years_full_time_in_hangzhou"]}
            followed = True
    session.profile = merge_profiles(profile, new)
    for field in new:
        session.sources[field] = "correction" if field in replaced and corrected else source
    if followed:  # still read from Hangzhou's: a hedged end of Hangzhou's count is Zhejiang's too (months.open_profile)
        session.sources["years_full_time_in_zhejiang"] = "derived"
    return tuple(replaced)


_HEDGED_KINDS = ("bool", "enum", "list", "text")  # a count's 大概 is a span (replies.open_span), no hedge


def _note_hedges(session: Session, facts: dict, answered: tuple[str, ...], stated: str, today: dt.date) -> None:
    """Keep the answers this message hedged ("应该是吧", "好像没评过", "大概是技师") as tentative: the hedge is in the
    clause that gives the answer (the only clause, one naming the field, or one read as its answer). A field said
    again without a hedge is settled."""
    from assistant.chat.case.replies import TENTATIVE, read_reply
    from assistant.chat.case.said import clauses_of

    parts = clauses_of(stated) or [stated]
    for field in [f for f in facts if f != "facts_as_of"]:
        if field in answered and expect_for(field).kind in _HEDGED_KINDS and any(
                TENTATIVE.search(c) and (len(parts) == 1 or names_field(field, c) or read_reply(field, c, today))
                for c in parts):
            session.tentative[field] = stated
        else:
            session.tentative.pop(field, None)


def _own_span(field: str, reply: dict, span: tuple | None, today: dt.date | None = None) -> tuple | None:
    """``span``, the open start months read for ``field`` from the message, unless the answer's start for it lies
    outside them: then the span is another start's ("2018年来杭州读研" beside "2020年7月毕业就进了这家公司"); so too
    when the answer is a count no start in the span gives ("一直在杭州" for ten years, beside "前年…拿了省科技进步奖")."""
    start = reply.get(START_OF.get(field, ""))
    if span is not None and today is not None and not isinstance(start, str) and all(isinstance(e, str) for e in span) \
            and isinstance(reply.get(field), int | float):
        from assistant.extract.resolve import since

        if not since(span[1], today) - 1e-6 <= reply[field] <= since(span[0], today) + 1e-6:
            return None
    if span is None or not isinstance(start, str) or not all(isinstance(end, str) for end in span):
        return span
    return span if span[0] <= start <= span[1] else None


def advance(session: Session, text: str, extraction, r: Route, today: dt.date, of_another: bool = False) -> Step:
    """Advance the dialogue state by one message; returns what changed and what the turn must do. ``of_another``:
    ``text`` is what a message about several people says of the one it asks about (chat.case.asked_person)."""
    # "我爸当年能报吗 他在淳安…": a terse writer's space ends a clause; every reader of the turn's clauses (who it is
    # about, the answer to the question asked) sees the clauses the extractor saw (extract.text.spaces_end_clauses)
    text = spaces_end_clauses(text)
    # "比我儿子岁数还大，儿子今年二十五": a child's grade or age that dates one's own start or tells one's own count, as
    # the extractor read it (the count, the clause of the child dropped): no turn of the talk to the child, and no
    # clause of another's for the readers of the reply to set aside
    text = dated_by_kin(text, today)
    plain = found_out_later(text)
    if plain != text:  # "回头问问人事": not known yet, and whom to ask is no fact of the asker's (no post in 人事)
        text = plain
        extraction = _asked_not_said(extraction, text, session, today)
    pending = session.pending
    session.counted = None
    restored = False
    # "我老婆觉得我肯定够格，我是高级技师": the one whose opinion is reported is no new subject of the talk
    proxy = same_one_named(session, text)  # "他没有" answering for the one asked about all along: no new person
    # "他一九年带的徒弟…" after the asker's aside about themself ("我自己也是技师…"): back to the one asked about
    again = None if of_another or proxy else returns_to_other(session, text)
    subject = (session.subject or "他") if of_another else proxy or again or subject_of(session, without_reported(text))
    switched = subject != session.subject and (any(f != "facts_as_of" for f in session.profile) or again) and not proxy
    if switched:  # "那我自己呢？" after "我师傅…他能报吗": the facts said were another person's
        forget_person(session)
        pending = None
        # "还是说我自己吧": what the asker said of themself before holds again; "他…" after that aside: what was said
        # of the other person holds again
        restored = back_to_asker(session) if subject is None else bool(again) and back_to_other(session)
    session.subject = subject
    if switch_only(text):  # "那说说我徒弟": who the talk turns to, no fact of them (not the 带徒 of the 徒弟 named)
        for field in set(extraction.profile) | set(extraction.found):
            extraction = without(extraction, field)
        pending = None
    bare = re.sub(r"[\W_\s]", "", text)
    if not r.programs and GREETING.fullmatch(bare) and GREETING_WORD.search(bare):
        return Step({}, (), (), ("overview",), ())  # "你好": what the assistant can do, and which honour
    if opens_programme(text, r) and not any(f != "facts_as_of" for f in session.profile) \
            and not (session.last_ask and FOLLOW_UP.match(text)):
        # nothing about the asker is known yet: the programme is introduced and its first deciding question asked
        # (with facts known, "那浙派工匠呢" is the asker's case under it, read below as a follow-up; after a question
        # about the rules, it asks that question of this programme)
        return Step({}, (), (), ("overview",), r.programs)
    for field in not_known_fields(text) & set(CUES) & set(extraction.profile):
        extraction = without(extraction, field)  # "工会会员不太清楚，要问问厂里": not known, so no fact
    extraction = level_not_the_name(extraction, text, r, today)
    extraction = _not_the_rungs_above(extraction, text, today,
                                      bool(pending and "is_highest_level_of_occupation" in pending.fields))
    stated = without_self_questions(text)  # "我是技师吗？我证书上写的三级": 技师 is asked about, not said
    whole = text  # the programmes named are read from the whole message ("听说有个数字工匠，我能报不？")
    own = without_reported(stated)  # "有人说我在杭州市区才八年", "我们主任说我不算一线": another's word, no fact
    others_only = False
    if subject is None and not switched:  # "我爱人也是技师" to the level question: her level, not the asker's
        mine = without_others(own, "".join(user for user, _ in session.history))
        others_only = not mine.strip() and bool(own.strip())
        own = mine
    if stated != text or own != stated:
        text = text if own == stated else own
        stated = own
        extraction = _asked_not_said(extraction, stated, session, today)
    if others_only:  # nothing said of the asker: no answer to the question asked, which is asked again
        pending = None
    if pending is None and not r.programs:  # "没入过" after the asker's own "工会会员吗这个要求": the answer to it
        pending = asked_of_rule(session.last_ask, stated, today)
    open_now = pending.fields if pending is not None else session.open_fields()
    plain, echoed = without_echo(open_now, stated, today)
    if echoed:  # "工会？是的", "浙江省首席技师？没有没有": the question echoed before its answer, which answers it
        # the echo and its answer read together (extract.fold_topics: "工会？我们厂小，压根没成立过") say the field,
        # which the answer alone, its object left out, does not
        together = extraction.profile.get(echoed)
        text = stated = plain
        extraction = _asked_not_said(extraction, stated, session, today)
        if together is not None and echoed not in extraction.profile:
            extraction = dataclasses.replace(extraction, profile={**extraction.profile, echoed: together},
                                             found=(*extraction.found, echoed))
        pending = pending or Pending(echoed, expect_for(echoed).kind)
    # "前面那个", "第二个", "就是你说的后一种": a choice the last answer offered, by its place (chat.case.pointing)
    chosen = pointed(stated, offered(pending, session.history[-1][1] if session.history else None))
    if chosen is not None:
        from assistant.extract import extract

        text = stated = chosen
        extraction = extract(chosen, today, where=said_city(session))
    dated = dated_by_known_month(session, stated)  # "3月17号入职的" after "去年三月份才跳槽来的": that March
    if dated is not None:
        from assistant.extract import extract

        text = stated = dated
        extraction = extract(dated, today, where=said_city(session))
    aged = dated_by_known_birth(session, stated, today)  # "十六岁进的厂" after "八零年的": 1996
    if aged is not None:
        from assistant.extract import extract

        text = stated = aged
        extraction = extract(aged, today, where=said_city(session))
    if pending is not None and any(expect_for(f).kind == "years" for f in pending.fields):
        yeared = years_said_bare(stated, today)  # "一八 一直在杭州" to the years question: 2018年, for every reader
        if yeared != stated:
            from assistant.extract import extract

            text = stated = yeared
            extraction = extract(yeared, today, where=said_city(session))
    if _ERR_VERB.search(stated):  # "我搞错了": the correction's own words say no fact (搞错 is no trade)
        extraction = _asked_not_said(extraction, _ERR_VERB.sub("不对", stated), session, today)
    stopped = stopped_count(stated)  # "退了两年了": the time since the work stopped, no years of work
    if stopped:
        for field in (*YEAR_FIELDS, "hangzhou_full_time_start", "digital_work_start"):
            extraction = without(extraction, field)
    extraction = elided_job(session, pending, stated, extraction, today)  # "电焊工，在余杭": 我是 left out
    # "带过两个徒弟，不过他们没比过赛": what they did is kept with them
    extraction = apprentices_told(stated, extraction, session.profile.get("achievements"))
    extraction = as_the_subject(session, stated, extraction, today)  # "她1962年的": the one talked about, as 我
    extraction = gathered_result(stated, extraction, today)  # "拿过第一名，…竞赛，2025年的，个人项目": one result
    if pending is not None:
        from assistant.chat.case.asking import tapped

        pending = tapped(pending, text)  # a button under the second question answers that question
        answer, question = answer_and_question(stated)
        if not question:  # "申报表里获奖那栏怎么填？我有个杭州工匠": the asker's question first, the answer after it
            answer, question = question_then_answer(stated)
        if question:  # "没有，工会要入吗？": the answer said before the asker's own question; the question states nothing
            pending = followed_up(pending, question)  # and the pending question it names is the one answered
            stated = answer
    back = pending is not None and asks_back(stated)
    if back:  # "啥叫一线？", "最高等级是什么意思": asked about the question, not answered; the word it names ("一线")
        pending = None  # is no value, and the question waits while this one is answered
    reply: dict = {}
    hedged = unknown_answers(pending, stated, extraction, today) if pending is not None else ()
    for field in hedged:  # "技师证有没有我不太清楚": the question stays open, and is asked next in other words
        extraction = without(extraction, field)
        session.said.add(f"unknown:{field}")
    unnamed: tuple[str, ...] = ()
    if pending is not None and holds_unnamed(pending, stated):  # "有一个吧", "是的 有一些吧": asked next for its name
        extraction = without(extraction, pending.field)
        session.said.add(f"unnamed:{pending.field}")
        unnamed = (pending.field,)
    if not not_denied(r.programs, whole) and FOLLOW_UP.match(whole) and not RULE_QUESTION.search(whole):
        # "换成2023年那届呢": that edition of the honour in focus; "那首届呢 …浙江工匠杭州工匠没评过": the titles
        # denied name no programme, so the edition is still the one the talk is about
        edition = edition_in_focus(session, whole)
        if edition:
            r = dataclasses.replace(r, programs=edition, defaulted=False)
    else:
        edition = ()
    turned = turns_to(whole, r)  # "算了，还是问数字工匠吧": a follow-up on the asker's case, as "那数字工匠呢" is
    if pending is not None and r.programs and (FOLLOW_UP.match(whole) or turned) and not RULE_QUESTION.search(whole) \
            and not names_title_held(pending, whole, today, "unnamed:prior_titles" in session.said):  # "就是首届的杭州数字工匠": the title held, an answer
        pending = None  # "那浙派工匠呢" turns to another programme; it does not answer "已获得过哪些荣誉称号"
    said = stated
    if pending is not None and pending.field in session.early and not is_count(session.early[pending.field]) \
            and not YEAR_SAID.search(text):
        said = f"{session.early[pending.field][0][:4]}年{stated}"  # "3月份" to "您是2019年几月开始…": 2019年3月
    if pending is not None and not any(names_field(f, stated) for f in pending.fields) and denies_told(
            stated, [f for f in extraction.found if f != "facts_as_of"], session):
        # "不是 她是一五年才来杭州的": the no puts right a fact told before; it answers none of the questions pending
        stated = said = past_the_no(stated)
    if pending is not None and pending.also:  # "是，没有": one answer per question asked, in the order asked
        reply.update(answers_in_order(pending, stated, today, extraction))
    if pending is not None:
        reply = answers_to_pending(session, pending, text, stated, said, extraction, today, stopped, reply)
    if pending is not None:  # a longer reply: the clause that answers the question ("…，我是普通工程师")
        asked = [f for f in pending.fields if f not in reply and f not in extraction.profile]
        reply.update({k: v for k, v in clause_reply(asked, stated, today).items() if k not in extraction.profile})
    if not back and (session.topic in ("eligibility", "recommend") or pending is not None
                     or any(f != "facts_as_of" for f in extraction.found)):
        # "…，工会也入了", "我在上城做竹编，会员，一直在一线": a yes naming its topic, in the asker's own case
        bools = [f for f in EXPECT if expect_for(f).kind == "bool" and f not in session.profile
                 and f not in extraction.profile and f not in reply]
        reply.update(clause_reply(bools, stated, today))
        # "是会员" after an earlier no: a yes/no said again naming its own topic is the newer word, and it holds
        said_again = [f for f in EXPECT if expect_for(f).kind == "bool" and session.profile.get(f) is not None
                      and f not in extraction.profile and f not in reply and names_field(f, stated)]
        reply.update({k: v for k, v in clause_reply(said_again, stated, today).items() if v != session.profile.get(k)})
    if session.topic in ("eligibility", "recommend") and pending is None and not asks(stated):
        # nothing asked: "在萧山，自己接活" says the employment
        unknown = [f for f in EXPECT if expect_for(f).kind == "enum" and f not in session.profile
                   and f not in extraction.profile and f not in reply and f != "skill_level"]
        reply.update(clause_reply(unknown, stated, today, single=True))
    if pending is not None and pending.field == "role_type" and not reply and not extraction.found \
            and 4 <= len(stated) <= 15 and not asks(stated) and not negated(stated):
        from assistant.extract.jobs import role_of  # "天天在流水线上" to the post question: the classifier
        from assistant.extract.post_words import post_in_words

        # (not for a company head said with hands on the work, "技术副总，但也常下车间": asked, not decided)
        role = role_of(stated) if post_in_words(stated) != "open" else None
        reply = {"role_type": role} if role else {}
    if pending is not None and not reply and BARE_COUNT.fullmatch(text.strip()) \
            and all(expect_for(f).kind != "years" for f in pending.fields):
        for field in YEAR_FIELDS:  # "十二年" with no year question asked: which count it is, is read from the talk
            extraction = without(extraction, field)
    if pending is not None and not reply and not extraction.found and not stopped:
        reply = infer_reply(session, stated, today)
    reply.update({k: v for k, v in denied_lists(session, text, pending, bool(CORRECTION.search(text))).items()
                  if k not in reply and k not in extraction.profile})
    reply.update(not_but(text, today))  # "不是浙江工匠，是杭州工匠": B in place of A
    if "prior_titles" not in extraction.profile and "prior_titles" not in reply:
        reply.update(held_after(text))  # "浙江省首席技师我2019年就评上了"
    if pending is not None and "prior_titles" in pending.fields:
        # "有个杭州数字工匠提名奖 还有一个二一年的杭州工匠": the reply's clauses that are bare items of the list asked
        # for add their titles to those the extractor or the reply reader took from the rest
        reply.update(with_listed(reply.get("prior_titles", extraction.profile.get("prior_titles")), stated))
    reply.update({k: v for k, v in never_there(text).items() if k not in extraction.profile and k not in reply})
    for field in (*hedged, *unnamed):  # "有的" is no value of the open question: not the text "有的" as a deed
        reply.pop(field, None)
    answered = tuple(f for f in (pending.fields if pending else ()) if f in reply
                     or f in extraction.profile) or tuple(f for f in reply if f != "facts_as_of") or hedged or unnamed
    corrected = bool(CORRECTION.search(text))
    if corrected and not [f for f in extraction.found if f != "facts_as_of"]:
        again = corrects_last(session, stated, today, pending)  # "其实是四年", "哦不对，那时候还没入": the last answer, not the question pending
        if again:
            reply, answered = again, tuple(again)
        elif "prior_titles" not in reply:
            instead = title_instead(session, stated)  # "不对 那个是淳安县的首席技师": the titles just told, replaced
            if instead:
                reply, answered = {**reply, **instead}, ("prior_titles",)
    denied = denied_then_said(session, text, pending, today)  # "不是，最高是高级技师": a correction of the level
    if denied:
        corrected = True
        reply.update(denied)
        for field in LIST_FIELDS:  # its "不是" denies the old value; it is no "none" to a list question asked
            if reply.get(field) in ([], "无") and field not in extraction.profile:
                reply.pop(field)
    # the level the reply gives counts as held ("我们这行最高是高级技师，我还差一级": 技师, so not the top)
    heard = dataclasses.replace(extraction, profile={**extraction.profile, **{
        k: v for k, v in reply.items() if k == "skill_level" and names_trade_top(stated)}})
    reply.update({k: v for k, v in read_in_context(session, text, heard, today).items() if k not in reply
                  and not (k == "is_highest_level_of_occupation" and "skill_level" in denied)})
    if (pending is None or pending.field != "birth_date") and too_young(extraction.profile.get("birth_date"), today):
        # "浙江工匠，2019年的" to the titles question, "首席那个呢？21年的" with nothing asked: the year of what is
        # named, not the birth of someone at work
        extraction = without(extraction, "birth_date")
    if not any(f in extraction.profile or f in reply for f in YEAR_FIELDS):  # "十年前入的行" to the union question
        started = unasked_starts(session, stated, {**extraction.profile, **reply}, today)
        reply.update(started)
        if "years_in_field" in started:  # "…，一开始就在杭州": all along there, the trade's years
            extraction = dataclasses.replace(extraction, profile={**extraction.profile,
                                                                  "years_in_field": started["years_in_field"]})
    summed = {**all_along(session, text, extraction), **total_years(session, text, pending, extraction)}
    reply.update({k: v for k, v in summed.items() if k not in reply})
    if corrected:
        reply.update({k: v for k, v in came_instead(session, text, extraction, today).items() if k not in reply})
    born = None  # "85后", "四十出头", "快退休了": a birth range, its ends kept open (chat.case.birth_range), no month invented
    if "birth_date" not in extraction.profile and "birth_date" not in reply:
        born = birth_range(stated, today)
        if born is not None:
            reply["birth_date"] = born[0]
    facts = {**extraction.profile, **reply}
    if born is not None:
        born = within_working_life(born, {**session.profile, **facts}, today)
    if facts.get("role_type", session.profile.get("role_type")) == session.profile.get("role_type"):
        # (also when the post given up is what the message names: "辞了总监又回一线写代码了")
        facts.update(post_changed(session, text))  # "不过去年开始转岗做销售总监了，现在主要跑客户": the post now
    added = spans_across_turns(session, text, extraction, today)  # "来杭州又干了3年" after "在苏州干了5年"
    facts.update(added)
    facts.update(whole_life_there(session, stated, facts))  # "十五年了，一直在下沙": the trade's years too
    facts.update(all_along_counted(session, stated, facts))  # "二十年", then "一直在淳安，没出过浙江"
    facts.update(joined_here(session, stated, facts, today))  # "2019年毕业就在这家" at a workplace in Hangzhou
    facts.update(all_along_said_before(session, facts))  # "一直在杭州", then "2015年开始做的"
    facts.update(trade_years_at_the_workplace(session, stated, facts))  # "在临平一家公司…", then "七年"
    if "years_in_field" not in session.profile:
        facts.update(began_there(stated, facts))  # "94年开始就在杭州的玻璃厂吹玻璃": the trade began there
    added.update(start_after_spans(session, facts))  # "22年来的杭州" after "之前在南京干了4年"
    facts.update(added)
    if corrected:  # what the correction takes away may be said again in its own clause ("不参公了，我是普通工程师"),
        # and a choice already known is corrected by the clause that names another ("其实我去年就退了")
        known = [f for f in EXPECT if expect_for(f).kind == "enum" and f != "skill_level" and f not in facts
                 and (f in session.profile or f in IMPLIED_FIELDS)]
        facts.update({k: v for k, v in clause_reply(known, text, today, single=True).items()
                      if k not in facts and v != session.profile.get(k)})
    guessed = [f for f in EXPECT if expect_for(f).kind == "enum" and session.sources.get(f) == "inferred"
               and f not in facts]
    if guessed and not corrected and not asks(stated):
        # a fact inferred from the work, not said ("按在职全职判断；如是…自由职业…请告诉我"), is open to any later
        # statement of it, asked or not: "我是自己接单的，没单位" to another question says the employment
        facts.update({k: v for k, v in clause_reply(guessed, stated, today, single=True).items()
                      if k not in facts and v != session.profile.get(k)})
    if facts.get("employment") == "full_time" and session.profile.get("employment") in IMPLIED_BY_EMPLOYER \
            and not corrected and not NOT_CATEGORY.search(text):
        facts.pop("employment")  # "一直在建德，全职" at a 参公 unit: full time there, still 参公
    facts.update(freelance_place(session, text, facts))  # "桐庐的竹编手艺人…没挂单位", then "自由职业"
    unit = employment_of_workplace(session.profile, facts, stated)  # "我是万向集团的": at work there, inferred
    facts.update(unit)
    for field in moved_within(session.profile, facts, stated):  # "上个月又进了瓯海一家厂": a new job, same province
        facts.pop(field)
        facts.pop(START_OF.get(field, ""), None)
    patched = patch_competition(session, text, facts, today)
    if corrected:
        forget_implied(session, facts)
        facts.update(start_twins(session, facts, stated))  # "不对 记错了 是〇三年": the trade's and Hangzhou's start, both
    derived = set(extraction.profile) - set(extraction.found)
    if "competition_results" in derived and session.profile.get("competition_results"):
        facts.pop("competition_results", None)  # "证书奖项都没有" after a placing was told: no word on the placing
    if "skill_level" in facts and facts["skill_level"] != session.profile.get("skill_level"):
        session.skill_dates = {}  # a new level: its dates are not those of the old one
    session.skill_dates.update(extraction.skill_dates)
    for field in extraction.judged:  # a judgement on a description never replaces a fact already known
        if field in session.profile and field in facts and field not in reply \
                and session.sources.get(field) != "inferred":  # an inference gives way to a judgement on words said
            facts.pop(field)
    if not corrected and earlier_job(session, text, facts):
        facts.pop("employer_city")
    if not others_only and not back:  # "改过冲压模的快速换模结构…" to the awards question: the deed it tells
        facts.update(deeds_told(session, pending, text, facts, today))  # its clauses that ask are left out
    facts = said_of_then(session, edition, text, facts)  # "那首届呢 那时候奖也没有": of that round, not of now
    withdraw_not_mine(session, facts, text)  # "不对 那个比赛是我徒弟拿的": the result told before was another's
    facts.update(unit_award_told(session, facts, text))  # "其实是我们团队拿的": the award told before was the team's
    # "在杭州全职八年了", then "我是2023年才来杭州上班的" with no 不对/其实: which is right is asked, neither is kept
    conflicts, disputed = set_aside(session, facts, set(extraction.found) | set(reply), extraction.early, stated, corrected,
                          set(summed) | set(added), today)
    if "role_type" not in disputed:  # "2024年又回研发了", "2019年才入的工会": what held before stays the earlier round's
        post_before_change(session, facts, stated, today, r.programs)
    replaced = _merge(session, facts, "reply" if answered else "message", corrected, stated)
    _note_hedges(session, facts, answered, stated, today)
    note_places(session, set(extraction.found) | set(reply), stated)
    place = span_place(text)
    if place is not None and any(f in facts for f in YEAR_FIELDS):  # the spans a later turn may add to
        session.spans = [] if corrected or TOTAL.search(text) else session.spans
        session.spans.append((place, text))
    for field in derived & set(extraction.profile):
        session.sources[field] = "derived"
    for field in extraction.judged:  # a classifier's judgement on the work described, not a fact said
        if field in facts and field not in reply and session.sources.get(field) == ("reply" if answered else "message"):
            session.sources[field] = "judged"
    digital_by_competition(session)
    front_line_job(session, text)
    below_trade_top(session, facts)  # "模具钳工", then "我就是个技师": not the top of a trade that has 高级技师
    hangzhou_presumed(session, text)  # "一直在车间修工业机器人" about 首席技师: the work is in Hangzhou
    for field in [*extraction.inferred, *unit]:  # employment read from a description of the work (extract.jobs)
        if field in facts and field not in reply:  # or from the workplace named (chat.case.workplace)
            session.sources[field] = "inferred"
    opened = {f: v for f, v in extraction.early.items() if f not in disputed}
    if born is not None and facts.get("birth_date") == born[0]:
        opened["birth_date"] = born
    keep_open(session, facts, opened, {f: _own_span(f, reply, open_span(f, said if pending and f == pending.field else text,
                                                                     today), today)
                                       for f in reply if f != "birth_date" or born is None})
    move_said(session, facts)  # "一七年就退了 … 在杭二十年": twenty years by the retirement, not by today
    narrow_open_starts(session, text, today)  # "零几年进的厂", then "零三年 会员": the decade's year
    years_presumed(session, text)  # "在淳安刻砚台，刻了三十来年了": the trade's years are the Hangzhou years
    programs = () if reply.get("prior_titles") else edition or not_denied(not_held(r.programs, facts, session, whole), whole)
    spoke_of_self = bool(facts) or bool(extraction.contradictions) or bool(conflicts)
    short_follow_up = bool(programs) and bool(FOLLOW_UP.match(whole) or turned) and not RULE_QUESTION.search(whole)
    intents = decide_intents(session, whole, r.intents, programs, answered=answered, pending=pending,
                             spoke_of_self=spoke_of_self, short_follow_up=short_follow_up, patched=patched,
                             corrected=corrected, extraction=extraction, switched=switched)
    if intents and intents[0] == "eligibility" and set(r.intents) <= {"qa", "compare"} and pending is None \
            and (rule_of_case(whole, facts) or mention_ask(whole)):
        # "我在事业单位当科长，…对我这种有啥说法": what the rule says of the case, not a check; "我们做IoT的，…认定范围
        # 里提没提到物联网": a look in the text
        intents = list(r.intents)
    if r.defaulted and programs:  # "数字工匠" with no edition: the current one first, then the earlier ones
        programs = tuple(dict.fromkeys((*programs, *editions(whole))))
    if intents and intents[0] == "eligibility" and not session.programs and session.topic in ("eligibility", "recommend") \
            and not short_follow_up:
        focus = ()  # every programme was being checked: a title named in passing does not narrow it
    elif intents and intents[0] in ("eligibility", "recommend"):
        focus = kept_in_focus(session, programs) if intents[0] == "eligibility" else programs
    else:
        focus = programs or session.programs
    about = None
    if DIRECT.search(whole) and not DIRECT_RULE.search(whole) and intents[0] in ("eligibility", "recommend", "qa") \
            and (spoke_of_self or session.profile or session.topic in ("eligibility", "recommend")):
        # "能直接认定吗" about oneself: the direct path of the programme in focus (or of those that have one) leads
        about, intents = "direct", ["eligibility"]
        focus = direct_focus(programs or focus)
    elif direct_holds(session, whole, intents, programs):
        about, focus = "direct", direct_focus(programs or focus)  # the talk is still about direct recognition
    if intents and intents[0] == "eligibility":
        count_then_or_now(session, facts, focus, text, today)
        retired_then_spans(session)  # a retiree's "now" is the retirement
        follow_spans(session)  # a presumed count opens with the one it was read from
    session.last_answered = tuple(dict.fromkeys(f for f in (*answered, *reply, *extraction.found) if f in facts))
    whats_left = bool(intents) and intents[0] in ("eligibility", "recommend") and asks_whats_left(whole)
    return Step(facts, answered, replaced if corrected else (), tuple(intents), focus, about, switched, conflicts, disputed,
                whats_left, restored)
