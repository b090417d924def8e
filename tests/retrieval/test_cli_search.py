"""``assistant ingest`` and ``assistant search`` (single and --batch), in-process, with a fake embedder."""

from __future__ import annotations

import json

import pytest
from retrieval_fakes import FAKE_MODEL, HashEmbedder

from assistant.cli import main
from assistant.notices.metadata import PROGRAM_IDS
from assistant.retrieval.embedding import register_embedder


@pytest.fixture(autouse=True)
def _fake_model(monkeypatch):
    register_embedder(FAKE_MODEL, HashEmbedder)
    monkeypatch.setenv("ASSISTANT_EMBED_MODEL", FAKE_MODEL)


def run(capsys, *args):
    with pytest.raises(SystemExit) as exit_info:
        main(list(args))
    return exit_info.value.code, capsys.readouterr().out


def test_ingest_twice(capsys):
    code, out = run(capsys, "ingest", "--json")
    first = json.loads(out)
    assert code == 0 and first["indexed"] == list(PROGRAM_IDS) and first["chunks"] == first["embedded"] > 100
    code, out = run(capsys, "ingest", "--json")
    second = json.loads(out)
    assert code == 0 and second["indexed"] == [] and second["embedded"] == 0 and second["model"] == FAKE_MODEL
    code, out = run(capsys, "ingest")
    assert code == 0 and "已是最新" in out


def test_search_json_per_contract(capsys):
    code, out = run(capsys, "search", "首席技师报送截止时间", "--k", "3", "--json")
    hits = json.loads(out)
    assert code == 0 and len(hits) == 3
    assert all({"clause_id", "program", "text", "score"} <= set(h) for h in hits)
    assert [h["score"] for h in hits] == sorted((h["score"] for h in hits), reverse=True)


def test_search_program_filter(capsys):
    code, out = run(capsys, "search", "推荐条件", "--program", "zj_craftsman_2023", "--json")
    assert code == 0 and {h["program"] for h in json.loads(out)} == {"zj_craftsman_2023"}


@pytest.mark.parametrize("args", [("search", "   ", "--json"), ("search", "--json"),
                                  ("search", "x", "--program", "nope", "--json"),
                                  ("search", "x" * 2001, "--json")])
def test_bad_search_exits_2_with_chinese_error(capsys, args):
    code, out = run(capsys, *args)
    assert code == 2 and json.loads(out)["error"]


def test_a_bad_query_is_rejected_before_the_model_loads(capsys):
    from assistant.retrieval.embedding import load_embedder

    code, out = run(capsys, "search", "   ", "--json")
    assert code == 2 and json.loads(out)["error"]
    assert "预热" not in load_embedder(FAKE_MODEL).calls  # the index opened, but the model was never asked


def test_search_text_output(capsys):
    code, out = run(capsys, "search", "浙派工匠奖励多少钱", "-k", "2")
    assert code == 0 and out.startswith("1. zj_craftsman_2023#")


def test_batch(capsys, tmp_path):
    batch = tmp_path / "q.jsonl"
    batch.write_text("\n".join([
        json.dumps({"id": "a", "query": "首席技师联系人"}, ensure_ascii=False),
        json.dumps({"id": "b", "query": "推荐名额", "program": "hz_digital_craftsman_2026", "k": 2}, ensure_ascii=False),
        json.dumps({"id": "c", "query": ""}),
        "{not json",
        json.dumps({"id": "e", "query": "奖励", "k": "many"}),
    ]) + "\n", encoding="utf-8")
    code, out = run(capsys, "search", "--batch", str(batch))
    lines = [json.loads(line) for line in out.splitlines()]
    assert code == 0 and [line["id"] for line in lines] == ["a", "b", "c", 4, "e"]
    assert len(lines[0]["result"]) == 5 and lines[0]["result"][0]["program"] == "hz_chief_technician_2021"
    assert len(lines[1]["result"]) == 2 and {h["program"] for h in lines[1]["result"]} == {"hz_digital_craftsman_2026"}
    assert "error" in lines[2] and "error" in lines[3] and "error" in lines[4]
