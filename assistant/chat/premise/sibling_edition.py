"""A rule said of the wrong edition ("竞赛第一名直接认定，是首届那次就定下来的规矩吧", "第四届也有提名奖吧"): what the
premise claims is in another edition's notice of the same honour and nowhere in the asked one's, so the answer
corrects it with the other edition's clause, not agrees with whatever sentence of the asked notice shares a word.

The claim is the question's topic words that the honour's notices use at all (the asker's own words, 规矩,
定下来, say nothing a notice could hold); the asked edition is silent on it when no unit of its notice holds them
all, and another edition states it when a unit of its notice does (chat/rules/things.py's holding_units, headings count).

Run with:  .venv/bin/python -m pytest -q tests/chat/test_paraphrase_families.py
"""

from __future__ import annotations

from assistant.chat.rules.answer_types import focus
from assistant.chat.rules.quotes import is_form_row
from assistant.chat.rules.things import Thing, content_words, holding_units
from assistant.notices.tree import Corpus

__all__ = ["sibling_correction"]

MIN_CLAIM = 3  # characters of claim words: one word of two ("评审") is said by every notice


def sibling_correction(corpus: Corpus, text: str, program: str) -> tuple[str, tuple[str, str]] | None:
    """(the correction's first line, (clause_id, unit) of the edition that states it), or None."""
    from assistant.programs import get_pack, packs

    pack = get_pack(program)
    if not pack.series:
        return None
    siblings = [p.id for p in packs() if p.series == pack.series and p.id != program]
    series_text = "\n".join(c.text for p in (program, *siblings) for c in corpus.clauses(p))
    words = tuple(w for w in content_words(focus(text)) if w in series_text)
    if len("".join(words)) < MIN_CLAIM:
        return None
    claim = Thing(words, "、".join(words))
    if holding_units(corpus, program, claim):
        return None
    for other in siblings:
        units = [u for u in holding_units(corpus, other, claim) if not is_form_row(u[1])]
        if units:
            asked, stated = corpus.meta(program).short_name, corpus.meta(other).short_name
            line = f"不对，{asked}的通知里没有这一规定；这是{stated}通知的规定：见下面的原文。"
            return line, units[0]
    return None
