"""One ``ask`` item, single question or conversation, answered the way the CLI does (``ask --batch``).

    {"id": "x", "question": "…"}            -> the turn's contract JSON
    {"id": "x", "turns": ["…", "…"]}         -> the last turn's JSON plus "turns": [each turn's JSON]

The eval harness calls the same function, so what it measures is what the CLI prints.
"""

from __future__ import annotations

from assistant.chat.case.state import Session
from assistant.errors import InputError

__all__ = ["answer_item", "run_turns"]


def run_turns(turns: list[str], deps, session: Session | None = None) -> tuple[list[dict], Session]:
    """Answer ``turns`` in order in one session; each turn's contract JSON, and the session afterwards."""
    from assistant.chat.turn import respond

    session = session or Session()
    return [respond(session, text, deps).to_json() for text in turns], session


def answer_item(item: dict, deps) -> dict:
    """The contract output for one ``ask --batch`` line."""
    turns = item.get("turns")
    if turns is not None:
        if not isinstance(turns, list) or not turns or not all(isinstance(t, str) for t in turns):
            raise InputError("turns 必须是非空的字符串列表。", field="turns")
        outputs, _ = run_turns(turns, deps)
        return {**outputs[-1], "turns": outputs}
    question = item.get("question")
    if not isinstance(question, str):
        raise InputError("缺少 question 字段（字符串），或用 turns 给出一段对话。", field="question")
    return run_turns([question], deps)[0][0]
