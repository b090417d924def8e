"""Bad input at every door: chat, check, draft, search, the CLI and the UI callbacks.

Each input ends in a Chinese answer or a Chinese InputError that says what to do next; nothing raises
anything else, and whatever reaches HTML is escaped (a typed tag shows as text, never as markup).
"""

from __future__ import annotations

import json
import re

import pytest

from assistant.chat.case.state import Session
from assistant.chat.turn import respond
from assistant.cli import main
from assistant.drafting import draft
from assistant.eligibility import VERDICTS, check, check_all
from assistant.errors import AssistantError, InputError
from assistant.ui import chat_tab, draft_tab, eval_tab, notices_tab, selfcheck_tab
from assistant.ui.forms import blank_form

CJK = re.compile(r"[\u4e00-\u9fff]")
# A live tag, or an event handler inside a live tag. Escaped text (&lt;img onerror=…&gt;) is harmless.
MARKUP = re.compile(r"<\s*(script|img|svg|iframe|object|embed)\b|<[^<>]*\son\w+\s*=", re.IGNORECASE)

ATTACKS = (
    "<script>alert(1)</script>",
    '<img src=x onerror=alert(1)>',
    '"><svg onload=alert(1)>',
    "<iframe src=javascript:alert(1)></iframe>",
)
SQLISH = ("'; DROP TABLE users; --", "1 OR 1=1; SELECT * FROM profiles WHERE '1'='1", "admin'--")
BAD_TEXT = (
    "", "   ", "\n\t\u3000 \u00a0", "问" * 20_000, "😀" * 5_000, "ab" * 10_000,
    "我是Иван，ｱｲｳ，١٢٣ 😀🎉 مرحبا 能申报杭州工匠吗", "我１９８８年６月出生，干了１２年软件开发，能报第四届数字工匠吗",
    "\x00\x01\x02\x1b[31m", "\u202e\u200b\u200d\ufeff", "第四届\ud800要求几年", "\\n\\t%s%d{0}${x}",
    *SQLISH, *(a + "第四届要求在杭工作几年？" for a in ATTACKS),
)


def ids(values):
    return [repr(v[:24]) + (f"…({len(v)})" if len(v) > 24 else "") for v in values]


def chinese(message: str) -> bool:
    return bool(CJK.search(message or ""))


def assert_answer_ok(answer, corpus):
    assert answer.text and chinese(answer.text)
    for cite in answer.citations:
        assert corpus.has(cite.clause_id) and cite.quote in corpus.clause(cite.clause_id).text
    for v in answer.verdicts or ():
        assert v.verdict in VERDICTS


# -- chat ---------------------------------------------------------------------------------------------
@pytest.mark.parametrize("text", BAD_TEXT, ids=ids(BAD_TEXT))
def test_chat_answers_any_text_in_chinese(keyword_deps, corpus, text):
    session = Session()
    answer = respond(session, text, keyword_deps)
    assert_answer_ok(answer, corpus)
    if not text.strip():
        assert "请输入" in answer.text and session.history == []
    if len(text) > 2000:
        assert "2000 字" in answer.text  # says it read only the first part
    again = respond(session, "第四届杭州数字工匠要求在杭州全职工作几年？", keyword_deps)
    assert again.citations  # the session keeps working after the bad turn


@pytest.mark.parametrize(("text", "words"), [
    ("我2026年13月出生，能申报第四届杭州数字工匠吗？", "2026年13月"),
    ("我出生于2026-13，能报吗", "2026-13"),
    ("我2030年5月出生，能报第四届数字工匠吗", "今天之后"),
    ("我1988年2月30日出生，能报吗", "该月没有这一天"),
    ("我出生于-1988年，能报浙派工匠吗", "负数"),
    ("我干这行-5年了，能报首席技师吗", "负数"),
    ("我在杭州全职工作了999年，能报吗", "不合理"),
    ("我公元前200年出生，能申报浙派工匠吗", "公元前200年"),
    ("我0000年出生，能报吗", "不是合理的"),
])
def test_impossible_dates_and_years_are_named_not_used(keyword_deps, text, words):
    session = Session()
    answer = respond(session, text, keyword_deps)
    assert words in answer.text and "请核对" in answer.text
    assert "birth_date" not in session.profile or session.profile["birth_date"] < "2026-11"
    for field in ("years_in_field", "years_full_time_in_hangzhou"):
        assert 0 <= session.profile.get(field, 0) <= 60


