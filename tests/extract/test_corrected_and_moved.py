"""A message that corrects itself, and years of work across a move between cities.

- A correction in the same message ("其实是四年", "哦不，是2018年", "我算错了") replaces the value it corrects, of the
  same kind: a count corrects a count, a date a date (a bare "20年" after "19年来的杭州" is 2020, not twenty years).
- Years before a move to a city of Zhejiang add to the trade's years since the move, as they do before a move to
  Hangzhou; a province said without a city is a place too; they are never Hangzhou's years.
"""

from __future__ import annotations

import datetime as dt

import pytest

from assistant.extract import extract
from assistant.extract.numbers import durations

TODAY = dt.date(2026, 11, 21)


def _profile(text: str) -> dict:
    return extract(text, TODAY).profile


@pytest.mark.parametrize(("text", "field", "want"), [
    ("在杭州干了三年，其实是四年，我算错了", "years_full_time_in_hangzhou", 4.0),
    ("我在萧山做钳工八年了，额不，九年", "years_in_field", 9.0),
    ("在杭州干了19年，实际上是20年", "years_full_time_in_hangzhou", 20.0),
    ("做面点六年，准确说是七年", "years_in_field", 7.0),
])
def test_a_count_corrected_in_the_same_message(text, field, want):
    assert _profile(text)[field] == pytest.approx(want)


@pytest.mark.parametrize(("text", "start"), [
    ("2017年来的杭州，哦不，是2018年", "2018-12"),
    ("19年来的杭州，实际上是20年", "2020-12"),
    ("16年来的杭州做厨师，不不，17年", "2017-12"),
])
def test_a_start_corrected_by_a_bare_date(text, start):
    profile = _profile(text)
    assert profile["hangzhou_full_time_start"] == start
    assert profile["years_full_time_in_hangzhou"] < 10


@pytest.mark.parametrize(("text", "born"), [
    ("我是85年的，哦不，86年", "1986-01"),
    ("我88年出生，不对，是87年", "1987-01"),
])
def test_a_birth_year_corrected(text, born):
    assert _profile(text)["birth_date"] == born


@pytest.mark.parametrize("text", [
    "技术总监这个头衔是虚的，其实我天天还是在写代码调模型",  # 其实 going on, no value: no correction
    "车间副主任，其实还是天天上机床",
])
def test_in_fact_without_a_value_is_read_with_what_came_before(text):
    assert _profile(text)["role_type"] == "frontline_technical"


@pytest.mark.parametrize(("text", "field_years", "zj", "city"), [
    ("以前在广东干了十年，2020年来的宁波", (15.9, 15.95), (5.9, 5.95), "宁波"),
    ("以前在深圳干了十年电工，2020年来的宁波，还是干电工", (15.9, 15.95), (5.9, 5.95), "宁波"),
    ("之前在绍兴做了三年，2021年来的宁波", (7.9, 7.95), (7.9, 7.95), "宁波"),
])
def test_years_before_a_move_within_zhejiang_add_up(text, field_years, zj, city):
    profile = _profile(text)
    assert field_years[0] <= profile["years_in_field"] <= field_years[1]
    assert zj[0] <= profile["years_full_time_in_zhejiang"] <= zj[1]
    assert profile["employer_city"] == city
    assert "years_full_time_in_hangzhou" not in profile


@pytest.mark.parametrize(("text", "hz", "field_years"), [
    ("在上海做了八年，前年才到杭州", (1.9, 1.95), (9.9, 9.95)),
    ("以前在广东干了十年，前年才到杭州", (1.9, 1.95), (11.9, 11.95)),
    ("老家安徽做了五年木工，18年来杭州搞装修，一直干到现在", (7.9, 7.95), (12.9, 12.95)),
])
def test_hangzhou_years_count_from_the_arrival(text, hz, field_years):
    profile = _profile(text)
    assert hz[0] <= profile["years_full_time_in_hangzhou"] <= hz[1]
    assert field_years[0] <= profile["years_in_field"] <= field_years[1]


