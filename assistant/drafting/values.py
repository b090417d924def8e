"""The value of each form field for one applicant, from the facts (as given) and the drafted 主要事迹.

Shared by the .docx and .xlsx exports. The ID card and phone go only into their own fields; the derived
fields (主要成果, 曾获荣誉, 首席技师申报表's sections) list facts in the user's own wording.
"""

from __future__ import annotations

import datetime as dt

from assistant.drafting.material import MAX_AGE, MIN_AGE, Item, build_material, clean_phrase
from assistant.drafting.text import plain_number
from assistant.extract.people import full_years
from assistant.profile import Facts, month_of

__all__ = ["form_values"]

_LEVEL_ORDER = {"national": 0, "provincial": 1, "municipal": 2, None: 3}
# 首席技师认定申报表 (附件2): which kinds of fact go in which row of 主要技术简况、贡献成果登记.
_SECTIONS = {
    "sec_knack": ("knack", "craft"),
    "sec_competition": ("competition",),
    "sec_method": ("method",),
    "sec_innovation": ("innovation", "standards", "ai", "digital", "transfer"),
    "sec_honours": ("award", "title"),
    "sec_contribution": ("training", "benefit", "other"),
}


def _age(birth: str | None, today: dt.date) -> str:
    if not birth:
        return ""
    age = full_years(month_of(birth), today)
    return str(age) if MIN_AGE <= age <= MAX_AGE else ""


def _join(parts: list[str], sep: str = "；") -> str:
    parts = [p for p in parts if p]
    return sep.join(parts) + ("。" if parts else "")


def _first_place_since_2025(f: Facts) -> str:
    if f.competition_results is None:
        return ""
    wins = [c for c in f.competition_results if c.rank == 1 and (c.type or "individual") == "individual"
            and c.year is not None and c.year >= 2025]
    if not wins:
        return "否"
    listed = "；".join(f"{c.year}年{clean_phrase(c.field) or '职业技能竞赛'}个人第1名" for c in wins)
    check = "" if all("数字" in (c.field or "") for c in wins) else "（请核对是否属数字经济行业竞赛）"
    return f"是：{listed}{check}"


def _honours3(f: Facts) -> str:
    if f.honours:
        return "\n".join(f"{i}. {clean_phrase(h)}" for i, h in enumerate(f.honours[:3], start=1))
    awards = sorted(f.awards or [], key=lambda a: (_LEVEL_ORDER.get(a.level, 3), -(a.year or 0)))
    names = [f"{clean_phrase(a.kind)}（{a.year}年）" if a.year else clean_phrase(a.kind) for a in awards]
    names += [clean_phrase(t) for t in f.prior_titles or []]
    return "\n".join(f"{i}. {n}" for i, n in enumerate(names[:3], start=1))


def _results3(f: Facts, items: tuple[Item, ...]) -> str:
    if f.main_results:
        results = [clean_phrase(r) for r in f.main_results]
    else:
        results = [it.text for it in items if it.kind not in {"award", "title", "competition", "training"}]
    return "\n".join(f"{i}. {r}" for i, r in enumerate(results[:3], start=1))


def form_values(facts: Facts, main_deeds: str, today: dt.date) -> dict[str, str]:
    """Every key the layouts in ``forms`` use, as display text ("" when the facts do not say)."""
    f = facts
    m = build_material(f, today)
    skill = f.skill_level if f.skill_level and f.skill_level != "none" else ""
    values = {
        "name": f.name or "", "gender": f.gender or "", "birth_date": f.birth_date or "",
        "education": f.education or "", "political_status": f.political_status or "",
        "id_card": f.id_card or "", "native_place": f.native_place or "", "employer": f.employer or "",
        "position": f.position or "", "field_detail": f.field_detail or "",
        "years_in_field": plain_number(f.years_in_field) if f.years_in_field is not None
        and plain_number(f.years_in_field) not in m.excluded_numbers else "",
        "skill_level": skill, "title_level": f.title_level or "", "talent_level": f.talent_level or "",
        "phone": f.phone or "", "landline": f.landline or "", "address": f.address or "", "motto": f.motto or "",
        "ethnicity": f.ethnicity or "", "occupation": f.occupation or "", "work_start": f.work_start or "",
        "post": f.post or f.position or "", "admin_position": f.admin_position or "",
        "employer_position": " ".join(x for x in (f.employer, f.position) if x),
        "age": _age(f.birth_date, today),
        "title_skill": "/".join(x for x in (f.title_level, skill) if x),
        "occupation_level": "/".join(x for x in (f.occupation, skill) if x),
        "first_place_since_2025": _first_place_since_2025(f),
        "main_results3": _results3(f, m.items), "honours3": _honours3(f),
        "main_deeds": main_deeds or "",
    }
    for key, kinds in _SECTIONS.items():
        values[key] = _join([it.text for it in m.items if it.kind in kinds])
    return values
