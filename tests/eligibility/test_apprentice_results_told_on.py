"""A trainee's placing told in relative words ("去年") dates from the day it was told, not the round's reference date.

Found by trying the assistant as an applicant's wife: "去年带的徒弟拿了省里的电工比赛第二名", told on 2026-11-21 and
checked against the 2021 首席技师 round, was shown as a 2020 result, and twice (the sentence is both an achievement and
the record of the apprentices)."""

from __future__ import annotations

import datetime as dt

from eligibility_support import reason, run

TOLD = "去年带的徒弟拿了省里的电工比赛第二名"


def _said(program: str, rule: str, **facts) -> str:
    v = run(program, {"awards": [], "competition_results": [], "trained_apprentices": TOLD, "achievements": [TOLD],
                      "facts_as_of": dt.date(2026, 11, 21), **facts})
    return reason(v, rule).message


def test_chief_technician_dates_the_trainee_placing_from_when_it_was_told():
    said = _said("hz_chief_technician_2021", "alt_apprentices")
    assert "2025年" in said and "2020年" not in said


def test_the_placing_is_named_once_though_two_fields_hold_the_sentence():
    said = _said("hz_chief_technician_2021", "alt_apprentices")
    assert said.count("第2名") == 1


def test_first_digital_round_dates_it_the_same_way():
    v = run("hz_digital_craftsman_2023", {"awards": [], "competition_results": [],
                                          "trained_apprentices": "去年培养的学员拿了全国大赛第三名",
                                          "facts_as_of": dt.date(2026, 11, 21)})
    said = " ".join(r.message for r in v.reasons)
    assert "2025年" in said and "2022年" not in said