def test_plausible_dates_get_no_warning(keyword_deps):
    for text in ("我1988年6月出生，2020-2025年在杭州全职工作，能报第四届数字工匠吗？", "88年出生，干了8年，负责3个项目",
                 "第四届的计算时间截至2026年3月31日吗？", "我１９８８年６月出生"):
        assert "请核对后再告诉我" not in respond(Session(), text, keyword_deps).text


@pytest.mark.parametrize(("text", "field"), [
    ("我今年30岁，1960年出生，能报浙派工匠吗", None),
    ("我在杭州全职工作了20年，但我今年才25岁，能报第四届数字工匠吗", "years_full_time_in_hangzhou"),
    ("我是工会会员，我不是工会会员，能报第四届数字工匠吗", "union_member"),
])
def test_contradictory_facts_are_asked_about_not_guessed(keyword_deps, text, field):
    session = Session()
    answer = respond(session, text, keyword_deps)
    assert "矛盾" in answer.text
    if field:
        assert field not in session.profile
    for v in answer.verdicts or ():
        assert v.verdict != "eligible"
        assert v == check(session.profile, v.program, as_of=keyword_deps.today)


# -- checker --------------------------------------------------------------------------------------------
BAD_PROFILES = [
    ({"birth_date": "2026-13"}, "birth_date"),
    ({"birth_date": "2030-01"}, "birth_date"),
    ({"birth_date": "-1988-01"}, "birth_date"),
    ({"birth_date": "<script>"}, "birth_date"),
    ({"years_in_field": -3}, "years_in_field"),
    ({"years_in_field": 1e9}, "years_in_field"),
    ({"years_full_time_in_hangzhou": "十年"}, "years_full_time_in_hangzhou"),
    ({"skill_level": "'; DROP TABLE x; --"}, "skill_level"),
    ({"competition_results": [{"level": "galactic", "rank": 1}]}, "competition_results"),
    ({"competition_results": [{"level": "national", "rank": -1}]}, "competition_results"),
    ({"awards": [{"level": "national", "kind": "全国技术能手", "year": -2020}]}, "awards"),
    ({"facts_as_of": "2026-02-30"}, "facts_as_of"),
]


@pytest.mark.parametrize(("profile", "field"), BAD_PROFILES, ids=[json.dumps(p, ensure_ascii=False)[:40] for p, _ in BAD_PROFILES])
def test_checker_rejects_impossible_profiles_with_a_chinese_message(profile, field):
    with pytest.raises(InputError) as err:
        check_all(profile)
    assert chinese(err.value.message)
    assert (err.value.field or "").split(".")[0].split("[")[0] == field


@pytest.mark.parametrize("text", [t for t in BAD_TEXT if t.strip()][:12], ids=ids([t for t in BAD_TEXT if t.strip()][:12]))
def test_checker_takes_any_free_text_field(corpus, text):
    profile = {"occupation": text, "achievements": [text, "主导制定团体标准2项"], "trained_apprentices": text,
               "employer_city": text, "prior_titles": [text]}
    try:
        verdicts = check_all(profile)
    except InputError as exc:  # issue 17: a field over its size limit is refused with a message naming it
        assert len(text) > 200 and chinese(exc.message) and exc.field
        return
    for v in verdicts:
        assert v.verdict in VERDICTS
        for r in v.to_json()["reasons"]:
            assert r["quote"] in corpus.clause(r["clause_id"]).text


def run_cli(capsys, *args):
    with pytest.raises(SystemExit) as info:
        main(list(args))
    out = capsys.readouterr().out
    return info.value.code, out


@pytest.mark.parametrize(("profile", "field"), BAD_PROFILES[:6], ids=[p[1] + str(i) for i, p in enumerate(BAD_PROFILES[:6])])
def test_cli_check_exits_2_with_chinese_json(capsys, tmp_path, profile, field):
    path = tmp_path / "me.json"
    path.write_text(json.dumps(profile, ensure_ascii=False), encoding="utf-8")
    code, out = run_cli(capsys, "check", "--program", "all", "--profile", str(path), "--json")
    doc = json.loads(out)
    assert code == 2 and chinese(doc["error"]) and "Traceback" not in out


