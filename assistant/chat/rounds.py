"""The profile as it stood for a programme's round (a level reached after the round closed is not counted).
"""

from __future__ import annotations

from assistant.chat.state import Session


def _level_below(level: str) -> str | None:
    from assistant.profile import SKILL_LEVELS

    i = SKILL_LEVELS.index(level) if level in SKILL_LEVELS else 0
    return SKILL_LEVELS[i - 1] if i > 1 else None


def profile_for(session: Session, program: str, corpus) -> dict:
    """The profile as it stood for ``program``'s round: a skill level reached after the round closed is not
    counted ("2022年才拿到技师证，2021年那会儿还是高级工" -> 高级工 for 2021年首席技师); reached in the round's own
    year, it is left open for review."""
    since = session.skill_dates.get("since")
    meta = corpus.meta(program)
    closes = getattr(meta, "deadline", None) or getattr(meta, "reference_date", None)
    if since is None or closes is None or since < closes.year or "skill_level" not in session.profile:
        return session.profile
    profile = dict(session.profile)
    before = session.skill_dates.get("before") or _level_below(profile["skill_level"])
    if since > closes.year and before:  # levels are taken one after another: before 技师 (2022), at most 高级工
        profile["skill_level"] = before
    else:
        profile.pop("skill_level")
    return profile
