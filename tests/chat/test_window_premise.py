"""A premise about when a round opened is checked against the round's window (chat/premise/window_premise.py)."""

from __future__ import annotations

import datetime as dt

import pytest

from assistant.chat.case.state import Session
from assistant.chat.premise.window_premise import asks_start
from assistant.chat.turn import respond


@pytest.mark.parametrize(("question", "start"), [
    ("第四届数字工匠元旦以后才开始收的吧", True),
    ("首席技师8月份才开始报的吧", True),
    ("首席技师7月15号截止的吧", False),  # a deadline, not an opening
    ("首席技师才开始报的吧", False),  # no date said
])
def test_an_opening_date_asserted(question, start):
    assert asks_start(question, dt.date(2026, 11, 21)) is start


def test_a_two_digit_start_year_is_read_as_of_the_day_given():
    # the settings' day, never the machine's clock: "二六年" is 2026 on 2026-11-21, 1926 a year before
    from assistant.chat.premise.window_premise import _claimed

    assert _claimed("二六年一月份才开始推荐的吧", dt.date(2026, 11, 21))[0] == 2026
    assert _claimed("二六年一月份才开始推荐的吧", dt.date(2025, 11, 21))[0] == 1926
    with pytest.raises(TypeError):
        asks_start("二六年一月份才开始推荐的吧")  # no day, no fallback


@pytest.mark.parametrize(("question", "first", "clause"), [
    ("第四届数字工匠元旦以后才开始收的吧", "2026年3月16日", "hz_digital_craftsman_2026#五"),
    ("首届数字工匠是2023年才开始推荐的吧", "2022年12月20日", "hz_digital_craftsman_2023#一"),
    ("首席技师8月份才开始报的吧", "2021年7月15日", "hz_chief_technician_2021#五"),
])
def test_a_wrong_opening_is_corrected_with_the_window(deps, question, first, clause):
    answer = respond(Session(), question, deps)
    line = answer.text.splitlines()[0]
    assert line.startswith("不对") and first in line
    assert any(c.clause_id == clause for c in answer.citations)


def test_a_right_opening_is_agreed(deps):
    assert respond(Session(), "首席技师是6月份开始报的吧", deps).text.startswith("是的")


@pytest.mark.parametrize(("question", "first"), [
    ("第四届数字工匠年龄是按报名那天算的吧", "不对，通知规定年龄和年限等计算到2026年3月31日"),
    ("第四届数字工匠工作年限算到评审那天对吧", "不对，通知规定年龄和年限等计算到2026年3月31日"),
    # the counted things and the day in two clauses (a blind dev question): the comma does not end the premise
    ("第四届数字工匠算年龄、算工作年限，是按各人交表那天算的吧？", "不对，通知规定年龄和年限等计算到2026年3月31日"),
    ("第四届的年龄，是以报名当天为准吧", "不对，通知规定年龄和年限等计算到2026年3月31日"),
    ("第四届数字工匠年龄算到3月31号对吧", "是的"),
    ("首席技师年龄是按截止那天算的吧", "2021年杭州市首席技师的通知没有写明年龄和年限计算到哪一天"),
])
def test_the_day_age_and_years_are_counted_to(deps, question, first):
    assert respond(Session(), question, deps).text.startswith(first)


@pytest.mark.parametrize("question", [
    "杭州工匠要六十周岁以下，这个六十周岁是按报名截止那天算，还是按评完那天算？",
    "首席技师的工作年限是按报名截止那天算吗",
])
def test_a_reference_day_asked_of_a_notice_naming_none_is_silent(deps, question):
    """The deadline sentence holds a date but not the day age is counted to: asked (not asserted), silent too."""
    answer = respond(Session(), question, deps)
    assert not answer.citations, answer.text
    assert "没有写明年龄和年限计算到哪一天" in answer.text


@pytest.mark.parametrize("question", ["第四届的工作年限据说是截至评审结束的，对吧", "年龄好像计算到明年春天，我还来得及吧"])
def test_a_verb_of_counting_up_to_needs_no_closing_word(question):
    # 截至, 计算到, 算到 say "counted up to" themselves: no 那天/为准 after the day is needed
    from assistant.chat.premise.window_premise import asks_reference_day

    assert asks_reference_day(question)


def test_a_reference_day_said_with_such_a_verb_is_corrected(deps):
    from assistant.chat.premise.window_premise import reference_correction

    line, (clause_id, _) = reference_correction(deps.corpus, "hz_digital_craftsman_2026", "第四届年龄是算到年底的吧，我年底才满四十")
    assert line.startswith("不对") and clause_id == "hz_digital_craftsman_2026#二"


def test_a_start_said_with_a_two_digit_year_is_read_in_its_own_clause():
    # "二三年一月份才开始推荐的" is the start asserted; "十二月份肯定还没开始吧" after it is the asker's inference
    from assistant.chat.premise.window_premise import _claimed

    year, month, _ = _claimed("是不是疫情放开以后 二三年一月份才开始推荐的 那会儿人都阳了 十二月份肯定还没开始吧",
                              dt.date(2023, 3, 31))
    assert (year, month) == (2023, 1)


def test_two_digit_years_with_a_month_are_dates_and_counts_stay_counts():
    from assistant.extract.numbers import dated_short_years

    today = dt.date(2026, 11, 21)
    assert dated_short_years("二三年一月份才开始", today) == "2023年一月份才开始"
    assert dated_short_years("98年3月进的厂", today) == "1998年3月进的厂"
    assert dated_short_years("干了二三年了", today) == "干了二三年了"
