"""The eval sets stay honest: every line parses, ids are unique, every gold clause resolves, and every key fact
is quoted from a gold clause (so a correct answer that quotes its citation can contain it)."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from assistant.notices.metadata import PROGRAM_IDS

EVAL = Path(__file__).resolve().parent.parent / "eval"
QA = EVAL / "qa.jsonl"
RETRIEVAL = EVAL / "retrieval.jsonl"
KINDS = {"fact", "process", "deadline", "quota", "form_limit", "eligibility", "comparison", "unanswerable",
         "false_premise", "injection"}
VERDICTS = {"eligible", "not_eligible", "needs_review", "direct_recognition"}
QA_KEYS = {"id", "kind", "question", "program", "gold_clause_ids", "key_facts", "expect_refusal", "expect_verdicts",
           "answer_type", "split"}
MINIMUMS = {"unanswerable": 10, "injection": 10, "false_premise": 10, "eligibility": 10}
_SPACE = re.compile(r"\s+")


def _lines(path: Path) -> list[dict]:
    rows = []
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if line.strip():
            try:
                rows.append(json.loads(line))
            except json.JSONDecodeError as exc:  # pragma: no cover - the assert names the line
                pytest.fail(f"{path.name} line {n} is not JSON: {exc}")
    return rows


def _squeeze(text: str) -> str:
    """Whitespace-free: the notices write "40 周岁" and "7 月 15 日"; an answer may write either."""
    return _SPACE.sub("", text)


@pytest.fixture(scope="module")
def qa() -> list[dict]:
    return _lines(QA)


def test_qa_lines_have_the_documented_shape(qa):
    assert len(qa) >= 100
    for item in qa:
        assert set(item) <= QA_KEYS and QA_KEYS - {"expect_verdicts"} <= set(item), item.get("id")
        assert re.fullmatch(r"qa-\d{3,}", item["id"])
        assert item["kind"] in KINDS, item["id"]
        assert item["question"].strip(), item["id"]
        assert item["program"] is None or item["program"] in PROGRAM_IDS, item["id"]
        assert isinstance(item["expect_refusal"], bool) and isinstance(item["key_facts"], list), item["id"]
        assert all(isinstance(f, str) and f.strip() for f in item["key_facts"]), item["id"]


def test_qa_ids_are_unique_and_every_kind_is_covered(qa):
    ids = [item["id"] for item in qa]
    assert len(ids) == len(set(ids))
    counts = {kind: sum(item["kind"] == kind for item in qa) for kind in KINDS}
    assert all(counts.values()), counts
    for kind, least in MINIMUMS.items():
        assert counts[kind] >= least, (kind, counts[kind])


def test_every_gold_clause_resolves(qa, corpus):
    for item in qa:
        for cid in item["gold_clause_ids"]:
            assert corpus.has(cid), f"{item['id']}: {cid} does not resolve"


def test_refusals_have_no_gold_and_answers_have_some(qa):
    for item in qa:
        if item["expect_refusal"]:
            assert not item["gold_clause_ids"] and not item["key_facts"] and "expect_verdicts" not in item, item["id"]
        else:
            assert item["gold_clause_ids"], item["id"]
        if item["kind"] == "unanswerable":
            assert item["expect_refusal"], item["id"]


def test_every_key_fact_is_quoted_from_a_gold_clause(qa, corpus):
    for item in qa:
        texts = [_squeeze(corpus.clause(cid).text) for cid in item["gold_clause_ids"]]
        for fact in item["key_facts"]:
            assert any(_squeeze(fact) in t for t in texts), f"{item['id']}: “{fact}” is in no gold clause"


def test_eligibility_items_expect_a_verdict_for_a_program(qa):
    for item in qa:
        verdicts = item.get("expect_verdicts")
        if item["kind"] == "eligibility":
            assert verdicts, item["id"]
        if verdicts:
            assert set(verdicts) <= set(PROGRAM_IDS) and set(verdicts.values()) <= VERDICTS, item["id"]
            assert item["program"] in verdicts, item["id"]


def test_comparisons_cite_both_sides(qa):
    for item in qa:
        if item["kind"] == "comparison":
            assert len({cid.split("#")[0] for cid in item["gold_clause_ids"]}) >= 2, item["id"]


@pytest.mark.skipif(not RETRIEVAL.exists(), reason="eval/retrieval.jsonl is written by the retrieval work")
def test_retrieval_set_parses_and_resolves(corpus):
    rows = _lines(RETRIEVAL)
    assert rows
    ids = [row["id"] for row in rows]
    assert len(ids) == len(set(ids))
    for row in rows:
        assert row.get("query", "").strip(), row["id"]
        assert row.get("program") is None or row["program"] in PROGRAM_IDS, row["id"]
        for cid in row.get("gold", []):
            assert corpus.has(cid), f"{row['id']}: {cid} does not resolve"


def test_dialogue_fragments_parse_with_unique_ids_and_both_halves():
    rows = _lines(EVAL / "labels" / "fragments.jsonl")
    assert len({r["id"] for r in rows}) == len(rows)
    assert {r["split"] for r in rows} == {"A", "B"}
    for r in rows:
        assert r["turns"] and all(t["user"].strip() for t in r["turns"]), r["id"]
        assert set(r.get("final_verdicts", {}).values()) <= VERDICTS, r["id"]
