"""Free Chinese text -> the contract's applicant profile, by rules (phrase tables), with no model call.

    >>> extract("我88年的，干数字化这行八年，在杭州全职工作了两年，是工会会员", today).profile
    {'birth_date': '1988-01', 'union_member': True, 'employer_city': '杭州', 'years_in_field': 8.0, ...}

Never guesses: a fact not clearly stated (a question about the rules, a hypothesis, a denial, an injected
instruction) is left out, and facts that contradict each other are left out and named in ``contradictions``
for the chat to ask about. Only the first ``MAX_CHARS`` characters are read, and never a value that
``assistant.extract.plausibility`` names as impossible (2月30日, -5年, a birth after today), since the chat tells the user it
was not used. The raw text is never logged.
Conventions for fuzzy phrasings are documented where they are applied: ``numbers`` (快五年 = 4.5, 五年多 = 5),
``people`` (age -> earliest birth month, year only -> January), ``competitions`` (一等奖 gives no rank),
``resolve`` (contradictions, priorities, Hangzhou years implying Zhejiang years).
"""

from __future__ import annotations

import datetime as dt
import json
import logging
import re
from dataclasses import dataclass, replace
from dataclasses import field as _field

from assistant.errors import InputError
from assistant.extract.absences import read_no_skill, read_none
from assistant.extract.asked import blank_asked, spell_aliases
from assistant.extract.competitions import read_competitions
from assistant.extract.conduct import read_conduct
from assistant.extract.gaps import gaps, inside, read_gaps
from assistant.extract.graded_trades import GRADED_NOTE, read_graded_trade
from assistant.extract.hedged_ages import latest_ages
from assistant.extract.honours import read_awards, read_skill, read_titles
from assistant.extract.idle import idle_clauses, out_of_work
from assistant.extract.jobs import read_job_description, read_self_employed
from assistant.extract.narrative import read_narrative, wants_eligibility
from assistant.extract.numbers import durations
from assistant.extract.occupation import names_occupation, read_occupation
from assistant.extract.people import (
    read_birth,
    read_city,
    read_digital,
    read_employment,
    read_nationality,
    read_union,
)
from assistant.extract.places import cities_in
from assistant.extract.plausibility import blank_implausible
from assistant.extract.resolve import resolve
from assistant.extract.retirement import read_retired_on
from assistant.extract.roles import read_lead, read_role
from assistant.extract.runon import runs_end_clauses
from assistant.extract.skill_dates import read_skill_dates
from assistant.extract.start_dates import add_start, start_span
from assistant.extract.stints import read_story
from assistant.extract.subject import about_other, as_candidate, of_others, of_workmates
from assistant.extract.text import MAX_CHARS, form_none, mask, normalize, segments, spaces_end_clauses
from assistant.extract.timeline import read_timeline
from assistant.extract.when import (
    date_the_move,
    name_age_years,
    name_event_years,
    name_kin_counts,
    name_school_years,
    name_that_year,
)
from assistant.extract.work import read_starts
from assistant.extract.year_age import date_bare_ages, date_year_age
from assistant.extract.years import add_years, place_came_to, read_years
from assistant.language.correcting import self_corrects
from assistant.language.dialect import fold_dialect
from assistant.language.topics import fold_topics
from assistant.normalize import normalize_text
from assistant.profile import LIST_FIELDS, parse_profile

__all__ = ["Extraction", "extract", "merge_profiles", "MAX_CHARS"]

log = logging.getLogger(__name__)

_APPENDED_TEXT = ("trained_apprentices",)


