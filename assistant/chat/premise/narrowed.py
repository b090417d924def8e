"""A count the notice gives only to some of a group, asserted of the whole group or of a member outside it.

"各区县(市)总工会推荐不超过 4 名,其中数字经济相对领先的滨江区、西湖区、余杭区可推荐不超过 6 名": 6 is the three named
districts' count; "每个区都能推6个吧" and "我们在上城，能推6个吧" take it for every district, so the count said
matches a number of the sentence and is still wrong. The answer gives the group's own count and who the narrower one
is for. The word classes are data (``narrowed.toml``).

Run with:  .venv/bin/python -m pytest -q tests/chat/test_narrowed_counts.py
"""

from __future__ import annotations

import functools
import re
import tomllib
from pathlib import Path

from assistant.chat.premise.counts import _claims_in_context, _fmt

__all__ = ["narrowed_correction", "narrowed_premise"]

_SEGMENT = re.compile(r"[，,。；;]")


@functools.lru_cache(maxsize=1)
def _words() -> dict[str, re.Pattern]:
    rows = tomllib.loads(Path(__file__).with_name("narrowed.toml").read_text(encoding="utf-8"))
    return {k: re.compile(v) for k, v in rows.items()}


def _members(stretch: str) -> list[str]:
    """The members a narrower stretch names ("数字经济相对领先的滨江区、西湖区、余杭区可推荐" -> 滨江, 西湖, 余杭)."""
    listed = re.split(r"的(?=[^的]*$)", stretch)[-1]
    return [m[:2] for m in re.split(r"、|和|及", listed) if len(m) >= 2]


def narrowed_correction(question: str, quote: str, who: str | None = None) -> str | None:
    """"不对，…" when a count ``question`` asserts is, in ``quote``, only that of members named after 其中, and the
    question says it of the whole group or of a member not named; None otherwise."""
    words = _words()
    said = f"{who or ''} {question or ''}"
    segments = [s.strip() for s in _SEGMENT.split(quote or "")]
    for value, unit, _ in _claims_in_context(question or ""):
        for i, segment in enumerate(segments):
            lead = words["narrows"].match(segment)
            if not lead or (value, unit) not in {(v, u) for v, u, _ in _claims_in_context(segment)}:
                continue
            general_at = next((j for j in range(i - 1, -1, -1)
                               if any(u == unit for _, u, _ in _claims_in_context(segments[j]))), None)
            if general_at is None:
                continue
            general = next(v for v, u, _ in _claims_in_context(segments[general_at]) if u == unit)
            members = _members(segment[lead.end():].split(_fmt(value, "").strip())[0])
            if general == value or not members or any(m in said for m in members):
                continue
            if _names_other_subject(said, segments, unit, (i, general_at)):
                continue  # "我们是市里的产业工会…也能推6个吧": the count asked is another subject's, count_correction's
            if not (words["every"].search(said) or _names_another(said, members)):
                continue
            return (f"不对，通知写的不是{_fmt(value, unit)}，而是{_fmt(general, unit)}（{_fmt(value, unit)}只限"
                    f"{'、'.join(members)}）：见下面的原文。")
    return None


_SUBJECT_EDGE = re.compile(r"^(?:其中|另外)?(?:市各|各|市)?|(?:可|能)?推荐.*$")


def _names_other_subject(said: str, segments: list[str], unit: str, skip: tuple[int, ...]) -> bool:
    """Whether ``said`` names the subject of another count of ``unit`` in the sentence ("各产业工会推荐不超过 3 名")."""
    for j, segment in enumerate(segments):
        if j in skip or not any(u == unit for _, u, _ in _claims_in_context(segment)):
            continue
        for name in re.split(r"[、和及]", segment):
            word = _SUBJECT_EDGE.sub("", _SUBJECT_EDGE.sub("", name.strip()))
            if len(word) >= 2 and word[-4:] in said:
                return True
    return False


def _names_another(said: str, members: list[str]) -> bool:
    """Whether the asker names a place of their own that is none of ``members`` ("我们在上城", "拱墅区的")."""
    return bool(_words()["own_place"].search(said)) and not any(m in said for m in members)


def narrowed_premise(corpus, program: str, question: str) -> tuple[str, tuple[str, str]] | None:
    """("不对，…", (clause_id, sentence)) for the sentence of ``program``'s notice whose narrower count the question
    takes for the whole group, wherever it is; the sentence retrieval picks for a story ("我们在上城…") may be
    another."""
    from assistant.chat.premise.step_order import units
    from assistant.chat.rules.own_case import asker_is

    if not _claims_in_context(question or ""):
        return None
    who = asker_is(question)
    for clause in corpus.clauses(program):
        if not clause.path:
            continue
        for unit in units(clause):
            line = narrowed_correction(question, unit, who)
            if line:
                return line, (clause.clause_id, unit)
    return None
