"""The places a premise's value is said of, in the notices' short forms too, and the place a question opens with.

A count or a span of years in a notice is often said of a place: "在杭全职工作1年以上" beside "从事…5年以上",
"滨江区、西湖区、余杭区可推荐不超过 6 名" beside "各区县(市)总工会推荐不超过 4 名". The asker names the place
in full ("在杭州干满两年", "在浙江干满三年") or as the topic of the whole question, in a clause of its own before
the count ("余杭区数字经济体量大，第四届能往上推8个人对伐"). Both are read here, so that the value said of the
same place is the one the premise is checked against.

Run with:  .venv/bin/python -m pytest -q tests/chat/test_premise_places.py
"""

from __future__ import annotations

import re

__all__ = ["places", "with_topic"]

# The one-character forms the notices write for the places where one works ("在杭", "在浙"), after a verb of
# being somewhere; not the first character of a longer name ("在杭州" is read whole, "浙江").
SHORT_FORMS = {"杭": "杭州", "浙": "浙江"}
_SHORT = re.compile(r"(?:在|来|赴|驻|留|到)(杭|浙)(?![州江])")
# an administrative suffix: "杭州市" and "杭州", "余杭区" and "余杭" are one place
_SUFFIX = re.compile(r"(?<=..)(?:省|市|区|县)$")
_CLAUSE = re.compile(r"[^，,；;。？?！!]+")


def _stem(name: str) -> str:
    return _SUFFIX.sub("", name)


def places(text: str) -> set[str]:
    """The places ``text`` names: jieba's place names, the districts of 杭州, and the notices' short forms, each
    without its administrative suffix ("在杭" and "杭州市" -> 杭州; "余杭区" -> 余杭)."""
    from assistant.chat.rules.programme_words import without_programme
    from assistant.profile import HANGZHOU_DISTRICTS
    from assistant.retrieval.segment import tags

    text = without_programme(text or "")  # "杭州工匠", "浙派工匠" name a programme, no place a value is said of
    found = {_stem(w) for w, flag in tags(text) if flag == "ns" and len(w) > 1}
    found |= {_stem(d) for d in HANGZHOU_DISTRICTS if d in text}
    found |= {SHORT_FORMS[m.group(1)] for m in _SHORT.finditer(text)}
    return found


def with_topic(question: str, context: str, claims_in) -> str:
    """``context`` with the places of the question's opening clauses added when the context names none: "余杭区
    数字经济体量大，第四届能往上推8个人" -> the count's context "第四届能往上推 人" reads "… 余杭". Only clauses that
    hold no value of their own (``claims_in``) set a topic: a clause with its own count speaks of its own place."""
    if places(context):
        return context
    topic: set[str] = set()
    for clause in _CLAUSE.findall(question or ""):
        if claims_in(clause):
            break  # the first clause with a value: only what comes before it is a topic
        topic |= places(clause)
    return f"{context} {' '.join(sorted(topic))}" if topic else context
