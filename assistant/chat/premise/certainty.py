"""A premise that being put forward is enough to win: "第四届数字工匠是不是报上去就都能评上", "首席技师单位推了就算数了吧
后面不用再评了", "浙派工匠名额有五十个 报上去的应该都能评上吧".

No notice says so, and every one says otherwise in two places: it caps how many are put forward or named (不超过 4 名,
认定30名) and has the candidates reviewed (专家评审, 评议, 允许奖项空缺). The converse, every place sure to be filled
("一定要评满50名，不能空着名额吧"), is corrected by a notice allowing places to stay empty (允许奖项空缺). The answer corrects it first (不对，不是…) and quotes both
sentences, cited; a question that doubts it itself ("不一定都能评上吧") is agreed with, on the same sentences. The
words on both sides are data (``certainty.toml``). Asked as a new user, the first question above got a garbled
refusal ("没有写明是不是报上去就都能否评上").

Run with:  .venv/bin/python -m pytest -q tests/chat/test_certainty_premise.py
"""

from __future__ import annotations

import functools
import re
import tomllib
from pathlib import Path

from assistant.notices.text import sentences

__all__ = ["says_sure_win", "says_filled", "certainty_premise"]


@functools.lru_cache(maxsize=1)
def _table() -> dict[str, list[re.Pattern]]:
    rows = tomllib.loads(Path(__file__).with_name("certainty.toml").read_text(encoding="utf-8"))
    return {name: [re.compile(p) for p in patterns] for name, patterns in rows.items()}


def _any(name: str, text: str) -> re.Match | None:
    return next((m for p in _table()[name] for m in [p.search(text)] if m), None)


def says_sure_win(question: str) -> bool:
    """Whether ``question`` takes winning for granted once one is put forward (or for everyone who applies)."""
    sure = _any("sure", question or "")
    if sure is None:
        return False
    before = question[:sure.start()]
    return bool(_any("put_forward", before) or _any("everyone", question) or _any("put_forward", question))


def says_filled(question: str) -> bool:
    """Whether ``question`` takes it for granted that every place will be filled ("一定要评满50名，不能空着名额吧")."""
    plain = question or ""
    for pattern in _table()["asking"]:
        plain = pattern.sub("", plain)  # "名额会不会空着" asks; its 不会空 takes nothing for granted
    return _any("filled", plain) is not None


def _sentence(corpus, program: str, name: str) -> tuple[str, str] | None:
    """(clause_id, sentence) of ``program``'s first sentence matching the table ``name``'s patterns, tried in order;
    the sentence is cited to the most specific clause holding it (the shortest text). The clauses without sub-clauses
    are read first: a heading's own text ("三、组织推荐…行业协会…组织专家评议") restates a step its item states."""
    every = list(corpus.clauses(program))
    clauses = [c for c in every if not c.children] + [c for c in every if c.children]
    for pattern in _table()[name]:
        for clause in clauses:
            said = next((s for s in sentences(clause.own_text or clause.text) if pattern.search(s)), None)
            if said is None:
                continue
            holder = min((c for c in clauses if said in c.text), key=lambda c: len(c.text))
            return holder.clause_id, said
    return None


def certainty_premise(corpus, program: str, question: str) -> tuple[str, list[tuple[str, str]]] | None:
    """(first line, [(clause_id, sentence)]) when ``question`` takes winning for granted: the cap and the review of
    ``program``'s notice, 不对 first (对 when the question doubts it itself); None when it does not, or the notice
    states neither."""
    if says_filled(question):
        # "浙派工匠一定要评满50名，不能空着名额吧": only a notice saying places may stay empty settles it
        vacancy = _sentence(corpus, program, "vacancy")
        lead = "不对，名额不一定都评满" if _any("confirm", question) else "不一定会评满"
        return (f"{lead}：通知写明允许奖项空缺，见下面的原文。", [vacancy]) if vacancy else None
    if not says_sure_win(question):
        return None
    said = [found for name in ("cap", "review") for found in [_sentence(corpus, program, name)] if found]
    if not said:
        return None
    capped = _sentence(corpus, program, "cap") is not None
    reviewed = _sentence(corpus, program, "review") is not None
    why = "，".join(part for part, held in (("通知对推荐或认定的人数设了上限", capped),
                                           ("推荐上去的人选还要经过评审", reviewed)) if held)
    if _any("doubted", question):
        return f"对，报上去不一定都能评上：{why}，见下面的原文。", said
    return f"不对，不是报上去就都能评上：{why}，见下面的原文。", said
