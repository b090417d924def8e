"""chief23: how applicants to the 2021 首席技师 say their level and honours. "首席技师那种我够吗" asks about the
programme (no level held); a level said as a pay band ("工资按技师那档发") is no certificate; a grade said with 的
before the certificate ("二级的职业技能等级证书") is the level; the youth league's 青年岗位能手 is an honour at its level."""

from __future__ import annotations

import pytest

from assistant.extract import extract
from assistant.extract.asked import blank_asked
from tests.extract_support import TODAY


@pytest.mark.parametrize("text", ["首席技师那种我够吗", "首席技师我够不够", "杭州市首席技师我够格吗"])
def test_the_programme_asked_with_do_i_qualify_is_blanked(text):
    assert "首席技师" not in blank_asked(text)


def test_the_asked_programme_is_no_level_held():
    profile = extract("医院设备科的 修CT的 技师 首席技师那种我够吗", TODAY).profile
    assert profile["skill_level"] == "技师"


@pytest.mark.parametrize(("text", "level"), [
    ("厂里工资是按技师那档给我发的 但证书其实只有高级工", "高级工"),
    ("享受高级技师待遇 证是技师", "技师"),
    ("拿的是技师的工资 证书只有中级工", "中级工"),
])
def test_a_level_said_as_a_pay_band_is_no_certificate(text, level):
    assert extract(text, TODAY).profile["skill_level"] == level


@pytest.mark.parametrize(("text", "level"), [("我拿的是二级的职业技能等级证书", "技师"), ("一级的职业资格证书", "高级技师"),
                                             ("三级的技能等级证", "高级工")])
def test_a_grade_with_de_before_the_certificate_is_the_level(text, level):
    assert extract(text, TODAY).profile["skill_level"] == level


@pytest.mark.parametrize(("text", "kind", "level"), [
    ("去年评了个市里的青年岗位能手", "杭州市青年岗位能手", "municipal"),
    ("一九年拿了浙江省青年岗位能手", "浙江省青年岗位能手", "provincial"),
    ("全国青年岗位能手是一八年评的", "全国青年岗位能手", "national"),
])
def test_the_youth_honour_is_an_award_at_its_level(text, kind, level):
    awards = extract(text, TODAY).profile.get("awards")
    assert awards and awards[0]["kind"] == kind and awards[0]["level"] == level
