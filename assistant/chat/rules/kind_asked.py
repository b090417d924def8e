"""The kind an ask names after a "what kind of" word, and whether an answering sentence names a thing of it.

"首席技师单位推荐要开什么会" asks for a meeting; the form row "所在单位 推荐意见 盖章" and the step "遴选通知…" share
推荐 and 单位 but name no meeting, so neither answers it, and the notice is silent on it. "杭州工匠通知开头说的中国制造
2025跟评选有啥关系" asks for a relation, which the preface that names 《中国制造2025》 does not state. The kind is the
word right after 什么/啥/哪种 (``kind_asked.toml``); kinds other gates read by type (时间, 条件, 材料) are left to them.
The one reader serves a single ask and each ask of a several-part message alike (``factual_pick.answer_part``).

Run with:  .venv/bin/python -m pytest -q tests/chat/test_kind_asked.py
"""

from __future__ import annotations

import functools
import re
import tomllib
from dataclasses import dataclass
from pathlib import Path

__all__ = ["KindAsked", "kind_asked", "names_kind", "unnamed_kind", "value_of_another"]

_TABLE = Path(__file__).with_name("kind_asked.toml")
# a noun, a verbal noun or a name, by the shared segmenter's flags: the kind asked is a thing
_NOUN_FLAG = re.compile(r"^(?:n[a-z]*|vn|an)$")


@dataclass(frozen=True)
class KindAsked:
    """The kind asked after a "what kind of" word, and how the silence names it ("具体是什么会")."""

    kind: str
    label: str


@dataclass(frozen=True)
class _Classes:
    asking: re.Pattern
    generic: re.Pattern
    single: dict[str, re.Pattern]
    recipient: re.Pattern


@functools.lru_cache(maxsize=1)
def _table() -> _Classes:
    raw = tomllib.loads(_TABLE.read_text(encoding="utf-8"))
    return _Classes(re.compile(raw["asking"]), re.compile(raw["generic"]),
                    {k: re.compile(v) for k, v in raw["single"].items()}, re.compile(raw["whose"]["recipient"]))


def kind_asked(ask: str) -> KindAsked | None:
    """The kind ``ask`` asks for after its "what kind of" word ("要开什么会": 会), or None when it asks none or a kind
    other gates read ("什么条件", "啥时候")."""
    from assistant.retrieval.segment import tags

    t = _table()
    for m in t.asking.finditer(ask or ""):
        after = (ask or "")[m.end():]
        said = [(w, f) for w, f in tags(after) if w.strip()]
        if not said:
            continue
        word, flag = said[0]
        if t.generic.match(word):
            continue
        if word in t.single or (len(word) >= 2 and _NOUN_FLAG.match(flag)):
            which = "哪位" if m.group(0).startswith("哪") and "位" in m.group(0) else "什么"
            return KindAsked(word, f"具体是{which}{word}")
    return None


def names_kind(quote: str, kind: str) -> bool:
    """Whether ``quote`` names a thing of ``kind``: a one-character kind by its words (会: 会议, 发布会), a longer one
    as the notices' open reader holds a word (itself, a two-character piece, the notices' word for it)."""
    from assistant.chat.rules.open_heads import holds_word

    bare = re.sub(r"\s+", "", quote or "")
    single = _table().single.get(kind)
    if single is not None:
        return bool(single.search(bare))
    return kind in bare or holds_word(bare, kind)


def unnamed_kind(ask: str, quote: str) -> KindAsked | None:
    """The kind ``ask`` asks for when ``quote`` names no thing of it (the sentence does not answer), else None."""
    asked = kind_asked(ask)
    return asked if asked is not None and not names_kind(quote, asked.kind) else None


def value_of_another(ask: str, quote: str, value: re.Pattern) -> str | None:
    """Who ``ask`` asks a value of, when ``quote`` names them as the one a stretch gives something to and no stretch
    given to them holds ``value`` ("培育突出贡献单位奖励多少钱": 对培育突出贡献单位颁发奖牌, while the 1万元 is 对突出贡献
    浙派工匠's); else None."""
    bare = re.sub(r"\s+", "", ask or "")
    given = [(m.group("who"), s) for s in re.split(r"[，,；;。]", quote or "")
             for m in [_table().recipient.match(s.strip())] if m]
    asked = [(who, s) for who, s in given if who in bare]
    if not asked or any(value.search(s) for _, s in asked):
        return None
    return asked[0][0]
