"""An honour named by the body that conferred it (language.conferred) and a getting told as the time of what came
after it (language.past_event), held23: the rows use bodies, verbs and frames the probes did not."""

from __future__ import annotations

import pytest

from assistant.language.conferred import by_body
from assistant.language.past_event import asked_again, dated_by


@pytest.mark.parametrize(("text", "named"), [
    ("市人社局那年授了个工匠给我", "市人社局那年授了个杭州工匠给我"),  # an office, a verb, a measure word
    ("省里头批下来的首席", "省里头批下来的浙江省首席技师"),
    ("浙江省总工会评的工匠", "浙江工匠"),  # the body only as the honour's level: the full name stands for both
    ("省一级的工匠", "浙江工匠"),
    ("市里这个首席技师", "杭州市首席技师"),
])
def test_a_bare_honour_takes_its_place_from_the_body(text, named):
    assert by_body(text) == named


@pytest.mark.parametrize(("text", "after", "named"), [
    ("工匠那是市人社局认定的", "", "杭州工匠那是市人社局认定的"),  # the body said after the word, as what it is
    ("拿过一个首席", "省一级的", "拿过一个浙江省首席技师"),  # the body alone in the next clause
    ("首席技师", "县里的", "首席技师"),  # below the city: left as said
    ("工匠早就拿了", "省里头的", "浙江工匠早就拿了"),  # the word's clause goes on with its getting only
    ("工匠打算评", "市级的", "工匠打算评"),  # not a getting
])
def test_the_body_said_after_the_word(text, after, named):
    assert by_body(text, after) == named


@pytest.mark.parametrize("text", [
    "县里评过工匠",  # below the city: its own title
    "集团给我评了个首席",
    "市里评的数字工匠",  # named already
    "省里很讲究工匠精神",  # another thing
    "市级首席技师工作室",
    "市里搞了个比赛，工匠没评",  # the clause ends before it
    "杭州工匠",
])
def test_other_bodies_and_other_things_are_left_as_said(text):
    assert by_body(text) == text


@pytest.mark.parametrize(("before", "after"), [
    ("当选", "那年刚好四十岁"),
    ("获评", "没多久就调去管设备了"),
    ("拿下", "的第三年换的单位"),
    ("去年入选", "后厂里让我牵头搞攻关"),
])
def test_a_getting_that_dates_what_followed_is_held(before, after):
    assert dated_by(before, after)


@pytest.mark.parametrize(("before", "after"), [
    ("获评", "以后有没有补贴"),  # what winning would bring
    ("评为", "后可以落户吗"),
    ("盼着评上", "以后单位给涨工资"),  # one to come
    ("老张评上", "以后就不干一线了"),  # someone else's
    ("没评上", "那年挺难受的"),  # denied
    ("当选", "工作室去年成立的"),  # no frame of time after it
])
def test_a_getting_supposed_denied_or_someone_elses_is_not(before, after):
    assert not dated_by(before, after)


@pytest.mark.parametrize(("before", "after", "later", "held"), [
    ("", "总算拿下了", ("杭州那个首席还允许报不",), True),  # asked on as a state reached
    ("", "到手了", ("数字工匠又报行吗",), True),
    ("", "拿下了", ("开心",), False),  # nothing presupposes it
    ("要是", "评上了", ("还能报吗",), False),  # supposed
    ("", "评上了的话", ("还能报吗",), False),  # the getting does not close its clause
])
def test_a_bare_getting_asked_on_as_reached(before, after, later, held):
    assert asked_again(before, after, later) is held
