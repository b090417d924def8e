"""What the asker holds and is, said in ordinary words (round 10, ext16): a title framed as held by the words around
it (作为/身为, 我这个, 自从评上, 我都已经…了, 那批里头有我, 我是第一批的, 授予了我), a workmate's or an apprentice's
title that is theirs even where the asker never says 我 of themself, a certificate named by its grade with a count
(就一个初级证) or a time before the verb (证是前几年考的高级), union membership said as not remembered or as a topic
answered past a clause of reason (工会？我们厂小，压根没成立过), and a post held in name only. Each was misread
before."""

from __future__ import annotations

import datetime as dt

import pytest

from assistant.extract import extract
from assistant.extract.subject import of_others

TODAY = dt.date(2026, 11, 21)


def _profile(text: str) -> dict:
    return extract(text, TODAY).profile


@pytest.mark.parametrize(("text", "title"), [
    ("作为杭州工匠，我想问问还能报浙派吗", "杭州工匠"),
    ("身为市首席技师，这个数字工匠我还能报吗", "杭州市首席技师"),
    ("自从评上杭州工匠以后，厂里让我带了好几个徒弟", "杭州工匠"),
    ("我都已经杭州工匠了还能报吗", "杭州工匠"),  # 已经…了, not blanked as the programme asked about
    ("去年那批杭州数字工匠里头有我", "杭州数字工匠"),  # the batch's roll with the asker in it
    ("杭州工匠名单上有我的名字", "杭州工匠"),
    ("杭州工匠我是第二批评上的", "杭州工匠"),  # the asker's batch
    ("浙江工匠的称号前年授予了我", "浙江工匠"),  # conferred on the asker
    ("我们这些杭州工匠还能不能报浙江工匠", "杭州工匠"),
    ("头几年评的杭州工匠，现在想报浙派", "杭州工匠"),  # a past stretch of years with the verb of winning
])
def test_title_framed_as_held(text, title):
    assert title in (_profile(text).get("prior_titles") or [])


@pytest.mark.parametrize("text", [
    "作为杭州工匠的候选人要准备什么",  # a candidate, no holder
    "评上杭州工匠以后有什么待遇",  # a supposition
    "2023年那批数字工匠能报吗",  # a batch asked about
])
def test_title_not_held(text):
    assert not _profile(text).get("prior_titles")


@pytest.mark.parametrize("text", [
    "隔壁车间老李去年评上了杭州工匠",  # a workmate by place and name, no 我 in the message
    "我们厂的张师傅评了杭州工匠，他是我带出来的",
    "我徒弟前年评了杭州工匠",
    "我师父是浙江工匠，跟着他学了八年",
    # a title named as won is no programme asked about, so 小王 is not the candidate
    "我们车间小王前年评了杭州工匠，大家都说我手艺比他好",
])
def test_workmates_title_is_theirs(text):
    assert not _profile(text).get("prior_titles")


def test_kin_without_self_stays_the_candidates():
    """A relation's clause with no 我 beside it may be a later turn about the candidate (我爸…, then 他…): left as is."""
    assert of_others(["我老公是杭州工匠"]) == [False]
    assert "杭州工匠" in _profile("帮我爸问问，他前年评了杭州工匠，还能报浙派吗").get("prior_titles", [])


@pytest.mark.parametrize(("text", "level"), [
    ("就一个初级证，年轻时候考的", "初级工"),  # a count of papers, not of people
    ("就一个中级证", "中级工"),
    ("证是前几年考的高级，钳工的", "高级工"),  # a time before the verb of taking it
    ("我证是2019年考的三级", "高级工"),
    ("我是高级工程师，技能等级这块是空着的", "none"),  # the item said empty
])
def test_level_said_loosely(text, level):
    assert _profile(text).get("skill_level") == level


def test_apprentices_certificates_stay_theirs():
    assert _profile("我带了三个徒弟都考了中级证").get("skill_level") is None


