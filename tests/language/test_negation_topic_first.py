"""A topic said first and denied after it (issue #13): "奖项嘛，一个都没拿到过", "工会那块，没加入过", "称号这种东西，
我一个也没有" deny the topic; "革新改造也没搞过" denies what stands before 也 as the object of its bare verb. A bare
noun before a denial is no topic ("会员，没评过什么" answers a yes and a no), and a deed with its own aspect stays said."""

from __future__ import annotations

import pytest

from assistant.language.clauses import clauses, denied_parts


def _denied(text: str) -> dict[str, bool]:
    return {c.text: c.negated for c in clauses(text)}


@pytest.mark.parametrize(("text", "topic"), [
    ("奖项嘛，一个都没拿到过", "奖项嘛"),
    ("工会那块，没加入过", "工会那块"),
    ("称号这种东西，我一个也没有", "称号这种东西"),
    ("入会这事儿，我从来没办过", "入会这事儿"),
    ("荣誉呢，压根没有", "荣誉呢"),
    ("技改的话，也没搞过", "技改的话"),
    ("比赛这方面，一次都没参加", "比赛这方面"),
])
def test_a_marked_topic_is_denied_by_the_negation_after_it(text, topic):
    assert _denied(text)[topic] is True


@pytest.mark.parametrize(("text", "said"), [
    ("会员，没评过什么", "会员"),  # two short answers, a yes and a no
    ("会员，中国，七八年生的", "会员"),
    ("我干了十年嘛，没评上", "我干了十年嘛"),  # a deed said with its own verb and aspect
    ("徒弟嘛带过三个，都没比过赛", "徒弟嘛带过三个"),
    ("工会嘛，入了，称号没有", "工会嘛"),  # the chunk after the topic is not wholly negated
])
def test_no_topic_or_a_topic_not_denied_stays_said(text, said):
    assert _denied(text)[said] is False


@pytest.mark.parametrize("text", ["革新改造也没搞过", "技术改造也没参与过", "培训也没参加过"])
def test_what_stands_before_ye_is_the_object_of_a_bare_negated_verb(text):
    assert all(_denied(text).values())


@pytest.mark.parametrize(("text", "said"), [("带了六个徒弟也没评上奖", "带了六个徒弟"), ("干了十年也没评上", "干了十年"),
                                            ("我主持过技改也没拿过奖", "我主持过技改")])
def test_a_deed_with_its_own_aspect_or_an_object_after_the_negation_stays(text, said):
    assert _denied(text)[said] is False


def test_comma_cut_parts_see_the_topic_denied():
    assert denied_parts(("奖项嘛", "一个都没拿到过")) == (True, True)


@pytest.mark.parametrize("text", ["业绩嘛，说实话没啥", "成果嘛，没有", "工会嘛，入了"])
def test_a_noun_with_ma_before_more_is_said_is_a_topic_not_a_question(text):
    from assistant.language.asking import asks

    assert not asks(text)


@pytest.mark.parametrize("text", ["业绩嘛", "能报嘛，我想知道", "有嘛，我看看"])
def test_ma_still_asks_alone_or_after_a_modal(text):
    from assistant.language.asking import asks

    assert asks(text)


def test_a_topic_denied_after_a_frank_opener():
    assert _denied("业绩嘛，说实话没啥")["业绩嘛"] is True
