"""The Gradio callbacks, without a browser: they call the same core as the CLI and never show a traceback."""

from __future__ import annotations

import datetime as dt
import json
import zipfile

import pytest

from assistant.chat.case.state import Session
from assistant.chat.turn import make_deps, respond
from assistant.config import get_settings
from assistant.display import readable
from assistant.errors import InputError, NotFoundError
from assistant.ui import chat_tab, draft_tab, eval_tab, notices_tab, selfcheck_tab
from assistant.ui.context import CRASH_MESSAGE, guard, make_context
from assistant.ui.forms import FORM_FIELDS, blank_form, form_to_profile, profile_to_form
from assistant.ui.mcp_tools import TOOL_NAMES, make_tools
from assistant.ui.render import esc, highlight, sources_html, verdict_cards
from tests.chat_support import KeywordRetriever

ELIGIBILITY_Q = "我1988年6月出生，在杭州一家民营企业全职做软件开发9年，是高级技师，能申报第四届杭州数字工匠吗？"
FIXTURE_EVAL = "tests/e2e/fixtures/eval_small.jsonl"


@pytest.fixture
def ctx():
    settings = get_settings()
    return make_context(settings, make_deps(settings, retriever=KeywordRetriever()))


def run_chat(ctx, message, history=None, session=None):
    frames = list(chat_tab.chat_turn(ctx, message, history, session))
    return frames, frames[-1]


def form(**values):
    out = blank_form()
    out.update(values)
    return out


# -- chat ---------------------------------------------------------------------------------------------
def test_chat_turn_streams_the_core_answer_with_sources_and_verdict_cards(ctx):
    frames, (history, box, sources, cards, badge, session) = run_chat(ctx, ELIGIBILITY_Q)
    expected = respond(Session(), ELIGIBILITY_Q, ctx.deps)
    assert len(frames) >= 3  # the user turn, at least one delta, the final answer
    # The reader sees labels, not codes (assistant.display.readable); the Answer keeps the codes.
    assert history[-1] == chat_tab.shown("assistant", readable(expected.text, ctx.corpus))
    assert chat_tab.message_text(history[-1]) == readable(expected.text, ctx.corpus)
    assert box == ""
    for cite in expected.citations:
        assert esc(cite.clause_id) in sources
    assert 'data-program="hz_digital_craftsman_2026"' in cards
    assert f'data-verdict="{expected.verdicts[0].verdict}"' in cards
    assert "离线模式" in badge
    assert session.profile.get("birth_date") == "1988-06"


def test_chat_remembers_facts_across_turns_and_new_chat_forgets(ctx):
    _, (history, *_rest, session) = run_chat(ctx, "我1988年6月出生，是高级技师。")
    _, (history, _, _, cards, _, session2) = run_chat(ctx, "在杭州全职做软件开发9年，能申报第四届杭州数字工匠吗？", history, session)
    assert session2 is session and len(history) == 4
    assert session.profile["birth_date"] == "1988-06" and session.profile["skill_level"] == "高级技师"
    assert "ga-card" in cards
    history, box, sources, cards, badge, session3 = chat_tab.new_chat(ctx, session)
    assert history == [] and cards == "" and session3.profile == {}


def test_chat_shows_typed_html_as_text(ctx):
    attack = "<img src=x onerror=alert(1)><script>alert(2)</script>第四届要求在杭工作几年？"
    _, (history, *_rest) = run_chat(ctx, attack)
    shown = history[0]["content"]
    assert "<img" not in shown and "<script" not in shown
    assert "&lt;img src=x onerror=alert(1)&gt;" in shown
    assert chat_tab.message_text(history[0]) == attack


def test_empty_message_adds_no_turn(ctx):
    _, (history, *_rest) = run_chat(ctx, "   ")
    assert history == []