@pytest.mark.parametrize(("text", "member"), [
    ("入会这个事我真不记得了，要问问我们办公室", None),  # not remembered: no yes
    ("入会哪年不记得了，反正是会员", True),  # only when is not remembered
    ("工会？我们厂小，压根没成立过", False),  # the topic answered past a clause of reason
    ("工会压根没成立过", False),
])
def test_union_in_ordinary_words(text, member):
    assert _profile(text).get("union_member") is member


@pytest.mark.parametrize(("text", "role"), [
    ("现在挂个技术主管的名，说白了还是天天调设备修设备的", "frontline_technical"),  # a post in name only
    ("车间副主任，说白了还是天天修设备", "frontline_technical"),  # 说白了 before the hands on the work
    ("我是车间主任了，基本上就是开会填表，很少动手", "management"),
])
def test_post_in_name_only(text, role):
    assert _profile(text).get("role_type") == role


@pytest.mark.parametrize(("text", "title"), [
    ("我是杭州市工匠", "杭州工匠"),  # the level said in the name
    ("去年评上了市级工匠", "杭州工匠"),
    ("前年拿了个省级工匠", "浙江工匠"),
    ("我是浙江省工匠", "浙江工匠"),
    ("杭州工匠评上了，前年的事", "杭州工匠"),  # a bare result dated by the clause after it
    ("浙江工匠也评上了，21年的", "浙江工匠"),
])
def test_title_named_or_dated_loosely(text, title):
    assert title in (_profile(text).get("prior_titles") or [])


@pytest.mark.parametrize("text", ["浙派工匠评上了，证书发几本", "杭州工匠评上了，有什么待遇"])  # a supposition
def test_bare_result_not_dated_supposes(text):
    assert not _profile(text).get("prior_titles")


@pytest.mark.parametrize(("text", "member"), [
    ("我在工会里登记过的", True),  # on the roll
    ("工会那边有我名字", True),
    ("会员没错", True),
    ("是工会的", True),
    ("我早几年就是会员了", True),
    ("没有工会这个东西", False),
    ("是个小作坊，谈不上工会", False),
    ("我非会员", False),
    ("工会登记了吗", None),
])
def test_union_said_more_ways(text, member):
    assert _profile(text).get("union_member") is member


@pytest.mark.parametrize(("text", "level"), [
    ("证的话有个四级的", "中级工"),  # 证 as the topic, the level after it
    ("我这个等级是中级", "中级工"),  # the level's own word
    ("高级工还没考，现在中级", "中级工"),
])
def test_level_said_more_ways(text, level):
    assert _profile(text).get("skill_level") == level


@pytest.mark.parametrize("text", ["职称等级是高级", "英语等级是四级", "我职称是中级"])
def test_other_grades_are_no_skill_level(text):
    assert _profile(text).get("skill_level") is None


@pytest.mark.parametrize(("text", "role"), [
    ("现在是车间的技术主管", None),  # a technical head: hands on or not is asked
    ("我是研发经理", None),
    ("我是技术主管，天天在现场调设备", "frontline_technical"),
    ("技术总监，主要管团队，很少写代码了", "management"),
    ("我是生产部经理", "management"),
])
def test_technical_head_left_open(text, role):
    assert _profile(text).get("role_type") == role


@pytest.mark.parametrize(("text", "title"), [
    ("有个杭州工匠，别的没了", "杭州工匠"),  # 有个 with no subject, as what one holds
    ("有一个杭州工匠的称号", "杭州工匠"),
    ("评过，市首席", "杭州市首席技师"),  # the winning said bare first, then the title alone
    ("评过，杭州工匠", "杭州工匠"),
])
def test_title_after_a_bare_having(text, title):
    assert title in (_profile(text).get("prior_titles") or [])


@pytest.mark.parametrize("text", ["有个杭州工匠，我能报吗", "听说有个杭州工匠，能报吗", "有个杭州工匠的评选，我想试试"])
def test_there_is_a_programme_is_no_title(text):
    assert not _profile(text).get("prior_titles")
