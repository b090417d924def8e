"""Mechanisms found by fresh applicant messages (``bench/extraction.py``, half A): each is tested on phrasings
other than the ones that found it."""

from __future__ import annotations

import datetime as dt

import pytest

from assistant.extract import extract
from assistant.extract.numbers import durations

TODAY = dt.date(2026, 11, 21)


def _p(text: str) -> dict:
    return extract(text, TODAY).profile


@pytest.mark.parametrize("text", ["22年硕士毕业就进来了", "19年大学毕业来的杭州", "我17年本科毕业进的厂"])
def test_a_two_digit_year_opening_a_clause_before_an_event_is_a_date(text):
    assert durations(text) == []


@pytest.mark.parametrize(("text", "years"), [("22年了还在车间", 22.0), ("15年来一直在做模具", 15.0)])
def test_a_count_opening_a_clause_stays_a_count(text, years):
    assert durations(text)[0].years == years


@pytest.mark.parametrize(("text", "years"), [
    ("今年是第九个年头", 8.0), ("干电工十几个年头了", 10.0), ("做这行第五个年头了", 4.0), ("干了二十个年头", 20.0),
])
def test_years_counted_in_nian_tou(text, years):
    assert durations(text)[-1].years == years


def test_a_count_clause_that_says_this_year_is_the_nth_counts_the_work_before_it():
    profile = _p("研究生毕业就在余杭做嵌入式开发，今年是第七个年头")
    assert profile["years_in_field"] == 6.0 and profile["employer_city"] == "杭州"


@pytest.mark.parametrize(("text", "field", "value"), [
    # the trade's and Zhejiang's years: those before the move plus those since
    ("在温州干了4年电工，2021年3月来杭州还是干电工", "years_in_field", 9.67),
    ("在温州干了4年电工，2021年3月来杭州还是干电工", "years_full_time_in_zhejiang", 9.67),
    ("原来在湖州做了三年模具，去年9月来余杭一家厂做模具", "years_in_field", 4.17),
    # Hangzhou's years: a district before the move is Hangzhou too
    ("原来在萧山干了6年，去年3月调到滨江", "years_full_time_in_hangzhou", 7.67),
])
def test_years_before_a_move_add_to_the_years_since_it(text, field, value):
    assert _p(text)[field] == pytest.approx(value, abs=0.01)


def test_other_work_before_the_move_is_not_the_trade():
    profile = _p("之前在上海做了5年销售，2020年来杭州做程序员")
    assert profile["years_full_time_in_hangzhou"] == pytest.approx(5.92)
    assert profile.get("years_in_field") != pytest.approx(10.92)


def test_a_span_in_hangzhou_not_said_to_be_before_is_the_same_stretch():
    assert _p("2019年来杭州，在余杭干了5年").get("years_full_time_in_hangzhou") == pytest.approx(6.92)


@pytest.mark.parametrize("text", ["19年大学毕业来的杭州，做前端", "在绍兴干了三年，今年刚来杭州",
                                  "去年6月从合肥来的杭州，还是做焊工"])
def test_a_start_in_hangzhou_places_the_present_job(text):
    assert _p(text)["employer_city"] == "杭州"


@pytest.mark.parametrize("text", ["大学毕业就在滨江做测试", "毕业后在临平做机修"])
def test_graduating_then_working_somewhere_places_the_job(text):
    assert _p(text)["employer_city"] == "杭州"


def test_graduating_from_a_place_does_not():
    assert _p("毕业于杭州电子科技大学，在宁波做嵌入式")["employer_city"] == "宁波"


@pytest.mark.parametrize(("text", "level"), [
    ("我姐是高级技师，我才中级工", "中级工"), ("我师傅是技师，我是高级工", "高级工"),
    ("我老公是高级技师，在萧山干了二十年，我是技师", "技师"),
])
def test_another_persons_level_is_not_the_askers(text, level):
    assert _p(text)["skill_level"] == level


def test_another_persons_years_and_title_are_not_the_askers():
    profile = _p("我爸是杭州工匠，干了四十年钳工，我自己做软件测试三年")
    assert profile["years_in_field"] == 3.0 and "prior_titles" not in profile


