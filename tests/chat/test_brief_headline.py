"""The line that leads an eligibility answer: what decides it. An open direct path is a possible stronger
yes (one line of its own under 符合, never the headline while anything else is open), and a failed
alternative decides nothing while another alternative is met or open."""

from __future__ import annotations

import datetime as dt

import pytest
from eligibility_support import TODAY, run

from assistant.chat.answer import Citations
from assistant.chat.case.brief import first_screen, verdict_text
from assistant.notices.tree import load_corpus

P = "hz_digital_craftsman_2026"


SCI = [{"level": "provincial", "kind": "浙江省科学技术进步奖三等奖", "year": 2024}]  # 条件(三), a level the notice checks


def test_the_answer_adds_the_one_line():
    v = run(P, {"competition_results": None, "awards": SCI})
    text = verdict_text(load_corpus(), Citations(), [v], [], [], TODAY)
    screen = first_screen(text)
    assert "可直接认定" in screen and "无法判断是否直接认定" not in screen


def _headline(v) -> str:
    return verdict_text(load_corpus(), Citations(), [v], [], [], TODAY).splitlines()[0]


def test_open_title_question_leads_not_the_open_direct_path():
    v = run(P, {"competition_results": None, "prior_titles": None, "awards": SCI})
    assert v.verdict == "needs_review"
    assert "荣誉称号" in _headline(v) and "直接认定" not in _headline(v)


@pytest.mark.parametrize("result", [
    {"level": "world", "rank": 3, "year": 2015, "field": "世界技能大赛"},  # 条件4 open (type), 条件5 failed
    {"level": "national", "rank": 2, "year": 2012, "field": "全国职业技能大赛"},
    {"level": "provincial", "rank": 1, "year": 2014, "field": "浙江省职业技能大赛"},
])
def test_a_failed_alternative_is_not_the_headline_while_another_is_open(result):
    v = run("hz_craftsman_2016", {"competition_results": [result], "achievements": None})
    assert v.verdict == "needs_review"
    assert "条件5" not in _headline(v) and "不能满足" not in _headline(v)


@pytest.mark.parametrize("said", ["杭州工匠我能报吗", "你好，我想报数字工匠，我在滨江一家互联网公司做后端开发",
                                  "想问下浙派工匠，我在余姚一家模具厂，高级技师，一直一线",
                                  # the trade's count asked before the place's: the line names the count asked
                                  "第四届数字工匠 我在滨江一家公司做后端开发 会员 没评过工匠",
                                  "浙派工匠 我在宁波一家模具厂上班 全职 高级技师 一直一线"])
def test_an_open_verdict_names_the_point_it_asks_about(said):
    """A 需人工核实 headline said "未提供国籍" and the answer then asked about the union: it names the open point
    of the first question instead."""
    from assistant.chat.case.state import Session
    from assistant.chat.turn import make_deps, respond
    from tests.chat_support import KeywordRetriever

    answer = respond(Session(), said, make_deps(retriever=KeywordRetriever(), today=dt.date(2026, 11, 21)))
    lead = next(v for v in answer.verdicts if v.verdict == "needs_review")
    field = answer.questions[0]["field"]
    asked = next(r for r in lead.reasons if r.ok is None and field in r.missing)
    assert asked.message.rstrip("。") in answer.text.split("\n")[0]


@pytest.mark.parametrize(("profile", "named"), [
    ({"competition_results": None, "prior_titles": None}, "荣誉称号"),
    ({"competition_results": None, "union_member": None}, "工会"),
])
def test_an_open_direct_path_does_not_lead_while_another_point_is_open_even_when_asked(profile, named):
    """The direct path is only ever a stronger yes (docs/verdict-policy.md: it leads only when nothing else is
    open): a title not yet said can still make it 不符合, a union membership can still hold it at 需人工核实, so the
    line names them even when the question asked first is the competition result."""
    v = run(P, profile)
    asked = [{"field": "competition_results", "text": "…", "options": ["无"]}]
    line = verdict_text(load_corpus(), Citations(), [v], asked, [], TODAY).splitlines()[0]
    assert named in line and "直接认定" not in line


def test_a_second_question_the_screen_has_no_room_for_is_not_asked():
    from assistant.chat.case.brief import shown_questions

    two = [{"field": "union_member", "text": "您是工会会员吗？"}, {"field": "prior_titles", "text": "称号？"}]
    assert shown_questions("**x**\n**还需要您补充**：您是工会会员吗？\n另外：称号？", two) == two
    assert shown_questions("**x**\n**还需要您补充**：您是工会会员吗？", two) == two[:1]


