"""Small predicate builders shared by the rules tables. Each returns ``(Facts, ref) -> Outcome``.

``ok`` is True when the row is good for the applicant (for an exclusion: it does not apply), None when
a fact is missing or the experts must judge. Messages are Chinese and name the facts they used.
"""

from __future__ import annotations

import datetime as dt
import functools
import logging
import re
from collections.abc import Callable, Iterable

from assistant.eligibility.conditions import conditions_for
from assistant.eligibility.facts import EPS, Facts, fmt_month, fmt_years, years_then
from assistant.eligibility.model import Outcome
from assistant.language import (
    KIND_LABELS,
    Match,
    achievement_kinds,
    affirmed,
    clauses,
    goes_on,
    kinds_of_groups,
    lexicon_groups,
    post_only,
    said_clauses,
    says_no_achievement,
)
from assistant.language.acts import mention
from assistant.language.agency import has_cue, headless, led, own_part, plain_work, routine, subject_other
from assistant.language.classify import affirmed_parts, checked_exception, denied_only, traditional_trade
from assistant.language.clauses import names_title
from assistant.language.datafiles import data_json
from assistant.language.denials import denied_kinds, denies_rest, names_prizes, names_whole, says_nothing
from assistant.language.lexicon import (
    KINDS,
    competition_pattern,
    honour_named,
    lexicon_hits,
    names_trainee,
    place_remark,
    placing_story,
    ruled_out,
)
from assistant.language.merit import certificate_lookalike, non_merit, shape_label
from assistant.profile import HANGZHOU_DISTRICTS, SKILL_LEVELS, month_of

__all__ = [
    "trainees_texts", "hangzhou_employer", "in_service", "union_member", "digital_economy", "years_at_least",
    "technical_role",
    "no_titles", "not_official", "lexicon", "skill_at_least", "chinese_nationality", "age_at_most",
    "any_of", "expert", "note", "not_retired", "retired_then", "texts_mention", "out", "short", "names_sci_tech_award",
    "titles_not_mentioned", "out_of_work",
]

# An employer_city field is a place, so 西湖 there is the district.
HZ_PLACES = ("杭州", "hangzhou", "西湖", *HANGZHOU_DISTRICTS)
OFFICIAL = {"civil_servant": "参照公务员法管理的人员", "public_institution_cadre": "事业单位领导职务",
            "soe_leader": "国有企业领导职务"}
ROLE_LABELS = {"frontline_technical": "一线技术岗位", "management": "管理岗位", "administrative": "行政岗位"}
_QUOTES = re.compile(r"[“”\"'‘’「」《》\s]")
log = logging.getLogger(__name__)
_PREFIX = re.compile(r"^(第[一二三四五六七八九十\d]+届|首届|\d{4}年度?)")


def out(ok: bool | None, message: str, *missing: str) -> Outcome:
    return Outcome(ok, message, tuple(missing))


def hangzhou_employer() -> Callable:
    def pred(f: Facts, ref: dt.date) -> Outcome:
        city = f.profile.employer_city
        if not city:
            return out(None, "未提供工作单位所在城市。", "employer_city")
        if _two_places(city):
            return Outcome(None, f"工作单位所在城市为“{city}”：单位与本人工作的地方一个在杭州、一个在外地（分公司、办事处、"
                                 "劳务派遣或外包），是否算杭州市的单位人员，通知未明确，需向推荐单位咨询确认。", (), "silent")
        if any(p in city.lower() for p in HZ_PLACES):
            return out(True, f"工作单位在{city}。")
        return out(False, f"工作单位在{city}，不在杭州。")
    return pred


def _two_places(city: str) -> bool:
    """Whether an ``employer_city`` value names the employer's city and another where the work is, one of them in
    Hangzhou ("上海（在杭州工作）", "杭州/苏州"; written so by ``extract.arrangement`` or by HR)."""
    from assistant.extract.arrangement import split_place
    from assistant.extract.places import cities_in

    parts = split_place(city)
    if len(parts) < 2:
        return False
    found = {c for part in parts for _s, _e, c, _p in cities_in(part)}
    return len(found) > 1 and "杭州" in found


def out_of_work(f: Facts) -> bool:
    """No employer and no work of one's own (待业, 辞职了, 在找工作): the extractor's reading (``extract.idle``)."""
    from assistant.extract.idle import out_of_work as said_out_of_work

    return said_out_of_work(f.profile.employer_type, f.profile.employment)


def not_working_said(f: Facts) -> str | None:
    """The clause of the achievements that says the person does not work now ("二四年办了内退，…不用上班了", "今年八月
    厂子倒闭了 现在在家等消息", "办了停薪留职…这一年多没上过班"), read by the extract stage's reader of being out of work;
    HR fill ``employment`` from the papers (全职, 人事关系还挂着) and tell the present in the narrative."""
    return _idle_said(tuple(f.profile.achievements or ()))


@functools.lru_cache(maxsize=256)
def _idle_said(achievements: tuple[str, ...]) -> str | None:
    """(read once per achievements list: each programme's 在岗/在职 rule asks, and a turn checks all five)"""
    from assistant.extract.idle import idle_clauses
    from assistant.extract.text import normalize, segments

    for told in achievements:
        segs = segments(normalize(told))
        idle = idle_clauses(segs)
        if idle:
            return segs[min(idle)].text
    return None


def in_service(label: str = "在职职工") -> Callable:
    def pred(f: Facts, ref: dt.date) -> Outcome:
        emp = f.profile.employment
        if emp is None and out_of_work(f):
            return out(False, f"目前没有工作单位（待业），不是{label}。")
        if (said := not_working_said(f)) is not None:
            return out(False, f"材料里说“{short(said)}”，目前不在岗上，不是{label}。")
        if emp is None:
            return out(None, "未提供用工/任职情况，无法判断是否为" + label + "。", "employment")
        if f.profile.rehired:  # 返聘 whatever employment the form gives it (HR fill 全职 for a rehired retiree)
            return out(None, f"已退休、现返聘，是否算{label}由评审认定。")
        if emp == "retired":
            then = retired_then(f, ref)
            if then is False:
                return out(True, f"{_when_retired(f)}退休，{ref.year}年时仍在职。")
            if then is None:
                return out(None, _same_year(f, ref, "已退休"))
            return out(False, f"已退休，不是{label}。")
        if emp == "freelance":
            return out(False, f"自由职业者不是{label}。")
        return out(True, f"目前在职（{'全职' if emp == 'full_time' else '兼职' if emp == 'part_time' else '在编在岗'}）。")
    return pred


def _flag(name: str, unknown: str, yes: str, no: str) -> Callable:
    """A yes/no profile field that is the requirement itself."""
    def pred(f: Facts, ref: dt.date) -> Outcome:
        value = f.get(name)
        if value is None:
            return out(None, unknown, name)
        return out(value, yes if value else no)
    return pred


def union_member() -> Callable:
    return _flag("union_member", "未说明是否为工会会员。", "是工会会员。", "不是工会会员。")


