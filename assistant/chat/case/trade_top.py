"""A level said in one turn below the top of a trade named in another ("我在厂里做模具" … "我就是个技师").

浙派工匠 asks for 高级技师 or the top level of one's own trade. The extractor reads a listed trade and a level said
in the same message (``extract.graded_trades``); in a dialogue the trade is often said first and the level in
reply to the question asked, so the two meet only in the dialogue state: the level is not the top of a trade whose
national standard goes up to 高级技师, and the verdict says so once, open to "我们工种最高就是技师"."""

from __future__ import annotations

from assistant.chat.case.state import Session
from assistant.extract.graded_trades import GRADED_NOTE
from assistant.language.rungs import graded_trade
from assistant.profile import SKILL_LEVELS

__all__ = ["below_trade_top", "trade_top_note"]

_UNSAID = "graded_top:unsaid"
_SAID = "graded_top:said"


def below_trade_top(session: Session, facts: dict) -> None:
    """Mark the level held as not the top of the trade said, when the level came (``facts``, this turn's) after the
    trade and the asker has said nothing about the top; a derived fact, replaced by any word on the top said later.
    Said in one message, the two are the extractor's to join."""
    profile = session.profile
    level = profile.get("skill_level")
    if "is_highest_level_of_occupation" in profile or level not in SKILL_LEVELS[1:5]:
        return
    if "skill_level" not in facts or "occupation" in facts:
        return
    if graded_trade(profile.get("occupation")) is None:
        return
    profile["is_highest_level_of_occupation"] = False
    session.sources["is_highest_level_of_occupation"] = "derived"
    if _SAID not in session.said:
        session.said.add(_UNSAID)


def trade_top_note(session: Session) -> str:
    """The note that the level was read as below the trade's top, said once after ``below_trade_top`` set it."""
    if _UNSAID not in session.said:
        return ""
    session.said.discard(_UNSAID)
    session.said.add(_SAID)
    trade = graded_trade(session.profile.get("occupation"))
    level = session.profile.get("skill_level")
    if trade is None or session.profile.get("is_highest_level_of_occupation") is not False:
        return ""
    return GRADED_NOTE.format(trade=trade, level=level)
