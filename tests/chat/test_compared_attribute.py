"""The attribute a comparison compares, and each side held to it (chat/comparison/compared_attribute.py, notice_attributes.toml).

A row of the table names the attribute from the question's words and says what a unit of a notice must say to hold
it; a side quoting a unit that does not hold it quotes its notice's unit that does, and a notice holding it nowhere
is silent on it."""

from __future__ import annotations

import pytest

from assistant.chat.case.state import Session
from assistant.chat.comparison.compared_attribute import (
    Attribute,
    attribute_picks,
    attributes,
    compared_attribute,
    holds_attribute,
    settle_sides,
)
from assistant.chat.rules.quotes import Pick
from assistant.chat.turn import respond

CT, ZJ, C16, D26, D23 = ("hz_chief_technician_2021", "zj_craftsman_2023", "hz_craftsman_2016",
                         "hz_digital_craftsman_2026", "hz_digital_craftsman_2023")


def test_every_row_is_well_formed():
    rows = attributes()
    assert len({a.key for a in rows}) == len(rows)
    assert all(isinstance(a, Attribute) and a.label and a.holds for a in rows)


@pytest.mark.parametrize("question, key", [
    ("两边的评委都是从哪儿找来的", "experts"),
    ("首席技师和浙派工匠，公示要挂几天", "publicity_days"),
    ("公示各自是怎么弄的", "publicity"),
    ("最后到底谁拍板", "approval"),
    ("材料都往哪个部门报", "channel"),
    ("事迹那栏能写多少字", "word_count"),
    ("年纪上有没有卡", "age"),
    ("年龄算到几月几号", "counting_day"),
    ("评上能拿多少钱", "money"),
    ("评上以后单位给不给安排进修", "training"),
    ("两个对本科文凭有没有讲究", "education"),
    ("覆盖的人群有啥不同", "scope"),
    ("这俩哪个要求在杭州全职待得久", "full_time_here"),
    ("材料最后是哪一级往上报送的", "submitter"),
    ("我们协会这回还能推吗", "recommenders"),
])
def test_the_question_names_the_attribute(question, key):
    found = compared_attribute(f"杭州工匠和首席技师，{question}")
    assert found is not None and found.key == key


def test_a_question_naming_no_attribute_has_none():
    assert compared_attribute("杭州工匠和首席技师哪个好") is None


def test_a_bare_difference_compares_the_conditions():
    # cmp22: "有啥区别" with nothing else asked is how the honours differ as a whole, their conditions
    assert compared_attribute("杭州工匠和首席技师有啥区别").key == "conditions"


def test_a_unit_holds_the_attribute_with_the_headings_above_it():
    scope = next(a for a in attributes() if a.key == "scope")
    unit = "第四届“杭州数字工匠”认定范围,聚焦数字经济创新提质"
    assert holds_attribute(scope, unit)
    assert not holds_attribute(scope, "坚持德才兼备、好中选优、不唯学历、不唯职称、公开透明的推荐原则，确保推荐对象的先进性")
    days = next(a for a in attributes() if a.key == "publicity_days")
    assert not holds_attribute(days, "对“杭州数字工匠”人选进行公示,接受公众监督。")  # 公示 without how long
    assert holds_attribute(days, "在全省范围内进行公示，公示时间不少于 5个工作日。")


def test_the_rule_comes_before_its_special_case(deps):
    experts = next(a for a in attributes() if a.key == "experts")
    picks = attribute_picks(deps.corpus, CT, experts, "评审专家是怎么来的，我要写个对比材料")
    assert picks[0].clause_id == f"{CT}#三/(二)"  # not 三's closing 自由职业者 paragraph


def test_a_notice_holding_it_nowhere_has_no_pick(deps):
    union = next(a for a in attributes() if a.key == "union")
    assert attribute_picks(deps.corpus, CT, union, "要不要是工会会员") == []
    assert attribute_picks(deps.corpus, C16, union, "要不要是工会会员")


