"""What a reader sees: labels not codes (assistant.display), one source card per clause, and a self-check form
that keeps every fact the chat learnt and speaks in its own labels."""

from __future__ import annotations

import pytest

from assistant.chat.answer import Citation
from assistant.display import clause_label, has_code, readable, verdict_label
from assistant.errors import InputError
from assistant.notices.tree import load_corpus
from assistant.programs import program_ids
from assistant.ui.forms import (
    FORM_FIELDS,
    TITLE_NONE,
    blank_form,
    form_error,
    form_to_profile,
    number_field,
    profile_to_form,
)
from assistant.ui.render import chat_verdicts, sources_html

CID = "hz_digital_craftsman_2026#二/(三)"


@pytest.fixture(scope="module")
def corpus():
    return load_corpus()


def test_clause_label_reads_as_the_notice_does(corpus):
    assert clause_label(corpus, CID) == "第四届杭州数字工匠 · 二、推荐条件（三）"
    assert clause_label(corpus, "hz_digital_craftsman_2026#前言").endswith("· 前言")
    assert clause_label(corpus, "nope#一") == "通知条款"


def test_every_clause_label_is_free_of_codes(corpus):
    for program in program_ids():
        for clause in corpus.clauses(program):
            label = clause_label(corpus, clause.clause_id)
            assert not has_code(label) and "/" not in label.split(" · ", 1)[1], label


def test_readable_replaces_verdict_codes_and_clause_ids(corpus):
    text = ("【第四届杭州数字工匠】需要人工核实（needs_review）\n第四届杭州数字工匠 二/(三)：“职业技能”[1]；"
            f"见 {CID}。结论 not_eligible")
    out = readable(text, corpus)
    assert "needs_review" not in out and "not_eligible" not in out and "#" not in out and "二/(三)" not in out
    assert "第四届杭州数字工匠 · 二、推荐条件（三）：“职业技能”[1]" in out
    assert "不符合条件" in out and not has_code(out)
    assert verdict_label("eligible") == "符合条件" and verdict_label("???") == "需要人工核实"


def test_sources_show_each_clause_once_with_all_quotes_marked(corpus):
    text = corpus.clause("hz_digital_craftsman_2026#二").text
    q1, q2 = "工会会员", "不再重复推荐"
    assert q1 in text and q2 in text
    cites = [Citation("hz_digital_craftsman_2026#二", q1), Citation(CID, "较高水平"),
             Citation("hz_digital_craftsman_2026#二", q2)]
    html = sources_html(cites, corpus)
    assert html.count('class="ga-source"') == 2
    assert "[1][3]" in html and html.count("<mark>") >= 3
    assert f'title="条款编号 {CID}"' in html and f">{CID}<" not in html


def test_chat_verdict_card_names_the_label_and_deciding_clause(corpus):
    import datetime as dt

    from assistant.eligibility.model import Reason, Verdict

    v = Verdict("hz_digital_craftsman_2026", "not_eligible", dt.date(2026, 3, 1), (
        Reason("a", True, "hz_digital_craftsman_2026#一", "", "ok"),
        Reason("b", False, CID, "", "不满足（not_eligible）")))
    html = chat_verdicts([v], corpus)
    summary = html.split("</summary>")[0]
    assert "不符合条件" in summary and "二、推荐条件（三）" in summary and "not_eligible" not in summary
    assert "（not_eligible）" not in html


@pytest.mark.parametrize("profile", [
    {"prior_titles": [], "competition_results": [], "awards": [], "achievements": []},
    {"prior_titles": ["杭州工匠", "市级技术能手"], "union_member": True, "years_in_field": 9.0},
    {"birth_date": "1988-06", "prior_titles": [], "achievements": ["主导制定团体标准2项"]},
])
def test_form_keeps_every_fact_from_the_chat(profile):
    values = profile_to_form(profile)
    assert set(values) >= set(FORM_FIELDS)
    assert form_to_profile(values) == profile


def test_none_choice_and_a_title_together_are_refused():
    values = blank_form() | {"prior_titles": [TITLE_NONE, "杭州工匠"]}
    with pytest.raises(InputError, match="只保留一种"):
        form_to_profile(values)


def test_form_messages_use_labels_and_what_was_typed():
    with pytest.raises(InputError) as err:
        number_field("-3", "years_in_field")
    assert "-3.0" not in err.value.message and "“-3”" in err.value.message and "years" not in err.value.message
    message = form_error(InputError("字段 birth_date（出生年月） 无效：格式不对（收到“1988-13”）。", field="birth_date"),
                         {"birth_date": "1988-13"})
    assert "birth_date" not in message and "出生年月" in message and "1988-13" in message


