"""A question about what a rule says of the asker's own case is answered from the rules, not by the checker
(chat/own_case.rule_of_case, chat/conditions.asks_rule_of_case); a title the asker holds, said as the subject, is
answered by the asked notice's rule on that title or its silence (chat/combining.held_title_answer)."""

from __future__ import annotations

import pytest

from assistant.chat.case_rule import rule_of_case
from assistant.chat.combining import held_title_span
from assistant.chat.state import Session
from assistant.chat.turn import respond


@pytest.mark.parametrize(("text", "facts"), [
    ("我在事业单位当科长，第四届数字工匠对我这种有啥说法", {"employer_type": "x", "employment": "x"}),
    ("我是自由职业的，首席技师和第四届对我这种情况规定一样吗", {"employment": "x", "role_type": "x"}),
    ("我们厂没成立工会，这条是硬性的吗", {"union_member": False}),
    ("我们单位没建工会，我还能报吗", {}),
    ("俺是退下来的老师傅，浙派对俺们这样的咋说的", {"rehired": True}),
    ("我已经是杭州工匠了，第四届数字工匠还能再报吗", {"prior_titles": ["杭州工匠"]}),
])
def test_a_rule_asked_of_the_own_case(text, facts):
    assert rule_of_case(text, facts)


@pytest.mark.parametrize(("text", "facts"), [
    ("我1988年出生，做软件开发8年，能申报第四届数字工匠吗？", {"birth_date": "1988", "years_in_field": 8,
                                                       "occupation": "软件开发"}),
    ("我今年45岁，能报第四届吗", {"birth_date": "1981"}),  # a measure told: a case to check
    ("我在杭州全职干了6年，是工会会员，拿过省科技进步奖，对我这种情况第四届咋说的",
     {"years_full_time_in_hangzhou": 6, "union_member": True, "awards": ["x"], "employment": "x", "facts_as_of": "x",
      "employer_city": "杭州"}),
])
def test_a_case_to_check(text, facts):
    assert not rule_of_case(text, facts)


@pytest.mark.parametrize(("text", "held", "asked"), [
    ("拿过浙江工匠再报浙派算重复吗", "浙江工匠", ("zj_craftsman_2023",)),
    ("我是杭州市首席技师，浙派工匠有没有说已经有称号的不能报", "杭州市首席技师", ("zj_craftsman_2023",)),
    ("拿过首届杭州数字工匠的，再报杭州市首席技师算不算重复", "首届杭州数字工匠", ("hz_chief_technician_2021",)),
    ("本人已经是杭州工匠，第四届数字工匠能不能推", "杭州工匠", ("hz_digital_craftsman_2026",)),
])
def test_the_title_held_and_the_programme_asked(text, held, asked):
    said, programs = held_title_span(text)
    assert held in said and programs == asked


def test_no_title_held():
    assert held_title_span("杭州工匠评上了能拿多少钱") is None
    assert held_title_span("我是技师，首席技师能报吗") is None


@pytest.mark.parametrize(("text", "first"), [
    ("拿过浙江工匠再报浙派算重复吗", "突出贡献浙派工匠的通知没有写明已获得这一称号的人能否申报"),
    ("我是杭州市首席技师，浙派工匠有没有说已经有称号的不能报", "突出贡献浙派工匠的通知没有写明已获得这一称号的人能否申报"),
    ("已经是杭州工匠的还能报首席技师吗", "2021年杭州市首席技师的通知没有写明已获得这一称号的人能否申报"),
])
def test_a_title_the_asked_notice_does_not_name_is_silence_without_citation(deps, text, first):
    answer = respond(Session(), text, deps)
    assert answer.text.startswith(first), answer.text
    assert not answer.citations and answer.verdicts is None


def test_a_title_the_asked_notice_names_is_its_rule(deps):
    answer = respond(Session(), "我已经是杭州工匠了，第四届数字工匠还能再报吗", deps)
    assert "不再重复推荐" in answer.text and answer.verdicts is None
    assert [c.clause_id for c in answer.citations] == ["hz_digital_craftsman_2026#二"]


@pytest.mark.parametrize(("text", "said"), [
    ("我在事业单位当科长，第四届数字工匠对我这种有啥说法", "原则上不予推荐"),
    ("我们公司是外资的，首席技师对外企员工有没有限制", "各类所有制经济"),
    ("我是退休返聘的，浙派工匠对我们这样的有没有规定", "退休人员不作为推荐对象"),
    # "会不会卡我" asks whether a rule holds the case back: the rule on it, with the exemption the notice gives
    ("我拿过省技能大赛第一名，在杭干了不到十年，首届杭州工匠年限这块会不会卡我", "不受工作年限的限制"),
])
def test_the_rule_on_the_case_answers_not_a_verdict(deps, text, said):
    answer = respond(Session(), text, deps)
    assert said in answer.text and answer.verdicts is None, answer.text


# An edition said alone ("第四届") joined to another programme ("首席技师和第四届") names its own programme: the
# comparison has both sides, not the one the name reader found first.
@pytest.mark.parametrize(("text", "both"), [
    ("我是自由职业的，首席技师和第四届对我这种情况规定一样吗", {"hz_chief_technician_2021", "hz_digital_craftsman_2026"}),
    ("第四届跟浙派工匠比，名额哪个多", {"zj_craftsman_2023", "hz_digital_craftsman_2026"}),
])
def test_an_edition_said_alone_beside_another_programme(text, both):
    from assistant.chat.routing import route

    r = route(text)
    assert set(r.programs) == both and "compare" in r.intents


def test_an_edition_alone_with_nothing_else_named_is_still_read():
    from assistant.chat.routing import detect_programs

    assert detect_programs("第四届截止哪天")[0] == ("hz_digital_craftsman_2026",)
    assert detect_programs("首席技师截止几号")[0] == ("hz_chief_technician_2021",)
