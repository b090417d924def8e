"""Issue 13, items 1-2: a hands-on trade's master named alone is front-line work; a department of office work as
the current post is administrative."""

import pytest

from assistant.extract.jobs import office_department, role_of, trade_master


@pytest.mark.parametrize("text", ["发型师", "绣娘", "面点师", "我是个美发师", "干了多年的裱花师", "老木匠", "修表师傅"])
def test_a_trade_named_alone_is_front_line(text):
    assert trade_master(text)
    assert role_of(text) == "frontline_technical"


@pytest.mark.parametrize("text", ["会计师", "律师", "高级技师", "高级工程师", "设计师", "老板娘", "新娘", "教师"])
def test_office_masters_and_titles_are_not_trades(text):
    assert not trade_master(text)


@pytest.mark.parametrize("text", ["不过去年七月被调到市场部去做品牌推广了，现在一行代码都不写了", "后来去了人事部门", "调到市场部",
                                  "现在在厂里党办", "今年换到人力资源部了", "目前在工会办帮忙"])
def test_an_office_department_now_is_administrative(text):
    assert role_of(text) == "administrative"


@pytest.mark.parametrize("text", ["以前在市场部，后来又调回技术部写代码", "在市场部当经理", "人事部部长", "工会会员",
                                  "从财务部调到了生产车间开机床"])
def test_a_line_department_last_or_a_head_is_not_office_work(text):
    assert not office_department(text)


@pytest.mark.parametrize("text", ["我是绣娘，在杭州干了20年", "我是面点师，在西湖区一家酒店上班", "我是个发型师，在滨江开店十年了"])
def test_a_trade_named_in_a_message_is_read_as_front_line(text):
    from tests.extract_support import check

    check(text, {"role_type": "frontline_technical"})
