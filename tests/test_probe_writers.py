"""The probe writers reproduce the rows committed in eval/labels/qa_probe.jsonl: the shared numbering and A/B split
(eval/probes/probe_rows.py) is the one each of them used when it wrote its rows."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
WRITERS = ["qa8", "qa9", "qa10", "qa11", "qa12", "qcase8", "qcase9", "qcase10", "route11", "split16", "prem16", "cmp16", "prem17", "silent17", "attr18", "asks18", "asks19", "fact19", "prem20", "asks20", "asks21", "comp21", "asks22", "ans22", "prem23", "ask23", "qa24", "prem22", "cmp22", "qa23"]
# writers whose brief had every row written as dev (round twenty-two: prem22 tunes on all its rows)
ALL_DEV = {"prem22"}



@pytest.fixture(scope="module")
def committed():
    rows = (json.loads(line) for line in (ROOT / "eval/labels/qa_probe.jsonl").read_text(encoding="utf-8").splitlines()
            if line.strip())
    return {row["id"]: row for row in rows}


@pytest.mark.parametrize("name", WRITERS)
def test_a_writer_prints_its_committed_rows(name, committed):
    out = subprocess.run([sys.executable, "-m", f"eval.probes.{name}_probe_writer"], cwd=ROOT, capture_output=True,
                         text=True, check=True).stdout
    rows = [json.loads(line) for line in out.splitlines() if line.strip()]
    assert len(rows) >= 40  # most write 50; prem16 wrote 59 (its A half 29, B 30)
    assert all(committed.get(row["id"]) == row for row in rows)
    dev = sum(row["split"] == "dev" for row in rows)
    assert dev == len(rows) if name in ALL_DEV else dev in (len(rows) // 2, (len(rows) + 1) // 2)


def test_the_split_is_the_first_half_of_the_seeded_shuffle():
    sys.path.insert(0, str(ROOT))
    from eval.probes.probe_rows import numbered

    rows = numbered([{"q": i} for i in range(10)], "x-", 1, seed=7)
    assert [r["id"] for r in rows][:2] == ["x-1", "x-2"]
    assert sum(r["split"] == "dev" for r in rows) == 5
    assert numbered([{"q": i} for i in range(10)], "x-", 1, seed=7) == rows


def test_a_facts_writer_names_its_half_as_the_extraction_bench_does():
    """facts.jsonl rows carry "half": A/B (bench/extraction.py re-derives them), so the writer passes key="half"."""
    out = subprocess.run([sys.executable, "-m", "eval.probes.ext13_probe_writer"], cwd=ROOT, capture_output=True,
                         text=True, check=True).stdout
    rows = [json.loads(line) for line in out.splitlines() if line.strip()]
    facts = {r["id"]: r for r in (json.loads(line) for line in
                                  (ROOT / "eval/labels/facts.jsonl").read_text(encoding="utf-8").splitlines()
                                  if line.strip())}
    assert len(rows) >= 50 and all(facts.get(row["id"]) == row for row in rows)
    assert sum(row["half"] == "A" for row in rows) == len(rows) // 2


PROFILE_WRITERS = ["level15", "merit17", "match18", "match19", "match20", "place16", "ext15", "ext17", "ext18"]


@pytest.fixture(scope="module")
def probes():
    rows = (json.loads(line) for path in sorted((ROOT / "eval/probes").glob("*.jsonl"))
            for line in path.read_text(encoding="utf-8").splitlines() if line.strip())
    return {row["id"]: row for row in rows if "id" in row}


@pytest.mark.parametrize("name", PROFILE_WRITERS)
def test_a_profile_or_message_writer_prints_its_committed_rows(name, probes):
    """The writers build their rows with eval/probes/profile_probes.py; the rows are the ones committed."""
    out = subprocess.run([sys.executable, "-m", f"eval.probes.{name}_probe_writer"], cwd=ROOT, capture_output=True,
                         text=True, check=True).stdout
    rows = [row for row in (json.loads(line) for line in out.splitlines() if line.strip()) if "program" in row]
    assert len(rows) >= 12
    assert all(probes.get(row["id"]) == row for row in rows)


# the message and dialogue writers rewrite their own files through probe_rows (write_jsonl, alternate,
# shuffled_halves, turns_closing); what they write is what is committed, byte for byte
FILE_WRITERS = ["sz", "held17", "held18", "held19", "deny20", "held20", "held21", "facts17", "facts20", "employer19",
                "hist21", "silent21", "years19", "bar23", "pend22", "facts18", "merit22", "cf", "nq", "ob", "deny24", "yr24",
                "bf", "kz", "dz", "rz"]


# a writer whose files go by another name than its own
OUTPUT_NAMES = {"deny24": "dn"}


@pytest.mark.parametrize("name", FILE_WRITERS)
def test_a_message_or_dialogue_writer_rewrites_its_committed_files(name):
    paths = sorted((ROOT / "eval/probes").glob(f"{OUTPUT_NAMES.get(name, name)}_*.jsonl"))
    committed = {path: path.read_bytes() for path in paths}
    try:
        subprocess.run([sys.executable, "-m", f"eval.probes.{name}_probe_writer"], cwd=ROOT, capture_output=True,
                       text=True, check=True)
        assert paths and all(path.read_bytes() == committed[path] for path in paths)
    finally:
        for path, data in committed.items():
            path.write_bytes(data)


def test_the_halves_alternate_by_position_or_along_a_seeded_shuffle():
    sys.path.insert(0, str(ROOT))
    from eval.probes.probe_rows import alternate, shuffled_halves, turns_closing

    rows = alternate([{"id": "a", "q": 1}, {"id": "b", "q": 2}, {"id": "c", "q": 3}], after_id=True)
    assert [list(r) for r in rows][0] == ["id", "split", "q"] and [r["split"] for r in rows] == ["A", "B", "A"]
    assert list(alternate([{"id": "a", "q": 1}])[0]) == ["id", "q", "split"]
    shuffled = shuffled_halves([{"q": i} for i in range(10)], seed=7)
    assert sum(r["split"] == "A" for r in shuffled) == 5 and [r["split"] for r in shuffled] != ["A", "B"] * 5
    turns = turns_closing([("你好", None), ("技师", "skill_level")], {"p": "eligible"})
    assert turns[0]["expect_verdicts"] == {} and turns[-1]["expect_verdicts"] == {"p": "eligible"}
    assert turns_closing([("你好", None)], None, empty=True)[0]["expect_facts"] is None
    from eval.probes.probe_rows import answered_turns

    asked = answered_turns("p", "我想问问", [("临平", "employer_city", {"employer_city": "杭州"}, "eligible"),
                                           ("一线", "role_type", {}, "eligible")], "needs_review")
    assert asked[0] == {"user": "我想问问", "answers": None, "expect_verdicts": {"p": "needs_review"}}
    assert asked[1]["expect_facts"] == {"employer_city": "杭州"} and "expect_facts" not in asked[2]


def test_a_turn_and_a_qa_row_keep_the_committed_key_order():
    sys.path.insert(0, str(ROOT))
    from eval.probes.probe_rows import qa_row, turn, turns_closing

    assert turn("会员", "union_member", {"union_member": True}) == {
        "user": "会员", "answers": "union_member", "expect_facts": {"union_member": True}, "expect_verdicts": {}}
    assert turn("你好", empty=True)["expect_facts"] is None and turn("你好", facts={})["expect_facts"] == {}
    assert turns_closing([("你好", None)], None)[0] == turn("你好", verdicts=None) | {"expect_verdicts": None}
    row = qa_row("fact", "p", "问", ["p#一"], ["一"], "count", "note")
    assert list(row) == ["kind", "question", "program", "gold_clause_ids", "key_facts", "expect_refusal", "answer_type",
                         "note"] and row["expect_refusal"] is False