# -- eval page --------------------------------------------------------------------------------------------
def test_eval_upload_without_gold_is_refused_naming_line_and_field(tmp_path):
    from assistant.ui.eval_tab import check_upload

    path = tmp_path / "no_gold.jsonl"
    path.write_text('{"id": "a", "question": "q", "key_facts": ["1年"]}\n{"id": "b", "question": "第四届要求几年？"}\n',
                    encoding="utf-8")
    with pytest.raises(InputError) as err:
        check_upload(path)
    assert "第 2 行" in err.value.message and "gold_clause_ids" in err.value.message
    assert str(tmp_path) not in err.value.message


def test_eval_table_puts_failures_first_filters_them_and_compares_runs():
    from assistant.ui.eval_tab import FAILED, compare_html, compare_runs, failed_only, table_rows

    def row(i, ok):
        return {"id": i, "kind": "fact", "passed": ok, "question": "q", "gold": [], "cited": [], "answer": "",
                "reason": "", "latency_ms": 1}

    rows = table_rows([row("a", True), row("b", False), row("c", True), row("d", False)])
    assert [r[0] for r in rows] == ["b", "d", "a", "c"]
    assert [r[0] for r in failed_only(rows, True)] == ["b", "d"] and all(r[2] == FAILED for r in failed_only(rows, True))
    assert failed_only(rows, False) == rows
    up, down = compare_runs({"a": False, "b": True, "c": True}, {"a": True, "b": False, "c": True, "d": False})
    assert (up, down) == (["a"], ["b"])
    html = compare_html({"ts": "2026-11-20 10:00", "passed": {"a": False, "b": True}}, {"a": True, "b": False})
    assert "新通过 1 题：a" in html and "新失败 1 题：b" in html


def test_assistant_messages_keep_only_their_fold_tags():
    from assistant.ui.chat_tab import shown

    out = shown("assistant", "<details><summary>逐条核对</summary>理由<img src=x onerror=alert(1)></details>")["content"]
    assert out.startswith("<details><summary>逐条核对</summary>") and out.endswith("</details>")
    assert "<img" not in out and "&lt;img" in out
    assert shown("user", "<details>")["content"] == "&lt;details&gt;"


def test_a_cited_clause_written_by_its_local_id_alone_is_labelled(corpus):
    text = "业绩是否达到要求由专家评审认定（二/(一)[1]）；第二条 二 不变"
    out = readable(text, corpus, ["hz_digital_craftsman_2026#二/(一)"])
    assert out == "业绩是否达到要求由专家评审认定（二、推荐条件（一）[1]）；第二条 二 不变"
    assert readable(text, corpus) == text  # without the answer's citations a bare local ID is ambiguous


def test_the_queue_full_notice_we_translate_is_gradios_own_wording():
    """Gradio's client shows a fixed English sentence when the queue is full; the page script rewrites exactly
    that sentence, so a Gradio upgrade that rewords it must fail here, not silently show English."""
    from pathlib import Path

    import gradio

    from assistant.ui.theme import FIXED_STRINGS_ZH, HEAD

    assets = Path(gradio.__file__).parent / "templates" / "frontend" / "assets"
    texts = "".join(p.read_text(encoding="utf-8", errors="ignore") for p in assets.glob("index-*.js"))
    busy = [k for k in FIXED_STRINGS_ZH if "busy" in k]
    assert busy and all(k in texts for k in busy)
    assert all(v in HEAD for v in FIXED_STRINGS_ZH.values())


def test_draft_form_fills_the_fourth_edition_field_detail_and_talent_level(tmp_path):
    import zipfile

    from assistant.drafting import draft
    from assistant.ui.draft_tab import DRAFT_FIELDS, export_docx_file, facts_from_form

    values = dict.fromkeys(DRAFT_FIELDS, "") | {"name": "张伟", "achievements": "主导制定团体标准2项",
                                                 "field_detail": "工业互联网", "talent_level": "杭州市E类人才",
                                                 "use_profile": False}
    facts = facts_from_form(values, None)
    d = draft(facts, "hz_digital_craftsman_2026")
    path = export_docx_file(facts, d, d.text, tmp_path)
    with zipfile.ZipFile(path) as docx:
        xml = docx.read("word/document.xml").decode("utf-8")
    assert "工业互联网" in xml and "杭州市E类人才" in xml


def test_every_status_string_gradio_speaks_is_given_in_chinese():
    """The status tracker's screen-reader line says `common.complete` after every event; a key missing from our
    strings reaches the user as that raw English key (it failed CI once, when the check caught it within its 1 s)."""
    import re
    from pathlib import Path

    import gradio

    from assistant.ui.theme import UI_STRINGS_ZH

    assets = Path(gradio.__file__).parent / "templates" / "frontend" / "assets"
    keys = {k for f in assets.glob("statustracker-*.js") for k in re.findall(r"i18n\(`([a-z_.]+)`\)", f.read_text())}
    assert keys, "the status tracker's strings were not found; Gradio's layout changed"
    assert keys <= set(UI_STRINGS_ZH), sorted(keys - set(UI_STRINGS_ZH))
