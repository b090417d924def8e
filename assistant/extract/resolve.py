"""Turn the readers' candidates into one profile: settle fields said more than once, find contradictions.

Rules: a scalar said twice with different values is dropped (and, for age, birth year, years and union
membership, named as a contradiction for the chat to ask about); employment keeps the most restrictive status;
skill level keeps the highest level held; lists keep each item once, in order. Years that exceed age − 16
contradict the age, and both are dropped. Hangzhou years imply Zhejiang years: they are copied to
``years_full_time_in_zhejiang`` (when that is not said) only if they reach 1 year, the only Zhejiang-years
threshold in the notices (浙派工匠 "在浙全职工作 1年以上"); below it a lower bound could wrongly fail a person
who also worked elsewhere in Zhejiang.
"""

from __future__ import annotations

import datetime as dt
import json

from assistant.extract.gaps import Gap
from assistant.extract.patterns import EMPLOYMENT_PRIORITY, MESSAGES, YEAR_FIELD_WORDS
from assistant.extract.people import Candidates, birth_month_for_age, full_years
from assistant.extract.returns import fold_return
from assistant.extract.years import PriorSpan
from assistant.profile import LIST_FIELDS, SKILL_LEVELS

__all__ = ["against_known", "resolve", "since"]

ZHEJIANG_IMPLIED_MIN = 1.0
YEAR_FIELDS = tuple(YEAR_FIELD_WORDS)


def _unique(values: list) -> list:
    seen, out = set(), []
    for value in values:
        key = json.dumps(value, sort_keys=True, ensure_ascii=False)
        if key not in seen:
            seen.add(key)
            out.append(value)
    return out


