"""A premise read as an attribute with the value asserted of it (chat/premise/attributes.py, the premise tables of chat/rules/notice_attributes.toml) and the
notice sentence stating the value of a count asserted (chat/premise/value_sentence.py). Sentences here are not the
eval's nor the probes'; each attribute is tried false and true, and with words the table does not list."""

from __future__ import annotations

import pytest

from assistant.chat.case.state import Session
from assistant.chat.premise.attributes import ROWS, attribute_check, read_attributes, says_cycle
from assistant.chat.premise.propositions import proposition_premise
from assistant.chat.premise.value_sentence import value_premise, value_sentence
from assistant.chat.turn import respond

D23, C16, ZJ, CT = "hz_digital_craftsman_2023", "hz_craftsman_2016", "zj_craftsman_2023", "hz_chief_technician_2021"
D26 = "hz_digital_craftsman_2026"


def test_every_row_has_a_known_kind_and_asked_shapes():
    assert {r.kind for r in ROWS()} <= {"bodies", "cycle", "members", "since", "priority", "quoted", "level"}
    assert all(r.asked and r.stated.groupindex.get("v") for r in ROWS())


@pytest.mark.parametrize(("text", "name", "value"), [
    ("首届数字工匠是市科技局主办的吧", "主办单位", "市科技局"),
    ("那个活动主办方是市总工会对吧", "主办单位", "市总工会"),
    ("承办单位就是市数据局吧", "承办单位", "市数据局"),
    ("杭州工匠的宣传是市总工会负责的吧", "负责单位", "市总工会"),
    ("浙派工匠是三年评一回吗", "评选周期", "三"),
    ("浙派工匠每年都评的吧", "评选周期", ""),
    ("重点产业里包括生物医药吧", "所列项目", "生物医药"),
])
def test_an_attribute_is_read_with_the_value_asserted(text, name, value):
    props = read_attributes(text)
    assert props and props[0].objects[:2] == (name, value)


@pytest.mark.parametrize("text", ["主办单位是谁", "浙派工匠多久评一次", "首席技师申报表里有一栏证明人", "申报表要交几份",
                                  "我在厂里干了三年", "评审是谁负责"])
def test_a_question_asserting_no_value_reads_no_attribute(text):
    assert read_attributes(text) == []


@pytest.mark.parametrize(("program", "question", "lead", "words"), [
    (D23, "首届数字工匠是市经信局主办的吧", "不对", "杭州市经信工会主办"),
    (D23, "首届数字工匠的主办方是市经信工会吧", "是的", "杭州市经信工会主办"),
    (D23, "首届数字工匠的承办单位是市总工会政研室吧", "不对", "杭州市数字经济行业工会联合会承办"),
    (C16, "首届杭州工匠的宣传工作是市人社局负责的吧", "不对", "市委宣传部"),
    (C16, "首届杭州工匠的宣传工作是市委宣传部负责的吧", "是的", "市委宣传部"),
    (C16, "杭州工匠认定的专业技术指导是市科委一家负责的吧", "不对", "市科委、市人力社保局"),
    (ZJ, "浙派工匠是三年评一回吗", "不对", "每5年评选一次"),
    (ZJ, "浙派工匠五年评选一次对吧", "是的", "每5年评选一次"),
    (D23, "首届数字工匠的重点产业包括生物医药吧", "不对", "重点产业"),
    (D23, "首届数字工匠的重点产业包括人工智能吧", "是的", "人工智能"),
    # where the papers go
    (D23, "首届数字工匠推荐表是送到市人社局那边的吧", "不对", "杭州市数字经济行业工会联合会"),
    (D26, "第四届的推荐表报送到市总工会经济工作部对吧", "是的", "市总工会经济工作部"),
    (CT, "首席技师材料最后是报给市总工会的吧", "不对", "报市人力社保局"),
    # from which year a result counts: a start asserted, or the asker's own year before it
    (D26, "第四届直接认定看的是2023年以来竞赛的个人第一名吧", "不对", "2025年以来"),
    (D26, "我2024年拿了市数字经济技能竞赛个人第一，第四届能直接认定吧", "不对", "2025年以来"),
    # one kind said to be the only one, where the notice recommends it first
    (D26, "第四届只有专精特新小巨人企业的职工才能报吧", "不对", "优先推荐"),
    (D23, "首届数字工匠只有独角兽企业的人才可以参评的吧", "不对", "优先推荐"),
    # a quoted name before the words it names
    (D26, "第四届是立足“315X”先进制造业集群的吧", "不对", "“296X”先进制造业集群"),
])
def test_the_asserted_value_is_checked_against_the_notices(deps, program, question, lead, words):
    found = proposition_premise(deps.corpus, program, question)
    assert found is not None
    line, quotes = found
    assert line.startswith(lead) and words in line.replace(" ", "") + quotes[0][1].replace(" ", "")


def test_a_year_within_the_span_is_left_to_the_answer(deps):
    props = read_attributes("我2025年拿了市数字经济技能竞赛个人第一，第四届能直接认定吧")
    assert props and attribute_check(deps.corpus, D26, props[0].said, props[0]) is None


