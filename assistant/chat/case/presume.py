"""Distinctions an applicant would mention, presumed absent in a conversation when they are not mentioned.

Someone asking "我能报吗" who holds a provincial science award or a competition first place says so; silence about them is not a gap in the facts the way silence about a start date is.
So, in a conversation only, when the verdict is open solely because such a distinction was not mentioned,
the verdict is taken on the facts as stated, and a note says what was presumed and invites a correction.
``assistant check`` on a profile JSON never presumes: there a missing field stays ``needs_review``
(CONTRACT). docs/verdict-policy.md has the row.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Callable

from assistant.chat.case.home_years import PRESUMED
from assistant.eligibility.model import Note, Verdict

__all__ = ["PRESUMED_ABSENT", "INFERRED", "ASKED", "presume", "note_inferred", "note_asked", "note_tentative"]

# field -> how the note names it: distinctions that lift a limit or open a path, which the holder volunteers.
# Titles already held are not here: they shut a programme (不再重复推荐), and are asked, not presumed.
PRESUMED_ABSENT: dict[str, str] = {
    "awards": "获奖",
    "competition_results": "竞赛名次",
}


def presume(verdict: Verdict, profile: dict, check: Callable[[dict], Verdict]) -> Verdict:
    """``verdict``, or, when only unmentioned distinctions keep it open, the verdict with them read as none."""
    if verdict.verdict != "needs_review":
        return verdict
    absent = [f for f in PRESUMED_ABSENT if profile.get(f) is None and f in verdict.missing
              and not (f == "competition_results" and placing_unread(profile))]
    if not absent:
        return verdict
    settled = check({**profile, **dict.fromkeys(absent, [])})
    if settled.verdict == "needs_review":
        return verdict
    source = next((r for r in verdict.reasons if r.ok is None and set(r.missing) & set(absent)), None)
    if source is None:
        return verdict
    named = "、".join(PRESUMED_ABSENT[f] for f in absent)
    note = Note("presumed_absent", source.clause_id, source.quote,
                f"您没有提到{named}，以上按“没有”判断；如有，请告诉我，结论可能改变。")
    return dataclasses.replace(settled, notes=(*settled.notes, note))


def placing_unread(profile: dict) -> bool:
    """Whether the asker's own words name a place at a contest ("…技能大赛 …项目 第一名") that no record was read
    from: the placing was mentioned, so it is asked about, never presumed absent (which would turn a placing at the
    bar into 不符合). A trainee's placing is the trainee's."""
    from assistant.extract.competitions import ranks
    from assistant.language import said_clauses
    from assistant.language.lexicon import competition_events, names_trainee

    contest = "|".join(competition_events())
    return any(ranks(c) and re.search(contest, t) for t in profile.get("achievements") or [] if not names_trainee(t)
               for c in said_clauses(t))


# field -> the reading presumed from a description of the work, and the corrections the note offers
INFERRED: dict[str, str] = {
    "employment": "从您说的工作看，以上按“在职全职”判断；如是兼职、退休返聘、自由职业或公务员，请告诉我。",
    "role_type": "从您说的工作看，以上按“一线技术岗位”判断；如是管理或行政岗位，请告诉我。",
    "employer_city": "您问的是杭州的评选，又没说单位在哪里，以上按“单位在杭州”判断；如单位不在杭州，请告诉我。",
    **{p.target: p.note for p in PRESUMED},  # one year count read as the other (chat.case.home_years)
}


def note_inferred(verdict: Verdict, sources: dict) -> Verdict:
    """``verdict`` with a note for each fact inferred rather than said (``extract.jobs``), when a rule that read
    it is among the reasons: the asker sees what was presumed and can correct it ("我是兼职的")."""
    from assistant.eligibility import get_program

    inferred = [f for f in INFERRED if sources.get(f) == "inferred"]
    if not inferred:
        return verdict
    rules = {r.id: r for r in get_program(verdict.program).rules}
    notes = list(verdict.notes)
    for field in inferred:
        source = next((r for r in verdict.reasons if r.ok is not None and r.rule in rules
                       and field in rules[r.rule].fields), None)
        if source is not None and not any(n.rule == f"inferred_{field}" for n in notes):
            notes.append(Note(f"inferred_{field}", source.clause_id, source.quote, INFERRED[field]))
    return dataclasses.replace(verdict, notes=tuple(notes)) if len(notes) > len(verdict.notes) else verdict


def _shown(value) -> str | None:
    """A hedged answer's value as the note says it back: 是 / 否 / 没有 / the level; None for a code."""
    if isinstance(value, bool):
        return "是" if value else "否"
    if value == [] or value == "无":
        return "没有"
    from assistant.profile import SKILL_LEVELS

    return value if value in SKILL_LEVELS and value != "none" else None


