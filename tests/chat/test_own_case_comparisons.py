"""A comparison asked about the asker's own case ("我是自由职业的…首席技师和第四届，对我这种情况规定一样吗"): each
side quotes its rules on the kind of person the case names, not what the asker's words share with a clause
(chat/comparison/compare.py)."""

from __future__ import annotations

from assistant.chat.case.state import Session
from assistant.chat.turn import respond


def _side(answer, name):
    return next(line for line in answer.text.splitlines() if line.startswith(f"【{name}"))


def test_a_freelancer_compares_the_rules_on_freelancers(deps):
    answer = respond(Session(), "我是自由职业的，没有单位，首席技师和第四届数字工匠，对我这种情况规定一样吗", deps)
    chief = _side(answer, "2021年杭州市首席技师")
    assert "自由职业者也可申请认定" in chief and "行业协会" in chief  # the rule and how it applies, on one line
    assert "在职职工" in _side(answer, "第四届杭州数字工匠")


def test_a_side_silent_on_the_case_says_so(deps):
    answer = respond(Session(), "我在技师学院教书，浙派工匠和首席技师对我们这种老师的规定有啥区别", deps)
    assert "通知没有写明" in _side(answer, "2021年杭州市首席技师")
    assert "教师" in _side(answer, "突出贡献浙派工匠")


def test_a_retiree_is_answered_by_the_retirement_rule(deps):
    answer = respond(Session(), "我已经退休返聘了，浙派工匠和第四届数字工匠在这方面要求一样吗", deps)
    assert "退休人员不作为推荐对象" in _side(answer, "突出贡献浙派工匠")


def test_a_held_title_compares_the_rules_on_prior_titles(deps):
    answer = respond(Session(), "我之前评上过杭州工匠，首届数字工匠和第四届数字工匠对我这种已经有称号的人要求一样不一样", deps)
    assert "不再重复推荐" in _side(answer, "第四届杭州数字工匠")
    assert "不予推荐" in _side(answer, "首届杭州数字工匠")


def test_can_apply_asked_of_a_kind_of_person_compares_the_rules(deps):
    # "能报吗" of a kind of person, not of the asker, with the rules compared: no eligibility check of the asker
    from assistant.chat.routing import route

    text = "没单位的自由职业 首席技师跟杭州工匠能报吗 两个说法一样不"
    assert "eligibility" not in route(text, has_new_facts=True).intents
    answer = respond(Session(), text, deps)
    assert "自由职业者也可申请认定" in _side(answer, "2021年杭州市首席技师")
    assert "没有写明" in _side(answer, "首届杭州工匠")


def test_can_i_apply_with_the_rules_compared_stays_a_check(deps):
    from assistant.chat.routing import route

    assert "eligibility" in route("我是自由职业 首席技师跟杭州工匠我能报吗 规定一样不", has_new_facts=True).intents
