"""A talk about someone else ("我师傅…他能报吗"): the answer speaks of that person, not "您", while the words
addressed to the user stay; turning to the asker ("那我自己呢") sets the other person's facts aside."""

from __future__ import annotations

import datetime as dt

import pytest

from assistant.chat.case.brief import first_screen, of_person
from tests.chat_support import talk as _talk

TODAY = dt.date(2026, 11, 21)


@pytest.mark.parametrize("opening, who", [
    ("我师傅在余杭一家机械厂当钳工，高级技师，干了二十多年，他能报首席技师吗", "他"),
    ("我老婆在杭州一家医院做信息科运维，干了6年，她能报第四届数字工匠吗", "她"),
    ("我们车间的老周，1968年的，在萧山干了三十年维修，技师，他能报首席技师吗", "他"),
])
def test_the_answer_speaks_of_the_person_asked_about(deps, opening, who):
    session, (answer,) = _talk(deps, opening)
    assert session.subject == who
    assert answer.questions and all(q["text"].startswith(who) for q in answer.questions)
    screen = first_screen(answer.text)
    assert "您已获得" not in screen and "您是工会" not in screen and "还需要您补充" in screen


def test_the_words_to_the_user_stay():
    text = "注：从您说的工作看，以上按“在职全职”判断。\n您没有提到竞赛名次，请告诉我。\n**还需要您补充**：您是工会会员吗？"
    assert of_person(text, "他") == ("注：从您说的他的工作看，以上按“在职全职”判断。\n您没有提到他的竞赛名次，请告诉我。\n"
                                     "**还需要您补充**：他是工会会员吗？")
    assert of_person(text, None) == text


@pytest.mark.parametrize("back", ["那我自己呢？我是技师，在滨江做数控", "说说我的情况，我是技师，在滨江做数控"])
def test_turning_to_the_asker_sets_the_other_persons_facts_aside(deps, back):
    session, answers = _talk(deps, "我师傅在余杭一家机械厂当钳工，高级技师，干了二十多年，他能报首席技师吗", "没有", back)
    assert session.subject is None
    assert session.profile["skill_level"] == "技师" and "prior_titles" not in session.profile
    assert "years_in_field" not in session.profile
    assert "您本人" in answers[-1].text


def test_an_aside_about_oneself_does_not_lose_the_other_persons_facts(deps):
    # "帮我老公问…", then the asker's own "我自己也是技师 在同一个厂做质检的", then "他…" again: the husband's facts
    # said before hold again, and the asker's aside is not his
    session, answers = _talk(deps, "帮我老公问问 首席技师 他在临平一家纺织机械厂当维修电工 高级技师 天天在车间跑",
                             "我自己也是技师 在同一个厂做质检的",
                             "他一九年带的徒弟拿了浙江省职业技能大赛 一类的 维修电工第四名 省首席他没评过")
    assert session.subject == "他"
    assert session.profile["skill_level"] == "高级技师" and session.profile["employer_city"] == "杭州"
    assert session.profile["occupation"] == "维修电工" and session.profile["prior_titles"] == []
    assert "回到他的情况" in answers[-1].text


def test_a_him_naming_someone_new_is_no_return(deps):
    # the same aside, then another person named: a new person, not the husband whose facts were set aside
    session, _ = _talk(deps, "帮我老公问问 首席技师 他在临平一家纺织机械厂当维修电工 高级技师 天天在车间跑",
                       "我自己也是技师 在同一个厂做质检的", "他同事老王也想问问 老王是技师")
    assert session.profile.get("occupation") != "维修电工"


@pytest.mark.parametrize("switch, who", [
    ("不是我 是我老公 他在滨江写芯片测试程序 去年省数字经济行业职业技能竞赛个人第一名", "他"),
    ("不对，不是我自己，问的是我妈，她在滨江做数据标注，干了六年", "她"),
])
def test_not_me_but_my_relative_turns_the_case_to_them(deps, switch, who):
    # the asker corrects whose case it is: what they said of themself is set aside, the relative's 他/她 clauses are
    # the candidate's facts
    session, _ = _talk(deps, "第四届数字工匠 我做电商运营六年", switch)
    assert session.subject == who
    assert session.profile.get("occupation") != "电商运营" and session.profile.get("employer_city") == "杭州"


def test_not_him_but_me_turns_back_to_the_asker(deps):
    session, _ = _talk(deps, "帮我表哥问 首席技师 他是高级工", "不是他 是我自己 我技师 在萧山电厂一线 二〇年市级一类第一 省首席没有")
    assert session.subject is None and session.profile["skill_level"] == "技师"
    assert session.last_verdicts[0].verdict == "eligible"
