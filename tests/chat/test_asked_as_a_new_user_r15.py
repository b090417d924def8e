"""Found asking as a new user (round 15): "哪个奖金多" over two programmes is a comparison (the silent side said so);
"这种有机会吗" after a case asks for the case to be judged; "我爸去年刚退，厂里又把他请回去" is retired and rehired."""

from __future__ import annotations

import datetime as dt

import pytest

from assistant.chat.routing import route
from assistant.extract import extract
from tests.chat_support import talk


@pytest.mark.parametrize("text", ["数字工匠跟浙派工匠哪个奖金多", "首席技师和杭州工匠哪个年龄要求更宽"])
def test_which_side_has_more_is_a_comparison(text):
    assert "compare" in route(text).intents


def test_which_fits_me_best_is_no_comparison():
    assert "compare" not in route("这几个荣誉里哪个最适合我").intents


@pytest.mark.parametrize("text", ["想推荐炒茶的老师傅评杭州工匠，他没有任何证书，这种有机会吗", "我这样的还有希望吗"])
def test_a_chance_asked_after_a_case_is_a_check(text):
    assert "eligibility" in route(text, has_new_facts=True).intents


def test_a_chance_of_a_benefit_is_no_check():
    assert "eligibility" not in route("评上杭州工匠以后有机会去疗休养吗", has_new_facts=True).intents


@pytest.mark.parametrize("text", ["我去年刚退，厂里又把我请回去了", "我早就退下来了"])
def test_retired_said_with_a_bare_tui(text):
    assert extract(text, dt.date(2026, 12, 7)).profile.get("employment") == "retired"


@pytest.mark.parametrize("text", ["我快退了", "刚退伍就进了厂"])
def test_no_retirement_in_a_retirement_to_come_or_leaving_the_army(text):
    assert extract(text, dt.date(2026, 12, 7)).profile.get("employment") != "retired"


def test_a_retired_father_rehired_is_barred_from_zhejiang(deps):
    _, answers = talk(deps, "浙派工匠退休返聘的能报不？我爸去年刚退，厂里又把他请回去带徒弟")
    verdicts = {v.program: v.verdict for v in answers[-1].verdicts}
    assert verdicts.get("zj_craftsman_2023") == "not_eligible"
