"""alts24: a contest named with no place in one message ("去年市里那个数字经济技能大赛") and the asker's place said in
the next ("拿了头名，个人赛") are one result; a place in the next message said of someone else, or denied, is not."""

from __future__ import annotations

from tests.chat_support import talk

BASICS = ("想报第四届数字工匠。我在西湖区一家民营公司做数据标注和算法测试，干了7年，2019年来杭州一直全职，工会会员，"
          "一线技术岗，普通员工，没评过任何称号。")


def _verdict(answer, program):
    return next(v.verdict for v in answer.verdicts if v.program == program)


def test_the_place_completes_the_contest_named_before(deps):
    session, answers = talk(deps, BASICS, "去年市里那个数字经济技能大赛", "拿了头名，个人赛")
    (result,) = session.profile["competition_results"]
    assert (result["level"], result["rank"], result["year"], result["type"]) == ("municipal", 1, 2025, "individual")
    assert _verdict(answers[-1], "hz_digital_craftsman_2026") == "direct_recognition"


def test_a_bare_place_of_the_apprentices_is_not_the_askers(deps):
    session, _ = talk(deps, BASICS, "去年市里那个数字经济技能大赛", "我徒弟拿了头名")
    assert not [r for r in session.profile.get("competition_results") or [] if r.get("rank") == 1]


def test_a_place_with_a_contest_of_its_own_is_read_as_said(deps):
    session, _ = talk(deps, BASICS, "去年市里那个数字经济技能大赛", "省里的比赛拿了第二名，个人赛")
    assert [(r["level"], r["rank"]) for r in session.profile["competition_results"]] == [("provincial", 2)]
