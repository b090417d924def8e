"""Clause splitting, negation scope (with guard words), affirmed clauses and explicit absence."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from assistant.language import affirmed, clauses, negated, says_none, says_unknown, split_clauses

NEGATED = ["没有参与过标准制定", "没有技术革新成果", "未获科学技术类奖项", "从未带过徒弟", "从来没有申请专利",
           "并非本人成果", "尚未发布", "没能评上", "不曾获奖", "我不是标准起草人", "标准制定没参与过", "无专利",
           "没做过技改", "暂无", "没什么成果", "都没有", "未用大模型做过助手", "无带徒经历"]
NOT_NEGATED = ["参与未来工厂建设", "负责无损检测", "非常熟练地操作数控机床", "开发无人机巡检系统", "不断改进工艺",
               "毫无疑问是车间骨干", "是非遗传承人", "从未出现质量事故", "连续十年无事故", "在无锡做焊工",
               "研发无刷电机", "实现车间无人值守", "掌握他人不可替代的绝活", "不锈钢焊接", "不良率下降一半",
               "毫无保留地传授技艺", "搞无功补偿改造", "带了三个徒弟",
               "想问问能评首届杭州工匠不", "首席技师可以申请不", "我这样够格不"]  # a V-不 question asks


@pytest.mark.parametrize("clause", NEGATED)
def test_negation_words_negate(clause):
    assert negated(clause)


@pytest.mark.parametrize("clause", NOT_NEGATED)
def test_guard_words_do_not_negate(clause):
    assert not negated(clause)


@pytest.mark.parametrize("text, parts", [
    ("没有参与过标准制定，也没有技术革新成果；未获奖项", ["没有参与过标准制定", "没有技术革新成果", "未获奖项"]),
    ("虽然没有专利，但是带了三个徒弟", ["虽然没有专利", "带了三个徒弟"]),
    ("带徒弟也拿过专利", ["带徒弟", "拿过专利"]),
    ("攻克难题!获得专利?", ["攻克难题", "获得专利"]),
    ("专利、标准", ["专利", "标准"]),
    ("", []),
])
def test_split_clauses(text, parts):
    assert split_clauses(text) == parts


@pytest.mark.parametrize("text, kept", [
    ("虽然没有专利，不过带了三个徒弟", ["带了三个徒弟"]),
    ("没有专利、标准，而且带过徒弟", ["带过徒弟"]),
    ("没有专利、带过5个徒弟", ["带过5个徒弟"]),
    ("参与未来工厂建设，没拿过奖", ["参与未来工厂建设"]),
])
def test_affirmed_keeps_clauses_outside_negation(text, kept):
    assert affirmed(text) == kept


def test_list_items_inherit_negation():
    assert [c.negated for c in clauses("没有专利、标准、奖项")] == [True, True, True]


@pytest.mark.parametrize("text", ["没有", "无", "都没有", "暂无", "没什么成果", "没有。", "无专利，也没有标准",
                                  "没有其他成果了"])
def test_says_none(text):
    assert says_none(text)


@pytest.mark.parametrize("text", ["", "  ", "不清楚", "不记得有没有", "带了三个徒弟", "没有专利，但带了徒弟"])
def test_not_none(text):
    assert not says_none(text)


def test_unknown_is_not_absence():
    assert says_unknown("我不太清楚") and not says_none("我不太清楚")


@given(st.text(alphabet="带徒弟专利标准攻克难题获奖，、参与制定技改", max_size=30))
def test_negation_prefix_negates_the_first_clause(text):
    parts = clauses("没有" + text)
    assert parts and parts[0].negated


def test_drafter_kinds_ignore_negated_clauses():
    from assistant.eligibility.conditions import kind_of, match_conditions

    assert kind_of("没有参与标准制定") == "other"
    assert kind_of("没有专利，但带了三个徒弟") == "training"
    assert not match_conditions(["没有参与过标准制定，也没有技术革新成果"], "hz_digital_craftsman_2026")


@pytest.mark.parametrize("text, negated_all", [
    ("标准、专利、奖项都没有", True),  # 都 + a negation covers the whole list
    ("标准制定、技术革新、AI智能体都沾不上边", True),
    ("获奖和证书也没有", True),  # cut at 也: a clause that is only a negation denies the one before it
    ("没有做过能查日志、定位故障的智能体", True),  # the tail of the noun phrase the negated verb governs
    ("没有专利、带过5个徒弟", False),
    # a negated verb no table row lists (主持, by jieba's tags) governs the list after it too
    ("没有主持研究所的新型催化剂从小试、中试一直做到工业化生产", True),
    ("从未主导过新产线从调试、试产到量产", True),
    # a verb said alone after the negation is used as a noun: the item after it is its own
    ("没有创新、带过徒弟", False),
    ("没有发明、参加过省赛", False),
])
def test_negation_reaches_the_whole_list(text, negated_all):
    assert all(c.negated for c in clauses(text)) is negated_all


@pytest.mark.parametrize("clause, denied", [("无数字化改造经历", True), ("无数字化车间的项目", True), ("带出了无数徒弟", False)])
def test_a_guard_word_cut_by_the_next_word_is_no_guard(clause, denied):
    assert negated(clause) is denied


@pytest.mark.parametrize("text, negated_all", [
    # a list of nouns, then a predicate with its own negation and no 都: the predicate is every noun's
    ("技术革新、技术改造谈不上", True),
    ("技术革新、攻关这些谈不上", True),
    ("标准、专利没有", True),
    ("操作法、工法没总结过", True),
    ("省级技术能手、市级劳模没评上", True),
    ("创新、攻关谈不上", True),
    # an item with a verb or an aspect of its own says its own thing
    ("带了五个徒弟、标准没参与", False),
    ("改进了焊接工装、效率没怎么提高", False),
    ("技术革新、技术改造", False),
])
def test_a_negated_predicate_after_a_noun_list_covers_the_list(text, negated_all):
    assert all(c.negated for c in clauses(text)) is negated_all


def test_a_space_between_chinese_words_ends_a_clause():
    # a phone-typed reply: the negation of 没退休 must not reach the deed said before it
    said = clauses("有的 我主导搞了一套导叶端面间隙的测量工装 现在全站都在用 没退休")
    assert [c.text for c in said if not c.negated] == ["有的", "我主导搞了一套导叶端面间隙的测量工装", "现在全站都在用"]
    assert [c.text for c in clauses("带了 AGV 调度")] == ["带了 AGV 调度"]  # only between Chinese words


def test_a_quoted_name_is_one_word_however_it_is_punctuated_inside():
    # batch s's negation check: the 、 inside “勤巡、稳接、匀添” cut the name into list items, and 没有 did not reach
    # the 操作法 after it, so a denied method was read as met
    from assistant.language.classify import achievement_kinds

    said = "缫丝车间“勤巡、稳接、匀添”的接头操作法是我摸索出来的"
    assert [c.negated for c in clauses("没有" + said)] == [True]
    assert not achievement_kinds("没有" + said)
    assert "method" in achievement_kinds(said)
    # a list outside quotation marks is still a list whose items inherit the negation
    assert [c.negated for c in clauses("没有专利、标准")] == [True, True]
