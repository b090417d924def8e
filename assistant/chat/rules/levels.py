"""Does the answering sentence hold the asked THING at the asked level? "首席技师市里定下来的人选会不会公示" asks
about the city's 公示; "确定申报人选时应征求本单位员工意见，进行公示" holds a 公示, but the employer's. The question's
ask clause names a level (市里, 全省, 各区, 厂里, 协会: the classes of ``levels.toml``); the sentence's level is the
one said in the segment holding the asked thing, or the nearest before it (the subject comes first); a sentence
naming no level at all speaks at its notice's own level (浙江省's notice counts the province's 50). A sentence at
another level does not answer: the notice is silent on the asked level's thing, and the answer says so naming it.

Run with:  .venv/bin/python -m pytest -q tests/chat/test_levels.py
"""

from __future__ import annotations

import functools
import re

from assistant.chat.rules.level_table import LevelRow, case, rows
from assistant.notices.text import parts

__all__ = ["Level", "asked_level", "said_levels", "sentence_levels", "said_at", "said_label", "home_level", "mismatched",
           "levels", "focus_words", "is_level_word", "ask_clause"]

# what ends a clause of a question; an ask clause is one holding a question word
_CLAUSES = re.compile(r"[，,。；;！!？?]")
_ASKING = re.compile(r"几|多少|什么|啥|哪|谁|吗|么|是否|有没有|要不要|会不会|能不能|多久|多长|怎么|如何|呢")
_SEGMENTS = re.compile(r"[，,：:]")
# words of an ask that are no thing a sentence would hold
_NOT_FOCUS = frozenset({"可以", "需要", "能够", "一共", "最多", "最少", "大概", "时候", "多少", "还要", "要求", "下来",
                        "定下来", "分到", "一下", "那个", "这个", "我们", "他们", "有没有", "会不会", "是不是"})

# One class of level words: how a question says it (``asked``), how a sentence does (``said``); a row of the
# shared level table (``level_table``).
Level = LevelRow


@functools.lru_cache(maxsize=1)
def levels() -> tuple[Level, ...]:
    """The levels a question can ask about: the table's rows with words for asking (the nation's row serves the
    tiers of a list and a body's level only)."""
    return tuple(lv for lv in rows() if lv.asked)


def _alternation(words) -> re.Pattern:
    return re.compile("|".join(map(re.escape, sorted(set(words), key=len, reverse=True))))


@functools.lru_cache(maxsize=1)
def _asked_words() -> tuple[re.Pattern, dict[str, Level]]:
    by_word = {w: lv for lv in levels() for w in lv.asked}
    return _alternation(by_word), by_word


@functools.lru_cache(maxsize=1)
def _said_words() -> tuple[re.Pattern, dict[str, Level]]:
    by_word = {w: lv for lv in levels() for w in lv.said}
    return _alternation(by_word), by_word


def is_level_word(word: str) -> bool:
    """Whether ``word`` is one of the table's words for a level as asked ("设区市", "区县", "省里")."""
    pattern, _ = _asked_words()
    return bool(pattern.fullmatch(word or ""))


def ask_clause(question: str, lead: bool = False) -> str:
    """The clause of ``question`` that asks (the last holding a question word; else the last clause); with
    ``lead``, the clause before it too when that one asks nothing ("在单位里公示，至少要公示多少天")."""
    clauses = [c for c in _CLAUSES.split(question or "") if c.strip()]
    asking = [i for i, c in enumerate(clauses) if _ASKING.search(c)]
    if not clauses:
        return ""
    last = asking[-1] if asking else len(clauses) - 1
    if lead and last > 0 and not _ASKING.search(clauses[last - 1]):
        return f"{clauses[last - 1]}，{clauses[last]}"
    return clauses[last]


def _of_case(clause: str, start: int, end: int) -> bool:
    """"在杭州工作的能报吗": a level word said of where the asker works is the asker's case."""
    said_of = case()
    return clause[max(0, start - 1):start] in said_of["before"] and bool(re.match(rf".{{0,3}}?(?:{said_of['after']})",
                                                                             clause[end:]))


