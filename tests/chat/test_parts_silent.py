"""An ask of a named thing in a several-part message (chat/rules/parts.py): a premise said before it is its context, and a
sentence naming the thing without the asked attribute of it answers nothing; a message silent on every ask is one
refusal with no citation."""

from __future__ import annotations

import re

import pytest

from assistant.chat.case.state import Session
from assistant.chat.rules.parts import ask_and_context, asks_conditions, speaks_to, thing_nouns
from assistant.chat.turn import respond


@pytest.mark.parametrize(("part", "ask", "context"), [
    ("听说评上以后要办个发布会，是在哪里办的？", "是在哪里办的", "听说评上以后要办个发布会"),
    ("第四届不是每个区能推4个嘛，多的能不能借给别的区", "多的能不能借给别的区", "第四届不是每个区能推4个嘛"),
    ("浙派工匠每人奖一万对吧，要交税吗", "要交税吗", "浙派工匠每人奖一万对吧"),
    # the asker's own case is no premise: it names no thing of the notice
    ("我们单位第一次报，要交哪些表？", "要交哪些表", ""),
])
def test_a_premise_before_the_ask_is_its_context(part, ask, context):
    assert ask_and_context(part) == (ask, context)


@pytest.mark.parametrize(("text", "words"), [
    ("一般放在哪个场馆搞的", ()),  # 场馆 after 哪个 is the kind of value asked
    ("有具体地址吗", ()),
    ("奖章另外还有奖金吗", ("奖章",)),  # 奖金 is the value asked of the 奖章
    ("这个论坛一般在哪里开", ("论坛",)),
])
def test_the_things_an_ask_names(text, words):
    assert thing_nouns(text) == words


def test_a_sentence_naming_the_thing_without_its_place_answers_nothing():
    quote = "将举办“杭州工匠”风采展示，在杭州电视台播放“杭州工匠”系列纪录片"
    place = re.compile(r"电视台|市民中心|\d+ ?号")
    assert not speaks_to("评完以后不是要搞个风采展示嘛，放在哪个场馆搞", quote, place)
    # the place said in the thing's own stretch answers
    assert speaks_to("评完以后不是要搞个风采展示嘛，放在哪个场馆搞", "风采展示在杭州电视台举办", place)


def test_a_yes_no_ask_of_a_thing_the_sentence_never_names():
    quote = "其中数字经济相对领先的滨江区、西湖区、余杭区可推荐不超过 6 名"
    assert not speaks_to("剩下两个能不能让给隔壁萧山用用", quote)


def test_what_a_term_means_is_not_answered_by_a_list_naming_it():
    row = "省 级: □ 省雄鹰企业 □ 领军型浙江数商 □ 省级隐形冠军企业"
    assert not speaks_to("推荐表那栏里有个省雄鹰企业，这是啥意思", row)
    assert speaks_to("推荐表那栏里有个省雄鹰企业，这是啥意思", "省雄鹰企业是指……的企业")


def test_conditions_asked_of_a_thing():
    assert asks_conditions("要符合啥条件才给")
    assert not asks_conditions("奖章另外还有奖金吗")


@pytest.mark.parametrize("text", [
    "听人说评上杭州工匠以后会办风采展示，一般在什么场馆办？我能带孩子去看吗",
    "首届数字工匠那个认定发布会，不是2023年5月开的嘛，在哪个酒店开的？评上的人要不要致辞",
])
def test_a_message_silent_on_every_ask_is_one_refusal_without_citation(deps, text):
    answer = respond(Session(), text, deps)
    assert not answer.citations, answer.text
    assert "没有写明" in answer.text or "没有涉及" in answer.text, answer.text


def test_an_answered_ask_beside_a_silent_one_is_still_answered(deps):
    answer = respond(Session(), "首席技师报送截止是几号？材料交过去以后还会退回来吗", deps)
    assert "7 月 15 日" in answer.text or "7月15日" in answer.text, answer.text
    assert answer.citations, answer.text


def test_what_an_act_covers_needs_a_sentence_listing_it():
    said = "3.征求意见。推荐候选人征求同级公安部门意见，并就推荐的机关事业单位和工作人员征求意见"
    assert not speaks_to("要征求公安部门的意见这个我知道，那公安那边具体查些什么", said)
    assert speaks_to("要征求公安部门的意见这个我知道，那公安那边具体查些什么", "公安部门核查：违法、犯罪记录")


def test_a_premise_sets_the_topic_of_the_asks_after_it():
    from assistant.chat.rules.parts import topic_after

    assert topic_after("评上了每年可以参加数字工匠论坛对吧，这个论坛在哪里开？") == ("论坛",)
    # an ask naming its own thing sets no topic for the next ask ("地址多少" asks another value, not the 材料's)
    assert topic_after("材料送到哪个地方，", ("论坛",)) == ()
    # a topic said first is no premise: the next ask may ask another value
    assert topic_after("首届数字工匠报材料，打包的文件名咋起？") == ()


def test_a_definition_asked_of_a_form_row_is_silent(deps):
    answer = respond(Session(), "第四届推荐表国家级那栏里有个制造业单项冠军，这个是啥意思？要去哪儿查名单", deps)
    assert not answer.citations, answer.text
    assert "没有写明" in answer.text, answer.text


@pytest.mark.parametrize(("part", "claim"), [
    ("听人说评上第四届数字工匠能去疗休养，是真的伐？", "评上第四届数字工匠能去疗休养吗"),
    ("我听说杭州工匠奖金有两万，真的假的", "杭州工匠奖金有两万吗"),
    ("首席技师要交复印件，对吧", None),  # a premise asked to be confirmed is checked as one (chat.premise)
])
def test_whether_hearsay_is_true_asks_the_hearsay(part, claim):
    from assistant.chat.rules.parts import heard_claim

    assert heard_claim(part) == claim


def test_hearsay_asked_true_is_answered_beside_a_silent_ask(deps):
    answer = respond(Session(), "听朋友讲评上第四届数字工匠以后可以去疗休养，真的假的？那个培训营一般几天", deps)
    assert any(c.clause_id == "hz_digital_craftsman_2026#四" for c in answer.citations), answer.text
    assert "没有写明" in answer.text, answer.text
