"""Premises whose asserted value is of a type easy to misread (round qa24): a rule said as absolute against the
notice's 原则上/一般, a count of kinds (大类, 类) against the notice's, and a 团体/个人 qualifier hidden in a head count
or the asker's own view."""

from __future__ import annotations

import pytest

from assistant.chat.premise import claims, correction
from assistant.chat.premise.absolute import absolute_correction, says_absolute, without_margins

BARRED = ("机关工作人员和参照公务员法管理的事业单位工作人员以及担任事业单位、国有企业领导职务的人员,原则上不予推荐。")
YEARS = ("“杭州数字工匠”推荐对象原则上应为杭州市在职职工、工会会员,遵纪守法,从事数字经济行业工作一般在5年以上且在杭全职"
         "工作1年以上,目前仍在技术岗位上工作")
QUOTA = "各区、县（市）人力社保部门及市各有关主管部门推荐名额一般分别不超过 4 人，各类协会推荐名额一般分别不超过 2 人。"
KINDS = "数字经济产业分为数字产品制造业、数字产品服务业、数字技术应用业、数字要素驱动业、数字化效率提升业五大类。"
DIRECT = "2025年以来,参加全国、省、市数字经济行业职业技能竞赛获得个人第一名的人员,符合条件的可以直接认定为“杭州数字工匠”。"


@pytest.mark.parametrize("question, quote, said", [
    ("机关和参公事业单位的人一律不能推荐，一点口子都没有的吧", BARRED, "原则上不予推荐"),
    ("国企领导绝对不让报，没有例外对吧", BARRED, "原则上不予推荐"),
    ("从事数字经济满5年是硬杠杠，差一个月都不行吧", YEARS, "一般在5年以上"),  # the stretch with the premise's 5, not 会员's
    ("每个区人社部门最多推4个，硬性规定，多一个都不行吧", QUOTA, "一般分别不超过4人"),
])
def test_an_absolute_rule_is_corrected_by_the_qualified_stretch(question, quote, said):
    line = correction(question, quote) or ""
    assert line.startswith("不对") and said in line


@pytest.mark.parametrize("question, quote", [
    ("机关工作人员原则上不予推荐的吧", BARRED),  # the qualifier said: agrees
    ("机关的人一律不能推荐吧", "已获评“浙江工匠”、“杭州工匠”的不予推荐。"),  # no qualifier in the notice's rule
    ("数字经济产业一律分五大类吧", "推荐人数一般10-20名。"),  # the qualified stretch is about something else
])
def test_no_absolute_correction_without_a_qualified_stretch_on_the_same_rule(question, quote):
    assert absolute_correction(question, quote) is None


def test_a_margin_idiom_counts_nothing():
    assert says_absolute("多一个都不行吧") and not claims(without_margins("最多推4个，多一个都不行吧"))[1:]
    # the count the premise does assert is still checked
    assert (correction("每个区最多推5个，多一个都不行吧", QUOTA) or "").startswith("不对，通知写的不是5名，而是4名")


@pytest.mark.parametrize("question, start", [
    ("首届数字工匠方案里把数字经济产业分成三大类的吧", "不对，通知写的不是3类，而是5类"),
    ("数字经济产业一共就四类，对吧", "不对，通知写的不是4类，而是5类"),
    ("数字经济产业分五大类对吧", "是的"),
])
def test_a_count_of_kinds_is_checked(question, start):
    assert (correction(question, KINDS) or "").startswith(start)


@pytest.mark.parametrize("text", ["国家一类大赛前十名就算拔尖了是吧", "国家一类、二类竞赛都算吧", "我们做数据的归哪一类啊"])
def test_a_class_or_which_kind_is_no_count_of_kinds(text):
    assert not [u for _, u in claims(text) if u == "类"]


@pytest.mark.parametrize("question", [
    "我们三个人组队拿的团体第一，直接认定团体第一也认的，对吧？",
    "团体赛第一名的几个人都能认，是吧",
    "我个人觉得团体赛比个人赛还难，直接认定团体第一名也认的吧",
])
def test_a_team_placing_is_corrected_though_个人_is_said_of_something_else(question):
    assert (correction(question, DIRECT) or "").startswith("不对，通知写的是“个人”，不是“团体”")


def test_a_personal_placing_said_beside_a_head_count_is_no_contrast():
    line = correction("我们三个人一起参赛，我拿的是个人第一名，直接认定要的是个人第一名吧", DIRECT) or ""
    assert "不是“团体”" not in line and "不是“个人”" not in line


@pytest.mark.parametrize("text", ["我们都没有材料吧", "单位把材料统统往区人社一交就好了吧", "一点都不难吧"])
def test_plain_words_say_no_rule_is_absolute(text):
    assert not says_absolute(text)
