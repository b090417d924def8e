"""The open reader of an ask's head: the words naming the detail asked, read by sentence shape, and whether the
asked programme's notice says anything about them.

``asked_heads.toml`` lists attributes a rule usually leaves out (底色, 票数, 有效期 …); the details applicants ask
about are an open set ("组长是哪个领导", "住宿费要不要自己掏", "本人一定要到场伐", "这种挂靠的算哪边的人"). The
sentence retrieval finds for such an ask shares its topic words (领导小组, 培训营, 发布) and holds some value, so the
type and topic gates pass it and it is quoted as the answer. The head is read beside the question operators of
the asking clauses (``open_heads.toml``: "X是哪…", "X…吗", "要不要 X", "X还是…"): the word nearest the operator,
passing over the people named; when it is of a generic class, a type word or a light verb shape, the ask is of the
rule and names no detail. A head word no sentence of the asked notice holds (itself, a two-character piece, a verb
and object said apart, or the notices' own word for it) is a detail the notice does not state.

Run with:  .venv/bin/python -m pytest -q tests/chat/test_open_heads.py
"""

from __future__ import annotations

import functools
import re
import tomllib
from dataclasses import dataclass
from pathlib import Path

from assistant.chat.rules.things import in_dictionary

__all__ = ["OpenHead", "asked_head", "holds_word", "unstated_words", "silent_on"]

_TABLE = Path(__file__).with_name("open_heads.toml")
_HAN = re.compile(r"^[\u4e00-\u9fff]+$")
_CUT = re.compile(r"[，,。；;：:！!？?\s]")


@dataclass(frozen=True)
class OpenHead:
    """The head of one ask: its words, in the order said."""

    words: tuple[str, ...]


@dataclass(frozen=True)
class WordClasses:
    """``open_heads.toml`` read: the word classes that name no detail and the operators a head sits beside."""

    function_flags: frozenset[str]
    generic: frozenset[str]
    people: frozenset[str]
    before: re.Pattern
    after: re.Pattern
    window: int
    shapes: re.Pattern
    verb_complement: re.Pattern
    light_verbs: frozenset[str] = frozenset()


@functools.lru_cache(maxsize=1)
def _table() -> WordClasses:
    raw = tomllib.loads(_TABLE.read_text(encoding="utf-8"))
    return WordClasses(frozenset(raw["function_flags"]), frozenset(raw["generic"]) | frozenset(raw["type_nouns"]),
                    frozenset(raw["people"]),
                    re.compile("|".join(raw["before"])), re.compile("|".join(raw["after"])), int(raw["window"]),
                    re.compile("|".join(raw["shapes"])), re.compile(raw["verb_complement"]),
                    frozenset(raw.get("light_verbs", ())))


@functools.lru_cache(maxsize=2048)
def _type_word(word: str) -> bool:
    """A word the answer-type table reads as a type on its own (字数, 奖金, 邮箱): the kind of value asked, which the
    type gate checks, not a detail."""
    from assistant.chat.rules.answer_types import classify

    return classify(word, vectors=False).source == "table"


def _word(word: str, flag: str) -> bool:
    """A word that can stand next to an operator as what it asks of: Chinese, two or more characters, of no
    function class, and a dictionary word."""
    s = _table()
    return (len(word) >= 2 and bool(_HAN.match(word)) and flag not in s.function_flags
            and flag[:1] not in s.function_flags and word not in s.people and in_dictionary(word))


def _names_detail(word: str, flag: str) -> bool:
    """A word that names a detail: none of the generic classes, shapes, light verb complements or type words."""
    s = _table()
    return (word not in s.generic and not s.shapes.search(word) and not _type_word(word)
            and not (flag.startswith(("v", "f")) and s.verb_complement.search(word)))


def _window(stretch: str) -> list[str]:
    """The head words beside ``stretch``'s question operators: the nearest ``window`` words before a ``before``
    operator, and after an ``after`` one (before it when nothing is named after: "住宿费要不要自己掏"). A generic
    word nearest the operator ("找外省的协会推荐行不行": 推荐) means it asks of the rule, not of a detail."""
    from assistant.retrieval.segment import tags

    s = _table()
    spans, at = [], 0
    for word, flag in tags(stretch):
        if _word(word, flag):
            spans.append((at, at + len(word), word, flag))
        at += len(word)
    heads: list[str] = []
    for m in s.before.finditer(stretch):
        near = [(w, f) for _, end, w, f in spans if end <= m.start()][-s.window:]
        heads += [w for w, f in near if _names_detail(w, f)]
    for m in s.after.finditer(stretch):
        # "要不要参加面试": a light verb hands the ask to its object (面试), which names the detail
        said = [(w, f) for start, _, w, f in spans if start >= m.end()]
        while len(said) > 1 and said[0][0] in s.light_verbs:
            said = said[1:]
        after = said[:s.window]
        if not any(_names_detail(w, f) for w, f in after):
            after = [(w, f) for _, end, w, f in spans if end <= m.start()][-s.window:]
        heads += [w for w, f in after if _names_detail(w, f)]
    return heads


def asked_head(ask: str) -> OpenHead | None:
    """The head of ``ask``: the words beside the question operators of its asking clauses (each stretch between
    punctuation read alone, programme names taken out), or None when they name no detail ("多少年评一次")."""
    from assistant.chat.rules.answer_types import asking_stretches
    from assistant.chat.rules.programme_words import without_programme

    clause = "，".join(asking_stretches(ask)) or ask
    words: list[str] = []
    for stretch in _CUT.split(without_programme(clause)):
        if stretch.strip():
            words += _window(stretch.strip())
    words = list(dict.fromkeys(words))
    return OpenHead(tuple(words)) if words else None


def holds_word(text: str, word: str) -> bool:
    """Whether ``text`` holds ``word``, one of its two-character pieces (住宿费: 住宿 or 宿费), a two-character verb
    and object said apart (盖章 in 加盖公章, 签字 in 签个字), or a way the notices say it (chat.rules.things.said_as:
    收回 -> 撤销, 进修 -> 培训)."""
    from assistant.chat.rules.things import said_as

    if any(word[i:i + 2] in text for i in range(len(word) - 1)) or any(t in text for t in said_as(word)[1:]):
        return True
    return len(word) == 2 and re.search(re.escape(word[0]) + r"[^，。；,;\s]{1,2}" + re.escape(word[1]), text) is not None


def unstated_words(ask: str, notice_text: str) -> tuple[str, ...]:
    """The head words of ``ask`` that ``notice_text`` (a whole notice) nowhere holds; empty when it holds them
    all or the ask names none."""
    head = asked_head(ask)
    return tuple(w for w in head.words if not holds_word(notice_text, w)) if head else ()


# the asks about whether a kind of person may apply at all ("外省人能报吗", "返聘的能不能报"): the notice answers them
# by the conditions it sets, which name kinds of people in their own words, never the asker's
_MAY_APPLY = ("own_case", "who_may", "may_apply")


def _notice_text(corpus, program: str) -> str:
    # a form's cells space their characters out ("照  片"), which the word asked runs together
    # (each clause's own text: ``text`` holds its children too, which would repeat the notice and join across clauses)
    return re.sub(r"\s+", "", "。".join(c.own_text for c in corpus.clauses(program)))


def silent_on(corpus, program: str, ask: str) -> tuple[str, ...]:
    """The head words of ``ask`` that the notice of ``program`` nowhere states (empty: it may answer the ask)."""
    from assistant.retrieval.rewrite import rules_fired

    if any(rule in _MAY_APPLY for rule in rules_fired(ask)):
        return ()
    return unstated_words(ask, _notice_text(corpus, program))