@dataclass(frozen=True)
class Extraction:
    """What one message says about the asker."""

    profile: dict  # contract profile fields only, JSON-ready, valid for ``parse_profile``
    contradictions: tuple[str, ...]  # one Chinese sentence per contradiction, asking the user to confirm
    found: tuple[str, ...]  # the profile fields read from the text (not the derived ones), for logs and UI
    wants_eligibility: bool  # the text asks whether the asker qualifies
    skill_dates: dict = _field(default_factory=dict)  # {"since": year the level now held was reached, "before": level}
    # {year count: (earliest, latest start month)} for a start said without its month ("2019年来的杭州": the
    # profile counts from 2019-12, the earliest from 2019-01), and {year count: (top, lower bound)} for a hedged
    # count ("将近十年": the profile holds 9.5, the ends are 9.99 and 9.0); the dialogue checks the ends, asks if they differ
    early: dict = _field(default_factory=dict)
    judged: tuple[str, ...] = ()  # fields decided by a sentence-vector judgement, not by words said outright
    # how a fact was read where the words left it open ("按个人成绩理解"), in Chinese, for the user to correct
    readings: tuple[str, ...] = ()
    # fields inferred, not said: employment from a present-tense description of work (extract.jobs); the answer
    # says so and a status said later replaces it
    inferred: tuple[str, ...] = ()
    # fields the asker asks whether they hold ("我这个算数字经济行业吗": is_digital_economy); the answer says
    asks: tuple[str, ...] = ()
    # why a level held is not the trade's top (extract.graded_trades): a reading that matters only where the top
    # level is asked for (浙派工匠), so the chat decides where to say it
    top_note: str = ""


def _valid(profile: dict) -> dict:
    """Drop any field ``parse_profile`` rejects. It should never fire; if it does, the rule tables need a fix."""
    profile = dict(profile)
    for _ in range(len(profile) + 1):
        try:
            parse_profile(profile)
            return profile
        except InputError as exc:
            field = (exc.field or "").split(".")[0].split("[")[0]
            log.warning("extract: dropped a value of %s that the profile model rejects", field)
            if field not in profile:
                return {}
            profile.pop(field)
    return {}


def extract(text: str, today: dt.date, where: str | None = None) -> Extraction:
    """Read the asker's facts from free Chinese text (at most the first ``MAX_CHARS`` characters). ``where``,
    the workplace a conversation already knows, places a start said without a place ("今年4月从常州过来的")."""
    text = fold_dialect(normalize_text(text or ""))[:MAX_CHARS]  # the edge fold (繁→简, zero-width, Wu words), idempotent
    # A programme asked about is not a fact about the asker; an English title alias reads as the title.
    # "疫情那年来的杭州": a year named by an event is that year, read before anything blanks the event's words
    text = spaces_end_clauses(text)  # "…第1名 16年也在车间 首届杭州工匠能报不": the spaces are the clauses' ends
    text = runs_end_clauses(text)  # "…没评过称号2025年…拿了个人第一名": a new fact's start in a run-on stretch
    text = _part_contrast(text)  # "不是杭州是湖州": the place denied, then the place said, as two clauses
    text = fold_topics(text)  # "工会？没加过", "荣誉嘛，没有": a checklist item echoed, then answered none
    text = form_none(text)  # "荣誉称号：无": the narrative reads the message too, so the denial is written before it
    text = name_school_years(text, today)  # "孩子上小学那年搬来的，孩子今年三年级": 2024
    text = name_kin_counts(text)  # "干这行比我儿子岁数还大，儿子今年二十五了": more than 25 years
    text = date_year_age(text, today)  # "九六年十七岁就在杭州当学徒": the age at 1996, so born about 1979
    text = name_age_years(latest_ages(text), today)  # "我72年的，18岁进厂当学徒": 1990; "十几岁就…": at 19
    normalized = normalize(blank_asked(spell_aliases(blank_implausible(date_the_move(name_event_years(text)), today))))
    normalized = name_that_year(normalized, today)  # "2012年过来的，那年我刚到杭州": 那年 is 2012
    normalized = date_bare_ages(normalized, today)  # "一六年那届…我爸那年五十二": born about 1964
    candidate = about_other(normalized)
    normalized = as_candidate(normalized)  # "我老公…，他能报吗": the candidate's facts, as the asker's
    segs = segments(normalized)
    where = where or place_came_to(normalized)  # "来杭州之前在苏州做了四年，一九年过来的": the move is to 杭州
    # another person's clauses say nothing of the candidate: of the asker's message, anyone else's; of a message
    # about someone (rewritten as theirs), the people of their work ("我妈…她师傅退休返聘了")
    others = (of_workmates if candidate else of_others)([s.text for s in segs])
    segs = [replace(s, other=True) if o else s for s, o in zip(segs, others, strict=True)]
    cut = _corrected_at(segs, today)
    if cut:  # "称号没评过……不对，我记错了，2023年评上过浙江工匠的": what follows the correction replaces what it corrects
        before, after = _read(segs[:cut], text, today, where), _read(segs[cut:], text, today, where)
        candidates = _corrected(before, _replace_place(before, _restart(before, after, segs[cut:], today, segs[cut - 1].text)
                                                       or _recount(before, after, segs[cut:]), segs[cut:], segs[:cut]))
    else:
        candidates = _read(segs, text, today, where)
    judged = tuple(f for f, marks in (("is_digital_economy", ("_digital_judged", "_digital_of_occupation")),)
                   if any(candidates.get(m) for m in marks) and not candidates.get(f))
    inferred = ("employment",) if not candidates.get("employment") and not candidates.get("_full_time_word") and (
        candidates.get("_employed") or candidates.get("_employed_inferred")) else ()
    profile, contradictions, derived = resolve(candidates, today)
    profile = _valid(profile)
    found = tuple(k for k in profile if k not in derived)
    early = _early_end(candidates, profile, derived, today)
    log.debug("extract: %d chars, read %s, %d contradictions", len(text), ",".join(found) or "-",
              len(contradictions))
    return Extraction(
        profile=profile,
        contradictions=tuple(contradictions),
        found=found,
        # asking whether one's own work is digital-economy work is asking about one's eligibility
        wants_eligibility=wants_eligibility(normalized, bool(found)) or bool(candidates.get("_asks_digital")),
        skill_dates=read_skill_dates(segs, today) if "skill_level" in profile or "技" in normalized else {},
        early=early,
        judged=tuple(f for f in (*judged, *inferred) if f in profile),
        readings=_readings(candidates, profile),
        inferred=tuple(f for f in inferred if f in profile),
        asks=("is_digital_economy",) if candidates.get("_asks_digital") else (),
        top_note=GRADED_NOTE.format(trade=candidates["_graded_below"][0], level=profile.get("skill_level"))
        if candidates.get("_graded_below") and profile.get("is_highest_level_of_occupation") is False else "",
    )


