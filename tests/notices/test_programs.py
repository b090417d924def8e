"""Notice metadata and round status as of a date."""

from __future__ import annotations

import datetime as dt

import pytest

from assistant.notices.metadata import PROGRAM_IDS, round_status


def _status(corpus, program, day):
    metas = [n.meta for n in corpus.notices.values()]
    return round_status(corpus.meta(program), dt.date.fromisoformat(day), metas)


def test_metadata_is_complete(corpus):
    for program in PROGRAM_IDS:
        meta = corpus.meta(program)
        assert meta.title and meta.issuers and meta.reference_date_basis and meta.contacts
    assert corpus.meta("hz_digital_craftsman_2026").reference_date == dt.date(2026, 3, 31)
    assert corpus.meta("hz_digital_craftsman_2026").deadline == dt.date(2026, 4, 10)
    assert corpus.meta("hz_digital_craftsman_2026").doc_number == "杭总工〔2026〕10号"
    assert corpus.meta("zj_craftsman_2023").deadline is None


@pytest.mark.parametrize(("program", "day", "status", "current"), [
    ("hz_digital_craftsman_2026", "2026-04-10", "open", True),   # the deadline day itself is still open
    ("hz_digital_craftsman_2026", "2026-04-11", "closed", False),
    ("hz_digital_craftsman_2026", "2026-11-21", "closed", False),
    ("hz_digital_craftsman_2026", "2026-03-01", "upcoming", True),
    ("hz_digital_craftsman_2023", "2023-03-31", "open", True),
    ("hz_digital_craftsman_2023", "2026-11-21", "closed", False),
    ("zj_craftsman_2023", "2026-11-21", "standing", True),
    ("zj_craftsman_2023", "2023-09-30", "upcoming", True),
])
def test_round_status(corpus, program, day, status, current):
    got = _status(corpus, program, day)
    assert (got.status, got.is_current) == (status, current)


def test_older_edition_is_superseded(corpus):
    old = _status(corpus, "hz_digital_craftsman_2023", "2026-11-21")
    assert old.superseded_by == "hz_digital_craftsman_2026"
    assert "历史届次" in old.note
    # Before the 第四届 notice was issued, 首届 was not yet superseded.
    assert _status(corpus, "hz_digital_craftsman_2023", "2025-01-01").superseded_by is None
