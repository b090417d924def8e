"""One ask of a several-ask message as it would be said on its own: the words a single question would carry, so that
the ask is judged answered or silent exactly as the same words asked alone are."""

from __future__ import annotations

import functools
import re
import tomllib
from pathlib import Path

from assistant.chat.rules.parts import ask_and_context

__all__ = ["lent_nouns", "said_alone", "asks_how_of_whether"]

_TABLE = Path(__file__).with_name("alone.toml")


@functools.lru_cache(maxsize=1)
def _table() -> dict[str, re.Pattern]:
    return {key: re.compile(value) for key, value in tomllib.loads(_TABLE.read_text(encoding="utf-8")).items()}


def lent_nouns(text: str) -> tuple[str, ...]:
    """The words of ``text`` naming a thing or a value of one (奖金, 证书, 答辩), without the programmes' names and the
    ask's own frame; unlike ``parts.thing_nouns`` the value asked (奖金 in 奖金多少) counts: it is what a bare ask after
    it ("什么时候发") is about."""
    from assistant.chat.rules.programme_words import without_names
    from assistant.retrieval.segment import tags

    t = _table()
    said = [(w.strip(), flag) for w, flag in tags(without_names(text or ""))]
    # a word after a classifier names a thing whatever the segmenter calls it ("那张表": 表, tagged a verb)
    words = (w for i, (w, flag) in enumerate(said) if w and (
        len(w) >= 2 and t["noun_flags"].match(flag) or i and t["classifier_flags"].match(said[i - 1][1])))
    return tuple(dict.fromkeys(w for w in words if not t["not_lent"].search(w)))


def said_alone(part: str, before: list[str]) -> str:
    """``part`` with the thing the asks before it named, when it names none ("首席技师评上以后奖金多少，什么时候发":
    什么时候发 asks when the 奖金 is paid; alone it reads as the deadline). The nearest earlier ask naming a thing
    lends them; an ask naming a thing of its own, or a total ("一共认定多少名": the programme's), stays as it is."""
    own = ask_and_context(part)[0]
    if lent_nouns(own) or _table()["programme_total"].search(own):
        return part
    # every thing the nearest ask naming one said, its case too ("2016年杭州工匠那张表，主要事迹最多写多少字，需要准备几份":
    # the 表's copies; "…方案里讲的数字经济产业，我这种算不算？一共分哪几类": the 产业's kinds): a word too many only
    # gives the ask alone more to be answered by, never less
    for earlier in reversed(before):
        lent = lent_nouns(earlier)
        if lent:
            return "".join(lent) + part
    return part


def asks_how_of_whether(part: str, before: str) -> bool:
    """Whether ``part`` asks how or what of the act ``before`` asked whether it happens ("没评上的会通知吗，怎么通知",
    "还要面试吗，面试考什么"): it takes that act as given, so where the notice is silent on whether, it is silent on how."""
    from assistant.language.asking import asks_content
    from assistant.retrieval.segment import tags

    ask, _ = ask_and_context(before)
    own, _ = ask_and_context(part)
    if asks_content(ask) or not asks_content(own):
        return False
    t = _table()

    def acts(text: str) -> set[str]:
        return {w for w, flag in tags(text) if len(w) >= 2 and t["act_flags"].match(flag) and not t["not_lent"].search(w)}

    return bool(acts(own) & acts(ask))
