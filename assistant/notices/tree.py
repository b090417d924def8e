"""Parse each notice in ``corpus/`` into a clause tree with contract clause IDs.

A clause ID is ``<program>#<path>``: the notice's own heading chain (``二/(三)``, ``三/(二)/1/(2)``,
``附件1/二/(四)``), or ``前言`` for text before the first heading. Offsets are character offsets into
the corpus file, so ``source[clause.start:clause.end] == clause.text``.

Run with:  ``assistant clauses --program hz_digital_craftsman_2026``
"""

from __future__ import annotations

import datetime as dt
import difflib
import functools
import logging
import re
import tomllib
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from pydantic import ValidationError

from assistant.errors import CorpusError, NotFoundError
from assistant.notices.metadata import NoticeMeta, RoundStatus, round_status
from assistant.notices.text import pieces

__all__ = ["Clause", "Notice", "Corpus", "load_corpus", "parse_notice", "FRONT"]

log = logging.getLogger(__name__)

FRONT = "前言"
_CN = "一二三四五六七八九十"
_CN_VALUE = {c: i + 1 for i, c in enumerate(_CN)}

# (rank, kind, pattern). Rank decides nesting: a heading closes every open heading of equal or lower
# rank-number's depth. Attachments (rank 0) close everything.
_HEADINGS = (
    (0, "attachment", re.compile(r"^附件\s*(\d*)\s*$")),
    (1, "section", re.compile(rf"^([{_CN}]{{1,3}})、\s*")),
    (2, "paren_cn", re.compile(rf"^[（(]([{_CN}]{{1,3}})[）)]\s*")),
    (3, "number", re.compile(r"^(\d{1,2})\s*[\.．、](?!\d)\s*")),
    (4, "paren_number", re.compile(r"^[（(](\d{1,2})[）)]\s*")),
)
# Lines that look like a heading but are not well formed: loud failure, never a silent paragraph.
_MALFORMED = (
    (re.compile(rf"^[{_CN}]{{1,3}}[\.．,，]"), "中文序号后应为顿号“、”"),
    (re.compile(rf"^[（(][{_CN}]{{1,3}}(?![{_CN}）)])"), "括号序号缺少右括号"),
    (re.compile(r"^[（(]\d{1,2}(?![\d）)])[、.．\s]"), "括号序号缺少右括号"),
)


def _cn_to_int(numeral: str) -> int:
    if numeral in _CN_VALUE:
        return _CN_VALUE[numeral]
    if numeral.startswith("十"):
        return 10 + _CN_VALUE.get(numeral[1:], 0)
    tens, _, ones = numeral.partition("十")
    return _CN_VALUE[tens] * 10 + (_CN_VALUE.get(ones, 0) if ones else 0)


@dataclass(frozen=True)
class Clause:
    """One node of a notice's clause tree."""

    clause_id: str
    program: str
    path: tuple[str, ...]  # () for 前言
    title: str  # the heading as the notice writes it, shortened for inline items
    heading_chain: tuple[str, ...]  # titles of the ancestors and this clause, outermost first
    text: str  # the whole span: heading, own paragraphs and all descendants
    own_text: str  # heading and own paragraphs only
    start: int
    end: int
    line: int
    parent: str | None
    children: tuple[str, ...]

    @property
    def depth(self) -> int:
        return len(self.path)

    def to_json(self) -> dict:
        return {
            "clause_id": self.clause_id,
            "title": self.title,
            "text": self.text,
            "program": self.program,
            "heading_chain": list(self.heading_chain),
            "own_text": self.own_text,
            "start": self.start,
            "end": self.end,
            "line": self.line,
            "parent": self.parent,
            "children": list(self.children),
        }


@dataclass
class _Node:
    rank: int
    kind: str
    number: int
    label: str  # path component
    title: str
    line: int
    start: int
    inline: bool  # an item whose content is its heading line; later paragraphs go to the parent
    own: list[tuple[int, int]] = field(default_factory=list)
    children: list[_Node] = field(default_factory=list)
    end: int = 0


@dataclass(frozen=True)
class Notice:
    """One program's notice: metadata, the file text and its clauses in document order."""

    meta: NoticeMeta
    path: Path
    source: str
    clauses: dict[str, Clause]

    @property
    def program_id(self) -> str:
        return self.meta.program_id


def _short_title(marker: str, rest: str) -> str:
    rest = rest.strip()
    cut = re.search(r"[。；;：:，,]", rest)
    head = rest[: cut.start()] if cut else rest
    if len(head) > 24:
        head = head[:24] + "…"
    elif cut and cut.end() < len(rest):
        head += "…"
    return f"{marker}{head}"


def _lines(text: str, offset: int) -> Iterator[tuple[int, int, int, str]]:
    """Yield (line_no, start, end, stripped) for non-blank lines; offsets exclude indentation."""
    pos = 0
    for i, raw in enumerate(text.splitlines(keepends=True)):
        line = raw.rstrip("\r\n")
        stripped = line.strip(" \t\u3000\u00a0")
        if stripped:
            lead = len(line) - len(line.lstrip(" \t\u3000\u00a0"))
            yield i, offset + pos + lead, offset + pos + lead + len(stripped), stripped
        pos += len(raw)