def digital_economy() -> Callable:
    """从事数字经济行业: the profile's yes or no; where neither is given and the occupation said is one the notice's
    scope does not place (the occupation judgement abstains: 无人机飞手巡检电网, 外卖站点调度), the reviewers judge it
    (``basis="arguable"``, nothing asked: the asker cannot settle it either); otherwise the fact is missing."""
    flag = _flag("is_digital_economy", "未说明是否从事数字经济行业工作。", "从事数字经济行业工作。",
                 "不从事数字经济行业工作，不在认定范围内。")

    def pred(f: Facts, ref: dt.date) -> Outcome:
        work = (f.profile.occupation or "").strip()
        if f.get("is_digital_economy") is None and (trade := traditional_trade(work)):
            # the occupation decides, as a stated fact would: a traditional trade at a digital company is not
            # digital work (docs/verdict-policy.md), so nothing is left to ask or to review
            return out(False, f"所从事的“{short(work)}”是{trade}这类传统行当或服务岗位，在数字经济企业工作也不等于"
                              "从事数字经济行业工作，不在认定范围内。")
        if f.get("is_digital_economy") is None and work and borderline_occupation(work):
            return Outcome(None, f"所从事的“{work}”是否属于数字经济行业，通知的认定范围（数字产业化、产业数字化、"
                                 "治理数字化、数据价值化）没有写明，由评审认定。", basis="arguable")
        return flag(f, ref)
    return pred


def borderline_occupation(work: str) -> bool:
    """Whether the occupation judgement leaves ``work`` to the review (``language.digital_judgement`` abstains on a
    description with a judgement to give); False where no model is available on this machine."""
    from assistant.language.classify import digital_judgement

    try:
        judged, _ = digital_judgement(work)
    except Exception as exc:  # noqa: BLE001 - no embedding model here: the fact stays missing, as before
        log.warning("occupation judgement unavailable: %s", exc.__class__.__name__)
        return False
    return judged is None


def years_at_least(measure: str, threshold: float, label: str) -> Callable:
    """``label``以上 (inclusive, 民法典第1259条): exactly ``threshold`` years meets it."""
    def pred(f: Facts, ref: dt.date) -> Outcome:
        value = f.years(measure, ref)
        if value is None:
            # Hangzhou lies in Zhejiang: the Zhejiang years ("一直在合肥办公" reads as none) bound the Hangzhou years,
            # when the work is now outside Hangzhou; with work in Hangzhou a Zhejiang count told is only another
            # city's stint ("在这之前绍兴干了两年"), no bound
            outside = measure == "hangzhou" and hangzhou_employer()(f, ref).ok is False
            within = f.years("zhejiang", ref) if outside else None
            if within is not None and within + EPS < threshold:
                return out(False, years_then("在浙全职工作", within, ref)
                           + f"，{label}不会更长，不满 {fmt_years(threshold)} 年。")
            return out(None, f"未提供{label}的年限。", f.measure_fields(measure)[0])
        met = value + EPS >= threshold
        if not met and measure == "zhejiang" and f.get("years_full_time_in_zhejiang") is None:
            # the Hangzhou years are only a floor of the Zhejiang years: below the threshold they leave it open
            return out(None, f"未提供{label}的年限（在杭州全职约 {fmt_years(value)} 年，在浙江其他地方的年限未说明）。",
                       "years_full_time_in_zhejiang")
        reach = f.reaches(measure, ref, threshold) if met else False
        if met and reach is None:
            return out(None, day_decides(f, measure, label, threshold, ref))
        if met and reach is False:  # the start month leaves the day open; the count said beside it falls short
            told = f.years_told(measure, ref)
            return out(False, years_then(label, told, ref) + f"（按所填年限），不满 {fmt_years(threshold)} 年。")
        head = years_then(label, value, ref)
        tail = f"，满 {fmt_years(threshold)} 年。" if met else f"，不满 {fmt_years(threshold)} 年。"
        basis = ""
        fields = f.measure_fields(measure)
        if not any(f.get(n) for n in fields[1:]) and f.facts_as_of != ref and f.get(fields[0]) is not None:
            basis = f"（资料所填 {fmt_years(float(f.get(fields[0])))} 年截至 {f.facts_as_of.isoformat()}，已折算到计算日）"
        return out(met, head + tail[:-1] + basis + "。")
    return pred


def smaller_years_at_least(measures: tuple[tuple[str, str], ...], threshold: float, label: str) -> Callable:
    """``label``不少于``threshold``年 read as the smaller of several measures (``(measure, what it is called)``
    pairs), each of which must reach it: 首届杭州工匠 “在杭从事本专业技能工作不少于10年” is the years in the trade and
    the years in Hangzhou, the Hangzhou years taken to be in the same trade. One measure known and under the
    threshold is a no; otherwise an unknown one is missing, and a start month whose day decides is said so."""
    names = "和".join(f"{what}的年限" for _, what in measures)

    def pred(f: Facts, ref: dt.date) -> Outcome:
        values = [f.years(m, ref) for m, _ in measures]
        known = [v for v in values if v is not None]
        if known and min(known) + EPS < threshold:
            return out(False, years_then(label, min(known), ref) + f"，少于{fmt_years(threshold)}年。")
        if None in values:
            unknown = measures[values.index(None)][0]
            return out(None, f"需要{names}才能判断是否不少于{fmt_years(threshold)}年。", f.measure_fields(unknown)[0])
        for m, what in measures:
            reach = f.reaches(m, ref, threshold)
            if reach is None:
                return out(None, day_decides(f, m, what, threshold, ref))
            if reach is False:  # the day open, the count said beside the month short
                return out(False, years_then(label, f.years_told(m, ref), ref) + f"（按所填年限），少于{fmt_years(threshold)}年。")
        each = "、".join(f"{what}约 {fmt_years(v)} 年" for (_, what), v in zip(measures, values, strict=True))
        return out(True, f"截至 {ref.isoformat()}，{each}，按较小者计{label}约 {fmt_years(min(values))} 年，"
                         f"不少于{fmt_years(threshold)}年。")
    return pred


def day_decides(f: Facts, measure: str, label: str, threshold: float, ref: dt.date) -> str:
    """The reason when only the day of a start month decides a threshold: said as the month, never guessed."""
    start = f.start_month(measure)
    month = fmt_month(start) if start else "所说月份"
    return (f"{label}从{month}起算，到 {ref.isoformat()} 是否满 {fmt_years(threshold)} 年要看当月哪一天开始："
            f"{month}1日开始刚好满，晚于1日则不满，需要核实具体日期。")


def retired_then(f: Facts, ref: dt.date) -> bool | None:
    """Whether a retired applicant was already retired on ``ref`` (the round's reference date): yes without a
    ``retired_on``; no when they retired after it ("一九年退休了" asked about 2016); None in the same year, month
    unknown (docs/verdict-policy.md, 历史届次). A rehired retiree is one whatever employment HR filled in (全职)."""
    if f.profile.employment != "retired" and not f.profile.rehired:
        return False
    said = f.profile.retired_on
    if not said:
        return True
    if len(said) == 4:
        year = int(said)
        return True if year < ref.year else False if year > ref.year else None
    return month_of(said) <= ref


def _same_year(f: Facts, ref: dt.date, then: str) -> str:
    """The doubt a retirement dated to the reference date's own year, month unknown, leaves open."""
    return f"{_when_retired(f)}退休，与 {ref.isoformat()} 同一年，当时是否{then}需要核实。"


def _when_retired(f: Facts) -> str:
    said = f.profile.retired_on or ""
    return f"{said[:4]}年" + (f"{int(said[5:])}月" if len(said) > 4 else "")


