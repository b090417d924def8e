"""The rules tables as data: every row cites a real clause and quotes it exactly; the tables are well formed."""

from __future__ import annotations

import datetime as dt

import pytest

from assistant.dates import add_months
from assistant.eligibility import KINDS, PROGRAMS
from assistant.eligibility.facts import years_between
from assistant.notices.metadata import PROGRAM_IDS

ROWS = [(pid, rule) for pid, program in PROGRAMS.items() for rule in program.rules]


def test_one_table_per_program_in_contract_order():
    assert tuple(PROGRAMS) == PROGRAM_IDS


@pytest.mark.parametrize(("program", "rule"), ROWS, ids=[f"{p}:{r.id}" for p, r in ROWS])
def test_quote_is_a_substring_of_its_clause(corpus, program, rule):
    assert corpus.has(rule.clause_id), rule.clause_id
    assert rule.quote and rule.quote in corpus.clause(rule.clause_id).text
    assert rule.kind in KINDS and rule.label


@pytest.mark.parametrize("program", PROGRAM_IDS)
def test_round_note_has_one_source(corpus, program):
    """The round note quotes the notice's deadline sentence (the one the Q&A answer quotes); only a notice
    with no deadline names a round clause of its own (a 办法's commencement)."""
    said = corpus.deadline_sentence(program)
    if said is None:
        clause, quote = PROGRAMS[program].round_clause
    else:
        assert PROGRAMS[program].round_clause is None, "the deadline sentence comes from the notice's metadata"
        clause, quote = said
    assert quote in corpus.clause(clause).text


@pytest.mark.parametrize("program", PROGRAM_IDS)
def test_table_shape(program):
    rules = PROGRAMS[program].rules
    ids = [r.id for r in rules]
    assert len(ids) == len(set(ids)), "rule ids are unique within a program"
    assert any(r.kind == "alternative" for r in rules), "every notice has 符合下列条件之一"
    for rule in rules:
        assert set(rule.waives) | set(rule.may_waive) <= set(ids)
        if rule.kind in ("hard", "soft", "alternative", "exclusion_hard", "exclusion_soft"):
            assert rule.fix is not None, f"{rule.id} needs a Fix for the nearest path"
        if rule.kind not in ("info", "exemption"):
            assert rule.fields, f"{rule.id} should name the fields it reads"


@pytest.mark.parametrize(("program", "kinds"), [
    ("hz_digital_craftsman_2026", {"soft", "hard", "exemption", "exclusion_hard", "exclusion_soft", "direct", "info"}),
    ("hz_digital_craftsman_2023", {"soft", "hard", "exemption", "exclusion_hard", "exclusion_soft", "info"}),
    ("hz_craftsman_2016", {"hard", "exemption", "info"}),
    ("hz_chief_technician_2021", {"hard", "exclusion_hard", "info"}),
    ("zj_craftsman_2023", {"hard", "soft", "exclusion_hard", "info"}),
])
def test_kinds_per_program(program, kinds):
    assert kinds <= {r.kind for r in PROGRAMS[program].rules}


def test_原则上_and_一般_are_the_only_soft_rules():
    for program in PROGRAMS.values():
        for rule in program.rules:
            if rule.kind in ("soft", "exclusion_soft"):
                assert "原则上" in rule.quote or "一般" in rule.quote, rule.id
            elif rule.kind in ("hard", "exclusion_hard"):
                assert "一般" not in rule.quote and "原则上" not in rule.quote, rule.id


@pytest.mark.parametrize(("start", "end", "years"), [
    (dt.date(2025, 3, 31), dt.date(2026, 3, 31), 1.0),
    (dt.date(2021, 4, 1), dt.date(2026, 4, 1), 5.0),
    (dt.date(2024, 2, 29), dt.date(2025, 2, 28), 1.0),
    (dt.date(2026, 3, 31), dt.date(2025, 3, 31), -1.0),
])
def test_years_between_is_exact_on_anniversaries(start, end, years):
    assert years_between(start, end) == pytest.approx(years)


def test_add_months_clamps_to_month_end():
    assert add_months(dt.date(2026, 1, 31), 1) == dt.date(2026, 2, 28)