@pytest.mark.parametrize("said", ["我做数据标注，干了快四年了，在杭州全职，第四届数字工匠能报吗",
                                  "第四届数字工匠：入行三年的数据库运维，一直在杭州上班"])
def test_a_years_shortfall_said_leads_before_the_points_not_yet_said(said):
    """"做数据标注，干了快四年了" led with 未说明荣誉称号: the years short of "一般在5年以上" (waived only by an award not
    yet said) hold 需人工核实 whatever the titles are, so the verdict line names them, short, and the asides
    ("资料所填…已折算到计算日") stay in the card."""
    from assistant.chat.case.state import Session
    from assistant.chat.turn import make_deps, respond
    from tests.chat_support import KeywordRetriever

    answer = respond(Session(), said, make_deps(retriever=KeywordRetriever(), today=dt.date(2026, 11, 21)))
    line = answer.text.split("\n")[0]
    assert "需要人工核实" in line and "不满 5 年" in line and "荣誉称号" not in line
    assert "折算" not in line and "折算" in answer.text


def test_a_screen_too_long_keeps_the_question_and_its_quick_replies_whole():
    """A direct-path answer about two programmes ran past the limit and the last resort cut its end: the quick
    replies ("（可直接回答：无）") were lost. The longest other line is cut short instead, its bold closed."""
    from assistant.chat.case.brief import FIRST_SCREEN, _fit_screen

    lines = ["**直接认定**看这一条：“" + "甲" * 80 + "”。", "您的情况：" + "乙" * 60 + "，**可以直接认定**。",
             "**第四届杭州数字工匠：可直接认定**", "注：" + "丙" * 50, "**首届杭州数字工匠：需要人工核实**",
             "**还需要您补充**：您获得过哪些奖项或荣誉？请写明级别和年份。（可直接回答：无）"]
    fitted = _fit_screen("\n".join(lines))
    assert len(fitted) <= FIRST_SCREEN - 2
    assert fitted.endswith(lines[-1]) and lines[2] in fitted and lines[4] in fitted
    assert all(line.count("**") % 2 == 0 for line in fitted.splitlines())


@pytest.mark.parametrize(("program", "changes"), [
    (P, {"years_full_time_in_hangzhou": 0.3, "hangzhou_full_time_start": None, "prior_titles": None,
         "union_member": None, "employer_city": "宁波"}),
    ("zj_craftsman_2023", {"employment": "retired", "years_full_time_in_zhejiang": None, "achievements": None}),
])
def test_under_not_eligible_only_what_else_fails_is_listed(program, changes):
    """"未提供在浙全职工作的年限" under "退休人员不作为推荐对象": no answer to an open point undoes a failed hard
    rule, so the lines under a 不符合 list only the other failures (the card keeps everything)."""
    v = run(program, changes)
    assert v.verdict == "not_eligible" and any(r.ok is None for r in v.reasons)
    text = verdict_text(load_corpus(), Citations(), [v], [], [], TODAY)
    bullets = [ln for ln in first_screen(text).splitlines() if ln.startswith("- ")]
    assert all(ln.startswith("- ✗") for ln in bullets), bullets
    assert "- ？" in text.split(first_screen(text), 1)[1]


def test_a_note_before_the_answer_does_not_cost_the_lead_its_reason():
    """An injection note ("提示：…这类指令不会被执行") put before the answer is fitted with it; the lead verdict line was
    then no longer the first line and lost its deciding reason ("**第四届杭州数字工匠：不符合条件**" alone)."""
    from assistant.chat.case.brief import FIRST_SCREEN, fit_first_screen

    lead = "**第四届杭州数字工匠：不符合条件**（本轮已截止）——已获“杭州数字工匠”称号，属于排除情形（二[1]）"
    text = "\n".join(["提示：" + "甲" * 60, "", lead, "注：" + "乙" * 50,
                      "**首届杭州数字工匠：需要人工核实**——" + "丙" * 40, "**可以考虑**：" + "丁" * 70,
                      "**还需要您补充**：您在杭州全职工作多少年了？（可直接回答：不到6年 / 6年以上）"])
    fitted = fit_first_screen(text)
    assert len(fitted) <= FIRST_SCREEN and lead in fitted
