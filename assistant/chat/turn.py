"""The chat core: ``respond(session, message) -> Answer``. The CLI, the REPL and the Gradio UI all call it.

Offline by default: a router decides what the message needs (clause Q&A, an eligibility check, a draft,
a comparison), and templates word the answer from retrieval, the checker and the drafter. With an LLM
configured, ``assistant.chat.agent`` words the answer instead, and its citations and verdicts are verified
against the corpus and the checker before anything is shown.

Run with:  assistant ask "第四届要求在杭工作满几年？" --json
"""

from __future__ import annotations

import logging
import re
from collections.abc import Iterator
from typing import TYPE_CHECKING

from assistant.chat import templates as compose
from assistant.chat.answer import Answer, Citations
from assistant.chat.deps import Deps, make_deps
from assistant.chat.drafting import draft_turn, take_draft_facts
from assistant.chat.out_of_scope import out_of_scope
from assistant.chat.premise import premise_check
from assistant.chat.quotes import scored_quote
from assistant.chat.routing import Route, route, topic_only
from assistant.chat.state import Session
from assistant.errors import ServiceError
from assistant.extract.plausibility import clean_text, implausible
from assistant.notices.tree import Corpus
from assistant.programs import get_pack, packs

if TYPE_CHECKING:
    from assistant.eligibility.model import Verdict

__all__ = ["Deps", "make_deps", "respond", "respond_stream", "MAX_MESSAGE", "RETRIEVAL_DOWN"]

log = logging.getLogger(__name__)

MAX_MESSAGE = 2000
RETRIEVAL_DOWN = "抱歉，暂时无法检索通知原文："
_CJK = re.compile(r"[\u4e00-\u9fff]")


def respond(session: Session, message: str, deps: Deps | None = None) -> Answer:
    """Answer one message in the context of ``session`` (whose profile this turn may extend)."""
    answer = None
    for event in respond_stream(session, message, deps):
        if isinstance(event, Answer):
            answer = event
    assert answer is not None
    return answer


def respond_stream(session: Session, message: str, deps: Deps | None = None) -> Iterator[str | Answer]:
    """Yield text deltas while the answer forms, then the final, verified ``Answer``."""
    deps = deps or make_deps()
    text, notes = _clean(message)
    if not text:
        answer = Answer("请输入您的问题，例如：“第四届杭州数字工匠要求在杭州全职工作几年？”或“我1988年出生，做软件开发8年，能申报吗？”",
                        intents=("empty",), notes=notes)
        yield answer.text
        yield answer
        return
    offline = _offline(session, text, deps, notes)
    llm = deps.get_llm()
    if llm is None:
        yield offline.text
        final = offline
    else:
        from assistant.chat.agent import answer_with_llm

        final = yield from answer_with_llm(session, text, deps, offline)
    session.remember(text, final.text)
    log.info("turn intents=%s citations=%s mode=%s", final.intents, [c.clause_id for c in final.citations], final.mode)
    yield final


def _clean(message: str) -> tuple[str, tuple[str, ...]]:
    text = clean_text(message if isinstance(message, str) else "").strip()
    notes: tuple[str, ...] = ()
    if len(text) > MAX_MESSAGE:
        text, notes = text[:MAX_MESSAGE], (compose.CLIP_NOTE,)
    return text, notes


def _offline(session: Session, text: str, deps: Deps, notes: tuple[str, ...]) -> Answer:
    """The deterministic answer: always computed, also in LLM mode (it carries the verdicts and the fallback)."""
    from assistant.extract import extract, merge_profiles

    extraction = extract(text, deps.today)
    # Contradictory facts are facts about the asker too: the turn must ask about them, not answer a rule.
    spoke_of_self = bool(extraction.profile or extraction.contradictions)
    r = route(text, wants_eligibility=extraction.wants_eligibility, awaiting=session.awaiting,
              has_new_facts=spoke_of_self)
    if extraction.profile:
        session.profile = merge_profiles(session.profile, extraction.profile)
    if r.programs:
        session.programs = r.programs
    if "draft" in r.intents:
        take_draft_facts(session, text, deps.today)
    cites = Citations()
    parts: list[str] = []
    verdicts = None
    draft = None
    notes = notes + ((compose.INJECTION_NOTE,) if r.injection else ())
    notes += implausible(text, deps.today)  # 2026年13月, a future birth date …: say so, don't drop it silently
    if not _CJK.search(text) and not r.injection:
        notes += ("本助手用中文回答；您也可以直接用中文提问。",)
    session.awaiting = None
    for intent in r.intents:
        if intent == "eligibility":
            body, verdicts = _eligibility(session, r, extraction, deps, cites)
        elif intent == "draft":
            body, draft = draft_turn(session, r, deps, cites)
        else:
            try:
                body = _compare(text, r, deps, cites) if intent == "compare" else _qa(text, r, deps, cites)
            except ServiceError as exc:  # the index or the Chroma server is down: say so, keep the session
                log.warning("retrieval unavailable: %s", exc.message)
                body = f"{RETRIEVAL_DOWN}{exc.message}\n资格检查和事迹起草不受影响，可以继续使用；请稍后再问这个问题。"
        parts.append(body)
    answer_text = "\n\n".join(list(notes) + parts)
    return Answer(answer_text, cites.freeze(), "offline", tuple(verdicts) if verdicts is not None else None,
                  r.intents, notes, draft)