def test_feedback_is_stored_as_jsonl_with_pii_masked(ctx):
    _, (history, *_rest, session) = run_chat(ctx, "我的手机是13812345678，第四届要求在杭工作几年？")
    chat_tab.record_feedback(ctx, history, session, 1, False)
    chat_tab.record_feedback(ctx, history, session, [1, None], True)
    lines = ctx.feedback_path.read_text(encoding="utf-8").splitlines()
    records = [json.loads(line) for line in lines]
    assert [r["liked"] for r in records] == [False, True]
    assert "13812345678" not in ctx.feedback_path.read_text(encoding="utf-8")
    assert "[手机号已隐去]" in records[0]["question"]
    assert records[0]["answer"] and records[0]["session"] != session.id
    with pytest.raises(ValueError):
        chat_tab.record_feedback(ctx, history, session, 9, True)


def test_conversations_are_kept_only_when_the_setting_says_so(ctx, monkeypatch):
    run_chat(ctx, "我的手机是13812345678，第四届要求在杭工作几年？")
    assert not ctx.conversations_path.exists()
    monkeypatch.setenv("ASSISTANT_PERSIST_CONVERSATIONS", "true")
    kept = make_context(get_settings(), ctx.deps)
    run_chat(kept, "我的手机是13812345678，第四届要求在杭工作几年？")
    record = json.loads(kept.conversations_path.read_text(encoding="utf-8"))
    assert "13812345678" not in json.dumps(record, ensure_ascii=False)
    assert record["clause_ids"] and record["mode"] == "offline"


def test_llm_mode_streams_token_by_token_and_shows_the_model(ctx):
    from langchain_core.language_models.fake_chat_models import GenericFakeChatModel
    from langchain_core.messages import AIMessage

    class Streaming(GenericFakeChatModel):
        def bind_tools(self, tools, **kwargs):
            return self

    # The screen shows only verified text, a sentence at a time (issue 17): the reply has three sentences.
    model = Streaming(messages=iter([AIMessage(
        content="第四届 要求 在杭全职工作1年以上。 见 [hz_digital_craftsman_2026#二]。 详情 以 通知 为准。")]))
    llm_ctx = make_context(get_settings({"ASSISTANT_LLM_MODEL": "qwen-test", "ASSISTANT_TODAY": "2026-11-21"}),
                           make_deps(get_settings(), retriever=KeywordRetriever(), llm=model))
    frames, (history, _, sources, _, badge, _) = run_chat(llm_ctx, "第四届要求在杭全职工作几年？")
    partial = [chat_tab.message_text(f[0][-1]) for f in frames[1:-1]]
    assert len(partial) > 2 and len(set(partial)) > 2  # the reply grew in steps
    assert "qwen-test" in badge and "hz_digital_craftsman_2026#二" in sources


def test_mode_badge_names_the_model_escaped():
    from assistant.ui.render import mode_badge

    assert "离线模式" in mode_badge("offline")
    assert "模型：qwen&lt;x&gt;" in mode_badge("llm", "qwen<x>")


def test_guard_turns_errors_into_chinese_bubbles():
    import gradio as gr

    @guard
    def crash():
        raise RuntimeError("boom")

    @guard
    def bad_input():
        raise InputError("出生年月无效。")

    @guard
    def stream():
        yield 1
        raise KeyError("x")

    with pytest.raises(gr.Error) as err:
        crash()
    assert err.value.message == CRASH_MESSAGE
    with pytest.raises(gr.Error) as err:
        bad_input()
    assert err.value.message == "出生年月无效。"
    with pytest.raises(gr.Error):
        list(stream())


# -- rendering ----------------------------------------------------------------------------------------
def test_highlight_escapes_and_marks_the_quote():
    assert highlight("a<b>c</b>d", "<b>c") == "a<mark>&lt;b&gt;c</mark>&lt;/b&gt;d"
    assert highlight("x<y", "missing") == "x&lt;y"


def test_sources_panel_names_notice_date_and_marks_quote(ctx, corpus):
    answer = respond(Session(), "第四届杭州数字工匠要求在杭州全职工作几年？", ctx.deps)
    html = sources_html(answer.citations, corpus)
    first = answer.citations[0]
    meta = corpus.meta(first.clause_id.split("#")[0])
    assert esc(meta.title) in html and meta.issue_date.isoformat() in html
    assert f"<mark>{esc(first.quote)}</mark>" in html.replace("<br>", "\n")
    assert f'data-clause="{esc(first.clause_id)}"' in html


