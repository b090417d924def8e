"""Predicates over competition results, awards and certificates (名次、荣誉、科学技术类奖项、资质证书).

A result or award dated after the reference year does not count. ``accept`` functions return
(ok, message); an award ``accept`` returns None for an award that is beside the point.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable

from assistant.eligibility.conditions import match_conditions
from assistant.eligibility.dated import on_or_before
from assistant.eligibility.facts import Facts
from assistant.eligibility.model import Outcome
from assistant.eligibility.preds import names_sci_tech_award, out, results_in, short
from assistant.eligibility.silent import honour_lookalike
from assistant.language import affirmed, clauses, said_clauses
from assistant.language.award_holder import unit_award
from assistant.language.datafiles import data_json
from assistant.language.denials import names_prizes
from assistant.language.lexicon import names_trainee, ruled_out
from assistant.language.merit import certificate_lookalike, leading_said, short_of_title
from assistant.language.status import not_done
from assistant.profile import Award, Competition

__all__ = ["LEVEL_LABELS", "short_of_title", "describe", "individual_or_review", "competitions", "awards", "level_in_text",
           "award_level", "is_sci_tech_award", "certificate_or_sci_award", "level_at_least", "contest_level"]

LEVEL_LABELS = {"world": "世界级", "national": "国家级", "provincial": "省级", "municipal": "市级",
                "district": "区、县级", "in_house": "单位内部"}
_LEVEL_ORDER = {"in_house": -1, "district": 0, "municipal": 1, "provincial": 2, "national": 3, "world": 4}
# Bodies below the city, whatever level a form gives the record: an employer's own (公司内部技能比武, 厂里评的奖, 集团的
# 科技进步奖), a district's or county's (余杭区总工会, 西湖区科技进步奖; 杭州赛区 is a contest's venue, 区块链 a trade), and
# a county-level city's (临安市 before 2017, 建德市, 义乌市: data/lexicon.json ``competition.county_cities``). Every bar
# of the five notices is a city's or higher (市级第1名, 市级及以上科学技术类奖项), so a record these name is below every
# one of them: a clear no for the record rows, not a level left open (docs/verdict-policy.md)
BELOW_CITY = (("in_house", r"内部|厂里|厂内|厂级|车间|班组|本单位|单位(?:里|内)|企业内"
                           r"|^(?:\d{2,4}年度?)?(?:本|我们|我)?(?:公司|集团|厂)|(?:公司|集团|厂)(?:里|内|级|的)"),
              ("district", r"(?<![赛园景小社片分地])[区县](?![块域别间])|街道|乡镇|(?:"
                           + "|".join(data_json("lexicon.json")["competition"]["county_cities"]) + ")市"))


def _last_level(text: str, table) -> str | None:
    """The level of the last body ``text`` names (杭州市余杭区… is the district's), a word inside a longer one set
    aside (the 市 of 临安市)."""
    found = [(m.start(), m.end(), level) for level, pattern in table for m in re.finditer(pattern, text or "")
             if m.group()]
    kept = [f for f in found if not any(o[0] <= f[0] and f[1] <= o[1] and o[1] - o[0] > f[1] - f[0] for o in found)]
    return max(kept, key=lambda f: (f[0], f[1] - f[0]))[2] if kept else None


def describe(c: Competition) -> str:
    kind = {"team": "团体", "individual": "个人"}.get(c.type or "", "")
    name = c.field or f"{LEVEL_LABELS.get(c.level, '')}{c.tier or ''}竞赛"
    # the reason that needs the year says it is missing; a name that opens with its year (HR fill the full name:
    # 2019年杭州市职业技能大赛) is not given it twice
    when = f"{c.year}年" if c.year and not name.startswith(f"{c.year}年") else ""
    return f"{when}{name}{kind}第{c.rank}名"


def individual_or_review(c: Competition, text: str) -> tuple[bool | None, str]:
    """A placing that meets the notice: it counts if individual; where the notice is silent on team results,
    a team placing is left to the experts, and an unstated type is unknown."""
    if c.type == "individual":
        return True, text
    if c.type == "team":
        return None, text + "，但为团体成绩；通知未区分个人与团体，是否计入由评审认定"
    return None, text + "，未注明是个人还是团体成绩"


def competitions(accept: Callable[[Competition, dt.date], tuple[bool | None, str]], what: str,
                 to_the_day: bool = True) -> Callable:
    """True if any result is accepted; results dated after the reference year do not count, nor, with
    ``to_the_day``, those of its own year told after the reference date (one told with its year alone is open)."""
    def pred(f: Facts, ref: dt.date) -> Outcome:
        results = f.profile.competition_results
        own = [t for t in f.texts("achievements") or [] if not names_trainee(t)]
        seen: list[tuple[bool | None, str]] = _bands(own + [a.kind for a in f.profile.awards or []], accept,
                                                      f.facts_as_of, ref, results or [])
        seen += _unlevelled(own, f.facts_as_of, ref)
        if results is None:
            # "去年市里的数字经济技能竞赛拿了个三等奖": no placing is on record, but the band said is one, and it may
            # already decide ("三等奖" is at best third); otherwise the results are still to be told
            if seen:
                return _pick(seen, what, "competition_results", "没有竞赛成绩")
            if any(c.negated and names_prizes(c.text) for t in own for c in clauses(t)):
                # "证书奖项也没有", "比赛从没参加过": a first place is a prize, denied with the rest (deny20)
                return out(False, f"材料说明没有获奖或竞赛名次，不能{what}。")
            return out(None, f"未提供职业技能竞赛成绩，无法判断是否{what}。", "competition_results")
        for c in (as_told(c, own, f.facts_as_of) for c in results):
            when = on_or_before(c.year, ref, own, max(f.as_of, f.facts_as_of), _CONTEST_WORD) if to_the_day \
                else c.year is None or c.year <= ref.year
            if when is False:
                seen.append((False, f"{describe(c)}在计算日 {ref.isoformat()} 之后，不计入"))
                continue
            named = contest_level(c.field)
            level = named if named in dict(BELOW_CITY) else c.level or named  # the name's body over the form's level
            if level is None:
                seen.append((None, f"{describe(c)}未注明竞赛级别（国家、省、市级），是否达到要求需核实"))
            elif level in dict(BELOW_CITY):
                seen.append((False, f"{describe(c)}是{LEVEL_LABELS[level]}竞赛，不在通知所列的国家、省、市级竞赛之列"))
            else:
                seen.append(_undated(accept(c if c.level else c.model_copy(update={"level": level}), ref), when, c.year, ref))
        return _pick(seen, what, "competition_results", "没有竞赛成绩")
    return pred


# 市 as a body, not inside a noun (全国城市轨道交通行业…竞赛 is national: 城市, 都市, 超市, 市场, 市民 name no city)
_CITY = r"(?<![城都超门])市(?![场民])"
# A prize band at a contest (一等奖, 金奖, 二等奖…) is no place: several win it. Its best place is the band's number,
# so a band that cannot reach the bar even at its best (市赛二等奖 for 市级第1名) is below it, and one that can leaves
# the place to be checked (市赛一等奖: 第1名 or one of several). Data: lexicon.json ``competition.bands``.
_BANDS = data_json("lexicon.json")["competition"]["bands"]
_BAND = re.compile("|".join(sorted(_BANDS, key=len, reverse=True)))
_CONTEST_WORD = re.compile("|".join(data_json("lexicon.json")["competition"]["events"]))


def _unlevelled(texts: list[str], told_on: dt.date, ref: dt.date) -> list[tuple[bool | None, str]]:
    """A placing told in the applicant's own words at a contest whose words give no level ("二〇年行业协会办的燃气表检定
    比武 拿了第一"): no result is read from it, so a form may list none, yet a placing was told. Whether the contest is
    one of the levels the notice lists is for the review to check; a level said (市里, 厂里) is read by the records."""
    from assistant.extract.competitions import ranks
    from assistant.extract.when import year_near

    seen: list[tuple[bool | None, str]] = []
    for text in texts:
        if results_in([text], told_on):
            continue
        # the contest and its place may sit in two spoken stretches ("…检定比武 拿了第一"): the sentence is the unit
        for clause in re.split(r"[。；;！!？?]", "，".join(said_clauses(text))) if text else []:
            event = _CONTEST_WORD.search(clause)
            placed = ranks(clause[event.end():]) if event else []
            if not placed or contest_level(clause) is not None:
                continue
            year = year_near(clause, event.start(), told_on)
            if year is not None and year > ref.year:
                continue
            seen.append((None, f"“{short(clause)}”未注明竞赛级别（国家、省、市级），是否达到要求需核实"))
    return seen


def _bands(texts: list[str], accept: Callable, told_on: dt.date, ref: dt.date,
           records: list[Competition]) -> list[tuple[bool | None, str]]:
    """What the prize bands the applicant names at a contest of a listed level say of a placing bar: a clause naming a
    contest and a band, and no place of its own. A band beside a place ("拿了金奖，不过金奖发了十二个，按成绩单我排第七")
    is that placing's band: the place, in the text or in a record of the same level and year, decides."""
    from assistant.extract.competitions import tier_in
    from assistant.extract.when import year_near

    seen: list[tuple[bool | None, str]] = []
    for text in texts:
        for clause in said_clauses(text) if text else []:
            band = _BAND.search(clause)
            if band is None or not _CONTEST_WORD.search(clause[:band.start()]) or results_in([text], told_on):
                continue
            level = contest_level(clause[:band.start()])
            if level is None or level in dict(BELOW_CITY):
                continue
            year = year_near(clause, band.start(), told_on)
            if (year is not None and year > ref.year) or any(
                    r.level == level and None in (r.year, year) or (r.level, r.year) == (level, year) for r in records):
                continue
            best = Competition(level=level, tier=tier_in(clause), rank=_BANDS[band.group()], year=year,
                               type="individual", field=short(clause[:band.start()]))
            ok, _ = accept(best, ref)
            if ok is False:
                seen.append((False, f"“{short(clause)}”是{band.group()}，即使按其中最好的名次（第{best.rank}名）也达不到要求"))
            else:
                seen.append((None, f"“{short(clause)}”是{band.group()}，获这一等次的可能不止一人，"
                                   "是否达到所要求的名次需核实具体名次"))
    return seen


def as_told(c: Competition, texts: list[str], told_on: dt.date) -> Competition:
    """The record with what it leaves empty (个人/团体, 一类/二类, the year) filled from the applicant's own words about
    the same placing: a form's "type": null beside "…个人第一名" in the achievements is an individual placing, and
    "…第二名，是省一类竞赛" gives the class. A text is about the record when it names one result only, of the same rank
    and a level and year that do not contradict it; a text naming both classes ("一类还是二类") gives none. A form's
    "individual" beside the applicant's own words that the same placing was a team's ("两人组队参加…拿了第一", "团体第一")
    is read as the team's: the notices are silent on team results, so the experts weigh it (chief23)."""
    if c.type and c.tier and c.year and c.type != "individual":
        return c
    from assistant.extract.competitions import tier_in

    for text in texts:
        said = results_in([text], told_on)
        if len(said) != 1:
            continue
        r = said[0]
        if r.get("rank") != c.rank or (c.level and r.get("level") and r["level"] != c.level) \
                or (c.year and r.get("year") and r["year"] != c.year):
            continue
        team = "team" if r.get("type") == "team" else None
        filled = {"type": team or c.type or r.get("type"), "tier": c.tier or r.get("tier") or tier_in(text),
                  "year": c.year or r.get("year")}
        return c.model_copy(update={k: v for k, v in filled.items() if v})
    return c


# A contest named by its organiser or its name only: the level the words state. A district or county organiser
# ("余杭区总工会", "桐庐县…") is below the city, whatever city it sits in ("杭州市拱墅区…").
_CONTEST_LEVELS = (BELOW_CITY[0], ("world", r"世界|国际"), ("national", r"国家|全国|中华|人社部|人力资源和社会保障部"),
                   ("provincial", r"省"), BELOW_CITY[1], ("municipal", _CITY))


def contest_level(text: str) -> str | None:
    """The level of the last body a contest's name or organiser states ("in_house" or "district" below the city);
    None when it names none."""
    return _last_level(text, _CONTEST_LEVELS)


def level_in_text(text: str) -> str | None:
    """The level of the last body an award's name states (an employer's own, a district's, 国家/全国, 省, 市); None
    when it names none."""
    return _last_level(text, _AWARD_LEVELS)


_AWARD_LEVELS = (BELOW_CITY[0], ("national", r"国家|全国|中华|国务院"), ("provincial", r"省"), BELOW_CITY[1],
                 ("municipal", _CITY))


def award_level(a: Award) -> str | None:
    """The award's level: a body below the city that its name states (余杭区科学技术进步奖 filled in as municipal) over
    the level given, else the level given, else the one its name states."""
    named = level_in_text(a.kind)
    return named if named in dict(BELOW_CITY) else a.level or named


def is_sci_tech_award(a: Award | str) -> bool:
    return names_sci_tech_award(a if isinstance(a, str) else a.kind)


# a society, not a government, confers it; an industry's own science award is its federation's (中国机械工业科学技术奖)
_SOCIETY = re.compile(r"学会|协会|研究会|联合会|促进会|基金会|商会|(?:工业|行业)(?:科学技术|科技进步|科技)奖")
# an enterprise, named by its legal form or as the prize's giver, confers it, whatever province its name holds
# (国网浙江省电力有限公司科学技术进步奖, 中国电信集团科技进步奖): neither a government's award of the level nor 公司内部
_ENTERPRISE = re.compile(r"有限(?:责任)?公司|股份(?:有限)?公司|(?:公司|集团)(?=科学技术|科技)")


def certificate_or_sci_award(floor: str, label: str, wanted: str = "") -> Callable:
    """条件(三) of the digital-craftsman notices: a certificate (lexicon) or a 科学技术类奖项 of ``floor`` or higher.

    A text naming a 科学技术类奖项 is judged by the award's level, never by the lexicon, so that a city-level
    award does not pass where only provincial ones count. ``wanted`` is the certificate the notice names:
    "national" (首届: 国家级等级资质证书) takes a national skill-level certificate and not a company's certification;
    "leading" (第四届: 国内或国外领先水平、等级、资质证书) leaves either to the review unless the text says it leads.
    """
    floor_text = {"municipal": "市级", "provincial": "省级"}[floor]

    def judge(name: str, level: str | None) -> tuple[bool | None, str]:
        if honour_lookalike(name) and level is not None and level_at_least(level, floor):
            return None, (f"“{name}”是{LEVEL_LABELS[level]}的技能或科技人才荣誉，不在条件(三)所列的证书和科学技术类奖项之列，"
                          "是否相当，通知未明确，由评审认定")
        if _SOCIETY.search(name) and level is not None and level_at_least(level, floor):
            # the notices list government science awards by level (市、省、国家级); a society's own award
            # (中国电子学会科学技术奖) is neither named nor excluded: the experts judge it
            return None, (f"“{name}”由学会、协会等社会组织颁发，是否算{floor_text}及以上科学技术类奖项，通知未明确，"
                          "由评审认定")
        if _ENTERPRISE.search(name) and level is not None and level_at_least(level, floor):
            return None, (f"“{name}”由企业颁发，是否算{floor_text}及以上科学技术类奖项，通知未明确，由评审认定")
        if level is None:
            return None, f"“{name}”未注明级别，无法判断是否为{floor_text}及以上"
        if level_at_least(level, floor):
            return True, f"获得{name}（{LEVEL_LABELS[level]}科学技术类奖项，{label}）"
        return False, f"{name}是{LEVEL_LABELS[level]}奖项，{label}要求{floor_text}及以上科学技术类奖项"

    def pred(f: Facts, ref: dt.date) -> Outcome:
        given, texts = f.profile.awards, f.profile.achievements
        told = texts or []
        if texts is not None:  # negated clauses (未获科学技术类奖项) name no award and no certificate
            texts = [said for t in texts if (said := "，".join(affirmed(t)))]
        if given is None and texts is None:
            return out(None, "未提供获奖情况和主要业绩，无法判断是否有领先水平证书或科学技术类奖项。", "awards", "achievements")
        told_on = max(f.as_of, f.facts_as_of)
        seen = [_undated(judge(a.kind, award_level(a)), when, a.year, ref) if when is not False
                else (False, _later(a.kind, a.year, ref))
                for a in given or [] if is_sci_tech_award(a) or honour_lookalike(a.kind)
                for when in [on_or_before(a.year, ref, told, told_on, _AWARD_WORD)]]
        # a skill honour held as a title (浙江省技术能手 among the titles) is the same lookalike
        seen += [judge(t, level_in_text(t)) for t in f.profile.prior_titles or [] if honour_lookalike(t)]
        # a near miss of a certificate (公司内部认证的高级工程师, 计算机二级) is no certificate the notice lists: the
        # term table's 认证/等级 words alone would read it as one
        # an exam tried and failed (软考高级考过两次，都差几分没过) holds no certificate (``status.not_done``)
        plain = ["，".join(c.text for i, c in enumerate(cs) if c.text in said and "certificate" not in ruled_out(c.text)
                          and i not in not_done([c.text for c in cs]))
                 for t in told if not is_sci_tech_award("，".join(affirmed(t)))
                 for cs, said in [(clauses(t), set(said_clauses(t)))]]
        # an achievement that tells an award already given ("二二年我们的项目拿了浙江省科学技术进步奖二等奖" beside the
        # award itself) is the same award: judged once, or the reason names it twice
        named = [a.kind for a in given or [] if is_sci_tech_award(a) and a.kind]
        # an award told only in an achievement carries its year there ("二五年我们这个项目拿了省科技进步奖"): one won
        # after the round's reference date does not count for that round, as an award given with its year does not
        seen += [judge(t, level_in_text(t)) if (y := _said_year(t, f)) is None or y <= ref.year
                 else (False, _later(short(t), y, ref))
                 for t in texts or [] if is_sci_tech_award(t) and not any(k in t for k in named)]
        seen = _whose_award(seen, told, label)
        hit = next((m for m in match_conditions(plain, f.program) if m.condition.key == "certificate"), None)
        if hit is not None:
            seen.append(_certificate(hit, wanted))
        if any(ok for ok, _ in seen) or any(ok is None for ok, _ in seen):
            return _pick(seen, "满足此条件", "awards", "")
        if given is None and any(c.negated and _AWARD_WORD.search(c.text) for t in told for c in clauses(t)):
            given = []  # "证书奖项也没有" told with the achievements: the awards are said, none
        unknown = [n for n, v in (("awards", given), ("achievements", texts)) if v is None]
        shown = "；".join(m for _, m in seen)
        if unknown:
            return out(None, (shown + "；" if shown else "") + "未提供" + "、".join(
                "获奖情况" if n == "awards" else "主要业绩" for n in unknown) + "。", *unknown)
        return out(False, (shown + "；除此之外" if shown else "") + "材料未提到数字经济行业领先水平或等级资质证书，"
                    f"也没有{floor_text}及以上科学技术类奖项。")
    return pred


def _whose_award(seen: list[tuple[bool | None, str]], told: list[str], label: str) -> list[tuple[bool | None, str]]:
    """A science award that met the condition, told as an organisation's or a team's with the applicant's part as a
    completer not said ("我们公司二〇年获得浙江省科学技术进步奖"): the condition asks that the applicant 获得过 it,
    so whether it counts is the review's (``language.award_holder``)."""
    said = unit_award([t for t in told if names_sci_tech_award(t)])
    if said is None:
        return seen
    return [(None, f"材料说的是“{short(said)}”，是单位或团队获得的奖项，没有说明本人是否为获奖项目的完成人；"
                   f"{m.removeprefix('获得')}是否算本人获得，由评审认定") if ok else (ok, m) for ok, m in seen]


# an award of any kind named in a denial (奖项, 科技奖, 什么奖), not a bonus (奖金)
_AWARD_WORD = re.compile(r"奖(?![金励惩])")

_LOOKALIKE = {"vendor": "企业自己的认证", "level": "职业技能等级证书"}


def _certificate(hit, wanted: str) -> tuple[bool | None, str]:
    """A certificate the lexicon found, judged against the one the notice names (``certificate_or_sci_award``)."""
    quoted = short(hit.texts[0])
    look = certificate_lookalike(hit.texts[0]) if wanted else None
    if look == "vendor" and wanted == "national":
        return False, f"材料“{quoted}”是{_LOOKALIKE[look]}，不是国家级等级资质证书"
    if look and wanted == "leading":
        return None, (f"材料“{quoted}”是{_LOOKALIKE[look]}，是否数字经济行业国内或国外领先水平的证书，通知未明确，"
                      "由评审认定")
    if wanted == "leading" and not leading_said(hit.texts[0]):
        # 第四届 asks for a certificate "of a leading level": a national qualification named by its paper (软考高级,
        # 系统架构设计师) is a certificate of the field, and whether it leads is the experts' word, as the blind
        # writers of batch af read it (two, independently)
        return None, (f"材料“{quoted}”提到“{'、'.join(hit.terms[:3])}”，是否属于数字经济行业国内或国外领先水平的"
                      "证书，由评审认定")
    return True, (f"材料“{quoted}”提到“{'、'.join(hit.terms[:3])}”，与“{hit.condition.label}”相符；"
                  "证书是否达到要求由专家评审认定")


def awards(accept: Callable[[Award, dt.date], tuple[bool | None, str] | None], what: str) -> Callable:
    """True if any award is accepted; ``accept`` returns None for an award that is beside the point."""
    def pred(f: Facts, ref: dt.date) -> Outcome:
        given = f.profile.awards
        if given is None:
            return out(None, f"未提供获奖情况，无法判断是否{what}。", "awards")
        seen = []
        for a in given:
            if a.year is not None and a.year > ref.year:
                if accept(a, dt.date(a.year, 12, 31)) is not None:  # of the kind asked, but won after the date
                    seen.append((False, _later(a.kind, a.year, ref)))
                continue
            verdict = accept(a, ref)
            if verdict is not None:
                seen.append(verdict)
        return _pick(seen, what, "awards", "没有相关奖项")
    return pred


def _said_year(text: str, f: Facts) -> int | None:
    """The year an achievement's text says it happened in, read as of the date its facts were told."""
    from assistant.extract.when import year_near

    return year_near(text, len(text), max(f.as_of, f.facts_as_of))


def _undated(verdict: tuple[bool | None, str], when: bool | None, year: int | None, ref: dt.date) -> tuple[bool | None, str]:
    """A record that would count, dated only to the reference date's own year (``dated.on_or_before`` None): open."""
    if when is None and verdict[0] is True:
        return None, f"{verdict[1]}；只知是{year}年，是否在计算日 {ref.isoformat()} 之前取得，需要核实具体月份"
    return verdict


def _later(name: str, year: int, ref: dt.date) -> str:
    """An honour won after the round's reference date: the asker said it, so it is named, and why it does not count."""
    return f"{name}（{year}年）在计算日 {ref.isoformat()} 之后获得，不计入"


def _pick(seen: list[tuple[bool | None, str]], what: str, field: str, none_text: str) -> Outcome:
    if any(ok for ok, _ in seen):
        return out(True, "；".join(m for ok, m in seen if ok) + "。")
    if any(ok is None for ok, _ in seen):
        return out(None, "；".join(m for ok, m in seen if ok is None) + "。", field)
    shown = "；".join(m for _, m in seen) or none_text
    return out(False, f"{shown}，不能{what}。" if seen else f"{none_text}，不能{what}。")


def level_at_least(level: str | None, floor: str) -> bool:
    return level is not None and _LEVEL_ORDER[level] >= _LEVEL_ORDER[floor]


def contest_denied_of(texts: list[str] | None, kind: str) -> str | None:
    """The clause of ``texts`` (the achievements) that denies a contest was of ``kind`` ("那个比赛是电工的，不是数字
    经济那块的比赛"), or None: the speaker's own word settles what a contest's name leaves open."""
    return next((c.text for t in texts or [] for c in clauses(t)
                 if c.negated and kind in c.text and _CONTEST_WORD.search(c.text)), None)


def contest_digital(field: str) -> bool:
    """Whether a contest's name says it is of the digital economy ("浙江省数字技能大赛", "市数字经济技能竞赛";
    language.classify.digital_contest), through the checker's helpers as ``contest_trade``."""
    from assistant.language.classify import digital_contest

    return bool(digital_contest(field))


def contest_trade(field: str) -> str | None:
    """The traditional trade a contest is named after ("浙江省焊工职业技能大赛": 焊工), or None (language.classify):
    the packs read the language layer through the checker's helpers, never directly (tests/test_layers.py)."""
    from assistant.language.classify import traditional_trade

    return traditional_trade(field)
