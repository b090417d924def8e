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
