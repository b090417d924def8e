"""Several asks the notice leaves open (chat/rules/parts.py, answer_types.question_parts, language.asking): the asker's case
is no ask, an "or" stretch goes with the ask before it, and an ask is answered only by a sentence holding what it
asks of; when every ask is open, the answer is one "没有写明" with no citation."""

from __future__ import annotations

import pytest

from assistant.chat.case.state import Session
from assistant.chat.rules.answer_types import question_parts
from assistant.chat.rules.parts import ask_and_context, speaks_to, unnamed_own
from assistant.chat.turn import respond
from assistant.language.asking import asks


@pytest.mark.parametrize(("text", "asked"), [
    ("可我到现在哪个协会都没进过", False), ("什么比赛都没参加过", False), ("啥奖也没拿过", False),
    ("哪个协会都行吗", True), ("要交什么材料", True), ("哪个部门都不管吗", True),
])
def test_an_indefinite_before_a_denial_asks_nothing(text, asked):
    assert asks(text) is asked


def test_an_or_stretch_is_one_ask_with_the_ask_before():
    parts = question_parts("浙派工匠到专家评审那一步，要不要本人到场答辩，或者现场操作一手给专家看看？专家一共抽几个人来评？")
    assert len(parts) == 2 and "或者" in parts[0], parts
    assert ask_and_context(parts[0])[0] == "要不要本人到场答辩"
    assert len(question_parts("奖金要不要交个税？还是说到手就是一万整？")) == 1


def test_the_case_with_an_indefinite_goes_with_the_ask_after_it():
    parts = question_parts("我到现在哪个协会都没进过，是不是一定要先入会才推得了？临时入会要入满多久才算数")
    assert len(parts) == 2 and "没进过" in parts[0], parts


REVIEW = "省人力社保厅从高技能人才评审专家库中随机抽取产生评审专家，并负责组织开展专家评审。"


def test_a_yes_no_thing_must_be_in_the_sentence_its_context_reached():
    assert not speaks_to("浙派工匠到专家评审那一步，要不要本人到场答辩", REVIEW)
    # whether the case counts as the thing said before is answered by what says the thing
    assert speaks_to("我们是做机房运维的，那个“数字经济产业”把我们这种算进去伐",
                     "数字经济产业指产业数字化发展提供数字技术、产品、服务、基础设施和解决方案。")


def test_a_yes_no_ask_with_no_thing_read_is_of_the_last_thing_it_names():
    conditions = "已获评“浙江工匠”、“杭州工匠”的人员不予推荐；担任事业单位、国有企业领导职务的人员，原则上不予推荐。"
    assert not speaks_to("我翻了半天文件没翻到，领导还等着我回话报不报销路费", conditions)


def test_a_content_ask_of_things_the_notice_never_names():
    notice = ("按照资格审核、专家评审、社会公示、领导小组审定等四个环节进行。", "通过本市报纸、电视、网络等渠道进行社会公示。")
    assert unnamed_own("公示期间有人匿名举报怎么处理", notice)
    assert not unnamed_own("社会公示通过哪些渠道", notice)
    assert not unnamed_own("我老板问怎么报", notice)  # who asks is not what is asked


def test_every_ask_open_is_one_refusal_without_citation(deps):
    answer = respond(Session(), "我是做木雕的手艺人，没进过什么单位。首届杭州工匠个人自荐的话，网上报名要不要传作品照片？"
                                "评审的时候会不会派人到我作坊来看？", deps)
    assert not answer.citations, answer.text
    assert "没有写明" in answer.text, answer.text


def test_two_answerable_asks_with_context_keep_their_answers(deps):
    answer = respond(Session(), "我们区人社第一次牵头报首席技师，怕弄错。报送截止是哪天？材料要纸质的还是电子的？", deps)
    text = answer.text.replace(" ", "")
    assert "7月15日" in text and "纸质材料和电子文档各一份" in text, answer.text


def test_the_askers_words_after_the_question_word_are_not_unnamed_things():
    notice = ("按照资格审核、专家评审、社会公示、领导小组审定等四个环节进行。",)
    assert not unnamed_own("评完以后最后是谁拍板定人的", notice)
    assert not unnamed_own("前前后后大概要多久才能出结果", notice)


def test_an_askers_name_for_a_thing_of_the_notices_is_not_unnamed():
    notice = ("压缩包文件名为“单位（例：上城）+数字工匠推荐”，", "由领导小组讨论审定最终人选。")
    assert not unnamed_own("压缩文件叫什么名字", notice)  # 压缩 runs on into 压缩包
    assert not unnamed_own("最后名单谁说了算", notice, everywhere="联合审定“杭州数字工匠”名单")
    assert unnamed_own("公示期间有人匿名举报怎么处理", notice, everywhere="认真处理群众举报")


def test_a_thing_asked_of_one_is_not_answered_by_a_sentence_of_another():
    notice = ("计划认定“杭州数字工匠”50名、“杭州数字工匠”提名奖10名。",
              "被认定为“杭州数字工匠”的人员，将授予“杭州数字工匠”称号，并颁发证书、奖牌、纪念品。")
    assert not speaks_to("领导问我提名奖有没有证书奖牌发的", notice[1], vocabulary=notice)
    assert speaks_to("认定的人有没有证书奖牌发的", notice[1], vocabulary=notice)


def test_a_thing_named_before_a_bare_yes_no_verb_is_the_thing_itself():
    notice = ("佐证材料原件须报送上级部门校验。上级部门校验后，将原件退回。", "具有技师及以上国家职业资格证书", "荣誉证书复印件")
    assert speaks_to("证书原件要不要交上去", notice[0], vocabulary=notice)
