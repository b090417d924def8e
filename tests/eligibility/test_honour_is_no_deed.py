"""An honour conferred (先进工作者, 十佳员工, 技术能手, 劳动奖章, 特殊津贴, 二等奖) is no deed for a merit alternative: alone
it meets none of them, whatever its level, and the verdict is a clear no where no other alternative holds; a deed told
beside it is still the experts' to weigh. The speaker's place among an award's winners (我排第四) is a remark on the
award, not a deed. And a no said clause by clause inside one text (除了…以外，标准没碰过，…) is a no like one said
in whole, so routine work told after it leaves it standing."""

from __future__ import annotations

import pytest
from eligibility_support import run

from assistant.language.lexicon import honour_named, place_remark

MERIT = {"hz_craftsman_2016": ("alt_knack", "alt_craft", "alt_innovation"),
         "zj_craftsman_2023": ("alt_training", "alt_innovation", "alt_method", "alt_transfer", "alt_digital"),
         "hz_digital_craftsman_2026": ("alt_standards", "alt_innovation")}


def _merit(v, program: str) -> list:
    return [r for r in v.reasons if r.rule in MERIT[program]]


@pytest.mark.parametrize("honour", ["二〇一三年被评为拱墅区先进生产者", "连续三年集团优秀职工", "厂里给的技术标兵",
                                    "评过县里的青年岗位能手", "拿过区总工会的五一劳动奖章", "公司年度十佳工程师"])
@pytest.mark.parametrize("program", list(MERIT))
def test_an_honour_alone_meets_no_merit_alternative(program, honour):
    v = run(program, {"achievements": [honour], "awards": [], "competition_results": [], "trained_apprentices": "无"})
    alts = _merit(v, program)
    assert alts and all(r.ok is False for r in alts), [(r.rule, r.ok, r.message) for r in alts]
    assert "荣誉或奖项" in alts[0].message


def test_an_honour_alone_is_a_clear_no_for_hangzhou_craftsman():
    v = run("hz_craftsman_2016", {"achievements": ["评上过余杭区劳动模范"], "awards": [], "competition_results": []})
    assert v.verdict == "not_eligible"


@pytest.mark.parametrize("deed", ["自己设计了一套焊缝跟踪夹具，返修率降了一半", "带出来的八个徒弟都成了班组骨干"])
def test_a_deed_beside_an_honour_still_goes_to_the_experts(deed):
    v = run("zj_craftsman_2023", {"achievements": ["二〇二〇年获杭州市技术能手", deed], "awards": [],
                                  "competition_results": [], "trained_apprentices": ""})
    assert any(r.ok is None for r in _merit(v, "zj_craftsman_2023"))


def test_the_speakers_place_among_an_awards_winners_is_no_deed():
    # a city 科技奖 falls short of 第四届's 省级及以上; "我排第四" only says where the speaker stood among its winners
    v = run("hz_digital_craftsman_2026", {"achievements": ["团队拿了杭州市科学技术进步奖三等奖，我排第四"],
                                          "awards": [], "competition_results": []})
    assert v.verdict == "not_eligible", [(r.rule, r.ok, r.message) for r in v.reasons]


def test_a_no_said_clause_by_clause_stands_beside_routine_work():
    said = "除了公司里评过一次优秀员工以外，标准化没碰过，技术攻关也轮不上我，平时就是按运维手册做巡检"
    v = run("hz_digital_craftsman_2026", {"achievements": [said], "awards": [], "competition_results": []})
    alts = _merit(v, "hz_digital_craftsman_2026")
    assert all(r.ok is False for r in alts), [(r.rule, r.ok, r.message) for r in alts]


def test_a_no_said_clause_by_clause_still_reopens_for_a_possible_deed():
    said = "标准化没碰过，不过把告警规则重写了一遍，误报少了一大半"
    v = run("hz_digital_craftsman_2026", {"achievements": [said], "awards": [], "competition_results": []})
    assert any(r.ok is None for r in _merit(v, "hz_digital_craftsman_2026"))


@pytest.mark.parametrize(("clause", "honour"), [("区先进工作者", True), ("全国技术能手", True), ("省科技进步二等奖", True),
                                                ("主导制定了两项团体标准", False), ("带徒弟参赛拿了第一", False),
                                                ("先进操作法在车间推广", False)])
def test_honour_words_are_a_class(clause, honour):
    assert honour_named(clause) is honour


@pytest.mark.parametrize(("clause", "remark"), [("我排第四", True), ("我在项目里排第五", True), ("第二完成人", True),
                                                ("排第三的是我师傅的徒弟做的工装", False), ("负责其中的算法模块", False)])
def test_a_place_remark(clause, remark):
    assert place_remark(clause) is remark
