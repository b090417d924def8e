"""How a candidate is put forward, asked as the way, as putting someone else forward, or as who hands in: the
notice's recommendation clause answers way by way.

"杭州工匠那个要本人去交材料吗 还是单位交" quoted the sentence on the truth of materials, and "能推他评杭州工匠吗？
走啥路子？" the form's deadline note; 杭州工匠 四 lists four ways (单位推荐, 社团推荐, 他人推荐, 个人自荐). A notice
whose recommendation clause lists no ways (第四届: quotas only) is answered the usual way, and a channel of
something else ("社会公示通过什么渠道发") is no ask of this kind.
"""

from __future__ import annotations

import pytest

from assistant.chat.rules.self_apply import asks_channel
from tests.chat_support import ask_cited

WAYS_2016 = ["hz_craftsman_2016#四/(一)", "hz_craftsman_2016#四/(二)", "hz_craftsman_2016#四/(三)", "hz_craftsman_2016#四/(四)"]


@pytest.mark.parametrize("text", [
    "杭州工匠那个要本人去交材料吗 还是单位交",
    "我跟他不是一个单位的，能推他评杭州工匠吗？走啥路子？",
    "杭州工匠通过什么渠道推荐",
])
def test_the_ways_answer(deps, text):
    _, ids = ask_cited(deps, text)
    assert ids == WAYS_2016


@pytest.mark.parametrize(("text", "asks"), [
    ("社会公示通过什么渠道发", False),
    ("首席技师通过什么渠道推荐", True),
    ("能帮别人报吗", True),
    ("走啥路子", False),  # the way alone names no putting forward; as one ask of such a message it does
])
def test_what_asks_the_way_of_putting_forward(text, asks):
    assert asks_channel(text) is asks


def test_a_clause_listing_no_ways_is_left_to_the_usual_answer(deps):
    _, ids = ask_cited(deps, "第四届数字工匠推荐表是单位报上去，还是我自己交")
    assert "hz_digital_craftsman_2026#三/(一)" not in ids