def test_a_side_not_holding_it_is_replaced_and_a_silent_one_stays_silent(deps):
    wrong = Pick(f"{C16}#四", "坚持德才兼备、好中选优、不唯学历、不唯职称、公开透明的推荐原则", 1.0, True, 1.0)
    sides, held_to, nearby = settle_sides(deps.corpus, "杭州工匠和首席技师，对工会会员有啥要求",
                                          [(C16, wrong), (CT, wrong)], strict=False)
    assert held_to is not None and held_to.key == "union"
    assert sides[0][1].clause_id.startswith(f"{C16}#三") and "工会会员" in sides[0][1].quote
    assert sides[1] == (CT, None)
    assert nearby == {}  # its former quote (推荐原则) stands in no section matching 三、基本要求及条件


def test_a_silent_side_keeps_its_former_quote_from_the_matching_section(deps):
    conditions = Pick(f"{D26}#二", "同时符合下列条件之一", 1.0, True, 1.0)
    apprentices = Pick(f"{D23}#二/4", "4. 在培养技能人才和传授技艺方面有较大贡献", 1.0, True, 1.0)
    sides, _, nearby = settle_sides(deps.corpus, "首届数字工匠有带徒弟那一条，第四届还有吗", [(D26, conditions),
                                                                                 (D23, apprentices)], strict=False)
    assert sides[0] == (D26, None) and nearby == {D26: (f"{D26}#二", "同时符合下列条件之一")}


def test_a_side_holding_it_is_kept(deps):
    right = Pick(f"{ZJ}#五", "对突出贡献浙派工匠每人奖励 1万元并颁发证书", 1.0, True, 1.0)
    sides, held_to, _ = settle_sides(deps.corpus, "浙派工匠和杭州工匠的奖金各多少", [(ZJ, right)], strict=True)
    assert sides == [(ZJ, right)] and held_to is None


def test_a_silent_side_of_a_value_type_stays_silent(deps):
    sides, _, _ = settle_sides(deps.corpus, "浙派工匠和杭州工匠的奖金各多少", [(CT, None)], strict=True)
    assert sides == [(CT, None)]


@pytest.mark.parametrize("question, said, not_said", [
    # the side quoted its 推荐原则 for "面向谁", which names no one the notice is for
    ("首届杭州工匠和浙派工匠各自是面向哪些人评的", "一线岗位直接从事技能工作", "好中选优"),
    # one side asks 征求意见 of the unit's staff, the other notice nowhere: silent on it, not its quota sentence
    ("首席技师跟第四届数字工匠，征求意见这一步各问哪些部门", "【第四届杭州数字工匠】通知没有写明征求意见", "推荐不超过"),
])
def test_each_side_quotes_its_unit_holding_the_attribute(deps, question, said, not_said):
    answer = respond(Session(), question, deps).text
    assert said in answer and not_said not in answer


def test_the_old_and_the_new_edition_said_as_one_word_are_both_sides(deps):
    answer = respond(Session(), "新老数字工匠推荐表的事迹各限多少字", deps).text
    assert "300字以内" in answer and "400字以内" in answer


def test_of_two_attributes_named_the_one_asked_last_is_compared():
    # 专家 is the step before; what is asked is who decides
    assert compared_attribute("首届和第四届数字工匠，专家评完以后，最终名单分别是哪个机构审定的").key == "approval"
    # words two rows read ("等级证书": 等级 and 证书) are the earlier, more particular row's
    assert compared_attribute("首席技师要什么等级证书，浙派工匠呢").key == "skill_level"


def test_the_clause_titled_by_the_attribute_outranks_a_sentence_naming_it_in_passing(deps):
    approval = next(a for a in attributes() if a.key == "approval")
    picks = attribute_picks(deps.corpus, D23, approval, "最终名单分别是哪个机构审定的")
    assert picks[0].clause_id == f"{D23}#附件1/三/(三)/2"  # not 三's "…具体详见《…实施方案》"


def test_a_unit_on_a_particular_kind_of_applicant_ranks_below_the_general_rule_unless_named(deps):
    experts = next(a for a in attributes() if a.key == "experts")
    general = attribute_picks(deps.corpus, CT, experts, "评审专家分别是怎么产生的？我们要写个对比材料")
    assert general[0].clause_id == f"{CT}#三/(二)"
    named = attribute_picks(deps.corpus, CT, experts, "自由职业者的专家评议是怎么组织的")
    assert named[0].quote.startswith("自由职业者")