def test_verdict_cards_escape_checker_text(corpus):
    from assistant.eligibility.model import Reason, Verdict

    verdict = Verdict(program="hz_craftsman_2016", verdict="not_eligible", as_of=dt.date(2026, 11, 21),
                      missing=("birth_date",),
                      reasons=(Reason(rule="x", ok=False, clause_id="hz_craftsman_2016#三", quote="<q>",
                                      message="<script>alert(1)</script>"),),
                      nearest_path=({"text": "<b>等两年</b>", "clause_id": "hz_craftsman_2016#三"},))
    html = verdict_cards([verdict], corpus)
    assert "<script>" not in html and "&lt;script&gt;" in html and "&lt;b&gt;等两年" in html
    assert "不符合条件" in html and "出生年月" in html


# -- self-check -----------------------------------------------------------------------------------------
def test_selfcheck_covers_all_five_programs_like_the_checker(ctx):
    from assistant.eligibility import check_all

    values = form(birth_date="1988-06", skill_level="高级技师", years_in_field="9", employment="full_time",
                  years_full_time_in_hangzhou="6", is_digital_economy="yes", employer_city="杭州")
    html, session = selfcheck_tab.run_selfcheck(ctx, None, values, "2026-11-21")
    expected = check_all(form_to_profile(values), as_of=ctx.today)
    assert html.count('class="ga-card ') == 5
    for v in expected:
        assert f'data-program="{v.program}" data-verdict="{v.verdict}"' in html
    assert session.profile["years_in_field"] == 9.0


@pytest.mark.parametrize(("values", "as_of", "expected"), [
    ({}, "", selfcheck_tab.EMPTY_FORM_MESSAGE),
    ({"birth_date": "1988-13"}, "", "出生年月"),
    ({"birth_date": "2030-01"}, "", "出生"),
    ({"years_in_field": "-3"}, "", "不能为负数"),
    ({"years_in_field": "五年"}, "", "不是数字"),
    ({"birth_date": "1988-06"}, "2026-02-30", "核对日期"),
    ({"competition_results": [["火星", "", "1", "2024", "", "x"]]}, "", "竞赛成绩第 1 行"),
    ({"awards": [["全国", "", "2020"]]}, "", "奖项第 1 行缺少"),
])
def test_selfcheck_bad_input_gives_an_inline_chinese_message(ctx, values, as_of, expected):
    html, _ = selfcheck_tab.run_selfcheck(ctx, Session(), form(**values), as_of)
    assert html.startswith('<div class="ga-box ga-error"') and expected in html
    assert "Traceback" not in html


def test_form_round_trips_the_contract_profile():
    profile = {"birth_date": "1985-03", "skill_level": "技师", "employment": "full_time", "union_member": True,
               "years_in_field": 12.0, "prior_titles": ["杭州工匠", "市级劳模"],
               "competition_results": [{"level": "provincial", "tier": "一类", "rank": 2, "year": 2024,
                                        "field": "浙江省数字经济行业职业技能竞赛", "type": "individual"}],
               "awards": [{"level": "national", "kind": "全国技术能手", "year": 2021}],
               "achievements": ["主导制定团体标准2项"]}
    assert form_to_profile(profile_to_form(profile)) == profile
    values = selfcheck_tab.prefill(Session(profile=dict(profile)))
    assert len(values) == len(FORM_FIELDS) and values[FORM_FIELDS.index("birth_date")] == "1985-03"


def test_number_cells_name_their_field_and_numerals_are_read():
    with pytest.raises(InputError, match="在杭州全职工作的年限“三年半”不是数字"):
        form_to_profile(form(years_full_time_in_hangzhou="三年半"))
    rows = [["省级", "", "第十二名", "二〇二四", "", "x"]]
    assert form_to_profile(form(competition_results=rows))["competition_results"][0].items() >= {"rank": 12, "year": 2024}.items()