def not_retired() -> Callable:
    """退休人员 (返聘 included). A declared in-service employment answers the question unless rehired says otherwise."""
    def pred(f: Facts, ref: dt.date) -> Outcome:
        emp, rehired = f.profile.employment, f.profile.rehired
        then = retired_then(f, ref) if emp == "retired" else None
        if emp == "retired" and then is False:
            return out(True, f"{_when_retired(f)}退休，{ref.year}年时还没有退休。")
        if emp == "retired" and then is None and f.profile.retired_on:
            return out(None, _same_year(f, ref, "已退休"))
        if emp == "retired" or rehired:
            return out(False, "已退休" + ("（返聘）" if rehired else "") + "，退休人员不作为推荐对象。")
        if emp is not None or rehired is False or out_of_work(f):
            return out(True, "不是退休人员。")
        return out(None, "未提供用工/任职情况，无法判断是否为退休人员。", "employment")
    return pred


def technical_role(label: str) -> Callable:
    def pred(f: Facts, ref: dt.date) -> Outcome:
        then = retired_then(f, ref) if f.profile.employment == "retired" and not f.profile.rehired else False
        if then is None:
            return out(None, _same_year(f, ref, f"还在{label}上"))
        if then:
            return out(False, f"已退休，目前不在{label}上。")
        role = f.profile.role_type
        if role is None:
            return out(None, f"未说明岗位类型，无法判断是否{label}。", "role_type")
        if role == "frontline_technical":
            return out(True, f"目前在{label}上。")
        return out(False, f"目前在{ROLE_LABELS[role]}，不是{label}。")
    return pred


def _norm_title(title: str) -> str:
    text = _QUOTES.sub("", title)
    text = re.sub(r"[（(].*?[）)]", "", text)
    text = _PREFIX.sub("", text)
    return re.sub(r"(荣誉)?称号$", "", text)


# Honours of the same family as the ones the notices exclude: a title of this family that a notice does not
# name is a case the notice is silent on (docs/verdict-policy.md), not a clear yes.
RELATED_TITLE = re.compile(r"(工匠|首席技师|技能大师)$")


def no_titles(*titles: str, first_of: str | None = None) -> Callable:
    """Hard exclusion: a title already held. "提名奖" is not the title itself; a related title the notice does
    not name (杭州市首席技师 for 浙江省首席技师) is left open with basis "silent". ``first_of``: the title this
    programme's first edition gives, which no one held before it ("我二三年首届就评上杭州数字工匠了" checked for 首届):
    held, it was won in that edition or after, so it is not a title held before."""
    wanted = {t: {t, t.replace("浙江", "浙江省", 1), t.replace("杭州", "杭州市", 1)} for t in titles}
    own = {first_of, first_of.replace("杭州", "杭州市", 1)} if first_of else set()

    def pred(f: Facts, ref: dt.date) -> Outcome:
        held = f.profile.prior_titles
        if held is None:
            return out(None, "未说明已获得的荣誉称号。", "prior_titles")
        # The packs' alias table: "Hangzhou Digital Craftsman", "杭州数字工匠称号获得者" are 杭州数字工匠.
        from assistant.programs import canonical_title

        normal = [_norm_title(canonical_title(t)) for t in held]
        hits = [t for t, forms in wanted.items() if any(n in forms for n in normal)]
        if hits:
            return out(False, "已获“" + "”“".join(hits) + "”称号，属于排除情形。")
        if own and any(n in own for n in normal):
            kept = [(t, n) for t, n in zip(held, normal, strict=True) if n not in own]
            if not kept:
                return out(True, f"“{first_of}”是本届首次评出的称号，此前无人获得，不属于已获称号的排除情形。")
            held, normal = [t for t, _ in kept], [n for _, n in kept]
        nominees = [t for t in held if "提名" in t]
        related = [t for t, n in zip(held, normal, strict=True) if "提名" not in t and RELATED_TITLE.search(n)]
        if related:
            return Outcome(None, f"已获“{_norm_title(related[0])}”称号。通知只写明“" + "”“".join(titles)
                           + f"”不再推荐，通知未明确已获“{_norm_title(related[0])}”的人员能否申报，需向主办单位咨询确认。",
                           (), "silent")
        if nominees:
            return out(True, f"“{nominees[0]}”不是“{titles[-1]}”称号本身，不属于排除情形。")
        return out(True, "未获“" + "”“".join(titles) + "”称号。")
    return pred


def titles_not_mentioned() -> Callable:
    """A notice that says nothing about titles already held: a related title the user raised is left open
    (basis "silent", 通知未明确); no title, or titles unknown, raises nothing."""
    def pred(f: Facts, ref: dt.date) -> Outcome:
        held = f.profile.prior_titles or []
        related = [_norm_title(t) for t in held if "提名" not in t and RELATED_TITLE.search(_norm_title(t))]
        if related:
            return Outcome(None, f"已获“{related[0]}”称号。通知对已获称号的人员能否申报未作规定，通知未明确，"
                                 "需向主办单位咨询确认。", (), "silent")
        return out(True, "通知对已获称号未作规定，所说情况不涉及此项。")
    return pred


def conduct_not_addressed() -> Callable:
    """遵纪守法 is asked by every notice, and none says which disciplinary or legal matters bar an applicant: one the
    user raised is left open (basis "silent", 通知未明确); none raised says nothing (basis "unraised": not shown)."""
    def pred(f: Facts, ref: dt.date) -> Outcome:
        said = (f.profile.conduct or "").strip()
        if said:
            return Outcome(None, f"您提到“{said}”。通知要求“遵纪守法”，但没有写明这类情况是否影响申报，通知未明确，"
                                 "需向推荐单位或主办单位咨询确认。", (), "silent")
        return Outcome(True, "未提到处分或违纪违法情况。", (), "unraised")
    return pred


def not_official() -> Callable:
    """Soft exclusion: 机关工作人员、参公人员、事业单位和国企领导 (原则上不予推荐).

    ``employment`` names 参公 and the leaders; a declared employment that is none of them clears the row
    unless the employer is a 机关.
    """
    def pred(f: Facts, ref: dt.date) -> Outcome:
        emp, kind = f.profile.employment, f.profile.employer_type
        if emp in OFFICIAL:
            return out(False, f"属于{OFFICIAL[emp]}，原则上不予推荐。")
        if kind == "government_agency":
            return out(False, "在机关工作，原则上不予推荐。")
        if kind in {"private", "none"} or emp is not None:
            return out(True, "不属于机关工作人员，也未担任事业单位或国有企业领导职务。")
        if kind is None:
            return out(None, "未提供单位性质和用工情况，无法判断是否属于原则上不予推荐的人员。", "employer_type", "employment")
        return out(None, "单位为事业单位或国有企业，未说明是否担任领导职务或为参公人员。", "employment")
    return pred


_SCI_TECH = ("科学技术", "科技进步", "技术发明", "自然科学", "科技奖")


def names_sci_tech_award(text: str) -> bool:
    """Whether a text names a 科学技术类奖项 (judged by its level in the certificate rows, not as an achievement)."""
    return any(t in text for t in _SCI_TECH)


# a competition or its placing (拿了第三名, 进了前五, 银牌)
_COMPETITION = re.compile(competition_pattern())  # the language layer's one table (data/lexicon.json)


