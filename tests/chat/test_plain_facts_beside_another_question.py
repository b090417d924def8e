"""Basic facts said in plain words, or as a reply to another question than the one asked (facts24): "工会的" alone
is the union's yes; a reply whose only negation is 不 of another verb ("干活的 不管人", "不带人") tells the post and
is no "none" to the titles asked (a false none would let 不再重复推荐 pass); 党员 and 干活的 name no occupation."""

from __future__ import annotations

import datetime as dt

import pytest

from assistant.chat.case.replies import read_reply
from tests.chat_support import talk
from tests.extract_support import ABSENT, check

TODAY = dt.date(2026, 11, 21)
CHIEF = "hz_chief_technician_2021"


@pytest.mark.parametrize("reply", ["不管人", "干活的 不管人", "技术工人 不带人", "不上机", "不是领导"])
def test_a_no_of_another_verb_is_no_none_of_titles(reply):
    assert "prior_titles" not in read_reply("prior_titles", reply, TODAY)
    assert "competition_results" not in read_reply("competition_results", reply, TODAY)


@pytest.mark.parametrize("reply", ["没评过", "无", "啥也没有", "一个都冇", "攻关也谈不上"])
def test_a_none_of_having_still_answers_the_list(reply):
    assert read_reply("prior_titles", reply, TODAY) == {"prior_titles": []}


def test_a_no_of_the_post_leaves_the_titles_asked(deps):
    session, answers = talk(deps, "21年首席技师能报吗 我是高级技师 在余杭一家机械厂", "干活的 不管人 天天在车间",
                            "2020年杭州市职业技能大赛钳工一类个人第一名")
    assert "prior_titles" not in session.profile
    assert next(v.verdict for v in answers[-1].verdicts if v.program == CHIEF) == "needs_review"


@pytest.mark.parametrize("said", ["工会的 中国人", "工会的", "我也是工会的"])
def test_the_union_said_as_of_its_people(said):
    check(said, {"union_member": True})


@pytest.mark.parametrize("said", ["我是党员 也是工会的", "我是老党员了 工会也入了", "就是车间里干活的"])
def test_a_standing_or_the_work_itself_is_no_occupation(said):
    check(said, {"occupation": ABSENT})


@pytest.mark.parametrize("said", ["工会里有名字", "工会名单上有我的名字", "在工会 中国人", "我也在工会里"])
def test_the_union_said_as_ones_name_on_its_roll(said):
    check(said, {"union_member": True})


def test_working_for_the_union_is_no_membership():
    check("我在工会上班", {"union_member": ABSENT})


@pytest.mark.parametrize("reply", ["没退 还在干", "还没退休 天天上班", "没辞职 还在公司"])
def test_a_no_of_leaving_is_no_none_of_titles(reply):
    from assistant.chat.case.pending_answers import none_of_another

    assert none_of_another(reply)