def test_competition_rows_accept_chinese_labels():
    rows = [["全国", "", "第1名", "2025年", "团体", "全国数字经济技能大赛"], ["", "", "", "", "", ""]]
    assert form_to_profile(form(competition_results=rows))["competition_results"] == [
        {"level": "national", "tier": None, "rank": 1, "year": 2025, "field": "全国数字经济技能大赛", "type": "team"}]


# -- drafting ---------------------------------------------------------------------------------------------
DRAFT_VALUES = {"name": "张伟", "employer": "杭州某某科技有限公司", "occupation": "软件开发", "years_in_field": "8",
                "achievements": "主导制定团体标准2项\n攻克芯片封装良率难题，年节约成本500万元", "use_profile": True}


def test_make_draft_is_the_drafting_core_with_counter_and_clauses(ctx):
    from assistant.drafting import draft

    text, counter, checks, conditions, d, facts, session = draft_tab.make_draft(
        ctx, Session(), "hz_digital_craftsman_2026", DRAFT_VALUES)
    assert text == draft(facts, "hz_digital_craftsman_2026").text
    assert f'data-count="{d.char_count}" data-limit="300"' in counter and d.char_count <= 300
    assert "找不到依据" not in checks
    assert "hz_digital_craftsman_2026#二/(一)" in conditions
    assert session.facts["name"] == "张伟"
    counter2, checks2 = draft_tab.recount(text + "获得诺贝尔奖3次。", facts, d)
    assert f'data-count="{d.char_count + 9}"' in counter2 and "找不到依据" in checks2


def test_draft_without_achievements_or_with_bad_years_is_an_inline_message(ctx):
    out = draft_tab.make_draft(ctx, Session(), "hz_digital_craftsman_2026", {"name": "张伟"})
    assert out[0] == "" and "主要业绩" in out[2] and out[4] is None
    out = draft_tab.make_draft(ctx, Session(), "hz_digital_craftsman_2026", {**DRAFT_VALUES, "years_in_field": "-2"})
    assert "ga-error" in out[2] and "不能为负数" in out[2]


def test_docx_download_and_over_limit_refusal(ctx, tmp_path):
    text, _, _, _, d, facts, _ = draft_tab.make_draft(ctx, Session(), "hz_digital_craftsman_2026", DRAFT_VALUES)
    path = draft_tab.export_docx_file(facts, d, text, tmp_path)
    assert path.endswith(".docx") and "张伟" not in path  # issue 17: named after the form, not the person
    with zipfile.ZipFile(path) as docx:
        assert "张伟" in docx.read("word/document.xml").decode("utf-8")
    with pytest.raises(InputError, match="超过表格限制"):
        draft_tab.export_docx_file(facts, d, text + "字" * 400, tmp_path)
    with pytest.raises(InputError, match="请先起草"):
        draft_tab.export_docx_file(facts, None, text, tmp_path)


def test_batch_csv_gives_the_summary_sheet(tmp_path):
    csv_path = tmp_path / "名单.csv"
    csv_path.write_text("姓名,工作单位,主要业绩\n张伟,甲公司,主导制定团体标准2项\n李娜,乙公司,获发明专利3项\n",
                        encoding="utf-8")
    path, message = draft_tab.batch_sheet(str(csv_path), "hz_digital_craftsman_2023", tmp_path)
    assert path and path.endswith(".xlsx") and "2 人" in message
    bad = tmp_path / "bad.json"
    bad.write_text("{not json", encoding="utf-8")
    path, message = draft_tab.batch_sheet(str(bad), "hz_digital_craftsman_2023", tmp_path)
    assert path is None and "不是有效的 JSON" in message
    assert draft_tab.batch_sheet(None, "hz_digital_craftsman_2023")[0] is None


