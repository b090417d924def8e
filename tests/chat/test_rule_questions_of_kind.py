"""Rule questions about a kind of person or a case, answered as rules: a notice silent on nationality gives its
contact and cites nothing ("台胞能报吗"); two editions said side by side ("首届和第四届…规定一样不一样") are compared,
and a comparison of rules asked in the asker's case is a comparison (chat/routing.py, chat/rules/conditions.py)."""

from __future__ import annotations

from assistant.chat.case.state import Session
from assistant.chat.routing import route
from assistant.chat.turn import respond


def test_silent_on_nationality_cites_nothing(deps):
    answer = respond(Session(), "台湾同胞能不能评首席技师", deps)
    assert answer.text.startswith("2021年杭州市首席技师的通知没有明确提到国籍")
    assert "王诗赞" in answer.text and not answer.citations


def test_a_notice_stating_nationality_still_quotes_it(deps):
    answer = respond(Session(), "外国专家能评杭州工匠吗", deps)
    assert any(c.clause_id == "hz_craftsman_2016#三/(一)" for c in answer.citations)


def test_two_editions_side_by_side_are_compared(deps):
    text = "我们行业协会有个会员之前评上过杭州数字工匠。首届和第四届对这种已经拿过工匠称号的人，规定一样不一样？"
    assert "compare" in route(text).intents
    answer = respond(Session(), text, deps)
    assert "不再重复推荐" in answer.text and "不予推荐" in answer.text


def test_rules_compared_in_the_askers_case_are_a_comparison():
    text = "我是自由职业的，没挂靠单位。首席技师和第四届数字工匠，对我这种情况规定一样吗？"
    assert route(text, wants_eligibility=True, has_new_facts=True).intents == ("compare",)
    assert "eligibility" in route("我是自由职业的，首席技师和第四届数字工匠我能报哪个，有什么不同",
                                  wants_eligibility=True, has_new_facts=True).intents