# the notices on agency and outsourced work: none of the five says whether it counts as 在职 or 全职
DISPATCHED_NOTE = ("您说的是劳务派遣或外包用工：五份通知都没有写明这类用工是否算在职、全职（通知未明确），"
                   "用工情况先不按全职算，需由推荐单位或主管部门确认。")

# no union where one works, read as not a member: said back, since one may have joined a regional or trade union
NO_UNION_NOTE = "您说单位没有工会，先按您本人不是工会会员理解；如果您通过所在街道、园区或行业工会入了会，请告诉我。"


def _readings(candidates: dict[str, list], profile: dict) -> tuple[str, ...]:
    """How facts were read where the words left them open, for the user to correct."""
    shown = "competition_results" in profile or profile.get("awards") == []  # a placing read, or an honour below
    out = list(dict.fromkeys(candidates.get("_read_as", []))) if shown else []
    if candidates.get("_dispatched") and profile.get("employment") in (None, "full_time", "part_time"):
        out.append(DISPATCHED_NOTE)
    if candidates.get("_no_union_at_work") and profile.get("union_member") is False \
            and not candidates.get("union_member"):
        out.append(NO_UNION_NOTE)
    posted = candidates.get("_posted_city") or []
    if posted and profile.get("employer_city") and posted[-1][1] != profile["employer_city"]:
        # "公司在杭州但人在海宁": the programmes ask where the employer is; where one is posted is said back
        out.append(f"工作单位所在地按单位所在的{profile['employer_city']}理解（您人在{posted[-1][0]}）；如不对，请告诉我。")
    return tuple(out)