def names_competition(clause: str) -> bool:
    """Whether a clause only speaks of a competition (除参加比赛外, 参加过省技能大赛): no lexicon word of any kind
    (带徒弟参赛拿了第一 is training). The placing is judged by the competition rows, not as an achievement."""
    return bool(_COMPETITION.search(clause)) and not achievement_kinds(clause, use_model=False)


# a clause that only says yes (有的, 是的, 对, 嗯): no deed of its own to quote
_FILLER = re.compile(r"(?:有的?|有啊|有呢|有有|是的?|对的?|嗯+|好的?)[啊呀哈吧的]?")


def short(text: str) -> str:
    return text if len(text) <= 40 else text[:40] + "…"


def lexicon(key: str, *fields: str) -> Callable:
    """An alternative (符合下列条件之一) read from free text by the language layer's matcher.

    Negated clauses support nothing. Every such alternative asks for merit ("作出突出贡献", "取得重大经济效益",
    "有明显成效"), which the notices leave to the experts: a match (by the lexicon kept as data) says which
    condition the achievement speaks to, and the verdict waits for the review (``None``, basis "expert"), as does
    an achievement that is present but unmatched; never a no. Only an explicit absence (没有…, 无…) or an empty
    list is a no. A stated fact the notice can check (a placing, an award's level) is judged by its own predicate.
    See docs/verdict-policy.md.
    """
    fields = fields or ("achievements",)

    def pred(f: Facts, ref: dt.date) -> Outcome:
        condition = next(c for c in conditions_for(f.program) if c.key == key)
        texts = f.texts(*fields)
        what = "主要业绩" if fields[0] == "achievements" else "带徒传技情况"
        if texts is None:
            return out(None, f"未提供{what}，无法判断是否符合“{condition.label}”。", *fields)
        # "工匠称号也没有", "浙江工匠 杭州工匠没评过": a title denied is no word on the achievements (the title rows
        # judge it); beside another's deed or the post's duties it must not stand for a "no" to them
        said = [t for t in texts if t and t.strip() and not _title_denial(t)]
        # "比赛一次都没参加过" beside more: a denial of contests alone is the competition rows' to read; it names no kind
        # of deed, so it denies none of this row's (held19: a denial naming kinds leaves the kinds not named open)
        if any(not _contest_denial(t) for t in said):
            said = [t for t in said if not _contest_denial(t)]
        kinds = kinds_of_groups(condition.groups)
        if not said or all(says_no_achievement(t) for t in said):
            # "革新没搞过" denies the innovation row, not the apprentices': a denial naming only other kinds is silent here
            only = denied_only(said) if said else None
            if only and not only & kinds:
                named = "、".join(dict.fromkeys(KIND_LABELS[k] for k in sorted(only) if k in KIND_LABELS))
                return out(None, f"材料只说了没有“{named}”方面的业绩，没有说明是否有与“{condition.label}”相关的业绩。",
                           *fields)
            return out(False, f"材料说明没有与“{condition.label}”相关的业绩。")
        for text in said:
            if non_merit(text):
                continue  # 组长牵头做了一个运维智能体，我平时就是用它查告警: the words, not the speaker's deed
            hit = next((m for k, m in achievement_kinds(text, use_model=False).items() if k in kinds), None)
            if hit is not None:
                return Outcome(None, f"材料“{short(hit.clause)}”提到“{hit.evidence}”（按{hit.how}匹配），对应“{condition.label}”；"
                                     "业绩是否达到本条要求由专家评审认定。", (), "matched")
        # a named 科学技术类奖项 is judged by its level in the certificate row, and a competition, when the results
        # are given, by its placing in the competition rows: neither is left to the experts here
        # (a mention naming a competition, 看了技能大赛的带徒成果展, tells no placing: it is quoted as a mention)
        judged = (lambda c: names_competition(c) and not mention(c)) if f.profile.competition_results is not None \
            else (lambda _: False)
        unjudged = [t for t in said if not names_sci_tech_award(t)]
        # clause by clause: "负责云资源调度项目的开发，项目获杭州市科学技术进步奖三等奖" tells a deed beside the
        # award, and the deed is the experts' to weigh; a text that only names the award is judged by its level,
        # and one that only names an honour (区先进工作者, 公司十佳员工) by the honour rows or by none: no deed either
        # a clause that only names the post (干的是汽车钣金, 我是数控车工) tells no deed either
        # and a deed whose words only another alternative of this programme takes (带过两个徒弟 beside 首席技师's 绝招
        # row, an OCM certificate beside 数字工匠's standards row) is judged by that row, which can measure it
        elsewhere = _elsewhere(f.program, key, kinds)
        denied = any(len(said_clauses(t)) < len(clauses(t)) for t in said if not names_sci_tech_award(t))
        # what goes on from a deed another alternative takes is that alternative's only once the speaker has said
        # there is nothing else (as in _no_stands): otherwise "总结了一套操作法，厂里推广后效率提高30%" keeps the rest open
        candidates = [c for cs in map(said_clauses, said) for i, c in enumerate(cs)
                      if not _graded(c, judged) and not (elsewhere(c) and not _deed_won(c)) and not post_only(c)
                      and not _points_back(c) and i not in _placing_told(cs, judged) and not (denied and i in _goes_on_claimed(cs, elsewhere))]
        # a reply's "有的" before its deed ("有的 我主导搞了一套测量工装") is quoted only when nothing else is said
        shown = next((c for c in candidates if not _FILLER.fullmatch(c.strip())), candidates[0] if candidates else "")
        absence_said = any(len(said_clauses(t)) < len(clauses(t)) for t in unjudged)  # a clause denied: 没有…
        competition_told = any(judged(c) for t in said for c in said_clauses(t))
        post_told = any(post_only(c) for t in said for c in said_clauses(t))
        if not shown and not absence_said and post_told and not competition_told:
            # only the post told (干的是汽车钣金): the achievements are still unknown
            return out(None, f"未提供{what}，无法判断是否符合“{condition.label}”。", *fields)
        if not shown:  # every clause negated or judged by a record's row: no qualifying achievement
            # a placing or an honour told as the achievements (2020年市一类竞赛第二名, 公司十佳员工) is a record the notice measures by its own row, as a 科学技术类奖项 is by its level: the list
            # given holds no deed of this condition's kind, a no as for an honour (docs/verdict-policy.md)
            record = next((c for t in said for c in said_clauses(t) if _graded(c, judged)), None)
            if record is not None:
                what = "荣誉或奖项" if names_honour(record) or names_sci_tech_award(record) else "竞赛名次"
                return out(False, f"所说的“{short(record)}”是{what}，按其本身的条件判断，"
                                  f"不是“{condition.label}”方面的业绩；材料没有与本条相关的业绩。")
            claimed = next((c for t in said for c in said_clauses(t) if elsewhere(c)), None)
            if claimed is not None:
                read_as = "、".join(KIND_LABELS[k] for k in achievement_kinds(claimed, use_model=False))
                read_as = f"读作“{read_as}”，" if read_as else ""
                return out(False, f"所说的“{short(claimed)}”{read_as}由本项目的另一项条件判断，"
                                  f"不是“{condition.label}”方面的业绩；材料没有与本条相关的业绩。")
            return out(False, f"材料（如“{short(said[0])}”）没有与“{condition.label}”相关的业绩。")
        if _no_stands(said, kinds, judged):
            denial = next((t for t in said if says_no_achievement(t)), None) \
                or next(c.text for t in said for c in clauses(t) if _denies_kind(c))
            others = "、".join(dict.fromkeys(KIND_LABELS[k] for t in said for k in achievement_kinds(t, use_model=False)))
            rest = [c for t in said if not says_no_achievement(t) for c in said_clauses(t) if not _graded(c, judged)]
            told = f"另说的业绩读作“{others}”，不属于本条" if others else \
                f"另说的“{short(rest[0])}”不是本人做成的业绩" if rest else "另说的是所获荣誉、奖项或名次，按其本身的条件判断"
            return out(False, f"材料说明没有与“{condition.label}”相关的业绩（“{short(denial)}”）；{told}。")
        told = _none_own(said, judged)
        if told and (record := _record_told(said, judged)):
            # 市技能大赛第二名 beside 平时在车间负责总装: the list given is a record its own row measures and no deed of
            # the speaker's; nothing is left for the experts (bar23, docs/verdict-policy.md)
            quoted, shape = told
            return out(False, f"所说的“{short(record)}”按其本身的条件判断；另说的“{short(quoted)}”是{shape_label(shape)}，"
                              f"不是本人做成的业绩；材料没有与“{condition.label}”相关的业绩。")
        if told:
            # 我师傅是全国技术能手, 明年打算总结一套操作法: read as no deed of the speaker's, and said so; but only an
            # explicit absence is a no (issue 12, docs/verdict-policy.md), so with none said the experts still decide
            quoted, shape = told
            return Outcome(None, f"所说的“{short(quoted)}”是{shape_label(shape)}，不是本人做成的业绩；材料没有说明"
                                 f"另有与“{condition.label}”相关的业绩，是否符合由评审认定。", (), "expert")
        # the words found no kind of this condition; the example classifier may read the clause as one (改过一个拧紧
        # 工装 返修率降了一半 -> 技术革新): the achievement then speaks to this condition ("matched", so the others are no
        # open point of their own), and the reason says how; the verdict is needs_review either way, so the checker's
        # result does not depend on the model
        read = _model_read(said)
        own = next(((t, m) for t, m in read if m.kind in kinds), None)
        if own is not None:
            text, m = own  # the model reads clauses joined by "，": quote the material as written
            quoted = m.clause if m.clause in text else text
            return Outcome(None, f"材料“{short(quoted)}”读作“{KIND_LABELS[m.kind]}”（按{m.how}，与“{short(m.evidence)}”"
                                 f"相近），对应“{condition.label}”；业绩是否达到本条要求由评审认定。", (), "matched")
        if told := _mentioned(said, kinds):
            clause, word = told  # 参加了标准宣贯培训: the words of this condition, but not the speaker's deed
            return Outcome(None, f"材料“{short(clause)}”提到“{word}”，说的是参加、听讲或看到的内容，不是本人主持、"
                                 f"制定或做成的业绩；是否另有业绩符合“{condition.label}”由评审认定。", (), "expert")
        other = next((k for t in said for k in achievement_kinds(t, use_model=False)),
                     next((m.kind for _, m in read), None))
        read_as = f"（读作“{KIND_LABELS[other]}”）" if other else ""
        return Outcome(None, f"材料提到“{short(shown)}”{read_as}，未直接对应本条的表述；业绩是否符合条件（{condition.label}）"
                             "由评审认定。", (), "expert")
    return pred


