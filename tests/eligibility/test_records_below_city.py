"""A record that names a body below the city (an employer's own contest or award, a district's or county's) is below
every bar of the five notices (市级第1名, 市级及以上科学技术类奖项): a clear no for the record rows, whatever level the
form gives it; and an award's name holding a kind's words (厂里的技术革新奖) is a record, not a deed for the experts
(docs/verdict-policy.md, 选择性条件)."""

import datetime as dt

import pytest

from assistant.eligibility.api import check
from assistant.eligibility.honours import award_level, contest_level, level_in_text
from assistant.profile import Award

TODAY = dt.date(2026, 11, 21)
COMMON = {"nationality": "中国", "rehired": False, "employment": "full_time", "role_type": "frontline_technical",
          "union_member": True, "employer_city": "杭州", "prior_titles": [], "employer_type": "private",
          "trained_apprentices": "无"}
C16 = {**COMMON, "facts_as_of": "2016-09-30", "birth_date": "1972-03", "occupation": "钳工", "years_in_field": 22,
       "years_full_time_in_hangzhou": 20, "years_full_time_in_zhejiang": 20, "skill_level": "高级技师", "awards": []}
D23 = {**COMMON, "facts_as_of": "2023-03-31", "birth_date": "1988-01", "occupation": "软件测试员", "years_in_field": 9,
       "years_full_time_in_hangzhou": 6, "years_full_time_in_zhejiang": 6, "skill_level": "none",
       "is_digital_economy": True, "competition_results": []}
ZJ = {**COMMON, "facts_as_of": "2026-11-21", "birth_date": "1976-02", "occupation": "装配钳工", "years_in_field": 20,
      "years_full_time_in_zhejiang": 20, "employer_city": "嘉兴", "skill_level": "高级技师", "awards": [],
      "competition_results": []}


@pytest.mark.parametrize(("name", "level"), [
    ("2018年公司职工技能比武", "in_house"), ("集团内部的数控技能大赛", "in_house"), ("厂里的岗位技能比武", "in_house"),
    ("桐庐县职工技能大赛", "district"), ("杭州市临平区职业技能竞赛", "district"),
    ("浙江省职业技能大赛（宁波赛区）", "provincial"), ("2019年杭州市职业技能大赛", "municipal"),
])
def test_the_body_a_contest_names(name, level):
    assert contest_level(name) == level


@pytest.mark.parametrize(("kind", "given", "level"), [
    ("拱墅区科学技术进步奖三等奖", "municipal", "district"),  # the name's district over the form's level
    ("公司科技进步奖二等奖", None, "in_house"),
    ("杭州市科学技术进步奖二等奖", "municipal", "municipal"),
    ("浙江省科学技术奖三等奖", None, "provincial"),
])
def test_the_level_of_an_award(kind, given, level):
    assert award_level(Award(level=given, kind=kind, year=2020)) == level
    assert level_in_text(kind) in {level, given}


def test_an_in_house_contest_first_place_is_no_city_first_place():
    comps = [{"level": "municipal", "tier": None, "rank": 1, "year": 2014, "type": "individual",
              "field": "2014年集团内部技能比武钳工项目"}]
    said = ["一四年集团内部技能比武钳工第一名", "绝活、操作法、技术革新都谈不上，干的也不是传统手艺"]
    assert check({**C16, "competition_results": comps, "achievements": said}, "hz_craftsman_2016",
                 as_of=TODAY).verdict == "not_eligible"


def test_a_district_science_award_filled_in_as_municipal_is_below_the_bar():
    said = ["一九年参与的项目拿过临平区科学技术进步奖", "标准化没参与过，攻关谈不上，没带过选手"]
    awards = [{"level": "municipal", "kind": "临平区科学技术进步奖三等奖", "year": 2019}]
    assert check({**D23, "awards": awards, "achievements": said}, "hz_digital_craftsman_2023",
                 as_of=TODAY).verdict == "not_eligible"


def test_an_in_house_innovation_award_is_a_record_not_a_deed():
    said = ["前年厂里评了个合理化建议技术革新三等奖，发了八百块", "徒弟没带过，操作法没总结过，成果转化、数字化改造都没搞过"]
    assert check({**ZJ, "achievements": said}, "zj_craftsman_2023", as_of=TODAY).verdict == "not_eligible"


def test_a_deed_told_beside_an_in_house_award_stays_with_the_experts():
    said = ["我牵头改的装配工装拿了公司技术革新一等奖，装配效率提高了三成", "徒弟没带过，操作法没总结过"]
    assert check({**ZJ, "achievements": said}, "zj_craftsman_2023", as_of=TODAY).verdict == "needs_review"


def test_a_city_award_is_not_read_as_below_the_city():
    awards = [{"level": "municipal", "kind": "杭州市科学技术进步奖三等奖", "year": 2021}]
    said = ["二一年参与的项目拿了杭州市科学技术进步奖三等奖"]
    assert check({**D23, "awards": awards, "achievements": said}, "hz_digital_craftsman_2023",
                 as_of=TODAY).verdict == "eligible"


@pytest.mark.parametrize(("name", "level"), [
    ("2024年杭州市数字经济行业职业技能竞赛（区块链应用操作员赛项）", "municipal"),  # 区块链 is a trade, no district
    ("2013年富阳市职工技能比武", "district"),  # a county-level city's (富阳市 until 2014)
    ("2012年建德市职业技能大赛", "district"),
])
def test_the_last_body_named_decides(name, level):
    assert contest_level(name) == level


def test_a_county_level_citys_first_place_filled_in_as_municipal_is_no_city_first_place():
    comps = [{"level": "municipal", "tier": None, "rank": 1, "year": 2013, "type": "individual",
              "field": "2013年富阳市职业技能大赛（钳工）"}]
    said = ["一三年富阳市技能大赛钳工第一名", "绝活、操作法、技术革新都谈不上，干的也不是传统手艺"]
    assert check({**C16, "competition_results": comps, "achievements": said}, "hz_craftsman_2016",
                 as_of=TODAY).verdict == "not_eligible"
