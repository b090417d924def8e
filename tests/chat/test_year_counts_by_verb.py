"""Year counts asked back: the trade's before a place's and never two in one turn, since a bare count answers
whichever is asked; and the verb of a reply says which count it gives ("2019年来的" the stay, "2018年开始做的" the
trade, "毕业就进了这家公司" both where the workplace is in Hangzhou), whatever question was asked."""

from __future__ import annotations

import datetime as dt

import pytest

from assistant.chat.case.asking import trade_years_first
from assistant.chat.case.replies import read_reply
from assistant.chat.case.year_spans import counts_meant
from tests.chat_support import talk as _talk

TODAY = dt.date(2026, 11, 21)
HZ, TRADE, ZJ = "years_full_time_in_hangzhou", "years_in_field", "years_full_time_in_zhejiang"
_DIGITAL = "第四届数字工匠能报吗，我在余杭一家公司做后端开发，全职，工会会员，普通员工，没评过称号"


@pytest.mark.parametrize(("fields", "asked"), [
    (["prior_titles", HZ, TRADE, "union_member"], ["prior_titles", TRADE]),
    ([HZ, TRADE, "union_member"], [TRADE, "union_member"]),
    ([ZJ, TRADE, "achievements"], [TRADE, "achievements"]),
    (["union_member", TRADE], ["union_member", TRADE]),
])
def test_the_trades_count_first_and_one_count_a_turn(fields, asked):
    assert trade_years_first(fields)[:2] == asked


@pytest.mark.parametrize(("asked", "reply", "meant"), [
    (TRADE, "2019年来的，一直在这边全职", (HZ,)),
    (TRADE, "杭州，一九年过来的", (HZ,)),
    (TRADE, "2019年毕业就在这家，全职", (TRADE, HZ)),
    (TRADE, "2019", (TRADE,)),
    (TRADE, "2017年3月开始干的", (TRADE,)),
    (HZ, "做这行是2022年开始的", (TRADE,)),
    (HZ, "2019", (HZ,)),
])
def test_the_verb_says_which_count(asked, reply, meant):
    assert counts_meant(asked, reply, (TRADE, HZ), "杭州") == meant


@pytest.mark.parametrize(("reply", "start"), [
    ("打16年就干这个", "2016-12"),
    ("毕业就干 14年毕业的", "2014-12"),
    ("大学毕业那年开始干的，2013年", "2013-12"),
])
def test_a_start_said_as_since_or_as_graduation(reply, start):
    assert read_reply(TRADE, reply, TODAY).get("digital_work_start") == start


def test_a_bare_count_answers_the_trade_asked_first(deps):
    session, answers = _talk(deps, _DIGITAL)
    asked = [q["field"] for q in answers[-1].questions]
    assert TRADE in asked and HZ not in asked
    session, answers = _talk(deps, _DIGITAL, "七年")
    assert session.profile.get(TRADE) == 7.0  # (and Hangzhou's, the only workplace told being in 余杭)


def test_an_arrival_to_the_trades_question_is_the_stays_start(deps):
    session, _ = _talk(deps, "第四届数字工匠能报吗，我做电商平台的后端开发，一线写代码的", "2019年来的，一直在这边全职")
    assert session.profile.get("hangzhou_full_time_start", "").startswith("2019") and TRADE not in session.profile


def test_joining_the_workplace_in_hangzhou_starts_both(deps):
    session, _ = _talk(deps, "替我老婆问一下，首届杭州数字工匠那次她能不能报。她做医院信息系统开发的，在拱墅一家医疗软件公司",
                       "她2018年来杭州读研，2020年7月毕业就进了这家公司，一直全职")
    assert session.profile.get("hangzhou_full_time_start") == "2020-07"
    assert HZ not in session.early


def test_all_along_in_hangzhou_said_before_the_trades_start(deps):
    session, _ = _talk(deps, "数字那个新的 第四届 我在下沙一家做智能电表的厂 写电表里的嵌入式程序 一直在杭州",
                       "大概2015年开始做的吧")
    assert session.profile.get(HZ) == session.profile.get(TRADE) is not None


def test_a_count_asked_alone_when_nothing_else_is_open():
    assert trade_years_first([TRADE, HZ])[:2] == [TRADE]
    assert trade_years_first([TRADE, HZ], one_count=False) == [TRADE, HZ]  # "还差什么": every count named


@pytest.mark.parametrize(("field", "reply", "value"), [
    ("union_member", "我们这种小厂哪有", False),
    ("union_member", "工会？哪有", False),
    ("prior_titles", "哪有什么称号", []),
])
def test_a_no_put_as_a_question_back(field, reply, value):
    assert read_reply(field, reply, TODAY) == {field: value}


def test_a_rhetorical_no_naming_another_topic_is_not_this_ones():
    assert read_reply("union_member", "哪有什么称号", TODAY) == {}


def test_a_no_that_names_the_union_is_not_the_titles(deps):
    session, _ = _talk(deps, "第四届数字工匠能报吗？我在杭州一家外企做运维开发，全职，普通员工，技术岗，干了八年，在杭州八年",
                       "没入，会费也没交过")
    assert session.profile.get("union_member") is False and "prior_titles" not in session.profile


def test_what_the_asker_does_not_know_is_no_deed():
    assert read_reply("achievements", "在浙江多少年不太清楚，反正很久了", TODAY) == {}


_LINPING = "我在临平一家无人机公司全职做装调检修，天天拆机调飞控。去年浙江省数字经济行业职业技能竞赛无人机装调检修赛项拿了第一，第四届数字工匠能直接认定吗"


def test_the_trades_years_at_the_only_workplace_told_are_its_citys(deps):
    session, answers = _talk(deps, _LINPING, "七年")
    assert session.profile.get(HZ) == 7.0
    assert HZ not in [q["field"] for q in answers[-1].questions]


@pytest.mark.parametrize("before", ["我之前在苏州干过几年，", "我前年才来的杭州，", "我老家在安徽，以前在外地干，"])
def test_another_place_or_an_arrival_told_keeps_the_citys_years_open(deps, before):
    session, _ = _talk(deps, before + _LINPING, "七年")
    assert session.profile.get(HZ) != 7.0 or session.sources.get(HZ) == "message"


@pytest.mark.xfail(strict=True, reason="assistant.extract (ext10): a count after a competition told in the same "
                                       "message is dropped; fragments frag10-040 turns on it")
def test_the_extractor_keeps_a_count_said_after_a_competition():
    from assistant.extract import extract

    text = "拿过第一名，浙江省数字经济行业职业技能竞赛，2025年的，个人项目。做前端快七年了"
    assert extract(text, TODAY).profile.get("years_in_field") == 6.5


def test_the_work_named_then_its_start_is_the_trades():
    assert counts_meant(HZ, "做RPA是2022年开始的，之前两年在网点当柜员。一直在杭州全职", (TRADE, HZ), "杭州") == (TRADE,)
    assert counts_meant(TRADE, "做RPA是2022年开始的，之前两年在网点当柜员。一直在杭州全职", (TRADE, HZ), "杭州") == (TRADE,)


def test_a_bare_place_is_no_description_of_apprentices(deps):
    session, _ = _talk(deps, "我在临平一家经编厂当保全工，就是修经编机的，浙派工匠能不能报？", "高级技师", "十二年", "临平")
    assert "trained_apprentices" not in session.profile