# "全国一类大赛第七名，就差一名": a short clause after a placing, naming no kind of achievement, remarks on the
# placing (就差一名, 可惜了, 差一点): the placing is judged by its own row, and the remark is no deed for the experts;
# so is the speaker's place among an award's winners (我在项目里排第五, 第二完成人)
_REMARK_CHARS = 6


def _remark(clause: str) -> bool:
    return (len(clause.strip()) <= _REMARK_CHARS or place_remark(clause) or placing_story(clause)) \
        and not achievement_kinds(clause, use_model=False)


def _placing_told(cs: list[str], judged: Callable[[str], bool]) -> set[int]:
    """The clauses of one text that remark on a placing or record before them, the run of remarks included
    ("第八名，离前六就差两个名次，回来师傅还安慰我说下回再来"): they belong to the record, which its own row judges."""
    told: set[int] = set()
    for i, c in enumerate(cs):
        if i and (_graded(cs[i - 1], judged) or i - 1 in told) and _remark(c):
            told.add(i)
        # a piece of the record's own name cut off between its parts ("省数字经济技能比赛 云计算那个赛项 个人第二名")
        elif i and i + 1 < len(cs) and (_graded(cs[i - 1], judged) or i - 1 in told) and _graded(cs[i + 1], judged) \
                and len(c.strip()) <= _NAME_PIECE_CHARS and not lexicon_hits(c):
            told.add(i)
    return told


_NAME_PIECE_CHARS = 12
# a clause that only points back at what was said ("除了这个", "这个名次", "那些"): it tells nothing new
_POINTS_BACK = re.compile(r"^(?:除了|除去)?[这那](?:个|些|几[个样项]|项|次|块|样)?[\u4e00-\u9fff]{0,3}?(?:以外|之外)?$")
# a remark crediting what was just said to someone else ("那是质量部的功劳", "那是厂里的", "都是师傅的"): no deed
_CREDITED = re.compile(r"^(?:那|这)?(?:都|也|全)?(?:是|算)[\u4e00-\u9fff]{1,8}?的(?:功劳|事儿?|成绩|荣誉|牌子|成果)?$")


def _title_denial(text: str) -> bool:
    """Whether ``text`` only denies holding a title ("工匠称号也没有", "没评过浙江省首席技师"): every clause names a
    title or is a bare negation, and none names a kind of achievement (a bare "无" is no title denial)."""
    parts = clauses(text)
    return any(names_title(c.text) for c in parts) and says_no_achievement(text) and all(
        names_title(c.text) or not c.text.strip("，,。 没有无也都") for c in parts) and not any(
        lexicon_hits(c.text) for c in parts)


def _contest_denial(text: str) -> bool:
    """Whether ``text`` only denies contests or placings (比赛一次都没参加过, 名次没拿过): every denied clause names a
    contest (``denials.names_prizes``) and no kind of achievement, nor says there is nothing at all."""
    if not says_no_achievement(text) or not names_prizes(text):
        return False
    denied = [c.text for c in clauses(text) if c.negated]
    return bool(denied) and not any(denied_kinds(c) or says_nothing(c) or names_whole(c) for c in denied)


def _own_subject(clause: str) -> bool:
    """Whether ``clause`` names a subject of its own (我, 本人, 自己, 他, 师傅…): it then tells its own deed, not an item
    going on in the frame before it."""
    return bool(re.search(r"[我俺他她]|本人|自己|师傅|徒弟|同事|老[\u4e00-\u9fff]|小[\u4e00-\u9fff](?![时件])", clause))


def _points_back(clause: str) -> bool:
    return bool(_POINTS_BACK.match(clause.strip())) and not lexicon_hits(clause)


def _credited(clause: str) -> bool:
    return bool(_CREDITED.match(clause.strip())) and not re.search(r"[我俺]|本人|自己", clause)


