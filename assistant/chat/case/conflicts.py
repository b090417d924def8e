"""A fact a later turn says otherwise than an earlier one, with no correction: a conflict to ask, not an override.

"在杭州全职八年了", then "我是2023年才来杭州上班的": the second is no correction (no 不对, 记错了, 其实, 应该是), so the
assistant cannot know which is right. Taking the newer silently (as the merge would) gives a verdict on a guess;
the field is set aside instead (neither value is kept), the conflict is named, and the field, now missing, is the
next question. With a correction marker the newer value replaces the older as before (``chat.case.dialogue``).

Only values the user said are compared: a value derived from another (Zhejiang years from Hangzhou years), inferred
from a description (``extract.jobs``), or added up across turns ("之前在余杭还有三年" after "在萧山干了五年",
``chat.case.year_spans``) is no statement to contradict. A hedged count or a start said by year only is a range
(``session.early``), and two ranges that meet within ``COUNT_START_SLACK`` are one story told loosely
("干了十几年" after "干了十六年"). The year counts are compared by ``extract.resolve.against_known``.
"""

from __future__ import annotations

import datetime as dt
import re

from assistant.chat.case.replies import START_OF
from assistant.chat.case.state import Session

__all__ = ["CONFLICT_WORDS", "note_places", "set_aside"]

# the scalar facts compared across turns besides the year counts, with how the conflict is worded to the user
CONFLICT_WORDS = {"skill_level": "职业技能等级", "employer_city": "工作单位所在城市"}
_SAID = ("message", "reply", "correction")  # sources of a value the user said (not derived, not inferred)
_YEARS = ("years_in_field", "years_full_time_in_hangzhou", "years_full_time_in_zhejiang")
# a level reached since ("现在是技师了", "去年考出了高级技师"): news, not a conflict with the level said before
_LEVEL_SINCE = re.compile(r"现在|已经|刚|考(?:了|出|过|到|上)|拿(?:了|到)|评(?:上|下来|了)|升|通过|(?:今|去|前)年|[0-9]{2,4}年")
_CARRIED = "carried:"  # session.said marks a count of years in a place whose own clause named no place
_PLACED = {"years_full_time_in_hangzhou": ("杭州",), "years_full_time_in_zhejiang": ("杭州", "浙江", "省内")}
# a move or a stretch of work somewhere else ("来杭州又干了3年", "现在调到宁波了"): a new workplace, not a conflict
_MOVED = re.compile(r"来|到|调|搬|去了|跳槽|换|干了|做了|待了|又")
_SCALAR_NOTE = "您之前说{what}是{a}，这次说是{b}，两者对不上，请确认是哪一个。"


def _interval(session: Session, field: str, value: float, early: dict, today: dt.date) -> tuple[float, float]:
    """The years a count allows: a hedged count's range, a start said by year only counted from both ends."""
    from assistant.extract.resolve import since

    span = early.get(field)
    if not span:
        return value, value
    first, last = span
    if isinstance(first, int | float):
        return min(first, last), max(first, last)
    return since(last, today), since(first, today)


def _nearest(a: tuple[float, float], b: tuple[float, float]) -> tuple[float, float]:
    """The closest points of two ranges (equal when they meet)."""
    if a[1] < b[0]:
        return a[1], b[0]
    if b[1] < a[0]:
        return a[0], b[1]
    return a[0], a[0]


def _placed(text: str, field: str) -> bool:
    """Whether a clause of ``text`` counts years and names the place ``field`` counts them in ("在杭州全职八年了"),
    not a count whose place was carried over from another clause ("我在滨江一家民企做大模型应用，干了8年")."""
    from assistant.extract.numbers import durations
    from assistant.extract.places import cities_in

    for clause in re.split(r"[，,。；;！!？?]", text):
        if durations(clause) and (any(place in _PLACED[field] or province.startswith("浙江") and "浙江" in _PLACED[field]
                                      for _, _, place, province in cities_in(clause))
                                  or any(p in clause for p in _PLACED[field])):
            return True
    return False


