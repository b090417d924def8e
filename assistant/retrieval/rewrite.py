"""Query rewriting: a question in the asker's words, rewritten toward the notices' wording before retrieval.

Two kinds of question miss their clause on shared words alone: the asker's own case ("我们单位没建工会，我还能
报吗", which is about the conditions) and loose procedure questions ("材料啥时候得交上去", which is about the
deadline sentence). Each kind is a row of ``rewrite.toml``: a pattern, and the notice terms to add; the asker's
framing words are dropped. The rows are data and the function is pure.

Run with:  python -c "from assistant.retrieval.rewrite import rewrite; print(rewrite('材料啥时候得交上去'))"
"""

from __future__ import annotations

import functools
import re
import tomllib
from pathlib import Path

__all__ = ["rewrite", "rules_fired", "added_terms"]

_TABLE = Path(__file__).with_name("rewrite.toml")


@functools.lru_cache(maxsize=1)
def _table() -> tuple[tuple[tuple[str, re.Pattern, tuple[str, ...]], ...], re.Pattern]:
    data = tomllib.loads(_TABLE.read_text(encoding="utf-8"))
    rules = tuple((r["name"], re.compile(r["pattern"]), tuple(r["add"])) for r in data["rule"])
    return rules, re.compile(data["drop"]["words"])


def rules_fired(query: str) -> list[str]:
    """Names of the rows whose pattern matches ``query``."""
    rules, _ = _table()
    return [name for name, pattern, _ in rules if pattern.search(query or "")]


def added_terms(query: str, only: tuple[str, ...] | None = None) -> tuple[str, ...]:
    """The notice terms the matching rows add (of the rows named in ``only``, if given)."""
    rules, _ = _table()
    return tuple(dict.fromkeys(t for name, pattern, terms in rules if (only is None or name in only)
                               and pattern.search(query or "") for t in terms))


def rewrite(query: str, skip: tuple[str, ...] = ()) -> str:
    """``query`` with the asker's framing dropped and the notice terms of every matching row appended;
    unchanged when no row matches. ``skip`` names rows the caller knows do not apply: retrieval reads no
    meaning, so the chat, which has read the message, says so ("拿过提名奖还能再参评吗" names a title held,
    the topic itself, not who may apply)."""
    rules, drop = _table()
    added = [t for name, pattern, terms in rules if name not in skip and pattern.search(query or "") for t in terms]
    if not added:
        return query
    core = drop.sub(" ", query).strip() or query
    return " ".join([core, *dict.fromkeys(t for t in added if t not in core)])
