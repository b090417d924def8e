"""The asker's own case is read in one place (chat/rules/own_case.py) for every reading that needs it."""

import pytest

from assistant.chat.rules.own_case import asker_is, opens_with_self, speaks_of_self, tells_own_case


@pytest.mark.parametrize(("text", "expected"), [
    ("我们是市里的产业工会，第四届也能推6个吧", "市里的产业工会"),
    ("咱们这边是滨江区总工会", "滨江区总工会"),
    ("本单位属于省属国企", "省属国企"),
    ("第四届区县总工会能推几个", None),
])
def test_what_the_asker_says_they_are(text, expected):
    assert asker_is(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("我在技师学院当老师，能报吗", True),
    ("俺已经干了十五年木雕", True),
    ("本人今年54岁", True),
    ("自由职业者可以申请吗", False),
    ("推荐表里的主要事迹写多少字", False),
])
def test_a_self_description(text, expected):
    assert tells_own_case(text) is expected


def test_the_stretch_and_the_words_before_an_ask():
    assert opens_with_self("我在商场卖家电，") and opens_with_self(" 咱厂里")
    assert not opens_with_self("首席技师，我能报吗")
    assert speaks_of_self("我师傅") and speaks_of_self("本单位") and not speaks_of_self("退休人员")


@pytest.mark.parametrize(("text", "own"), [
    ("我记得是每个区四个", False),  # a rule remembered: a premise, no case of the asker's
    ("我们印象里公示是三天", False),
    ("我听人讲要干满十五年", False),
    ("我在下沙做模具二十年", True),
    ("我们单位没建工会", True),
])
def test_a_rule_the_asker_remembers_or_heard_is_no_own_case(text, own):
    from assistant.chat.rules.own_case import opens_with_self

    assert opens_with_self(text) is own


def test_a_remembered_value_after_a_content_ask_is_checked(deps):
    from assistant.chat.case.state import Session
    from assistant.chat.turn import respond

    answer = respond(Session(), "浙派工匠每次评多少个来着？我记得是一百个，没错吧", deps)
    assert answer.text.splitlines()[0].startswith("不对")
