"""What an asker says of an earlier edition's time ("那首届呢 那时候…") holds for that round only: it does not take
away from the profile what is true now (chat.case.rounds.said_of_then, profile_for)."""

from assistant.chat.case.rounds import said_of_then
from assistant.chat.case.state import Session
from assistant.chat.turn import respond

D26, D23 = "hz_digital_craftsman_2026", "hz_digital_craftsman_2023"


def verdicts(answer) -> dict:
    return {v.program: v.verdict for v in answer.verdicts or ()}


def test_a_no_said_of_the_first_round_leaves_the_award_held_now(deps):
    s = Session()
    first = respond(s, "第四届数字工匠 我在余杭一家公司做工业视觉检测算法 干了七年 一直在杭州 全职 工会会员 技术岗 "
                       "没评过任何工匠 二五年我们的缺陷检测系统拿了浙江省科学技术进步奖二等奖 我是主要完成人", deps)
    assert verdicts(first)[D26] == "eligible"
    second = respond(s, "那首届呢 那时候我还在流水线上当质检员 奖也没有 别的都谈不上", deps)
    assert verdicts(second)[D23] == "not_eligible"
    assert s.profile["awards"]  # the award of 2025 is still held
    assert s.then[D23]["awards"] == []  # kept for the first round alone


def test_only_a_turn_to_an_earlier_edition_that_speaks_of_its_time_is_kept_apart():
    s = Session()
    facts = {"achievements": [], "birth_date": "1988-01"}
    assert said_of_then(s, (D23,), "那首届呢 我奖也没有", facts) == facts  # no 那时候: said of now
    assert said_of_then(s, (D26,), "那第四届呢 那时候奖也没有", facts) == facts  # the current edition
    assert said_of_then(s, (D23,), "那首届呢 那时候奖也没有", facts) == {"birth_date": "1988-01"}
    assert s.then == {D23: {"achievements": []}}


def test_what_was_said_of_then_is_the_persons_own():
    from assistant.chat.case.switches import forget_person

    s = Session()
    s.profile["occupation"] = "数据标注"
    s.then[D23] = {"awards": []}
    forget_person(s)  # the talk turns to someone else: the asker's first round is not theirs
    assert s.then == {} and s.own_case["then"] == {D23: {"awards": []}}


def test_deeds_denied_later_join_the_earlier_rounds_record():
    """"那首届呢 那会儿…也没带过人", then "标准我没碰过 攻关也谈不上": never done is not done then either."""
    s = Session()
    s.then[D23] = {"achievements": ["也没带过人"]}
    said_of_then(s, (), "标准我没碰过 攻关也谈不上", {"achievements": ["标准我没碰过", "攻关也谈不上"]})
    assert s.then[D23]["achievements"] == ["也没带过人", "标准我没碰过", "攻关也谈不上"]


def test_a_deed_told_later_stays_with_now():
    s = Session()
    s.then[D23] = {"achievements": ["也没带过人"]}
    said_of_then(s, (), "去年主导了一个团体标准", {"achievements": ["去年主导了一个团体标准"]})
    assert s.then[D23]["achievements"] == ["也没带过人"]