def asked_level(question: str) -> tuple[Level, str] | None:
    """The level the ask clause puts on the asked thing, with the word that says it; None when it names none
    or names two ("省里的浙派，我们杭州市一共能推几个" names one per clause: the ask clause's counts)."""
    from assistant.chat.rules.programme_words import without_programme
    from assistant.retrieval.segment import tags

    pattern, by_word = _asked_words()
    found: dict[str, tuple[Level, str]] = {}
    for lead in (False, True):  # the ask clause's own level first ("省里的浙派，我们杭州市一共能推几个": 杭州市)
        clause = without_programme(ask_clause(question, lead))
        for m in pattern.finditer(clause):
            if not _of_case(clause, m.start(), m.end()):
                found.setdefault(by_word[m.group()].name, (by_word[m.group()], m.group()))
        if not found:
            for word, flag in tags(clause):
                lv = next((lv for lv in levels() for s in lv.asked_suffixes if flag == "ns" and word.endswith(s)), None)
                if lv is not None and len(word) > 1:
                    found.setdefault(lv.name, (lv, word))
        if found:
            break
    return next(iter(found.values())) if len(found) == 1 else None


def focus_words(question: str) -> tuple[str, ...]:
    """The words of the ask clause a sentence holding the asked thing shares: its nouns and verbs of two or
    more characters, without level words and the words of asking."""
    from assistant.chat.rules.programme_words import without_programme
    from assistant.retrieval.segment import tags

    clause = _asked_words()[0].sub(" ", without_programme(ask_clause(question, lead=True)))
    return tuple(dict.fromkeys(w for w, flag in tags(clause) if len(w) >= 2 and flag[:1] in ("n", "v")
                               and w not in _NOT_FOCUS and not _ASKING.search(w)))


def _levels_in(text: str) -> set[str]:
    """The levels ``text`` names, programme names aside ("《杭州市首席技师认定申报表》" names no level)."""
    from assistant.chat.rules.programme_words import without_programme

    pattern, by_word = _said_words()
    return {by_word[m.group()].name for m in pattern.finditer(without_programme(text))}


def said_levels(quote: str, focus: tuple[str, ...], value: re.Pattern | None = None) -> set[str]:
    """The levels ``quote`` says the asked thing at. The asked thing is the asked value when there is one (each
    segment stating a number of the asked kind: "各区、县（市）…不超过 4 人"), else the segments holding a focus
    word; each one's level is said in it or in the nearest segment before it naming one (the subject comes first).
    Empty when none is said there."""
    found: set[str] = set()
    for sentence in parts(quote):
        segments = _SEGMENTS.split(sentence)
        holding = [i for i, seg in enumerate(segments) if value is not None and value.search(seg)] or [
            i for i, seg in enumerate(segments) if any(w in seg for w in focus)]
        for i in holding:
            for j in range(i, -1, -1):
                named = _levels_in(segments[j])
                if named:
                    found |= named
                    break
    return found


def home_level(title: str) -> str | None:
    """The level a notice speaks at by its title (浙江省… -> province, 杭州… -> city)."""
    return next((lv.name for lv in levels() for w in lv.title if w in (title or "")), None)


def sentence_levels(question: str, quote: str, title: str, value: re.Pattern | None = None,
                    context: str = "") -> set[str]:
    """The levels ``quote`` says the asked thing at (``said_levels``); a quote naming no level at all, cut from a
    clause naming none (``context``), speaks at its notice's level. Empty when unknown."""
    said = said_levels(quote, focus_words(question), value)
    if said or _levels_in(quote) or _levels_in(context):
        return said
    home = home_level(title)
    return {home} if home else set()


def said_at(question: str, quote: str, title: str, value: re.Pattern | None = None, context: str = "") -> bool:
    """Whether ``quote`` says the asked thing at the level the question asks (False when no level is asked)."""
    asked = asked_level(question)
    return asked is not None and asked[0].name in sentence_levels(question, quote, title, value, context)


def mismatched(question: str, quote: str, title: str, value: re.Pattern | None = None,
               context: str = "") -> tuple[Level, str] | None:
    """The asked level and its word when ``quote`` says the asked thing at another level only; else None
    (no level asked, the asked one said, or the sentence's level unknown). ``context`` is the whole clause the
    quote is cut from: a quote naming no level speaks at its notice's level only when its clause names none."""
    asked = asked_level(question)
    if asked is None:
        return None
    said = sentence_levels(question, quote, title, value, context)
    if not said or asked[0].name in said:
        return None
    return asked


def said_label(question: str, quote: str, title: str, value: re.Pattern | None = None, context: str = "") -> str:
    """How a 参考 names the level(s) ``quote`` says the asked thing at ("全省范围", "本单位内部、区县一级")."""
    said = sentence_levels(question, quote, title, value, context)
    return "、".join(lv.said_label for lv in levels() if lv.name in said)
