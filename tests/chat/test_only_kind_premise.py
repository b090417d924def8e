"""A premise that a group is made of one kind only ("评委应该都是大学里的教授吧") is corrected when the notice lists the
group's members and names none of that kind; it was answered with the list and no "不对"."""

from __future__ import annotations

import pytest

from assistant.chat.premise import correction
from tests.chat_support import ask_cited

PANEL_2016 = "专家评审。建立由相关领域知名专家、行业协会、社会组织、网络媒体等方面人员组成的专家评审团队，对初审入围人员进行把关、审核；"


@pytest.mark.parametrize("question", ["评委应该都是大学里的教授吧", "专家全是退休的老干部吧", "评委都是阿里的专家吧"])
def test_an_only_kind_the_list_lacks_is_corrected(question):
    line = correction(question, PANEL_2016)
    assert line is not None and line.startswith("不对")


def test_an_only_kind_the_list_names_is_not(question="评委都是行业协会的吧"):
    line = correction(question, PANEL_2016)
    assert line is None or not line.startswith("不对，通知没有写都是")


def test_in_the_chat(deps):
    answer, _ = ask_cited(deps, "杭州工匠的专家评审，评委应该都是大学里的教授吧？我们这种干活的人怕讲不过他们")
    assert answer.text.startswith("不对")


@pytest.mark.parametrize("question", ["杭州工匠评审团里没有网络媒体的人吧", "专家评审团队应该不包括行业协会的代表吧？"])
def test_a_member_said_absent_that_the_list_names_is_corrected(question):
    line = correction(question, PANEL_2016)
    assert line is not None and line.startswith("不对") and "方面" in line


def test_a_member_said_absent_is_left_alone_when_the_list_is_of_requirements():
    # "在职职工、工会会员" lists what a candidate must be, not whom a body is made of
    quote = "“杭州数字工匠”推荐对象原则上应为杭州市在职职工、工会会员，自觉拥护党的路线方针政策"
    line = correction("我们厂没有工会的人，也能推的吧", quote)
    assert line is None or "方面" not in line


def test_a_member_said_absent_that_the_list_lacks_is_not_corrected_so():
    line = correction("评审团里没有企业老板参加吧", PANEL_2016)
    assert line is None or "方面" not in line