def test_a_notice_with_no_sentence_of_the_attribute_settles_nothing(deps):
    # the 2016 notice states no cycle: silence is the answer's to say, not a 不对
    props = read_attributes("杭州工匠三年评一次对吧")
    assert props and attribute_check(deps.corpus, C16, "杭州工匠三年评一次对吧", props[0]) is None


@pytest.mark.parametrize(("program", "question", "clause"), [
    (C16, "首届杭州工匠总共就认定十几个人对吧", f"{C16}#二"),
    (C16, "杭州工匠的申报表主要事迹简介可以写一千字吧", f"{C16}#附件"),
    (CT, "首席技师协会推荐名额一般是5个吧", f"{CT}#四"),
])
def test_a_count_is_checked_against_the_sentence_stating_its_attribute(deps, program, question, clause):
    assert value_sentence(deps.corpus, program, question)[0] == clause
    line, _ = value_premise(deps.corpus, program, question)
    assert line.startswith("不对")


def test_an_agreeing_count_leaves_the_answer_as_it_was(deps):
    assert value_premise(deps.corpus, C16, "首届杭州工匠一共认定30名对吧") is None


def test_a_count_said_beside_no_words_of_the_notice_finds_no_sentence(deps):
    assert value_sentence(deps.corpus, C16, "我们厂里有50个人") is None


@pytest.mark.parametrize("question", ["首席技师区里报到市人社局，后面就不用再组织专家评议了吧",
                                      "首席技师是先报到市人社局，再由区里组织专家评议的吧"])
def test_an_agreeing_attribute_beside_another_ask_leaves_the_ask_to_its_own_check(deps, question):
    props = [p for p in read_attributes(question) if p.objects[0] == "材料报送去处"]
    assert props and attribute_check(deps.corpus, CT, question, props[0]) is None


def test_an_agreement_is_given_for_the_stretch_as_it_was_read(deps):
    # the programme's name and 和 are read away before the stretch is matched; the agreement still stands
    question = "首届杭州工匠的专业技术指导是市科委和市人力社保局负责的吧"
    props = read_attributes(question)
    assert attribute_check(deps.corpus, C16, question, props[0])[0].startswith("是的")


@pytest.mark.parametrize(("text", "cycle"), [("浙派工匠是三年弄一回的吧", True), ("我在厂里搞了两年数控", False)])
def test_a_cycle_asserted_is_no_span_of_the_askers_work(text, cycle):
    assert says_cycle(text) is cycle


def test_a_cycle_premise_is_answered_as_a_premise_not_checked_as_a_case(deps):
    answer = respond(Session(), "浙派工匠这个评选是两年搞一回的吧？", deps)
    assert answer.text.split("\n")[0].startswith("不对") and not answer.verdicts


def test_the_attribute_premise_leads_a_two_ask_message(deps):
    answer = respond(Session(), "首届数字工匠多少人能评上？另外是市科技局主办的吧", deps)
    lines = answer.text.split("\n")
    assert lines[0].startswith("不对") and "主办" in lines[0]
    assert any(ln.startswith("您还问了") for ln in lines)


@pytest.mark.parametrize(("text", "parts"), [
    ("第四届推荐表几号截止？审定是市人社局一家定的吧", 2),
    ("首席技师要交哪些材料？另外截止是7月31日对吧", 2),
    ("这样报了能行吗？是吧", 1),  # a bare tag leans on the ask before it
])
def test_a_premise_after_a_closed_ask_is_an_ask_of_its_own(text, parts):
    from assistant.chat.rules.answer_types import question_parts

    assert len(question_parts(text)) == parts


@pytest.mark.parametrize(("program", "question"), [
    (D26, "第四届是立足“296X”先进制造业集群的吧"),  # the name as written
    (D26, "已被认定为“杭州工匠”的不再重复推荐对吧"),  # one of a list of names the words are said of
    (CT, "首席技师只有技师才能报吧"),  # no 优先 sentence names it: the rules' own check answers
])
def test_a_name_or_kind_the_notice_writes_so_is_not_corrected(deps, program, question):
    props = read_attributes(question)
    assert props and all(attribute_check(deps.corpus, program, question, p) is None for p in props)


def test_a_count_premise_leads_when_the_other_ask_is_about_a_kind_of_applicant(deps):
    # the part-by-part answer leads with the premise's 不对; no later check reads the whole message as one premise on
    # the kind (which opened "是的，不能" and dropped the count)
    answer = respond(Session(), "首届杭州工匠一共认定50名对吧？在校老师能不能报", deps)
    assert answer.text.startswith("不对") and "30名" in answer.text


def test_a_body_agreed_with_does_not_agree_to_a_step_skipped_on_the_way(deps):
    # the body is right (市人社局 is 市人力社保局), the papers going there straight from the applicant are not: the route
    # check corrects it; said without the skip, the body is agreed with as before
    answer = respond(Session(), "首席技师的材料是个人自己直接寄到市人社局的吧", deps)
    assert answer.text.startswith("不对，按通知规定要经过单位")
    assert respond(Session(), "首席技师的材料最后是报到市人社局的吧", deps).text.startswith("是的")
