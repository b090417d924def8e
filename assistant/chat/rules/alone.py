"""One ask of a several-ask message as it would be said on its own: the words a single question would carry, so that
the ask is judged answered or silent exactly as the same words asked alone are."""

from __future__ import annotations

import functools
import re
import tomllib
from pathlib import Path

from assistant.chat.rules.parts import ask_and_context

__all__ = ["lent_nouns", "said_alone"]

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
    words = (w for w, flag in tags(without_names(text or "")) if len(w.strip()) >= 2 and t["noun_flags"].match(flag))
    return tuple(dict.fromkeys(w for w in words if not t["not_lent"].search(w)))


def said_alone(part: str, before: list[str]) -> str:
    """``part`` with the thing the asks before it named, when it names none ("首席技师评上以后奖金多少，什么时候发":
    什么时候发 asks when the 奖金 is paid; alone it reads as the deadline). The nearest earlier ask naming a thing
    lends it (its last clause naming one, the ask or the case said before it); an ask naming a thing of its own stays
    as it is."""
    from assistant.language.asking import clauses_of

    if lent_nouns(ask_and_context(part)[0]):
        return part
    # the ask before first, then the clause nearest it ("…方案里讲的数字经济产业，我这种算不算？一共分哪几类")
    for earlier in reversed(before):
        for said in reversed(clauses_of(earlier)):
            lent = lent_nouns(said)
            if lent:
                return "".join(lent) + part
    return part
