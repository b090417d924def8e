"""A result told before, now said to be another's ("不对 那个比赛是我徒弟拿的", "那个奖其实是我师傅得的"): the fact of
the asker's own it was read as goes, rather than staying beside what the correction says.

The kinds of thing and the fact each was read as are in ``language/data/not_mine.json``.
"""

from __future__ import annotations

import re
from functools import lru_cache

from assistant.language.datafiles import data_json, words_pattern

__all__ = ["not_mine", "withdraw_not_mine", "unit_award_told"]


@lru_cache(maxsize=1)
def _readers() -> tuple[tuple[str, re.Pattern], ...]:
    from assistant.extract.patterns import OTHER_PEOPLE
    from assistant.language.people import words_of

    t = data_json("not_mine.json")
    others = words_pattern({*OTHER_PEOPLE, *words_of("workmate"), *words_of("kinfolk"), *words_of("family")})
    verbs, pointing = words_pattern(t["verbs"]), words_pattern(t["pointing"])
    out = []
    for field, things in t["things"].items():
        thing = words_pattern(things)
        # "那个比赛是我徒弟拿的", "比赛其实是同事得的", "那个奖是我师傅的"; "那个第一不是我拿的，是我徒弟"
        out.append((field, re.compile(
            rf"(?:{pointing})?(?:{thing})(?:其实|实际上|都)?(?:是|都是)(?:我|我们)?(?:带的|教的|手下的|的)?(?:{others})(?:们)?"
            rf"(?:(?:{verbs})(?:了|到|上)?(?:的)?|的)"
            rf"|(?:{pointing})(?:{thing})(?:其实|也)?(?:不是|并不是)我(?:{verbs})?(?:的)")))
    return tuple(out)


def not_mine(profile: dict, text: str) -> tuple[str, ...]:
    """The facts of ``profile`` that ``text`` says were another's: ("competition_results",) for "不对 那个比赛是我徒弟
    拿的" when a result was told. A thing of the asker's own said beside ("我徒弟也拿过比赛") takes nothing away."""
    said = re.sub(r"\s+", "", text or "")
    return tuple(field for field, reader in _readers() if profile.get(field) and reader.search(said))


def withdraw_not_mine(session, facts: dict, text: str) -> tuple[str, ...]:
    """Take out of the session's profile the facts ``text`` says were another's, and the message itself read as a
    deed of the asker's ("那个比赛是我徒弟拿的" is no achievement); a value said anew in the same message stays."""
    gone = tuple(f for f in not_mine(session.profile, text) if f not in facts or facts[f] == session.profile[f])
    for field in gone:
        session.profile.pop(field, None)
        session.sources.pop(field, None)
        facts.pop(field, None)
    if gone and isinstance(facts.get("occupation"), str):  # "那个奖章是我师傅的": 师傅 is no occupation of the asker's
        said = re.sub(r"\s+", "", text)
        spans = [m.group() for f, reader in _readers() if f in gone for m in reader.finditer(said)]
        if any(facts["occupation"] in span for span in spans):
            facts.pop("occupation")
    if gone and facts.get("achievements"):
        said = re.sub(r"\W", "", text)
        kept = [a for a in facts["achievements"] if re.sub(r"\W", "", str(a)) not in said]
        if kept:
            facts["achievements"] = kept
        else:
            facts.pop("achievements")
    return gone



def unit_award_told(session, facts: dict, text: str) -> dict:
    """A science award told before, now said to be a team's or the unit's ("其实是我们团队拿的 我就是做了点测试"):
    the reply kept as an achievement with the award's name before it, so the checker reads whose the award is
    (``language.award_holder``: a unit's award with the applicant's part as a completer not said is the review's,
    docs/verdict-policy.md) instead of the award standing as the applicant's. Nothing when the message names an
    award of its own, or no science award was told."""
    from assistant.eligibility.preds import (
        names_sci_tech_award,  # the 科学技术类奖项 of 条件(三), one word list
    )
    from assistant.language.award_holder import unit_award

    if facts.get("awards") or names_sci_tech_award(text or ""):
        return {}
    kinds = [a.get("kind", "") for a in session.profile.get("awards") or [] if isinstance(a, dict)]
    kind = next((k for k in reversed(kinds) if k and names_sci_tech_award(k)), "")
    said = (text or "").strip()
    if not kind or not unit_award([f"{kind}，{said}"]):
        return {}
    told = [*(session.profile.get("achievements") or []), *(facts.get("achievements") or [])]
    return {"achievements": [*dict.fromkeys([*told, f"{kind}，{said}"])]}
