"""The CLI's corpus commands, run in-process through the console-script entry point."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from assistant.cli import main


def run(capsys, *args):
    with pytest.raises(SystemExit) as exit_info:
        main(list(args))
    out = capsys.readouterr().out
    return exit_info.value.code, out


def test_clause_json(capsys):
    code, out = run(capsys, "clause", "hz_digital_craftsman_2026#二/(三)", "--json")
    doc = json.loads(out)
    assert code == 0
    assert doc["clause_id"] == "hz_digital_craftsman_2026#二/(三)"
    assert {"clause_id", "title", "text"} <= set(doc)


def test_unknown_clause_exits_2_with_suggestions(capsys):
    code, out = run(capsys, "clause", "hz_digital_craftsman_2026#二/(九)", "--json")
    doc = json.loads(out)
    assert code == 2 and "不存在" in doc["error"] and "hz_digital_craftsman_2026#二/(" in doc["error"]


def test_unknown_program_exits_2(capsys):
    code, out = run(capsys, "clauses", "--program", "hz_digital_craftsman_2030", "--json")
    assert code == 2 and "hz_digital_craftsman_2026" in json.loads(out)["error"]


def test_usage_error_is_json_when_asked(capsys):
    code, out = run(capsys, "clause", "--json")
    assert code == 2 and "error" in json.loads(out)


def test_outline(capsys):
    code, out = run(capsys, "clauses", "--program", "hz_digital_craftsman_2026")
    assert code == 0 and "三/(二)/1/(2)" in out and "附件 第四届“杭州数字工匠”推荐表" in out


def test_programs_status(capsys):
    code, out = run(capsys, "programs", "--json")
    rows = {r["program"]: r for r in json.loads(out)}
    assert rows["hz_digital_craftsman_2026"]["status"] == "closed"  # today is 2026-11-21 in tests
    assert rows["zj_craftsman_2023"]["is_current"] is True


def test_help_runs_without_heavy_imports():
    code = ("import sys; from assistant.cli import main\n"
            "try:\n    main(['--help'])\nexcept SystemExit: pass\n"
            "heavy = [m for m in ('torch', 'chromadb', 'gradio', 'sentence_transformers', 'langchain') if m in sys.modules]\n"
            "print(heavy)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip().endswith("[]")


def test_a_bug_surfaces_as_itself(monkeypatch):
    """Only AssistantError is turned into a message; anything else keeps its own traceback (not an error
    raised while matching except clauses)."""
    import assistant.notices.tree

    def broken(*args, **kwargs):
        raise RuntimeError("bug in corpus loading")

    monkeypatch.setattr(assistant.notices.tree, "load_corpus", broken)
    with pytest.raises(RuntimeError, match="bug in corpus loading"):
        main(["clauses", "--program", "hz_digital_craftsman_2026"])
