"""LLM mode: a langchain tool-calling agent words the answer; everything it says is verified first.

The deterministic offline answer is always computed first. It supplies the materials the model words,
the checker's verdicts (which the model cannot change) and the fallback when the endpoint fails.
"""

from __future__ import annotations

import logging
from collections.abc import Generator

from assistant.chat.answer import Answer, Citations
from assistant.chat.state import Session
from assistant.chat.verify import enforce_verdicts, verify_citations

__all__ = ["answer_with_llm", "build_tools"]

log = logging.getLogger(__name__)

FALLBACK_NOTE = "语言模型服务暂时不可用，以下是离线模式的回答（结论与引用同样可靠）。"


def build_tools(deps, session: Session):
    """The three tools the agent may call: search, the deterministic checker, and the drafter."""
    import json

    from langchain_core.tools import tool

    from assistant.eligibility.tool import make_tool as make_check_tool
    from assistant.retrieval.tool import make_search_tool

    @tool("draft_main_deeds")
    def draft_main_deeds(program: str) -> str:
        """按会话中已知的事实，为指定项目（program，如 hz_digital_craftsman_2026）起草推荐表“主要事迹”，不超字数、不编造。"""
        from assistant.drafting import draft
        from assistant.errors import AssistantError

        try:
            return json.dumps(draft({**session.profile, **session.facts}, program, corpus=deps.corpus,
                                    today=deps.today).to_json(), ensure_ascii=False)
        except AssistantError as exc:
            return json.dumps({"error": exc.message}, ensure_ascii=False)

    # Search over the turn's own retriever (not a global one), so tests can inject a fake.
    return [make_search_tool(deps.get_retriever()), make_check_tool(deps.corpus, deps.today), draft_main_deeds]


def _materials(offline: Answer) -> str:
    lines = [offline.text, "", "可引用的条款原文："]
    lines += [f"[{c.clause_id}] “{c.quote}”" for c in offline.citations]
    return "\n".join(lines)


def answer_with_llm(session: Session, text: str, deps, offline: Answer) -> Generator[str, None, Answer]:
    """Stream the model's words, then return the verified Answer (or the offline one on failure)."""
    from langchain.agents import create_agent

    from assistant.notices.metadata import PROGRAM_IDS
    from assistant.prompts import load_prompt

    llm = deps.get_llm()
    system = load_prompt("chat_system", today=deps.today.isoformat(),
                         programs="、".join(deps.corpus.meta(p).honour for p in PROGRAM_IDS))
    user = load_prompt("chat_answer", question=text, materials=_materials(offline))
    messages = []
    for past_user, past_answer in session.history[-6:]:
        messages += [{"role": "user", "content": past_user}, {"role": "assistant", "content": past_answer}]
    messages.append({"role": "user", "content": user})
    pieces: list[str] = []
    try:
        agent = create_agent(model=llm, tools=build_tools(deps, session), system_prompt=system)
        for chunk, meta in agent.stream({"messages": messages}, stream_mode="messages"):
            if meta.get("langgraph_node") != "model" or getattr(chunk, "tool_call_chunks", None):
                continue
            content = chunk.content if isinstance(chunk.content, str) else ""
            if content:
                pieces.append(content)
                yield content
    except Exception as exc:  # any endpoint failure or timeout falls back; the user still gets an answer
        log.warning("LLM failed (%s); falling back to offline", exc.__class__.__name__)
        fallback = Answer(f"{FALLBACK_NOTE}\n\n{offline.text}", offline.citations, "offline", offline.verdicts,
                          offline.intents, offline.notes + (FALLBACK_NOTE,), offline.draft, questions=offline.questions)
        yield "\n\n" + fallback.text
        return fallback
    raw = "".join(pieces).strip()
    if not raw:
        return Answer(f"{FALLBACK_NOTE}\n\n{offline.text}", offline.citations, "offline", offline.verdicts,
                      offline.intents, offline.notes + (FALLBACK_NOTE,), offline.draft, questions=offline.questions)
    cites = Citations()
    checked = verify_citations(raw, deps.corpus, cites, text)
    enforced = enforce_verdicts(checked.text, offline.verdicts or (), deps.corpus)
    problems = checked.problems + enforced.problems
    body = enforced.text
    if not cites.items and offline.citations:
        # The model cited nothing verifiable: keep its wording but attach the offline, checked sources.
        body += "\n\n依据：" + "；".join(
            f"{c.clause_id.split('#', 1)[1]}“{c.quote}”{cites.mark(c.clause_id, c.quote)}" for c in offline.citations)
    if problems:
        body += "\n\n（核验说明：" + "".join(problems) + "）"
    if offline.notes:
        body = "\n".join(offline.notes) + "\n\n" + body
    return Answer(body, cites.freeze(), "llm", offline.verdicts, offline.intents, offline.notes + problems,
                  offline.draft, model=deps.settings.llm_model, questions=offline.questions)
