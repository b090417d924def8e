"""Readers for free-text facts kept verbatim (achievements, trained_apprentices), and for whether the text
asks about the asker's own eligibility.

Achievements are quoted from the user's own words, never rephrased: the longest run of statement clauses
within a sentence that names an achievement (技术革新, 标准, 专利, 攻关, AI 智能体, 带徒 …), trimmed to the
clauses that name one. Questions, rule talk (符合/条件/申报 …) and injected instructions are never kept, so
they cannot reach a draft.
"""

from __future__ import annotations

import re
from typing import Protocol

from assistant.extract.absences import but_record
from assistant.extract.judge import denied_parts
from assistant.extract.patterns import (
    ACHIEVEMENT_WORDS,
    APPLICATION_TALK,
    APPRENTICE_WORDS,
    COMPETITION_WORDS,
    HYPOTHETICAL,
    RULE_TALK,
    SELF,
    WANTS_ELIGIBILITY,
    WON,
)
from assistant.extract.people import Candidates
from assistant.extract.text import is_injection, normalize, split_sentences
from assistant.language.asking import asks
from assistant.language.clauses import affirmed
from assistant.language.status import reported

__all__ = ["read_narrative", "wants_eligibility"]

# a colon ends a clause too: "先说一下：标准没参与过" is a preface and a denial, not one clause that is neither
_CLAUSE = re.compile(r"[,，：]|(?<![0-9]):|:(?![0-9])")
# "2022年全国…职业技能竞赛，学员拿了个人第二名": a clause that only names a contest or award is the topic of the
# clause after it, and the level it holds is part of that achievement
# (a clause that itself tells a win, "2024年获…二等奖", is an achievement of its own, not a topic)
_EVENT_TOPIC = re.compile(rf"^(?!.*(?:{WON}))[^，,]*(?:{COMPETITION_WORDS})$")
_MIN_CHARS = 4


class _Finds(Protocol):
    """What names the kind of clause a run is kept for: a keyword pattern, or a reader with its own ``search``."""

    def search(self, clause: str, /) -> object: ...


def _clauses(text: str, start: int, end: int) -> list[tuple[int, int]]:
    spans, s = [], start
    for m in _CLAUSE.finditer(text, start, end):
        spans.append((s, m.start()))
        s = m.end()
    spans.append((s, end))
    return [(a, b) for a, b in spans if text[a:b].strip()]


def _statement(clause: str, is_question_sentence: bool) -> bool:
    return not (is_question_sentence or asks(clause) or but_record(clause)
                or is_injection(clause) or APPLICATION_TALK.search(clause) or HYPOTHETICAL.search(clause) or reported(clause)
                or RULE_TALK.search(clause))


def _runs(text: str, *keywords: _Finds) -> list[list[str]]:
    """Verbatim runs of statement clauses that name each of ``keywords``, sentence by sentence: one list per keyword,
    from one reading of the sentences (their clauses, denial scopes and statements are the same for every keyword)."""
    found: list[list[str]] = [[] for _ in keywords]
    for start, end in split_sentences(text):
        question = text[end:end + 1] in {"?", "？"}
        clauses = _clauses(text, start, end)
        # each clause's denial read with the sentence's scope (标准、专利，一样都没有: the list is denied too)
        denied = dict(zip(clauses, denied_parts([normalize(text[a:b]) for a, b in clauses]), strict=True))
        said = [(span, normalize(text[span[0]:span[1]])) for span in clauses]
        stated = [_statement(norm, question and i == len(clauses) - 1) for i, (_, norm) in enumerate(said)]
        for keyword, out in zip(keywords, found, strict=True):
            run: list[tuple[int, int, bool]] = []
            for i, item in enumerate([*said, None]):
                if item is not None and stated[i]:
                    span, norm = item
                    # the keyword in a part the clause affirms: "比赛参加过但没获奖" names 获奖 only to deny it
                    run.append((*span, bool(keyword.search(norm)) and any(keyword.search(c) for c in affirmed(norm))))
                    continue
                _close_run(text, run, denied, out)
                run = []
    return found


def _close_run(text: str, run: list[tuple[int, int, bool]], denied: dict, out: list[str]) -> None:
    """The quote of a run of statement clauses, from its first hit (or the event said as its topic) to its last."""
    hits = [i for i, (a, b, hit) in enumerate(run) if hit and not denied[(a, b)]]
    if not hits:
        return
    first = hits[0]
    if first > 0 and _EVENT_TOPIC.search(normalize(text[run[first - 1][0]:run[first - 1][1]])):
        first -= 1  # the event the hit clause is about, said before it as its topic
    quote = text[run[first][0]:run[hits[-1]][1]].strip()
    if len(normalize(quote)) >= _MIN_CHARS and quote not in out:
        out.append(quote)


class _Certificate:
    """A certificate or qualification named by what is on the paper ("证书就一个软考高级", "拿了系统架构设计师"), by the
    kinds lexicon's certificate terms: kept with the achievements, for the checker's certificate condition to judge.
    A skill-level certificate ("高级技师证书") is the skill level, read by ``extract.honours``, and not kept here."""

    @staticmethod
    def search(clause: str) -> bool:
        from assistant.language.lexicon import lexicon_hits
        from assistant.language.merit import certificate_lookalike

        return "certificate" in lexicon_hits(clause) and certificate_lookalike(clause) != "level" and "奖" not in clause


def read_narrative(text: str) -> Candidates:
    out: Candidates = {}
    achievements, certificates, apprentices = _runs(text, ACHIEVEMENT_WORDS, _Certificate, APPRENTICE_WORDS)
    papers = [c for c in certificates if not any(c in a or a in c for a in achievements)]
    if papers:
        out["_certificates"] = papers  # kept with achievements told or denied beside them (``extract.resolve``)
    if achievements:
        out["achievements"] = achievements
    if apprentices:
        out["trained_apprentices"] = ["；".join(apprentices)]
    return out


# "单位盖一个章够不够", "交两份够吗", "写三百字够不": 够 of a count of papers, seals or words asks whether that many
# suffice, not whether the asker qualifies
_PAPERS_SUFFICE = re.compile(r"[0-9一二两三四五六七八九十百千几]+\s*(?:[个枚]?(?:章|印|公章)|份|张|页|字|本|篇|处|遍)"
                             r"[\u4e00-\u9fff]{0,2}?够")


def wants_eligibility(normalized: str, has_facts: bool) -> bool:
    """Does the text ask whether the asker qualifies? A question about others in general does not count."""
    found = [m for m in WANTS_ELIGIBILITY.finditer(normalized)
             if not (m.group().startswith("够") and _PAPERS_SUFFICE.search(normalized, max(0, m.start() - 12), m.end()))]
    return bool(found) and (has_facts or bool(SELF.search(normalized)))
