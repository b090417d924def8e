"""How codes reach a reader: verdict codes and clause IDs as the Chinese labels a user reads.

Codes (``needs_review``, ``hz_digital_craftsman_2026#二/(三)``) stay in JSON, logs, links and tooltips; text
a person reads shows labels: “需要人工核实”, “第四届杭州数字工匠 · 二、推荐条件（三）”. Templates call
``verdict_label`` and ``clause_label`` when they write; ``readable`` is the last pass over any text before
it is shown, so a code that slipped into a template (or a model's wording) is still shown as its label.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from assistant.notices.tree import Corpus

__all__ = ["verdict_label", "clause_label", "clause_ref", "readable", "has_code"]

_CN_NUMERAL = re.compile(r"^[一二三四五六七八九十]+$")
_SEP = " · "


def verdict_label(code: str | None) -> str:
    """``needs_review`` -> ``需要人工核实``; an unknown code gives a neutral label, never the code."""
    from assistant.eligibility.model import VERDICT_LABELS

    return VERDICT_LABELS.get(code or "", "需要人工核实")


def _part(component: str, title: str) -> str:
    if component.startswith("(") and component.endswith(")"):
        return f"（{component[1:-1]}）"
    if component.isdigit():
        return f"第{component}项"
    if _CN_NUMERAL.match(component):
        short = title.split("：")[0].split("。")[0]
        return short if len(short) <= 14 and short.startswith(component) else f"{component}、"
    return component


def clause_ref(corpus: Corpus, clause_id: str) -> str:
    """The clause's place inside its notice: ``二、推荐条件（三）``, ``前言``, ``附件2 首届“杭州数字工匠”推荐表``."""
    clause = corpus.clause(clause_id)
    if not clause.path:
        return "前言"
    chain = clause.heading_chain
    head = chain[0] if chain else clause.path[0]
    rest = "".join(_part(c, chain[i + 1] if i + 1 < len(chain) else "") for i, c in enumerate(clause.path[1:]))
    return f"{head} {rest}" if rest and head.startswith("附件") else head + rest


def clause_label(corpus: Corpus, clause_id: str) -> str:
    """``第四届杭州数字工匠 · 二、推荐条件（三）``. An ID the corpus does not know is shown as 通知条款."""
    if not corpus.has(clause_id):
        return "通知条款"
    return corpus.meta(clause_id.split("#", 1)[0]).short_name + _SEP + clause_ref(corpus, clause_id)


_VERDICT_CODE = re.compile(r"[（(]\s*(eligible|not_eligible|needs_review|direct_recognition)\s*[）)]")
_BARE_CODE = re.compile(r"(?<![A-Za-z_])(not_eligible|needs_review|direct_recognition|eligible)(?![A-Za-z_])")
_FULL_ID = re.compile(r"[a-z][a-z0-9_]*_\d{4}#")


@lru_cache(maxsize=8)
def _local_patterns(corpus: Corpus) -> tuple[re.Pattern, dict[str, str]]:
    """One regex for every way a template writes a clause: the full ID, ``第四届杭州数字工匠 二/(三)``,
    ``【第四届杭州数字工匠】二/(三)``, built from the corpus's own IDs (longest first)."""
    table: dict[str, str] = {}
    for clause in corpus.clauses():
        program, local = clause.clause_id.split("#", 1)
        short = corpus.meta(program).short_name
        label = clause_label(corpus, clause.clause_id)
        table[clause.clause_id] = label
        table[f"{short} {local}"] = label
        table[f"{short}{local}"] = label
        table[f"【{short}】{local}"] = f"【{short}】{clause_ref(corpus, clause.clause_id)}"
    keys = sorted(table, key=len, reverse=True)
    # A local ID ends at a non-ID character, so 二/(三) is never read as 二 followed by text.
    pattern = re.compile("(?:" + "|".join(map(re.escape, keys)) + r")(?![/(（A-Za-z0-9一二三四五六七八九十])")
    return pattern, table


def readable(text: str, corpus: Corpus, cited: Iterable[str] = ()) -> str:
    """``text`` with verdict codes and clause IDs replaced by their Chinese labels (see the module doc).
    ``cited`` (the answer's clause IDs) also resolves a clause written by its local ID alone (``二/(一)``):
    only structured local IDs (with a ``/``), so a lone 二 in a sentence is never touched."""
    if not text:
        return text or ""
    text = _VERDICT_CODE.sub("", text)
    text = _BARE_CODE.sub(lambda m: verdict_label(m.group(1)), text)
    pattern, table = _local_patterns(corpus)
    text = pattern.sub(lambda m: table[m.group(0)], text)
    local = {}
    for cid in cited:
        part = cid.split("#", 1)[-1]
        if "/" in part and corpus.has(cid):
            local.setdefault(part, clause_ref(corpus, cid))
    if local:
        bare = re.compile("(?<![/(A-Za-z0-9#])(?:" + "|".join(map(re.escape, sorted(local, key=len, reverse=True)))
                          + ")(?![/(（A-Za-z0-9一二三四五六七八九十])")
        text = bare.sub(lambda m: local[m.group(0)], text)
    return text


def has_code(text: str) -> bool:
    """Whether ``text`` still shows a verdict code or a raw clause ID (tests and the UI's own checks)."""
    return bool(_BARE_CODE.search(text or "") or _FULL_ID.search(text or ""))
