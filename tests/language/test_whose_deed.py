"""Whose deed a clause tells, and which clauses tell a deed at all (issue 12, near misses of the alternatives):
a clause whose subject is another person named by post or address (班组长, 师傅, 张工) tells that person's result;
a clause that only goes on about the deed before it is read in the whole, not alone. The phrasings here are not
rows of the labelled tables or the probes."""

from __future__ import annotations

import pytest

from assistant.language.classify import _units, affirmed_parts
from assistant.language.whose import third_person
from tests.language_support import kinds


@pytest.mark.parametrize("text", [
    "车间主任搞的技改拿了市里的奖",
    "王师傅带出了三个高级技师",
    "老王发明了一种快速装夹卡具",
    "老周总结了一套快速换模法",
    "班长带的徒弟个个都是骨干",
    "同事小陈主持起草了一项团体标准",
])
def test_a_named_other_persons_achievement_is_theirs(text):
    assert third_person(text)
    assert kinds(text) == set()


@pytest.mark.parametrize("text", [
    "全厂的数控师傅都是我带出来的",          # the speaker is the doer
    "王师傅和我一起起草了两项企业标准",      # a doer too
    "我的徒弟小王拿了省赛第二名",            # the speaker's apprentice: subject is the speaker's
    "厂里老师傅都说我的焊缝是全厂最漂亮的",  # what others say of the speaker
    "张伟同志主持完成了产线智能化改造",      # the HR voice names the applicant
    "该同志牵头编制了两项行业标准",
    "徒弟们都成了车间的技术骨干",            # the apprentices are not others' deed-doers
    "按照师傅总结的方法干活",                # a preposition first: no person acts (bystander rules decide)
])
def test_the_speaker_or_the_applicant_is_not_a_third_person(text):
    assert not third_person(text)


def test_a_third_persons_result_with_the_speakers_small_part_supports_nothing():
    assert kinds("技术科的刘工拿了省科技进步奖，我帮着整理过资料") == set()


@pytest.mark.parametrize(("text", "alone"), [
    ("自己开发了个排产小程序，订单一下来就自动排好机台", "订单一下来就自动排好机台"),
    ("琢磨出一种新的刀具刃磨办法，刀尖磨出来跟镜面一样", "刀尖磨出来跟镜面一样"),
    ("主持研发了一台自动码垛机器人，码一垛只要两分钟", "码一垛只要两分钟"),
])
def test_a_clause_going_on_about_the_deed_before_it_is_not_read_alone(text, alone):
    read = [u for u, _ in _units(affirmed_parts(text))]
    assert alone not in read
    assert text in read  # but in the whole


def test_a_clause_with_its_own_speaker_is_read_alone():
    read = [u for u, _ in _units(affirmed_parts("牵头编写了一项地方标准，我带出来的六个徒弟都当了班长"))]
    assert "我带出来的六个徒弟都当了班长" in read


def test_one_competition_table_serves_the_checker_the_drafter_and_the_near_misses():
    from assistant.eligibility.conditions import kind_of
    from assistant.eligibility.preds import names_competition
    from assistant.language.lexicon import ruled_out

    for said in ("参加过区里的技能节", "进了全国技能赛的决赛", "一三年省赛拿了个第二"):  # (省赛: a name by itself)
        assert names_competition(said)
        assert kind_of(said) == "competition"
        assert "knack" in ruled_out(said)


@pytest.mark.parametrize("text", [
    "酒店上了一套智能客房系统，我每天在上面排房",
    "技术中心牵头制定了两项国标，我在车间上班",
    "集团建成了三座未来工厂，我在其中一座开叉车",
])
def test_a_thing_an_organisation_made_is_not_the_speakers(text):
    assert not kinds(text) & {"digital", "standards", "innovation"}


@pytest.mark.parametrize("text", [
    "主导车间的数字化改造，设备联网率做到百分之百",   # the lead cue opens the clause: 车间 is its object
    "公司让我牵头编制两项企业标准",                   # the speaker named as the doer
    "厂里评了我的技术革新一等奖",                     # the organisation conferred it
])
def test_an_organisation_named_around_the_speakers_deed_leaves_it_theirs(text):
    assert kinds(text)


@pytest.mark.parametrize("text", [
    "这套排产系统是信息中心开发的",
    "能耗平台都是集团统一上的",
    "车间的数字孪生是供应商做的",
    "那个质检智能体是总部搭起来的",
    "新工艺规程是技术科起草的",
])
def test_a_cleft_naming_another_maker_is_theirs(text):
    # 是…的 with the maker between 是 and the verb: the thing is the maker's (issue 12 near misses, para profiles)
    from assistant.language.agency import cleft_other

    assert cleft_other(text)
    assert all(taken for _, taken in affirmed_parts(text))


@pytest.mark.parametrize("text", ["这套工装是我自己设计的", "排产算法是我重写的", "是我们组和我一起搞的",
                                  "这台设备是进口的"])
def test_a_cleft_naming_the_speaker_or_no_maker_is_not_anothers(text):
    from assistant.language.agency import cleft_other

    assert not cleft_other(text)
