"""Which ask of a several-part message stands on its own: "首届杭州工匠推荐表要交几份，面试在哪里考" asks about 面试 in its
second part, so that part is answered (or found silent) by its own topic, not by 推荐表's; "自由职业者可以申请吗？走什么
渠道推荐" asks its second part of the first part's topic, which it carries over.

An ask has a topic of its own when, without the words that only say what kind of value is asked (the answer-type cue
table: 在哪, 什么时候, 渠道, 几份 …) and the question words, a content word is left (面试, 结果, 材料).

Run with:  .venv/bin/python -m pytest -q tests/chat/test_multi_part.py
"""

from __future__ import annotations

__all__ = ["own_topic", "answerable_part"]


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

