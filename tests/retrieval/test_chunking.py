"""Chunks come from the clause tree: golden files, offsets, heading chains, runs and sentence splits."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from assistant.notices.metadata import PROGRAM_IDS
from assistant.retrieval.chunking import HARD_MAX, MAX_CHARS, chunk_corpus, chunk_notice, notice_hash

GOLDEN = Path(__file__).parent.parent / "golden" / "chunks"


@pytest.mark.parametrize("program", PROGRAM_IDS)
def test_chunks_match_golden(corpus, program, update_golden):
    rows = [c.to_json() for c in chunk_notice(corpus.notice(program))]
    path = GOLDEN / f"{program}.json"
    if update_golden:
        GOLDEN.mkdir(parents=True, exist_ok=True)
        path.write_text(json.dumps(rows, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    assert json.loads(path.read_text(encoding="utf-8")) == rows, "run `make golden` and review the diff"


def test_offsets_and_clause_text(corpus):
    for chunk in chunk_corpus(corpus):
        notice = corpus.notice(chunk.program)
        assert notice.source[chunk.start:chunk.end] == chunk.text
        assert chunk.text == chunk.text.strip() and chunk.text
        for cid in (chunk.clause_id, *chunk.clause_ids):
            assert cid.startswith(chunk.program + "#") and corpus.has(cid)
        assert chunk.text in corpus.clause(chunk.clause_id).text  # quotable from the clause it names


def test_chunk_ids_are_unique(corpus):
    ids = [c.chunk_id for c in chunk_corpus(corpus)]
    assert len(ids) == len(set(ids))


def test_heading_chain_is_prefixed_to_the_indexed_text(corpus):
    [three] = [c for c in chunk_notice(corpus.notice("hz_digital_craftsman_2026"))
               if c.clause_id == "hz_digital_craftsman_2026#二/(三)"]
    assert three.text.startswith("(三)") and "推荐条件" not in three.text
    assert "二、推荐条件" in three.index_text and "第四届杭州数字工匠" in three.index_text
    assert three.heading_chain == ("第四届杭州数字工匠", "二、推荐条件")
    assert three.edition_year == 2026 and three.edition_name == "第四届"


def test_short_sibling_items_form_one_run(corpus):
    runs = [c for c in chunk_corpus(corpus) if len(c.clause_ids) > 1]
    six = next(c for c in runs if c.clause_id == "hz_craftsman_2016#六")
    assert six.clause_ids == tuple(f"hz_craftsman_2016#六/{i}" for i in range(1, 5))
    for run in runs:
        assert all(corpus.clause(cid).text in run.text for cid in run.clause_ids)
        assert all(corpus.clause(cid).parent == run.clause_id for cid in run.clause_ids)


def test_long_clauses_split_on_sentence_ends(corpus):
    chunks = chunk_corpus(corpus)
    assert max(len(c.text) for c in chunks) <= HARD_MAX
    split = [c for c in chunks if c.chunk_id.endswith("~1") and c.clause_id == "hz_chief_technician_2021#三/(二)"]
    assert split and split[0].text == "以上材料均需纸质材料和电子文档各一份。"
    for c in chunks:
        if len(c.text) > MAX_CHARS:  # only an unsplittable sentence may exceed the target size
            assert not any(mark in c.text[:-1] for mark in "。；")


def test_every_character_of_text_is_in_some_chunk(corpus):
    """Nothing is lost except bare headings (which live on in their items' chains)."""
    for program in PROGRAM_IDS:
        notice = corpus.notice(program)
        inside = bytearray(len(notice.source))
        for c in chunk_notice(notice):
            inside[c.start:c.end] = b"\x01" * (c.end - c.start)
        body_at = notice.source.index("\n+++\n", 4) + 5
        lost = "".join(ch if not inside[i] and not ch.isspace() else "\n"
                       for i, ch in enumerate(notice.source) if i >= body_at)
        lost_lines = [ln for ln in lost.split("\n") if ln]
        assert all(len(ln) <= 20 and not any(ch.isdigit() for ch in ln) for ln in lost_lines), lost_lines


def test_hash_changes_with_the_text(corpus, tmp_path):
    from assistant.notices.tree import parse_notice

    notice = corpus.notice("zj_craftsman_2023")
    edited = tmp_path / "zj_craftsman_2023.md"
    edited.write_text(notice.source.replace("每人奖励 1万元", "每人奖励 2万元"), encoding="utf-8")
    assert notice_hash(parse_notice(edited)) != notice_hash(notice)
    assert notice_hash(parse_notice(notice.path)) == notice_hash(notice)
