"""A question about what a rule says of the asker's own case is answered from the rules, not by the checker
(chat/own_case.rule_of_case, chat/conditions.asks_rule_of_case); a title the asker holds, said as the subject, is
answered by the asked notice's rule on that title or its silence (chat/combining.held_title_answer)."""

from __future__ import annotations

import pytest

from assistant.chat.case.state import Session
from assistant.chat.rules.case_rule import asks_of_kind, rule_of_case
from assistant.chat.rules.combining import held_title_span
from assistant.chat.turn import respond


@pytest.mark.parametrize(("text", "facts"), [
    ("我在事业单位当科长，第四届数字工匠对我这种有啥说法", {"employer_type": "x", "employment": "x"}),
    ("我是自由职业的，首席技师和第四届对我这种情况规定一样吗", {"employment": "x", "role_type": "x"}),
    ("我们厂没成立工会，这条是硬性的吗", {"union_member": False}),
    ("我们单位没建工会，我还能报吗", {}),
    ("俺是退下来的老师傅，浙派对俺们这样的咋说的", {"rehired": True}),
    ("我已经是杭州工匠了，第四届数字工匠还能再报吗", {"prior_titles": ["杭州工匠"]}),
    # whether the told item is of a rule's kind, the work described around it only inferred (chat.rules.counts_as)
    ("我在一家市属国企当班组长，手下管八个人，平时也干运维，班组长这种到底算不算领导职务",
     {"employer_type": "soe", "employment": "soe_leader", "role_type": "x", "is_digital_economy": True, "occupation": "运维"}),
])
def test_a_rule_asked_of_the_own_case(text, facts):
    assert rule_of_case(text, facts)


