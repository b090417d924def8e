"""digit23: the deciding facts of the two 数字工匠 editions as applicants tell them — a title already held told with its
round or by the body that conferred it, and the work said with 负责 at an employer that makes something else."""

import pytest

from assistant.extract import extract
from assistant.extract.asked import blank_asked
from tests.extract_support import TODAY


@pytest.mark.parametrize("text, title", [
    ("二三年那届数字工匠我就评上了，证书还挂在公司墙上", "杭州数字工匠"),  # the round named, then 我就评上了
    ("那届数字工匠我就评上了", "杭州数字工匠"),
    ("一九年省里把我评成了浙江工匠", "浙江工匠"),  # the body the subject, the asker its object
    ("省里19年把我评为浙江工匠", "浙江工匠"),
])
def test_a_title_told_as_a_story_is_held(text, title):
    assert extract(text, TODAY).profile.get("prior_titles") == [title]


@pytest.mark.parametrize("text", ["那届数字工匠我就评上了吗", "要是那届数字工匠我就评上了", "我评浙江工匠能行吗"])
def test_a_title_asked_or_supposed_is_not_held(text):
    assert not extract(text, TODAY).profile.get("prior_titles")


def test_a_result_verb_after_me_asks_nothing():
    # 我评 asks ("我评浙江工匠能行吗"); 把我评成 / 评为 reports what was conferred
    assert "浙江工匠" in blank_asked("一九年省里把我评成了浙江工匠")
    assert "浙江工匠" not in blank_asked("我评浙江工匠能行吗")


@pytest.mark.parametrize("text, work", [
    ("在一家女装公司负责后台系统开发", "后台系统开发"),
    ("在一家做女装的公司负责小程序商城和后台系统开发", "小程序商城和后台系统开发"),
    ("我在纺织厂负责MES系统的运维", "MES系统的运维"),
])
def test_the_work_said_with_fuze_is_the_occupation(text, work):
    profile = extract(text, TODAY).profile
    assert profile.get("occupation") == work and profile.get("is_digital_economy") is True


def test_a_trade_said_with_fuze_is_still_judged_by_the_trade():
    assert extract("在厂里负责设备维修", TODAY).profile.get("is_digital_economy") is False


def test_a_spot_at_the_workplace_is_no_work():
    # "挂在公司墙上": where the papers hang, not a job at the company (read as one, 墙上 was judged no digital work)
    profile = extract("证书还挂在公司墙上", TODAY).profile
    assert "occupation" not in profile and "is_digital_economy" not in profile


def test_a_task_said_with_fuze_names_no_work():
    # 负责 takes an object as the work's name only where it ends in a kind of work (开发, 运维, 维修 …)
    profile = extract("我是项目经理，负责交付", TODAY).profile
    assert "occupation" not in profile and "is_digital_economy" not in profile


@pytest.mark.parametrize("text, start", [
    ("2024年国庆后到的杭州上班", "2024-10"),  # was read as the year's end (2024-12)
    ("二三年五一后来的杭州上班", "2023-05"),
    ("二四年元旦后来杭州上班", "2024-01"),
])
def test_a_move_after_a_fixed_holiday_is_dated_by_its_month(text, start):
    assert extract(text, TODAY).profile.get("hangzhou_full_time_start") == start


@pytest.mark.parametrize("text", ["我在公司做SRE", "我在银行做BI报表"])
def test_work_named_by_its_latin_letters_is_read_in_its_field(text):
    # SRE was read as no digital work (the letters alone mean nothing to the occupation model): latin_terms glosses them
    assert extract(text, TODAY).profile.get("is_digital_economy") is True


@pytest.mark.parametrize("text, level", [
    ("去年杭州数字经济职业技能竞赛个人第一名", "municipal"),  # 杭州 without 市 names the city (was no result at all)
    ("2025年浙江数字经济技能大赛个人第一名", "provincial"),
])
def test_a_contest_named_by_its_city_or_province_alone_has_that_level(text, level):
    (result,) = extract(text, TODAY).profile["competition_results"]
    assert result["level"] == level and result["rank"] == 1


def test_duoguan_is_the_first_place():
    (result,) = extract("去年省数字技能大赛个人赛夺冠", TODAY).profile["competition_results"]
    assert result["rank"] == 1 and result["type"] == "individual"


@pytest.mark.parametrize("text", ["去年参加省数字技能大赛想夺冠，没夺冠", "去年参加省数字技能大赛想拿冠军，没拿到冠军"])
def test_a_first_place_only_wished_for_is_none(text):
    assert not extract(text, TODAY).profile.get("competition_results")
