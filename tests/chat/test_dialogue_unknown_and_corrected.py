"""The dialogue state across a hedged reply and a correction: "不太清楚" to the question asked leaves it open (no
yes, no none, no count read from it) and it is asked next in other words; a correction that names no new fact
("不对，其实是五年") replaces what the previous message answered, not the question pending; and the words of a
correction ("我搞错了") say no fact themselves."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.chat_support import talk as _talk

TODAY = dt.date(2026, 11, 21)


@pytest.mark.parametrize("hedge", ["等级证书有没有我不太清楚", "证书是几级的我记不清了", "这个不清楚，要回去翻翻"])
def test_a_level_not_known_stays_open_and_is_asked_in_other_words(deps, hedge):
    session, answers = _talk(deps, "首席技师能报吗，我在临平做钳工，一线", hedge)
    assert "skill_level" not in session.profile  # no "none" read from 有没有
    assert answers[-1].verdicts[0].verdict == "needs_review"
    asked = [q["text"] for q in answers[-1].questions]
    assert asked and asked[0] != [q["text"] for q in answers[0].questions][0] and "证书" in asked[0]
    assert session.pending is not None and session.pending.field == "skill_level"
    session2, _ = _talk(deps, "首席技师能报吗，我在临平做钳工，一线", hedge, "查了，是技师")
    assert session2.profile["skill_level"] == "技师"


@pytest.mark.parametrize("hedge", ["在浙江几年了我也说不清", "多少年不太清楚，反正挺久了"])
def test_years_not_known_keep_the_talk_on_eligibility(deps, hedge):
    session, answers = _talk(deps, "浙派工匠，我在丽水做青瓷，高级技师，一线", hedge)
    assert answers[-1].verdicts, "a hedged reply is no question about the rules"
    assert "years_full_time_in_zhejiang" not in session.profile
    # the year count asked first (the trade's, chat.case.asking.trade_years_first) is still the one waiting
    assert session.pending is not None and session.pending.field == "years_in_field"


def test_a_count_beside_a_hedge_is_an_answer():
    from assistant.chat.case.reply_topic import unknown_answers
    from assistant.chat.case.state import Pending
    from assistant.extract import extract

    pending = Pending("years_full_time_in_zhejiang", "years")
    text = "大概十来年吧，具体不清楚"
    assert unknown_answers(pending, text, extract(text, TODAY), TODAY) == ()


@pytest.mark.parametrize("said, corrected, years", [("在杭州三年", "不对，其实是五年", 5.0),
                                                    ("杭州干了两年", "记错了，应该是六年", 6.0),
                                                    ("四年", "哦不，说错了，是七年", 7.0)])
def test_a_corrected_count_replaces_the_last_one_not_the_question_pending(deps, said, corrected, years):
    session, _ = _talk(deps, "第四届数字工匠，我在余杭做大数据开发", said, corrected)
    assert session.profile["years_full_time_in_hangzhou"] == years
    assert "union_member" not in session.profile  # the 不对 is no "no" to the union question


@pytest.mark.parametrize("correction", ["哦不，我搞错了，那是我老公，我自己没入", "不对不对，弄错了，我没入过工会"])
def test_the_words_of_a_correction_are_no_fact(deps, correction):
    session, answers = _talk(deps, "首届杭州工匠能报吗，我在萧山做花边，一线", "是会员", correction)
    assert session.profile["union_member"] is False
    assert session.profile.get("occupation") == "花边"
    assert answers[-1].verdicts[0].verdict == "not_eligible"


@pytest.mark.parametrize("turns, field, value", [
    (("首届杭州工匠，我在拱墅做铜雕，一直一线", "工会？是的，厂里统一入的"), "union_member", True),
    (("首席技师能报吗，我在萧山做钳工，一线", "等级？高级工吧"), "skill_level", "高级工"),
    (("首届杭州工匠，我在拱墅做铜雕，一直一线", "是会员", "国籍？中国的"), "nationality", "中国"),
])
def test_the_question_echoed_before_its_answer_is_no_question(deps, turns, field, value):
    session, answers = _talk(deps, *turns)
    assert session.profile[field] == value
    assert answers[-1].verdicts, "an echo of the question asked keeps the talk on eligibility"


def test_an_echo_with_an_asking_word_is_a_question():
    from assistant.chat.case.reply_topic import without_echo

    asked = ("union_member",)
    assert without_echo(asked, "工会会员有什么用？我没入", TODAY) == ("工会会员有什么用？我没入", None)
    assert without_echo(asked, "工会？没入过", TODAY) == ("没入过", "union_member")


# An echo means something only against what was asked, so it is read in one place, the dialogue's without_echo
# (the extractor's own "X？没有" reading, written for the same talk, was dropped: the chat read it again anyway).
@pytest.mark.parametrize(("text", "field", "want"), [
    ("浙江省首席技师？没有没有，哪能啊", "prior_titles", []),  # the asker echoes the thing asked, then says no
    ("获奖？没有", "awards", []),
    ("带过徒弟？没有的", "trained_apprentices", "无"),
])
def test_an_echoed_question_answered_no_is_a_no(text, field, want):
    from assistant.chat.case.replies import read_reply
    from assistant.chat.case.reply_topic import without_echo

    rest, echoed = without_echo((field,), text, TODAY)
    assert echoed == field
    assert read_reply(field, rest, TODAY) == {field: want}


@pytest.mark.parametrize("text", ["什么证？没有", "能报吗？没有别的要求吧"])
def test_a_real_question_before_a_no_stays_a_question(text):
    from assistant.chat.case.reply_topic import without_echo

    asked = ("skill_level", "prior_titles", "awards", "trained_apprentices", "competition_results")
    assert without_echo(asked, text, TODAY) == (text, None)


def test_not_knowing_what_a_word_means_is_a_question_not_a_hedge():
    from assistant.chat.case.reply_topic import unknown_answers
    from assistant.chat.case.state import Pending
    from assistant.extract import extract

    pending = Pending("prior_titles", "list")
    for text in ("不清楚什么叫荣誉称号？", "称号是指什么我不太清楚呢"):
        assert unknown_answers(pending, text, extract(text, TODAY), TODAY) == ()
    assert unknown_answers(pending, "称号这个我不太清楚", extract("称号这个我不太清楚", TODAY), TODAY) == ("prior_titles",)


@pytest.mark.parametrize("turns", [
    ("我是淳安的竹编手艺人，自己接订单做，没挂单位，首席技师能申请吗", "自由职业"),
    ("首席技师我能报不？我是富阳的泥水匠，到处接活，没单位", "自由职业的"),
])
def test_a_freelancers_one_place_is_the_workplace_city(deps, turns):
    session, _ = _talk(deps, *turns)
    assert session.profile.get("employment") == "freelance"
    assert session.profile.get("employer_city") == "杭州"


def test_two_places_named_leave_a_freelancers_city_open(deps):
    session, _ = _talk(deps, "我老家在宁波，现在绍兴自己接活做木工，没单位，首席技师能报吗", "自由职业")
    assert session.profile.get("employer_city") in (None, "绍兴")  # never the home town


@pytest.mark.parametrize("reply, years", [("应该是十年吧", 10.0), ("其实也就六年", 6.0)])
def test_a_hedged_answer_to_the_years_asked_is_no_correction(deps, reply, years):
    session, _ = _talk(deps, "浙派工匠，我在丽水做青瓷，高级技师，一线", reply)
    assert session.profile.get("years_in_field") == years  # the count asked first is the trade's


def test_a_none_said_with_a_hedge_is_still_a_none():
    from assistant.chat.case.reply_topic import unknown_answers
    from assistant.chat.case.state import Pending
    from assistant.extract import extract

    text = "好像没有吧，记不太清"
    assert unknown_answers(Pending("prior_titles", "list"), text, extract(text, TODAY), TODAY) == ()


def test_a_correction_of_a_count_beats_a_years_question_pending(deps):
    session, _ = _talk(deps, "第四届数字工匠，我在余杭做大数据开发", "在杭州两年")
    assert session.pending is not None
    session.pending = type(session.pending)("years_in_field", "years")  # the other count asked next
    from assistant.chat.turn import respond

    respond(session, "不对，其实是四年", deps)
    assert session.profile["years_full_time_in_hangzhou"] == 4.0