def _read(segs, text: str, today: dt.date, where: str | None) -> dict[str, list]:
    """Every reader's candidates for the clauses ``segs`` (``text``, the whole message, for the narrative)."""
    candidates: dict[str, list] = {}
    away = gaps(segs, today)  # "中间回老家三年": a gap in a stay, no stay of its own
    read_gaps_from = segs
    # time away is no part of the present job: its place ("中间有两年派到义乌分厂") is not the employer's
    segs = [replace(s, past=True) if i in away else s for i, s in enumerate(segs)]
    # "辞职了，现在在找工作": no present job; such a clause names no workplace or occupation of now (extract.idle)
    idle = idle_clauses(segs)
    if idle:
        candidates["_out_of_work"] = [True]
        segs = [replace(s, past=True) if i in idle else s for i, s in enumerate(segs)]
    for part in (read_birth(segs, today), read_years(segs, names_occupation, skip=set(away), today=today, where=where), read_gaps(read_gaps_from, today),
                 read_union(segs), read_employment(segs), read_retired_on(segs, today),
                 read_city(segs), read_nationality(segs), read_digital(segs), read_skill(segs),
                 read_titles(segs), read_awards(segs, today), read_competitions(segs, today), read_narrative(text),
                 read_starts(segs, today, where), read_occupation(segs), read_role(segs), read_no_skill(segs),
                 read_none(segs), read_self_employed(segs), read_lead(segs), read_timeline(segs, today), read_story(segs, today),
                 read_conduct(segs),
                 read_graded_trade(segs)):
        for field, values in part.items():
            candidates.setdefault(field, []).extend(values)
    for field, values in read_job_description(segs, bool(candidates.get("_title_placed"))).items():
        candidates.setdefault(field, []).extend(values)
    return candidates


# "哦不，是2018年", "不不，七年": an interjection's 不 said alone, before the value it puts right
_CORRECTING_NO = re.compile(r"(?:[哦噢喔啊呃额欸诶嗯]+)?不(?:不)*(?:是|对)?")
# "其实是四年", "实际上是2018年来的": a value said again after 其实 is the right one (a clause that only goes on,
# "其实还在一线", is no correction: it is read with the clauses before it)
_IN_FACT = re.compile(r"^(?:哦|噢|呃|嗯)?(?:其实|实际上|实际|准确(?:地|的|点)?(?:来)?说|确切(?:地|的)?(?:来)?说)(?:应该)?(?:是|有|才|得)?")
# a reader's working candidate -> the profile field it is about, so a correction replaces both
_FAMILY = {"_no_titles": "prior_titles", "_titles_retracted": "prior_titles", "_no_skill": "skill_level", "_no_awards": "awards",
           "_no_competitions": "competition_results", "_no_prizes": "competition_results", "_no_achievements": "achievements",
           "_denial_said": "achievements", "_certificates": "achievements",
           "_no_apprentices": "trained_apprentices", "_hz_none": "years_full_time_in_hangzhou",
           "hangzhou_full_time_start": "years_full_time_in_hangzhou", "_zj_start": "years_full_time_in_zhejiang",
           "_field_start": "years_in_field", "_floor_years_in_field": "years_in_field", "_birth": "birth_date",
           "_past_field": "years_in_field", "_floor_start": "years_in_field",
           "_age": "birth_date", "_age_stretch": "birth_date", "_role_judged": "role_type", "_role_described": "role_type",
           "_role_now": "role_type", "_exec_hands": "role_type",
           "_digital_judged": "is_digital_economy", "_digital_of_occupation": "is_digital_economy",
           "_employed": "employment", "_employed_inferred": "employment",
           "_no_union_at_work": "union_member", "_union_has": "union_member",
           # the stints' derivations (extract.stints), corrected with the counts they stand for
           "_stint_field": "years_in_field", "_stint_field_floor": "years_in_field", "_stint_field_over": "years_in_field",
           "_stint_hz": "years_full_time_in_hangzhou", "_stint_zj": "years_full_time_in_zhejiang",
           "_stint_city": "employer_city", "_stint_trade": "occupation"}


def _family(field: str) -> str:
    for prefix in ("_range_", "_early"):
        if field.startswith(prefix):
            field = field[len(prefix):]
    return _FAMILY.get(field, field)


# a place denied, then the place said in its stead ("不是杭州是湖州", "不在萧山在诸暨", "不是杭州，是湖州的厂")
_DENIED_PLACE = re.compile(r"^(?:其实|实际上|我说错了|说错了)?(?:也|并|倒)?(?:不|没)(?:是|在)(?P<p>[\u4e00-\u9fff]{2,6}?)(?:市|区|县)?(?:的)?$")
_CONTRAST = re.compile(r"(?P<a>(?:不|没)(?:是|在)[\u4e00-\u9fff]{2,6}?(?:市|区|县)?(?:的)?)(?=(?:而)?(?:是|在)[\u4e00-\u9fff]{2})")