# -- eval -----------------------------------------------------------------------------------------------
def test_eval_page_runs_the_eval_core_with_progress_and_redacted_downloads(ctx, tmp_path):
    upload = tmp_path / "set.jsonl"
    lines = open(FIXTURE_EVAL, encoding="utf-8").read().splitlines()
    extra = {"id": "pii", "kind": "fact", "question": "我手机13812345678，第四届要求在杭工作几年？",
             "gold_clause_ids": ["hz_digital_craftsman_2026#二"]}
    upload.write_text("\n".join([*lines, json.dumps(extra, ensure_ascii=False)]), encoding="utf-8")
    seen = []
    summary, rows, files = eval_tab.run_eval_page(ctx, str(upload), lambda i, n: seen.append((i, n)))
    assert seen[-1] == (5, 5) and len(rows) == 5
    assert 'data-metric="pass_rate"' in summary
    assert {r[0] for r in rows} >= {"ui-fact-1", "ui-refuse-1", "pii"}
    assert all(r[2] in {"✓ 通过", "✗ 未通过"} for r in rows)
    for path in files:
        content = open(path, encoding="utf-8-sig").read()
        assert "13812345678" not in content and "[手机号已隐去]" in content
    assert json.load(open(files[0], encoding="utf-8"))["metrics"]["items"] == 5


def test_malformed_eval_upload_names_the_line(ctx, tmp_path):
    upload = tmp_path / "bad.jsonl"
    upload.write_text('{"id": "a", "question": "第四届要求几年？"}\n{"id": "b", "question": \n', encoding="utf-8")
    summary, rows, files = eval_tab.run_eval_page(ctx, str(upload))
    assert "第 2 行" in summary and rows == [] and files is None


# -- notices ----------------------------------------------------------------------------------------------
def test_notice_tree_clause_view_and_search(ctx, corpus):
    html = notices_tab.notice_outline(ctx, "zj_craftsman_2023")
    for clause in corpus.clauses("zj_craftsman_2023"):
        assert f'data-clause="{esc(clause.clause_id)}"' in html
    program, view = notices_tab.show_clause(ctx, "hz_digital_craftsman_2026#二/（三）")
    assert program == "hz_digital_craftsman_2026" and "hz_digital_craftsman_2026#二/(三)" in view
    with pytest.raises(NotFoundError):
        notices_tab.show_clause(ctx, "hz_digital_craftsman_2026#九/(九)")
    hits = notices_tab.search_notices(ctx, "在杭全职工作年限", "hz_digital_craftsman_2026")
    assert 'data-clause="hz_digital_craftsman_2026#' in hits
    assert "请输入" in notices_tab.search_notices(ctx, "  ")
    assert notices_tab.clause_from_query({"clause": " zj_craftsman_2023#三 "}) == "zj_craftsman_2023#三"
    assert notices_tab.clause_from_query({}) is None


# -- MCP tools and the app ---------------------------------------------------------------------------------
def test_tools_are_typed_documented_and_call_the_core(ctx):
    import typing

    from assistant.eligibility import check_all

    tools = {t.__name__: t for t in make_tools(ctx)}
    assert tuple(tools) == TOOL_NAMES
    for tool in tools.values():
        hints = typing.get_type_hints(tool)
        assert "return" in hints and len(hints) == tool.__code__.co_argcount + 1
        assert "Args:" in tool.__doc__ and any("\u4e00" <= ch <= "\u9fff" for ch in tool.__doc__.split("\n")[0])
    profile = {"birth_date": "1988-06", "skill_level": "高级技师"}
    assert tools["check_eligibility"](profile) == [v.to_json() for v in check_all(profile, as_of=None)]
    assert tools["check_eligibility"](profile, "hz_craftsman_2016")[0]["program"] == "hz_craftsman_2016"
    assert tools["get_clause"]("zj_craftsman_2023#三")["clause_id"] == "zj_craftsman_2023#三"
    assert tools["search_clauses"]("在杭全职工作年限", "", 3)
    assert tools["draft_statement"]({"achievements": ["主导制定团体标准2项"]}, "hz_craftsman_2016")["limit"] == 600
    with pytest.raises(InputError):
        tools["check_eligibility"](profile, "all", "2026-13-01")