def names_honour(clause: str) -> bool:
    """Whether a clause only names an honour conferred (区先进工作者, 公司十佳员工, 浙江省技术能手: the language layer's
    honour class) and no kind of achievement: an honour is judged by the rows that list honours (首席技师 (一)), and
    is no deed for a merit alternative (docs/verdict-policy.md), whatever its level."""
    return honour_named(clause) and not achievement_kinds(clause, use_model=False) and not names_sci_tech_award(clause)


def _graded(clause: str, judged: Callable[[str], bool]) -> bool:
    """A clause judged by a record's row, not by the experts: a placing (``judged``), a 科学技术类奖项 by its level,
    an honour. An award won by a deed the clause names before it ("我们那个产线MES改造项目拿了杭州市科技进步奖") tells
    the deed too: the experts weigh it, as they do a deed told in a clause of its own beside the award."""
    return judged(clause) or (names_sci_tech_award(clause) and not _deed_won(clause)) or names_honour(clause)


# the verb of winning an award: what stands before it is what won it ("…项目拿了…奖", "…系统获…奖"); 获 inside a
# word (获取, 捕获) wins nothing
_WON = re.compile(r"拿[了过到]|(?<![捕收斩截])获(?![取悉知])|得了|评上|被评为")
# an award's own name said before the verb ("厂里的技术革新奖我拿过"): what precedes it is no deed
_AWARD_NAME = re.compile(r"[^，。；]{0,12}奖")


# a piece of technical work named by what was done in it (改造, 攻关, 研发…) as the winner; a bare project one took
# part in ("参与的项目拿过区科技奖") tells no deed of its own, and a product's prize is no deed of the maker's
# (language.merit)
_WORK_WON = re.compile(r"(?:改造|革新|攻关|研发|创新|优化|升级)[\u4e00-\u9fffA-Za-z]{0,6}?(?:项目|系统|平台|课题|工艺|方案)?"
                       r"(?:的|这个|那个)?\s*$")


def _deed_won(clause: str) -> bool:
    """Whether the clause names, before the verb of winning, a deed (MES改造项目, 数据治理标准, 仓储WMS改造项目): a
    kind of achievement or a piece of technical work. The award's own name (厂里的技术革新奖) comes after the verb and
    is no deed."""
    m = _WON.search(clause)
    if not m:
        return False
    before = _AWARD_NAME.split(clause[:m.start()])[0]
    return bool(achievement_kinds(before, use_model=False)) or bool(_WORK_WON.search(before))


def _elsewhere(program: str, key: str, kinds: frozenset[str] | set[str]) -> Callable[[str], bool]:
    """Whether a clause's kinds (by words) are all kinds another alternative of ``program`` takes and none of this
    one's (``key``, ``kinds``): 带过两个徒弟 is for 首席技师 二/(四), which measures apprentices by their placings, not
    an unmatched deed for 二/(二)'s experts. A kind no alternative of the programme takes stays with the experts."""
    others = frozenset().union(*(kinds_of_groups(c.groups) for c in conditions_for(program) if c.key != key))
    others -= set(kinds)

    def claimed(clause: str) -> bool:
        found = set(achievement_kinds(clause, use_model=False))
        # a clause about someone trained and naming no kind (成绩最好的是小蒋) tells of the apprentices, whom the
        # training alternative measures by their placings
        if not found and "training" in others and names_trainee(clause):
            return True
        # a vendor's certification (持有阿里云ACE认证) is the certificate row's to measure, where the programme has
        # one, whatever words the lexicon knows for it; a skill level or title said alone stays with the experts
        if not found and "certificate" in others and certificate_lookalike(clause) == "vendor":
            return True
        return bool(found) and found <= others
    return claimed


def _goes_on_claimed(cs: list[str], claimed: Callable[[str], bool]) -> set[int]:
    """The clauses of one text that go on about a deed another alternative takes (带徒弟这块还算用心，前后带了三个，都成了
    班组里的骨干: the object left out, then what became of them): no kind and no 我 of their own, after a claimed clause
    or a run of such clauses. They are that alternative's to measure, as the clause they go on from is."""
    run: set[int] = set()
    anchor: str | None = None  # the claimed clause the run goes on from
    for i, c in enumerate(cs):
        if claimed(c):
            anchor = c
        elif anchor is not None and not achievement_kinds(c, use_model=False) and goes_on(anchor, c):
            run.add(i)
        else:
            anchor = None
    return run


# coaching for a contest: the training is told by the contest it was for (带选手参赛, 带新人去参加省赛, 陪他备赛)
_COACHING = re.compile(rf"选手|参赛|备赛|{competition_pattern()}")


def only_coaching(texts: list[str]) -> bool:
    """Whether every affirmed clause of ``texts`` that tells training (by words) tells it as coaching players for a
    contest (只带过一个参赛选手, 带新人去参加省赛), and some clause does: training told otherwise (带出三十多个) is not."""
    trained = [c for t in texts for c in affirmed(t) if "training" in achievement_kinds(c, use_model=False)]
    return bool(trained) and all(_COACHING.search(c) for c in trained)


def _mentioned(said: list[str], kinds: frozenset[str] | set[str]) -> tuple[str, str] | None:
    """The first said clause that only mentions words of ``kinds`` (``language.acts.mention``: 参加了标准宣贯培训,
    听过技术革新讲座) and the word, or None: the matcher reads no kind there, and the reason says why."""
    for t in said:
        for c in said_clauses(t):
            if mention(c):
                hit = next((w for k, w in _topic_words(c).items() if k in kinds), None)
                if hit:
                    return c, hit
    return None


def _topic_words(clause: str) -> dict[str, str]:
    """The kinds' words in a clause, the near misses' rule set aside (参加…培训 is a near miss of 培训他人, yet 培训 is
    still the word the clause mentions)."""
    found: dict[str, str] = {}
    for kind, patterns in data_json("lexicon.json")["kind_terms"].items():
        m = next((m for p in patterns if (m := re.search(p, clause, flags=re.IGNORECASE)) and m.group()), None)
        if m:
            found[kind] = m.group()
    return found


def _model_read(said: list[str]) -> list[tuple[str, Match]]:
    """The kinds the example classifier reads in the texts (for the reason's wording only); none when it cannot be
    loaded, so a checker without the sentence model says what the words say."""
    try:
        return [(t, m) for t in said for m in achievement_kinds(t, use_model=True).values()]
    except (OSError, ImportError, RuntimeError) as exc:
        log.info("achievement model unavailable for the reason's wording: %s", exc.__class__.__name__)
        return []


