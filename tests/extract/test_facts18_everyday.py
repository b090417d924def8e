"""Basic facts said in everyday words (facts18): a native of a place in China for the nationality, the year off one's
papers for the birth, a trade's own verb beside a start in Hangzhou and a stay all along for the trade's years, a
former district for the city, a day of handing out work or facing customers for the post, a place missed and the
place won after it at a contest."""

import datetime as dt

import pytest

from assistant.extract import extract

TODAY = dt.date(2026, 11, 21)


def _profile(text: str) -> dict:
    return extract(text, TODAY).profile


@pytest.mark.parametrize("text", ["我是土生土长的杭州人", "我是地道的湖南人", "俺是萧山本地人"])
def test_a_native_of_a_place_in_china_is_chinese(text):
    assert _profile(text)["nationality"] == "中国"


@pytest.mark.parametrize("text", ["我是杭州工匠候选人", "我老婆是杭州人", "我是美籍华人"])
def test_no_native_of_china_read_where_the_place_is_no_whole_name_or_not_the_asker(text):
    assert _profile(text).get("nationality") != "中国"


@pytest.mark.parametrize("text, birth", [("我身份证上是1968年的", "1968-01"), ("户口本上是1971年3月的", "1971-03")])
def test_the_year_off_ones_papers_is_the_birth(text, birth):
    assert _profile(text)["birth_date"] == birth


def test_a_trade_verb_beside_a_start_in_hangzhou_dates_the_trade():
    p = _profile("在余杭一家茶厂炒茶，1988年开始一直在杭州，一线")
    assert p["years_in_field"] == p["years_full_time_in_hangzhou"]


def test_a_stay_all_along_with_the_work_gone_on_dates_the_trade():
    p = _profile("技校毕业那年进的这家阀门厂，1997年，到现在没换过地方，厂在余杭，一直在车间干车工")
    assert p["years_in_field"] == p["years_full_time_in_hangzhou"]


def test_a_change_of_trade_keeps_the_stay_from_dating_the_trade():
    p = _profile("技校毕业那年进的这家阀门厂，1997年，到现在没换过地方，厂在余杭，之前跑销售，后来一直在车间干车工")
    assert p.get("years_in_field") != p.get("years_full_time_in_hangzhou")


@pytest.mark.parametrize("text, city", [("我在下城一家电力公司做继电保护", "杭州"), ("在下城上班", "杭州")])
def test_a_former_district_is_hangzhou(text, city):
    assert _profile(text)["employer_city"] == city


def test_a_former_district_inside_other_words_is_no_place():
    from assistant.extract.places import cities_in

    assert cities_in("从乡下城里来") == []


@pytest.mark.parametrize("text, role", [
    ("这两年当了工段长，手上的活少了，主要是派工排班", "management"),
    ("当了技术副厂长，每天就是开会签字", "management"),
    ("现在主要跟客户对接，出差谈项目", "administrative"),
    ("现在在公司做售前方案，跟着销售跑客户", "administrative"),
])
def test_a_day_of_handing_out_work_or_facing_customers_is_off_the_line(text, role):
    assert _profile(text)["role_type"] == role


def test_a_line_team_head_with_hands_on_stays_on_the_line():
    assert _profile("我是班组长，每天带着大家一起干活")["role_type"] == "frontline_technical"


@pytest.mark.parametrize("text, rank", [
    ("今年省数字经济技能竞赛第一没拿到，拿了第二", 2),
    ("去年市里的数字经济技能竞赛冠军没拿到，拿了第三", 3),
])
def test_a_place_missed_then_the_place_won(text, rank):
    assert [c["rank"] for c in _profile(text)["competition_results"]] == [rank]


def test_a_place_denied_after_it_is_no_placing():
    assert _profile("去年市里焊工比赛第一名没拿到")["competition_results"] == []


def test_a_team_said_after_the_placing_makes_it_a_team_result():
    assert _profile("市赛第一名，不过是团体的")["competition_results"][0]["type"] == "team"


def test_a_nationality_said_outright_outranks_being_a_native():
    assert _profile("我是土生土长的杭州人，后来入了美国籍")["nationality"] == "美国"


def test_a_trade_verb_with_no_workplace_then_a_move_starts_no_trade():
    assert "years_in_field" not in _profile("我开挖掘机的，九八年就来了杭州")


@pytest.mark.parametrize("text, years", [("毕业就干，一五年", 10.92), ("入的这行，零八年", 17.92)])
def test_a_dateless_entry_then_its_year_alone(text, years):
    assert _profile(text)["years_in_field"] == pytest.approx(years, abs=0.01)


@pytest.mark.parametrize("text, years", [("干了七八年", 7.0), ("干了两三年", 2.0), ("干了十五年", 15.0)])
def test_approximate_counts_stay_counts(text, years):
    assert _profile(text)["years_in_field"] == pytest.approx(years, abs=0.01)


def test_two_digits_said_one_by_one_are_a_year_not_a_count():
    from assistant.extract.numbers import durations

    assert durations("一五年") == [] and durations("九六年") == []


def test_back_home_then_a_join_in_hangzhou_starts_the_stay():
    p = _profile("之前在迪拜做了九年网络优化，去年八月才回国，进了滨江一家通信公司还是做网优")
    assert p["hangzhou_full_time_start"] == "2025-08"


@pytest.mark.parametrize("text, level", [("高级技师还差一点，现在是技师", "技师"), ("技师就差一步，现在是高级工", "高级工"),
                                         ("技师差不多十年了", "技师")])
def test_a_level_still_short_of_is_not_held(text, level):
    assert _profile(text)["skill_level"] == level


def test_a_heads_post_facing_customers_stays_management():
    assert _profile("去年开始转岗做销售总监了，现在主要跑客户，不写代码了")["role_type"] == "management"
