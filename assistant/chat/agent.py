"""LLM mode: a langchain tool-calling agent words the answer; a shell sees only what was verified.

The deterministic offline answer is always computed first. It supplies the materials the model words,
the checker's verdicts (which the model cannot change) and the fallback. The model's tokens go through
``verify.SentenceVerifier``: each sentence is shown once its citations, quotes, references and eligibility
claims are checked. The turn has an overall deadline (``TURN_DEADLINE_FACTOR`` × ``ASSISTANT_LLM_TIMEOUT``)
and a cap on tool calls (``MAX_TOOL_CALLS``); past either, or on any endpoint failure, the offline answer is
given. Every text sent to the model has 身份证号 and 手机号 masked (``assistant.pii``); the checker already
has the facts it needs as structured fields.
"""

from __future__ import annotations

import logging
import queue
import threading
import time
from collections.abc import Generator

from assistant.chat.answer import Answer
from assistant.chat.case.state import Session
from assistant.chat.verify import SentenceVerifier
from assistant.pii import redact

__all__ = ["answer_with_llm", "build_tools", "MAX_TOOL_CALLS", "TURN_DEADLINE_FACTOR", "FALLBACK_NOTE"]

log = logging.getLogger(__name__)

FALLBACK_NOTE = "语言模型服务暂时不可用，以下是离线模式的回答（结论与引用同样可靠）。"
SLOW_NOTE = "语言模型这次回答得太慢（或反复调用工具），以下是离线模式的回答（结论与引用同样可靠）。"
MAX_TOOL_CALLS = 6
TURN_DEADLINE_FACTOR = 2.0


class _Stop(Exception):
    """The turn is over (deadline, tool-call cap): the worker stops pulling from the model."""


class _Deadline(_Stop):
    """The turn's overall deadline passed."""


def build_tools(deps, session: Session, budget: list[int] | None = None):
    """The three tools the agent may call: search, the deterministic checker, and the drafter.

    ``budget`` (one int) counts the calls left; a call past it raises, which ends the turn.
    """
    import json

    from langchain_core.tools import tool

    from assistant.eligibility.tool import make_tool as make_check_tool
    from assistant.retrieval.tool import make_search_tool

    @tool("draft_main_deeds")
    def draft_main_deeds(program: str) -> str:
        """按会话中已知的事实，为指定项目（program，如 hz_digital_craftsman_2026）起草推荐表“主要事迹”，不超字数、不编造。"""
        from assistant.chat.drafting import person_facts
        from assistant.drafting import draft
        from assistant.errors import AssistantError

        try:  # the one drafted for: a named colleague's facts only, never the user's own profile
            return json.dumps(draft(person_facts(session), program, corpus=deps.corpus,
                                    today=deps.today).to_json(), ensure_ascii=False)
        except AssistantError as exc:
            return json.dumps({"error": exc.message}, ensure_ascii=False)

    # Search over the turn's own retriever (not a global one), so tests can inject a fake.
    tools = [make_search_tool(deps.get_retriever()), make_check_tool(deps.corpus, deps.today), draft_main_deeds]
    return [_capped(t, budget) for t in tools] if budget is not None else tools


def _capped(t, budget: list[int]):
    """The tool with every call counted against ``budget`` and its output masked before the model reads it."""
    inner = t.func

    def run(*args, **kwargs):
        budget[0] -= 1
        if budget[0] < 0:
            raise _Stop("tool-call cap")
        return redact(inner(*args, **kwargs))

    t.func = run
    return t


def _materials(offline: Answer) -> str:
    lines = [offline.text, "", "可引用的条款原文："]
    lines += [f"[{c.clause_id}] “{c.quote}”" for c in offline.citations]
    return "\n".join(lines)


def _fallback(offline: Answer, note: str) -> Answer:
    return Answer(f"{note}\n\n{offline.text}", offline.citations, "offline", offline.verdicts,
                  offline.intents, offline.notes + (note,), offline.draft, questions=offline.questions)


def _messages(session: Session, text: str, offline: Answer) -> list[dict]:
    from assistant.prompts import load_prompt

    user = load_prompt("chat_answer", question=text, materials=_materials(offline))
    messages = []
    for past_user, past_answer in session.history[-6:]:
        messages += [{"role": "user", "content": past_user}, {"role": "assistant", "content": past_answer}]
    messages.append({"role": "user", "content": user})
    return [{**m, "content": redact(m["content"])} for m in messages]  # no personal number reaches the model


