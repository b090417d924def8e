"""The extraction bench's labels (``eval/labels/facts.jsonl``) are well formed: every field they expect or forbid is a
profile field, and the halves are those each batch's seeded ``random.Random`` drew before any run (``bench/extraction.py``)."""

from __future__ import annotations

from assistant.profile import Profile
from bench.extraction import CONTRADICTIONS, halves_ok, load


def test_labelled_fields_are_profile_fields():
    rows = load()
    assert rows and all({"id", "text", "half", "expect"} <= set(r) for r in rows)
    assert all(set(r["expect"]) | set(r.get("absent", [])) <= {*Profile.model_fields, CONTRADICTIONS}
               for r in rows)
    assert len({r["id"] for r in rows}) == len(rows)


def test_halves_are_the_seeded_ones():
    assert halves_ok(load())