def test_a_post_award_section_says_no_priority_in_recommending(deps):
    priority = next(a for a in attributes() if a.key == "priority")
    picks = attribute_picks(deps.corpus, D26, priority, "优先推荐哪些人")
    assert picks and all(not p.clause_id.endswith("#四") for p in picks)  # 四、培育计划's 优先推荐参加…疗休养


def test_sides_silent_on_a_measure_quote_what_they_say_of_the_matter(deps):
    # neither notice gives a number of days; each says how it publicises, so neither is "not covered at all"
    answer = respond(Session(), "首届数字工匠跟杭州工匠，公示各要挂几天", deps).text
    assert answer.count("通知没有写明公示天数") == 2 and "相关的规定是" in answer
    assert "没有涉及" not in answer


def test_a_form_field_gives_no_value_of_it(deps):
    # "联系电话	手机" on 杭州工匠's form asks the applicant's number; the notice gives none of its own
    answer = respond(Session(), "首届杭州工匠和首席技师的联系电话各是多少", deps).text
    assert "【首届杭州工匠】通知没有写明" in answer and "0571-87258538" in answer


def test_a_post_award_section_is_no_condition_on_apprentices(deps):
    apprentices = next(a for a in attributes() if a.key == "apprentices")
    picks = attribute_picks(deps.corpus, C16, apprentices, "带徒弟的条件")
    assert all(not p.clause_id.startswith(f"{C16}#八") for p in picks)  # 八、宣传弘扬's 引导工匠积极参与带徒弟活动


def test_a_comparison_of_the_whole_course_quotes_each_sides_steps(deps):
    # 杭州工匠's 五 names its four steps in one sentence; 浙派工匠's 四 lays them out item by item
    answer = respond(Session(), "杭州工匠和浙派工匠各要走哪几步", deps).text
    assert "资格审核、专家评审、社会公示、领导小组审定" in answer
    assert "遴选通知" in answer and "人选推荐" in answer


def test_a_unit_names_the_course_when_it_names_three_steps():
    from assistant.chat.rules.steps import names_course

    assert names_course("按照资格审核、专家评审、社会公示、领导小组审定等四个环节进行。")
    assert not names_course("(1) 初审。按照认定条件和要求对推荐人选进行初审。")


def test_a_side_silent_on_the_askers_word_quotes_the_attribute_in_the_notices_words(deps):
    # 杭州工匠 never says 政治素质; its basic requirements say 热爱祖国、遵纪守法, which is what is compared
    answer = respond(Session(), "杭州工匠跟首席技师，对政治素质都是怎么提的", deps).text
    assert "热爱祖国、遵纪守法" in answer and "政治素质好" in answer
    assert "党的十八大" not in answer  # 一、指导思想 is no requirement of the applicant


def test_both_sides_silent_names_them_and_the_attribute(deps):
    # "这五份通知里没有涉及这个问题" was untrue here: 杭州工匠 and 浙派 do state their rewards
    from assistant.chat.case.state import Session
    from assistant.chat.turn import respond

    answer = respond(Session(), "第四届跟首届数字工匠 评上以后有没有奖金 各是多少", deps)
    first = answer.text.splitlines()[0]
    assert "都没有写明奖金" in first and "五份通知" not in first
    assert not answer.citations


def test_the_asking_clauses_name_the_attribute_before_the_story_around_them():
    # "小年轻" in the story after the ask is no question of age (blind batch ad, qa-1011)
    from assistant.chat.comparison.compared_attribute import compared_attribute

    found = compared_attribute("杭州工匠、首届数字工匠、第四届数字工匠这三个，评上了哪个有奖金？各给多少？工会里小年轻问我，我一下子也讲不清爽")
    assert found is not None and found.key == "money"
    assert compared_attribute("两个项目对年龄的要求有什么不同").key == "age"


def test_a_word_after_a_demonstrative_points_back_to_the_attribute_said_before():
    # "这个范围" refers to the rule just said; it names the attribute only when nothing else in the question does
    found = compared_attribute("首届和第四届数字工匠，已经有称号的人不能再报，这个范围两届一样吗？")
    assert found is not None and found.key == "held_titles"
    assert compared_attribute("首届和第四届数字工匠，这个范围两届一样吗").key == "scope"
