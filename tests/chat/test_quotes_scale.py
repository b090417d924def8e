"""The quote picker's fast paths choose exactly what scoring every unit and every run in turn chose: the same
unit, the same value to the last bit, the same first-of-equals (issue 15: a turn over notices grown 100x)."""

from __future__ import annotations

import json
import re
from pathlib import Path

import numpy as np
import pytest

from assistant.chat.rules import quotes
from assistant.chat.rules.quotes import _SEGMENT_END, MAX_QUOTE, _best, _query_grams, _units, _window, score

ROOT = Path(__file__).resolve().parents[2]


def _questions(n: int = 40) -> list[str]:
    rows = [json.loads(line) for line in (ROOT / "eval" / "qa.jsonl").read_text(encoding="utf-8").splitlines()
            if line.strip()]
    return [r["question"] for r in rows if r.get("split") == "dev"][:n]


def _window_by_every_run(sentence: str, query_grams: set[str], must=None) -> str:
    """The definition: score every run of comma segments in turn, keep the first best."""
    if len(sentence) <= MAX_QUOTE:
        return sentence
    segs = [s for s in _SEGMENT_END.split(sentence) if s]
    best, best_score = sentence[:MAX_QUOTE], -1.0
    for i in range(len(segs)):
        text = ""
        for j in range(i, len(segs)):
            if len(text) + len(segs[j]) > MAX_QUOTE and text:
                break
            text += segs[j]
            s = score(query_grams, text) + (1000.0 * len(must.findall(text)) if must is not None else 0.0)
            if s > best_score:
                best, best_score = text, s
    return best.strip().rstrip(",，:：、")


def test_windows_are_the_first_best_run(corpus):
    long_units = [u for c in corpus.clauses() for u in _units(c, False, False).texts if len(u) > MAX_QUOTE]
    # and whole clauses, as a clause without sentences of its own is quoted whole: thousands of runs
    long_units += [c.text for c in corpus.clauses() if len(c.text) > 2000][:3]
    assert long_units
    must = re.compile(r"\d+\s*(?:个|名|人|年|日|月)")
    for question in _questions(12):
        grams = _query_grams(question)
        for unit in long_units:
            for pattern in (None, must):
                assert _window(unit, grams, pattern) == _window_by_every_run(unit, grams, pattern)


@pytest.mark.parametrize("with_terms", [True, False])
def test_best_unit_is_the_first_best_by_score(corpus, with_terms):
    rng = np.random.default_rng(3)
    clauses = [c for c in corpus.clauses() if c.path]
    for question in _questions(25):
        grams = _query_grams(question)
        for clause in clauses[:: 3]:
            units = _units(clause, False, True)
            n = len(units.texts)
            holds = [bool(x) for x in rng.random(n) < 0.5]
            pool = [i for i in range(n) if holds[i]] or range(n)
            steps = rng.integers(0, 3, n)
            rows = units.row_array
            terms = ((steps > 1).astype(float), np.maximum(1, steps).astype(float), np.where(rows, 1.5, 1.0),
                     np.where(rows, quotes.FORM_ROW_WEIGHT, 1.0))

            def parts(i, steps=steps, rows=rows):
                return (1.0 if steps[i] > 1 else 0.0), max(1, int(steps[i])), (1.5 if rows[i] else 1.0), (
                    quotes.FORM_ROW_WEIGHT if rows[i] else 1.0)

            expected = max((((score(grams, units.texts[i]) + parts(i)[0]) * parts(i)[1]) * parts(i)[2] * parts(i)[3],
                            -i, units.texts[i], holds[i]) for i in pool)
            assert _best(units, grams, pool, parts, holds, terms if with_terms else None) == expected


def test_equal_units_keep_the_first(corpus):
    clause = next(c for c in corpus.clauses() if c.path)
    units = quotes._Units.of(["申报截止时间为4月10日。", "无关的一句话。", "申报截止时间为4月10日。"])
    grams = _query_grams("申报截止时间是哪天")
    best = _best(units, grams, range(3), lambda i: (0.0, 1, 1.0, 1.0), [True, True, True])
    assert best[1] == 0 and best[2] == "申报截止时间为4月10日。"
    assert clause  # the corpus fixture loaded the notices the bigram weights come from


def test_a_bigram_across_a_comma_counts_for_the_run_holding_both_sides():
    filler = "，".join(f"第{n}项内容按照规定办理" for n in range(12))
    sentence = f"{filler}，申报人应在杭全职工作，满两年以上，{filler}。"
    grams = {"作满"}  # only across the comma: neither segment alone holds it
    assert _window(sentence, grams) == _window_by_every_run(sentence, grams)
    assert "工作，满两年" in _window(sentence, grams)
