"""How far a denial of achievements reaches (language/denials.py): back over the list said before it, whatever talk
frames it (说句老实话一样都没有, 没一条沾得上边, 跟他不搭界); to every alternative when nothing is named (一样都没有, 白板一个,
哪有什么成果); not at all over a positive whose negation word denies no deed (返工基本没了) or a thing named as the
denial's own subject (工匠、首席技师称号都没有)."""

from __future__ import annotations

import datetime as dt

import pytest

from assistant.extract import extract
from assistant.language.classify import says_no_achievement
from assistant.language.clauses import clauses
from assistant.language.denials import denies_back, rhetorical, says_nothing

TODAY = dt.date(2026, 11, 21)


def _no_thing(frame: str) -> bool:
    return "标准" in frame or "奖" in frame


@pytest.mark.parametrize("clause", ["说句老实话一样都没有", "没一条沾得上边", "跟他不搭界", "我对了一下哪样都沾不上",
                                    "讲句良心话这些都谈不上", "和我八竿子打不着", "没有一样够得上"])
def test_a_denial_with_no_object_of_its_own_reaches_back(clause):
    assert denies_back(clause, _no_thing)


@pytest.mark.parametrize("clause", ["奖项一个都没有", "标准都没有", "工匠称号都没有", "我带过三个徒弟", "一样都有"])
def test_a_denial_naming_its_own_subject_does_not(clause):
    assert not denies_back(clause, _no_thing)


@pytest.mark.parametrize(("text", "denied"), [
    ("带徒、技改、操作法、成果转化、数字化改造，说句老实话一样都没有", [True] * 6),
    ("荣誉、比赛名次、绝招、革新、带徒，没一条沾得上边", [True] * 6),
    ("改造创新那是技术科的事，跟他不搭界", [True, True]),
    ("我改造了一台设备，跟他不搭界", [False, True]),  # a statement of the speaker's is no topic
    ("去年拿了浙江省科学技术进步奖三等奖。什么工匠、首席技师称号都没有。", [False, True, True]),
])
def test_the_list_before_is_denied_with_it(text, denied):
    assert [c.negated for c in clauses(text)] == denied


@pytest.mark.parametrize("clause", ["他说自己哪有什么成果", "我哪来的啥绝活"])
def test_a_rhetorical_where_would_there_be_denies(clause):
    assert rhetorical(clause) and all(c.negated for c in clauses(clause))


@pytest.mark.parametrize(("clause", "nothing"), [("一样都没有", True), ("啥都谈不上", True), ("白板一个", True),
                                                 ("没啥拿得出手的", True), ("称号一个都没有", False),
                                                 ("一个都没有", False), ("标准没有", False)])
def test_nothing_to_show_said_with_no_kind_named(clause, nothing):
    assert says_nothing(clause) is nothing


@pytest.mark.parametrize(("text", "none"), [
    ("一样都没有，就是老老实实干活的", True),  # the plain work beside a denial tells nothing it left out
    ("没啥拿得出手的，就是按部就班干活", True),
    ("白板一个", True),
    ("就是老老实实干活的", False),  # the plain work alone is no denial (docs/verdict-policy.md)
    ("我改的夹具用上以后返工基本没了", False),  # a fault said gone is the deed's result
    ("视觉检测程序是我重写的，漏检基本没有了", False),
    ("说不上多大贡献，但我总结的换模方法车间都在用", False),
    ("不知道算不算，搞过一个小改进", False),
])
def test_an_absence_of_achievements(text, none):
    assert says_no_achievement(text) is none


def test_a_denial_is_kept_beside_the_rest_of_the_achievements():
    """这些年就是跟着项目跑 is read as achievements; the no said beside it stays, so the checker reads it after a no."""
    profile = extract("我在萧山做MES实施 这些年就是跟着项目跑 没搞出过啥名堂 奖项证书没有", TODAY).profile
    assert "没搞出过啥名堂" in profile["achievements"]


def test_the_people_one_trained_hold_their_own_posts():
    """带出来的徒弟…当了班组长 is the apprentices' post, not the asker's: no management post read."""
    profile = extract("高级技师 在衢州一家化工厂一线做设备维修 十七年 在岗 不过带出来的徒弟有三个当了班组长", TODAY).profile
    assert profile.get("role_type") != "management"


def test_taking_part_denied_in_an_event_disowns_nothing_before_it():
    """徒弟带了三个但没参加比赛: the contest is denied, not the speaker's part in the apprentices (我没参与 still is)."""
    from assistant.language.agency import disowns

    assert not disowns("没参加比赛") and not disowns("但没参加过市里的评选")
    assert disowns("我没参与") and disowns("这个项目我没参加")


def test_a_quantifier_after_a_denied_list_takes_the_list_back_not_everything():
    """获奖、竞赛名次，一样都没: the awards and placings are denied; the achievements are not said to be none."""
    profile = extract("获奖、竞赛名次，一样都没", TODAY).profile
    assert profile.get("awards") == [] and "achievements" not in profile


@pytest.mark.parametrize("clause", ["那五条我一条都够不着", "四条里面我哪条都不沾", "条件一条也不符合"])
def test_the_notices_conditions_denied_together_deny_every_alternative(clause):
    assert says_nothing(clause)


def test_a_turn_that_never_reaches_the_speaker_denies_the_topic_before_it():
    """标准攻关技改都是领导和架构师的事，轮不到我: the kinds named as others' business are denied to the speaker."""
    assert all(c.negated for c in clauses("标准攻关技改都是领导和架构师的事，轮不到我"))
    assert not all(c.negated for c in clauses("我主导制定了一项团体标准，轮不到别人"))


def test_a_global_denial_after_a_denial_of_titles_still_covers_the_achievements():
    """没评过工匠 is denied by its own words: 四条里面我哪条都不沾 after it is no quantifier taking it back."""
    assert extract("一六年起在杭州做运维 没评过工匠 四条里面我哪条都不沾", TODAY).profile.get("achievements") == []


@pytest.mark.parametrize("text", ["除了从事木雕创作以外，别的都没有", "带过三个徒弟，其他的一样都没有"])
def test_a_denial_of_the_rest_leaves_the_thing_said(text):
    assert not clauses(text)[0].negated