@pytest.mark.parametrize(("text", "spans"), [
    ("18年来杭州搞装修", []), ("19年过来的宁波", []),  # a year, then a move to a place
    ("15年来一直在做木工", [15.0]),  # fifteen years of it
])
def test_a_two_digit_year_before_a_move_is_no_span(text, spans):
    assert [d.years for d in durations(text)] == spans


@pytest.mark.parametrize(("text", "city", "posted"), [
    ("公司在杭州但人在海宁", "杭州", "海宁"),
    ("单位注册在滨江，我常驻绍兴的项目上", "杭州", "绍兴"),
    ("单位在萧山，被派驻到宁波的工地三年了", "杭州", "宁波"),
])
def test_the_employer_seat_and_where_one_is_posted_are_two_facts(text, city, posted):
    extraction = extract(text, TODAY)
    assert extraction.profile["employer_city"] == city
    assert "years_full_time_in_hangzhou" not in extraction.profile  # posted elsewhere: no Hangzhou years read
    assert any(posted in r for r in extraction.readings)  # said back, to be corrected


@pytest.mark.parametrize(("text", "city"), [
    # the head office is not the unit one works at; both are kept, the notices not deciding which counts
    # (extract.arrangement, employer19)
    ("公司总部在上海，我在杭州分公司上班", "上海（在杭州工作）"),
    ("我们厂在嘉兴，我每天从杭州开车过去上班", "嘉兴"),
    ("我在宁波上班，杭州只是周末回家住", "宁波"),
])
def test_the_employer_city_where_no_seat_is_set_apart(text, city):
    assert _profile(text)["employer_city"] == city


@pytest.mark.parametrize("text, employment", [
    ("自己接订单做", "freelance"),  # taking one's own orders: no employee of anyone
    ("自己开了个小作坊接活，做不锈钢加工", "freelance"),
    ("我是桐庐的竹编手艺人，自己接订单做，没挂单位", "freelance"),
    ("接私活做小程序开发，没挂靠单位，在杭州干了五年", "freelance"),
    ("在余杭开了家小面馆，自己掌勺十年", None),  # a shop of one's own may have staff: the status is asked
    ("在萧山，自己接活", "freelance"),  # was read as no post at all; one's own hands do the work
])
def test_working_for_oneself_is_front_line_work(text, employment):
    profile = _profile(text)
    assert profile["role_type"] == "frontline_technical"
    assert profile.get("employment") == employment


@pytest.mark.parametrize("text", ["以前自己接活，现在在厂里上班", "兼职接点私活，主业在厂里", "自己开公司当老板，主要跑业务"])
def test_working_for_oneself_in_the_past_on_the_side_or_as_a_boss_is_no_freelance(text):
    assert _profile(text).get("employment") != "freelance"


def test_running_a_business_is_not_read_as_freelance_work():
    assert _profile("自己开公司当老板，主要跑业务").get("role_type") != "frontline_technical"


@pytest.mark.parametrize(("text", "role"), [
    ("管着30来号人的装配车间，但我自己也上线，难的活都是我来", "frontline_technical"),
    ("带着七八个人的班组，自己还在一线焊接", "frontline_technical"),
    ("带着七八个人的班组", "frontline_technical"),  # a team of the line is led from the line
    ("管着12人，自己也干", "frontline_technical"),
    ("我带的组有6个人，活我也一起干", "frontline_technical"),
    ("手下管着二十多个人，我基本不碰设备了", "management"),
    ("车间主任，主要管人管生产计划，很少动手了", "management"),
    ("我管着一个十几人的研发团队，代码现在写得少了，主要开会协调", "management"),
])
def test_leading_people_is_read_with_what_ones_own_hands_do(text, role):
    assert _profile(text)["role_type"] == role


@pytest.mark.parametrize("text", ["管着五十多人", "我管着一个十几人的研发团队"])
def test_leading_people_with_nothing_said_of_ones_own_work_is_left_to_ask(text):
    assert "role_type" not in _profile(text)


