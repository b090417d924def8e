"""Rows of notice_attributes.toml and conditions.toml read in everyday words: a certificate's level, a count that is
no ordinal, a minimum of years said as one to be served."""

from __future__ import annotations

import pytest

from assistant.chat.comparison.compared_attribute import attributes, compared_attribute, holds_attribute


@pytest.mark.parametrize("text", ["浙派工匠和首席技师 证要到什么级别 一样不", "两个对什么级别的证有要求"])
def test_a_certificates_level_in_everyday_words_is_the_skill_level(text):
    assert compared_attribute(text).key == "skill_level"


def test_an_ordinal_holds_no_quota():
    quota = next(a for a in attributes() if a.key == "quota")
    assert not holds_attribute(quota, "《中共杭州市委关于制定杭州市国民经济和社会发展第十三个五年规划的建议》")
    assert holds_attribute(quota, "在全市…优秀技术人才中认定30名“杭州工匠”")


@pytest.mark.parametrize("text", ["首席技师要在一线干满十年", "得做满八年", "需要工作满5年"])
def test_a_minimum_of_years_to_serve_is_a_stated_requirement(text):
    from assistant.chat.premise.rule_premise import _patterns

    requires, _, _ = _patterns()
    assert requires.search(text)


def test_a_years_bar_on_a_notice_setting_none_is_corrected(deps):
    from assistant.chat.answer import Citations
    from assistant.chat.premise.rule_premise import premise_on_conditions
    from assistant.chat.routing import route

    text = "我听说首席技师要在一线干满十年，是吧"
    line = premise_on_conditions(text, route(text), deps, Citations())
    assert line.startswith("不对") and "年限" in line.splitlines()[0]


@pytest.mark.parametrize("text", ["浙派和首届数字工匠 谁评的人多", "两届数字工匠 哪届报得多", "人数哪个少"])
def test_a_count_compared_in_everyday_words_is_the_quota(text):
    assert compared_attribute(text).key == "quota"


def test_how_often_it_is_held_holds_no_years():
    years = next(a for a in attributes() if a.key == "years")
    assert not holds_attribute(years, "每 5年评选一次，每次评选突出贡献浙派工匠 50名")
    assert holds_attribute(years, "原则上从事本职业（工种）5年以上")


def test_deadlines_compared_quote_each_notices_deadline_sentence(deps):
    from assistant.chat.case.state import Session
    from assistant.chat.turn import respond

    reply = respond(Session(), "首席技师、杭州工匠、第四届数字工匠 截止时间哪个最早", deps)
    cited = {c.clause_id for c in reply.citations}
    assert "hz_digital_craftsman_2026#五" in cited and "hz_digital_craftsman_2026#二" not in cited
    assert "hz_craftsman_2016#五" not in cited  # 认定工作于2017年4月底前完成: no deadline for handing in
