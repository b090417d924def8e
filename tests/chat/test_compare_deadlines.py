"""A deadline compared across two programmes ("第四届截止是哪天，比首届晚还是早"): each side by a unit dating a handing
in, else by the sentence its notice's metadata names as the deadline, never by another date its words share ("计算时间
截至"); a premise stated of one side only ("首届是三月底截止的吧") is checked on that side alone; and a wording asked of a
side whose notice states the rule twice is quoted in both its wordings (chat/comparison/compare.py)."""

from __future__ import annotations

import pytest

from assistant.chat.case.state import Session
from assistant.chat.comparison.compare import _asserted_of
from assistant.chat.turn import respond


def test_each_side_is_answered_by_its_deadline_not_the_day_years_count_to(deps):
    answer = respond(Session(), "首届数字工匠是三月底截止的吧？第四届截止是哪天，比首届晚还是早", deps)
    cited = [c.clause_id for c in answer.citations]
    assert "hz_digital_craftsman_2026#五" in cited and "hz_digital_craftsman_2026#二" not in cited, answer.text
    assert "4月10日前" in answer.text and "2023年3月31日" in answer.text.replace(" ", "")
    assert "不对" not in answer.text.splitlines()[0], answer.text  # 首届's 三月底 is right; 第四届 was asserted nothing


@pytest.mark.parametrize(("text", "of"), [
    ("首届数字工匠是三月底截止的吧？第四届截止是哪天，比首届晚还是早", {"hz_digital_craftsman_2023"}),
    ("杭州工匠评上给两万块，浙派工匠是省里的，奖金是不是更多？两个差多少", {"hz_craftsman_2016"}),
    ("首届和第四届数字工匠在杭全职都是要一年吧", None),  # said of every side
    ("杭州工匠和浙派工匠奖金都是一万对吧", None),
])
def test_a_premise_is_checked_on_the_sides_it_is_said_of(text, of):
    assert _asserted_of(text) == of


def test_a_rule_stated_twice_in_one_notice_is_quoted_in_both_wordings_when_the_wording_is_asked(deps):
    # 首届数字工匠's 函 (二/1: "参与我市数字经济标准化建设") and its 实施方案 (附件1/二/(一): "参与数字经济标准化建设")
    answer = respond(Session(), "第四届数字工匠“标准化”那条写的是“参与我市……”，首届的写法跟它一样吗？", deps)
    cited = [c.clause_id for c in answer.citations]
    assert "hz_digital_craftsman_2023#二/1" in cited and "hz_digital_craftsman_2023#附件1/二/(一)" in cited, answer.text
    assert "参与数字经济标准化建设" in answer.text


def test_a_notice_stating_a_rule_once_has_no_twin(deps):
    from assistant.chat.comparison.compare import _twin_side
    from assistant.chat.rules.quotes import Pick

    assert _twin_side(deps.corpus, "hz_digital_craftsman_2026", Pick("hz_digital_craftsman_2026#二/(一)", "x", 1.0, True, 1.0)) == []
    twin = _twin_side(deps.corpus, "hz_digital_craftsman_2023", Pick("hz_digital_craftsman_2023#二/1", "x", 1.0, True, 1.0))
    assert [p.clause_id for _, p in twin] == ["hz_digital_craftsman_2023#附件1/二/(一)"]
