"""Adding a programme is one folder: a sixth, synthetic pack joins through the registry alone.

This test follows ARCHITECTURE.md, "如何新增一个项目（How to add a programme）", step for step, with the
folder ``tests/fixtures/qt_skill_star_2026/`` (a fictional notice):
  1-5. the folder holds the notice (TOML front matter + text), ``pack.toml``, ``rules.py`` and ``form.py``;
  6. ``assistant.programs.register(folder)`` (and ``unregister`` after);
  7. ``assistant ingest`` indexes the new notice only;
  8. ``clauses``, ``check`` (one and all), ``search``, ``ask`` and ``draft`` on the CLI, the chat, and the
     self-check form see it; its rule and limit quotes are substrings of its clauses.
Nothing outside the fixture folder is edited for it.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from retrieval_fakes import FAKE_MODEL, HashEmbedder
from typer.testing import CliRunner

from assistant import programs
from assistant.cli import app
from assistant.retrieval.embedding import register_embedder

PACK_DIR = Path(__file__).parent.parent / "fixtures" / "qt_skill_star_2026"
PID = "qt_skill_star_2026"
runner = CliRunner()


@pytest.fixture
def sixth(monkeypatch, isolated_retriever_cache):
    register_embedder(FAKE_MODEL, HashEmbedder)
    monkeypatch.setenv("ASSISTANT_EMBED_MODEL", FAKE_MODEL)
    before = programs.program_ids()
    pack = programs.register(PACK_DIR)
    yield pack
    programs.unregister(PID)
    assert programs.program_ids() == before


def cli(*args: str):
    result = runner.invoke(app, list(args))
    assert result.exit_code == 0, result.output
    return json.loads(result.output)


def test_the_registry_lists_six_programmes_and_forgets_the_sixth_again(sixth):
    assert programs.program_ids()[-1] == PID and len(programs.program_ids()) == 6
    assert programs.get_pack(PID).title == "首届“钱塘技能之星”"


def test_the_packs_quotes_are_its_own_clauses(sixth):
    from assistant.drafting.limits import form_limit
    from assistant.eligibility import get_program
    from assistant.notices.tree import load_corpus

    six = load_corpus()
    program = get_program(PID)
    for rule in program.rules:
        assert rule.quote in six.clause(rule.clause_id).text, rule.id
    clause, quote = six.deadline_sentence(PID)  # from its metadata's deadline_text: no row in rules.py
    assert quote in six.clause(clause).text and "2026年12月31日" in quote
    limit = form_limit(PID)
    assert limit.limit == 500 and limit.limit_quote in six.clause(limit.limit_clause_id).text


def test_clauses_lists_the_new_notice(sixth):
    rows = cli("clauses", "--program", PID, "--json")
    ids = [r["clause_id"] for r in rows]
    assert f"{PID}#二/(一)" in ids and f"{PID}#四" in ids
    listed = cli("programs", "--json")
    assert PID in [p.get("program") or p.get("program_id") for p in listed]


def test_check_runs_the_new_rules_table(sixth, tmp_path):
    profile = tmp_path / "p.json"
    profile.write_text(json.dumps({"birth_date": "1990-03", "years_in_field": 8, "prior_titles": [],
                                   "achievements": ["传承传统工艺，获评非遗传承人"]}), encoding="utf-8")
    doc = cli("check", "--program", PID, "--profile", str(profile), "--json")
    # a craft achievement matched to the pack's condition; its merit is for the experts (docs/verdict-policy.md)
    assert doc["program"] == PID and doc["verdict"] == "needs_review"
    # the craft deed is 二/(三)'s craft alternative; the innovation alternative is a plain no beside it (a deed
    # another alternative takes is judged by that row), which leaves the verdict to the experts all the same
    craft = next(r for r in doc["reasons"] if r["rule"] == "alt_craft")
    assert craft["ok"] is not False and not doc["missing"]
    assert all(r["ok"] is not False for r in doc["reasons"] if not r["rule"].startswith("alt_"))
    assert doc["reference_dates"] == ["2026-12-31"] and doc["program_title"] == "“钱塘技能之星”"
    assert all(r["clause_id"].startswith(PID + "#") for r in doc["reasons"])
    every = cli("check", "--program", "all", "--profile", str(profile), "--json")
    assert [d["program"] for d in every][-1] == PID and len(every) == 6
    old = tmp_path / "old.json"
    old.write_text(json.dumps({"birth_date": "1970-03", "years_in_field": 8}), encoding="utf-8")
    assert cli("check", "--program", PID, "--profile", str(old), "--json")["verdict"] == "not_eligible"


def test_search_and_ask_use_an_index_built_for_six(sixth):
    report = cli("ingest", "--json")
    assert PID in report["indexed"] and len(report["indexed"]) + len(report["skipped"]) == 6
    hits = cli("search", "钱塘技能之星的奖励是多少", "--program", PID, "--json")
    assert hits and {h["program"] for h in hits} == {PID}
    assert any(h["clause_id"] == f"{PID}#三" for h in hits)
    answer = cli("ask", "钱塘技能之星每人奖励多少钱？", "--json")
    cited = [c["clause_id"] for c in answer["citations"]]
    assert cited and cited[0].startswith(PID + "#"), answer
    assert "8000元" in answer["answer"]
    verdict = cli("ask", "我1990年出生，从事木雕工作8年，能申报钱塘技能之星吗？", "--json")
    assert [v["program"] for v in verdict["verdicts"]] == [PID]


def test_draft_uses_the_packs_form_limit(sixth, tmp_path):
    facts = tmp_path / "f.json"
    facts.write_text(json.dumps({"name": "李明", "achievements": ["传承传统木雕工艺，带徒12人", "主持技术革新项目3项"]},
                                ensure_ascii=False), encoding="utf-8")
    doc = cli("draft", "--program", PID, "--facts", str(facts), "--offline", "--json")
    assert doc["limit"] == 500 and doc["char_count"] <= 500 and doc["limit_clause_id"] == f"{PID}#四"
    assert f"{PID}#二/(三)" in doc["clause_ids"]


def test_the_self_check_form_offers_and_checks_the_sixth(sixth):
    from assistant.chat.turn import make_deps
    from assistant.ui import notices_tab, selfcheck_tab
    from assistant.ui.context import make_context
    from assistant.ui.forms import blank_form, profile_to_form, title_choices

    assert "钱塘技能之星" in title_choices()
    assert profile_to_form({"prior_titles": ["钱塘技能之星"]})["prior_titles"] == ["钱塘技能之星"]
    ctx = make_context(make_deps().settings)
    assert PID in [value for _, value in notices_tab.program_choices(ctx)]  # the 事迹起草 and 通知原文 dropdowns
    values = {**blank_form(), "birth_date": "1990-03", "years_in_field": "8", "prior_titles": ["钱塘技能之星"]}
    html, _ = selfcheck_tab.run_selfcheck(ctx, None, values, "2026-11-21")
    assert html.count('class="ga-card ') == 6 and "核对了六个项目" in html
    assert f'data-program="{PID}" data-verdict="not_eligible"' in html


def test_the_chat_names_and_verifies_the_sixth(sixth):
    from assistant.chat.answer import Citations
    from assistant.chat.case.state import Session
    from assistant.chat.routing import detect_programs
    from assistant.chat.turn import make_deps, respond
    from assistant.chat.verify import verify_citations
    from assistant.extract import extract
    from assistant.notices.tree import load_corpus

    assert detect_programs("钱塘技能之星要多大年龄以下？")[0] == (PID,)
    held = extract("我2024年获评钱塘技能之星，能报浙派工匠吗？", make_deps().today).profile
    assert held.get("prior_titles") == ["钱塘技能之星"]
    assert detect_programs("我已经是钱塘技能之星了，还能报浙派工匠吗？")[0] == ("zj_craftsman_2023",)
    asked = respond(Session(), "帮我写主要事迹", make_deps(retriever=object()))
    assert "首届“钱塘技能之星”" in asked.text
    six = load_corpus()
    checked = verify_citations(f"见[{PID}#三]“每人给予一次性奖励8000元”。", six, Citations(), "奖励多少")
    assert not checked.problems and "8000元" in checked.text
