"""Cut each notice's clause tree into retrieval chunks: a clause, a run of short sibling items, or a
sentence-aligned piece of a long clause. Never a blind character window.

Each chunk keeps its clause ID, the heading chain above it (prefixed to the indexed text, so that a bare
“(三)” still carries “二、推荐条件”), the program, the edition year and its char offsets in the corpus file
(``notice.source[chunk.start:chunk.end] == chunk.text``).

Run with:  ``python -m pytest -q tests/retrieval/test_chunking.py``  (golden files in tests/golden/chunks/)
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass

from assistant.notices.text import pieces
from assistant.notices.tree import Clause, Corpus, Notice

__all__ = ["Chunk", "chunk_notice", "chunk_corpus", "notice_hash", "own_spans", "CHUNKER_VERSION",
           "MAX_CHARS", "SHORT_ITEM"]

# Bump when the chunking rules change: the index re-embeds every notice whose chunks may differ.
CHUNKER_VERSION = "1"
MAX_CHARS = 220  # a longer block is split on sentence ends; ~2-4 sentences of a notice
HARD_MAX = 400  # a single "sentence" longer than this (a form row list) is cut at line breaks/commas
SHORT_ITEM = 40  # sibling leaf items at most this long are indexed together as one run
_HEADING_ONLY = 20  # a one-line block this short, over children, is a bare heading: no chunk of its own

_SOFT_BREAK = re.compile(r"(?<=[，,：:\t])")


@dataclass(frozen=True)
class Chunk:
    """One indexed piece of a notice."""

    chunk_id: str  # "<clause_id>~<n>"; unique in the corpus
    clause_id: str  # the clause whose text contains the chunk (for a run: the parent of the items)
    clause_ids: tuple[str, ...]  # the clauses the chunk speaks for: (clause_id,) or the run's items
    program: str
    edition_year: int  # the year in the program id: 2026, 2023, 2016, 2021, 2023
    edition_name: str  # "第四届", "首届", …
    heading_chain: tuple[str, ...]  # titles of the enclosing clauses, outermost first (not the chunk's own)
    text: str  # exactly the corpus text of the span
    start: int
    end: int

    @property
    def index_text(self) -> str:
        """What both indexes see: the program's short name and the heading chain, then the text."""
        return f"{self.prefix}\n{self.text}" if self.heading_chain else self.text

    @property
    def prefix(self) -> str:
        return " > ".join(self.heading_chain)

    def to_json(self) -> dict:
        return {"chunk_id": self.chunk_id, "clause_id": self.clause_id, "clause_ids": list(self.clause_ids),
                "program": self.program, "edition_year": self.edition_year, "edition_name": self.edition_name,
                "heading_chain": list(self.heading_chain), "text": self.text, "start": self.start,
                "end": self.end}


def notice_hash(notice: Notice) -> str:
    """Content hash of one notice as the index sees it: its file text and the chunker version."""
    digest = hashlib.sha256(f"chunker={CHUNKER_VERSION}\n".encode())
    digest.update(notice.source.encode("utf-8"))
    return digest.hexdigest()[:16]


def own_spans(clause: Clause, notice: Notice) -> list[tuple[int, int]]:
    """The clause's own text as (start, end) blocks: its span minus its children's spans, stripped."""
    children = [notice.clauses[c] for c in clause.children]
    holes = sorted((c.start, c.end) for c in children)
    blocks, cursor = [], clause.start
    for s, e in holes + [(clause.end, clause.end)]:
        if s > cursor:
            blocks.append((cursor, s))
        cursor = max(cursor, e)
    out = []
    for s, e in blocks:
        text = notice.source[s:e]
        lead = len(text) - len(text.lstrip())
        trail = len(text) - len(text.rstrip())
        if e - trail > s + lead:
            out.append((s + lead, e - trail))
    return out


