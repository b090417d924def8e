"""The asker's phrasing in a question's topic ("本来打算评多少个", "评上的人拿多少奖金", "那个通知里留的是谁的联系方式"):
verbs, adverbs and pronouns no notice says are how the asker put it, not a point the answering sentence must hold.

Left in the topic they made it look like a topic of its own that no sentence shares, and the notice was said to be
silent on a value it states. A noun stays whatever the notices say ("奖金打到哪个账户": 账户 is a point no sentence
holds, and the notice is silent on it); so does any word whose pairs of characters a notice says (认定, 推荐, 宣传).

Run with:  .venv/bin/python -m pytest -q tests/chat/test_phrasing.py
"""

from __future__ import annotations

import functools
import re
import tomllib
from pathlib import Path

__all__ = ["asked_words", "plain_content_ask", "PHRASING_TAGS"]

# jieba's tags of the words that put an ask: verbs, adverbs and time words ("本来打算评", "拿", "留", "开"). A noun,
# a pronoun or a numeral is left alone ("那个认定": what 那个 points at is the asker's topic, and with it gone the
# ask looked bare); a verb the notices say (宣传, 评审, 认定) stays by its pairs.
PHRASING_TAGS = re.compile(r"^(?:v|vd|vi|vg|vn|d|dg|t|tg)$")


_TABLE = Path(__file__).with_name("phrasing.toml")

# A yes/no ask's tail ("奖牌是金的吗", "要干满15年吧"): its verbs are the thing asked or the premise stated, not phrasing.
_YES_NO_TAIL = re.compile(r"(?:吗|么|吧|伐|嘛|不|没有?)\s*[？?]?\s*$")


def plain_content_ask(text: str) -> bool:
    """Whether ``text`` is one ask for content (什么, 哪, 几, 多少, 谁 …) and no yes/no or premise: the asks whose
    phrasing can be told from their topic. In a yes/no ask the verb is what is asked ("奖牌是金的吗": 金), and a
    message of several asks reads each part against the whole."""
    from assistant.chat.rules.answer_types import question_parts
    from assistant.language.asking import asks_content

    return asks_content(text) and not _YES_NO_TAIL.search(text or "") and len(question_parts(text or "")) == 1


@functools.lru_cache(maxsize=1)
def _notice_itself() -> re.Pattern:
    return re.compile(tomllib.loads(_TABLE.read_text(encoding="utf-8"))["notice_itself"])


@functools.lru_cache(maxsize=1)
def _notice_pairs() -> frozenset[str]:
    from assistant.chat.rules.quotes import _idf

    return frozenset(_idf()[0])


def asked_words(topic: str) -> str:
    """``topic`` with the asker's phrasing blanked: the notice named as where the value is (phrasing.toml), and a
    verb, adverb or time word (jieba's tag) none of whose character pairs a notice says (what the vocabulary maps
    to the notices' words is kept in those words: notices.vocabulary); a single character of that kind goes too
    ("拿", "留", "开"), as it glued onto its neighbours into pairs no sentence holds ("人拿", "里留")."""
    from assistant.chat.rules.quotes import bigrams
    from assistant.notices.vocabulary import expansions
    from assistant.retrieval.segment import tags

    pairs = _notice_pairs()
    topic = _notice_itself().sub(" ", topic or "")
    kept = "".join(" " if PHRASING_TAGS.match(flag) and not bigrams(word) & pairs else word
                   for word, flag in tags(topic))
    # what the vocabulary maps to the notices' own words ("最多" -> 不超过, however the segmenter cut 最/多) is their
    # word said loosely, not phrasing: it stays, in the notices' words
    said = [w for w in expansions(topic) if w not in set(expansions(kept)) | {kept}]
    return " ".join([kept, *said]) if said else kept
