"""Which programme a question names, read from the programme packs' cues (``pack.toml``).

A pack names itself with ``cue``; editions of one honour share a ``series`` whose ``series_cue`` names all
of them unless an ``edition_cue`` picks one. "杭州工匠" is not a substring of "杭州数字工匠", so cues do not
clash.
"""

from __future__ import annotations

import functools
import re

from assistant.programs import generation, get_pack, packs

__all__ = ["name_programs", "programs_named"]

# A title the asker already holds ("我已经是杭州工匠", "评上了…") is not the programme being asked about; a bare
# "评上X能拿多少" supposes the honour asked about. A pack whose
# title is not among these adds it with ``held_title``.
_HELD = r"(已经?|曾经?|是|评上[了过]|获评|获得过?|被认定为|当过|拿过|拿到了?)\s*[“\"]?"
_TITLES = r"浙江工匠|杭州工匠|杭州数字工匠(提名奖)?|浙江省首席技师|杭州市首席技师"


@functools.lru_cache(maxsize=4)
def _held_title(generation: int) -> re.Pattern:
    extra = "".join("|" + re.escape(p.held_title) for p in packs() if p.held_title)
    return re.compile(f"{_HELD}({_TITLES}{extra})[”\"]?")


def name_programs(query: str) -> tuple[tuple[str, ...], bool]:
    """Programmes the question names, and whether it named a series without an edition (then every edition
    of it is named; the chat answers for the current one, retrieval searches all)."""
    query = _held_title(generation()).sub("", query or "")
    registered = packs()
    found = [p.id for p in registered if p.cue and re.search(p.cue, query)]
    no_edition = False
    for series in dict.fromkeys(p.series for p in registered if p.series):
        editions = [p for p in registered if p.series == series]
        if re.search(editions[0].series_cue, query):
            picked = [p.id for p in editions if p.edition_cue and re.search(p.edition_cue, query)]
            yearless = re.sub(r"[0-9]{4}", "", query)  # "第四届…2022年评过浙江工匠": the edition named by its
            by_name = [p for p in picked if re.search(get_pack(p).edition_cue, yearless)]  # name outranks a year
            picked = by_name or picked
            no_edition = no_edition or not picked
            found += picked or [p.id for p in editions]
        elif not found:
            # an edition cue alone ("第四届") names the one pack that claims it
            found += [p.id for p in editions if p.alone_cue and re.search(p.alone_cue, query)]
    return tuple(dict.fromkeys(found)), no_edition


def programs_named(query: str) -> tuple[str, ...]:
    """Programmes the question names (empty when it names none)."""
    return name_programs(query)[0]
