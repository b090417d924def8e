"""A verb with its aspect and length ("焊了二十五年", "开了十几年出租车") is what one did: the verb and its object name the
work, the verb alone none (``extract.occupation.as_work``, by jieba's parts of speech)."""

from __future__ import annotations

import pytest

from assistant.extract.occupation import as_work
from tests.extract_support import ABSENT, check


@pytest.mark.parametrize(("said", "work"), [
    ("焊了", None), ("开了十几年出租车", "开出租车"), ("修了二十年汽车", "修汽车"), ("带了十年徒弟", "带徒弟"),
    ("过磅员", "过磅员"), ("数控车工", "数控车工"), ("挡车", "挡车"),
])
def test_an_activity_names_its_object_or_nothing(said, work):
    assert as_work(said) == work


def test_a_verb_and_its_length_after_the_workplace_is_no_occupation():
    check("在厂里焊了二十五年", {"occupation": ABSENT, "years_in_field": 25.0})


def test_an_operated_vehicle_said_with_its_length_is_the_work():
    check("在杭州开了十几年出租车", {"occupation": "开出租车"})


def test_a_turn_to_other_work_leaves_the_job_before_in_the_past():
    check("开了十几年出租车 去年转行到滨江送外卖", {"occupation": ABSENT})
    check("做了十年电工，一直没转行", {"occupation": "电工"})
