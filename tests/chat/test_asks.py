"""``said.asks``: the one reading of whether a message asks. Bare answers to the bot's own question, hedges and
values closed with 吧, and counts said with 几 ask nothing; a question mark, a closing particle, a question word
that is no indefinite, an A-not-A verb, a trailing 不 or a 吧 asking for confirmation do."""

from __future__ import annotations

import pytest

from assistant.chat.case.said import asks
from assistant.chat.rules.answer_types import is_ask


@pytest.mark.parametrize("text", [
    "中国", "是的呀", "没", "无", "十来年", "18年", "临平", "高级工吧", "自己干", "应该算吧", "好像是吧", "不太清楚",
    "差不多吧", "可能有吧", "有吧", "三十来年吧", "在杭州做了三十来年吧", "好像没有入吧", "是会员啊", "在浙江八年了呢",
    "没评过什么", "什么都没有", "也没啥", "干了十几年", "好几个徒弟成了骨干", "前几年来的杭州", "还没", "那么我就是一线",
    "哪怕没有证书也干了二十年", "二零零几年开始做的", "19几年进的厂", "200几年来的杭州"])
def test_says(text):
    assert not asks(text) and not is_ask(text)


@pytest.mark.parametrize("text", [
    "是的，那要交什么材料？", "能报吧？", "我这样能报吧", "是要一线才行吧", "是这样吧", "要交材料吧", "应该能报吧",
    "那首席技师呢", "有几个徒弟", "能报不", "评上了没", "首席技师能不能报", "我是不是一线", "浙派工匠好报伐",
    "咋报", "不知道要交什么", "有吗", "民营的不行是吧", "首席技师得在国企上班才能报的吧"])
def test_asks(text):
    assert asks(text) and is_ask(text)


@pytest.mark.parametrize("text", ["浙派工匠，我在台州做数控车，高级技师，在浙江全职干了十几年，现在还在岗",
                                  "首席技师，我在萧山做了好几年电焊，技师，一直一线",
                                  "数字工匠第四届，这几年一直在滨江写代码，工会会员"])
def test_a_count_said_with_ji_asks_no_rule(text):
    from assistant.chat.case.switches import asks_rule

    assert not asks_rule(text)


@pytest.mark.parametrize("text", ["等级证书有没有我不太清楚", "证书是几级的我记不清了", "在浙江几年了我也说不清",
                                  "工会入没入我忘了", "没有没有"])
def test_the_thing_not_known_is_said_not_asked(text):
    assert not asks(text)


@pytest.mark.parametrize("text", ["在职的，整天守着几台注塑机", "带了几个徒弟", "省里的比赛拿过几次奖"])
def test_a_few_after_an_aspect_particle_asks_nothing(text):
    assert not asks(text)


@pytest.mark.parametrize("text", ["有一个吧", "评过两个吧", "带了三四个吧", "有的吧", "去年来的吧", "大概2019年吧", "18年底吧"])
def test_a_count_or_a_year_closed_with_ba_is_an_unsure_answer(text):
    # "有一个吧" to "您已获得过哪些荣誉称号？" was taken for a question and answered as a false premise (名额 1名)
    assert not asks(text) and not is_ask(text)


@pytest.mark.parametrize("text", ["名额一个吧", "有几个吧", "能评两个吧？"])
def test_a_ba_after_a_count_that_is_not_the_whole_answer_still_asks(text):
    assert asks(text)
