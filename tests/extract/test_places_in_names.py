"""A city's name inside a feature's or an area's name is not the city (杭州湾新区 is in 宁波, 杭州湾上虞经济开发区 in
绍兴, 杭州湾跨海大桥 places nothing); a unit named by its kind after a city (杭州地铁, 萧山供电) places the job; and a
unit's staff saying where the unit is (我们是萧山一家…) place the colleague they ask about."""

from __future__ import annotations

import datetime as dt

import pytest

from assistant.extract import extract
from assistant.extract.places import city_of

TODAY = dt.date(2026, 11, 21)


@pytest.mark.parametrize(("name", "city"), [("杭州湾新区", "宁波"), ("慈溪杭州湾新区", "宁波"), ("杭州湾上虞经济开发区", "绍兴"),
                                             ("前湾新区", "宁波")])
def test_areas_named_after_another_city(name, city):
    assert city_of(name)[0] == city


@pytest.mark.parametrize("name", ["杭州湾跨海大桥", "杭州湾"])
def test_a_feature_is_no_city(name):
    assert city_of(name) is None


@pytest.mark.parametrize("text", ["在杭州湾新区的一家模具厂干了六年钳工", "我在宁波杭州湾新区上班，做注塑，八年了"])
def test_years_in_the_bay_area_are_not_hangzhou_years(text):
    profile = extract(text, TODAY).profile
    assert profile.get("employer_city") == "宁波"
    assert "years_full_time_in_hangzhou" not in profile and profile.get("years_full_time_in_zhejiang")


@pytest.mark.parametrize("text", ["我是杭州公交的，修了十年车", "我是萧山供电的，一直在带电作业班", "我是杭州地铁的，在车辆段修车"])
def test_a_unit_named_by_its_kind_places_the_job(text):
    assert extract(text, TODAY).profile.get("employer_city") == "杭州"


@pytest.mark.parametrize(("text", "city"), [
    ("我们是余杭一家电梯厂，想帮车间的老钳工问问首席技师，他干了二十年", "杭州"),
    ("咱们公司位于宁波镇海，我是人事，想替一位老焊工问问浙派工匠，他在这干了十五年", "宁波"),
])
def test_the_unit_said_by_its_staff_places_the_colleague(text, city):
    assert extract(text, TODAY).profile.get("employer_city") == city
