"""An age a start is dated by, said in a reply after the birth year is known ("八零年的" in one turn, "十六岁进的厂
一直修到现在" in the next): the age is written as its year, as ``extract.when.name_age_years`` does for a message
that says both, so the reply's start is read in the trade's years."""

from __future__ import annotations

import datetime as dt
import re

from assistant.chat.case.state import Session

__all__ = ["dated_by_known_birth"]

# an age said in the reply, or a childhood ("打小"), which ``extract.hedged_ages`` writes as an age
_AGE = re.compile(r"岁|打小|从小|自小|小时候")


def dated_by_known_birth(session: Session, text: str, today: dt.date) -> str | None:
    """``text`` with the ages it dates a start by written as years of the birth the conversation holds, or None
    when it says no such age, or says a birth or an age now of its own (then the message's own reading stands)."""
    from assistant.extract.hedged_ages import latest_ages
    from assistant.extract.text import spaces_end_clauses
    from assistant.extract.when import name_age_years

    born = session.profile.get("birth_date")
    if not isinstance(born, str) or not re.fullmatch(r"\d{4}-\d{2}", born) or not _AGE.search(text):
        return None
    loose = spaces_end_clauses(latest_ages(text))  # the clauses as the extractor reads them
    if name_age_years(loose, today) != loose:
        return None  # the reply dates its ages itself, by a birth or an age now it says
    lead = f"我{born[:4]}年出生，"
    dated = name_age_years(lead + loose, today)
    if not dated.startswith(lead) or dated[len(lead):] == loose:
        return None
    return dated[len(lead):]
