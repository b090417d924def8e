"""Facts said in passing that the clause guards used to drop or misread: a digital tool used in a trade, a level
named as a title or not yet taken, a programme named as the message's heading, a count that leaves something
out ("实习不算的话"), "什么…都没有" as a denial, and a state said in the perfect before asking whether one may
still apply."""

import datetime as dt

import pytest

from assistant.extract import extract

TODAY = dt.date(2026, 11, 21)


def _profile(text):
    return extract(text, TODAY).profile


@pytest.mark.parametrize("text", ["在一家山核桃加工厂做会计，天天用财务软件和Excel做报表",
                                  "我是开茶叶店的，通过小程序和电商平台卖茶", "做木雕的，平时用电脑软件画图"])
def test_a_digital_tool_used_is_not_digital_work(text):
    assert _profile(text).get("is_digital_economy") is not True


@pytest.mark.parametrize("text", ["在滨江做软件开发，天天用Git", "我在互联网公司用Java写代码"])
def test_digital_work_with_its_tools_is_still_digital(text):
    assert _profile(text).get("is_digital_economy") is True


@pytest.mark.parametrize("text, job", [("在一家加工厂做会计，天天用财务软件做报表", "会计"),
                                       ("我在物业做电工，每天做巡检", "电工")])
def test_a_task_said_after_the_job_is_not_another_job(text, job):
    assert _profile(text).get("occupation") == job


@pytest.mark.parametrize("text, level", [("高级工，技师还没去考", "高级工"), ("中级工，高级工证还没再去考", "中级工"),
                                         ("我是技师，首席技师称号没评过", "技师")])
def test_a_level_not_yet_taken_or_named_as_a_title_is_not_held(text, level):
    assert _profile(text).get("skill_level") == level


@pytest.mark.parametrize("text", ["什么工匠、首席技师称号都没有", "啥称号也没有", "什么荣誉称号都没评上过"])
def test_what_all_denied_is_a_denial_not_a_question(text):
    assert _profile(text).get("prior_titles") == []


@pytest.mark.parametrize("text, level", [("首席技师，我是桐庐一家制冷设备厂的制冷工，技师", "技师"),
                                         ("2021年首席技师。我在萧山做电工，高级工", "高级工"),
                                         ("首席技师那次，我是高级技师", "高级技师")])
def test_a_programme_said_as_the_heading_is_not_a_level(text, level):
    assert _profile(text).get("skill_level") == level


def test_a_heading_followed_by_its_winning_is_not_blanked():
    assert "杭州工匠" in (_profile("杭州工匠，2019年评上的。浙江工匠能报吗？")
                          .get("prior_titles") or ["杭州工匠"])  # not blanked as a heading


@pytest.mark.parametrize("text, start", [("实习不算的话是2021年7月毕业才入职，一直在杭州全职", "2021-07"),
                                         ("不算实习的话，我是2020年3月来杭州上班的", "2020-03")])
def test_what_a_count_leaves_out_is_no_supposition(text, start):
    assert _profile(text).get("hangzhou_full_time_start") == start


def test_a_supposition_still_is_one():
    assert _profile("如果2020年来杭州的话，能报吗") == {}


@pytest.mark.parametrize("text, field, value", [
    ("已经是浙江省首席技师了还能报吗", "prior_titles", ["浙江省首席技师"]),
    ("已经评上杭州工匠了还可以申报浙江工匠吗", "prior_titles", ["杭州工匠"]),
    ("我已经拿过省技术能手了还能评吗", "awards", [{"level": "provincial", "kind": "浙江省技术能手"}]),
])
def test_a_state_said_before_asking_to_apply_is_asserted(text, field, value):
    assert _profile(text).get(field) == value


def test_a_supposed_state_is_not():
    assert "prior_titles" not in _profile("如果已经是杭州工匠了还能报吗")


@pytest.mark.parametrize("text", ["厂里工会也入了", "工会早就入了", "工会会费一直在交", "工会我也加了"])
def test_the_union_named_first_then_joined(text):
    assert _profile(text).get("union_member") is True


@pytest.mark.parametrize("text", ["是工会会员吗我也不清楚", "算不算工会会员吗我不知道"])
def test_a_question_inside_a_run_of_words_asserts_nothing(text):
    assert "union_member" not in _profile(text)


@pytest.mark.parametrize("text, level", [("我是技师，首席技师和浙派工匠我报哪个好", "技师"),
                                         ("首席技师和杭州工匠该报哪个，我是高级技师", "高级技师"),
                                         ("技师，第四届数字工匠和首席技师我报哪个好？", "技师")])
def test_a_programme_weighed_against_another_is_asked_about_not_held(text, level):
    assert _profile(text).get("skill_level") == level


@pytest.mark.parametrize("text, birth", [("我今年四十二", "1983-12"), ("今年42了，在杭州做电工", "1983-12"),
                                         ("现年55，在富阳", "1970-12"), ("俺是97年的", "1997-01")])
def test_an_age_after_this_year_without_sui_and_a_dialect_i(text, birth):
    assert _profile(text).get("birth_date") == birth


@pytest.mark.parametrize("text", ["今年十月来的杭州", "今年2月入的职"])
def test_a_month_this_year_is_no_age(text):
    assert "birth_date" not in _profile(text)


@pytest.mark.parametrize("text", ["我在建德做了十多年茶叶加工，自己有个小作坊", "在萧山开了个小作坊做竹编"])
def test_a_workshop_of_ones_own_infers_no_employment(text):
    assert "employment" not in _profile(text)


@pytest.mark.parametrize("text, start", [("一九年来的杭州，干这行七年多了", "2019-12"), ("零八年进的厂，一直在萧山做焊工", "2008-12"),
                                         ("九八年就到杭州了，在余杭做木工", "1998-12")])
def test_a_two_digit_year_in_chinese_digits_is_a_year(text, start):
    assert _profile(text).get("hangzhou_full_time_start") == start


def test_two_neighbouring_numbers_are_a_span_not_a_year():
    assert "hangzhou_full_time_start" not in _profile("三四年来一直在杭州")
