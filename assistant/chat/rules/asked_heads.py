"""The attribute an ask is about, and whether an answering sentence states it.

"第四届推荐表上那张2寸照片要什么底色的" asks the photo's background; the form's row "正面免冠 彩色近照 (2寸)" is
on the photo and holds a value, yet states no background. The type gate (a value of the asked type) and the topic
gate (the ask's words) both pass it, so it was quoted as the answer. An ask naming an attribute of a rule that the
rule usually leaves out (``asked_heads.toml``) is answered only by a sentence that holds that attribute.

Run with:  .venv/bin/python -m pytest -q tests/chat/test_asked_heads.py
"""

from __future__ import annotations

import functools
import re
import tomllib
from dataclasses import dataclass
from pathlib import Path

__all__ = ["Head", "heads", "asked_heads", "unheld_head"]

_TABLE = Path(__file__).with_name("asked_heads.toml")


@dataclass(frozen=True)
class Head:
    """One attribute row: how an ask names it, what a sentence stating it holds, and what the silence names."""

    name: str
    label: str
    ask: re.Pattern
    holds: re.Pattern


@functools.lru_cache(maxsize=1)
def heads() -> tuple[Head, ...]:
    rows = tomllib.loads(_TABLE.read_text(encoding="utf-8"))["head"]
    return tuple(Head(r["name"], r["label"], re.compile(r["ask"]), re.compile(r["holds"])) for r in rows)


def _asking(text: str) -> str:
    """The clauses of ``text`` that ask: a clause with a question word or mark, else the whole text (an ask
    rarely states the attribute in a clause of its own before asking: "照片的底色，有要求吗" has it in the first)."""
    from assistant.chat.rules.answer_types import asking_stretches

    stretches = asking_stretches(text)
    return "，".join(stretches) if stretches else text


def asked_heads(ask: str, claimed: bool = False) -> tuple[Head, ...]:
    """The attribute rows ``ask`` names in its asking clauses (usually none); with ``claimed``, in any clause: a
    premise says what it takes for granted before its "是这样吧" ("每人每年奖励1万元，是这样吧")."""
    said = ask if claimed else _asking(ask)
    return tuple(h for h in heads() if h.ask.search(said))


def unheld_head(ask: str, quote: str, claimed: bool = False) -> Head | None:
    """The first attribute ``ask`` asks about (or, ``claimed``, asserts) that ``quote`` does not state, or None when
    it states all of them (or the ask names none)."""
    return next((h for h in asked_heads(ask, claimed) if not h.holds.search(quote)), None)