def _part_contrast(text: str) -> str:
    """"不是杭州是湖州" -> "不是杭州，是湖州": a place denied and the place said in its stead, in one run of words, are
    two clauses, so the second reads as the correction of the first (``_corrects``)."""
    def part(m: re.Match) -> str:
        denied = _DENIED_PLACE.match(m["a"])
        return m["a"] + "，" if denied and cities_in(denied["p"]) and cities_in(denied["p"])[0][0] == 0 else m["a"]
    return _CONTRAST.sub(part, text)


def _denies_place(text: str) -> bool:
    m = _DENIED_PLACE.match(text)
    return bool(m and cities_in(m["p"]) and cities_in(m["p"])[0][0] == 0)


def _said_place(text: str) -> tuple[str, str] | None:
    """The place a correcting clause says, after its words of correction ("其实是湖州", "哦不，是德清的厂")."""
    if _denies_place(text):
        return None  # "不是杭州": the place denied, not the one said
    m = _IN_FACT.match(text) or _CORRECTING_NO.match(text)
    return _bare_place(text[m.end():] if m else text)


def _corrects(text: str, today: dt.date, before: str = "") -> bool:
    """Does the clause ``text`` correct what the message said before it: a word of correction ("不对", "记错了"),
    a bare "哦不", 其实 before a count or a date ("其实是四年", "其实是18年来的"), or a place said right after the
    clause ``before`` denied one ("不是杭州，是湖州的厂")?"""
    if before and _denies_place(before) and _bare_place(text):
        return True
    if self_corrects(text):  # "不对，我记错了", "哦说错了", "我算错了", "口误"
        return not re.search(r"[不没]对(?:吗|么|吧)", text)
    if _CORRECTING_NO.fullmatch(text):
        return True
    m = _IN_FACT.match(text)
    if m and inside(text[m.end():] if m.end() else text):
        return False  # "其实中间有三年去开了饭店": time inside the count said before, not a new count (extract.gaps)
    return bool(m and m.end() and (durations(mask(text[m.end():])) or start_span(mask(text[m.end():]), today)
                                   or _bare_place(text[m.end():])))  # "其实是湖州": a place corrects a place


def _corrected_at(segs, today: dt.date) -> int:
    """The index of the clause that corrects an earlier one in the same message, or 0 (none, or at the start). Of
    correcting clauses said in a row ("其实是四年，我算错了"), the first: the value is in it."""
    last = max((i for i, s in enumerate(segs) if i and _corrects(s.text, today, segs[i - 1].text)), default=0)
    while last > 1 and _corrects(segs[last - 1].text, today, segs[last - 2].text):
        last -= 1
    if last > 1 and _denies_place(segs[last - 1].text):
        last -= 1  # "不是杭州，是湖州的厂": the denial belongs with the place said in its stead
    return last


_COUNTS = ("years_in_field", "_floor_years_in_field", "years_full_time_in_hangzhou", "years_full_time_in_zhejiang")


def _recount(before: dict[str, list], after: dict[str, list], segs) -> dict[str, list]:
    """"干了8年……不对，是10年": a bare count after the correction, where the part before it counted one thing, is
    that thing's count (read alone, a count with no work and no place counts nothing)."""
    counted = [f for f in _COUNTS if before.get(f)]
    spans = [d for s in segs if s.asserts for d in durations(mask(s.text))]
    if not counted or len({before[f][-1] for f in counted}) != 1 or len(spans) != 1:
        return after  # nothing counted before, several different counts, or no one count after
    out = {k: list(v) for k, v in after.items()}
    for field in counted:  # "在杭州做软件开发，干了8年": the one count was the trade's and Hangzhou's
        if not out.get(field):
            add_years(out, field, spans[0])
    return out


_STARTS = ("hangzhou_full_time_start", "_zj_start", "_field_start")
_CORRECTION_REACH = 4  # the correction's words ("不对", "记错了") and the clause with the value said after them
_SHORT_DATE = 10  # "是〇二年进的厂": a clause that says the date and little else


# a clause that tells a birth ("我1975年生", "85年的人", "属猪"): a date corrected right after it is the birth year
_TELLS_BIRTH = re.compile(r"生|岁|属[鼠牛虎兔龙蛇马羊猴鸡狗猪]|[0-9〇零一二三四五六七八九]年的$")


