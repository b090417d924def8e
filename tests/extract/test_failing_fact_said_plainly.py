"""The hard fact that fails a rule, said in ordinary words (round 9, ext13): a title held said loosely, union
membership denied or held by what members have, a skill level too low said by its grade's number, and facts listed
after their topics. Each case failed before the change it names."""

from __future__ import annotations

import datetime as dt

import pytest

from assistant.extract import NO_UNION_NOTE, extract
from assistant.language.topics import fold_topics

TODAY = dt.date(2026, 11, 21)


def _profile(text: str) -> dict:
    return extract(text, TODAY).profile


# --- no union where one works: not a member, said back as a reading (extract._readings) -----------------------
@pytest.mark.parametrize("text", ["车间没工会", "我们这种小店哪有什么工会", "公司压根没成立工会", "单位里没有工会组织",
                                  "我们那个厂一直没设工会", "公司小没单独工会"])
def test_no_union_at_work_is_no_membership_said_back(text):
    found = extract(text, TODAY)
    assert found.profile.get("union_member") is False
    assert NO_UNION_NOTE in found.readings


@pytest.mark.parametrize(("text", "member"), [
    ("厂里没工会，我是在街道工会入的会", True),  # membership said outright outranks the workplace's
    ("公司没有工会，我也不是会员", False),
])
def test_membership_said_outranks_the_workplace(text, member):
    found = extract(text, TODAY)
    assert found.profile.get("union_member") is member
    assert NO_UNION_NOTE not in found.readings


@pytest.mark.parametrize("text", ["我老公单位没有工会", "没工会推荐能报吗", "工会的事我不清楚"])
def test_no_union_elsewhere_or_as_recommender_says_nothing(text):
    assert "union_member" not in _profile(text)


@pytest.mark.parametrize(("text", "member"), [
    ("也没人叫我入会", False),  # joining denied through the one who would ask: 入会 is not said as done
    ("工会名单上没有我", False),
    ("工会发的油和米每年都领", True),  # what the union gives its members, received
    ("过年工会给我们发年货", True),
    ("工会福利每年都有拿", True),
    ("工会，有的", True),  # the form's item, answered yes
    ("工会倒是一直在", True),
])
def test_membership_in_what_members_get_and_do(text, member):
    assert _profile(text).get("union_member") is member


# --- a skill level said by its grade's number, or after its topic -----------------------------------------------
@pytest.mark.parametrize(("text", "level"), [
    ("我就三级", "高级工"), ("我还是五级", "初级工"), ("技能证书嘛，四级", "中级工"), ("等级——二级", "技师"),
    ("证书的话，就一个中级的", "中级工"),
])
def test_a_level_by_its_number_or_after_its_topic(text, level):
    assert _profile(text).get("skill_level") == level


def test_another_exam_grade_is_no_level():
    assert "skill_level" not in _profile("英语考过了，我才四级")


# --- the topic fold ---------------------------------------------------------------------------------------------
@pytest.mark.parametrize(("text", "folded"), [
    ("称号嘛，没有；工会，有的", "称号：没有；工会有的"),
    ("荣誉这块是空白", "荣誉：没有"),
    ("等级——三级", "等级证书是三级"),
    ("会员，没评过什么", "会员，没评过什么"),  # 会员 bare is the yes itself
])
def test_a_listed_item_is_folded_with_its_answer(text, folded):
    assert fold_topics(text) == folded


def test_a_list_of_items_after_topics():
    profile = _profile("工会：没加。技能等级：五级。荣誉：一片空白。")
    assert profile.get("union_member") is False and profile.get("skill_level") == "初级工"
    assert profile.get("prior_titles") == []


# --- a title held, said loosely ---------------------------------------------------------------------------------
@pytest.mark.parametrize(("text", "title"), [
    ("浙江省的首席技师我前年评上的", "浙江省首席技师"),  # the place with 的 before the title
    ("我是市首席", "杭州市首席技师"),  # the short name, as 省首席
    ("首席技师的牌子摆在车间里，杭州市的首席技师，21年评的", "杭州市首席技师"),
    ("杭州工匠这个称号，首届就评上了", "杭州工匠"),  # the edition as the date of winning
    ("浙江工匠的证书我裱起来挂在家里了", "浙江工匠"),  # its papers kept
    ("头上戴着个浙江工匠的帽子已经好几年了", "浙江工匠"),
    ("市首席技师有，浙江工匠没有", "杭州市首席技师"),  # the title, then only 有
])
def test_a_title_held_said_loosely(text, title):
    assert title in (_profile(text).get("prior_titles") or [])


@pytest.mark.parametrize("text", ["我师傅是市首席", "杭州工匠的证书什么时候发", "首席技师的牌子谁来发"])
def test_someone_elses_title_or_a_question_holds_none(text):
    assert not _profile(text).get("prior_titles")


@pytest.mark.parametrize(("text", "member"), [
    ("工会是有的，我没参加过", False),  # the union exists; the asker is no member
    ("杭州工匠有，工会也有，技师证也有", True),  # a list of what one holds
])
def test_the_union_named_then_only_yes_yields_to_what_else_is_said(text, member):
    assert _profile(text).get("union_member") is member


@pytest.mark.parametrize(("text", "member"), [("个体户哪来的工会", False), ("我们小作坊哪有工会", False),
                                               ("你们哪里有工会？", None)])
def test_a_rhetorical_question_denies_the_union(text, member):
    """哪来的/哪有 asks nothing: it says there is none; 哪里有 (where) still asks."""
    assert _profile(text).get("union_member") is member


# --- a form's field answered 否/无, and a title said as had --------------------------------------------------------
@pytest.mark.parametrize(("text", "field", "value"), [
    ("工会会员 否", "union_member", False), ("是否工会会员：否", "union_member", False), ("会员：无", "union_member", False),
    ("工会会员(否)", "union_member", False), ("技能等级 无", "skill_level", "none"), ("荣誉称号，无", "prior_titles", []),
])
def test_a_form_field_answered_no(text, field, value):
    assert _profile(text).get(field) == value


@pytest.mark.parametrize(("text", "title"), [
    ("我有浙江工匠的称号", "浙江工匠"), ("本人有杭州工匠证书", "杭州工匠"), ("数字工匠我是首届的", "杭州数字工匠"),
    ("已获称号：浙江工匠（2020）", "浙江工匠"),
])
def test_a_title_said_as_had(text, title):
    assert title in (_profile(text).get("prior_titles") or [])


@pytest.mark.parametrize("text", ["我有个同事是杭州工匠", "有杭州工匠称号的能报吗", "我们厂有杭州工匠"])
def test_a_title_someone_has_or_asked_about_is_not_had(text):
    assert not _profile(text).get("prior_titles")


def test_a_programme_listed_after_haiyou_is_no_title_had():
    """"还有浙派工匠" lists a programme asked about (el-g003's wording): 有 needs the asker before it."""
    assert not _profile("想问2021年那次杭州市首席技师，还有浙派工匠，我分别能不能报？").get("prior_titles")
