"""An honour's level said after its bare name (技术能手是杭州市评的; 拿过技术能手，是省里发的) is the table's award of that
level, while a unit's or a district's (是厂里评的, 余杭区评的) is none; a win said after an application verb (厂里推荐我评上了
市级技术能手) is held, not the programme asked for; a certificate's face (上面写的五级) says the level; the union refusing
one (工会不收我们) or the joining's form not handed in (入会的申请表…我当时没填) is no membership."""

from __future__ import annotations

import datetime as dt

import pytest

from assistant.extract import extract

TODAY = dt.date(2026, 11, 21)


@pytest.mark.parametrize(("text", "level", "year"), [
    ("技术能手是杭州市评的，2018年，单位报上去的", "municipal", 2018),
    ("18年拿过技术能手，是杭州市总工会评的", "municipal", 2018),
    ("技术能手拿过，市里的", "municipal", None),
    ("劳模是省里评的，2020年", "provincial", 2020),
    ("厂里推荐我评上了市级技术能手", "municipal", None),
])
def test_level_after_the_name(text, level, year):
    (award,) = extract(text, TODAY).profile["awards"]
    assert (award["level"], award.get("year")) == (level, year)


@pytest.mark.parametrize("text", ["技术能手是厂里评的", "技术能手是余杭区评的", "领导想推荐我评上市级技术能手",
                                  "没拿过技术能手，市里的比赛倒是参加过"])
def test_no_listed_award(text):
    assert not extract(text, TODAY).profile.get("awards")


@pytest.mark.parametrize(("text", "level"), [("资格证就一张，上面写的五级", "初级工"), ("证上印着三级", "高级工")])
def test_certificate_face(text, level):
    assert extract(text, TODAY).profile.get("skill_level") == level


def test_other_exam_face_is_no_level():
    assert extract("英语证上面写的四级", TODAY).profile.get("skill_level") is None


@pytest.mark.parametrize(("text", "member"), [
    ("入会的申请表发下来过，我当时没填，后来也就忘了", False),
    ("我是临时工，人家工会不收我们这种的", False),
    ("入会申请表一直没交", False),
    ("入会的申请表填了，早就是会员了", True),
    ("入会三年了", True),
])
def test_union_in_words(text, member):
    assert extract(text, TODAY).profile.get("union_member") is member


@pytest.mark.parametrize("text", ["工会嘛，一直没顾得上", "入职的时候没让填工会的表", "俺们这种外包的，工会轮不到"])
def test_union_not_got_round_to_or_not_let(text):
    assert extract(text, TODAY).profile.get("union_member") is False


@pytest.mark.parametrize("text", ["上面还有技师 高级技师 没去考 觉得没用", "高级技师 没去考"])
def test_levels_listed_above_or_not_taken(text):
    assert extract(text, TODAY).profile.get("skill_level") is None


def test_own_level_before_the_list_above():
    p = extract("我是高级工 上面还有技师 高级技师 特级技师", TODAY).profile
    assert (p.get("skill_level"), p.get("is_highest_level_of_occupation")) == ("高级工", False)


@pytest.mark.parametrize("text", ["是 工会一直有的 中国人", "工会早就有了"])
def test_union_said_had_all_along(text):
    assert extract(text, TODAY).profile.get("union_member") is True


@pytest.mark.parametrize(("text", "level"), [("浙派工匠 我在衢州修拖拉机收割机三十年了 证一个都没考过 就是干活的老师傅", "none"),
                                              ("啥证都没有", "none"), ("高级工证有，技师证一个都没有", "高级工")])
def test_certificates_counted_none(text, level):
    assert extract(text, TODAY).profile.get("skill_level") == level


def test_other_exam_counted_none_is_no_level():
    assert extract("驾照考了，英语证一个都没有", TODAY).profile.get("skill_level") is None