def _classify(text: str) -> tuple[int, str, re.Match] | None:
    for rank, kind, pattern in _HEADINGS:
        m = pattern.match(text)
        if m:
            return rank, kind, m
    return None


def _label(kind: str, value: str) -> tuple[str, int]:
    if kind == "attachment":
        return (f"附件{value}" if value else "附件"), (int(value) if value else 0)
    if kind == "section":
        return value, _cn_to_int(value)
    if kind == "paren_cn":
        return f"({value})", _cn_to_int(value)
    if kind == "number":
        return value, int(value)
    return f"({value})", int(value)


def parse_notice(path: Path) -> Notice:
    """Parse one corpus file. Raises ``CorpusError`` with file and line on any malformed part."""
    source = path.read_text(encoding="utf-8")
    name = path.name
    if not source.startswith("+++\n"):
        raise CorpusError(name, 1, "文件应以 +++ 开头的 TOML 元数据块开始")
    close = source.find("\n+++\n", 4)
    if close < 0:
        raise CorpusError(name, 1, "元数据块缺少结尾的 +++")
    try:
        meta = NoticeMeta(**tomllib.loads(source[4 : close + 1]))
    except (tomllib.TOMLDecodeError, ValidationError) as exc:
        raise CorpusError(name, 1, f"元数据无效：{exc}") from None
    body_offset = close + len("\n+++\n")
    first_body_line = source[:body_offset].count("\n")

    root = _Node(-1, "root", 0, FRONT, FRONT, first_body_line + 1, body_offset, inline=False)
    stack = [root]
    for i, start, end, text in _lines(source[body_offset:], body_offset):
        line_no = first_body_line + i + 1
        hit = _classify(text)
        if hit is None:
            for pattern, problem in _MALFORMED:
                if pattern.match(text):
                    raise CorpusError(name, line_no, f"{problem}：“{text[:20]}”")
            while stack[-1].inline and stack[-1].own:
                stack.pop()
            node = stack[-1]
            if node is root and root.children:
                raise CorpusError(name, line_no, "正文出现在标题之外")
            node.own.append((start, end))
            continue
        rank, kind, m = hit
        label, number = _label(kind, m.group(1))
        rest = text[m.end():]
        if kind != "attachment" and not rest.strip():
            raise CorpusError(name, line_no, f"标题“{text}”后没有内容")
        while stack[-1].rank >= rank:
            stack.pop()
        parent = stack[-1]
        siblings = [c for c in parent.children if c.kind == kind]
        expected = siblings[-1].number + 1 if siblings else (number if kind == "attachment" and number <= 1 else 1)
        if number != expected:
            raise CorpusError(name, line_no, f"标题编号不连续：期望第 {expected} 项，实际为“{text[: m.end()].strip()}”")
        # a heading whose line goes on past a sentence's mark is a lead-in to its text; a test for a mark, no split
        inline = kind != "attachment" and (bool(re.search(r"[。；;]", rest)) or len(rest) > 40)
        title = text if kind == "attachment" or not inline else _short_title(text[: m.end()].strip(), rest)
        node = _Node(rank, kind, number, label, title, line_no, start, inline)
        node.own.append((start, end))
        parent.children.append(node)
        stack.append(node)

    clauses: dict[str, Clause] = {}
    _finish(root, meta.program_id, source, (), (), None, clauses)
    log.debug("parsed %s: %d clauses", name, len(clauses))
    return Notice(meta=meta, path=path, source=source, clauses=clauses)


def _finish(node: _Node, program: str, source: str, path: tuple[str, ...], chain: tuple[str, ...],
            parent: str | None, out: dict[str, Clause]) -> int:
    """Assign IDs depth first; returns the end offset of the node's span."""
    is_root = node.kind == "root"
    if node.kind == "attachment" and len(node.own) > 1:
        s, e = node.own[1]  # the line after 附件N is the attachment's own title
        node.title = f"{node.label} {source[s:e]}"
    my_path = path if is_root else path + (node.label,)
    my_chain = chain if is_root else chain + (node.title,)
    cid = f"{program}#{FRONT if is_root else '/'.join(my_path)}"
    ends = [e for _, e in node.own]
    child_ids = []
    out[cid] = None  # type: ignore[assignment]  # reserve the slot: parents come before children
    for child in node.children:
        child_ids.append(f"{program}#{'/'.join(my_path + (child.label,))}")
        ends.append(_finish(child, program, source, my_path, my_chain, cid, out))
    if is_root:
        # 前言 is only the text before the first heading; the rest hangs under the headings.
        start = node.own[0][0] if node.own else node.start
        end = max((e for _, e in node.own), default=start)
        child_ids = []
    else:
        start = node.start
        end = max(ends)
    own_text = "\n".join(source[s:e] for s, e in node.own)
    out[cid] = Clause(
        clause_id=cid, program=program, path=() if is_root else my_path, title=node.title,
        heading_chain=my_chain or (FRONT,), text=source[start:end], own_text=own_text,
        start=start, end=end, line=node.line, parent=None if is_root else (parent or f"{program}#{FRONT}"),
        children=tuple(child_ids),
    )
    return end


