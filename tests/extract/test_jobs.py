"""Facts in plain sight about the job: a title with a modifier before it, employment inferred from a present-tense
description of work, and the facts of the person asked about (issue 13)."""

import pytest

from assistant.extract import extract
from assistant.extract.subject import about_other, as_candidate
from assistant.language.titles import without_level
from tests.extract_support import ABSENT, TODAY, check


@pytest.mark.parametrize("text, expected", [
    # a place, a workplace or an employer before the title's 的 hides neither the level nor the place
    ("我是宁波的数控高级技师，干了12年", {"skill_level": "高级技师", "employer_city": "宁波", "occupation": "数控",
                                          "years_in_field": 12.0}),
    ("我是厂里的数控高级技师", {"skill_level": "高级技师", "occupation": "数控", "employment": "full_time"}),
    ("我是我们公司的高级技师", {"skill_level": "高级技师", "occupation": ABSENT, "employment": "full_time"}),
    ("我是绍兴一家纺织厂的高级挡车工", {"skill_level": "高级工", "employer_city": "绍兴", "occupation": "挡车工"}),
    ("我是高级电工", {"skill_level": "高级工", "occupation": "电工"}),
    ("我们厂的老师傅做了30年钳工，想推荐他", {"occupation": "钳工", "years_in_field": 30.0}),
    ("我是高级工程师", {"skill_level": ABSENT}),
    ("我是杭州市某区政府机关的公务员", {"occupation": ABSENT, "employment": "civil_servant"}),  # a status, no occupation
    ("我是一家国企的干部", {"occupation": ABSENT}),
])
def test_a_title_with_a_modifier(text, expected):
    check(text, expected)


@pytest.mark.parametrize("title, words", [("数控高级技师", "数控"), ("钳工技师", "钳工"), ("高级电工", "电工"),
                                          ("电工高级工", "电工"), ("高级技师", "高级技师"), ("高级工程师", "高级工程师"),
                                          ("数控车工", "数控车工")])
def test_the_level_is_no_part_of_the_occupation(title, words):
    assert without_level(title) == words


@pytest.mark.parametrize("text", ["我在西湖区做大数据开发", "在滨江做云计算运维8年了", "我是做直播电商运营的，在杭州干了6年",
                                  "在一家民企当测试", "我在余杭一家汽车零部件厂做数控车工", "现在在宁波一家船厂当焊工"])
def test_a_present_description_of_work_means_employed_and_says_it_was_inferred(text):
    e = extract(text, TODAY)
    assert e.profile.get("employment") == "full_time"
    assert e.inferred == ("employment",) and "employment" in e.judged


@pytest.mark.parametrize("text, employment", [
    ("我在杭州做开发，兼职的", "part_time"),
    ("我在杭州做平面设计，自由职业", "freelance"),
    ("退休了，在厂里返聘做质检", "retired"),
    ("以前在杭州一家公司做开发", ABSENT),
    ("我做前端开发的", ABSENT),  # no employer, no place: nothing to infer from
    ("我在杭州开了家小店，自己干", ABSENT),
    ("我是事业编，在杭州做数据平台", ABSENT),
])
def test_a_status_said_or_a_past_job_is_not_overridden_by_the_inference(text, employment):
    e = extract(text, TODAY)
    check(text, {"employment": employment})
    assert "employment" not in e.inferred


@pytest.mark.parametrize("text, expected", [
    ("我老公在桐庐做茶叶加工机械维修，二十多年了，技师，他能报首席技师吗",
     {"skill_level": "技师", "employer_city": "杭州", "occupation": "茶叶加工机械维修"}),
    ("我是厂里人事，在杭州干了5年，工会会员，我们厂的老师傅做了30年钳工，高级技师，想推荐他",
     {"skill_level": "高级技师", "years_in_field": 30.0, "union_member": ABSENT, "years_full_time_in_hangzhou": ABSENT}),
    ("帮我爸看看，他1965年生，在萧山当电工30年了，高级技师", {"birth_date": "1965-01", "skill_level": "高级技师"}),
    ("我们车间的王师傅1968年出生，是高级技师，想推荐她报杭州工匠", {"birth_date": "1968-01", "skill_level": "高级技师"}),
])
def test_the_facts_are_those_of_the_person_asked_about(text, expected):
    check(text, expected)