def _denies(text: str, field: str, old) -> bool:
    """Whether the message denies the older value in a clause of its own ("不是宁波，是在杭州的萧山", "不是九年"): it
    corrects it, as a correction word would."""
    from assistant.extract.numbers import durations
    from assistant.language.clauses import negated

    for clause in re.split(r"[，,。；;！!？?]", text):
        if not negated(clause):
            continue
        if isinstance(old, int | float) and field in _YEARS:
            if any(abs(d.years - old) < 1e-6 for d in durations(clause)):
                return True
        elif str(old) in clause:
            return True
    return False


def note_places(session: Session, said: set[str], text: str) -> None:
    """Mark each count of years in a place this message said whose place its clause did not name: that reading is
    the assistant's, and a start said for the place later outranks it (as ``extract.resolve`` does in one message)."""
    for field in _PLACED:
        if field in said and field in session.profile:
            (session.said.discard if _placed(text, field) else session.said.add)(_CARRIED + field)


def set_aside(session: Session, facts: dict, said: set[str], early: dict, text: str, corrected: bool,
              summed: set[str], today: dt.date) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """The conflicts between ``facts`` (this message's, ``said``: the fields it states, or derives from a start it
    states) and what the user said before; each conflicting field is taken out of ``facts`` and of the profile
    (with its start, and what was derived from it), so the checker finds it missing and asks. Returns the notes and
    the fields set aside (asked first)."""
    from assistant.chat.case.year_spans import FROM_TRADE
    from assistant.extract.patterns import MESSAGES, YEAR_FIELD_WORDS
    from assistant.extract.resolve import against_known

    if corrected:
        return (), ()
    notes: list[str] = []
    disputed: set[str] = set()
    for field in _YEARS:
        old, now = session.profile.get(field), facts.get(field)
        if field == "years_full_time_in_hangzhou" and FROM_TRADE in session.said and isinstance(old, int | float) \
                and isinstance(now, int | float) and (field in said or START_OF.get(field) in said):
            # Hangzhou's count was the trade's, copied (year_spans): never said of Hangzhou, so Hangzhou's own
            # start or count said now replaces it, with nothing to dispute; the copy no longer follows the trade's
            session.said.discard(FROM_TRADE)
            continue
        if field in summed or session.sources.get(field) not in _SAID or _CARRIED + field in session.said \
                or not isinstance(old, int | float) \
                or not isinstance(now, int | float) or not (field in said or START_OF.get(field) in said) \
                or _denies(text, field, old):
            continue
        before = _interval(session, field, old, session.early, today)
        after = _interval(session, field, now, early, today)
        a, b = _nearest(before, after)
        if against_known({field: a}, {field: b}, corrected)[1]:  # worded with the counts as said, not the ends
            notes.append(MESSAGES["count_turns"].format(what=YEAR_FIELD_WORDS[field], a=f"{old:g}", b=f"{round(now):g}"))
            disputed.add(field)
    for field, what in CONFLICT_WORDS.items():
        old, now = session.profile.get(field), facts.get(field)
        if field not in said or session.sources.get(field) not in _SAID or old is None or now is None or old == now \
                or _denies(text, field, old):
            continue
        if field == "skill_level" and _LEVEL_SINCE.search(text) or field == "employer_city" and _MOVED.search(text):
            continue
        notes.append(_SCALAR_NOTE.format(what=what, a=old, b=now))
        disputed.add(field)
    for field in disputed:
        for gone in (field, START_OF.get(field)):
            if gone:
                facts.pop(gone, None)
                session.profile.pop(gone, None)
                session.sources.pop(gone, None)
                session.early.pop(gone, None)
        if field == "years_full_time_in_hangzhou":  # the Zhejiang years read from it go with it
            if "years_full_time_in_zhejiang" not in said:
                facts.pop("years_full_time_in_zhejiang", None)
            if session.sources.get("years_full_time_in_zhejiang") == "derived":
                session.profile.pop("years_full_time_in_zhejiang", None)
    return tuple(notes), tuple(disputed)
