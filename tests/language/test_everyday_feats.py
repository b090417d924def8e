"""Issue #12, the matcher's word families for achievements said in everyday words, and for the near misses that
share their words: a feat shown by doing without the tool others need or by no one matching it, being sought out by
name, a device one made, one's patent or recipe sold to a maker, another body's technique brought to a place; and
the organisation named by where the speaker is, a tool used for the post's work, an office matter improved.
Phrasings not in any eval row, table or probe."""

from __future__ import annotations

import pytest

from assistant.language import classify
from assistant.language.agency import led, the_units
from assistant.language.lexicon import competition_pattern, lexicon_hits, ruled_out, unshown
from tests.language_support import kinds


@pytest.mark.parametrize("text", [
    "贴瓷砖不用水平仪，贴完拿靠尺一量平平整整",
    "裁皮料不看图纸，剪刀下去就是版型",
    "论拆快递车的刹车片，全站点没谁赶得上我",
    "整个菜场杀鱼没人比得过我，一分钟三条",
])
def test_a_feat_said_without_the_tool_or_against_everyone_is_shown_and_said(text):
    assert "knack" not in unshown(text)
    assert classify.said_clauses(text) == [c.text for c in classify.clauses(text)]  # no clause read as denied


def test_a_denial_of_a_tool_is_still_a_denial_elsewhere():
    assert classify.said_clauses("没有用过数控机床") == []


@pytest.mark.parametrize("text", ["几家酒楼都指名要我去做寿宴", "老客户点名让我给他们修表"])
def test_sought_out_by_name(text):
    assert "knack" in kinds(text)


def test_a_daily_count_alone_is_no_feat():
    assert "knack" in unshown("开叉车一天能运三百多托货")
    assert "knack" not in unshown("开叉车一天能运三百多托货，库里没人比我多")


@pytest.mark.parametrize("text", ["在搅拌机出料口装了一套自动清料装置", "给钻床焊了个快速定位夹具"])
def test_a_device_one_made_is_innovation(text):
    assert "innovation" in kinds(text)


def test_a_device_the_company_fitted_is_not_the_speakers():
    assert "innovation" not in kinds("公司给每条流水线装了一套除尘装置")


@pytest.mark.parametrize("text", ["我的专利让一家阀门厂买断了，已经在生产", "自己调的酱料秘方卖给了一家调味品公司"])
def test_ones_patent_or_recipe_sold_to_a_maker_is_transfer(text):
    assert "transfer" in kinds(text)


def test_a_product_sold_is_no_transfer():
    assert "transfer" not in kinds("做的糕点卖给了周边好几家超市")


def test_another_bodys_technique_brought_to_the_works_is_transfer():
    text = "把研究院的防腐涂层工艺用到了我们码头的钢桩上"
    assert led(text) and "transfer" in kinds(text)


@pytest.mark.parametrize("clauses", [
    ["我所在的检测中心有二十多项专利"],
    ["所在项目部拿过省科学技术进步奖"],
    ["本人所在班组被评为全国工人先锋号"],
])
def test_the_organisation_named_by_where_the_speaker_is(clauses):
    assert the_units(clauses) == {0}
    assert not kinds("，".join(clauses))


def test_where_the_speaker_is_does_not_take_their_own_deed():
    assert the_units(["我所在的车间里我带出了三个技师"]) == set()


def test_the_teams_deed_with_a_chore_as_ones_part():
    assert not kinds("我所在的课题组研发了一套智能配药系统，我负责写周报")


@pytest.mark.parametrize("text", ["用ERP系统录每天的出入库", "平时拿全站仪测基坑沉降"])
def test_a_tool_used_for_the_posts_work_makes_nothing(text):
    assert {"digital", "innovation"} <= ruled_out(text) and not kinds(text)


def test_a_tool_used_to_make_something_is_made():
    assert "ai_agent" in kinds("用大模型搭了一个工单分派智能体")


@pytest.mark.parametrize("text", ["把审批流程优化了一遍，少跑两个科室", "调整了工资结构，加班费算得更清楚"])
def test_an_office_matter_improved_is_no_innovation(text):
    assert "innovation" in ruled_out(text) and "innovation" not in lexicon_hits(text)


def test_a_process_of_the_craft_improved_is_still_innovation():
    assert "innovation" in kinds("把热处理的工艺优化了，零件变形少了一半")


@pytest.mark.parametrize("text", ["岗位练兵拿了第二", "参加过车间的技能比拼", "去年打擂台赢过一回"])
def test_a_posts_drills_and_contests_are_competitions(text):
    import re

    assert re.search(competition_pattern(), text)


@pytest.mark.parametrize("text", ["拿AI助手回复客户的邮件", "平时用智能体查政策文件"])
def test_a_ready_made_assistant_used_is_no_agent_built(text):
    assert "ai_agent" in ruled_out(text) and "ai_agent" not in kinds(text)


def test_an_assistant_used_to_build_one_is_built():
    assert "ai_agent" in kinds("拿大模型做了一个排产智能体")


@pytest.mark.parametrize("text", ["在软件公司跑销售，卖智能客服系统", "给工厂推销数字化车间的改造方案"])
def test_selling_what_others_make(text):
    assert not {"ai_agent", "digital"} & kinds(text)


def test_a_product_one_made_that_sells_is_still_made():
    assert "transfer" in kinds("把自己研发的涂层技术做成了能卖的产品")


@pytest.mark.parametrize("text", ["退休以后业余时间学学木雕", "有空就弄弄竹编，算是个爱好"])
def test_a_craft_taken_up_as_a_pastime(text):
    assert "craft" not in kinds(text)


@pytest.mark.parametrize("text", ["负责科技成果转化项目的报账", "负责智能工厂改造项目的档案"])
def test_a_projects_chore_as_the_head_of_the_clause(text):
    assert not led(text) and not kinds(text)


@pytest.mark.parametrize("text", ["我们医院研发了一套智能导诊系统", "我们厂前年攻克了铸件缩孔的难题", "去年我们集团牵头起草了一项团体标准"])
def test_the_organisations_deed_is_not_the_speakers(text):
    assert the_units([text]) == {0} and not kinds(text)


@pytest.mark.parametrize("text", ["我们团队研发了一套智能导诊系统", "我们医院研发了一套智能导诊系统，我是主要设计者",
                                  "我们部门牵头编写的巡检规范成了行业标准"])
def test_a_team_the_speakers_part_or_what_the_clause_is_about_stay(text):
    assert kinds(text)
