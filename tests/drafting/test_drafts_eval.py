"""eval/drafts.jsonl keeps its shape, and its scorer fails a draft for each fault it names."""

from __future__ import annotations

import json
from pathlib import Path

from assistant.evaluation.drafts import _score, is_draft_set
from assistant.programs import program_ids

SET = Path(__file__).resolve().parents[2] / "eval" / "drafts.jsonl"


def test_the_set_has_the_documented_shape():
    rows = [json.loads(line) for line in SET.read_text(encoding="utf-8").splitlines() if line.strip()]
    assert len(rows) >= 40 and is_draft_set(rows)
    assert len({r["id"] for r in rows}) == len(rows)
    assert {r["split"] for r in rows} == {"dev", "test"} and {r["program"] for r in rows} == set(program_ids())
    for r in rows:
        assert r["messages"] and all(isinstance(m, str) for m in r["messages"]), r["id"]


ROW = {"id": "x", "split": "dev", "must_include": ["焊工", ["22", "二十二"], "焊缝跟踪"], "must_exclude": ["全国技术能手"],
       "kinds": {"焊缝跟踪": "innovation"}, "given": ["occupation"]}


def _out(text: str, suggestions=()) -> dict:
    return {"answer": "", "draft": {"text": text, "char_count": len(text), "limit": 600, "suggestions": list(suggestions)}}


def test_a_good_draft_passes():
    good = "王建国同志现为高级技师，从事焊工工作二十二年。在技术革新和攻关方面，该同志完成了焊缝跟踪的技术改造。"
    assert _score(ROW, _out(good))["ok"]


def test_each_fault_fails_its_own_check():
    base = "王建国同志现为高级技师，从事焊工工作22年。在技术革新和攻关方面，该同志完成了焊缝跟踪的技术改造。"
    assert not _score(ROW, _out(base.replace("焊缝跟踪", "焊接")))["facts_present"]
    assert not _score(ROW, _out(base + "获评全国技术能手。"))["none_excluded"]
    assert not _score(ROW, _out(base + "在本职岗位上，完成了焊缝跟踪的技术改造。"))["no_repeat"]
    assert not _score(ROW, _out(base.replace("完成了", "搞了个")))["formal"]
    assert not _score(ROW, _out(base, ["该同志从事什么职业（工种）或专业领域？"]))["no_question_given"]
    assert not _score(ROW, _out(base.replace("在技术革新和攻关方面", "在人才培养方面")))["kinds_right"]
    assert not _score(ROW, {"answer": "请告诉我要为哪个项目起草", "draft": None})["ok"]
