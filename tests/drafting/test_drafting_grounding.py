"""The grounding checker: fabricated numbers, years, names, awards and organisations are caught."""

from __future__ import annotations

import pytest

from assistant.drafting import check_grounding, draft
from assistant.drafting.text import cn_value
from tests.drafting_support import APPLICANT, ID_CARD

FACTS = {
    **APPLICANT, "birth_date": "1986-05", "years_in_field": 12,
    "achievements": ["主导制定《工业互联网平台数据接口规范》团体标准2项", "带领团队打造AI智能体，服务企业300家，效率提升40%",
                     "获国家发明专利5项"],
    "trained_apprentices": "带徒十二人",
    "competition_results": [{"level": "provincial", "rank": 1, "year": 2025, "type": "individual",
                             "field": "浙江省数字经济行业职业技能竞赛"}],
    "awards": [{"level": "provincial", "kind": "浙江省科学技术进步奖二等奖", "year": 2023}],
    "prior_titles": ["杭州市首席技师"],
}


@pytest.mark.parametrize("text", [
    "张伟同志现任杭州云栖智造科技有限公司首席架构师，从事相关工作12年。",
    "主导制定《工业互联网平台数据接口规范》团体标准2项。",
    "带领团队打造AI智能体，服务企业300家，效率提升百分之四十。",
    "带徒十二人，获国家发明专利五项。",
    "2025年在浙江省数字经济行业职业技能竞赛中获个人第一名。",
    "二〇二三年获浙江省科学技术进步奖二等奖，获评“杭州市首席技师”。",
    "该同志进一步提升团队能力。",
])
def test_supported_text_passes(text):
    assert check_grounding(text, FACTS) == []


@pytest.mark.parametrize(("text", "flagged"), [
    ("服务企业3000家。", "3000"),  # a planted number
    ("效率提升45%。", "45"),
    ("带徒十五人。", "十五"),
    ("2019年获评技术能手。", "2019"),  # a planted year
    ("获浙江省科学技术进步奖一等奖。", "浙江省科学技术进步奖一等奖"),  # the award's grade changed
    ("荣获全国五一劳动奖章。", "全国五一劳动奖章"),  # an award that was never given
    ("获杭州市科技进步奖二等奖。", "杭州市科技进步奖"),
    ("主导制定《数据安全规范》。", "《数据安全规范》"),  # a quoted name
    ("获评“浙江工匠”。", "“浙江工匠”"),
    ("就职于阿里巴巴集团。", "阿里巴巴集团"),  # an organisation
    ("效率提升百分之五十。", "百分之五十"),
    (f"其身份证号为{ID_CARD}。", ID_CARD),  # never evidence
])
def test_fabrications_are_caught(text, flagged):
    found = check_grounding(text, FACTS)
    assert any(flagged in f for f in found), found


def test_each_finding_is_reported_once():
    assert check_grounding("获评“浙江工匠”，再获评“浙江工匠”。", FACTS) == ["“浙江工匠”"]


def test_a_birth_month_does_not_back_a_small_number():
    # 1986-05: the 5 of May must not make "5家" look supported.
    facts = {"birth_date": "1986-05", "achievements": ["攻克技术难题"]}
    assert check_grounding("服务企业5家。", facts) == ["5家"]


def test_planted_number_in_an_offline_draft_is_caught():
    text = draft(FACTS, "hz_digital_craftsman_2026").text
    assert check_grounding(text, FACTS) == []
    assert "300家" in text
    assert any("3000" in f for f in check_grounding(text.replace("300家", "3000家"), FACTS))
    assert any("2019" in f for f in check_grounding(text.replace("2025年", "2019年"), FACTS))


@pytest.mark.parametrize(("numeral", "value"), [("十二", 12), ("两百", 200), ("一百二十", 120), ("二〇二四", 2024),
                                                ("三千五百万", 35_000_000), ("十", 10), ("万", None), ("零", 0)])
def test_chinese_numerals(numeral, value):
    assert cn_value(numeral) == value


def test_the_drafters_own_rewording_is_backed():
    # A stray 《 inside a quoted name is dropped by the drafter, so it writes “0 0”: still the user's own words.
    facts = {"achievements": ["“0《0”攻关"]}
    d = draft(facts, "hz_digital_craftsman_2026")
    assert "“0 0”" in d.text
    assert d.unsupported == () and check_grounding(d.text, facts) == []
    assert "“0 1”" in check_grounding("“0 1”攻关。", facts)  # a changed number in the same quote is still caught


def test_a_result_of_the_apprentices_credited_to_the_candidate_is_flagged():
    facts = {"trained_apprentices": "带徒12人，有3个拿了省里比赛第三名",
             "competition_results": [{"level": "provincial", "rank": 3, "field": "有3个拿了省里比赛"}]}
    assert check_grounding("该同志在有3个拿了省里比赛中获第三名。", facts) == ["该同志在有3个拿了省里比赛中获第三名"]
    # Said of the apprentices, it is grounded; and the candidate's own result in the same contest is too.
    assert check_grounding("该同志带徒12人，有3个拿了省里比赛第三名。", facts) == []
    own = {"trained_apprentices": "徒弟在省技能大赛中获第三名",
           "competition_results": [{"level": "provincial", "rank": 1, "year": 2023, "field": "省技能大赛"}]}
    assert check_grounding("张伟同志2023年在省技能大赛中获第一名。", own) == []


def test_an_added_project_is_flagged_even_when_its_count_is_elsewhere():
    facts = {"achievements": ["主导制定团体标准2项"]}
    found = check_grounding("该同志主导制定团体标准2项，承担国家重点研发计划项目2项。", facts)
    assert any("国家重点研发计划项目" in f for f in found)
