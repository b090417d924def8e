"""The one reading of questions (``language.asking.asks``), which the case-told check now uses instead of a pattern of
its own: 几 in a preposition's object is a few ("给建德几家厂修数控机床"), and an either-or split by a comma asks
("补贴是打到本人卡里，还是拨到单位账上"), while 还是 as "still" does not."""

from __future__ import annotations

import pytest

from assistant.language.asking import asks


@pytest.mark.parametrize("text", ["给建德几家厂修数控机床", "平时帮几个老客户做点零活"])
def test_a_few_in_an_object_asks_nothing(text):
    assert not asks(text)


@pytest.mark.parametrize("text", ["首席技师要几年", "你们评几个人", "我做了几年数控 首席技师要几年"])
def test_how_many_still_asks(text):
    assert asks(text)


def test_an_either_or_over_a_comma_asks():
    assert asks("首席技师每月的补贴是打到本人卡里，还是拨到单位账上")
    assert not asks("我是做焊工的，还是在车间干")


@pytest.mark.parametrize("text", ["材料交纸质的还是电子的", "证书省里发的还是市里发的"])
def test_two_sides_closed_by_de_ask_a_choice(text):
    assert asks(text)


@pytest.mark.parametrize("text", ["我做的还是老本行", "他现在还是技师", "我们还是做模具的"])
def test_still_is_no_choice(text):
    assert not asks(text)


@pytest.mark.parametrize("text", ["照片要电子版还是纸质的", "交原件还是复印件"])
def test_a_choice_after_a_verb_of_handing_in_asks(text):
    assert asks(text)


@pytest.mark.parametrize("text", ["要是还是不行", "我还是要报"])
def test_still_after_if_or_before_its_verb_asks_nothing(text):
    assert not asks(text)