def _restart(before: dict[str, list], after: dict[str, list], segs, today: dt.date,
             corrected: str = "") -> dict[str, list] | None:
    """"2017年来的杭州，哦不，是2018年", "我是85年的，哦不，86年": a bare date after the correction, where the part
    before it said one start (of work in Hangzhou, in Zhejiang, in the trade: all of them where one clause said them
    together) or a birth year, is that date; read alone it places nothing. A date corrects a date: "19年来的杭州，
    其实是20年" is 2020, not twenty years. None when the correction is not one of a date."""
    started = [f for f in _STARTS if before.get(f)]
    born = bool(before.get("_birth")) and not after.get("_birth") and not after.get("_age")
    if born and started and not _TELLS_BIRTH.search(corrected):
        born = False  # "我1975年生，…一二年进的厂，不对，是〇二年": the start said last is corrected, not the birth
    if any(after.get(f) for f in _STARTS) or not born and (not started or len({before[f][-1] for f in started}) != 1):
        return None
    said = [mask(s.text) for s in segs if s.asserts and start_span(mask(s.text), today)]
    if len(said) > 1:  # "…不对，记错了，是〇二年，2016年那会儿还在一线": the date said with the correction corrects,
        # those of the message going on are other things' (a short clause among the correction's first few)
        said = [t for t in (mask(s.text) for s in segs[:_CORRECTION_REACH] if s.asserts)
                if start_span(t, today) and len(t) <= _SHORT_DATE][:1]
    if len(said) != 1:
        return None
    out = {k: v for k, v in after.items() if k not in _COUNTS}  # "20年" read as a count, alone
    if born:
        out["_birth"] = [(int(start_span(said[0], today)[0][:4]), None)]
        return out
    for field in started:
        add_start(out, field, said[0], today)
    return out


# a clause that only names a place, perhaps as the unit's ("是湖州", "在嘉兴那边", "是桐乡的厂")
_PLACE_ONLY = re.compile(r"^(?:是|就是|应该是)?(?:在)?(?P<p>[\u4e00-\u9fff]{2,6}?)(?:市|区|县)?(?:的)?(?:那边|这边|那里|的厂|厂里|的公司|的单位)?(?:的)?$")


def _bare_place(text: str) -> tuple[str, str] | None:
    """The city and province a clause that only names a place names ("是湖州", "在嘉兴那边"), or None."""
    m = _PLACE_ONLY.match(text)
    places = {(city, province) for _, _, city, province in cities_in(m["p"])} if m else set()
    return places.pop() if len(places) == 1 and cities_in(m["p"])[0][0] == 0 else None


_HZ_PLACED = ("years_full_time_in_hangzhou", "hangzhou_full_time_start", "_hz_span_start")


def _replace_place(before: dict[str, list], after: dict[str, list], segs, earlier=()) -> dict[str, list]:
    """"在杭州上班，哦不对，是湖州", "之前说在杭州，其实是湖州": a bare place after the correction, where the part
    before it placed the work in one city, or named one (``earlier``, its clauses: "之前说在杭州" reports the place
    said in an earlier turn), is the work's place; read alone ("是湖州") it places nothing."""
    # (the place denied in the correction, "不是杭州，是湖州", is one named too)
    named = {c for s in (*earlier, *(s for s in segs[:3] if _denies_place(s.text)))
             for *_, c, _p in cities_in(mask(s.text))}
    if len(set(before.get("employer_city", []))) != 1 and (before.get("employer_city") or len(named) != 1):
        return after
    place = next((c for s in segs[:3] if s.asserts and (c := _said_place(s.text))), None)
    if place is None:
        return after
    before = {**before, "employer_city": before.get("employer_city") or list(named)}
    out = {**after, "employer_city": [place[0]]}
    if before["employer_city"][0] == "杭州" and place[0] != "杭州":
        # "在余杭做模具八年了，哦不，是德清的厂": the years the corrected place placed are the new place's
        out.update({f: [] for f in _HZ_PLACED if before.get(f)})
        if before.get("_prior"):  # its spans were placed by the corrected place
            out["_prior"] = list(after.get("_prior", [])) + [p._replace(city=place[0], zj=place[1] == "浙江省")
                                                             if p.city == "杭州" else p for p in before["_prior"]]
        if place[1] == "浙江省" and before.get("years_full_time_in_hangzhou") and not after.get("years_full_time_in_zhejiang"):
            out["years_full_time_in_zhejiang"] = list(before["years_full_time_in_hangzhou"])
    return out


