"""Where the unit moved to is where it is now ("我们单位搬去嘉兴了 我还在那边干"), unless the asker stayed behind
("没跟过去 换了家萧山的厂"). Found asking as a new user: the span "在杭州干了六年" said after it kept 杭州."""

from __future__ import annotations

import pytest

from tests.extract_support import check


@pytest.mark.parametrize(("text", "city"), [
    ("我们单位搬去嘉兴了 我还在那边干 做工业软件开发的 在杭州干了六年", "嘉兴"),
    ("单位二〇年迁到了湖州 我每天开车过去上班", "湖州"),
    ("厂前年整体迁到安吉 我没跟过去 换了家萧山的厂", "杭州"),
    ("我们公司去年从上海搬到杭州 我在这做开发", "杭州"),
])
def test_the_unit_is_where_it_moved(text, city):
    check(text, {"employer_city": city})
