"""Comparisons and yes/no facts hold the asked fact (round twenty-two, cmp22).

- a comparison naming no attribute ("首席技师跟杭州工匠有什么区别") compares the honours' conditions, not whatever clause
  shares a word with it (the table's ``bare_difference``);
- a title held that is itself a compared programme ("已经评上杭州工匠的 两届数字工匠…说法一样吗") is no side: each
  edition asked about answers by its own rule on that title;
- an ask of the order of steps ("按什么顺序走的") is answered by the sentence listing the steps, which never says 顺序;
- a level said with 里 ("占区里的推荐名额吗") says whose the thing is, not a word the answering sentence must hold.
"""

from __future__ import annotations

import pytest

from assistant.chat.case.state import Session
from assistant.chat.comparison.compared_attribute import compared_attribute
from assistant.chat.rules.kind_asked import unnamed_kind
from assistant.chat.rules.things import thing
from assistant.chat.turn import respond


@pytest.mark.parametrize("question", ["首席技师跟杭州工匠有什么区别", "两届数字工匠到底差在哪", "杭州工匠和浙派工匠有啥不一样"])
def test_a_comparison_naming_no_attribute_compares_the_conditions(question):
    found = compared_attribute(question)
    assert found is not None and found.key == "conditions"


@pytest.mark.parametrize("question, key", [("杭州工匠和浙派工匠奖金有啥区别", "money"), ("杭州工匠和浙派工匠哪个好", None)])
def test_a_named_attribute_or_no_difference_word_is_left_as_it_was(question, key):
    found = compared_attribute(question)
    assert (found.key if found else None) == key


def test_the_conditions_lead_a_bare_difference(deps):
    text = respond(Session(), "首席技师跟杭州工匠有什么区别", deps).text
    assert "技师及以上" in text and "60周岁以下" in text


def test_a_held_title_that_is_a_compared_programme_is_no_side(deps):
    answer = respond(Session(), "已经评上杭州工匠的 两届数字工匠还能不能推 说法一样吗", deps)
    cited = {c.clause_id.split("#")[0] for c in answer.citations}
    assert cited == {"hz_digital_craftsman_2026", "hz_digital_craftsman_2023"}
    assert "不再重复推荐" in answer.text and "不予推荐" in answer.text


def test_an_order_of_steps_is_named_by_the_steps_listed():
    assert unnamed_kind("杭州工匠认定是按什么顺序走的", "按照资格审核、专家评审、社会公示、领导小组审定等四个环节进行。") is None


def test_the_order_asked_is_answered_by_the_listed_steps(deps):
    answer = respond(Session(), "杭州工匠认定是按什么顺序走的 先审还是先公示", deps)
    assert "资格审核、专家评审、社会公示、领导小组审定" in answer.text
    assert "没有写明" not in answer.text


def test_a_level_said_with_li_narrows_the_thing():
    found = thing("比赛第一直接认定的要占区里的推荐名额吗")
    assert found is not None and found.words == ("推荐名额",) and "区里" in found.about


def test_a_level_alone_stays_the_thing():
    found = thing("材料要报到市里吗")
    assert found is None or "市里" in found.words


def test_the_quota_rule_answers_an_ask_about_the_district_quota(deps):
    answer = respond(Session(), "第四届数字工匠 比赛第一直接认定的要占区里的推荐名额吗", deps)
    assert "不占推荐名额" in answer.text


def test_a_certificate_given_is_no_qualification_asked():
    from assistant.chat.rules.conditions import conditions_table

    rows = {row["key"]: row for row in conditions_table()["attribute"]}
    import re

    skill = re.compile(rows["skill"]["ask"])
    assert skill.search("浙派工匠要什么证书")
    assert not skill.search("浙派工匠是省政府发的证书吗") and not skill.search("评上了颁发证书吗")


def test_the_award_sentence_answers_who_gives_the_certificate(deps):
    answer = respond(Session(), "浙派工匠是省政府发的证书吗", deps)
    assert any(c.clause_id == "zj_craftsman_2023#五" for c in answer.citations)


@pytest.mark.parametrize("question", ["浙派公示期间提异议 能不能不留名字", "浙派工匠公示提意见可以匿名吗"])
def test_withholding_ones_name_is_answered_by_the_real_name_rule(deps, question):
    answer = respond(Session(), question, deps)
    assert "鼓励实名提出异议" in answer.text and "没有写明" not in answer.text


def test_a_programmes_short_name_narrows_no_unit(deps):
    from assistant.chat.rules.things import Thing, holding_units

    found = holding_units(deps.corpus, "zj_craftsman_2023", Thing(("实名",), "x", ("浙派", "异议")))
    assert [cid for cid, _ in found] == ["zj_craftsman_2023#六/(二)"]


def test_a_rule_negating_the_asked_thing_leads_with_no():
    from assistant.chat.rules.yes_no_lead import negated_lead

    quote = "符合条件可以直接认定为“杭州数字工匠”的有关竞赛个人第一名人员,在申报时不占推荐名额。"
    assert negated_lead("比赛第一直接认定的要占区里的推荐名额吗", thing("比赛第一直接认定的要占区里的推荐名额吗"), quote) == "不，在申报时不占推荐名额。"
    retired = "推荐对象面向基层和工作一线（含技能人才培养院校、教师），退休人员不作为推荐对象。"
    assert negated_lead("退休的能推荐吗", thing("退休的能推荐吗"), retired) == "不，退休人员不作为推荐对象。"


def test_a_waived_limit_or_a_plain_statement_gets_no_lead():
    from assistant.chat.rules.yes_no_lead import negated_lead

    waived = "拥有数字经济行业国家级等级资质证书，或获得过市、省、国家级科学技术类奖项，可不受工作年限的限制。"
    assert negated_lead("有国家级证书的能不受年限吗", thing("有国家级证书的能不受年限吗"), waived) is None
    assert negated_lead("杭州工匠非得是工会会员吗", thing("杭州工匠非得是工会会员吗"), "“杭州工匠”应具有中国国籍，必须是工会会员；") is None


def test_the_no_comes_first_in_the_answer(deps):
    first = respond(Session(), "第四届数字工匠 比赛第一直接认定的要占区里的推荐名额吗", deps).text.splitlines()[0]
    assert first.startswith("不，") and "不占推荐名额" in first


@pytest.mark.parametrize("question", ["区县总工会推第四届数字工匠有名额限制吗", "今年数字工匠，每个区县总工会能推荐多少个"])
def test_a_negation_of_another_act_or_a_content_ask_gets_no_lead(question):
    from assistant.chat.rules.yes_no_lead import negated_lead

    quote = "符合条件可以直接认定为“杭州数字工匠”的有关竞赛个人第一名人员,在申报时不占推荐名额。"
    assert negated_lead(question, thing(question), quote) is None
