"""Which ask of a several-part message stands on its own: "首届杭州工匠推荐表要交几份，面试在哪里考" asks about 面试 in its
second part, so that part is answered (or found silent) by its own topic, not by 推荐表's; "自由职业者可以申请吗？走什么
渠道推荐" asks its second part of the first part's topic, which it carries over.

An ask has a topic of its own when, without the words that only say what kind of value is asked (the answer-type cue
table: 在哪, 什么时候, 渠道, 几份 …) and the question words, a content word is left (面试, 结果, 材料).

Run with:  .venv/bin/python -m pytest -q tests/chat/test_multi_part.py
"""

from __future__ import annotations

__all__ = ["own_topic", "answerable_part", "asserted_premise"]


def own_topic(part: str) -> tuple[str, ...]:
    """The content words of ``part`` once its answer-type cues and question words are taken out; empty when the ask
    only names the kind of value it wants ("在哪报", "走什么渠道推荐", "交到哪里")."""
    from assistant.chat.answer_types import _cues, focus
    from assistant.chat.things import content_words

    text = part or ""
    for pattern, _ in _cues():
        text = pattern.sub(" ", text)
    return content_words(focus(text))


def answerable_part(text: str) -> bool:
    """Whether a message of several asks has one the notices may answer although another is on a topic no notice
    covers ("首席技师名额多少，评上以后有没有工资补贴"): each ask is answered, the uncovered one said to be silent,
    instead of one refusal for the whole message."""
    from assistant.chat.answer_types import question_parts
    from assistant.chat.out_of_scope import out_of_scope

    parts = question_parts(text)
    return len(parts) > 1 and any(out_of_scope(part) is None for part in parts)


def asserted_premise(text: str) -> str | None:
    """The clause of ``text`` asking to be told that something the notices settle holds, when another stretch of
    it is on a topic no notice covers ("浙派工匠今年没评上明年还能再报，是每年都评的没错吧？": 以后各届 is not
    covered, 每年都评 is checked against 每5年评选一次). A premise in scope is answered first, corrected if wrong, and
    the rest said to be silent after it, not refused with the rest. None when no such clause, or when it is itself
    out of scope."""
    from assistant.chat.out_of_scope import out_of_scope
    from assistant.chat.routing import confirms
    from assistant.language.asking import clauses_of

    clauses = clauses_of(text or "")
    if len(clauses) < 2:
        return None
    return next((c for c in clauses if confirms(c) and out_of_scope(c) is None), None)