def _qa(text: str, r: Route, deps: Deps, cites: Citations) -> str:
    topic = out_of_scope(text)
    if topic:
        return compose.refusal_text(deps.corpus, list(r.programs), topic)
    retriever = deps.get_retriever()
    # An assumed edition is not a filter: "数字工匠提名奖" is answered by 首届 although 第四届 was assumed.
    program = r.programs[0] if len(r.programs) == 1 and not r.defaulted else None
    hits = retriever.search(text, program=program, k=5)
    if not hits or not retriever.is_relevant(hits):
        return compose.refusal_text(deps.corpus, list(r.programs))
    quotes = _rerank(deps.corpus, text, list(dict.fromkeys(h.clause_id for h in hits)))[:2]
    premise = None
    if r.confirm:
        agreement = [premise_check(text, quote) for _, quote in quotes]
        if False in agreement:
            premise = "不对，您问题里的说法与通知规定不一致。通知的规定是："
        elif True in agreement:
            premise = "是的，与通知规定一致。"
    cited_programs = {cid.split("#", 1)[0] for cid, _ in quotes}
    note = ""
    if r.defaulted and len(cited_programs) == 1 and get_pack(next(iter(cited_programs))).current_of_series:
        note = f"（您没有说明是哪一届，以下按现行的{deps.corpus.meta(next(iter(cited_programs))).short_name}回答。）\n"
    return note + compose.qa_text(deps.corpus, cites, text, quotes, deps.today, premise=premise)


def _rerank(corpus: Corpus, query: str, clause_ids: list[str], depth: int = 3) -> list[tuple[str, str]]:
    """The top few hits as (clause_id, quote), led by the clause whose best sentence answers most directly.

    Retrieval ranks whole clauses; a clause can win on shared programme words while its neighbour holds the
    sentence asked about. The retrieval order still breaks ties (each place down costs 15%).
    """
    scored = [(i, cid, *scored_quote(corpus.clause(cid), query)) for i, cid in enumerate(clause_ids[:depth])]
    scored.sort(key=lambda t: -t[2] * (1 - 0.15 * t[0]))
    return [(cid, quote) for _, cid, _, quote in scored]


def _compare(text: str, r: Route, deps: Deps, cites: Citations) -> str:
    retriever = deps.get_retriever()
    programs = list(r.programs)
    if len(programs) < 2:  # "两届数字工匠": every edition of a series the question names
        editions = [p.id for p in packs() if p.series and re.search(p.series_cue, text)]
        programs = editions if len(editions) >= 2 else programs
    sides = []
    topic = topic_only(text)
    for program in programs:
        hits = retriever.search(topic, program=program, k=3)
        if hits:
            # Of the top hits, the clause with the best-matching sentence speaks for this side.
            quoted = [(*scored_quote(deps.corpus.clause(h.clause_id), topic), h.clause_id) for h in hits]
            _, quote, clause_id = max(quoted, key=lambda t: t[0])
            sides.append((program, clause_id, quote))
    if len(sides) < 2:
        return compose.refusal_text(deps.corpus, programs)
    return compose.compare_text(deps.corpus, cites, sides, deps.today)


def _eligibility(session: Session, r: Route, extraction, deps: Deps, cites: Citations) -> tuple[str, list[Verdict]]:
    from assistant.eligibility import check
    from assistant.errors import InputError

    programs = list(r.programs or session.programs) or list(deps.corpus.program_ids)
    verdicts: list[Verdict] = []
    for program in programs:
        try:
            verdicts.append(check(session.profile, program, as_of=deps.today, corpus=deps.corpus))
        except InputError as exc:  # e.g. a birth date after today: ask, don't crash
            return f"您提供的信息有一处需要更正：{exc.message}", []
    questions = list(dict.fromkeys(q for v in verdicts for q in v.questions))
    if any(v.missing for v in verdicts) or extraction.contradictions:
        session.awaiting = "eligibility"
    session.last_verdicts = tuple(verdicts)
    text = compose.eligibility_text(deps.corpus, cites, verdicts, questions, list(extraction.contradictions), deps.today)
    return text, verdicts
