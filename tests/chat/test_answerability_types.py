"""Answerability by the asked type (issue 14, this round): a sentence that names the thing asked about holds no
value of the asked kind — a form named in a handing-in sentence is no template of it, a 公示 span is no span of
the money — and a yes/no question's thing is read past a closing verb and past words that only point or soften.
Phrasings here are not the probe rows (eval/labels/qa_probe.jsonl qp-800…)."""

from __future__ import annotations

import pytest

from assistant.chat.rules.answer_types import classify
from assistant.chat.rules.form_templates import asks_template
from assistant.chat.rules.things import thing
from assistant.evaluation.qa import says_silent
from tests.chat_support import ask_cited


@pytest.mark.parametrize("question", [
    "第四届数字工匠的汇总表有没有模板",
    "第四届那个汇总表的样表哪里能下载",
    "突出贡献浙派工匠的申报表长什么样",
    "首席技师的认定推荐报告有现成的范本吗",
])
def test_a_form_the_notice_does_not_attach_has_no_template_there(deps, question):
    answer, cited = ask_cited(deps, question)
    first = answer.text.splitlines()[0]
    assert says_silent(first) and "模板" in first, answer.text
    assert not cited, cited


@pytest.mark.parametrize(("question", "clause"), [
    ("第四届数字工匠推荐表的模板在哪下载", "hz_digital_craftsman_2026#附件"),
    ("首席技师的汇总表有没有样表", "hz_chief_technician_2021#附件1"),
    ("首届杭州工匠的申报表格式是什么样的", "hz_craftsman_2016#附件"),
])
def test_an_attached_form_is_its_template(deps, question, clause):
    _, cited = ask_cited(deps, question)
    assert cited[:1] == [clause], cited


def test_a_field_format_is_not_a_template_question():
    # the form's own row answers "出生年月按什么格式填" (chat.rules.forms), not the whole attachment
    assert not asks_template("汇总表里出生年月按什么格式填")
    assert asks_template("汇总表格式是啥样的")


@pytest.mark.parametrize(("question", "words"), [
    # the last yes/no word closes the question with a verb of using the thing; the A-not-A word before it asks
    ("首席技师的推荐报告有没有现成的模板可以用", ("模板",)),
    ("杭州工匠申报表有没有范文能照着写", ("范文",)),
    # a place pointed at and a verb said twice to soften it are no part of the thing
    ("首席技师报上去以后还要问问公安那边的意见吗", ("公安", "意见")),
    ("浙派工匠要不要去看看人社厅这边的公示", ("人社厅", "公示")),
])
def test_the_thing_of_a_yes_no_question(question, words):
    found = thing(question)
    assert found is not None and all(w in found.words for w in words), found
    assert not any(w in found.words for w in ("那边", "这边", "问问", "看看", "可以", "照着")), found


def test_a_held_thing_is_answered_by_its_own_step_not_the_next(deps):
    # "推荐上去以后还要…吗" reads like a next-step question; the thing asked (公安, 意见) is the step's own sentence
    _, cited = ask_cited(deps, "浙派工匠报到市里以后还要问一下公安那头的意见吗")
    assert cited[:1] == ["zj_craftsman_2023#四/(二)/3"], cited


@pytest.mark.parametrize("question", ["浙派工匠那一万块多久能到手", "杭州工匠的奖金评上后多长时间发"])
def test_a_span_of_time_is_asked_of_the_money_not_its_amount(deps, question):
    assert classify(question).type == "count"
    answer, cited = ask_cited(deps, question)
    assert says_silent(answer.text.splitlines()[0]) and not cited, answer.text


def test_a_span_answers_only_where_it_spans_what_was_named(deps):
    # "公示时间不少于 5个工作日" is a span of 公示, not of getting the money
    answer, cited = ask_cited(deps, "突出贡献浙派工匠的证书评上以后多长时间能拿到")
    assert not any(c.startswith("zj_craftsman_2023#四/(") for c in cited), answer.text
    _, cited = ask_cited(deps, "浙派工匠单位里面公示要多长时间")
    assert cited[:1] == ["zj_craftsman_2023#四/(二)/1"], cited


@pytest.mark.parametrize(("question", "words"), [
    # a permission asked at the end is asked of the act said before it in the same clause
    ("第四届数字工匠推荐表上贴生活照可以吗", ("生活照",)),
    ("首席技师汇总表用手写的能行吗", ("手写",)),
])
def test_a_permission_is_asked_of_the_act_before_it(question, words):
    found = thing(question)
    assert found is not None and all(w in found.words for w in words), found


def test_a_permission_in_the_askers_own_case_is_left_to_the_rule_reader():
    assert thing("我兼职可以吗") is None


def test_a_permission_for_an_act_the_notice_never_names_is_silent(deps):
    answer, cited = ask_cited(deps, "首届杭州工匠申报表盖财务专用章可以吗")
    assert says_silent(answer.text.splitlines()[0]) and not cited, answer.text


def test_a_value_is_said_of_the_case_the_question_is_asked_in(deps):
    # 奖励办法's 证书、奖牌 are said of those 认定为杭州数字工匠; the case asked (提名奖) is named by the notice
    # elsewhere, never with a reward
    answer, cited = ask_cited(deps, "首届数字工匠要是最后只给了提名奖，证书奖牌还颁不颁")
    assert says_silent(answer.text.splitlines()[0]) and "提名奖" in answer.text.splitlines()[0], answer.text
    assert not cited, cited
    # a case the sentence does speak of still answers
    _, cited = ask_cited(deps, "如果是余杭区总工会，第四届数字工匠可以推几个")
    assert cited[:1] == ["hz_digital_craftsman_2026#三/(一)"], cited
