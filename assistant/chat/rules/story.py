"""The asker's story before a factual ask ("我在车间干了快二十年数控，师傅们都说我该去试试。首席技师这回全市一共认定
多少人啊"): stretches told before the ask that share no word with the notices are left out of what retrieval and the
choice of sentence read, so the asked thing leads, not the story.

A stretch that does share the notices' words stays: it is a case the notice distinguishes ("我们是市里的产业工会，",
"我是自由职业者，", "首届数字工匠里不是技术负责人的候选人，") and it sets the ask.

Run with:  .venv/bin/python -m pytest -q tests/chat/test_story.py
"""

from __future__ import annotations

import functools
import logging
import re

from assistant.chat.rules.answer_types import (
    _names_topic,
    classify,
    focus,
    is_ask,
    is_comparison,
    question_parts,
)
from assistant.chat.rules.conditional import is_case
from assistant.chat.rules.programme_words import without_programme
from assistant.language.asking import asks_content
from assistant.notices.text import bigrams
from assistant.notices.tree import Corpus

__all__ = ["without_story", "is_story", "asks_stated_value"]

log = logging.getLogger(__name__)

# The answer types of an ask for content the notice states (how many, how much, when, where, who, which papers, what
# happens): the asker's story settles none of them. A yes/no ask ("我能报吗", "…对吧") is about the case or a premise
# the story may state, and keeps it.
_CONTENT_TYPES = frozenset({"count", "money", "date", "place", "contact", "materials", "procedure", "actor"})

# A message's stretches end at its punctuation, which they keep; a colon ends one too ("我就好奇：…", "领导让我问：…"):
# what comes before it only announces the ask.
_STRETCH_END = re.compile(r"(?<=[，,。；;！!？?：:])")


@functools.lru_cache(maxsize=8)
def _notice_grams(corpus: Corpus, program: str | None) -> frozenset[str]:
    clauses = corpus.clauses(program)
    return frozenset(g for c in clauses for g in bigrams(c.own_text or c.text))


def is_story(corpus: Corpus, stretch: str, program: str | None = None) -> bool:
    """Whether ``stretch`` tells only the asker's story: it names no programme, sets no case ("…的话", "要是…"),
    and nothing of it (its topic, without question words) is a word pair the asked notice (every notice when none is
    asked) says."""
    if without_programme(stretch) != stretch or is_case(stretch):
        return False
    topic = focus(stretch)
    grams = {g for chunk in topic.split() for g in bigrams(chunk)}
    return not grams & _notice_grams(corpus, program)


def _asks(stretch: str, last: bool) -> bool:
    """Whether ``stretch`` asks: a sentence closed by a full stop before more is said tells ("业余也带几个新人。": 几个
    is "a few" there), whatever question word it holds."""
    if not last and stretch.rstrip().endswith(_TOLD_END):
        return False
    return is_ask(stretch.rstrip("，,；;。！!：: "))


_TOLD_END = ("。", "！", "!")


def without_story(corpus: Corpus, question: str, program: str | None = None) -> str:
    """``question`` from its first asking stretch on, with the story stretches before it left out; the question
    unchanged when it opens with its ask, or when its ask is not for content the notice states."""
    stretches, first = _split(question)
    if not first or not _content_ask("".join(stretches[first:])):
        return question
    told = [s for s in stretches[:first] if not is_story(corpus, s, program)]
    if len(told) == first:
        return question
    kept = "".join([*told, *stretches[first:]])
    log.info("qa story left out: %d of %d stretches before the ask", first - len(told), first)
    return kept


def asks_stated_value(text: str) -> bool:
    """Whether the message's one ask is for content a notice states (how many, when, where, what happens next …),
    whatever the asker told of themself before it ("我是做直播电商运维的，业余也带几个新人。第四届数字工匠初审完了
    下一步是什么"): a question about the rules, not a request to check the asker's case."""
    stretches, first = _split(text)
    return first is not None and _content_ask("".join(stretches[first:]))


def _split(text: str) -> tuple[list[str], int | None]:
    """The message's stretches and the index of the first that asks (None: none does)."""
    stretches = [s for s in _STRETCH_END.split(text or "") if s.strip()]
    return stretches, next((i for i, s in enumerate(stretches) if _asks(s, i == len(stretches) - 1)), None)


def _content_ask(ask: str) -> bool:
    """One ask for content of a stated type, naming its own topic ("发多少" leans on the "有奖金的" told before it;
    a second ask may point back into the story: "江苏那几年能不能一起算进去"). The message's closing stretch is what
    it asks (a terse writer's spaces end stretches too): a question word in the story ("几米长的大曲轴") asks
    nothing when the message closes with "他当时能报吗"."""
    last = _LAST_STRETCH.split(ask.strip())[-1]
    return asks_content(last) and _names_topic(ask) and not is_comparison(ask) and len(question_parts(ask)) == 1 \
        and classify(last, vectors=False).type in _CONTENT_TYPES and classify(ask, vectors=False).type in _CONTENT_TYPES


_LAST_STRETCH = re.compile(r"[，,。；;！!？?：:]+\s*(?=\S)|(?<=[\u4e00-\u9fff])\s+(?=[\u4e00-\u9fff])")
