"""A reply read by the one negation scope (issue 13): a partial denial keeps what it affirms ("别的没啥，就…"), a
list denied as a whole is no achievement, and a correction that says a count corrects the count, not a yes/no said
in the same earlier message. Phrasings are not the frag5 probes'."""

from __future__ import annotations

import pytest

from assistant.chat.case.state import Pending
from assistant.chat.turn import respond
from assistant.language.classify import denied_only, says_no_achievement
from tests.chat_support import talk as _talk

OPENING = "浙派工匠我想报，我在丽水一家阀门厂做数控车工，高级技师，一线在岗，干了十七年，在浙江全职十七年"


def _answer(deps, reply):
    session, _ = _talk(deps, OPENING)
    session.pending = Pending("achievements", "list", ("无",), ("trained_apprentices",))
    respond(session, reply, deps)
    return session


@pytest.mark.parametrize("reply", [
    # the deed affirmed names no achievement word, the denial names one (专利, 成果): without the partial reading
    # the denial made the achievements none
    "专利没申请过，倒是把老机床的控制柜翻新了一遍",
    "成果谈不上，就是把车间的排产表格做成了小程序",
    "标准没参与过，不过自己动手做了一套上料的小工装",  # 动手做 is tagged an idiom: the aspect 了 says the deed
    "奖是没拿过，但是自己摸索过一个夹具的改进，废品少了一半",
    "别的没啥，倒是琢磨出一套对刀的法子，车间都跟着学",
])
def test_a_partial_denial_keeps_what_it_affirms(deps, reply):
    achievements = _answer(deps, reply).profile.get("achievements")
    assert achievements and achievements != []


@pytest.mark.parametrize("reply", ["改进呀攻关呀，一样也没有", "带徒、讲课、技改，这些我都没弄过"])
def test_a_list_denied_as_a_whole_is_none(deps, reply):
    session = _answer(deps, reply)
    assert session.profile.get("achievements") == []


def test_a_denial_before_a_thing_held_is_none(deps):
    # the clause beside the denial says a certificate held, no deed: the denial stands, and names innovation only
    # (docs/verdict-policy.md, 明说没有: a denial naming kinds closes those kinds), so it is kept as said
    session = _answer(deps, "技改攻关都没有，证书就一个高级技师")
    said = session.profile.get("achievements")
    assert said is not None and all(says_no_achievement(t) for t in said)
    assert denied_only(said) == {"innovation"}


def test_a_corrected_count_is_no_no_to_the_yes_said_before(deps):
    session, _ = _talk(deps, "第四届数字工匠，我在滨江做数据仓库开发，来杭州七年，会员，技术岗")
    respond(session, "说错了，不是七年，是四年", deps)
    assert session.profile.get("union_member") is True
    assert session.profile.get("years_full_time_in_hangzhou") == 4


@pytest.mark.parametrize("reply", ["有一个吧", "评过两个"])
def test_a_list_held_but_not_named_is_asked_for_its_names(deps, reply):
    # "有一个吧" to the titles question was read as a question (a false premise about 名额) and answered off topic
    session, _ = _talk(deps, "第四届数字工匠，我在西湖区做推荐系统开发，杭州全职七年，会员，一直技术岗，做这行七年")
    session.pending = Pending("prior_titles", "list", ("无",))
    answer = respond(session, reply, deps)
    assert "prior_titles" not in session.profile
    assert "是哪个" in answer.text and session.pending is not None and session.pending.field == "prior_titles"


@pytest.mark.parametrize(("field", "reply", "value"), [
    ("is_highest_level_of_occupation", "好像不是吧，据说上面还有一级高级技师", False),
    ("is_highest_level_of_occupation", "应该算，这个工种到技师就封顶了", True),
    ("union_member", "是的，另外我在杭州已经干满八年了", True),
    ("union_member", "没有，我们公司压根没成立工会的", False),
])
def test_a_bare_yes_or_no_said_first_answers_the_yes_no_question(field, reply, value):
    # a longer reply was left to the extractor whole, and the reason after the no ('…还有高级技师') named a level, so
    # the question came back
    import datetime as dt

    from assistant.chat.case.replies import read_reply

    assert read_reply(field, reply, dt.date(2026, 11, 21)) == {field: value}


def test_a_long_reply_that_opens_with_another_fact_is_no_yes():
    import datetime as dt

    from assistant.chat.case.replies import read_reply

    assert read_reply("union_member", "我是兼职的，一直在杭州做开发的啊", dt.date(2026, 11, 21)) == {}
