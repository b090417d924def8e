"""What the asker (or the person asked for) already holds, and the kinds of achievement a denial names in its own words
(held17). A title is held when conferred on the speaker by whoever on whatever date, when a copula of the person asked
for names it, or when the clause after a bare 是 names its batch; not when others are counted as its winners or the
holder is named kin. A denied clause that names a kind of achievement by the lexicon's terms or a bare class word is an
absence; a clause saying instead what the work is, is not."""

from __future__ import annotations

import datetime as dt

import pytest

from assistant.extract import extract
from assistant.language.classify import denied_only, says_no_achievement
from assistant.language.denials import denied_kinds, denies_back

TODAY = dt.date(2026, 11, 21)


def _profile(text: str) -> dict:
    return extract(text, TODAY).profile


@pytest.mark.parametrize(("text", "title"), [
    ("浙江工匠的证书是省里2021年发给我的", "浙江工匠"),
    ("浙江工匠是省总工会2020年授予我的", "浙江工匠"),
    ("杭州工匠的牌子前年市里颁给我了", "杭州工匠"),
    ("是杭州工匠，18年那批", "杭州工匠"),
    ("是浙江工匠，2020年那届的", "浙江工匠"),
    ("俺是浙江工匠", "浙江工匠"),
    ("他是第二届的杭州数字工匠", "杭州数字工匠"),
    ("我算是杭州工匠", "杭州工匠"),
    ("浙江工匠这个称号我19年就有了", "浙江工匠"),
    ("杭州工匠嘛我21年就拿下了", "杭州工匠"),
    ("今年刚评上浙江工匠", "浙江工匠"),
    ("我当过一届杭州工匠", "杭州工匠"),
    ("浙江工匠是我2020年评上的", "浙江工匠"),
    ("我早些年就是浙江工匠了", "浙江工匠"),
    ("我手里有杭州工匠的证", "杭州工匠"),
    ("帮我老公问问，他手上有浙江工匠的证，首届数字工匠还能报吗", "浙江工匠"),
])
def test_a_title_said_held_is_read(text, title):
    assert title in _profile(text).get("prior_titles", [])


@pytest.mark.parametrize("text", [
    "我们公司有三个人评上过杭州工匠，我不在里面",
    "车间好几位老师傅拿了浙江工匠",
    "我是杭州工匠的徒弟",
    "他是浙江工匠的儿子",
    "杭州工匠的证书下个月会发给我",
    "浙江工匠的证书还没发给我",
    "杭州工匠这个称号我还没有",
    "今年想评上杭州工匠",
    "浙江工匠那个我还没评上",
    "我早些年就想当杭州工匠了",
    "我就是杭州工匠的候选人",
    "我爸是浙江工匠，我能报第四届数字工匠吗",
])
def test_a_title_of_others_or_to_come_is_not_held(text):
    assert not _profile(text).get("prior_titles")


@pytest.mark.parametrize(("clause", "kind"), [
    ("技术上没攻过关", "innovation"),
    ("也没搞过什么创新", "innovation"),
    ("从来没教过人", "training"),
    ("没带过新人", "training"),
    ("没琢磨出啥新方法", "method"),
    ("没啥拿手的本事", "knack"),
    ("推广也没推广过", "transfer"),
    ("智能化那块没参与", "digital"),
    ("标准没碰过", "standards"),
])
def test_a_denial_names_its_kind(clause, kind):
    assert kind in denied_kinds(clause)


# a denial naming kinds is an absence of those kinds only (docs/verdict-policy.md, 明说没有): kept as said, so the
# checker closes the kinds it names and no others
@pytest.mark.parametrize(("text", "kinds"), [
    ("技术上没攻过关", {"innovation"}), ("从来没教过人", {"training"}), ("没琢磨出啥新方法", {"method"}),
    ("智能化那块没参与", {"digital"}), ("没啥拿手的本事，也没搞过什么创新", {"knack", "innovation"})])
def test_a_denied_kind_is_an_absence(text, kinds):
    said = _profile(text).get("achievements")
    assert said and all(says_no_achievement(t) for t in said) and denied_only(said) == kinds


@pytest.mark.parametrize("text", [
    "我做的不是传统手艺，是数控加工",  # what the work is, said instead
    "没出过一次质量事故",  # a negation that denies no deed
    "返工基本没了",
    "全市会修这种老表的没几个",  # few others can: the deed, not its absence
    "不用图纸，凭手感就能把榫卯做严丝合缝",
])
def test_no_absence_where_no_kind_is_denied(text):
    assert _profile(text).get("achievements") != []


@pytest.mark.parametrize("clause", ["这几块我都是空白", "这些我都不沾", "那几样全是空白"])
def test_a_blank_said_of_a_list_reaches_back(clause):
    assert denies_back(clause, lambda frame: False)


def test_a_kind_denied_beside_a_deed_keeps_the_deed():
    profile = _profile("标准没搞过，不过给公司写过一套部署脚本，上线时间缩短了一半")
    assert any("部署脚本" in a for a in profile.get("achievements", []))


def test_kinds_named_bare_then_denied_are_absences():
    # a terse form's rows: each kind named, then only 没有
    profile = _profile("获奖 没有 比赛 没有 徒弟 没有")
    assert profile.get("awards") == [] and profile.get("competition_results") == []
    assert denied_only(profile.get("achievements")) == {"training"}


def test_a_kind_denied_bare_is_kept_with_its_denial_beside_a_deed():
    said = _profile("标准，没有。革新，有的，改过一条产线").get("achievements", [])
    assert "标准" not in said and any("没有" in a for a in said)


def test_a_bare_noun_of_no_kind_then_no_is_not_denied():
    from assistant.language.clauses import denied_parts

    assert denied_parts(("会员", "没有")) == (False, True)
    assert denied_parts(("专利", "没有")) == (True, True)
