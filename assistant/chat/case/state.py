"""The dialogue state: one record per conversation, advanced once per turn by ``assistant.chat.case.dialogue``.

It holds the programmes in focus, the profile with where each fact came from (``sources``), the question now
pending (which field, and what kind of answer it expects), and the conversation's topic.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from assistant.eligibility.model import Verdict

__all__ = ["Session", "Pending", "DraftState", "MAX_HISTORY"]

# fields a saved session may still carry from an earlier version, dropped when it loads
_RETIRED = ("unread",)
MAX_HISTORY = 20  # turns kept for the LLM's context; the profile keeps every fact regardless


@dataclass(frozen=True)
class Pending:
    """The question the last turn asked back: the field it asks for and the kind of answer expected."""

    field: str
    kind: str  # "bool" | "list" | "enum" | "years" | "month" | "city" | "text" (see chat.case.replies.EXPECT)
    options: tuple[str, ...] = ()
    also: tuple[str, ...] = ()  # a second field asked in the same turn
    also_options: tuple[tuple[str, ...], ...] = ()  # its quick replies: a tap on one answers that question

    @property
    def fields(self) -> tuple[str, ...]:
        """The fields asked, the first asked first."""
        return (self.field, *self.also)


@dataclass
class DraftState:
    """A drafting conversation: for which programme and whom, each person's facts, and the question pending.

    ``people`` keeps each named person's facts apart ("" for a person not yet named), so that a fact said of
    one colleague never reaches another's draft; ``Session.facts`` is the facts of the one being drafted."""

    program: str | None = None
    person: str | None = None  # the one the draft is for; None while no one is named
    people: dict = field(default_factory=dict)  # name ("" not named) -> drafting facts
    asked: str | None = None  # "program" | "person" | "facts" | "more" (after a draft): what the last turn awaits
    # a length the user asked for below the form's limit ("短一点", "控制在200字"); None: the form's limit
    limit: int | None = None
    length: int | None = None  # the last draft's length, which "短一点" shortens


@dataclass
class Session:
    """Mutable by design: one per browser tab or REPL. Holds no raw messages unless the caller keeps them."""

    id: str = field(default_factory=lambda: uuid.uuid4().hex)
    profile: dict = field(default_factory=dict)
    facts: dict = field(default_factory=dict)  # drafting-only facts: name, employer, position …
    programs: tuple[str, ...] = ()  # the programs the conversation is about
    awaiting: str | None = None  # "eligibility" | "draft" when the last turn asked the user for facts
    history: list[tuple[str, str]] = field(default_factory=list)  # (user, assistant) for the LLM context
    last_verdicts: tuple[Verdict, ...] = ()
    # profile field -> "message" | "reply" | "correction" | "derived" | "inferred" (not said: extract.jobs) | "judged"
    # (a classifier's reading of the work described: a fact derived from a result said outranks it)
    sources: dict = field(default_factory=dict)
    pending: Pending | None = None  # the question asked back, answered first by the next message
    topic: str | None = None  # "eligibility" | "recommend" | "qa" | "compare" | "draft": what the talk is about
    asked: dict = field(default_factory=dict)  # field -> how many times it was asked
    skill_dates: dict = field(default_factory=dict)  # {"since": year the level was reached, "before": level}
    # year count -> (earliest, latest start month) when a start was said without its month ("2019年来的杭州");
    # the profile holds the latest, the checker is run on both ends, and the month is asked only if they differ
    early: dict = field(default_factory=dict)
    drafting: DraftState = field(default_factory=DraftState)
    # the last answer's questions asked back ({"field", "text", "options"}): the UI shows their options as buttons
    asked_back: tuple[dict, ...] = ()
    # "direct" while the talk is about direct recognition ("能直接认定吗"): it frames every eligibility turn after
    # it until the topic changes (another intent, a recommendation, a programme without a direct path)
    about: str | None = None
    # (place, message) for each message that counted years of work in a place ("我在苏州干了5年"): a later span in
    # another place adds to them (chat.case.year_spans.spans_across_turns)
    spans: list = field(default_factory=list)
    # (field, years) when one bare count answered the first of two year questions asked at once ("十二年"): the
    # other is asked again, saying how the count was taken
    counted: tuple | None = None
    said: set = field(default_factory=set)  # notes already said once (e.g. "inferred_employment"): not repeated
    # "他"/"她" while the talk is about someone else ("我师傅…他能报吗"): the answers speak of that person, not "您"
    subject: str | None = None
    # the previous turn's question about the rules, None when that turn was something else: "那数字工匠呢" asks it
    # again of another programme (chat.rules.follow_up)
    last_ask: str | None = None
    # the facts the previous message gave: a correction naming none ("哦不对，还没入") corrects its yes/no (chat.case.corrections)
    last_answered: tuple = ()
    # list field -> (turn, words) for a "no" said to it ("都没有"): the profile holds [] and the words are kept, so that
    # a deed told later is set beside the no, not swapped in for it, and the checker weighs both (preds._no_stands);
    # a correction ("不对，其实有…") withdraws the no
    denials: dict = field(default_factory=dict)
    # field -> the words of a hedged answer ("应该是吧" to the union question): taken as the answer, and the verdict
    # says it is to be confirmed (chat.case.presume.note_tentative) until the field is said plainly
    tentative: dict = field(default_factory=dict)
    # the asker's own facts, kept while the talk is about someone else ("那我老公呢"), and given back when it turns
    # to the asker again ("还是说我自己吧"): what the asker said of themself is still true (chat.case.switches)
    own_case: dict = field(default_factory=dict)
    # the other person's facts, kept while the asker speaks of themself ("帮我老公问…", then "我自己也是技师…"), with
    # who they are ("subject"), and given back when a message speaks of them again ("他一九年带的徒弟…")
    other_case: dict = field(default_factory=dict)
    # program -> facts said of an earlier edition's time ("那首届呢 那时候我还在车间拉线 奖也没有"): true for that
    # round only, laid over the profile when it is checked (chat.case.rounds.profile_for)
    then: dict = field(default_factory=dict)

    def __setstate__(self, state: dict) -> None:
        # a session saved before round twenty-three carries ``unread`` (each message's unread clauses, now an LRU in
        # chat.case.pending_answers): it loads, and the derived data is dropped rather than carried on
        self.__dict__.update({k: v for k, v in state.items() if k not in _RETIRED})

    def open_fields(self) -> tuple[str, ...]:
        """The facts the last verdicts miss and the profile does not hold, in the order the verdicts name them:
        what a reply with no question pending can be the answer to."""
        return tuple(dict.fromkeys(f for v in self.last_verdicts for f in getattr(v, "missing", ())
                                   if f not in self.profile))

    def remember(self, user: str, assistant: str) -> None:
        self.history.append((user, assistant))
        del self.history[:-MAX_HISTORY]

    def reset(self) -> None:
        self.profile.clear()
        self.facts.clear()
        self.programs = ()
        self.awaiting = None
        self.history.clear()
        self.last_verdicts = ()
        self.sources.clear()
        self.pending = None
        self.topic = None
        self.asked.clear()
        self.skill_dates.clear()
        self.early.clear()
        self.drafting = DraftState()
        self.asked_back = ()
        self.about = None
        self.said.clear()
        self.spans.clear()
        self.counted = None
        self.subject = None
        self.last_ask = None
        self.last_answered = ()
        self.denials.clear()
        self.then.clear()
        self.tentative.clear()
        self.other_case = {}
