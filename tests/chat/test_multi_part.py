"""A message asking several things, one of them silent (chat/rules/parts.py): each ask is answered by its own topic, and
a topic no notice covers makes its ask silent without taking the others with it."""

from __future__ import annotations

import pytest

from assistant.chat.case.state import Session
from assistant.chat.rules.parts import answerable_part, own_topic
from assistant.chat.turn import respond


@pytest.mark.parametrize(("part", "own"), [
    ("笔试在哪里考", True), ("结果什么时候出来", True), ("走什么渠道推荐", False), ("交到哪里", False),
    ("截止到哪天", False),
])
def test_an_ask_with_a_topic_of_its_own(part, own):
    assert bool(own_topic(part)) is own, own_topic(part)


def test_a_topic_of_its_own_is_not_answered_by_the_ask_before(deps):
    answer = respond(Session(), "首届杭州工匠申报表交几份？面试在什么地方", deps)
    second = next(line for line in answer.text.splitlines() if line.startswith("2."))
    assert "没有写明" in second, answer.text
    assert "一式两份" in answer.text, answer.text


def test_an_uncovered_ask_does_not_refuse_the_whole_message(deps):
    assert answerable_part("首届杭州工匠评多少人，评上以后有没有工资补贴")
    answer = respond(Session(), "首届杭州工匠评多少人，评上以后有没有工资补贴", deps)
    assert "30名" in answer.text.replace(" ", ""), answer.text
    assert any(c.clause_id == "hz_craftsman_2016#二" for c in answer.citations), answer.text
    assert "没有写明" in answer.text, answer.text


@pytest.mark.parametrize("text", ["首席技师评多少人，评上了工资涨不涨", "浙派工匠多久评一次，评上了单位给不给涨工资",
                                  "杭州工匠认定几个，评上以后待遇会不会提高"])
def test_an_a_not_a_question_is_an_ask_of_its_own(text):
    from assistant.chat.rules.answer_types import question_parts

    assert len(question_parts(text)) == 2, question_parts(text)
    assert answerable_part(text)


@pytest.mark.parametrize("text", ["第四届截止日期是4月10日，对不对", "首席技师要技师证，好不好"])
def test_a_tag_leans_on_the_ask_before(text):
    from assistant.chat.rules.answer_types import question_parts

    assert len(question_parts(text)) == 1, question_parts(text)


def test_a_not_a_count_and_an_uncovered_ask(deps):
    answer = respond(Session(), "首席技师评多少人，评上了工资涨不涨", deps)
    assert "20名" in answer.text.replace(" ", ""), answer.text
    assert "没有写明" in answer.text, answer.text


@pytest.mark.parametrize(("text", "answered"), [
    ("我们厂有个老师傅前年退休了又返聘回来，天天还在车间里带徒弟。浙派工匠说退休人员不作为推荐对象，那返聘回来的算不算退休人员？"
     "内退的那种又咋算？", None),
    ("第四届要工会会员，我们单位的工会是去年才成立的，我入会才半年，这种算不算工会会员？材料报到哪个部门？", "经济工作部"),
])
def test_a_part_passes_the_gate_a_single_question_passes(deps, text, answered):
    """An "X 算不算 Y" part whose item no unit names is silent, as it is asked alone (chat.rules.counts_as), not answered by
    the rule naming the kind (退休人员不作为推荐对象); the other ask is still answered when the notice says it."""
    answer = respond(Session(), text, deps)
    if answered is None:  # every ask silent: one refusal naming the first by its item and kind, no citation
        assert "没有写明返聘回来是否算退休人员" in answer.text and not answer.citations, answer.text
    else:
        first = answer.text.split("2.")[0]
        assert "没有写明" in first and "根据通知原文" not in first, answer.text
        assert answered in answer.text, answer.text


def test_an_ask_naming_nothing_goes_on_about_the_silent_ask_before():
    """"要开啥证明伐" after a silent "这种算不算在浙全职" asks a 证明 of 在浙全职: the silent ask hands its thing on
    (topic_after with ``silent``), and 异议…提供…必要的证明材料, another thing's, does not speak to it."""
    from pathlib import Path

    from assistant.chat.rules.parts import speaks_to, topic_after
    from assistant.notices.tree import load_corpus

    first = "浙派工匠要在浙全职一年以上。我们公司总部在上海，社保一直在上海交。这种算不算在浙全职？"
    assert topic_after(first) == ()
    held = topic_after(first, silent=True)
    assert "全职" in held, held
    corpus = load_corpus(Path(__file__).resolve().parents[2] / "corpus")
    units = tuple(c.own_text or "" for c in corpus.clauses("zj_craftsman_2023"))
    quote = "异议应当实事求是并提供明确的异议事由和必要的证明材料，鼓励实名提出异议。"
    assert speaks_to("要开啥证明伐？", quote, None, (), units)
    assert not speaks_to("要开啥证明伐？", quote, None, held, units)