def _corrected(before: dict[str, list], after: dict[str, list]) -> dict[str, list]:
    """The candidates of a message that corrects itself: those said after the correction, and those before it
    about any other field."""
    said_after = {_family(f) for f in after}
    return {**{f: v for f, v in before.items() if _family(f) not in said_after}, **after}


def _early_end(candidates: dict, profile: dict, derived: set[str], today: dt.date) -> dict:
    """{year count: (earliest, latest start month)} for the counts read from a start whose month is open."""
    from assistant.extract.resolve import since

    early: dict = {}
    births = list(dict.fromkeys(candidates.get("_birth", [])))
    if len(births) == 1 and births[0][1] is None and not candidates.get("_age") \
            and profile.get("birth_date") == f"{births[0][0]}-01":  # "1956年生": January to December
        early["birth_date"] = (f"{births[0][0]}-01", f"{births[0][0]}-12")
    stretches = list(dict.fromkeys(candidates.get("_age_stretch", [])))
    if not births and not candidates.get("_age") and len(stretches) == 1 and profile.get("birth_date"):
        youngest = dt.date(today.year - stretches[0][0], today.month, 1)  # born this month that many years ago
        early["birth_date"] = (profile["birth_date"], f"{youngest.year}-{youngest.month:02d}")
    for count, source in (("years_full_time_in_hangzhou", "hangzhou_full_time_start"),
                          ("years_full_time_in_zhejiang", "_zj_start"), ("years_in_field", "_field_start")):
        firsts = list(dict.fromkeys(candidates.get("_early" + source, [])))
        lasts = list(dict.fromkeys(candidates.get(source, [])))
        if len(firsts) != 1 or len(lasts) != 1 or firsts == lasts or count not in derived \
                or abs(profile.get(count, -1) - since(lasts[0], today)) > 1e-6:
            continue  # no open month, or the count in the profile was not read from this start
        early[count] = (firsts[0], lasts[0])
    for count in ("years_in_field", "years_full_time_in_hangzhou", "years_full_time_in_zhejiang"):
        days = list(dict.fromkeys(candidates.get("_day_range_" + count, [])))
        if len(days) == 1 and abs(days[0][1] - profile.get(count, -1)) < 1e-6:
            early[count] = days[0]  # "去年十一月底": (from the 25th, from the 30th), the most first like a start
            continue
        ranges = [r for r in dict.fromkeys(candidates.get("_range_" + count, [])) if count not in derived
                  and abs(r[0] - profile.get(count, -1)) < 1e-6]
        if len(ranges) == 1:
            early[count] = (ranges[0][2], ranges[0][1])  # "二十多年": (29.99, 20.0), the top first like a start
    return early


def _key(item) -> str:
    return json.dumps(item, sort_keys=True, ensure_ascii=False)


def merge_profiles(old: dict, new: dict) -> dict:
    """A session's profile after a new turn: new facts fill in or override old ones; lists are merged
    without duplicates (old items first); free text about apprentices is appended. Neither input changes."""
    merged = {k: v for k, v in (old or {}).items() if v is not None}
    for field, value in (new or {}).items():
        if value is None:
            continue
        if field in LIST_FIELDS and isinstance(value, list):
            kept = merged.get(field) or []
            items = [kept] if isinstance(kept, str) else list(kept)  # one item written as a string
            seen = {_key(i) for i in items}
            for item in value:
                if _key(item) not in seen:
                    items.append(item)
                    seen.add(_key(item))
            merged[field] = items
        elif field in _APPENDED_TEXT and merged.get(field):
            if str(value) not in str(merged[field]):
                merged[field] = f"{merged[field]}；{value}"
        else:
            merged[field] = value
    if out_of_work((new or {}).get("employer_type"), (new or {}).get("employment")) \
            and merged.get("employment") in _HELD_JOB:
        # "现在在家 还在找工作" after "我在湖州丝绸厂做印花": being out of work now supersedes the job an earlier turn
        # implied (a freelancer or a retiree says so, and is kept)
        del merged["employment"]
    return merged


_HELD_JOB = ("full_time", "part_time")
