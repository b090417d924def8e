"""The same answer typed another way is read the same way (issue #13, paraphrase invariance): a negation stays in
its clause ("会员是的，称号没评过"), a hedge taken back by a bare not-knowing leaves the fact open ("好像是技师，不太
确定"), the level held said by its place under the trade's top ("最高是高级技师，我还差一级"), a programme named by a
nickname ("首席那个呢"), and a message about several colleagues read for the one it asks about."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.chat_support import talk

TODAY = dt.date(2026, 11, 21)


@pytest.mark.parametrize("reply, member", [("会员是的，称号没评过", True), ("是会员，啥工匠都没评", True),
                                           ("会员，没评过", True), ("没入工会，称号倒是评过", False),
                                           ("工会会员，没有", False), ("工会嘛，一直没入", False)])
def test_a_negation_in_another_clause_says_nothing_of_the_union(reply, member):
    from assistant.chat.case.replies import read_reply

    assert read_reply("union_member", reply, TODAY) == {"union_member": member}


@pytest.mark.parametrize("reply", ["好像是技师，不太确定，证书不在身边", "应该是高级工吧，记不清了",
                                   "大概是技师吧，说不准"])
def test_a_hedged_level_taken_back_by_a_bare_not_knowing_stays_open(deps, reply):
    session, answers = talk(deps, "首席技师能报吗，我在富阳一家纸厂修设备，一线，十几年了", reply, "没")
    assert "skill_level" not in session.profile
    assert answers[-1].verdicts[0].verdict == "needs_review"


@pytest.mark.parametrize("reply, level", [("应该是技师吧，证在单位放着", "技师"),
                                          ("技师证……2019年还是2020年考的，记不太清了", "技师")])
def test_a_hedge_with_nothing_taken_back_or_unsure_of_something_else_answers(deps, reply, level):
    session, _ = talk(deps, "首席技师能报吗，我在富阳一家纸厂修设备，一线，十几年了", reply)
    assert session.profile.get("skill_level") == level


@pytest.mark.parametrize("text", ["证书不在身边", "证书放老家了", "证书号不记得"])
def test_a_certificate_away_or_forgotten_is_no_none(text):
    from assistant.chat.case.replies import read_reply

    assert read_reply("skill_level", text, TODAY) == {}


@pytest.mark.parametrize("reply, level, top", [("我们这行最高是高级技师，我还差一级", "技师", False),
                                               ("上面还有高级技师，我低一级", "技师", False),
                                               ("最高是高级技师，我差两级", "高级工", False),
                                               ("这个工种最高就是技师，我已经是了", "技师", True)])
def test_the_level_said_by_its_place_under_the_trades_top(deps, reply, level, top):
    session, _ = talk(deps, "浙派工匠能报吗，我在丽水做青瓷二十年了，一直一线", reply)
    assert session.profile.get("skill_level") == level
    assert session.profile.get("is_highest_level_of_occupation") is top


@pytest.mark.parametrize("text, program", [("首席那个呢？", "hz_chief_technician_2021"),
                                           ("那省里那个呢", "zj_craftsman_2023"),
                                           ("数字的那个呢", "hz_digital_craftsman_2026")])
def test_a_programme_named_by_a_nickname(text, program):
    from assistant.notices.names import name_programs

    assert program in name_programs(text)[0]


@pytest.mark.parametrize("text", ["我评的浙江工匠，是省里那个", "省里那个比赛我拿过第一", "数字那个比赛我参加过"])
def test_a_nickname_that_names_a_title_or_contest_names_no_programme(text):
    from assistant.notices.names import name_programs

    assert name_programs(text)[0] == ()


def test_a_switch_by_nickname_with_a_year_turns_to_that_round_and_reads_no_birth(deps):
    session, answers = talk(deps, "浙派工匠，我是技师，在龙井村炒茶二十多年，一线", "不是最高的，上面还有高级技师",
                            "首席那个呢？21年的")
    assert "birth_date" not in session.profile
    assert "hz_chief_technician_2021" in {v.program for v in answers[-1].verdicts}


def test_several_colleagues_only_the_asked_ones_facts_enter_the_profile(deps):
    session, answers = talk(deps, "我是滨江一家公司的行政，替两个同事问。老孙做财务的，2020年就评上杭州工匠了。"
                                  "小周做云平台运维，2017年入职一直在滨江全职，工会会员，啥称号都没有，还在一线，"
                                  "去年浙江省数字经济行业职业技能竞赛云计算赛项个人第一名。主要问小周，第四届数字工匠能直接认定吗？")
    assert not session.profile.get("prior_titles")  # 老孙's 杭州工匠 is not 小周's
    assert session.profile.get("union_member") is True
    assert answers[-1].verdicts[0].program == "hz_digital_craftsman_2026"
    assert answers[-1].verdicts[0].verdict == "direct_recognition"


def test_a_digital_contest_result_outranks_the_classifiers_reading_of_the_job(deps):
    session, answers = talk(deps, "我在临平做金属增材打印工艺，2018年起在杭州全职，工会会员，没评过称号，还在一线。"
                                  "去年杭州市数字经济行业职业技能竞赛增材制造赛项个人第一，第四届数字工匠能直接认定吗")
    assert session.profile.get("is_digital_economy") is True
    assert answers[-1].verdicts[0].verdict == "direct_recognition"


@pytest.mark.parametrize("reply, none", [("对，单人赛，不是组队的", False), ("是的，个人的，不是团体", False),
                                         ("对，没评过", True), ("嗯，没有的", True)])
def test_a_yes_to_something_else_is_no_none_to_the_list_asked(reply, none):
    from assistant.chat.case.replies import read_reply

    assert (read_reply("prior_titles", reply, TODAY) == {"prior_titles": []}) is none


@pytest.mark.parametrize("question, reply, field, value", [
    ("杭州工匠我想问问，工会会员是必须的吗？我在上城做木雕，1968年的，中国人", "没入过", "union_member", False),
    ("浙派工匠对等级证书有要求吗，我在嘉兴做机修", "高级工", "skill_level", "高级工"),
])
def test_a_short_reply_after_the_askers_own_rule_question_is_their_fact(deps, question, reply, field, value):
    session, answers = talk(deps, question, reply)
    assert session.profile.get(field) == value
    assert answers[-1].verdicts  # the talk turns to the asker's case


@pytest.mark.parametrize("question, reply", [("数字工匠要交什么材料", "好的"), ("首席技师要几年工作经验", "十年")])
def test_an_acknowledgement_or_count_after_a_rule_question_is_no_guessed_fact(question, reply):
    from assistant.chat.case.reply_topic import asked_of_rule

    assert asked_of_rule(question, reply, TODAY) is None