def test_a_concrete_value_asked_after_a_silent_ask_is_the_programmes(deps):
    """"一共认定多少名" names nothing either, but a count asked so is of the programme, not of the 津贴 before it."""
    answer = respond(Session(), "杭州工匠评上的有没有每个月的津贴？一共认定多少名？", deps)
    assert "30名" in answer.text.replace(" ", "") and "没有写明" in answer.text, answer.text


def test_a_part_asking_what_follows_the_award_is_not_answered_by_a_condition(deps):
    """"首席技师评上以后是不是要带徒弟" asks what happens once awarded, as it is read alone (factual._once_awarded): the
    condition for applying "传绝技、带高徒" is no answer beside another ask either."""
    answer = respond(Session(), "首席技师评上以后是不是要带徒弟？另外评上以后单位给不给涨工资？", deps)
    assert "没有写明" in answer.text and not answer.citations, answer.text


@pytest.mark.parametrize(("quote", "context", "left"), [
    ("评选表彰遵循公开、公平、公正、高效原则，推荐对象面向基层和工作一线（含技能人才培养院校、教师），退休人员不作为推荐对象。",
     "浙派工匠说退休人员不作为推荐对象", "评选表彰遵循公开、公平、公正、高效原则，推荐对象面向基层和工作一线（含技能人才培养院校、教师）"),
    # a run said inside a longer stretch is not that stretch said again
    ("“杭州工匠”须60周岁以下（有突出贡献的可不受年龄限制），在杭从事本专业技能工作不少于10年", "通知里说有突出贡献的可以不受年龄限制",
     "“杭州工匠”须60周岁以下（有突出贡献的可不受年龄限制），在杭从事本专业技能工作不少于10年"),
    ("请各推荐单位于4月10日前报送至市总工会经济工作部,联系人:叶群华,电话:89589640", "通知说材料报送至市总工会经济工作部",
     "请各推荐单位于4月10日前报送至市总工会经济工作部,联系人:叶群华,电话:89589640"),
])
def test_a_stretch_the_context_says_again(quote, context, left):
    from assistant.chat.rules.parts import unrestated

    assert unrestated(quote, context) == left


def test_what_the_asker_says_they_know_is_no_answer():
    """"省里公示是不少于5个工作日，这个我晓得的。那…在本地区公示，是不是也要5个工作日": the 5 个工作日 the asker cites is
    the premise; the rest of the unit's sentence (本单位…脱密公示) says nothing of 本地区's."""
    from assistant.chat.rules.parts import speaks_to

    quote = ("1.单位申报。推荐对象须经所在单位民主推荐、领导班子集体研究决定，人事部门审核佐证材料后（需在佐证材料上加盖公章）确定名单，"
             "并在本单位进行脱密公示，公示时间不少于 5个工作日。")
    assert not speaks_to("浙派工匠省里公示是不少于5个工作日，这个我晓得的。那我们市里推荐的时候在本地区公示，是不是也要5个工作日？",
                         quote)
    assert speaks_to("那我们市里推荐的时候在本地区公示，是不是也要5个工作日？", quote)


@pytest.mark.parametrize(("part", "written"), [
    ("单位现在要给新评上各类称号的人写个说明，想参考下，通知上有写伐？", True), ("文件里有没有讲？", True), ("有规定吗", True),
    ("通知上写了多少钱？", False), ("有没有写到物联网？", False), ("要不要写个说明？", False),
])
def test_an_ask_whether_the_notice_says_it(part, written):
    from assistant.chat.rules.parts import asks_if_written

    assert asks_if_written(part) is written


def test_an_ask_whether_it_is_written_asks_of_the_asks_before(deps):
    """"…通知上有写伐" after two silent asks has no answer of its own: the 七 its context's 称号 reaches is no answer,
    and the message is one refusal."""
    answer = respond(Session(), "我师傅是首届杭州工匠，一次性奖励两万块。这个钱是认定完多久发下来的？是直接打到个人卡上，还是先拨到"
                                "单位再转给他？单位现在要给新评上各类称号的人写个说明，想参考下，通知上有写伐？", deps)
    assert "没有写明" in answer.text and not answer.citations, answer.text


def test_an_either_or_ask_is_spoken_to_by_either_side(corpus):
    """"浙派评的是各行各业还是主要评工厂里的技术工人": the sentence naming one side (…各行各业技能人才) says which; its last
    noun (工人) is the second side's only. A sentence naming neither side still does not speak to it."""
    from assistant.chat.rules.parts import speaks_to

    units = tuple(c.text for c in corpus.clauses("zj_craftsman_2023"))
    ask = "浙派评的是各行各业还是主要评工厂里的技术工人？"
    scope = corpus.clause("zj_craftsman_2023#二").text.split("\n")[-1]
    assert speaks_to(ask, scope, None, (), units)
    assert not speaks_to(ask, "每 5年评选一次，每次评选突出贡献浙派工匠 50名，培育突出贡献单位 30个。", None, (), units)