def _pump(agent, messages, limit: int, out: queue.Queue, stop: threading.Event) -> None:
    """Worker: pull the agent's stream into ``out`` until it ends, fails or ``stop`` is set."""
    try:
        stream = agent.stream({"messages": messages}, stream_mode="messages", config={"recursion_limit": limit})
        for chunk, meta in stream:
            if stop.is_set():
                stream.close()
                return
            if meta.get("langgraph_node") != "model" or getattr(chunk, "tool_call_chunks", None):
                continue
            content = chunk.content if isinstance(chunk.content, str) else ""
            if content:
                out.put(("text", content))
        out.put(("done", None))
    except BaseException as exc:  # noqa: BLE001 - every failure is reported to the turn, which falls back
        out.put(("error", exc))


def answer_with_llm(session: Session, text: str, deps, offline: Answer,
                    started: float | None = None) -> Generator[str, None, Answer]:
    """Yield verified sentences as the model writes, then return the verified Answer (or the offline one).

    ``started`` (``time.monotonic()``): when the turn began, so the deadline also covers the model's reading
    of the profile that came before; default now."""
    from langchain.agents import create_agent

    from assistant.programs import program_ids
    from assistant.prompts import load_prompt

    llm = deps.get_llm()
    system = load_prompt("chat_system", today=deps.today.isoformat(),
                         programs="、".join(deps.corpus.meta(p).honour for p in program_ids()))
    deadline = (started or time.monotonic()) + TURN_DEADLINE_FACTOR * deps.settings.llm_timeout
    budget = [MAX_TOOL_CALLS]
    verifier = SentenceVerifier(deps.corpus, text, list(offline.verdicts or []))
    out: queue.Queue = queue.Queue()
    stop = threading.Event()
    shown: list[str] = []
    pieces: list[str] = []
    lead = "\n".join(offline.notes) + "\n\n" if offline.notes else ""

    def show(piece: str):
        if piece:
            if not shown and lead:
                shown.append(lead)
                yield lead
            shown.append(piece)
            yield piece

    try:
        agent = create_agent(model=llm, tools=build_tools(deps, session, budget), system_prompt=system)
        # Each tool call is two graph steps (model, tools); the cap ends the graph too.
        worker = threading.Thread(target=_pump, name="llm-turn", daemon=True,
                                  args=(agent, _messages(session, text, offline), 2 * MAX_TOOL_CALLS + 3, out, stop))
        worker.start()
        while True:
            remaining = deadline - time.monotonic()
            if remaining <= 0:
                raise _Deadline("turn deadline")
            try:
                kind, value = out.get(timeout=remaining)
            except queue.Empty:
                raise _Deadline("turn deadline") from None
            if kind == "done":
                break
            if kind == "error":
                raise value
            pieces.append(value)
            for sentence in verifier.feed(value):
                yield from show(sentence)
        yield from show(verifier.flush())
    except BaseException as exc:  # noqa: BLE001 - endpoint failure, timeout, deadline, tool-call cap: fall back
        stop.set()
        if isinstance(exc, GeneratorExit | KeyboardInterrupt):
            raise
        slow = isinstance(exc, _Stop) or "Recursion" in type(exc).__name__ or budget[0] < 0
        note = SLOW_NOTE if slow else FALLBACK_NOTE
        log.warning("LLM turn ended early (%s); falling back to offline", type(exc).__name__)
        fallback = _fallback(offline, note)
        yield ("\n\n" if shown else "") + fallback.text
        return fallback
    raw = "".join(pieces).strip()
    if not raw:
        fallback = _fallback(offline, FALLBACK_NOTE)
        yield ("\n\n" if shown else "") + fallback.text
        return fallback
    cites = verifier.cites
    body = "".join(shown)
    tail = ""
    if not cites.items and offline.citations:
        # The model cited nothing verifiable: keep its wording but attach the offline, checked sources.
        tail += "\n\n依据：" + "；".join(
            f"{c.clause_id.split('#', 1)[1]}“{c.quote}”{cites.mark(c.clause_id, c.quote)}" for c in offline.citations)
    problems = tuple(verifier.problems)
    if problems:
        tail += "\n\n（核验说明：" + "".join(problems) + "）"
    if tail:
        yield tail
    if not shown and lead:
        yield lead
        body = lead
    return Answer((body + tail).strip() if not lead else body + tail, cites.freeze(), "llm", offline.verdicts,
                  offline.intents, offline.notes + problems, offline.draft, model=deps.settings.llm_model,
                  questions=offline.questions)