def _no_stands(said: list[str], kinds: frozenset[str] | set[str], judged: Callable[[str], bool]) -> bool:
    """Whether a "no" said for the achievements still stands for an alternative after more was said: one text says no
    in whole (绝活没有，革新也没有，比赛没参加过), and every other clause is judged elsewhere or read by the lexicon as
    kinds the alternative does not take (徒弟带过三个 for 杭州工匠: 带徒 is none of its five). A clause read as no kind
    at all could still be the experts' to weigh, so it reopens the alternative (docs/verdict-policy.md); one the
    matcher reads as no deed of the speaker's (``_no_deed``: 平时就是按规程做保养, 组长搞过一个标准，跟我没关系) tells
    nothing the no left out, and leaves it standing. The no may be said clause by clause inside a text that tells
    more (除了市里的科技奖以外，标准没参与过，技改也谈不上，平时就是按工单做数据治理): its affirmed clauses are then
    read as the other texts are. A text whose affirmed rest the merit reader reads whole as no deed of the speaker's
    (``language.merit.non_merit``: 发明和技改都是技术科牵头的我只是跟班, 车间主任说让我报报看 我自己觉得够呛) adds nothing
    either (merit22)."""
    if not any(says_no_achievement(t) or _denies_part(t) for t in said):
        return False
    nos = [t for t in said if says_no_achievement(t)]
    # the kinds every denial names, whole texts and the denied clauses of texts that tell more (科技奖也没拿过 证书就一个
    # 软考中级): a named denial reaches only its kinds (held19), wherever it is said
    partial = [t for t in said if t not in nos and _denies_part(t)]
    only = denied_only(nos + partial) if nos or partial else None
    if only is not None and not only & set(kinds) and not _spoken_away([t for t in said if t not in nos], kinds):
        return False  # "革新没搞过" beside "证书就一个高级工证": no word on this row's kinds (held19's named denials)
    read: list[set[str]] = []  # the kinds of what else is said that may be a deed; a no-deed part adds nothing
    for t in said:
        if says_no_achievement(t):
            continue
        if _non_merit_rest(t, judged):
            continue  # 发明和技改都是技术科牵头的我只是跟班: read whole as no deed of the speaker's (merit22)
        before = ""
        kept = affirmed_parts(t)
        # the text tells another's deed: a part with kinds taken by its context, or a said clause left out of the
        # affirmed parts (a duty, another's, a 是…的 naming its maker)
        others = any(taken for _, taken in kept) or len(kept) < len(said_clauses(t))
        excepted = checked_exception(t)  # 证书除了X以外没有别的: X is for the certificate row to judge
        cs = said_clauses(t)
        told = _placing_told(cs, judged)
        frame = ""  # the routine frame the clauses go on with
        for i, c in enumerate(cs):
            if excepted and c.strip() in excepted:
                continue
            if _graded(c, judged) or i in told:
                before = c
                continue  # a placing, judged by its own row, and a remark on it (就差一名)
            if _points_back(c) or _credited(c):
                before = c  # "除了这个", "那是质量部的功劳": nothing the no left out
                continue
            if not names_sci_tech_award(c) and not post_only(c):
                found = set(achievement_kinds(c, use_model=False))
                # an item listed with 、 after the one before shares its frame (每天按工艺卡调参数、换模具), and so does
                # one going on with no subject and no kind's word after a routine frame (平时就是按配方翻缸 晒酱 看温度)
                listed = f"{before}、{c}" if before and f"{before}、{c}" in t else \
                    f"{frame}、{c}" if frame and not _own_subject(c) and not lexicon_hits(c) else c
                frame = listed if routine(listed) else ""
                # words of a kind the context takes away (攻关组解决了…，我只是提了些意见) are no deed either
                # 都成了车间骨干 goes on about the 徒弟 before it
                if not _no_deed(c, kept, listed, others) and (found or not goes_on(before, c)):
                    read.append(found)
            before = c
    # nothing read beside the no but records judged by their own rows (徒弟小叶…省二类竞赛第四名): the no stands
    return all(r and not r & set(kinds) for r in read)


def _spoken_away(texts: list[str], kinds: frozenset[str] | set[str]) -> bool:
    """Whether ``texts`` speak of this row's kinds only to give them away: a clause whose kinds the context takes
    ("数字化改造是集团信息中心搞的，我就是配合提提需求"), or one left out of the affirmed parts that names them
    ("AGV和WMS是总部信息部上的"). Beside denials naming the other kinds, the row is then denied as well."""
    for t in texts:
        kept = affirmed_parts(t)
        # a part with every kind taken (参加过一次模具行业研修班: an attendance, a chore) gives no kind away in
        # particular: only one naming this row's kinds does (held19: the rows a denial did not name stay open)
        if any(taken & set(kinds) and (len(taken) < len(KINDS) or set(lexicon_hits(p)) & set(kinds))
               for p, taken in kept):
            return True
        left = [c for c in said_clauses(t) if c not in {k for k, _ in kept}]
        if any(set(lexicon_hits(c)) & set(kinds) for c in left):
            return True
    return False


def _non_merit_rest(text: str, judged: Callable[[str], bool]) -> str | None:
    """The non-merit shape (``language.merit.non_merit``) of what ``text`` affirms once its denied clauses, the records
    judged by their own rows and the remarks on them are set aside, or None when it affirms nothing or tells a deed."""
    cs = said_clauses(text)
    told = _placing_told(cs, judged)
    rest = "，".join(c for i, c in enumerate(cs) if not _graded(c, judged) and i not in told and not post_only(c))
    return non_merit(rest) if rest else None


def _none_own(said: list[str], judged: Callable[[str], bool]) -> tuple[str, str] | None:
    """The first text read as a non-merit shape and its shape (``language.merit.non_merit``: another's honour, a plan,
    a training attended, the duties of the post …) when every text is one, says no or only tells records judged by
    their own rows; else None. A positive reading of each text, never the absence of a match (docs/verdict-policy.md)."""
    first: tuple[str, str] | None = None
    for t in said:
        if says_no_achievement(t):
            continue
        cs = said_clauses(t)
        told = _placing_told(cs, judged)
        rest = "，".join(c for i, c in enumerate(cs) if not _graded(c, judged) and i not in told and not post_only(c))
        if not rest:
            continue
        shape = _non_merit_rest(t, judged)
        if shape is None:
            return None
        first = first or (rest, shape)
    return first


def _record_told(said: list[str], judged: Callable[[str], bool]) -> str | None:
    """The first clause of ``said`` that tells a record judged by its own row (a placing, an award by its level, an
    honour) and held by the speaker, or None: the material then lists what it holds, not a deed left unsaid. A
    team's or another's honour (我们班组评上了全国工人先锋号, 我们院长是全国大赛的评委) is no record of the speaker's, and
    one won by a deed the clause names (牵头做的…项目拿了…一等奖) tells the deed too."""
    return next((c for t in said if not says_no_achievement(t) for c in said_clauses(t)
                 if _graded(c, judged) and non_merit(c) is None and not subject_other(c) and not led(c)
                 and not _deed_won(c)), None)


def _denies_part(text: str) -> bool:
    """Whether some clause of ``text`` denies a kind of achievement by name (标准化建设没参与过, 技改也谈不上) beside
    clauses it affirms; a clause the negation scope marks for another reason (非计划停机下降三成) denies no deed."""
    return any(_denies_kind(c) for c in clauses(text))


def _denies_kind(c) -> bool:
    """A denied clause naming a kind of achievement (its patterns or its condition words), or saying there is nothing
    to show at all (一样都没有, 没啥拿得出手的: ``language.denials.says_nothing``, every kind)."""
    return c.negated and bool(_topic_words(c.text) or any(w in c.text for ws in lexicon_groups().values() for w in ws)
                              or says_nothing(c.text) or names_whole(c.text) or denies_rest(c.text))  # 除了这些 别的都没有


