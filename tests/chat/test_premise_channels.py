"""A channel premise is denied only by a stretch of the quote saying how things are handed in (chat/premise/channels.py)."""

from __future__ import annotations

import pytest

from assistant.chat.premise import correction

PUBLISHED = ("（一）遴选通知。由省人力社保厅部署通知，明确突出贡献浙派工匠和培育突出贡献单位推荐范围、条件以及申报推荐工作要求等，"
             "并通过省人力社保厅门户网站和微信公众号等向社会公示。")


@pytest.mark.parametrize("question", ["浙派工匠推荐表是发邮件给省人社厅的吧", "浙派工匠材料是寄给省人社厅的对吧",
                                      "浙派工匠是在网上报名的吧"])
def test_a_notice_published_on_a_website_is_no_channel_for_papers(question):
    verdict = correction(question, PUBLISHED)
    assert not (verdict or "").startswith("不对")


@pytest.mark.parametrize(("question", "quote"), [
    ("第四届数字工匠材料是寄到市人社局的吧", "请各推荐单位于4月10日前将推荐表等按要求报送至市总工会经济工作部"),
    ("首席技师材料是交到市总工会的吧", "报市人力社保局。"),
    ("首席技师报材料只要电子版就行吧？", "以上材料均需纸质材料和电子文档各一份。"),
])
def test_a_stretch_saying_where_things_go_still_corrects(question, quote):
    assert (correction(question, quote) or "").startswith("不对")


# A step of the route said to be skippable ("不用走单位", "不需要经过协会"), or a hand-in said as the asker's own
# ("个人直接交", "自己单独报"), is wrong where the route sentence goes through that step.
ROUTE_UNIT = "请各推荐单位于4月10日前将推荐表等按要求报送至市总工会经济工作部"
ROUTE_GUILD = "自由职业者应通过相应的行业协会组织进行推荐。行业协会在进行推荐时，应对佐证材料的原件进行校验"
ROUTE_CITY = "推荐工作由各市人力社保部门、省直有关单位和中央部属在浙有关单位负责，按照推荐名额和推荐评选条件，自下而上逐级审核推荐。"


@pytest.mark.parametrize(("question", "quote", "step"), [
    ("第四届材料我个人直接交市总工会，不需要经过单位吧", ROUTE_UNIT, "单位"),
    ("我自己单独寄过去就行了对吧", ROUTE_UNIT, "单位"),
    ("用不着公司推荐，自己报就可以吧", ROUTE_UNIT, "单位"),
    ("自由职业的不通过协会也能报吧", ROUTE_GUILD, "行业协会"),
    ("个体户绕开行业协会自己申报没问题吧", ROUTE_GUILD, "行业协会"),
    ("浙派工匠跳过市里直接报省里就行吧", ROUTE_CITY, "市里"),
])
def test_a_skipped_step_of_the_route_is_corrected(question, quote, step):
    verdict = correction(question, quote) or ""
    assert verdict.startswith("不对") and step in verdict, verdict


@pytest.mark.parametrize(("question", "quote"), [
    ("推荐表不用单位盖章吧", ROUTE_UNIT),  # a seal waived, not a step skipped (waived_item)
    ("个人直接交，不用经过协会吧", ROUTE_UNIT),  # the route names no association
    ("个人可以通过协作网自荐吧", "个人可通过市总工会职工技术协作网“杭州工匠”专栏自荐报名。"),
])
def test_no_skipped_step_the_route_names_no_correction(question, quote):
    assert not (correction(question, quote) or "").startswith("不对，按通知规定要经过")


@pytest.mark.parametrize("question", ["杭州工匠自荐要跑到区总工会窗口填表的吧", "个人自荐得去大厅当面交的吧"])
def test_in_person_is_another_channel_than_a_website(question):
    quote = "个人可通过市总工会职工技术协作网“杭州工匠”专栏（http://www.hzzgjx.org/）自荐报名。"
    assert (correction(question, quote) or "").startswith("不对")


@pytest.mark.parametrize(("question", "item"), [
    ("电子版我们已经发过去了，纸质的就不寄了吧", "纸质"),  # 不 before a verb of handing in waives the paper
    ("复印件就不附了，原件带过去给他们看一下行吗", "复印件"),
    ("原件交不交", None),  # asked either way, nothing waived
    ("原件提供不提供都行吧", None),
])
def test_a_paper_said_not_handed_in_is_waived(question, item):
    from assistant.chat.premise import waived_item

    assert waived_item(question) == item


def test_a_paper_not_sent_is_corrected_when_the_notice_wants_both():
    quote = "以上材料均需纸质材料和电子文档各一份。"
    line = correction("邮件已经发了，纸质的就不寄了，这样可以吧", quote) or ""
    assert line.startswith("不对") and "纸质" in line


@pytest.mark.parametrize("question", ["我们打算打印出来送过去，网上报的听说不算，对吧", "网站上自荐是无效的吧，得找单位"])
def test_a_form_said_refused_that_the_notice_names_is_corrected(question):
    quote = "个人可通过市总工会职工技术协作网“杭州工匠”专栏（http://www.hzzgjx.org/）自荐报名。"
    line = correction(question, quote) or ""
    assert line.startswith("不对") and "网上" in line


@pytest.mark.parametrize("question", ["电子版要不要另外发一份", "邮寄的算不算数"])
def test_a_form_asked_either_way_is_not_refused(question):
    from assistant.chat.premise.channels import _refused_forms

    assert _refused_forms(question) == set()


def test_who_the_asker_is_is_no_route_for_the_papers():
    # 上城区人社局 is the asker; 市总工会 is the route said, and the notice's is 市人力社保局
    line = correction("我们是上城区人社局的，首席技师的材料是交到市总工会那边的吧", "报市人力社保局。") or ""
    assert line.startswith("不对")
    # nor is the asker's level (区) a level said of the body the papers go to
    line = correction("我们是西湖区总工会的，材料报到市总工会经济工作部就行吧", "报送至市总工会经济工作部") or ""
    assert not line.startswith("不对")