@pytest.mark.parametrize("content", ["", "   ", "{", "[1, 2]", '"just a string"', "null", "\ufeff{}"])
def test_cli_check_with_a_broken_profile_file(capsys, tmp_path, content):
    path = tmp_path / "me.json"
    path.write_text(content, encoding="utf-8")
    code, out = run_cli(capsys, "check", "--program", "hz_craftsman_2016", "--profile", str(path), "--json")
    doc = json.loads(out)
    if code == 0:  # an empty object is a valid (empty) profile
        assert doc["verdict"] == "needs_review"
    else:
        assert code == 2 and chinese(doc["error"])


@pytest.mark.parametrize("text", ["", "   ", "问" * 20_000, *SQLISH, ATTACKS[0], "😀🎉 ｱｲｳ"])
def test_cli_ask_never_traces(capsys, text, monkeypatch):
    import assistant.chat.turn as chat
    from tests.chat_support import KeywordRetriever

    real_make_deps = chat.make_deps
    monkeypatch.setattr(chat, "make_deps", lambda *a, **k: real_make_deps(*a, retriever=KeywordRetriever(), **k))
    code, out = run_cli(capsys, "ask", text, "--json")
    doc = json.loads(out)
    assert code == 0 and chinese(doc["answer"])


# -- drafting ---------------------------------------------------------------------------------------------
@pytest.mark.parametrize("text", [t for t in BAD_TEXT if t.strip()], ids=ids([t for t in BAD_TEXT if t.strip()]))
def test_draft_takes_any_text_or_says_what_is_missing(text):
    facts = {"name": text[:50], "employer": text[:80], "achievements": [text]}
    try:
        d = draft(facts, "hz_digital_craftsman_2026")
    except InputError as exc:
        assert chinese(exc.message) and exc.field.split("[")[0] == "achievements"  # [0]: the item over its limit
        return
    assert d.char_count <= d.limit == 300


@pytest.mark.parametrize("program", ["", "hz_craftsman_2099", "'; DROP TABLE x; --", "<script>"])
def test_draft_for_an_unknown_program(program):
    with pytest.raises(InputError) as err:
        draft({"achievements": ["主导制定团体标准2项"]}, program)
    assert chinese(err.value.message)


# -- search -----------------------------------------------------------------------------------------------
@pytest.mark.parametrize("text", BAD_TEXT, ids=ids(BAD_TEXT))
def test_search_takes_any_query_or_says_why_not(real_retriever, corpus, text):
    try:
        hits = real_retriever.search(text, None, 5)
    except InputError as exc:
        assert chinese(exc.message) and exc.field == "query"
        assert not text.strip() or len(text.strip()) > 2000
        return
    for hit in hits:
        assert hit.text in corpus.clause(hit.clause_id).text


@pytest.mark.parametrize("text", BAD_TEXT[6:], ids=ids(BAD_TEXT[6:]))
def test_chat_with_real_retrieval_takes_any_text(real_deps, corpus, text):
    assert_answer_ok(respond(Session(), text, real_deps), corpus)


# -- UI callbacks: Chinese messages, escaped HTML -----------------------------------------------------------
def assert_escaped(html: str) -> None:
    assert not MARKUP.search(html or ""), html[:400]
    assert "Traceback" not in (html or "")


@pytest.mark.parametrize("text", BAD_TEXT, ids=ids(BAD_TEXT))
def test_chat_callback_shows_text_as_text(ui_ctx, text):
    frames = list(chat_tab.chat_turn(ui_ctx, text, None, None))
    history, box, sources, cards, badge, session = frames[-1]
    for message in history:
        assert_escaped(message["content"])
    for html in (sources, cards, badge):
        assert_escaped(html)
    if text.strip():
        assert chat_tab.message_text(history[0]) == text.strip()
    else:
        assert history == []


