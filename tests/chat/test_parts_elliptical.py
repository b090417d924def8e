"""A later ask of a several-part message that leaves its subject unsaid (chat/rules/parts.py): it is asked of the paper or
thing named before it, a condition restating the ask before it is moot when that one is silent, and a kind of a thing
the notice never names ("邮件标题") is not answered by another thing's sentence. Every ask silent: one refusal, no
citation; one ask answered beside a silent one keeps its citation."""

from __future__ import annotations

import pytest

from assistant.chat.case.state import Session
from assistant.chat.rules.parts import paper_asked, restates_ask, topic_after, unnamed_kind
from assistant.chat.turn import respond


@pytest.mark.parametrize(("part", "before", "paper"), [
    # the paper the ask names itself
    ("汇总表的样表去哪里找？", "第四届要交推荐表，", "汇总表"),
    # none named in the ask: the one named last before it, not the first
    ("要填哪些栏目，", "第四届除了推荐表还要交汇总表，汇总表的样表去哪里找？", "汇总表"),
    ("要单位哪一级领导签字？", "首席技师要附一份推荐报告，报告写多少字？", "推荐报告"),
    ("要填哪些栏目，", "", None),
])
def test_an_ask_naming_no_paper_is_of_the_one_named_last(part, before, paper):
    assert paper_asked(part, before) == paper


@pytest.mark.parametrize(("part", "before", "moot"), [
    # the condition says again what the silent ask before asked (推)
    ("两边都推的话算谁的名额", "我们单位能不能区总工会推一个、产业工会再推一个？", True),
    # a condition on what the ask before took as its case (评上), not on what it asked (补贴)
    ("如果评上了的话奖金多少", "评上以后有没有补贴？", False),
    ("奖金多少", "评上以后有没有补贴？", False),
    # unmarked, before the yes/no word: an act said again (考核), not only the thing both asks are of (奖金)
    ("考核不过会不会撤销？", "评上以后要不要每年考核？", True),
    ("奖金是不是一次性发的", "奖金要不要交税？", False),
])
def test_a_condition_restating_the_ask_before_takes_it_as_given(part, before, moot):
    assert restates_ask(part, before) is moot


def test_a_kind_of_a_thing_the_notice_never_names():
    vocabulary = ("压缩包文件名为“单位（例：上城）+数字工匠推荐”", "推荐材料电子版发送至邮箱", "文件标题")
    assert unnamed_kind("那邮件标题要怎么写", vocabulary)
    assert not unnamed_kind("那文件标题要怎么写", vocabulary)
    # two words of the asker's own, neither a thing of the notice
    assert not unnamed_kind("最后是谁拍板定人的", vocabulary)


def test_an_ask_naming_nothing_carries_the_topic_said_before_it():
    assert "数商" in topic_after("第四届推荐表省级那栏有个“领军型浙江数商”，这到底是个啥？")


@pytest.mark.parametrize("text", [
    # what the thing is, named only in passing ("颁发相应证书"): the gate a single question passes
    "浙派工匠评上了是省政府发证书的，那证书是什么样子的？弄丢了能不能补？",
    "第四届数字工匠除了推荐表还要交汇总表，汇总表的样表去哪里找？要填哪些栏目，有字数限制吗",
    "我们厂在余杭，又挂在一个产业工会下面。第四届数字工匠能不能区总工会推一个、产业工会再推一个？两边都推的话算谁的名额",
    "首席技师要附一份认定推荐报告，要写推荐和公示情况，这个我晓得。报告一般写多少字？要单位哪一级领导签字？",
    "首届数字工匠是发邮箱报的，压缩包名字我晓得了。那邮件标题要怎么写？发错了能不能重发一封？",
])
def test_a_message_silent_on_every_ask_is_one_refusal_without_a_citation(deps, text):
    answer = respond(Session(), text, deps)
    assert not answer.citations, answer.text
    assert "没有写明" in answer.text, answer.text


def test_an_answered_ask_beside_a_silent_one_keeps_its_citation(deps):
    answer = respond(Session(), "我们报第四届数字工匠，推荐表主要事迹那栏到底限多少字？超了会不会被退回来？", deps)
    assert answer.citations, answer.text
    assert "300字以内" in answer.text, answer.text


@pytest.mark.parametrize(("ask", "quote", "said"), [
    # who pays: a sum awarded with no one named says nothing of it
    ("那这两万块是哪家出的钱", "将授予“杭州工匠”荣誉称号，并颁发证书、奖牌和一次性奖励20000元", False),
    ("证书谁发", "由省政府批准授予并颁发相应证书和奖金", True),
    # a choice between two doers of paying: a body doing another act is no answer
    ("市总工会出还是单位自己出", "1、市总工会负责“杭州工匠”认定的组织、协调和统筹；", False),
    ("市总工会出还是单位自己出", "奖励经费由市总工会承担", True),
    # who does any act: a sentence with no body doing it is no answer; who may apply is no doer ask
    ("培训营谁来上课", "组织第四届“杭州数字工匠”参加创新培训营", False),
    ("最后是谁拍板定人的", "由首届“杭州工匠”认定工作领导小组讨论审定“杭州工匠”最终人选", True),
    ("谁能报", "在一线岗位上直接从事技能工作的人员", True),
    # no doer asked
    ("奖金多少", "并颁发证书、奖牌和一次性奖励20000元", True),
])
def test_an_ask_of_who_does_an_act_needs_a_body_doing_it(ask, quote, said):
    from assistant.chat.rules.parts import _doer_said

    assert _doer_said(ask, quote, None, ()) is said


def test_a_word_said_on_one_form_is_a_thing_of_its_own():
    from assistant.chat.rules.parts import asked_nouns

    vocabulary = ("评委出席人数 表决情况 同意 反对", "专家评审", "组织专家评议", "评审专家", "以上材料均需纸质材料和电子文档各一份。")
    assert asked_nouns("评委一般请几个？", (), vocabulary) == ("评委",)


@pytest.mark.parametrize(("part", "before", "again"), [
    # which one, after a choice between two: the same choice
    ("公章盖哪家的？", "我是外包公司派过来的，那是外包公司推荐我还是现在干活的厂推荐我？", True),
    ("名额算哪边的", "区总工会推还是产业工会推？", True),
    # no choice before it
    ("公章盖哪家的？", "材料交到哪里？", False),
    # a choice of its own
    ("纸质的交还是电子的交？", "区总工会推还是产业工会推？", False),
])
def test_which_one_after_a_choice_chooses_between_the_same_two(part, before, again):
    from assistant.chat.rules.parts import chooses_again

    assert chooses_again(part, before) is again


def test_several_silent_asks_show_no_other_programmes_sentence_for_no_thing(deps):
    # "领军型浙江数商" named on the form only: no 参考 from another notice that only shares the message's words
    answer = respond(Session(), "第四届推荐表省级那栏有个“领军型浙江数商”，这个到底指啥？我们厂算不算，名单去哪里查？", deps)
    assert not answer.citations, answer.text
    assert "参考（这是" not in answer.text, answer.text
