"""A year said with obtaining a certificate, level or prize dates the credential, not a move to Hangzhou (issue 13):
"技师，2018年考出来的" beside "在杭州做电工" once read as having come to Hangzhou in 2018 (考出来的 ends in 来). The
language layer reads the clause's verbs (``language.doing.obtaining``). Phrasings are in no eval row."""

import pytest

from assistant.language.doing import obtaining
from tests.extract_support import ABSENT, check


@pytest.mark.parametrize("text, expected", [
    ("我是技师，2018年考出来的，在杭州做电工", {"skill_level": "技师", "hangzhou_full_time_start": ABSENT}),
    ("高级工是21年评下来的，现在在杭州一家电梯公司做维保", {"skill_level": "高级工", "hangzhou_full_time_start": ABSENT}),
    ("中级工证书前年考到手的，人在滨江做网络布线", {"hangzhou_full_time_start": ABSENT}),
    # a move said with the credential still dates the move
    ("18年评上技师后来的杭州，做电工", {"hangzhou_full_time_start": "2018-12"}),
    ("2016年来的杭州，一直在酒店做厨师", {"hangzhou_full_time_start": "2016-12"}),
])
def test_year_of_a_credential_is_no_arrival(text, expected):
    check(text, expected)


@pytest.mark.parametrize("clause, expected", [
    ("2018年考出来的", True), ("一二年评上的", True), ("证书是2021年拿的", True),
    ("2019年来的杭州", False), ("评上技师以后调到了宁波", False), ("去年考察了几家厂", False), ("在杭州", False),
])
def test_obtaining(clause, expected):
    assert obtaining(clause) is expected


@pytest.mark.parametrize("text, expected", [
    # a title said after a verb of obtaining that TITLE_VERBS does not list: the same reading of the verbs
    ("2019年评的浙江工匠，在宁波做模具", {"prior_titles": ["浙江工匠"]}),
    ("前年选上的杭州工匠", {"prior_titles": ["杭州工匠"]}),
    ("明年评杭州工匠，想问问条件", {"prior_titles": ABSENT}),
])
def test_a_title_obtained(text, expected):
    check(text, expected)


@pytest.mark.parametrize("text, years", [("在绍兴做了廿年泥水匠", 20.0), ("阿拉卅年前就开始修钟表，一直修到现在", None)])
def test_old_numerals_for_twenty_and_thirty(text, years):
    from assistant.extract import extract
    from tests.extract_support import TODAY

    if years is not None:
        assert extract(text, TODAY).profile.get("years_in_field") == years
    else:
        assert extract(text, TODAY).profile.get("years_in_field", 30.0) >= 29.9


def test_districts_merged_in_2021_are_in_hangzhou():
    check("在江干区的一家电梯公司干维保", {"employer_city": "杭州"})


def test_a_province_before_a_verb_is_no_merged_district():
    check("我在浙江干了一辈子了，现在也在职", {"employer_city": ABSENT})