def note_tentative(verdict: Verdict, tentative: dict, profile: dict) -> Verdict:
    """``verdict`` with a note for each answer the asker hedged ("应该是吧" to the union question) that a rule among
    its reasons decided on: the answer was taken as said, and is to be confirmed, since the verdict may turn on it."""
    from assistant.eligibility import get_program
    from assistant.profile import FIELD_LABELS

    if not tentative:
        return verdict
    rules = {r.id: r for r in get_program(verdict.program).rules}
    notes = list(verdict.notes)
    for field, words in tentative.items():
        source = next((r for r in verdict.reasons if r.ok is not None and r.rule in rules
                       and field in rules[r.rule].fields), None)
        if source is None or field not in profile or any(n.rule == f"tentative_{field}" for n in notes):
            continue
        label = FIELD_LABELS.get(field, "").split("（")[0]
        value = _shown(profile[field])
        taken = f"以上按“{value}”判断" if value else "以上按您说的判断"
        notes.append(Note(f"tentative_{field}", source.clause_id, source.quote,
                          f"{label}：您说的是“{words.strip()}”，{taken}；请再确认一下，如有出入请告诉我，结论可能改变。"))
    return dataclasses.replace(verdict, notes=tuple(notes)) if len(notes) > len(verdict.notes) else verdict


# field asked about -> (yes, no, not known) answers; {work} is the occupation as the asker said it
ASKED: dict[str, tuple[str, str, str]] = {
    "is_digital_economy": (
        "您问是否属于数字经济行业：按您说的“{work}”，属于数字经济行业",
        "您问是否属于数字经济行业：按您说的“{work}”，不属于数字经济行业",
        "您问是否属于数字经济行业：要看具体做什么工作，请说一下您的职业（工种）和主要工作内容",
    ),
}
_JUDGED = "，这是按您描述的工作内容作出的判断，最终以评审认定为准"


def note_asked(verdict: Verdict, asks: tuple[str, ...], profile: dict, judged: bool = False) -> Verdict:
    """``verdict`` with an answer to a fact the asker asked about ("我这个算数字经济行业吗"), taken from the rule
    that reads it, with its clause (the notice's definition): yes or no by the profile (the occupation
    classifier's judgement, when the work was described), or what to say when it is not known. A programme
    with no rule reading the field gets no note."""
    from assistant.eligibility import get_program

    rules = {r.id: r for r in get_program(verdict.program).rules}
    notes = list(verdict.notes)
    for field in (f for f in asks if f in ASKED):
        source = next((r for r in verdict.reasons if r.rule in rules and field in rules[r.rule].fields), None)
        if source is None or any(n.rule == f"asked_{field}" for n in notes):
            continue
        yes, no, unknown = ASKED[field]
        value, work = profile.get(field), profile.get("occupation") or "工作"
        message = (yes if value else no).format(work=work) if value is not None else unknown
        if value is not None and judged:
            message += _JUDGED
        notes.append(Note(f"asked_{field}", source.clause_id, source.quote, message + "。"))
    return dataclasses.replace(verdict, notes=tuple(notes)) if len(notes) > len(verdict.notes) else verdict
