"""A programme asked about with no subject ("第四届数字工匠能报吗") opens it with its first deciding question, and a
reply that names the job with its "我是" left out ("电焊工，在余杭", "Java开发") is read as the job: the answers
hidden sets give to "您是否从事数字经济行业工作？" or to any question while the job is unknown."""

from __future__ import annotations

import pytest

from assistant.chat.case.state import Session
from assistant.chat.case.switches import opens_programme
from assistant.chat.routing import route
from assistant.chat.turn import respond


@pytest.mark.parametrize("text", ["第四届数字工匠能报吗", "浙派工匠有戏吗", "能不能申请杭州工匠", "首席技师够格不",
                                  "首届数字工匠可以申报么"])
def test_may_one_apply_with_no_subject_opens_the_programme(text):
    assert opens_programme(text, route(text))


@pytest.mark.parametrize("text", ["第四届数字工匠我能报吗", "外地户口可以报第四届数字工匠吗？", "浙派工匠怎么报",
                                  "退休的人能报浙派工匠吗"])
def test_the_asker_or_a_condition_named_is_no_opening(text):
    assert not opens_programme(text, route(text))


@pytest.mark.parametrize("opening, reply, program, digital, verdict", [
    ("第四届数字工匠能报吗", "电焊工，在余杭", "hz_digital_craftsman_2026", False, "not_eligible"),
    ("第四届数字工匠能报吗", "Java开发", "hz_digital_craftsman_2026", True, "needs_review"),
    ("首届数字工匠可以申报么", "木匠", "hz_digital_craftsman_2023", False, "not_eligible"),
])
def test_a_job_named_without_its_subject_answers(deps, opening, reply, program, digital, verdict):
    session = Session()
    respond(session, opening, deps)
    assert session.pending is not None
    answer = respond(session, reply, deps)
    assert session.profile["is_digital_economy"] is digital and session.profile.get("occupation")
    assert {v.program: v.verdict for v in answer.verdicts}[program] == verdict


@pytest.mark.parametrize("reply", ["高级工", "十年", "杭州", "不是", "没有", "正式工", "合同工", "自由职业",
                                   "省技术能手"])
def test_a_level_a_count_a_place_or_a_no_is_no_job(deps, reply):
    session = Session()
    respond(session, "首席技师够格不", deps)
    respond(session, reply, deps)
    assert "occupation" not in session.profile