def _age_range(year: int, month: int | None, today: dt.date) -> tuple[int, int]:
    """(youngest, oldest) full-year age today for someone born in that year (and month)."""
    first = dt.date(year, month or 1, 1)
    last = dt.date(year, 12, 31) if month is None else (dt.date(year + month // 12, month % 12 + 1, 1)
                                                          - dt.timedelta(days=1))
    return full_years(last, today), full_years(first, today)


def _birth(c: Candidates, today: dt.date, notes: list[str]) -> tuple[str | None, int | None]:
    """birth_date and the oldest age it allows (for the years check)."""
    ages = _unique(c.get("_age", []))
    births = _unique(c.get("_birth", []))
    if len(ages) > 1:
        notes.append(MESSAGES["two_ages"].format(a=ages[0], b=ages[1]))
        return None, None
    years = _unique([y for y, _ in births])
    months = _unique([m for _, m in births if m is not None])
    if len(years) > 1 or len(months) > 1:
        notes.append(MESSAGES["two_births"].format(a=years[0], b=years[-1]) if len(years) > 1
                     else MESSAGES["two_births"].format(a=f"{years[0]}年{months[0]}月", b=f"{years[0]}年{months[1]}月"))
        return None, None
    if births:
        year, month = years[0], (months[0] if months else None)
        youngest, oldest = _age_range(year, month, today)
        if ages and not youngest <= ages[0] <= oldest:
            notes.append(MESSAGES["age_birth"].format(age=ages[0], year=year))
            return None, None
        return f"{year}-{month or 1:02d}", (ages[0] if ages else oldest)
    if ages:
        return birth_month_for_age(ages[0], today), ages[0]
    stretches = _unique(c.get("_age_stretch", []))
    if len(stretches) == 1:  # "今年五十出头": the oldest birth month it allows; extract keeps the youngest as its end
        return birth_month_for_age(stretches[0][1], today), stretches[0][1]
    return None, None


def _scalar(values: list, field: str):
    values = _unique(values)
    if field == "employment":
        if set(values) == {"part_time", "full_time"}:
            return "full_time"  # a full-time job and a part-time one beside it: the main job is full time
        ranked = [v for v in EMPLOYMENT_PRIORITY if v in values]
        return ranked[0] if ranked else None
    if field == "skill_level":
        return max(values, key=SKILL_LEVELS.index) if values else None
    if field == "rehired":
        return True if True in values else (False if values == [False] else None)  # "也不是返聘": said not
    return values[0] if len(values) == 1 else None


def resolve(c: Candidates, today: dt.date) -> tuple[dict, list[str], set[str]]:
    """The profile (contract fields only, JSON-ready), the contradictions found, and the fields that were
    derived rather than read (``facts_as_of``, an implied ``years_full_time_in_zhejiang``)."""
    notes: list[str] = []
    derived: set[str] = set()
    profile: dict = {}
    _gaps_in_counts(c)
    birth_date, age = _birth(c, today, notes)
    if birth_date:
        profile["birth_date"] = birth_date
    union = _unique(c.get("union_member", []))
    if len(union) > 1:
        notes.append(MESSAGES["union"])
    # Judgements on the description (assistant.language) decide where the keyword tables did not, and the
    # role classifier outranks the table ("车间主任主要管人" is management although 车间 names the shop floor).
    if c.get("_exec_hands"):  # "技术副总，还经常下车间": a company head with hands on the work is asked (extract.roles)
        for key in ("role_type", "_role_now", "_role_judged", "_role_described"):
            c.pop(key, None)
    if c.get("_role_now"):  # "原来…炉前工，…现在在办公室收物业费": the post dated to now is the present one
        c["role_type"] = _unique(c["_role_now"])[-1:]
    elif c.get("_role_judged"):
        c["role_type"] = _unique(c["_role_judged"])[-1:]
    elif not c.get("role_type") and len(_unique(c.get("_role_described", []))) == 1:
        c["role_type"] = c["_role_described"][:1]  # "天天在流水线上": what one does, where no post is named
    elif c.get("_role_open") and not c.get("_role_described"):
        c.pop("role_type", None)  # "车间的技术主管": a technical head, hands on or not, is asked (extract.roles)
    # a judgement on a named occupation (当挡车工) outranks one on the object of some other clause (做点直播)
    judged = c.get("_digital_of_occupation") or c.get("_digital_judged")
    if judged and not c.get("is_digital_economy") and not c.get("_digital_open"):  # 醋厂的PLC编程 (extract.people)
        c["is_digital_economy"] = _unique(judged)[-1:]
    if c.get("_out_of_work") and not c.get("employment") and not c.get("_self_employed"):
        # "辞职了，在找工作": no employer and no work of one's own (extract.idle); a job inferred from the work
        # described, or 全职 said of it, is the job left
        c["employer_type"] = ["none"]
        for inferred in ("_employed", "_employed_inferred", "_full_time_word", "_main_job"):
            c.pop(inferred, None)
    if c.get("_self_employed") and not c.get("employment"):
        c["employment"] = ["freelance"]  # "自己接订单做旗袍", "在家接活": taking one's own orders, for no employer
    if (c.get("_employed") or c.get("_employed_inferred")) and not c.get("employment") and not set(c.get("employer_type", [])) & {
            "public_institution", "soe", "government_agency"}:
        c["employment"] = ["full_time"]  # working at a company now; a 事业单位/国企 post may be a leader's
    if c.get("_full_time_word") and (c.get("employment") or not set(c.get("employer_type", [])) & {
            "public_institution", "soe"}):
        # "在杭州全职": full time, as said beside any other status; alone in a 事业单位/国企 a leader's post is open
        c["employment"] = [*c.get("employment", []), *["full_time"] * len(c["_full_time_word"])]
    if c.get("_main_job") and set(c.get("employment", [])) <= {"part_time"}:
        c["employment"] = ["full_time"]  # "主业在绍兴…来杭州兼职": the main job is the one the programmes ask about
    if c.get("_hz_now") and (not c.get("employer_city") or "杭州" in c["employer_city"] or not c.get("_seat_said")):
        # "今年刚来杭州", "2019年来的杭州": the start of the present job places it, over a city worked in before it
        # ("在义乌干了三年，去年来的滨江": no place is named after the move); only the employer's seat said outright
        # ("公司注册在嘉兴") outranks it
        c["employer_city"] = ["杭州"]
    _timeline(c)
    _stints(c, today)
    if c.get("_no_skill") and not c.get("skill_level"):
        c["skill_level"] = ["none"]
    sitting = [t for t in _unique(c.get("_sitting_level", [])) if t in SKILL_LEVELS[2:6]]
    if sitting and not c.get("skill_level"):
        # "技师还在考" with no level said as held: levels are sat one after another (rounds.profile_for reads a
        # level reached later the same way), so the one below the lowest level sat for is the level held
        c["skill_level"] = [SKILL_LEVELS[min(SKILL_LEVELS.index(t) for t in sitting) - 1]]
    tops = _unique(c.get("_top_level", []))
    held = _scalar(c["skill_level"], "skill_level") if c.get("skill_level") else None
    if len(tops) == 1 and held and held != "none" and not c.get("is_highest_level_of_occupation"):
        # "我是高级技师，本职业最高就到高级技师了": the level held is the top one said, or below it
        c["is_highest_level_of_occupation"] = [SKILL_LEVELS.index(held) >= SKILL_LEVELS.index(tops[0])]
    tried = [t for t in _unique(c.get("_tried_level", [])) if t in SKILL_LEVELS]
    if tried and held and held in SKILL_LEVELS and not c.get("is_highest_level_of_occupation") \
            and any(SKILL_LEVELS.index(t) > SKILL_LEVELS.index(held) for t in tried):
        c["is_highest_level_of_occupation"] = [False]  # "高级工证，技师考了两回没考过": a higher level exists
    trades = _unique(c.get("_graded_trade", []))
    if trades and held in SKILL_LEVELS[1:5] and not tops and not c.get("is_highest_level_of_occupation"):
        # "制冷工技师": a trade whose national standard goes up to 高级技师 (extract.graded_trades); the answer says so
        c["is_highest_level_of_occupation"] = [False]
        c["_graded_below"] = trades[:1]
    fold_return(c)  # "一七年在杭州…二二年又回到杭州": the return is the start, the first stay its other end
    for field in ("nationality", "employer_type", "rehired", "union_member", "employer_city", "employment",
                  "role_type", "skill_level", "is_highest_level_of_occupation", "is_digital_economy", "occupation",
                  "hangzhou_full_time_start", "conduct", "retired_on"):
        if c.get(field):
            value = _scalar(c[field], field)
            if value is not None:
                profile[field] = value
    if profile.get("employment") != "retired":
        profile.pop("retired_on", None)  # the date of a retirement the profile does not hold
    _drop_past_counts(c)
    # a floor read from a past job's stay ("2004年到2010年在杭州当电工") gives way to a start said of the present work,
    # as a count of a past job does (_drop_past_counts)
    past = set(_unique(c.get("_past_field", []))) if c.get("_field_start") else set()
    floor = max((v for v in _unique(c.get("_floor_years_in_field", [])) if v not in past), default=None)
    if floor is not None and not c.get("years_in_field"):
        c["years_in_field"] = [floor]  # "在富阳干了12年一线": the trade's years, at least those in Hangzhou
        c["_range_years_in_field"] = c.get("_range__floor_years_in_field", [])
    for field in YEAR_FIELDS:
        values = _unique(c.get(field, []))
        if len(values) > 1:
            notes.append(MESSAGES["two_years"].format(what=YEAR_FIELD_WORDS[field], a=_num(values[0]),
                                                      b=_num(values[1])))
        elif values and age is not None and values[0] > age - 16:
            notes.append(MESSAGES["years_age"].format(what=YEAR_FIELD_WORDS[field], years=_num(values[0]), age=age))
            profile.pop("birth_date", None)
        elif values:
            profile[field] = values[0]
    _count_against_start(c, profile, notes, today)
    # A start month said outright outranks a span read around it (the span may belong to the job, not the place).
    start = profile.get("hangzhou_full_time_start")
    if start:
        profile["years_full_time_in_hangzhou"] = since(start, today)
        derived.add("years_full_time_in_hangzhou")
        _to_the_day(c, profile, "hangzhou_full_time_start", "years_full_time_in_hangzhou", start, today)
    elif c.get("_hz_none") and "years_full_time_in_hangzhou" not in profile:
        # "从没在杭州全职过", "在杭州兼职，全职在绍兴"; the checker reads 0 in Hangzhou as no floor for Zhejiang
        profile["years_full_time_in_hangzhou"] = 0.0
    spanned = _span_years(c, profile, derived, today, bool(start))
    if start or spanned:  # "以前在嘉兴做了三年，现在在萧山…，2018年干到现在": the span adds to the years before it
        _before_the_move(c, profile, start or spanned, today, derived)
    zj_starts = _unique(c.get("_zj_start", []))
    if len(zj_starts) == 1 and not start:
        # as in Hangzhou, a start said outright outranks a span read around it ("16年回的浙江，在金华做了两年"),
        # and spans said to be before it add to it ("之前在绍兴做了三年，2021年来的宁波")
        before = _only_before(c, profile.get("years_full_time_in_zhejiang"))
        profile["years_full_time_in_zhejiang"] = since(zj_starts[0], today)
        derived.add("years_full_time_in_zhejiang")
        _to_the_day(c, profile, "_zj_start", "years_full_time_in_zhejiang", zj_starts[0], today)
        if before:
            _before_the_move(c, profile, zj_starts[0], today, derived, hangzhou=False)
    field_starts = _unique(c.get("_field_start", []))
    if len(field_starts) == 1 and "years_in_field" not in profile:
        profile["years_in_field"] = since(field_starts[0], today)
        derived.add("years_in_field")
        _to_the_day(c, profile, "_field_start", "years_in_field", field_starts[0], today)
    if floor is not None and profile.get("years_in_field", floor) < floor - 1e-6 \
            and profile.get("years_full_time_in_hangzhou", floor) >= floor - 1e-6:
        # fewer years in the trade than in the same trade in Hangzhou: one of the two is wrong; ask, don't pick
        notes.append(MESSAGES["field_below_hz"].format(a=_num(profile.pop("years_in_field")), b=_num(floor)))
        profile.pop("years_full_time_in_hangzhou", None)
        derived.discard("years_in_field")
    _gaps_in_starts(c, profile, derived)
    hz = profile.get("years_full_time_in_hangzhou")
    if hz is not None and (hz >= ZHEJIANG_IMPLIED_MIN or c.get("_from_outside_zj")) \
            and not c.get("years_full_time_in_zhejiang"):  # "之前一直在安徽，今年3月才来杭州": Zhejiang's years too
        # time away inside the stay spent elsewhere in Zhejiang ("中间有两年派到义乌") left Hangzhou's years, not these
        kept = sum(g.years for g in (Gap(*x) for x in _unique(c.get("_gap", []))) if g.zj and not g.stayed)
        profile["years_full_time_in_zhejiang"] = round(hz + kept, 2)
        derived.add("years_full_time_in_zhejiang")
    if "years_full_time_in_zhejiang" not in profile and _works_outside_zhejiang(c, profile):
        # "一直在苏州一家厂", "派在合肥的项目部": the present work is outside the province, so no full-time work in
        # Zhejiang runs now (浙派 在浙全职工作1年以上); a count or start said in Zhejiang keeps its own reading
        profile["years_full_time_in_zhejiang"] = 0.0
        derived.add("years_full_time_in_zhejiang")
    if any(f in profile for f in YEAR_FIELDS):
        profile["facts_as_of"] = today.isoformat()
        then = _unique(c.get("_then_year", []))
        # a start said, however loosely ("八几年进的厂": _floor_start), counts to today, not to that year
        counted = any(c.get(f) for f in c if "start" in f)
        if len(then) == 1 and then[0] < today.year and not counted:
            # "2016年首届杭州工匠，我那年42岁，…在杭州当厨师17年": the message speaks as of that year
            profile["facts_as_of"] = f"{then[0]}-06-30"
        derived.add("facts_as_of")
    for field in LIST_FIELDS:
        if c.get(field):
            profile[field] = _unique(c[field])
    if profile.get("achievements") and c.get("_no_achievements") and c.get("_denial_said"):
        # "这些年就是跟着项目跑，没搞出过啥名堂": the denial is kept beside the rest, so the checker reads the rest as
        # told after a no (docs/verdict-policy.md: 已说"没有"之后又说了别的业绩), not as the whole of the achievements
        said = profile["achievements"]
        profile["achievements"] = [*said, *(t for t in _unique(c["_denial_said"]) if not any(t in a for a in said))]
    if "achievements" not in profile and c.get("_no_achievements") and c.get("_denial_said"):
        # "革新没搞过": a denial naming only some kinds is kept as said, so the checker denies those kinds and no others
        kept = _unique(c["_denial_said"])
        if _kind_scoped(kept):
            profile["achievements"] = kept
    if (profile.get("achievements") or c.get("_no_achievements")) and c.get("_certificates"):
        # "标准和革新都没搞过 证书就一个软考高级": a certificate named beside the achievements told or denied is one of
        # them, for the certificate condition to judge, as is one beside "别的没有" (the rest denied); said alone ("我有华为HCIE认证，算不算…") it does not make the
        # achievements told, which would close every other condition
        said = profile.get("achievements") or []
        profile["achievements"] = [*said, *(t for t in _unique(c["_certificates"]) if not any(t in a for a in said))]
    for flag, field in (("_no_achievements", "achievements"), ("_no_awards", "awards"),
                        ("_no_competitions", "competition_results")):
        if field not in profile and c.get(flag):
            profile[field] = []  # said to have none: a fact, unlike saying nothing
    if "competition_results" not in profile and c.get("_no_prizes"):
        # "奖从来没拿过": no placing either, read from the prize (a first place is one), not said of the contests, so
        # it does not replace a placing told in an earlier turn (chat.case.dialogue)
        profile["competition_results"] = []
        derived.add("competition_results")
    if "trained_apprentices" not in c and c.get("_no_apprentices"):
        profile["trained_apprentices"] = "无"
    if "union_member" not in profile and c.get("_union_has") and not c.get("_no_union_at_work"):
        profile["union_member"] = True  # "工会，有的": the union named, then only yes
    if "union_member" not in profile and c.get("_no_union_at_work"):
        profile["union_member"] = False  # no union where one works: not a member there (said back, extract._readings)
    if "prior_titles" not in profile and c.get("_no_titles"):
        profile["prior_titles"] = []  # said to hold none: a fact, unlike saying nothing
    if c.get("trained_apprentices"):
        texts = _unique(c["trained_apprentices"])  # a run inside a longer one of the same words is said once
        profile["trained_apprentices"] = "；".join(t for t in texts if not any(t != o and t in o for o in texts))
    return profile, notes, derived


def _works_outside_zhejiang(c: Candidates, profile: dict) -> bool:
    """Where the asker works day to day is outside Zhejiang: the place posted to when said apart from the employer
    ("总部在杭州，人派在合肥"), else the employer's city, else the province of a work clause naming no city the
    gazetteer holds ("在江苏昆山的台资厂")."""
    from assistant.extract.places import outside_zhejiang

    posted = c.get("_posted_city") or []
    place = posted[-1][1] if posted else profile.get("employer_city") or (c.get("_work_province") or [None])[-1]
    return outside_zhejiang(place)


_HZ_STARTS = ("hangzhou_full_time_start", "_earlyhangzhou_full_time_start", "_hz_span_start", "_hz_returned",
              "_range_years_full_time_in_hangzhou", "_place_carried")


def _timeline(c: Candidates) -> None:
    """A work history read as dated stays (``extract.timeline``) outranks the readers of one start or one count: the
    present workplace is the history's last place, or the one said to be now ("2019年来的杭州，现在在嘉兴上班"; only
    the employer's seat said outright outranks it), and the years in Hangzhou (Zhejiang) are summed over its stays
    ("2014年在杭州，2019年去了苏州待了五年，前年十月又回了余杭": 5 + 2.1, not 11.9 since 2014). A stay in Hangzhou that
    ended at a time not said leaves its years unknown, to be asked."""
    cities = _unique(c.get("_timeline_city", []))
    if len(cities) == 1 and not c.get("_seat_said"):
        c["employer_city"] = cities
    hz = _unique(c.get("_timeline_hz", []))
    first = _unique(c.get("_timeline_hz_start", []))
    if len(first) == 1 and len(hz) != 1 and not c.get("_timeline_hz_open"):
        # moves within Hangzhou ("〇一年进萧山…一七年跳到滨江"): one stay from the first start, kept as a start
        for key in _HZ_STARTS:
            c.pop(key, None)
        c["hangzhou_full_time_start"] = first
    hz = _unique(c.get("_timeline_hz", []))
    if len(hz) == 1 or c.get("_timeline_hz_open"):
        for key in _HZ_STARTS:
            c.pop(key, None)
        c["years_full_time_in_hangzhou"] = hz[:1] if len(hz) == 1 else []
        if c.get("_timeline_hz_open"):
            c.pop("years_full_time_in_hangzhou", None)
    field = _unique(c.get("_timeline_field", []))
    counts = _unique(c.get("years_in_field", []))
    if not field and len(_unique(c.get("occupation", []))) == 1:
        # the stays name no trade, the message names one ("做西装定制的裁缝"): the stays are that trade's
        field = _unique(c.get("_timeline_worked", []))[:1] if len(_unique(c.get("_timeline_worked", []))) == 1 else []
    if len(field) == 1 and all(v <= field[0] + 1e-6 for v in counts):
        # the trade's years over the stays, of which a count said of one stay ("去苏州干了两年") is a part
        for key in ("_field_start", "_early_field_start", "_range_years_in_field", "_floor_years_in_field",
                    "_floor_start"):
            c.pop(key, None)
        c["years_in_field"] = field
    zj = _unique(c.get("_timeline_zj", []))
    if len(zj) == 1:
        for key in ("_zj_start", "_early_zj_start", "_zj_span_start", "_range_years_full_time_in_zhejiang"):
            c.pop(key, None)
        c["years_full_time_in_zhejiang"] = zj


# (the stints' candidate, the count it gives, the timeline's own, the readers' starts and ranges it replaces)
_STINT_FIELDS = (
    ("_stint_field", "years_in_field", "_timeline_field",
     ("_field_start", "_early_field_start", "_range_years_in_field", "_floor_years_in_field", "_floor_start",
      "_past_field", "_field_start_placed")),
    ("_stint_hz", "years_full_time_in_hangzhou", "_timeline_hz", _HZ_STARTS),
    ("_stint_zj", "years_full_time_in_zhejiang", "_timeline_zj",
     ("_zj_start", "_early_zj_start", "_zj_span_start", "_range_years_full_time_in_zhejiang")),
)


def _stints(c: Candidates, today: dt.date) -> None:
    """A working life told as two stints or more (``extract.stints``) outranks the readers of one count or one start,
    which take one stint's length or one move's start for the whole ("做了三年厨师后来转行做数控，数控做了七年": 7 in
    the trade; "在宁波干了四年，后来到绍兴又干了三年，今年去的湖州": 7.x in Zhejiang, not 3); a dated history the
    timeline reads, time away inside a stay (the gaps reader's) and a denial of Hangzhou work keep theirs. One stint
    alone is the other readers', and a story that agrees with them leaves their reading (and its start month). A floor
    (the earliest stint of the trade has no length) stands only above every count said."""
    story = bool(c.get("_stint_story"))
    for key, field, timeline, replaced in _STINT_FIELDS:
        said = _unique(c.get(key, []))
        if len(said) != 1 or c.get(timeline) or c.get("_gap") or field != "years_in_field" and c.get("_hz_none"):
            continue
        if not story:
            continue  # one stint is the other readers'
        start = {"years_in_field": "_field_start", "years_full_time_in_hangzhou": "hangzhou_full_time_start",
                 "years_full_time_in_zhejiang": "_zj_start"}[field]
        # "之前在绍兴做了三年，2021年来的宁波": the readers add the years said before the move to it (_before_the_move)
        here = (lambda p: p.zj) if field == "years_full_time_in_zhejiang" else (lambda p: p.city == "杭州")
        before = sum(p.years for p in _unique(c.get("_prior", [])) if p.before and here(p))
        dated = [round(since(m, today) + before, 2) for m in _unique(c.get(start, []))]
        # a place's counts beside its start may be a stint's, which the start's reading adds (_before_the_move)
        if field != "years_in_field" and (dated or c.get("hangzhou_full_time_start") or c.get("_zj_start")):
            continue  # a start said for the place is the readers' (its month dates the count at each programme's day)
        known = _unique(c.get(field, [])) + dated
        if field == "years_in_field":  # a floor read from one stint's place ("在杭州干了三年快递") is no floor of the
            c.pop("_floor_years_in_field", None)  # trade the story names ("这两年在跑滴滴")
            c.pop("_range__floor_years_in_field", None)
        if known and all(abs(v - said[0]) < 0.1 for v in known):
            continue  # the readers agree with the story: theirs keep the start month
        for k in replaced:
            c.pop(k, None)
        c[field] = said
    floor = _unique(c.get("_stint_field_floor", []))
    if len(floor) == 1 and story and not c.get("_timeline_field") \
            and all(v < floor[0] for v in _unique(c.get("years_in_field", []))):
        for k in _STINT_FIELDS[0][3]:
            c.pop(k, None)
        c["years_in_field"] = floor  # "最早在河南老家的机修厂，零九年到了萧山，还是干机修": at least since the move
    over = _unique(c.get("_stint_field_over", []))
    counts = _unique(c.get("years_in_field", []))
    before = any(p.before and p.work for p in _unique(c.get("_prior", [])))  # added to the move's years (the same trade)
    if len(over) == 1 and story and not before and not c.get("_timeline_field"):
        c.pop("_floor_years_in_field", None)  # a place's count of another stint ("在杭州干了三年快递") is no floor
        c.pop("_range__floor_years_in_field", None)
    if len(over) == 1 and story and not before and not c.get("_timeline_field") and counts \
            and all(v < over[0] for v in counts):
        c["years_in_field"] = over  # a count below the trade's own stints was an earlier stint's
        for k in ("_range_years_in_field", "_floor_years_in_field", "_range__floor_years_in_field"):
            c.pop(k, None)
    city = _unique(c.get("_stint_city", []))
    earlier = set(c.get("_stint_cities", [])[:-1])
    if len(city) == 1 and story and not c.get("_seat_said") and not c.get("_timeline_city") and (
            set(c.get("employer_city", [])) - set(city) <= earlier - set(city)):
        c["employer_city"] = city  # the last stint's place, over a city only worked in before it
    trade = _unique(c.get("_stint_trade", []))
    if len(trade) == 1 and story and c.get("occupation") and trade[0] not in c["occupation"]:
        from assistant.extract.judge import digital_occupation

        c["occupation"] = trade  # the trade turned to, not the one left
        c.pop("_digital_of_occupation", None)
        judged = digital_occupation(trade[0])
        if judged is not None:
            c["_digital_of_occupation"] = [judged]


def _gap_fields(gap: Gap) -> tuple[str, ...]:
    """The counts a gap is taken from: the place's unless one stayed there at other work, Zhejiang's unless the time
    was spent elsewhere in Zhejiang, the trade's when no work or other work was done then."""
    trade = ("years_in_field", "_floor_years_in_field")
    if gap.stayed:  # other work in the same place
        return trade
    fields = ("years_full_time_in_hangzhou",) + (() if gap.zj else ("years_full_time_in_zhejiang",))
    return fields + (trade if gap.idle else ())


def _gaps_in_counts(c: Candidates) -> None:
    """"在杭州干了十一年，中间有两年被派到义乌": the count said before the gap, less the gap (``extract.gaps``)."""
    for gap in _unique(c.get("_gap", [])):
        gap = Gap(*gap)
        if gap.base is None:
            continue
        for field in _gap_fields(gap):
            if not any(abs(v - gap.base) < 1e-6 for v in c.get(field, [])):
                continue
            c[field] = [round(max(0.0, v - gap.years), 2) if abs(v - gap.base) < 1e-6 else v for v in c[field]]
            key = "_range_" + field
            c[key] = [tuple(round(max(0.0, x - gap.years), 2) for x in r) if abs(r[0] - gap.base) < 1e-6 else r
                      for r in c.get(key, [])]


def _gaps_in_starts(c: Candidates, profile: dict, derived: set[str]) -> None:
    """"16年来的杭州，19年回安徽待了一年，20年又回来了": the years since the start, less the time away. The start stays
    out of the profile, since it no longer gives the count."""
    for gap in _unique(c.get("_gap", [])):
        gap = Gap(*gap)
        if gap.base is not None:
            continue
        for field in _gap_fields(gap):
            if field in derived and field in profile:
                profile[field] = round(max(0.0, profile[field] - gap.years), 2)
                if field == "years_full_time_in_hangzhou":
                    profile.pop("hangzhou_full_time_start", None)


def _span_years(c: Candidates, profile: dict, derived: set[str], today: dt.date, hz_start: bool) -> str | None:
    """"我在余杭一家厂里当安装工，从2010年干到现在": the span of a job said in one place is the years in that place,
    where neither a start nor a count of the place is said (a start said outright, "2021年才来杭州", outranks it).
    The span's start in Hangzhou, if used."""
    used = None
    for field, source, blocked in (("years_full_time_in_hangzhou", "_hz_span_start", hz_start or c.get("_hz_none")),
                                   ("years_full_time_in_zhejiang", "_zj_span_start", c.get("_zj_start"))):
        starts = _unique(c.get(source, []))
        if len(starts) == 1 and not blocked and field not in profile and not c.get(field):
            profile[field] = since(starts[0], today)
            derived.add(field)
            used = used or (starts[0] if source == "_hz_span_start" else None)
    return used


def _drop_past_counts(c: Candidates) -> None:
    """Counts of a past job ("送了三年外卖，现在当钣金工，四年了"; "之前做了四年保险销售，2020年转行做运维") are not the
    present trade's: they give way to a count or a start said of the present work. Alone they stay (the trade may
    be the same one, unsaid)."""
    past = set(_unique(c.get("_past_field", [])))
    counts = _unique(c.get("years_in_field", []))
    if not past or not counts:
        return
    now = [v for v in counts if v not in past]
    if now and len(counts) > 1:
        c["years_in_field"] = now
    elif not now and c.get("_field_start"):
        c.pop("years_in_field")
        c.pop("_range_years_in_field", None)


# A count and a start that differ by more than this are two stories, not rounding: "干了18年" against "2003年来的" (23
# years) is asked. Within it, "2015年入行，做了十年多" (10 against 10.9–11.8) is one story told loosely.
COUNT_START_SLACK = 2.0
# (count field, start candidate, the start only bounds the count from below): a start placed nowhere ("2003年来的",
# "2008年进的这个厂") says the work has gone on at least that long; more years may have come before it
_COUNTED_FROM = (("years_in_field", "_field_start", False), ("years_in_field", "_floor_start", True),
                 ("years_full_time_in_hangzhou", "hangzhou_full_time_start", False))


def _said_of_hangzhou(c: Candidates, count: float) -> bool:
    """Whether a count of years in Hangzhou was said with Hangzhou in its own clause, not carried over from an
    "always there" clause beside it (then it may be the job's span, and a start said for Hangzhou outranks it)."""
    return count not in _unique(c.get("_place_carried", []))


def _count_against_start(c: Candidates, profile: dict, notes: list[str], today: dt.date) -> None:
    """A count of years said beside a start year that gives another count: neither is kept, and the conflict is
    named for the chat to ask (the profile would otherwise hold whichever reader ran first). A correction in the
    message ("不对，其实是2009年入的行") has already dropped the words it corrects. Spans said to come before the
    start ("之前在宁波干了五年", kept as ``_prior``) add to it and are no count of it."""
    for field, source, floor_only in _COUNTED_FROM:
        starts = _unique(c.get(source, []))
        if field not in profile or len(starts) != 1 or source == "_field_start" and c.get("_field_start_placed"):
            continue  # "做这行7年，2022年来杭州一直全职": the move's start stood in for the trade's, unsaid
        count = profile[field]
        if field == "years_full_time_in_hangzhou" and not _said_of_hangzhou(c, count):
            continue  # "干软件开发这行12年了，2019年来的杭州，一直在杭州全职": the span is the job's; the start outranks it
        ranges = [r for r in _unique(c.get("_range_" + field, [])) if abs(r[0] - count) < 1e-6]
        low, high = (min(ranges[0][1:]), max(ranges[0][1:])) if ranges else (count, count)
        # "在杭州待了两年又去了深圳，21年再回的杭州": a stay in Hangzhou said before a return to it came before it too
        returned = source == "hangzhou_full_time_start" and bool(c.get("_hz_returned"))
        before = {p.years for p in _unique(c.get("_prior", [])) if p.before or returned and p.city == "杭州"}
        if count in before and source == "_field_start" and since(starts[0], today) > count + COUNT_START_SLACK:
            # "一四年毕业就开始写代码，先在老家干了三年，一七年来的杭州": the stint before the move is a part of the
            # trade's years since its own start, not their count
            profile[field] = round(since(starts[0], today), 2)
            continue
        if count in before or count == int(starts[0][:4]) % 100:
            continue  # "18年评上技师后来的杭州": the start's own two-digit year, read as a count too
        latest = since(starts[0], today)
        earliest = max([latest, *(since(e, today) for e in _unique(c.get("_early" + source, [])))])
        if high < latest - COUNT_START_SLACK or not floor_only and low > earliest + COUNT_START_SLACK:
            notes.append(MESSAGES["count_start"].format(what=YEAR_FIELD_WORDS[field], years=_num(count),
                                                        year=starts[0][:4], since=_num(round(latest))))
            profile.pop(field)
            if source == "hangzhou_full_time_start":
                profile.pop(source, None)
            c.pop(source, None)


def against_known(known: dict, new: dict, corrects: bool) -> tuple[list[str], set[str]]:
    """Across turns: a year count a conversation already holds (``known``, the session's profile) against the one a
    new message gives (``new``, its extraction's profile, a count read or worked out from a start: "2003年开始干的"
    after "干了18年"). More than ``COUNT_START_SLACK`` apart, and the message no correction (``corrects``: 不对, 记错了,
    其实 …), it is a conflict to ask about, not a silent override: the sentences, and the fields whose new value
    should not replace the old one until the user says which is right."""
    notes: list[str] = []
    fields: set[str] = set()
    if corrects:
        return notes, fields
    for field in YEAR_FIELDS:
        old, now = known.get(field), new.get(field)
        if isinstance(old, int | float) and isinstance(now, int | float) and abs(old - now) > COUNT_START_SLACK:
            notes.append(MESSAGES["count_turns"].format(what=YEAR_FIELD_WORDS[field], a=_num(old), b=_num(round(now))))
            fields.add(field)
    return notes, fields


def _before_the_move(c: Candidates, profile: dict, start: str, today: dt.date, derived: set[str],
                     hangzhou: bool = True) -> None:
    """Years said for work before the start in Hangzhou (``hangzhou``) or in another city of Zhejiang add to the
    years since it. "前年三月从绍兴跳槽到萧山，之前在绍兴做了六年纺机维修": 6 + 2.7 in the trade and in Zhejiang;
    "之前在富阳造纸厂干了8年，前年调去桐庐分厂": 8 + 2 in Hangzhou too; "在舟山船厂干了6年，今年刚来杭州": a span in
    another city came before the move; "以前在广东干了十年，2020年来的宁波": 10 + 6 in the trade, 6 in Zhejiang (and
    none in Hangzhou). A span in the place of the start counts only when said to be before (之前, 原来), since
    "2019年来杭州，在余杭干了5年" is the same stretch. The trade's years are added only when the trade is the same
    (继续, 也干, or no other work named), and never over a start said for the trade itself."""
    here = (lambda p: p.city == "杭州") if hangzhou else (lambda p: p.zj)
    # "在杭州干了五年，去深圳三年，19年回的杭州": a span in Hangzhou before a return to it is an earlier stay
    returned = hangzhou and bool(c.get("_hz_returned"))
    # ... and so is a stay away said as later than the first ("在杭州做了三年，后来去上海干了两年，二三年又回的杭州"):
    # its 后来 is after the first stay, and the return to Hangzhou comes after it
    priors: list[PriorSpan] = [p for p in _unique(c.get("_prior", [])) if not p.later or returned and not here(p)]
    in_hz = [p for p in priors if here(p) and (p.before or returned)]
    away = [p for p in priors if not here(p)]
    if not in_hz and not away:
        return
    hz = round(since(start, today) + sum(p.years for p in in_hz), 2)
    if in_hz:
        profile["years_full_time_in_hangzhou" if hangzhou else "years_full_time_in_zhejiang"] = hz
        if hangzhou:  # the start no longer gives the count (the checker counts from a start month alone)
            profile.pop("hangzhou_full_time_start", None)
    zj = [p for p in away if p.zj]
    zj_said = set(_unique(c.get("years_full_time_in_zhejiang", [])))
    if zj and zj_said <= {p.years for p in zj} | {round(sum(p.years for p in zj), 2)}:
        profile["years_full_time_in_zhejiang"] = round(hz + sum(p.years for p in zj), 2)
        derived.add("years_full_time_in_zhejiang")
    work = [p for p in [*in_hz, *away] if p.work]
    field_said = set(_unique(c.get("years_in_field", []))) | set(_unique(c.get("_floor_years_in_field", [])))
    starts = set(_unique(c.get("_field_start", [])))
    occupation = profile.get("occupation") or ""
    # the trade is the same where the message says so, where the span's clause names the work, or where the span was
    # itself read as the trade's count ("我做直播运营，之前在义乌干了两年": the job named just before it)
    past = set(_unique(c.get("_past_field", [])))
    same = all(p.same or not occupation or _shares_word(occupation, p.ctx)
               or p.years in field_said and p.years not in past for p in work)
    if work and same and starts <= {start} and field_said <= {p.years for p in work} | {
            round(sum(p.years for p in work), 2)}:
        profile["years_in_field"] = round(hz + sum(p.years for p in work if p not in in_hz), 2)
        derived.add("years_in_field")


def _to_the_day(c: Candidates, profile: dict, source: str, count: str, month: str, today: dt.date) -> None:
    """A start said to a part of its month ("去年十一月底才来的", read by ``work.start_days`` with the table
    language/data/month_parts.json): the count runs from the part's last day (what every reading of the words
    reaches), its first day's count kept as the other end under ``_day_range_``+count; the start month of a part
    leaves the profile, since the checker would count from that month's first and last days, a wider range than was
    said (a day said outright keeps it)."""
    import math

    from assistant.dates import years_since

    days = [d for d in _unique(c.get("_days" + source, [])) if d[1][:7] == month]
    if len(days) != 1:
        return
    first, last = (dt.date.fromisoformat(d) for d in days[0])
    least = math.floor(years_since(last, today) * 100) / 100  # never rounded up past a threshold
    most = math.floor(years_since(first, today) * 100) / 100
    profile[count] = least
    if most != least:
        c["_day_range_" + count] = [(most, least)]
    if source == "hangzhou_full_time_start" and first != last:
        # a day said outright ("3月17号入职的") keeps its month as the contract's start field, as the dialogue records
        # it; a part of a month is a range the month would widen
        profile.pop(source, None)


def _shares_word(occupation: str, ctx: str) -> bool:
    """Does the clause of an earlier stay name the present trade: a two-character word of the occupation in it ("数控"
    of 数控铣 in "做数控车"), or the occupation's one character where it has only one? A character alone is too little:
    电 of 电梯安装维修 is in "当电工", a different trade."""
    core = occupation.rstrip("工师员手人") or occupation
    if len(core) < 2:
        return bool(core) and core in ctx
    return any(core[i:i + 2] in ctx for i in range(len(core) - 1))


def _only_before(c: Candidates, said: float | None) -> bool:
    """Are the Zhejiang years read from the spans (``said``) none, or only those said of work before a move ("之前在
    绍兴做了三年，2021年来的宁波": 3 is the years before the start, which add to it)?"""
    if said is None:
        return True
    before = [p.years for p in _unique(c.get("_prior", [])) if p.zj and p.before and not p.later]
    return bool(before) and any(abs(said - y) < 1e-6 for y in (*before, sum(before)))


def since(month: str, today: dt.date) -> float:
    y, m = map(int, month.split("-"))
    return max(0.0, round(today.year - y + (today.month - m) / 12, 2))


def _num(value: float) -> str:
    return str(int(value)) if float(value).is_integer() else str(value)


def _kind_scoped(texts: list[str]) -> bool:
    """Whether ``texts`` are each a denial and together name only some kinds of achievement (革新没搞过, 标准没参与过):
    ``language.classify.denied_only``; a denial of everything (一样都没有, 没啥成果) stays an empty list."""
    from assistant.language.classify import denied_only, says_no_achievement

    return all(says_no_achievement(t) for t in texts) and denied_only(texts) is not None
