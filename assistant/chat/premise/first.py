"""A premise in a message that asks two or three things is answered first: "杭州工匠一届评50个对吧？另外申报表要交几份"
opens with "不对，…30名", then the other asks.

Answered part by part, the premise's ask may find no sentence of its own (the count of 认定 shares few words with
"一届评50个") and the message then opens "您问了两件事" with the premise called silent; answered alone, as a one-ask
message, it goes through every premise check there is (the closed list of conditions, the slot a notice states once,
the count against its sentence). So when the part-by-part answer does not lead with a verdict on the premise, the
asserting ask is answered alone, and leads when that answer opens with "不对" or "是的"; the other asks follow it.

Run with:  .venv/bin/python -m pytest -q tests/chat/test_premise_first.py
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable

__all__ = ["premise_first", "premise_then_asks", "VERDICT_LEADS", "ALSO_ASKED"]

VERDICT_LEADS = ("不对", "是的")  # how a premise check's first line opens
ALSO_ASKED = "您还问了：{asks}"  # the heading the other asks are answered under, after the premise


def _status_at(lines: list[str]) -> int:
    """Where the closing notes of an answer begin (the round's status, "（…已截止…）"): after its first line."""
    return next((i for i, ln in enumerate(lines) if i and ln.startswith("（")), len(lines))


def premise_first(text: str, r, cites, answer: Callable[[str, object, object], str],
                  answer_parts: Callable[[str, object, object], str]) -> str | None:
    """The answer to a message of several asks, one of which asserts a premise, with the premise's verdict leading
    (the part-by-part answer itself when it already leads so); None when the message has one ask, no asserting ask
    or more than one, or the premise alone draws no verdict.

    ``answer(question, route, cites)`` answers a one-ask message (the turn's question path, every premise check in
    it), ``answer_parts`` the whole message as the factual path would, part by part; ``cites`` is the turn's.
    """
    from assistant.chat.answer import Citations
    from assistant.chat.rules.answer_types import question_parts
    from assistant.chat.rules.factual_pick import asserts

    parts = [p for p in question_parts(text) if p.strip()]
    if len(parts) < 2:
        return None
    alone = dataclasses.replace(r, confirm=False)
    asserting = [i for i, part in enumerate(parts) if asserts(part, alone)]
    if len(asserting) != 1:
        return None
    premise = parts[asserting[0]]
    said = answer(premise, dataclasses.replace(r, confirm=True), Citations())
    if not said.startswith(VERDICT_LEADS):
        return None
    trial = Citations()
    whole = answer_parts(text, r, trial)
    if whole.split("\n", 1)[0] == said.split("\n", 1)[0]:
        # the part-by-part answer already leads with the premise's own verdict: it is the answer, not a later check
        # of the whole message as one ask ("每次评100名对吧？退休的能不能报" read as a premise on 退休人员)
        return answer_parts(text, r, cites)
    if not trial.freeze():
        # the whole message is one the notices do not answer ("证明人是不是得单位领导来当？…写他行不行"): a premise
        # read out of one of its asks alone would answer what was not asked
        return None
    # otherwise the whole message's words pulled the check elsewhere ("我们区里最多能推几个？…全市是认定30个吧" read
    # 30 against the district's 4): the premise alone is checked on its own subject
    rest = [p for i, p in enumerate(parts) if i != asserting[0]]
    return premise_then_asks(premise, "".join(rest), r, cites, answer)


def premise_then_asks(premise: str, rest: str, r, cites, answer: Callable[[str, object, object], str]) -> str:
    """The premise's own answer, then the other asks' under ALSO_ASKED, the closing notes of both said once."""
    first = answer(premise, dataclasses.replace(r, confirm=True), cites).split("\n")
    others = answer(rest, dataclasses.replace(r, confirm=False), cites).split("\n")
    at = _status_at(first)
    # the other asks' closing notes repeat the premise's (one programme, one round): said once, at the end
    closing = first[at:] + [ln for ln in others[_status_at(others):] if ln not in first[at:]]
    asks = rest.strip("，,。；; ")
    return "\n".join([*first[:at], ALSO_ASKED.format(asks=asks), *others[:_status_at(others)], *closing])