@pytest.mark.parametrize("attack", ATTACKS + SQLISH)
def test_feedback_on_a_hostile_message_is_stored_as_text(ui_ctx, attack):
    history, *_rest, session = list(chat_tab.chat_turn(ui_ctx, attack + "第四届要求在杭工作几年？", None, None))[-1]
    record = chat_tab.record_feedback(ui_ctx, history, session, 1, True)
    assert record["question"].startswith(attack)
    line = ui_ctx.feedback_path.read_text(encoding="utf-8").splitlines()[-1]
    assert json.loads(line)["question"] == record["question"]


def test_feedback_on_a_lone_surrogate_does_not_crash(ui_ctx):
    history, *_rest, session = list(chat_tab.chat_turn(ui_ctx, "第四届\ud800要求几年", None, None))[-1]
    chat_tab.record_feedback(ui_ctx, history, session, 1, False)
    assert ui_ctx.feedback_path.read_text(encoding="utf-8")


@pytest.mark.parametrize("attack", ATTACKS + SQLISH)
def test_selfcheck_echoes_hostile_fields_escaped(ui_ctx, attack):
    for values in ({"birth_date": attack}, {"occupation": attack, "birth_date": "1988-06"},
                   {"achievements": attack, "skill_level": "技师"}, {"years_in_field": attack},
                   {"prior_titles": attack, "birth_date": "1988-06"}):
        form = {**blank_form(), **values}
        html, _ = selfcheck_tab.run_selfcheck(ui_ctx, Session(), form, attack if "birth_date" in values else "")
        assert_escaped(html)
        assert chinese(html)


@pytest.mark.parametrize("values", [
    {"birth_date": "2026-13"}, {"birth_date": "2999-01"}, {"birth_date": "0000-00"}, {"years_in_field": "-1"},
    {"years_in_field": "1e308"}, {"years_full_time_in_hangzhou": "９９９"}, {"birth_date": "１９８８－０６"},
])
def test_selfcheck_impossible_values_are_inline_chinese_messages(ui_ctx, values):
    html, _ = selfcheck_tab.run_selfcheck(ui_ctx, Session(), {**blank_form(), **values}, "")
    assert chinese(html) and "Traceback" not in html
    assert_escaped(html)


@pytest.mark.parametrize("attack", ATTACKS + SQLISH)
def test_draft_callback_escapes_hostile_facts(ui_ctx, attack):
    values = {"name": attack, "employer": attack, "achievements": f"{attack}\n主导制定团体标准2项", "use_profile": True}
    text, counter, checks, conditions, d, facts, session = draft_tab.make_draft(
        ui_ctx, Session(), "hz_digital_craftsman_2026", values)
    for html in (counter, checks, conditions):
        assert_escaped(html)
    counter2, checks2 = draft_tab.recount(text + attack, facts, d)
    assert_escaped(counter2) and assert_escaped(checks2)
    bad = draft_tab.make_draft(ui_ctx, Session(), attack, values)
    assert_escaped(bad[2]) and chinese(bad[2])


@pytest.mark.parametrize("text", BAD_TEXT[:12], ids=ids(BAD_TEXT[:12]))
def test_notice_search_and_clause_view_callbacks(ui_ctx, text):
    try:
        html = notices_tab.search_notices(ui_ctx, text, None)
    except InputError as exc:
        assert chinese(exc.message)
    else:
        assert_escaped(html)
    with pytest.raises(AssistantError) as err:
        notices_tab.show_clause(ui_ctx, text or " ")
    assert chinese(err.value.message)


def test_eval_upload_with_hostile_name_and_content(ui_ctx, tmp_path):
    attack = ATTACKS[1]
    upload = tmp_path / f"{attack}.jsonl"
    upload.write_text(json.dumps({"id": attack, "question": attack + "第四届要求在杭工作几年？"}, ensure_ascii=False),
                      encoding="utf-8")
    summary, rows, files = eval_tab.run_eval_page(ui_ctx, str(upload))
    assert_escaped(summary) and rows and files
    for content in ("", "\n\n", "not json", '{"id": 1}', '{"question": ""}', "[]"):
        upload.write_text(content, encoding="utf-8")
        summary, rows, files = eval_tab.run_eval_page(ui_ctx, str(upload))
        assert chinese(summary) and rows == [] and files is None