@pytest.mark.parametrize(("text", "union"), [("我老公是工会会员，我也是", True), ("他入了工会，我没入", False)])
def test_union_after_another_persons_still_reads_the_askers_reply(text, union):
    assert _p(text)["union_member"] is union


@pytest.mark.parametrize(("text", "level"), [
    ("中级工，高级工去年考了没过", "中级工"), ("我是技师，高级技师正在备考", "技师"), ("高级工，技师报名了还没考", "高级工"),
])
def test_a_level_being_tried_for_is_not_held(text, level):
    assert _p(text)["skill_level"] == level


@pytest.mark.parametrize("text", ["高级技师考试通过了", "技师去年报考今年拿到了"])
def test_a_level_tried_for_and_passed_is_held(text):
    assert _p(text)["skill_level"] in {"高级技师", "技师"}


@pytest.mark.parametrize("text", ["啥证都没有，干了十年瓦工", "证也没考过，就是干", "无证，做了八年保洁"])
def test_no_certificate_in_ordinary_words_is_no_skill_level(text):
    assert _p(text)["skill_level"] == "none"


def test_no_driving_licence_is_no_statement_about_skill():
    assert "skill_level" not in _p("没有驾驶证，每天骑电瓶车上班")


@pytest.mark.parametrize("text", ["不是返聘的，合同工", "没被返聘，还在职"])
def test_said_not_rehired(text):
    assert _p(text)["rehired"] is False


@pytest.mark.parametrize(("text", "country"), [("国籍：中国，在杭州做客服", "中国"), ("国籍是韩国", "韩国"),
                                                ("国籍为中国", "中国")])
def test_nationality_said_in_the_forms_order(text, country):
    assert _p(text)["nationality"] == country


@pytest.mark.parametrize(("text", "union"), [("入会三年了", True), ("工会会员卡也有", True), ("入会费多少钱", None)])
def test_union_joined_said_as_ru_hui(text, union):
    assert _p(text).get("union_member") is union


@pytest.mark.parametrize(("text", "years"), [
    ("做短视频剪辑的，在滨江4年了", 4.0), ("大模型训练师，做数据清洗，在字节三年", 3.0), ("开叉车的，在这家厂都十年", 10.0),
])
def test_a_stay_said_right_after_the_job_counts_the_job(text, years):
    assert _p(text)["years_in_field"] == years


def test_a_stay_alone_counts_only_the_place():
    assert "years_in_field" not in _p("在杭州8年了")


@pytest.mark.parametrize(("text", "role"), [
    ("焊了十年，后来当了车间主任", "management"), ("后来升了生产经理", "management"),
    ("车间副主任，平时也上机床", "frontline_technical"), ("我是班组长，天天带班干活", "frontline_technical"),
])
def test_the_head_of_a_post_decides_it(text, role):
    assert _p(text)["role_type"] == role


@pytest.mark.parametrize("text", ["主治医师，在医院看门诊", "副主任护师，急诊科", "主管检验师"])
def test_a_practitioners_rank_is_no_managers_post(text):
    assert _p(text).get("role_type") == "frontline_technical"


def test_a_practitioner_who_runs_a_ward_is_a_manager():
    assert _p("副主任护师，现在是护士长，主要排班管人")["role_type"] == "management"


@pytest.mark.parametrize(("text", "start"), [
    ("去年年中来的杭州", "2025-07"), ("2019年年中到的杭州", "2019-07"), ("前年年中来杭州上班", "2024-07"),
])
def test_the_middle_of_a_year_narrows_a_start(text, start):
    assert _p(text)["hangzhou_full_time_start"] == start


@pytest.mark.parametrize(("text", "years"), [
    ("在滨江做嵌入式，2020年3月来的杭州", 6.67), ("我在萧山一家厂做模具，2018年起在杭州全职", 7.92),
])
def test_a_start_after_the_job_said_is_the_jobs_start(text, years):
    assert _p(text)["years_in_field"] == pytest.approx(years)