@pytest.mark.parametrize("text, other", [("我老公能报吗", True), ("推荐他", True), ("我们厂的老师傅能评吗", True),
                                         ("领导能推荐我吗", False), ("职工可以报吗", False), ("他们说我能报", False),
                                         ("我徒弟拿了省赛第一，我能报吗", False), ("我徒弟去年拿了市赛第一名", False),
                                         ("我老公可以去报吗", True)])
def test_who_is_asked_about(text, other):
    assert about_other(text) is other
    if not other:
        assert as_candidate(text) == text


@pytest.mark.parametrize(("said", "expected"), [
    ("我们厂里的电工老周，1968年的，在余杭干了三十年维修，技师，他能报首席技师吗",
     {"birth_date": "1968-01", "skill_level": "技师", "employer_city": "杭州"}),
    ("我们车间的小王，做数控十年了，高级工，他能报吗", {"skill_level": "高级工", "years_in_field": 10.0}),
])
def test_a_colleague_called_by_surname_is_the_candidate(said, expected):
    """"我们厂里的电工老周…他能报吗": 老周 is the person asked about; his clauses had been read as the speaker's and
    left out, so nothing was known and the chat asked "您的工作单位在哪个城市"."""
    profile = extract(said, TODAY).profile
    assert {k: profile.get(k) for k in expected} == expected


def test_a_colleague_named_in_passing_does_not_make_the_asker_someone_else():
    assert extract("我在余杭干了十年，老王说我能报", TODAY).profile.get("years_full_time_in_hangzhou") == 10.0


@pytest.mark.parametrize(("said", "job"), [("我在拱墅一家做智慧物流的公司搞算法，干了六年多", "算法"),
                                           ("我在一家做工业机器人的厂子干装调", "装调"),
                                           ("我在余杭一家做新能源电池的企业搞检测", "检测")])
def test_what_the_employer_does_is_not_the_askers_work(said, job):
    assert extract(said, TODAY).profile.get("occupation") == job


@pytest.mark.parametrize("text, other", [
    # the asking clause names no one: the person last named as a clause's subject is the one asked about
    ("我爸是竹编手艺人，富阳的，做了四十多年，今年68了，能评浙派工匠吗", True),
    ("我老公在萧山开了二十年数控车床，高级技师，评首席技师有戏吗", True),
    ("我们厂的老师傅干了30年钳工，够条件吗", True),
    ("我爸是钳工，我是电工，能报吗", False),
    ("我师傅带我做了十年，我能报吗", False),
    ("我老婆说我能报，真的吗", False),
    # asked on someone's behalf with a bare 问
    ("帮我老公问首届杭州工匠，他是宁波人，2012年来杭州做汽车维修", True),
    ("替我妈问下浙派工匠", True),
    ("帮我问一下首席技师", False),
])
def test_the_asking_clause_is_about_the_topic_before_it(text, other):
    from assistant.extract.subject import about_other

    assert about_other(text) is other


@pytest.mark.parametrize("text, occupation", [
    # care and service trades said with an agent noun (骑手, 嫂, 司机, 保姆) are occupations, judged not digital work
    ("我是个月嫂，在滨江干了五年", "月嫂"),
    ("我是跑外卖的骑手，在余杭三年了", "骑手"),
    ("我是一名货车司机，在萧山跑了七年", "货车司机"),
    ("在拱墅开网约车四年多了", "开网约车"),
])
def test_service_trades_are_occupations_not_digital_work(text, occupation):
    profile = extract(text, TODAY).profile
    assert (profile.get("occupation"), profile.get("is_digital_economy")) == (occupation, False)


@pytest.mark.parametrize("text", ["我是新手，刚入行", "我是厂里的一把手", "我当过选手"])
def test_a_word_of_skill_or_rank_ending_in_shou_is_no_occupation(text):
    assert "occupation" not in extract(text, TODAY).profile
