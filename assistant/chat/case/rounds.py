"""The profile as it stood for a programme's round: a level reached after the round closed is not counted, and what
the asker said of that round's time ("那首届呢 那时候我还在车间拉线 奖也没有") holds for it alone.
"""

from __future__ import annotations

from assistant.chat.case.home_years import for_program
from assistant.chat.case.state import Session
from assistant.chat.case.year_spans import THEN_WORDS

# what was so at an earlier round and may have changed since: the work, the post, the workplace, the record. A year
# count said of then stays with the year readers (chat.case.year_spans.count_then_or_now), which keep both ends open;
# birth, nationality and titles do not change with the round asked about.
THEN_FIELDS = ("achievements", "awards", "competition_results", "trained_apprentices", "occupation", "role_type",
               "is_digital_economy", "employment", "employer_city", "employer_type", "union_member")


def said_of_then(session: Session, edition: tuple[str, ...], text: str, facts: dict) -> dict:
    """The facts of a turn that turns to an earlier edition and speaks of its time ("那首届呢 那时候…"): those that
    may have changed since are kept for that edition (``session.then``) and left out of the profile, so that "那时候
    奖也没有" does not take away the award the asker holds now. Returns the facts for the profile."""
    from assistant.programs import get_pack

    if not THEN_WORDS.search(text):
        _denied_then_too(session, facts)
    if len(edition) != 1 or get_pack(edition[0]).current_of_series or not THEN_WORDS.search(text):
        return facts
    then = {k: v for k, v in facts.items() if k in THEN_FIELDS}
    if not then:
        return facts
    if "occupation" in then and "is_digital_economy" not in then:
        from assistant.extract.judge import digital_occupation

        # the work then is judged on its own words, once, as it is written down (not by the digital work of now)
        digital = digital_occupation(then["occupation"])
        if digital is not None:
            then["is_digital_economy"] = digital
    session.then.setdefault(edition[0], {}).update(then)
    return {k: v for k, v in facts.items() if k not in THEN_FIELDS}


def _denied_then_too(session: Session, facts: dict) -> None:
    """Deeds denied outright in a later turn said of no time ("标准我没碰过 攻关也谈不上", after "那首届呢 那会儿…
    也没带过人") were not done at the earlier round either: they join the record kept for that round, which would
    otherwise hide them (``profile_for`` lays the round's record over the profile). A deed told, not denied, may
    be later than the round, and stays the profile's."""
    from assistant.extract.judge import negated

    told = facts.get("achievements")
    if not told or not all(negated(t) is True for t in told):
        return
    for then in session.then.values():
        if "achievements" in then:
            then["achievements"] = list(dict.fromkeys([*then["achievements"], *told]))


def _level_below(level: str) -> str | None:
    from assistant.profile import SKILL_LEVELS

    i = SKILL_LEVELS.index(level) if level in SKILL_LEVELS else 0
    return SKILL_LEVELS[i - 1] if i > 1 else None


def profile_for(session: Session, program: str, corpus) -> dict:
    """The profile as it stood for ``program``'s round: a skill level reached after the round closed is not
    counted ("2022年才拿到技师证，2021年那会儿还是高级工" -> 高级工 for 2021年首席技师); reached in the round's own
    year, it is left open for review."""
    then = session.then.get(program)
    base = {**session.profile, **then} if then else session.profile
    base = for_program(session, base, program)  # "〇五年就到萧山了": the Hangzhou years as the trade's (home_years)
    if then and "occupation" in then and "is_digital_economy" not in then:
        # the work then, left unjudged (said_of_then): not the digital work of now either
        base = {k: v for k, v in base.items() if k != "is_digital_economy"}
    since = session.skill_dates.get("since")
    meta = corpus.meta(program)
    closes = getattr(meta, "deadline", None) or getattr(meta, "reference_date", None)
    if since is None or closes is None or since < closes.year or "skill_level" not in base:
        return base
    profile = dict(base)
    before = session.skill_dates.get("before") or _level_below(profile["skill_level"])
    if since > closes.year and before:  # levels are taken one after another: before 技师 (2022), at most 高级工
        profile["skill_level"] = before
    else:
        profile.pop("skill_level")
    return profile
