"""Whether one may apply oneself ("可以个人自己报名吗", "能自荐吗", "还是必须单位推荐"): answered from how the asked
notice says candidates come forward.

A notice providing for self-application says so (杭州工匠 四/(四) 个人自荐; 首席技师 三/(一) "由个人向单位自荐、
单位组织推荐相结合"): that sentence answers. A notice that does not is not silent on the question: its candidates
are put forward by units or bodies, and its recommendation clause (the first whose heading names the
recommendation, ``answer_types.toml`` ``[self_apply]``) is quoted after saying that it provides no self-application.

Run with:  python -c "from assistant.chat.self_apply import asks_self_application as a; print(a('能自荐吗'))"
"""

from __future__ import annotations

import functools
import re

from assistant.chat.answer_types import table
from assistant.chat.templates import cite_line, status_lines

__all__ = ["asks_self_application", "self_application_pick", "self_application_text"]


@functools.lru_cache(maxsize=1)
def _cues() -> dict[str, re.Pattern]:
    return {key: re.compile(value) for key, value in table()["self_apply"].items()}


def asks_self_application(text: str) -> bool:
    return bool(_cues()["ask"].search(text or ""))


MIN_SENTENCE = 12  # characters: shorter is a heading ("（二）人选推荐。"), not a sentence saying who recommends


def _sentences(text: str) -> list[str]:
    return [s.strip() for s in re.split(r"(?<=[。；;])|\n", text or "") if s.strip()]


def _own(corpus, program: str) -> tuple[str, str] | None:
    """(clause_id, sentence) of the notice's sentence providing for self-application, or None."""
    said = _cues()["provides"]
    for clause in corpus.clauses(program):
        if not clause.path:
            continue
        for sentence in _sentences(clause.own_text or clause.text):
            if said.search(sentence) and sentence in clause.text and len(sentence) >= MIN_SENTENCE:
                return clause.clause_id, sentence
    return None


def _recommending(corpus, program: str) -> tuple[str, str] | None:
    """(clause_id, first sentence) of the clause saying how candidates are put forward, or None."""
    heading = _cues()["heading"]
    for clause in corpus.clauses(program):
        if clause.path and heading.search(clause.title or ""):
            # the first sentence that says something, not the heading ("（二）人选推荐。")
            first = next((s for s in _sentences(clause.own_text or clause.text)
                          if len(s) >= MIN_SENTENCE and s in clause.text and s not in clause.title), None)
            if first:
                return clause.clause_id, first
    return None


def self_application_pick(corpus, program: str) -> tuple[str, str] | None:
    """(clause_id, sentence): the notice's sentence providing for self-application, else its recommendation
    clause's first sentence; None when it has neither."""
    return _own(corpus, program) or _recommending(corpus, program)


def self_application_text(corpus, programs: list[str], cites, today) -> str | None:
    """Each asked programme's answer; None when no programme's notice has a sentence to quote."""
    lines: list[str] = []
    for program in programs:
        short = corpus.meta(program).short_name
        own = _own(corpus, program)
        if own:
            lines.append("根据通知原文，" + cite_line(corpus, cites, *own))
            continue
        recommending = _recommending(corpus, program)
        if recommending:
            lines.append(f"{short}的通知没有写明个人可以自荐，写的是由单位或组织推荐："
                         + cite_line(corpus, cites, *recommending))
    if not lines:
        return None
    return "\n".join(lines + status_lines(corpus, programs, today))