def test_tools_return_what_the_cli_returns(ctx, corpus):
    from assistant.eligibility import check_json

    tools = {t.__name__: t for t in make_tools(ctx)}
    profile = {"birth_date": "1988-06", "skill_level": "高级技师"}
    assert tools["check_eligibility"](profile, "hz_craftsman_2016", "2026-11-21") == [
        check_json("hz_craftsman_2016", profile, "2026-11-21")]
    assert tools["check_eligibility"](profile, "", " ") == check_json("all", profile)  # blanks: all, today
    clause = tools["get_clause"]("zj_craftsman_2023#三")
    assert clause.items() >= corpus.clause("zj_craftsman_2023#三").to_json().items()  # `assistant clause --json`
    assert clause["notice_title"] == corpus.meta("zj_craftsman_2023").title


def test_app_builds_with_only_the_tools_public(ctx):
    from assistant.ui.app import QUEUE, build_app

    demo = build_app(ctx.settings, ctx.deps)
    public = sorted(fn.api_name for fn in demo.fns.values() if fn.api_visibility != "private")
    assert public == sorted(TOOL_NAMES)
    assert QUEUE["default_concurrency_limit"] >= 1 and QUEUE["max_size"] > 0
    assert demo.ctx.deps is ctx.deps


def test_a_question_before_the_retriever_is_warm_waits_with_a_loading_state(monkeypatch):
    """The app serves before the model is loaded: the turn shows 正在加载检索模型…, waits, then answers."""
    import threading

    from assistant.retrieval import hybrid
    from assistant.ui.context import LOADING

    release = threading.Event()
    loading = threading.Event()

    def slow_get_retriever(settings=None, **kwargs):
        loading.set()
        release.wait(10)
        return KeywordRetriever()

    monkeypatch.setattr(hybrid, "get_retriever", slow_get_retriever)
    settings = get_settings()
    ctx = make_context(settings, make_deps(settings))
    assert not ctx.ready
    ctx.warm_up()
    assert loading.wait(5) and not ctx.ready
    turn = chat_tab.chat_turn(ctx, "第四届杭州数字工匠要求在杭州全职工作几年？", None, None)
    first = next(turn)[0]
    assert "正在加载检索模型" in chat_tab.message_text(first[-1]) and chat_tab.message_text(first[-1]) == LOADING
    threading.Timer(0.2, release.set).start()
    history, *_rest = list(turn)[-1]
    assert ctx.ready and "正在加载" not in chat_tab.message_text(history[-1])
    assert "杭州" in chat_tab.message_text(history[-1])


def test_the_question_asked_back_offers_its_choices_as_quick_replies(ctx):
    """The buttons under the chat are the first asked-back question's options (and the second's when they share
    none and fit one row); a new chat takes them away."""
    session = Session()
    _frames, last = run_chat(ctx, "第四届数字工匠：我在滨江一家民企做云计算运维8年，技术岗普通员工", None, session)
    session = last[-1]
    assert session.asked_back, "an eligibility turn with facts missing asks something back"
    caption, options = chat_tab.quick_replies(session)
    first = next(q for q in session.asked_back if q.get("options"))
    assert caption.startswith(first["text"]) and options[:len(first["options"])] == list(first["options"])[:chat_tab.MAX_QUICK]
    assert "点选回答" in chat_tab.quick_caption(caption)
    # tapping a choice sends it as the reply: the asked field is filled and not asked again
    _frames, after = run_chat(ctx, options[0], last[0], session)
    assert first["field"] in after[-1].profile or first["field"] in after[-1].sources
    assert all(q["field"] != first["field"] for q in after[-1].asked_back)
    chat_tab.new_chat(ctx, session)
    assert chat_tab.quick_replies(session) == ("", [])


def test_a_factual_answer_offers_no_quick_replies(ctx):
    _frames, last = run_chat(ctx, "浙派工匠多久评选一次？", None, Session())
    assert chat_tab.quick_replies(last[-1]) == ("", [])
