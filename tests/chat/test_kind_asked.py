"""The kind an ask names after a "what kind of" word (chat.rules.kind_asked): a sentence naming no thing of that kind
does not answer, alone or as one ask of several."""

from __future__ import annotations

import pytest

from assistant.chat.case.state import Session
from assistant.chat.rules.kind_asked import kind_asked, names_kind, unnamed_kind
from assistant.chat.turn import respond


@pytest.mark.parametrize(("ask", "kind"), [
    ("单位推荐要开什么会？", "会"),
    ("通知开头说的那个跟评选有啥关系？", "关系"),
    ("要盖哪种章", "章"),
    ("评上了能参加什么样的活动", "活动"),
    ("要附什么证明", "证明"),
])
def test_the_kind_after_a_what_kind_of_word(ask, kind):
    asked = kind_asked(ask)
    assert asked is not None and asked.kind == kind, asked


@pytest.mark.parametrize("ask", ["要交什么材料", "需要什么条件", "啥时候截止", "走什么渠道推荐", "面试考什么内容",
                                 "材料交到哪里", "有没有奖金"])
def test_kinds_other_gates_read_are_left_to_them(ask):
    assert kind_asked(ask) is None


def test_a_one_character_kind_is_named_by_its_words_not_inside_another_word():
    # 工会 and 社会 hold 会 but name no meeting; 集体研究 and 发布会 do
    assert not names_kind("由各区县（市）、开发区（集聚区）、产业工会经筛选、审核后于9月底前向市总工会申报推荐", "会")
    assert names_kind("推荐对象须经所在单位民主推荐、领导班子集体研究决定", "会")
    assert names_kind("召开首届“杭州数字工匠”认定发布会。", "会")


def test_a_sentence_naming_the_kind_answers():
    assert unnamed_kind("评上以后发什么证书", "颁发证书、奖牌和一次性奖励20000元") is None
    assert unnamed_kind("跟评选有啥关系", "为深入贯彻落实《中国制造2025》…精神，…开展首届“杭州工匠”认定工作。") is not None


@pytest.mark.parametrize("text", ["首席技师单位推荐要开什么会？评上能不能加工资？",
                                  "杭州工匠通知开头说的中国制造2025跟评选有啥关系？是不是制造业优先？"])
def test_a_first_ask_of_a_kind_no_sentence_names_is_silent_too(deps, text):
    answer = respond(Session(), text, deps)
    assert not answer.citations, answer.text
    assert "没有写明" in answer.text or "没有涉及" in answer.text, answer.text


def test_a_kind_the_sentence_names_is_still_answered(deps):
    answer = respond(Session(), "首届杭州工匠评上了发什么奖励？奖金要不要交税？", deps)
    assert any(c.clause_id == "hz_craftsman_2016#七" for c in answer.citations), answer.text


@pytest.mark.parametrize("ask", ["浙派工匠征求公安部门意见一般要等几天", "风采展示每个人要准备几分钟的节目",
                                 "培训营要去几个星期"])
def test_a_count_of_a_unit_of_time_is_a_count_whatever_step_it_names(ask):
    from assistant.chat.rules.answer_types import classify

    asked = classify(ask)
    assert asked.type == "count" and asked.strict, asked


def test_how_a_thing_is_dealt_with_asks_of_that_thing():
    from assistant.chat.rules.open_heads import asked_head

    assert asked_head("公示期间有人提异议怎么处理？").words == ("异议",)


def test_a_remedy_done_to_a_paper_is_part_of_what_is_asked():
    from assistant.chat.rules.things import holds_thing, thing

    asked = thing("初审不通过能补材料吗？")
    assert asked is not None and not holds_thing(asked, "省人力社保厅组织对被推荐人选资格、推荐材料完整性、合规性进行形式审查。")
    assert thing("有没有补贴").words == ("补贴",)  # 补贴 is a word of its own, no remedy


def test_who_asks_of_a_person_the_sentence_does_not_name(deps):
    answer = respond(Session(), "首席技师推荐报告要哪位领导签字？报告要几页？", deps)
    assert not answer.citations, answer.text


@pytest.mark.parametrize(("text", "cited"), [
    # a modal run into its verb (能报) is no thing the sentence must hold
    ("首席技师要什么等级的证书？自由职业者能报吗？", "hz_chief_technician_2021#一"),
    # 空缺 said of the 评审 after a comma in the same sentence; the days of the 公示 named nearest the count
    ("浙派工匠专家评审允不允许空缺？评审结果公示几天？", "zj_craftsman_2023#四/(五)"),
])
def test_an_answerable_second_ask_stays_answered(deps, text, cited):
    answer = respond(Session(), text, deps)
    assert any(c.clause_id == cited for c in answer.citations), answer.text


def test_a_form_field_asked_of_a_body_sentence_naming_the_form_is_silent(deps):
    answer = respond(Session(), "首届数字工匠附件1那个实施方案要不要我们单位也盖章交上去？附件3汇总表要不要负责人签字？", deps)
    assert not answer.citations, answer.text


_HONOURS = "突出贡献浙派工匠和培育突出贡献单位由省政府批准授予并颁发相应证书和奖金。对突出贡献浙派工匠每人奖励 1万元并颁发证书，对培育突出贡献单位颁发奖牌。"


@pytest.mark.parametrize(("ask", "whose"), [
    ("培育突出贡献单位奖励多少钱", "培育突出贡献单位"),  # the 1万元 is the 工匠's, the 单位 gets a 奖牌
    ("突出贡献浙派工匠每人奖励多少", None),
    ("浙派工匠奖金多少", None),  # names none of those given to: the sentence's amount answers
])
def test_an_amount_beside_the_one_asked_of_is_anothers(ask, whose):
    import re

    from assistant.chat.rules.kind_asked import value_of_another

    assert value_of_another(ask, _HONOURS, re.compile(r"[0-9][0-9,.]*\s*万?\s*元")) == whose


def test_where_a_publicity_is_posted_is_its_own_attribute_and_a_website_to_apply_on_is_not():
    from assistant.chat.rules.asked_heads import unheld_head

    said = "4.人选报送。公示及征求意见无异议，由设区市政府或省直有关单位、中央部属在浙有关单位报送。"
    assert unheld_head("单位公示要在哪里贴？", said) is not None
    assert unheld_head("在哪个网站报名", "个人可通过市总工会职工技术协作网“杭州工匠”专栏（http://www.hzzgjx.org/）自荐报名。") is None


def test_what_follows_an_omission_is_stated_only_by_a_sentence_saying_what_is_lost():
    from assistant.chat.rules.asked_heads import unheld_head

    asked = "请各推荐对象填写创新培训营课程调查问卷"
    assert unheld_head("问卷不填会怎样？", asked) is not None
    assert unheld_head("材料要是有造假被查出来会怎样", "对有弄虚作假的，一经查实，即取消申报资格。") is None


def test_who_is_asked_of_the_role_named_after_it():
    from assistant.chat.rules.open_heads import asked_head

    assert asked_head("领导小组由谁当组长？").words == ("组长",)
    assert asked_head("证书由谁颁发").words == ("颁发",)


@pytest.mark.parametrize(("ask", "silent"), [
    ("浙派工匠奖金什么时候发", True),  # the date the notice was issued (…8月31日印发) is no day of paying
])
def test_when_money_is_paid_needs_a_day_of_paying(ask, silent):
    from assistant.chat.rules.asked_heads import unheld_head

    said = "浙江省人力资源和社会保障厅办公室 2023年 8月 31日印发"
    assert (unheld_head(ask, said) is not None) is silent
