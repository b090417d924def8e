"""Whether a notice rules on "X 算不算 Y" (chat/rules/counts_as.py): a sentence naming the kind (前三名, 领导职务, 10年)
mentions a word of the ask; it rules on it only when it names the asker's item too. No unit naming the item: silent,
without a citation, whether or not the asker told their own case around the ask."""

from __future__ import annotations

import datetime as dt

import pytest

from assistant.chat.case.state import Session
from assistant.chat.rules.counts_as import counts_as, unnamed_kind, unruled_item
from assistant.chat.turn import make_deps, respond
from assistant.notices.tree import load_corpus
from tests.chat_support import KeywordRetriever

TODAY = dt.date(2026, 11, 21)
CT, C16, D26 = "hz_chief_technician_2021", "hz_craftsman_2016", "hz_digital_craftsman_2026"


@pytest.fixture(scope="module")
def deps():
    return make_deps(retriever=KeywordRetriever(), today=TODAY)


@pytest.mark.parametrize("question, words", [
    ("这个团体名次算不算我个人的", ("团体", "名次")),
    ("班组长、车间副主任这种到底算不算领导职务啊", ("班组长", "车间", "主任")),
    ("我当学徒那三年能算进去吗", ("当学徒",)),
    # pointed at: the item is the clause told before the ask, without how and when it was got
    ("我们行业协会自己办的技能比武我拿了第一，首席技师认不认这个算市级一类竞赛", ("行业协会", "技能", "比武")),
])
def test_the_item_is_read_before_the_predicate_or_where_it_points(question, words):
    assert counts_as(question).words == words


@pytest.mark.parametrize("question", [
    "杭州工匠的年龄算到哪一天",  # a date asked, not a kind
    "工作年限怎么算",  # how, not whether
    "我干了8年，这样算不算符合条件",  # whether the case qualifies: the checker's
    "推荐表4月2号才发进邮箱，这样算不算晚了",  # a value judged against the notice's deadline
])
def test_asks_that_are_no_counting_as(question):
    assert counts_as(question) is None


@pytest.mark.parametrize("question, programs", [
    ("我拿的是省级二类技能竞赛第一名，首席技师认不认", (CT,)),  # 二类技能竞赛第一名 is named; 第一名 is a value
    ("我拿过世界技能大赛第二名，杭州工匠算不算", (C16,)),
    ("第四届数字工匠的数字专员算不算优先推荐", (D26,)),
])
def test_an_item_a_unit_names_is_left_to_its_rule(question, programs):
    assert unruled_item(load_corpus(), question, programs) is None


@pytest.mark.parametrize("question, item", [
    ("首席技师条件里有“二类技能竞赛前三名”，我们是三个人组队去比的，拿了国家二类竞赛的团体第二名。这个团体名次算不算我个人的",
     "团体名次"),
    ("首届杭州工匠的工作年限，我当学徒那三年能算进去吗", "学徒"),
    ("我是浙江省技术能手，第四届数字工匠算不算拥有领先水平的资质证书", "技术能手"),
])
def test_an_item_no_unit_names_is_silent_without_a_citation(deps, question, item):
    """The rules table's own silence on a kind it reads (组队取得的名次) stands; else the item is named."""
    answer = respond(Session(), question, deps)
    assert not answer.citations and not answer.verdicts, answer.text
    assert "没有写明" in answer.text and (item in answer.text or "名次" in answer.text)


def test_an_own_case_told_around_the_ask_is_a_rule_question_not_a_check(deps):
    """Five facts told (国企, 班组长, 运维 …) would make it a case to check; the ask is whether 班组长 is a 领导职务,
    which the checker's row on 领导职务 cannot say."""
    answer = respond(Session(), "我在一家市属国企当班组长，手下管八个人，平时自己也上手干运维。第四届说“担任国有企业领导职务的”"
                                "原则上不推荐，班组长、车间副主任这种到底算不算领导职务啊？", deps)
    assert not answer.verdicts and not answer.citations, answer.text
    assert "没有写明班组长、车间副主任是否算领导职务" in answer.text


@pytest.mark.parametrize("question, said", [
    ("我是台湾过来的，在嘉兴做精密模具快九年了，浙派工匠台胞能不能参评？", "台胞"),  # the kind said in the ask
    ("第四届数字工匠劳务派遣的能报吗", "劳务派遣"),
])
def test_an_apply_ask_of_a_kind_no_unit_names_is_silent_not_checked(deps, question, said):
    """The checker's rows on other conditions (技能等级, 年限 …) do not answer whether that kind may apply."""
    answer = respond(Session(), question, deps)
    assert not answer.citations and not answer.verdicts, answer.text
    # the rules table's silence on a kind it reads (台胞: 国籍; 派遣) stands; else the kind is named
    assert "没有明确提到" in answer.text or "没有写明" in answer.text and said in answer.text


@pytest.mark.parametrize("question, program", [
    ("我们单位没建工会，我还能报吗", ()),  # the case told before the ask is the checker's
    ("我是技能人才培养院校的老师，浙派工匠能被推荐吗", ("zj_craftsman_2023",)),
    ("我是中级工，在杭州一家服装厂做制版。2021年首席技师那次能报吗", ("hz_chief_technician_2021",)),  # 那次: when
    ("退了休的老师傅还能推荐浙派工匠吗", ("zj_craftsman_2023",)),  # 退休 is named, read by characters
    ("这样的话还能报吗", ()),  # a case pointed back at
    ("我想问下我能不能评杭州工匠", ("hz_craftsman_2016",)),  # the frame of asking
    ("如果换了单位还能报吗", ()),  # a case the ask is put in
    ("拿过数字工匠提名奖还能再参评吗", ("hz_digital_craftsman_2026",)),  # 首届 names 提名奖, whichever edition is asked
])
def test_no_kind_or_a_kind_a_unit_names_is_left_to_its_rule(question, program):
    assert unnamed_kind(load_corpus(), question) is None


@pytest.mark.parametrize("question, kept", [
    ("退了休的老师傅还能推荐浙派工匠吗", "退休人员不作为推荐对象"),  # 退了休: the rules table reads it as 退休
    ("技工学校的老师能不能评浙派工匠", "技能人才培养院校、教师"),
])
def test_a_kind_the_rules_table_reads_is_answered_by_its_row(deps, question, kept):
    answer = respond(Session(), question, deps)
    assert answer.citations and kept in answer.text, answer.text
