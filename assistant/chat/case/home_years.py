"""The years in Hangzhou and the years in the trade, each presumed from the other in a conversation that names no
place outside Hangzhou: "他在淳安一个砚台厂刻砚台，刻了三十来年了" is thirty-odd years in Hangzhou, and "〇五年就到萧山了"
with the trade said once ("做喷气织机维修的") is the trade's years since 2005, as blind readers of the notices take both
(首届杭州工匠 “在杭从事本专业技能工作” is one count to them). Like the workplace (``home_city``), the presumption is said
once in a note that invites a correction, is replaced by a count said later, and is never made by ``assistant check``.

Neither is presumed when the talk names a place outside Hangzhou (the years may have been spent there), a change of
trade (the Hangzhou years may be another trade's), or part-time or freelance work."""

from __future__ import annotations

import re
from dataclasses import dataclass

from assistant.chat.case.state import Session

__all__ = ["PRESUMED", "Presumption", "years_presumed", "for_program", "follow_spans"]


@dataclass(frozen=True)
class Presumption:
    """One count read as another: ``target`` from ``source``, with the words said back to the asker."""

    target: str
    source: str
    note: str
    only_hangzhou: bool  # whether a place named outside Hangzhou forbids it (the years may have been spent there)
    # whether it holds for every programme, or only for a rule that counts the trade's years in Hangzhou
    # ("field&hangzhou", 首届杭州工匠): elsewhere the Hangzhou years are only a floor of the trade's, which would turn
    # "2021年来的杭州" into 4 years in the trade, a no to "一般在5年以上" never said
    everywhere: bool


PRESUMED: tuple[Presumption, ...] = (
    Presumption("years_full_time_in_hangzhou", "years_in_field",
                "您没说在外地干过，以上按“这些年都在杭州全职”判断；如有在外地或兼职的年份，请告诉我。", True, True),
    Presumption("years_in_field", "years_full_time_in_hangzhou",
                "您没说换过行当，以上按“在杭州这些年做的都是本行”判断；如中间换过行当，请告诉我。", False, False),
)

# a coming to Hangzhou told ("来杭州的时间记不太清了", "05年调到杭州"): the Hangzhou years are a fact of their own,
# said or to be asked, never the trade's
# and so is a count said of Hangzhou itself ("在杭州全职九年", then "在杭州全职上班有三年"): set aside when two disagree,
# it is asked, never filled from the trade's
_ARRIVAL = re.compile(r"(?:来|到|回|调|搬|迁|落户)(?:了|的|到|去|回)?(?:杭州|杭(?!州))|杭州的(?:时间|年限|年数)"
                      r"|在杭州?[^，,。；;]{0,8}?[0-9〇零一二两三四五六七八九十]+(?:多|来|几)?年")

_MARK = "presumed:"
_THEN = "then:"  # chat.case.year_spans.THEN_MARK: a count that may be as of the round's date  # in ``session.said``: a count this module wrote, recomputed every turn


def years_presumed(session: Session, text: str) -> None:
    """Fill an unsaid count from the other one (``PRESUMED``) when the talk allows it; a count presumed earlier is
    dropped first, so a count said since (or a place named since) takes its place."""
    for p in PRESUMED:
        if _MARK + p.target in session.said:
            session.said.discard(_MARK + p.target)
            if session.sources.get(p.target) == "inferred":
                if p.everywhere:
                    session.profile.pop(p.target, None)
                session.early.pop(p.target, None)
                session.sources.pop(p.target, None)
    allowed = _allowed(session, text)
    profile = session.profile
    for p in PRESUMED:
        if allowed is None or allowed is False and p.only_hangzhou:
            continue
        if p.target in profile or p.source not in profile or _started(profile, p.target):
            continue
        if session.sources.get(p.source) == "inferred":
            continue  # one presumption never feeds the other
        zj = profile.get("years_full_time_in_zhejiang")
        if p.only_hangzhou and zj is not None and zj + 1e-6 < profile[p.source]:
            continue  # fewer years in Zhejiang than in the trade: some of the trade's were spent elsewhere
        if p.everywhere:
            profile[p.target] = profile[p.source]
        session.sources[p.target] = "inferred"
        session.said.add(_MARK + p.target)
        if p.source in session.early:  # its open ends too ("零几年进的厂": 2000–2009), also where only one rule
            session.early[p.target] = session.early[p.source]  # reads it (for_program); a floor asks nothing of its own
    if allowed is not None:
        _floor_by_hangzhou(session)


def _floor_by_hangzhou(session: Session) -> None:
    """A hedged trade count ("做模具二十来年") is at least the Hangzhou years said since ("2005年或更早" to the start
    asked): with no change of trade those years are the trade's, so the range's low end rises to them."""
    from assistant.chat.case.months import is_count

    profile, hz, field = session.profile, "years_full_time_in_hangzhou", "years_in_field"
    span = session.early.get(field)
    if hz not in profile or field not in profile or session.sources.get(hz) == "inferred" or span is None \
            or not is_count(span) or session.sources.get(field) == "inferred":
        return
    floor = profile[hz]
    if span[1] + 1e-6 < floor:
        session.early[field] = (max(span[0], floor), floor)
        profile[field] = max(profile[field], floor)


def _started(profile: dict, field: str) -> bool:
    from assistant.chat.case.replies import START_OF

    start = START_OF.get(field)
    return bool(start and profile.get(start))


def _allowed(session: Session, text: str) -> bool | None:
    """None when work in Hangzhou is not told, or a change of trade or part-time or freelance work is; else whether
    the talk names no place outside Hangzhou."""
    from assistant.chat.case.posts import clauses_said
    from assistant.extract.jobs import TURN
    from assistant.extract.patterns import AWAY_UNNAMED
    from assistant.extract.places import cities_in, provinces_in

    profile = session.profile
    if profile.get("employer_city") != "杭州" or profile.get("employment") in ("part_time", "freelance"):
        return None  # (a retiree's years are those of the working life, which retired_counts runs to the retirement)
    said = clauses_said(session, text)
    if any(TURN.search(c) or "兼职" in c for c in said):
        return None
    return not (any(city != "杭州" for c in said for _, _, city, _ in cities_in(c))
                or any(p not in ("浙江", "浙江省") for c in said for _, _, p in provinces_in(c))  # (杭州 is in it)
                or any(_ARRIVAL.search(c) or AWAY_UNNAMED.search(c) for c in said))  # ("以前在外地干过")


def for_program(session: Session, base: dict, program: str) -> dict:
    """``base`` (the profile for ``program``) with the presumptions that hold only for a rule counting the trade's
    years in Hangzhou, where ``program`` has one; ``base`` itself otherwise."""
    from assistant.eligibility.api import get_program

    joint = any(r.fix is not None and r.fix.measure == "field&hangzhou" for r in get_program(program).rules)
    if not joint:
        return base
    extra = {p.target: base[p.source] for p in PRESUMED if not p.everywhere and _MARK + p.target in session.said
             and p.target not in base and base.get(p.source) is not None}
    return {**base, **extra} if extra else base


def follow_spans(session: Session) -> None:
    """A presumed count keeps the open ends of the count it was read from, opened later in the turn too (the
    then-or-now range of "十二年" said in a talk about 2016: chat.case.year_spans.count_then_or_now)."""
    for p in PRESUMED:
        if _MARK + p.target in session.said and p.source in session.early \
                and session.sources.get(p.target) == "inferred":
            session.early[p.target] = session.early[p.source]
            if _THEN + p.source in session.said:
                session.said.add(_THEN + p.target)
