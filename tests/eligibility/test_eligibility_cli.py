"""``assistant check``: JSON shape, ``all``, ``--batch`` with a bad line, bad input exit 2; and the agent tool."""

from __future__ import annotations

import json

import pytest
from eligibility_support import BASE

from assistant.cli import main

P = "hz_digital_craftsman_2026"


def run(capsys, *args):
    with pytest.raises(SystemExit) as exit_info:
        main(list(args))
    return exit_info.value.code, capsys.readouterr().out


@pytest.fixture
def profile_file(tmp_path):
    path = tmp_path / "me.json"
    path.write_text(json.dumps(BASE[P], ensure_ascii=False), encoding="utf-8")
    return path


def test_single_json_shape(capsys, corpus, profile_file):
    code, out = run(capsys, "check", "--program", P, "--profile", str(profile_file), "--json")
    doc = json.loads(out)
    assert code == 0
    assert {"program", "verdict", "as_of", "reasons", "missing", "clause_ids"} <= set(doc)
    assert doc["program"] == P and doc["verdict"] == "needs_review" and doc["as_of"] == "2026-11-21"
    assert any("由专家评审认定" in r["message"] for r in doc["reasons"] if r["ok"] is None)  # held only for the review
    for r in doc["reasons"]:
        assert set(r) >= {"rule", "ok", "clause_id", "quote", "message"}
        assert r["quote"] in corpus.clause(r["clause_id"]).text
    assert set(doc["clause_ids"]) >= {r["clause_id"] for r in doc["reasons"]}


def test_as_of_option(capsys, profile_file):
    code, out = run(capsys, "check", "--program", "zj_craftsman_2023", "--profile", str(profile_file),
                    "--as-of", "2027-01-05", "--json")
    doc = json.loads(out)
    assert code == 0 and doc["as_of"] == "2027-01-05" and doc["reference_dates"] == ["2027-01-05"]


def test_all_returns_a_ranked_list(capsys, profile_file):
    code, out = run(capsys, "check", "--program", "all", "--profile", str(profile_file), "--json")
    docs = json.loads(out)
    assert code == 0 and isinstance(docs, list) and len(docs) == 5
    assert sorted(d["fit_rank"] for d in docs) == [1, 2, 3, 4, 5]
    assert [d["best_fit"] for d in docs].count(True) == 1
    for d in docs:
        assert "nearest_path" in d and (d["nearest_path"] == [] or d["verdict"] != "eligible")


def test_batch_with_one_bad_line(capsys, tmp_path):
    lines = [
        json.dumps({"id": "a", "program": P, "profile": BASE[P]}, ensure_ascii=False),
        "{not json",
        json.dumps({"id": "c", "program": "nope", "profile": {}}),
        json.dumps({"id": "d", "program": P, "profile": {"birth_date": "2026-13"}}),
        json.dumps({"id": "e", "program": "all", "profile": {}, "as_of": "2026-03-31"}),
    ]
    batch = tmp_path / "in.jsonl"
    batch.write_text("\n".join(lines) + "\n", encoding="utf-8")
    code, out = run(capsys, "check", "--batch", str(batch), "--json")
    rows = [json.loads(x) for x in out.splitlines()]
    assert code == 0 and [r["id"] for r in rows] == ["a", 2, "c", "d", "e"]
    assert rows[0]["result"]["verdict"] == "needs_review"  # the base profile's standards: merit for the review
    assert "error" in rows[1] and "error" in rows[2] and "birth_date" in rows[3]["error"]
    assert len(rows[4]["result"]) == 5


@pytest.mark.parametrize(("args", "profile", "field"), [
    (["--program", "hz_digital_craftsman_2030"], {}, "program"),
    (["--program", P, "--as-of", "2026-13"], {}, "as_of"),
    (["--program", P], {"birth_date": "2026-13"}, "birth_date"),
    (["--program", P], {"birth_date": "2027-01"}, "birth_date"),
    (["--program", "all"], {"years_in_field": -1}, "years_in_field"),
])
def test_bad_input_exits_2_with_a_chinese_error(capsys, tmp_path, args, profile, field):
    path = tmp_path / "p.json"
    path.write_text(json.dumps(profile), encoding="utf-8")
    code, out = run(capsys, "check", *args, "--profile", str(path), "--json")
    doc = json.loads(out)
    assert code == 2 and doc["field"] == field
    assert any("\u4e00" <= ch <= "\u9fff" for ch in doc["error"])


def test_missing_profile_file_exits_2(capsys, tmp_path):
    code, out = run(capsys, "check", "--program", P, "--profile", str(tmp_path / "none.json"), "--json")
    assert code == 2 and "找不到" in json.loads(out)["error"]


def test_human_output(capsys, tmp_path):
    path = tmp_path / "p.json"
    path.write_text(json.dumps({**BASE[P], "union_member": None}, ensure_ascii=False), encoding="utf-8")
    code, out = run(capsys, "check", "--program", P, "--profile", str(path))
    assert code == 0
    assert "需要人工核实" in out and f"[{P}#二]" in out and "缺少的事实：union_member" in out and "工会会员" in out


def test_langchain_tool():
    from assistant.eligibility.tool import make_tool

    tool = make_tool()
    assert tool.name == "check_eligibility" and "资格检查" in tool.description
    assert set(tool.args_schema.model_json_schema()["properties"]) == {"program", "profile", "as_of"}
    doc = json.loads(tool.invoke({"program": "hz_chief_technician_2021", "profile": BASE["hz_chief_technician_2021"]}))
    assert doc["verdict"] == "eligible"
    assert "error" in json.loads(tool.invoke({"program": "nope", "profile": {}}))