@pytest.mark.parametrize(("text", "member"), [
    ("单位没有工会，我也就没入", False),  # the joining verb's object is the union said just before
    ("厂里有工会，我早就入了", True),
    ("工会是有的，我没参加过", False),
])
def test_joining_the_union_said_in_the_clause_before(text, member):
    assert _profile(text)["union_member"] is member


@pytest.mark.parametrize("text", ["我们厂有工会，我不太清楚有没有给我入", "厂里有工会，我记不清入没入了",
                                  "单位有工会，我不知道算不算入了"])
def test_not_knowing_whether_one_joined_is_no_answer(text):
    assert "union_member" not in _profile(text)


@pytest.mark.parametrize(("text", "hz", "zj", "field_years"), [
    ("我在萧山的工厂当质检员，在这干了5年，之前在诸暨的袜厂做了3年", 5.0, 8.0, 8.0),  # 这: the place just named
    ("在杭州做了两年半的数据标注，之前在老家做了一年", 2.5, 2.5, 3.5),  # 老家: a place away, not named
    ("在杭州干了3年，之前在外地干了4年", 3.0, 3.0, 7.0),
])
def test_spans_here_and_away_add_up(text, hz, zj, field_years):
    profile = _profile(text)
    assert (profile["years_full_time_in_hangzhou"], profile["years_full_time_in_zhejiang"],
            profile["years_in_field"]) == pytest.approx((hz, zj, field_years))


@pytest.mark.parametrize(("text", "start"), [
    ("十年前从湖南过来，一直在杭州做瓦工", "2016-11"),
    ("八年前从江西过来的，一直在萧山开塔吊", "2018-11"),
])
def test_a_past_move_with_the_work_gone_on_since_is_the_start(text, start):
    assert _profile(text)["hangzhou_full_time_start"] == start


def test_a_registered_home_elsewhere_does_not_hide_the_workplace():
    assert _profile("我是外地户口但在西湖区全职上班四年多了")["employer_city"] == "杭州"
    assert _profile("户口在安徽，在萧山上班")["employer_city"] == "杭州"


@pytest.mark.parametrize("text", ["没考过啥证，就是干活干得好", "啥证都没有", "什么证也没考过"])
def test_no_certificate_of_any_kind_is_no_skill_level(text):
    assert _profile(text)["skill_level"] == "none"


@pytest.mark.parametrize(("text", "zj"), [
    ("俺在宁波一家注塑厂做模具，干了十年了，在浙江一直干了十年", 10.0),  # the province holds the city: one stretch
    ("在金华做了6年，在浙江一共6年", 6.0),
])
def test_a_province_said_alone_holds_its_cities(text, zj):
    assert _profile(text)["years_full_time_in_zhejiang"] == pytest.approx(zj)


def test_a_start_in_zhejiang_said_by_the_province_outranks_a_span_around_it():
    profile = _profile("在深圳打工七年，16年回的浙江，在金华做了两年，然后到杭州")
    assert 9.9 <= profile["years_full_time_in_zhejiang"] <= 10.95


@pytest.mark.parametrize(("text", "field"), [
    ("今年1月省数字经济行业职业技能竞赛工业机器人系统运维员赛项个人第一", "省数字经济行业职业技能竞赛"),
    ("2019年5月参加杭州市职业技能大赛拿了第一名", "杭州市职业技能大赛"),
    ("去年十月浙江省技能大赛第二名", "浙江省技能大赛"),
])
def test_the_month_a_competition_was_held_is_not_its_name(text, field):
    assert _profile(text)["competition_results"][0]["field"] == field


def test_a_start_beside_a_job_named_by_its_field_is_the_jobs_start_too():
    profile = _profile("萧山民企一线运维，2017年起在杭全职")
    assert profile["years_in_field"] == pytest.approx(profile["years_full_time_in_hangzhou"])
