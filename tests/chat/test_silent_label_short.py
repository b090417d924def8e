"""A silent answer names each ask by its own words only when they are few: batch y dev qa-904 and qa-905 were answered
"没有写明“我们是余杭一家做包装机械的小厂，连老板带工人就二十几个人，根本没有啥领导班子…”这一点", reading the asker's case
back to them as the question. The asking clause names the ask; failing that, "您问的这一点"."""

from __future__ import annotations

from assistant.chat.rules.factual import _OWN_WORDS_MAX, _named_ask


def test_a_long_part_is_named_by_its_asking_clause():
    part = "我师傅是首届杭州工匠，当时讲好一次性奖励两万块。他一直嘀咕这个钱是认定完多久发下来的"
    named = _named_ask(part, "您问的这一点")
    assert "我师傅" not in named and len(named) <= _OWN_WORDS_MAX + 5


def test_a_short_ask_keeps_its_own_words():
    assert _named_ask("要不要本人去领", "您问的这一点") == "“要不要本人去领”这一点"


def test_the_social_security_office_is_a_body_not_a_topic():
    from assistant.chat.rules.out_of_scope import out_of_scope

    assert out_of_scope("社保怎么交") is not None
    # batch y dev qa-903: "按社保那边办好退休手续那天算" names where retirement is processed, not social insurance asked
    assert out_of_scope("退休是按身份证上生日那天算，还是按社保那边办好退休手续那天算？") is None
