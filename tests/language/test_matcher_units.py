"""How the achievement matcher reads a text: negation words that deny no achievement, a benefit read with the deed
before it, two deeds in one clause read one by one, and the lexicon's concept families (issue 12). The phrasings
here are not rows of the labelled tables; the words-only matcher (the checker's) and the unit splitter are asked,
so these test the rules, not a fitted model."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from assistant.language import first_scope, said_clauses, says_no_achievement
from assistant.language.classify import _units, affirmed_parts
from tests.language_support import achievement_rows, kinds


@pytest.mark.parametrize("text", [
    "修了十五年电梯，没出过一次安全事故",     # a fault denied
    "我装配的变速箱从来没有返修的",
    "连续八年抽检不出一件次品",
    "车出来的轴径误差不超过两丝",            # a bound on a number
    "能在不停机的情况下更换主轴轴承",        # a condition of doing it
    "闻一下就知道这批茶叶炒没炒过头",        # an A-not-A question
    "这种老机床厂里没人能修，只有我会",      # no one else can
])
def test_a_negation_that_denies_no_achievement_leaves_the_clause_said(text):
    assert said_clauses(text) and affirmed_parts(text)
    assert not says_no_achievement(text)


@pytest.mark.parametrize("text", [
    "没有故障诊断方面的成果",                # the fault word names a field here
    "没有在不停电的情况下带电作业过",        # the leading 没有 still denies it
    "没有专利、标准",
    "获奖和证书也没有",
    "从来没有带过徒弟",
])
def test_other_negations_still_deny(text):
    assert not affirmed_parts(text)


@given(st.sampled_from(["没有", "无", "未", "从未"]),
       st.sampled_from(["焊了二十年没出过一个不合格焊缝，全厂就我一个", "徒手画线误差不超过0.1毫米，同行都服气",
                        "能在不停电的情况下带电作业，是这方面的绝活", "听一下就能判断轴承坏没坏，这手本事是独门的"]))
def test_a_negation_prefix_still_denies_the_first_clause(prefix, text):
    first = text.split("，")[0]
    assert not affirmed_parts(prefix + first)
    assert not kinds(prefix + first)


@pytest.mark.parametrize("text, merged", [
    ("总结出一套快速换型方法，换型时间缩短了一半", "总结出一套快速换型方法，换型时间缩短了一半"),
    ("主导了喷涂线的智能化改造，投产后用工减少了四成", "主导了喷涂线的智能化改造，投产后用工减少了四成"),
    ("给冲床加了一套自动送料装置，一个人能看四台冲床", "给冲床加了一套自动送料装置，一个人能看四台冲床"),
])
def test_a_benefit_is_read_with_the_deed_before_it(text, merged):
    assert [u for u, _ in _units(affirmed_parts(text))] == [merged]


@pytest.mark.parametrize("text, deeds", [
    ("搭建数字化车间的同时开发了质检智能体", ["搭建数字化车间", "开发了质检智能体"]),
    ("参与了产线智能化改造并起草了一项团体标准", ["参与了产线智能化改造", "起草了一项团体标准"]),
    ("把传统木雕做成了文创品牌，还带了六个学徒", ["把传统木雕做成了文创品牌", "带了六个学徒"]),
])
def test_two_deeds_in_one_clause_are_read_one_by_one(text, deeds):
    units = [u for u, _ in _units(affirmed_parts(text))]
    assert units[:-1] == deeds and len(units) == len(deeds) + 1  # and all of it together


@pytest.mark.parametrize("text", [
    "修复老式座钟的手艺是独门的",
    "创造了单班卸船量的港区纪录",
    "别人拆不了的进口阀门，我半小时就拆好",
    "摸一下布面就能说出是几支纱",
    "同行里数控编程速度公认最快",
    "疑难杂症专家们都来找我",
])
def test_knack_family(text):
    assert "knack" in kinds(text)


@pytest.mark.parametrize("text", ["拿过一次市里技能比武的第一名", "带的徒弟在省赛拿了全省第一", "爱看大国工匠纪录片"])
def test_knack_near_misses(text):
    assert "knack" not in kinds(text)


@pytest.mark.parametrize("text, kind", [
    ("教出来的徒弟有三个成了班组长", "training"),
    ("年轻人遇到难题都跟我学", "training"),
    ("给技校学生上了三年实训课", "training"),
    ("编写了一本电工实操教材，全区技校在用", "training"),
    ("攻克了高速电机的技术封锁，实现进口替代", "innovation"),
    ("把老旧的排产算法从头重构，排产时间从一天缩短到一小时", "innovation"),
    ("执笔起草了两项企标", "standards"),
    ("公司的检验标准基本都是由我起草的", "standards"),
    ("考下了信息系统项目管理师", "certificate"),
    ("拿过省科技进步三等奖", "certificate"),
    ("把专利授权给了三家企业使用", "transfer"),
    ("负责新配方从小试到规模化生产", "transfer"),
    ("把整个车间改造成了智能车间", "digital"),
    ("给全厂两百台机床加装传感器联网", "digital"),
])
def test_concept_families(text, kind):
    assert kind in kinds(text)


@pytest.mark.parametrize("text, kind", [
    ("进厂时师傅手把手教的我", "training"),
    ("参加了集团组织的新员工入职安全培训", "training"),
    ("家里祖传的竹编手艺", "training"),
    ("作为评审专家参加过团标评审会", "standards"),
    ("排放降到国标以下", "standards"),
    ("在智能车间里做巡检", "digital"),
])
def test_concept_family_near_misses(text, kind):
    assert kind not in kinds(text)


def _own_rows() -> list[str]:
    return [r["text"] for r in achievement_rows()]


@given(st.sampled_from(["没有", "无", "未", "从未"]), st.sampled_from(_own_rows()))
def test_a_negated_first_clause_of_any_labelled_achievement_matches_nothing(prefix, text):
    assert not kinds(prefix + first_scope(text))  # the one scope rule (language.first_scope)


# issue 12, fourth round: a lexicon word beside a job, a visit or a standing (other phrasings than the table's)

@pytest.mark.parametrize(("text", "kind"), [
    ("在丝绸博物馆当保安", "craft"),
    ("在非遗工坊的前台接待游客", "craft"),
    ("去参观过刺绣作坊", "craft"),
    ("是厂里公认的老实人", "knack"),
    ("大家公认我工作认真负责", "knack"),
    ("科技进步奖的项目里我排名第二", "knack"),
    ("焊接方法正确，焊缝一次成型", "method"),
    ("做过一年学员，跟着学数控", "training"),
    ("参加了厂里的拜师结对", "training"),
])
def test_a_lexicon_word_beside_a_job_a_visit_or_a_standing(text, kind):
    assert kind not in kinds(text)


@pytest.mark.parametrize(("text", "kind"), [
    ("盘扣的速度全厂公认第一", "knack"),
    ("修复古书画的手艺在业内是公认的高手", "knack"),
    ("跟着外婆做了三十年手工刺绣，作品被博物馆收藏", "craft"),
])
def test_the_word_with_its_context_still_counts(text, kind):
    assert kind in kinds(text)


@pytest.mark.parametrize(("text", "kind"), [
    ("用单位采购的AI平台查合同条款", "ai_agent"),
    ("在景区的小店卖绸伞", "craft"),
    ("年轻时学过几年竹编", "craft"),
    ("有助理工程师的初级职称证书", "certificate"),
])
def test_using_selling_having_learnt_or_a_junior_grade(text, kind):
    assert kind not in kinds(text)


def test_making_a_tool_with_a_large_model_is_an_agent():
    assert "ai_agent" in kinds("用大模型做了一个自动写检修报告的助手")


@pytest.mark.parametrize("text", ["是厂里技能大师工作室的学员", "作为王师傅的徒弟之一"])
def test_being_someones_apprentice_is_no_training(text):
    assert "training" not in kinds(text)


def test_a_master_with_apprentices_still_trains():
    assert "training" in kinds("当了二十年师傅，带过的徒弟有三十多个")


@pytest.mark.parametrize("text", ["机床有点小故障我都能自己处理", "厂里啥活都能顶上"])
def test_handling_small_faults_or_any_job_is_no_knack(text):
    assert "knack" not in kinds(text)


def test_cooking_a_few_dishes_is_no_craft():
    assert "craft" not in kinds("会做几样传统点心")
    assert "craft" not in kinds("在家会烧几道传统的绍兴菜")


@pytest.mark.parametrize(("text", "kind"), [
    ("在丝绸厂当司机", "craft"),
    ("在刺绣工作室当收银", "craft"),
    ("准备下半年申请两项实用新型专利", "innovation"),
    ("准备过几年带几个徒弟", "training"),
])
def test_a_job_beside_a_craft_or_a_plan_for_later(text, kind):
    assert kind not in kinds(text)


@pytest.mark.parametrize("text", [
    "没有不良品率从2%降到0.2%的改进",
    "未做过投诉分析智能体",
    "从未有偏差补偿工法获奖",
    "没有返工工序的技术革新",
    "未缺陷识别方面获发明专利",
])
def test_a_fault_word_naming_the_achievement_leaves_the_negation_in_force(text):
    # 没出过次品 denies a fault (the clause is said); 没有不良品率…的改进 denies the improvement
    assert kinds(text) == set()


@pytest.mark.parametrize("text", [
    "没有带过徒弟、拿过技能大赛名次",
    "从未主导过数字化改造、开发过智能体",
    "未编写过行业标准、获得过发明专利",
])
def test_a_negation_covers_a_list_of_verb_phrases(text):
    assert kinds(text) == set()


def test_a_fault_denied_leaves_the_next_item_of_its_list_said():
    assert "training" in kinds("十年没出过一次差错、带徒二十多人")
