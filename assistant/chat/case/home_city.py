"""The employer's city presumed in a conversation about Hangzhou's honours: someone who tells the work they do now
("一直在车间修工业机器人", "我焊了二十年管道") and names no place at all is asking about their own city's honours,
as blind readers of the notices take it (the workplace is the one thing such an asker does not think to say). The
city is inferred (source "inferred"), said once in a note that invites a correction ("单位不在杭州，请告诉我"), and
replaced by any city said later. A place named anywhere in the talk (a city, a province) leaves it to be asked:
"之前在南京做了三年" may be where the work still is. ``assistant check`` never presumes (CONTRACT)."""

from __future__ import annotations

from assistant.chat.case.state import Session

__all__ = ["hangzhou_presumed", "said_city"]

def hangzhou_presumed(session: Session, text: str) -> None:
    """Infer employer_city 杭州 when the profile tells work (an occupation, a post, years at it, or a re-hire after
    retiring) with no city, the asker is no freelancer nor a retiree at rest, and the user's messages name no place
    outside Hangzhou."""
    from assistant.chat.case.posts import clauses_said
    from assistant.extract.places import ZHEJIANG, cities_in, provinces_in

    profile = session.profile
    works = any(profile.get(f) for f in ("occupation", "role_type", "years_in_field")) or profile.get("rehired")
    unitless = profile.get("employment") == "freelance" or profile.get("employment") == "retired" and not profile.get("rehired")
    if "employer_city" in profile or not works or unitless:
        return
    said = clauses_said(session, text)
    if any(city != "杭州" for c in said for _, _, city, _ in cities_in(c)) \
            or any(p != ZHEJIANG for c in said for _, _, p in provinces_in(c)):  # "浙江省一类技能竞赛" is home
        return
    profile["employer_city"] = "杭州"
    session.sources["employer_city"] = "inferred"


def said_city(session: Session) -> str | None:
    """The workplace's city as the user said it, for reading a message's places ("2019年来的" to the trade's
    question): a city presumed here is not said, and placing an arrival in it would make the stay the trade's too."""
    return None if session.sources.get("employer_city") == "inferred" else session.profile.get("employer_city")