@pytest.mark.parametrize(("text", "facts"), [
    ("我1988年出生，做软件开发8年，能申报第四届数字工匠吗？", {"birth_date": "1988", "years_in_field": 8,
                                                       "occupation": "软件开发"}),
    ("我今年45岁，能报第四届吗", {"birth_date": "1981"}),  # a measure told: a case to check
    # "这个算吗" told with the facts the rules decide on: the case is checked, whatever counts-as it asks
    ("我是技师，在杭州一家制药厂一线，没评过浙江省首席技师。我享受浙江省政府特殊津贴，这个算吗？",
     {"skill_level": "技师", "prior_titles": [], "employer_city": "杭州"}),
    ("徒弟倒是带过几个 现在有三个都当上机长了 这个算不算", {}),  # no kind named: whether it counts toward qualifying
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
    # the rule asked of holders as a kind, not "再报": the asked notice's rule on the held title all the same
    ("我评上过浙江工匠，首席技师对已经有称号的人是怎么规定的", "浙江工匠", ("hz_chief_technician_2021",)),
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
    # the rule leads; "还能再报吗" asks about the asker's eligibility, so the checker's verdict on the told case comes
    # with it (CONTRACT), citing the same clause
    answer = respond(Session(), "我已经是杭州工匠了，第四届数字工匠还能再报吗", deps)
    assert "不再重复推荐" in answer.text.splitlines()[0]
    assert [(v.program, v.verdict) for v in answer.verdicts] == [("hz_digital_craftsman_2026", "not_eligible")]
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


# The ask clause decides (chat/case_rule.asks_of_kind): an ask said of a kind of case (澳门居民, 团队的名次, 派遣的年头,
# 两段) or of a thing asked to count as a rule's own words ("…算不算在杭全职工作") asks how the rule treats it; an ask said
# of the asker ("我能报…吗", "我够格…吗"), an ask of nothing named ("这个算不算"), or one after a long description of
# oneself is a check.
@pytest.mark.parametrize("text", [
    "我跟两个同事组队拿了市里竞赛一等奖，这种团队的名次算不算",
    "我是派遣到电厂的，干了六年，派遣的年头算不算",
    "我前面在工地干了四年，后来换厂又干了三年，两段能加起来吗",
    "我在区里借调了两年，这个算不算在杭全职工作",
    "我们是三个人组队的团体第二名，这个算不算我个人的",  # 这个 points back at the kind just told
])
def test_an_ask_said_of_a_kind_asks_the_rule(text):
    assert asks_of_kind(text) and rule_of_case(text, {"employment": "x", "years_in_field": 6, "occupation": "x",
                                                       "employer_city": "杭州", "skill_level": "技师"})


@pytest.mark.parametrize("text", [
    "我是劳务派遣的，在余杭做了7年装配，高级技师，我能报浙派工匠吗",
    "我拿过团体第一，技师，在杭州干了9年，我够格报首席技师吗",
    "我做了八年网络运维，这个算不算",
    "我2013年来杭州，做运维，会员，技术岗，民企，我这个驻场的算不算杭州市在职职工",
    "我平时在绍兴上班，周末来杭州兼职做数据标注，第四届数字工匠能报吗",  # no pointer back at the 兼职
    "退伍后在杭州一家船厂做焊工十二年了能报首席技师吗",  # the kind tells the case, far before the ask
    "我是澳门过来的，在杭州做钟表维修八年，首席技师澳门居民能报吗",  # 能报 after a case told: checked
])
def test_an_ask_said_of_the_asker_is_a_check(text):
    assert not asks_of_kind(text)


def test_the_rule_on_holders_is_the_held_title_answer(deps):
    answer = respond(Session(), "我2019年评上过杭州工匠，第四届数字工匠对我们这种已经有称号的有什么说法", deps)
    assert "不再重复推荐" in answer.text and answer.verdicts is None, answer.text


def test_the_kind_asked_is_answered_not_checked(deps):
    asked = respond(Session(), "我是澳门过来的，在杭州做钟表维修八年，首席技师澳门身份的算不算", deps)
    assert asked.verdicts is None and "没有明确提到国籍" in asked.text, asked.text
    checked = respond(Session(), "我是劳务派遣的，在余杭做了7年装配，高级技师，我能报浙派工匠吗", deps)
    assert checked.verdicts, checked.text


# Employed through another (派遣, 驻场, 借调, 挂靠): no notice speaks of it, so its silence is said with the contact and no
# sentence is cited as if it answered (全职, 在职职工 say nothing of how such work counts; chat/rules/conditions.toml "dispatch")
@pytest.mark.parametrize("text", ["我是劳务派遣到一家机械厂的，干了八年钳工，首席技师派遣工算不算",
                                  "我是借调过来的，在杭州干了两年，第四届数字工匠借调的算不算在杭全职工作"])
def test_work_through_another_is_the_notices_silence(deps, text):
    answer = respond(Session(), text, deps)
    assert "没有明确提到" in answer.text and not answer.citations and answer.verdicts is None, answer.text


def test_a_kind_of_span_is_not_answered_by_the_rows_on_the_measure(deps):
    from assistant.chat.routing import route
    from assistant.chat.rules.conditions import asked_about

    text = "我当了4年学徒才转正，首届杭州工匠的10年学徒那几年算不算"
    assert asked_about(text, route(text)) is None
    assert asked_about("首届杭州工匠要干几年", route("首届杭州工匠要干几年")) is not None


# A result won with others (chat/rules/conditions.toml "team"): a notice that says 个人 of a result answers, one that names
# ranks only is silent, said with the contact and nothing cited
def test_a_team_result_asked_of_a_notice_naming_ranks_only_is_its_silence(deps):
    answer = respond(Session(), "我跟搭档两个人组队拿了市级一类竞赛第一名，首席技师这个团体的算不算", deps)
    assert "没有写明" in answer.text and not answer.citations and answer.verdicts is None, answer.text


def test_team_words_are_not_a_team_standard():
    from assistant.chat.rules.conditions import attributes

    team = next(a for a in attributes() if a.key == "team")
    assert team.ask.search("团体赛第二名") and not team.ask.search("主导制定团体标准2项")


def test_a_kind_no_notice_has_a_row_on_needs_no_choice_of_notice(deps):
    answer = respond(Session(), "我是外包公司的，常年驻场在一家银行做运维，驻场的算不算在职职工", deps)
    assert "都没有明确提到" in answer.text and not answer.citations, answer.text
    assert "各不相同" in respond(Session(), "外籍人员能报吗", deps).text  # 杭州工匠 has a row on nationality
