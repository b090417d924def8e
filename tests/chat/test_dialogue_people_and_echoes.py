"""Who a turn is about, and what a reply's words answer (issue #13, Deliver 1; frag12 probes): two people asked
about at once are each judged alone, a turn to "说说我徒弟" is a turn to the apprentice, a bare "没有" before a denial
of another list echoes that denial, a deed beside "证和奖都没有" is still the achievement asked for, and a corrected
arrival from outside the province moves Zhejiang's years with Hangzhou's. Phrasings are not the probes' own."""

from __future__ import annotations

import pytest

from tests.chat_support import talk


@pytest.mark.parametrize("text, who", [
    ("我能跟我师傅一起申报首席技师吗", "师傅"),
    ("我老公和我都想报杭州工匠", "老公"),
    ("我们俩能一块报浙派工匠吗", "另一位"),
    ("我们班组五个人想一起申请数字工匠", "团队"),
    ("能不能按团队的名义报", "团队"),
    ("老周和我一起报行吗", "老周"),
])
def test_two_people_applying_together_are_found(text, who):
    from assistant.chat.case.together import joint_people

    assert joint_people(text) == who


@pytest.mark.parametrize("text", [
    "我跟师傅学了十年能报吗",           # learnt from, no joint application
    "我跟我老婆说我想报杭州工匠",         # told someone
    "我和徒弟都评上了技师",               # a level both hold
    "我们组一起做的项目评上了省科技奖",   # a team's deed, no application
    "我和同事一起做的项目获了奖",
])
def test_a_person_beside_the_asker_is_no_joint_application(text):
    from assistant.chat.case.together import joint_people

    assert joint_people(text) is None


def test_two_people_at_once_judge_the_asker_alone_and_say_so(deps):
    session, answers = talk(deps, "我和我爱人能一块报首席技师吗？我在临平一家泵厂当装配钳工，高级技师，一直在车间，"
                                  "她在同一个厂做质检")
    first = answers[0]
    assert first.verdicts and first.verdicts[0].program == "hz_chief_technician_2021"  # a check, not "同时申报"
    assert "不能合在一起算" in first.text and "单独告诉我" in first.text
    assert session.profile.get("skill_level") == "高级技师"


def test_saying_the_apprentice_next_turns_the_talk_to_him(deps):
    session, answers = talk(deps, "浙派工匠，我是船厂的电焊工，高级技师，一线干了二十多年",
                            "那说说我徒弟，技师，焊工，厂里干了六年")
    assert session.profile.get("skill_level") == "技师"
    assert answers[-1].verdicts[0].verdict == "not_eligible"


@pytest.mark.parametrize("text", ["说说我吧", "还是看看我自己"])
def test_turning_back_to_oneself_is_still_read(text):
    from assistant.chat.case.switches import _SELF_AGAIN

    assert _SELF_AGAIN.search(text)


def test_a_bare_no_before_a_denied_title_list_leaves_the_deeds_open(deps):
    # the deeds are asked; "没有，称号一个没评过" says no to the titles, not to the deeds
    session, answers = talk(deps, "第四届数字工匠，我在余杭做工业软件测试开发，2017年来杭州，一直全职，是会员",
                            "没什么称号", "首届那个呢")
    pending = session.pending.fields if session.pending else ()
    if "achievements" not in pending:
        pytest.skip("the deeds were not the question asked here")
    session, _ = talk(deps, "第四届数字工匠，我在余杭做工业软件测试开发，2017年来杭州，一直全职，是会员",
                      "没什么称号", "首届那个呢", "没有，称号一个没评过")
    assert "achievements" not in session.profile


def test_a_deed_beside_no_level_and_no_awards_is_the_deed_asked():
    # "证" said to be none is a level of "none": a denial like the empty awards, so the deed beside them is the answer
    from types import SimpleNamespace

    from assistant.chat.case.pending_answers import affirmed_beside_denials

    extraction = SimpleNamespace(profile={"skill_level": "none", "awards": [], "role_type": "frontline_technical"})
    got = affirmed_beside_denials("调度系统是我主导重写的，空驶率降了一成。证和奖都没有", extraction,
                                  ["skill_level", "awards", "role_type"])
    assert got.get("achievements")


def test_a_corrected_arrival_from_another_province_moves_zhejiang_years_too(deps):
    session, answers = talk(deps, "浙派工匠，我是注塑模具工，高级技师，干了二十年，之前一直在苏州，去年八月来的萧山，一线",
                            "八月不对，是去年十二月才过来的，八月是苏州离职")
    assert session.profile.get("years_full_time_in_zhejiang") == session.profile.get("years_full_time_in_hangzhou")
    assert answers[-1].verdicts[0].verdict == "not_eligible"


def test_turning_back_to_oneself_gives_back_what_one_said(deps):
    session, answers = talk(deps, "首席技师21年的，我在临平一家阀门厂当数控车工，技师，天天在车间，"
                                  "2018年杭州市数控车工技能竞赛一类第一名，省首席没评过",
                            "那我媳妇呢，她在下沙电子厂做质检，中级工",
                            "算了，还是看我自己的")
    assert answers[1].verdicts[0].verdict == "not_eligible"
    assert session.profile.get("skill_level") == "技师"
    assert answers[-1].verdicts and answers[-1].verdicts[0].verdict == answers[0].verdicts[0].verdict
    assert "仍然算数" in answers[-1].text


@pytest.mark.parametrize("first", ["首席技师21年的，我爸叫我来问问，他在富阳造纸厂修设备，技师，一直一线",
                                   "21年首席技师 我师父托我打听一下 他富阳造纸厂修设备的 技师 一线"])
def test_sent_by_ones_own_person_to_ask_the_talk_is_about_them(deps, first):
    session, answers = talk(deps, first)
    assert session.subject == "他"
    assert answers[0].verdicts and session.profile.get("skill_level") == "技师"
