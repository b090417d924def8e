"""``assistant eval --set`` on complete profiles: the checker alone, scored per split, per programme, with the
deciding clause; a wrong expectation is counted as a miss (the scorer can fail)."""

from __future__ import annotations

import json

import pytest
from eligibility_support import BASE

from assistant.cli import main
from assistant.evaluation.profiles import is_profile_set, run_profiles

P = "hz_chief_technician_2021"


def run(capsys, *args):
    with pytest.raises(SystemExit) as exit_info:
        main(list(args))
    return exit_info.value.code, capsys.readouterr().out


def _rows():
    complete = dict(BASE[P])
    below = {**complete, "skill_level": "高级工"}
    return [
        {"id": "pf-a", "split": "dev", "program": P, "profile": complete, "expected": "eligible"},
        {"id": "pf-b", "split": "test", "program": P, "profile": below, "expected": "not_eligible",
         "why": [f"{P}#二"], "as_of": "2021-07-15"},
        # a deliberately wrong expectation: the scorer must count it as a miss
        {"id": "pf-c", "split": "test", "program": P, "profile": complete, "expected": "not_eligible"},
    ]


def test_profile_rows_are_recognised_and_other_sets_are_not():
    assert is_profile_set(_rows())
    assert not is_profile_set([{"id": "el-1", "question": "我能报吗", "expect_verdicts": {P: "eligible"}}])
    assert not is_profile_set([])


def test_scores_per_split_program_and_clause(corpus):
    report = run_profiles(_rows())
    splits = report.metrics()["splits"]
    assert splits["dev"]["verdict_accuracy"] == 1.0
    assert splits["test"]["verdict_accuracy"] == 0.5
    assert splits["test"]["confusion"] == {"not_eligible→eligible": 1}
    assert splits["test"]["why_cited"] == 1.0
    assert splits["test"]["by_program"] == {P: 0.5}
    assert [r["ok"] for r in report.rows] == [True, True, False]


def test_cli_runs_one_split_and_gates(capsys, corpus, tmp_path):
    path = tmp_path / "profiles.jsonl"
    path.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in _rows()), encoding="utf-8")
    code, out = run(capsys, "eval", "--set", str(path), "--split", "test", "--json")
    assert code in (0, None)
    assert set(json.loads(out)["splits"]) == {"test"}
    code, out = run(capsys, "eval", "--set", str(path), "--split", "test", "--gate", "0.9")
    assert code == 1
    assert "结论准确率：0.5" in out and "首席技师" in out
