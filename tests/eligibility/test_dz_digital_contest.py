"""digit23: the 第四届 direct route reads a contest named in other words of the digital economy ("省里的数字技能大赛")
as the notice's 数字经济行业职业技能竞赛; a contest named by neither stays for the organiser to confirm."""

import pytest
from eligibility_support import reason, run

from assistant.eligibility.honours import contest_digital

D26 = "hz_digital_craftsman_2026"


@pytest.mark.parametrize("field, digital", [
    ("省里的数字技能大赛", True),
    ("2025年全国数字技能大赛云计算赛项", True),
    ("2025年杭州市数字经济职业技能竞赛", True),
    ("2025年浙江省焊工职业技能大赛", False),
    ("工业机器人系统运维员赛项", False),
])
def test_the_contest_name_says_the_digital_economy(field, digital):
    assert contest_digital(field) is digital


def _first(field):
    return {"competition_results": [{"level": "provincial", "tier": None, "rank": 1, "year": 2025,
                                     "type": "individual", "field": field}]}


def test_a_digital_skills_contest_first_place_is_direct():
    assert reason(run(D26, _first("2025年浙江省数字技能大赛")), "direct").ok is True


def test_a_contest_named_by_neither_is_still_to_confirm():
    assert reason(run(D26, _first("2025年工业机器人系统运维员赛项")), "direct").ok is None
