"""A quota asserted of a body the notice gives it not to (chat/premise/quota_holder.py)."""

from __future__ import annotations

import pytest

from assistant.chat.premise.quota_holder import quota_holder_premise

D26 = "hz_digital_craftsman_2026"


def test_a_count_given_to_another_body_is_corrected(deps):
    line, (cid, unit) = quota_holder_premise(deps.corpus, D26, "名额也是人社局那边分，我们区人社局能推4个，对吧？")
    assert line.startswith("不对") and "总工会" in line and "区人社局" in line
    assert cid == f"{D26}#三/(一)" and "不超过 4 名" in unit


@pytest.mark.parametrize(("program", "question"), [
    (D26, "第四届数字工匠区总工会能推4个吧"),  # the body holding it
    (D26, "第四届数字工匠每个区都能推6个吧"),  # no body named
    ("hz_chief_technician_2021", "首席技师区人社局能推4个吧"),  # 人力社保部门 hold it there
])
def test_no_holder_premise_where_the_body_holds_it_or_none_is_named(deps, program, question):
    assert quota_holder_premise(deps.corpus, program, question) is None


def test_a_body_of_a_kind_holding_a_quota_is_left_to_the_count_check(deps):
    # "各区、县（市）总工会推荐人数一般10-20名": 区县总工会 hold one, at whatever level each is written
    assert quota_holder_premise(deps.corpus, "hz_digital_craftsman_2023",
                                "我是拱墅区总工会的，首届数字工匠那次区县总工会一般推5到10个人，对吧？") is None