class Corpus:
    """All notices, with clause lookup by contract ID."""

    def __init__(self, notices: dict[str, Notice]) -> None:
        self.notices = notices
        self._clauses = {cid: c for n in notices.values() for cid, c in n.clauses.items()}

    @property
    def program_ids(self) -> list[str]:
        return list(self.notices)

    def notice(self, program: str) -> Notice:
        try:
            return self.notices[program]
        except KeyError:
            near = difflib.get_close_matches(program or "", self.program_ids, n=3, cutoff=0.0)
            raise NotFoundError(f"未知的项目编号“{program}”。", near, field="program") from None

    def clause(self, clause_id: str) -> Clause:
        clause = self._clauses.get(normalize_clause_id(clause_id))
        if clause is None:
            raise NotFoundError(f"条款编号“{clause_id}”不存在。", self.nearest(clause_id), field="clause_id")
        return clause

    def has(self, clause_id: str) -> bool:
        return normalize_clause_id(clause_id) in self._clauses

    def nearest(self, clause_id: str, n: int = 3) -> list[str]:
        program, _, _ = (clause_id or "").partition("#")
        pool = [c for c in self._clauses if c.startswith(program + "#")] or list(self._clauses)
        return difflib.get_close_matches(clause_id or "", pool, n=n, cutoff=0.0)

    def clauses(self, program: str | None = None) -> list[Clause]:
        if program is None:
            return list(self._clauses.values())
        return list(self.notice(program).clauses.values())

    def meta(self, program: str) -> NoticeMeta:
        return self.notice(program).meta

    def round_status(self, program: str, as_of: dt.date) -> RoundStatus:
        """Where ``program``'s round stands on ``as_of``; a later edition in the corpus supersedes it."""
        return round_status(self.meta(program), as_of, [n.meta for n in self.notices.values()])

    def current_programs(self, as_of: dt.date) -> list[str]:
        """The programmes a question naming none is about on ``as_of``: every one not superseded by a later
        edition of its series (the one reading of "current" for deadlines, forms, contacts and refusals)."""
        return [p for p in self.program_ids if not self.round_status(p, as_of).superseded_by]

    def deadline_sentence(self, program: str) -> tuple[str, str] | None:
        """(clause_id, sentence) of the notice's own sentence setting its deadline: the one source of that
        sentence for the Q&A answer and the checker's round note alike. Its metadata's ``deadline_text`` names
        it (each ；-separated part tried in turn, the part naming the deadline's own day first), found in the
        narrowest clause holding it; None when the notice sets no deadline (a standing 办法)."""
        meta = self.meta(program)
        day = f"{meta.deadline.month}月{meta.deadline.day}日" if meta.deadline else "\0"
        # not notices.text.parts: a part of deadline_text may open with its own label ("申报表注："), dropped
        parts = re.split(r"[；;]\s*(?:[^：:；;]{0,8}[：:])?", meta.deadline_text or "")
        for part in sorted(parts, key=lambda p: day not in _squeeze(p)):
            part = part.strip("。 ")
            if len(part) < 6:
                continue
            holding = [c for c in self.clauses(program) if c.path and _squeeze(part) in _squeeze(c.text)]
            if holding:
                clause = max(holding, key=lambda c: len(c.path))
                return clause.clause_id, _sentence(clause.text, part)
        return None


def _squeeze(text: str) -> str:
    return re.sub(r"\s+", "", text)


def _sentence(text: str, part: str) -> str:
    """The sentence of ``text`` holding ``part`` (a substring of ``text``, spaces as the notice writes them)."""
    for sentence in pieces(text):
        if _squeeze(part)[:12] in _squeeze(sentence):
            # the clause's heading line before it ("（一）单位推荐") is no part of the sentence
            lines = [line for line in sentence.strip().splitlines() if line.strip()]
            return next((line.strip() for line in lines if _squeeze(part)[:12] in _squeeze(line)), sentence.strip())
    return part


def normalize_clause_id(clause_id: str) -> str:
    """Accept full-width parentheses and stray spaces in user-typed IDs."""
    return (clause_id or "").strip().replace("（", "(").replace("）", ")").replace(" ", "")


@functools.lru_cache(maxsize=4)
def _load(corpus_dir: str, generation: int) -> Corpus:
    from assistant.programs import packs

    directory = Path(corpus_dir)
    notices = {}
    for pack in packs():
        path = pack.notice_path(directory)
        if not path.exists():
            raise CorpusError(str(path), None, "缺少该项目的语料文件")
        notice = parse_notice(path)
        if notice.program_id != pack.id:
            raise CorpusError(str(path), 2, f"program_id 应为 {pack.id}")
        notices[pack.id] = notice
    return Corpus(notices)


def load_corpus(corpus_dir: Path | None = None) -> Corpus:
    """Load and parse every notice (cached per directory)."""
    if corpus_dir is None:
        from assistant.config import get_settings

        corpus_dir = get_settings().corpus_dir
    from assistant.programs import generation

    return _load(str(Path(corpus_dir).resolve()), generation())