def test_a_job_said_to_be_before_is_not_the_starts():
    assert "years_in_field" not in _p("之前在宁波做销售，2020年来的杭州")


@pytest.mark.parametrize("text", ["我的徒弟获得全国技能大赛第二名", "我带的学生拿了省智能制造大赛第一"])
def test_a_skill_or_intelligence_word_is_no_ask_about_someone(text):
    assert "competition_results" not in _p(text)


@pytest.mark.parametrize(("text", "tier", "kind"), [
    ("2019年拿过杭州市焊工职业技能竞赛第一名，市级一类竞赛", "一类", "individual"),
    ("2021年浙江省茶艺技能竞赛拿了第二名，那个是省级二类竞赛", "二类", "individual"),
    ("去年拿了省技能大赛第三名，团体赛", None, "team"),
])
def test_a_clause_describing_the_contest_after_a_result_belongs_to_it(text, tier, kind):
    (result,) = _p(text)["competition_results"]
    assert (result["tier"], result["type"]) == (tier, kind)


@pytest.mark.parametrize(("text", "field"), [
    ("13年参加的工作，一直在萧山", "years_full_time_in_hangzhou"), ("2015年入行，一开始就在滨江", "years_full_time_in_hangzhou"),
    ("2015年入行，一直在宁波做模具", "years_full_time_in_zhejiang"),
])
def test_a_career_start_then_always_somewhere_is_the_start_there(text, field):
    profile = _p(text)
    assert profile[field] == profile["years_in_field"]


def test_a_career_start_then_a_stay_somewhere_is_not():
    assert _p("2015年入行，在宁波待过两年").get("years_full_time_in_zhejiang") != 10.92


@pytest.mark.parametrize("text", ["也没评过什么", "啥也没评上", "什么都没评过"])
def test_never_rated_for_anything_is_no_titles(text):
    assert _p(text)["prior_titles"] == []


@pytest.mark.parametrize("text", ["没评过职称", "职称还没评"])
def test_a_professional_rank_not_rated_says_nothing_of_titles(text):
    assert "prior_titles" not in _p(text)


@pytest.mark.parametrize(("text", "years"), [("八年前入的行", 8.0), ("两年半前开始干这行", 2.5), ("十年前入的行", 10.0)])
def test_a_count_back_from_today_is_a_start_to_the_month(text, years):
    assert _p(text)["years_in_field"] == years


@pytest.mark.parametrize("text", ["两年半前从桐庐调到建德", "去年从萧山调到了滨江"])
def test_a_move_within_hangzhou_is_not_the_start_there(text):
    profile = _p(text)
    assert "years_full_time_in_hangzhou" not in profile and profile["employer_city"] == "杭州"


@pytest.mark.parametrize(("text", "field"), [
    ("我是工会会员吗？", "union_member"), ("我算一线吗", "role_type"), ("我这个属于技术岗吗", "role_type"),
    ("我是不是中国籍啊？", "nationality"),
])
def test_a_fact_asked_is_not_said(text, field):
    assert field not in _p(text)


@pytest.mark.parametrize(("text", "field"), [
    ("我是高级技师，能报首席技师吗？", "skill_level"), ("我是工会会员，符合条件吗", "union_member"),
    ("我干了十年焊工能报吗", "years_in_field"),
])
def test_facts_said_beside_an_ask_about_eligibility_are_said(text, field):
    assert field in _p(text)


@pytest.mark.parametrize(("text", "highest"), [
    ("我是技师，我们工种最高能考到高级技师", False), ("高级工，这个工种最高只有高级工", True),
    ("做育婴师的，最高就到技师，我已经是技师了", True),
])
def test_the_top_of_the_occupation_said_decides_whether_the_level_is_it(text, highest):
    assert _p(text)["is_highest_level_of_occupation"] is highest


@pytest.mark.parametrize(("text", "role"), [
    ("车间主任，我平时也上机床", "frontline_technical"), ("部门经理，我每天还在带班干活", "frontline_technical"),
    ("我是车间主任，我天天开会", "management"),
])
def test_hands_on_work_said_after_the_post_with_its_subject(text, role):
    assert _p(text)["role_type"] == role