def _split(source: str, start: int, end: int) -> list[tuple[int, int]]:
    """Split a long block on sentence ends (。；) and line breaks, packing sentences up to MAX_CHARS."""
    text = source[start:end]
    if len(text) <= MAX_CHARS:
        return [(start, end)]
    units, pos = [], 0
    for piece in pieces(text, lines=True):
        if piece:
            units.extend(_hard_cut(start + pos, piece))
            pos += len(piece)
    spans: list[tuple[int, int]] = []
    for s, e in units:
        if spans and e - spans[-1][0] <= MAX_CHARS:
            spans[-1] = (spans[-1][0], e)
        else:
            spans.append((s, e))
    return [_strip(source, s, e) for s, e in spans if source[s:e].strip()]


def _hard_cut(offset: int, piece: str) -> list[tuple[int, int]]:
    if len(piece) <= HARD_MAX:
        return [(offset, offset + len(piece))]
    out, pos = [], 0
    for part in _SOFT_BREAK.split(piece):
        if out and pos + len(part) - out[-1][0] + offset <= HARD_MAX:
            out[-1] = (out[-1][0], offset + pos + len(part))
        else:
            out.append((offset + pos, offset + pos + len(part)))
        pos += len(part)
    return out


def _strip(source: str, s: int, e: int) -> tuple[int, int]:
    text = source[s:e]
    return s + len(text) - len(text.lstrip()), e - (len(text) - len(text.rstrip()))


def _bare_heading(text: str) -> bool:
    """A one-line heading with nothing to find in it (a date or number in it is worth a chunk)."""
    return "\n" not in text and len(text) <= _HEADING_ONLY and not re.search(r"\d", text)


def _is_short_leaf(clause: Clause) -> bool:
    return not clause.children and len(clause.text) <= SHORT_ITEM


def chunk_notice(notice: Notice) -> list[Chunk]:
    """All chunks of one notice, in document order."""
    meta = notice.meta
    year = int(meta.program_id.rsplit("_", 1)[-1])
    chunks: list[Chunk] = []
    done: set[str] = set()
    numbered: dict[str, int] = {}  # chunks made so far per clause: one pass, not a rescan per chunk

    def add(clause_id: str, members: tuple[str, ...], chain: tuple[str, ...], s: int, e: int) -> None:
        n = numbered[clause_id] = numbered.get(clause_id, -1) + 1
        chunks.append(Chunk(
            chunk_id=f"{clause_id}~{n}", clause_id=clause_id, clause_ids=members, program=meta.program_id,
            edition_year=year, edition_name=meta.edition_name, heading_chain=(meta.short_name, *chain),
            text=notice.source[s:e], start=s, end=e,
        ))

    for clause in notice.clauses.values():
        if clause.clause_id in done:
            continue
        ancestors = clause.heading_chain[:-1] if clause.path else ()
        blocks = own_spans(clause, notice)
        if clause.children and blocks and _bare_heading(notice.source[slice(*blocks[0])]):
            blocks = blocks[1:]  # a bare heading over items: the items carry it in their chain
        for s, e in blocks:
            for ps, pe in _split(notice.source, s, e):
                add(clause.clause_id, (clause.clause_id,), ancestors, ps, pe)
        # Runs of short sibling items are indexed together: alone, "(1)初审。" is too thin to find.
        kids = [notice.clauses[c] for c in clause.children]
        i = 0
        while i < len(kids):
            j = i
            while j < len(kids) and _is_short_leaf(kids[j]) and kids[j].end - kids[i].start <= MAX_CHARS:
                j += 1
            if j - i >= 2:
                run = kids[i:j]
                add(clause.clause_id, tuple(k.clause_id for k in run), clause.heading_chain if clause.path else (),
                    run[0].start, run[-1].end)
                done.update(k.clause_id for k in run)
                i = j
            else:
                i += 1
    chunks.sort(key=lambda c: c.start)
    return chunks


def chunk_corpus(corpus: Corpus, program: str | None = None) -> list[Chunk]:
    """Chunks of every notice (or one program), notice by notice in document order."""
    programs = [program] if program else corpus.program_ids
    return [c for p in programs for c in chunk_notice(corpus.notice(p))]