def _no_deed(clause: str, kept: list[tuple[str, frozenset[str]]], listed: str = "", others: bool = False) -> bool:
    """Whether the matcher reads ``clause`` as no deed of the speaker's: left out of the affirmed parts (a duty of the
    post, someone else's or disowned, not done yet, a wish), kept with every kind its words name taken away by its
    context (组长牵头搞过一个标准: another person's deed), or a near miss of a kind with no kind's words of its own
    (按标准干活, 跟着学了学, 每天用MES报工), or the job as done every day with no result (平时只是用现成的AI工具抠图,
    每天按工艺卡调参数: ``agency.routine``). A part that is only a verb and 的 (做的也不是传统手艺) is the denied
    copula's subject, not a deed. ``listed`` is the clause with the list items before it (每天按工艺卡调参数、换模具);
    ``others``: the text tells another's deed, so a bare share of the speaker's (我负责其中两个页面) is no deed."""
    parts = [(p, taken) for p, taken in kept if p and p in clause and not headless(p)]
    if not parts:
        return True
    hits = {k for p, _ in parts for k in lexicon_hits(p)}
    if hits:
        return all(set(lexicon_hits(p)) <= taken for p, taken in parts)
    if ruled_out(clause) or routine(listed or clause) or plain_work(clause):
        return True  # 就是老老实实干活的: the job's plain work, nothing the no left out
    # another's deed and the speaker's share of it (组里重构了前端框架，我负责其中两个页面; 中台是技术部搭的，我只负责
    # 提需求和试用): the share names no kind, no lead and no result, so it tells no deed the no left out
    return others and all(taken or _bare_share(p) for p, taken in parts)


def _bare_share(part: str) -> bool:
    """Whether ``part`` only says the speaker's own part (``agency.own_part``: 我负责…, 我就是用) with no result."""
    return own_part(part) and not has_cue("result", part)


def skill_at_least(level: str, allow_highest: bool = False) -> Callable:
    floor = SKILL_LEVELS.index(level)

    def pred(f: Facts, ref: dt.date) -> Outcome:
        skill = f.profile.skill_level
        if skill is None:
            return out(None, "未提供职业资格或职业技能等级。", "skill_level")
        if SKILL_LEVELS.index(skill) >= floor:
            return out(True, f"具有{skill}职业资格（职业技能等级）。")
        shown = "没有职业资格（职业技能等级）" if skill == "none" else f"职业资格为{skill}"
        if allow_highest and skill != "none":
            top = f.profile.is_highest_level_of_occupation
            if top:
                return out(True, f"{shown}，为本职业（工种）最高等级。")
            if top is None:
                return out(None, f"{shown}，低于{level}；未说明是否为本职业（工种）最高等级。",
                            "is_highest_level_of_occupation")
        return out(False, f"{shown}，低于{level}。")
    return pred


def chinese_nationality() -> Callable:
    def pred(f: Facts, ref: dt.date) -> Outcome:
        nat = (f.profile.nationality or "").strip()
        if not nat:
            return out(None, "未提供国籍。", "nationality")
        ok = nat.startswith("中国") or nat.upper() in {"CN", "CHN", "PRC", "CHINA", "CHINESE"} or nat == "中华人民共和国"
        return out(ok, f"国籍为{nat}。" if ok else f"国籍为{nat}，不是中国国籍。")
    return pred


def age_at_most(limit: int) -> Callable:
    """``limit``周岁以下 includes ``limit`` (民法典第1259条)."""
    def pred(f: Facts, ref: dt.date) -> Outcome:
        bounds = f.age_bounds(ref)
        if bounds is None:
            return out(None, "未提供出生年月。", "birth_date")
        low, high = bounds
        if high <= limit:
            return out(True, f"截至 {ref.isoformat()} 为 {high} 周岁，在{limit}周岁以下（含{limit}周岁）。")
        if low > limit:
            return out(False, f"截至 {ref.isoformat()} 为 {low} 周岁，超过{limit}周岁。")
        return out(None, f"出生月份与计算日 {ref.isoformat()} 同月，需具体出生日期才能判断是否超过{limit}周岁。",
                    "birth_date")
    return pred


def any_of(*preds: Callable) -> Callable:
    """True if any part holds; None if none holds and some part is unknown."""
    def pred(f: Facts, ref: dt.date) -> Outcome:
        outs = [p(f, ref) for p in preds]
        good = [o for o in outs if o.ok]
        if good:
            return out(True, "".join(o.message for o in good))
        unknown = [o for o in outs if o.ok is None]
        missing = tuple(dict.fromkeys(m for o in unknown for m in o.missing))
        return Outcome(None if unknown else False, "".join(o.message for o in outs), missing)
    return pred


def expert(message: str) -> Callable:
    def pred(f: Facts, ref: dt.date) -> Outcome:
        return out(None, message)
    return pred


def note(fn: Callable[[Facts, dt.date], str | None]) -> Callable:
    def pred(f: Facts, ref: dt.date) -> Outcome | None:
        message = fn(f, ref)
        return None if message is None else out(None, message)
    return pred


def results_in(texts: Iterable[str], told_on: dt.date) -> list[dict]:
    """The competition results the texts name, whoever won them (the apprentices' placings of a 带徒 text).

    ``told_on`` is the day the texts were told (the facts' ``facts_as_of``), not the programme's reference date:
    "去年带的徒弟拿了省里第二名", told in 2026, is a 2025 result whichever round it is checked against. A text
    held by two fields (a 带徒 sentence is both an achievement and the record of the apprentices, in words that may
    differ by a clause) names its result once."""
    from assistant.extract.competitions import results_named

    seen: dict[tuple, dict] = {}
    for text in texts:
        for r in results_named(text, told_on):
            seen.setdefault(tuple(sorted((k, str(v)) for k, v in r.items())), r)
    return list(seen.values())


def trainees_texts(f: Facts) -> list[str]:
    """The texts that can tell a trainee's placing: the record of the apprentices, and the achievements that name
    someone trained (徒弟, 选手, 带的, 小王: ``lexicon.names_trainee``). "省一类大赛个人第四名，离前三就差一丢丢" in the
    speaker's own words is the speaker's placing, judged by the competition rows, never an apprentice's."""
    return [t for t in f.texts("trained_apprentices") or [] if t != "无"] + \
        [t for t in f.texts("achievements") or [] if names_trainee(t)]


def texts_mention(texts: Iterable[str], *terms: str) -> bool:
    return any(t in text for text in texts for t in terms)


_CONTEST = re.compile(r"竞赛|大赛|比赛|比过赛|名次|参赛")


def trainee_contests_denied(texts: Iterable[str]) -> bool:
    """Whether the achievements deny a contest to the people trained ("…绝招都谈不上 带的徒弟也没比过赛"): the clause
    that names a trainee (``lexicon.names_trainee``) and the one after it, its predicate when the trainee was only its
    subject, name contests only to deny them. The speaker's own "没拿过名次" in the same text is the speaker's."""
    from assistant.language.clauses import clauses

    for text in texts:
        cs = clauses(text)
        for i, c in enumerate(cs):
            if names_trainee(c.text) and contests_denied([x.text for x in cs[i:i + 2] if x.negated or x is c]):
                return True
    return False


def contests_denied(texts: Iterable[str]) -> bool:
    """Whether the texts name contests only to deny them ("他们一场比赛都没参加过", "没一个拿过竞赛名次"), by the
    language layer's negation scope: every clause that names a contest is negated, and there is one."""
    from assistant.language.clauses import clauses

    named = [c for text in texts for c in clauses(text) if _CONTEST.search(c.text)]
    return bool(named) and all(c.negated for c in named)
