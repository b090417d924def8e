"""说不上/谈不上/算不上/称不上 deny the thing named before them, also with a closing 吧 ("会员算不上吧": an unsure
denial, not a question); 说不上来 is not knowing, no denial."""

from __future__ import annotations

import datetime as dt

import pytest

from assistant.extract import extract
from assistant.language.asking import asks
from assistant.language.classify import says_no_achievement

TODAY = dt.date(2026, 11, 21)


@pytest.mark.parametrize("text", [
    "技术革新说不上，就是日常保养设备",
    "攻关项目说不上 平时就是跑跑线",
    "标准制定称不上，参与过讨论而已",
])
def test_a_modest_denial_names_no_achievement(text):
    # nothing claimed: the kind named is denied (kept as said, so it closes that kind only), the rest is daily work
    said = extract(text, TODAY).profile.get("achievements") or []
    assert all(says_no_achievement(t) for t in said)


@pytest.mark.parametrize("text", ["工会会员算不上吧，我们那没工会", "会员谈不上吧 厂里没人管这个", "我算不上工会会员"])
def test_a_modest_denial_of_membership(text):
    assert extract(text, TODAY).profile.get("union_member") is False


@pytest.mark.parametrize("text", ["工会我说不上来，可能有吧", "会员这个说不上来"])
def test_not_knowing_is_no_denial(text):
    assert "union_member" not in extract(text, TODAY).profile


@pytest.mark.parametrize(("clause", "asking"), [("会员算不上吧", False), ("技改谈不上吧", False), ("能报吧", True)])
def test_a_closing_ba_after_a_modest_denial_does_not_ask(clause, asking):
    assert asks(clause) is asking
