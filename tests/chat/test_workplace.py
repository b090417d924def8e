"""The asker's own workplace named without a verb of work ("我是万向集团的") says they work there now: 用工情况 is read as
在职全职 (inferred, said so) and is not the first question (chat.case.workplace, chat.case.dialogue)."""

from __future__ import annotations

import pytest

from assistant.chat.case.workplace import employment_of_workplace, workplace_named
from tests.chat_support import talk as _talk


@pytest.mark.parametrize("text, named", [
    ("我是万向集团的 高级技师 浙派工匠能报吗", True),
    ("首席技师 本人是富阳某造纸厂的 技师", True),
    ("我在杭州汽轮机厂 想问问首席技师", True),
    ("我以前是万向集团的 高级技师", False),  # the past
    ("我是万向集团的 退休返聘", False),  # another status talked about: the extractor reads it
    ("我老公是万向集团的 高级技师", False),  # a relative's unit, not the asker's
    ("我们厂的技师能不能报", False),  # no clause of the asker at a unit
])
def test_workplace_named(text, named):
    assert workplace_named(text) is named


def test_a_status_known_or_said_is_kept():
    assert employment_of_workplace({"employment": "part_time"}, {}, "我是万向集团的") == {}
    assert employment_of_workplace({}, {"employment": "retired"}, "我是万向集团的") == {}
    assert employment_of_workplace({}, {}, "我是万向集团的") == {"employment": "full_time"}


def test_the_employment_is_not_asked_of_one_who_named_the_factory(deps):
    session, (answer,) = _talk(deps, "我是万向集团的 高级技师 浙派工匠能报吗")
    assert session.profile["employment"] == "full_time" and session.sources["employment"] == "inferred"
    assert "employment" not in [q["field"] for q in answer.questions]
    assert "在职全职" in answer.text


def test_the_kind_of_firm_said_says_employed():
    assert employment_of_workplace({}, {"employer_type": "private"}, "会员 民企 称号没有") == {"employment": "full_time"}
    assert employment_of_workplace({}, {"employer_type": "soe"}, "我在国企 做数据平台") == {"employment": "full_time"}
    # a public unit may be 参公 or a cadre's post: asked, not inferred; a kind said before is no new word
    assert employment_of_workplace({}, {"employer_type": "public_institution"}, "事业单位的") == {}
    assert employment_of_workplace({"employer_type": "private"}, {}, "一直在杭州") == {}


def test_the_employment_is_not_asked_of_one_who_named_the_kind_of_firm(deps):
    session, (answer,) = _talk(deps, "首届数字工匠 我那时候已经在杭州做了八年大数据ETL了 会员 民企 称号没有")
    assert session.profile["employment"] == "full_time"
    assert "employment" not in [q["field"] for q in answer.questions]


@pytest.mark.parametrize("profile, facts, text, dropped", [
    # a new unit in the same province: the Zhejiang years said before stand
    ({"employer_city": "温州", "years_full_time_in_zhejiang": 10.0}, {"employer_city": "温州", "years_full_time_in_zhejiang": 0.08},
     "上个月又进了瓯海一家打火机厂 还是干装配调试", ("years_full_time_in_zhejiang",)),
    ({"employer_city": "杭州", "years_full_time_in_hangzhou": 9.0}, {"employer_city": "杭州", "years_full_time_in_hangzhou": 0.9},
     "去年跳槽到余杭一家厂 还是做焊工", ("years_full_time_in_hangzhou",)),
    # an arrival said with it is an arrival
    ({"employer_city": "杭州", "years_full_time_in_hangzhou": 9.0}, {"employer_city": "杭州", "years_full_time_in_hangzhou": 0.9},
     "去年才从苏州过来进了余杭一家厂", ()),
    # from outside the province: the new count is the province's
    ({"employer_city": "苏州", "years_full_time_in_zhejiang": 0.0}, {"employer_city": "温州", "years_full_time_in_zhejiang": 0.08},
     "上个月进了瓯海一家打火机厂", ()),
    # no change of unit said
    ({"employer_city": "杭州", "years_full_time_in_hangzhou": 9.0}, {"years_full_time_in_hangzhou": 3.0}, "在杭州三年", ()),
])
def test_moved_within(profile, facts, text, dropped):
    from assistant.chat.case.workplace import moved_within

    assert moved_within(profile, facts, text) == dropped


def test_a_new_job_in_the_same_province_keeps_its_years(deps):
    session, _ = _talk(deps, "浙派工匠 我在温州一家打火机厂做了十几年的点火装置装配调试 高级技师",
                       "上个月又进了瓯海一家打火机厂 还是干装配调试")
    assert session.profile["years_full_time_in_zhejiang"] >= 10
