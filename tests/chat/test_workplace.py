"""The asker's own workplace named without a verb of work ("我是万向集团的") says they work there now: 用工情况 is read as
在职全职 (inferred, said so) and is not the first question (chat.workplace, chat.dialogue)."""

from __future__ import annotations

import pytest

from assistant.chat.workplace import employment_of_workplace, workplace_named
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
