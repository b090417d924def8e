"""The dialogue state (issue 13): replies to asked-back questions, corrections, follow-ups, recommendations,
one deciding question with quick replies, short verdict-first answers, and the understanding eval harness."""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
import re

import pytest

from assistant.chat.case.brief import FIRST_SCREEN, first_screen
from assistant.chat.case.replies import read_reply
from assistant.chat.case.state import Session
from assistant.chat.conversation import answer_item
from assistant.chat.turn import respond
from assistant.evaluation.dialogue import is_understanding_set, run_understanding

TODAY = dt.date(2026, 11, 21)
_CODES = re.compile(r"needs_review|not_eligible|direct_recognition|\beligible\b|union_member|prior_titles|skill_level")


@pytest.mark.parametrize(("field", "text", "expected"), [
    ("nationality", "中国", {"nationality": "中国"}),
    ("union_member", "是", {"union_member": True}),
    ("union_member", "不是", {"union_member": False}),
    ("prior_titles", "无", {"prior_titles": []}),
    ("awards", "没有", {"awards": []}),
    ("years_in_field", "十年", {"years_in_field": 10.0}),
    ("years_full_time_in_hangzhou", "2019年3月", {"hangzhou_full_time_start": "2019-03"}),
    ("employer_city", "萧山", {"employer_city": "杭州"}),
    ("employer_city", "宁波", {"employer_city": "宁波"}),
    ("skill_level", "高级工", {"skill_level": "高级工"}),
    ("skill_level", "没有", {"skill_level": "none"}),
    ("employment", "自由职业", {"employment": "freelance"}),
    ("employment", "还没退休，在岗", {"employment": "full_time"}),
    ("union_member", "入了会的", {"union_member": True}),
    ("union_member", "没入会", {"union_member": False}),
    ("years_full_time_in_hangzhou", "08年来的", {"hangzhou_full_time_start": "2008-12"}),
    ("birth_date", "今年45岁", {"birth_date": "1980-12"}),
    ("birth_date", "88年的", {"birth_date": "1988-01"}),
])
def test_a_bare_reply_is_read_as_the_pending_field(field, text, expected):
    got = read_reply(field, text, TODAY)
    assert {k: got.get(k) for k in expected} == expected


@pytest.mark.parametrize("text", ["没有", "不是", "否", "没有的"])
def test_a_bare_no_is_not_a_nationality(text):
    assert read_reply("nationality", text, TODAY) == {}


@pytest.mark.parametrize(("text", "value"), [("美国籍", "外国"), ("外籍", "外国"), ("中国人", "中国")])
def test_a_named_nationality_is_read(text, value):
    assert read_reply("nationality", text, TODAY) == {"nationality": value}


def test_a_long_message_is_not_a_bare_yes_or_no():
    assert read_reply("union_member", "是这样的我想问问第四届什么时候开始报名呢", TODAY) == {}


def test_the_asked_back_question_is_answered_first(deps):
    session = Session()
    first = respond(session, "第四届数字工匠：我在滨江一家民企做云计算运维8年，2018年来杭州一直全职，技术岗普通员工，"
                             "2024年拿了浙江省科学技术进步奖二等奖", deps)
    assert first.questions and session.pending is not None
    asked = first.questions[0]
    assert set(asked) == {"field", "text", "options"} and asked["field"] == session.pending.field
    doc = first.to_json()
    assert doc["questions"][0]["field"] == asked["field"]
    reply = "是" if asked["options"][:2] == ["是", "否"] else "无"
    answer = respond(session, reply, deps)
    assert asked["field"] in session.profile, "a bare reply to our question is that field's value"
    assert answer.verdicts, "the reply continues the eligibility check instead of being read as a new question"
    assert all(q["field"] != asked["field"] for q in answer.questions), "a fact given is never asked again"


def test_every_asked_field_is_asked_once_until_a_verdict(deps):
    session = Session()
    respond(session, "我做软件开发8年，在杭州全职3年，能报第四届数字工匠吗", deps)
    asked = []
    for _ in range(8):
        if session.pending is None:
            break
        field = session.pending.field
        assert field not in asked
        asked.append(field)
        respond(session, {"bool": "是", "list": "无"}.get(session.pending.kind, "全职"), deps)


def test_a_correction_overrides_the_earlier_fact(deps):
    session = Session()
    respond(session, "我做工业互联网平台开发9年了，2017年来杭州的，在余杭一家民企，能报第四届数字工匠吗", deps)
    assert session.profile["hangzhou_full_time_start"] == "2017-12"
    respond(session, "不对，我记错了，我是去年8月才来的杭州", deps)
    assert session.profile["hangzhou_full_time_start"] == "2025-08"
    assert session.profile["years_full_time_in_hangzhou"] < 1.5
    assert session.sources["hangzhou_full_time_start"] == "correction"


def test_a_shipyard_welder_is_told_no_and_what_fits_instead(deps):
    session = Session()
    answer = respond(session, "我在萧山一家船厂当电焊工，干了十二年，一直在一线焊，想报第四届杭州数字工匠，行不行？", deps)
    verdict = {v.program: v.verdict for v in answer.verdicts}
    assert verdict["hz_digital_craftsman_2026"] == "not_eligible"
    lead = answer.text.splitlines()[0]
    assert "不符合" in lead and "电焊工不属于数字经济行业" in lead
    assert "可以考虑" in answer.text
    assert session.profile["employer_city"] == "杭州"
    follow = respond(session, "那首席技师呢？", deps)
    assert follow.verdicts[0].program == "hz_chief_technician_2021", "a follow-up keeps the conversation's context"


def test_which_fits_me_best_ranks_all_programmes(deps):
    answer = respond(Session(), "这几个荣誉里哪个最适合我？我是高级技师，在杭州一家国企一线做数控加工20年，工会会员", deps)
    assert answer.intents[0] == "recommend" and len(answer.verdicts) == 5
    assert answer.text.startswith(("最适合您的是", "相对最接近的是"))
    assert "历史届次" in first_screen(answer.text)


@pytest.mark.parametrize("message", [
    "我1988年6月出生，做软件开发8年，在杭州全职工作3年，能报第四届数字工匠吗？",
    "我能报哪些？我是高级技师，在杭州一家国企一线做数控加工20年，工会会员",
])
def test_the_first_screen_is_short_and_speaks_chinese(deps, message):
    answer = respond(Session(), message, deps)
    screen = first_screen(answer.text)
    assert len(screen) <= FIRST_SCREEN
    assert not _CODES.search(answer.text)
    assert screen.startswith(("**", "最适合", "相对"))


def test_negated_achievements_support_nothing(deps):
    answer = respond(Session(), "第四届数字工匠：我在滨江民企做测试开发7年，2015年来杭州，工会会员，技术岗，没评过任何称号。"
                                "我没有参与过标准制定，也没有技术革新成果，奖和证书也没有。能报吗", deps)
    reasons = {r.rule: r.ok for r in answer.verdicts[0].reasons}
    assert reasons["alt_standards"] is False and reasons["alt_innovation"] is False
    assert answer.verdicts[0].verdict != "eligible"


def test_ask_batch_turns_answer_in_one_session(deps):
    out = answer_item({"id": "x", "turns": ["我在杭州做软件开发8年，能报第四届数字工匠吗", "是工会会员"]}, deps)
    assert len(out["turns"]) == 2 and out["answer"] == out["turns"][-1]["answer"]
    assert "verdicts" in out


def test_the_understanding_harness_scores_per_split(deps):
    rows = [
        {"id": "a", "split": "dev", "question": "我在萧山船厂当电焊工，能报第四届杭州数字工匠吗",
         "expect_verdicts": {"hz_digital_craftsman_2026": "not_eligible"}},
        {"id": "b", "split": "test", "turns": [
            {"user": "我在萧山船厂当电焊工，能报第四届杭州数字工匠吗", "answers": None,
             "expect_facts": {"employer_city": "杭州"}, "expect_verdicts": {"hz_digital_craftsman_2026": "not_eligible"}},
            {"user": "是工会会员", "answers": "union_member", "expect_facts": {"union_member": True},
             "expect_verdicts": {"hz_digital_craftsman_2026": "needs_review"}}],
         "final_verdicts": {"hz_digital_craftsman_2026": "needs_review"}},
    ]
    assert is_understanding_set(rows)
    metrics = run_understanding(rows, deps).metrics()
    assert metrics["splits"]["dev"]["verdict_accuracy"] == 1.0
    test = metrics["splits"]["test"]
    assert test["final_accuracy"] == 0.0 and test["reply_understood"] == 1.0 and test["fact_accuracy"] == 1.0
    json.dumps(metrics)


def test_a_closing_question_keeps_the_conversations_final_verdict(deps):
    """The final verdict is the latest one given for each programme: a closing question about the form
    ("主要事迹要写多少字？") answers no eligibility question and undoes none."""
    rows = [{"id": "c", "split": "dev", "turns": [
        {"user": "我在萧山船厂当电焊工，能报第四届杭州数字工匠吗", "answers": None, "expect_facts": None,
         "expect_verdicts": {"hz_digital_craftsman_2026": "not_eligible"}},
        {"user": "那主要事迹要写多少字？", "answers": None, "expect_facts": None, "expect_verdicts": None}],
        "final_verdicts": {"hz_digital_craftsman_2026": "not_eligible"}}]
    assert run_understanding(rows, deps).metrics()["splits"]["dev"]["final_accuracy"] == 1.0


def test_a_reply_that_can_only_be_one_missing_fact_is_read_as_it(deps):
    session = Session()
    respond(session, "首届杭州工匠（2016）：1972年生，1994年起在杭州一家玻璃厂做吹制，2016年还在一线，"
                     "2011年杭州市职业技能大赛个人第一名。当时能评吗", deps)
    if session.pending is not None and session.pending.field == "nationality":
        session.pending = type(session.pending)("union_member", "bool", ("是", "否"))  # we asked something else
    respond(session, "中国", deps)
    assert session.profile.get("nationality") == "中国"


def test_a_past_round_is_checked_with_the_level_held_then(deps):
    session = Session()
    answer = respond(session, "我在杭州一家机械厂一线做维修，没评过浙江省首席技师。我是技师，不过是2022年才拿到的证，"
                              "2021年那会儿还是高级工。2021年杭州市首席技师我当时能报吗", deps)
    verdict = {v.program: v for v in answer.verdicts}["hz_chief_technician_2021"]
    assert verdict.verdict == "not_eligible"
    assert session.profile["skill_level"] == "技师", "the profile keeps the level held now"


def test_with_two_questions_a_bare_yes_answers_the_one_it_can(deps):
    from assistant.chat.case.state import Pending

    session = Session()
    respond(session, "我在萧山做云计算运维8年，2019年来杭州一直全职，能报第四届数字工匠吗", deps)
    session.pending = Pending("prior_titles", "list", ("无",), ("union_member",))
    respond(session, "是", deps)
    assert session.profile.get("union_member") is True and "prior_titles" not in session.profile
    session.pending = Pending("prior_titles", "list", ("无",), ("achievements",))
    respond(session, "无", deps)
    assert session.profile.get("prior_titles") == [] and "achievements" not in session.profile


def test_a_bare_wu_answers_a_list_question_asked_beside_a_yes_no_one(deps):
    # "无" to "您是工会会员吗？" alone denies membership (tests/chat/test_bare_none_to_belonging.py); asked beside a
    # list question ("没有请填“无”"), it answers the list
    from assistant.chat.case.state import Pending

    session = Session()
    respond(session, "我在萧山做云计算运维8年，2019年来杭州一直全职，能报第四届数字工匠吗", deps)
    session.pending = Pending("union_member", "bool", ("是", "否"), also=("prior_titles",))
    respond(session, "无", deps)
    assert "union_member" not in session.profile and session.profile.get("prior_titles") == []


def test_a_follow_up_on_another_programme_is_not_the_answer_to_the_pending_question(deps):
    session = Session()
    first = respond(session, "这几个荣誉里哪个最适合我？我90年的，在余杭做大数据开发9年，高级工，工会会员，全职", deps)
    assert first.questions and session.pending is not None
    follow = respond(session, "那浙派工匠呢", deps)
    assert "浙派工匠" not in (session.profile.get("prior_titles") or [])
    assert follow.intents[0] == "eligibility" and [v.program for v in follow.verdicts] == ["zj_craftsman_2023"]


def test_a_yes_that_names_its_topic_answers_that_fact_though_another_was_asked(deps):
    from assistant.chat.case.asking import set_pending

    session = Session()
    respond(session, "我在滨江做云平台运维，干了八年，2016年就来杭州了，全职，第四届数字工匠能不能报", deps)
    assert "union_member" not in session.profile
    set_pending(session, [{"field": "prior_titles", "text": "", "options": ["无"]}])  # another question pending
    respond(session, "是会员", deps)
    assert session.profile.get("union_member") is True


@pytest.mark.parametrize(("text", "span"), [
    ("2019年来的杭州", ("2019-01", "2019-12")),
    ("2021年下半年来的杭州", ("2021-07", "2021-12")),
    ("18年底才来杭州", ("2018-11", "2018-12")),
    ("2019年3月来的杭州", ("2019-03", "2019-03")),
])
def test_a_start_said_by_year_keeps_its_earliest_and_latest_month(text, span):
    from assistant.extract.start_dates import start_span

    assert start_span(text, TODAY) == span


def test_half_a_year_of_a_calendar_is_a_date_not_a_duration():
    from assistant.extract.numbers import durations

    assert durations("2021年下半年") == []
    assert [d.years for d in durations("干了半年")] == [0.5]


def test_the_month_is_asked_only_when_it_decides(deps):
    """"2025年来的杭州" leaves 在杭1年 open on 2026-03-31 (January: yes; December: no): the month is asked, and
    "3月份" is read as 2025年3月. "2015年来的杭州" decides either way: nothing more is asked about it."""
    facts = ("第四届数字工匠：我在滨江一家民企做大模型应用，干了8年，工会会员，技术岗普通员工，没评过任何称号，"
             "2024年拿了浙江省科学技术进步奖二等奖")
    session = Session()
    respond(session, facts, deps)
    open_turn = respond(session, "2025年来的杭州", deps)
    assert open_turn.verdicts[0].verdict == "needs_review"
    assert [q["field"] for q in open_turn.questions] == ["years_full_time_in_hangzhou"]
    assert "2025年几月" in open_turn.questions[0]["text"]
    settled = respond(session, "3月份", deps)
    assert session.profile["hangzhou_full_time_start"] == "2025-03"
    assert settled.verdicts[0].verdict == "eligible"
    assert not session.early

    other = Session()
    respond(other, facts, deps)
    decided = respond(other, "2015年来的杭州", deps)
    assert decided.verdicts[0].verdict == "eligible"
    assert all(q["field"] != "years_full_time_in_hangzhou" for q in decided.questions)


def test_a_union_that_exists_is_not_membership():
    assert read_reply("union_member", "我们厂有工会", TODAY) == {}
    assert read_reply("union_member", "有工会，我是会员", TODAY) == {"union_member": True}
    assert read_reply("union_member", "单位没有工会", TODAY) == {"union_member": False}


def test_a_judgement_on_a_vague_description_does_not_replace_a_known_fact(deps):
    session = Session()
    respond(session, "首届数字工匠那次：我在余杭一家民企做物联网平台，2013年入行，2014年来杭州一直全职，工会会员，"
                     "技术岗普通员工，2021年拿过杭州市科学技术进步奖二等奖，没评过浙江工匠杭州工匠。当时能报吗", deps)
    assert session.profile["is_digital_economy"] is True
    assert session.profile["hangzhou_full_time_start"] == "2014-12"  # 科技进步奖 is not a move to Hangzhou
    respond(session, "那第四届呢？我现在还在这家公司做技术，没评过任何称号", deps)
    assert session.profile["is_digital_economy"] is True


def test_a_correction_reads_the_clause_that_restates_what_it_took_away(deps):
    session = Session()
    respond(session, "第四届数字工匠：我在区政府的大数据中心做数据治理，那是参公单位，干了8年，2018年来杭州，工会会员，"
                     "技术岗，2024年浙江省科学技术进步奖三等奖，没评过任何称号", deps)
    assert session.profile["employment"] == "civil_servant"
    turn = respond(session, "不对，我们单位去年改成公益一类事业单位了，不参公了，我是普通工程师", deps)
    assert session.profile["employment"] == "full_time"
    assert turn.verdicts[0].verdict == "eligible"


@pytest.mark.parametrize(("field", "text", "expected"), [
    ("years_full_time_in_hangzhou", "在杭州，19年过来的", {"hangzhou_full_time_start": "2019-12"}),
    ("years_in_field", "十来年", {"years_in_field": 10.0}),
    ("years_in_field", "拿过省里的数字经济行业职业技能竞赛第一名，去年的，个人赛", {}),
    ("skill_level", "没退休，在厂里上班呢", {}),
    ("skill_level", "啥证都没有", {"skill_level": "none"}),
])
def test_replies_read_by_the_kind_of_answer_expected(field, text, expected):
    got = read_reply(field, text, TODAY)
    assert {k: got.get(k) for k in expected} == expected and (expected or got == {})


def test_a_programme_named_as_the_topic_is_not_a_level_held():
    from assistant.extract import extract

    assert extract("首席技师2021年那届 我是技师 在杭州钢厂炉前 一线", TODAY).profile["skill_level"] == "技师"
    assert extract("我是首席技师，想报浙派工匠", TODAY).profile["skill_level"] == "首席技师"


def test_denials_and_bare_yes_go_to_the_question_they_fit(deps):
    """"没评过" empties the titles asked about, whatever is pending; a bare "是的" cannot answer a list question,
    so it answers the yes/no question asked; a result's year and kind said in clauses of their own are kept."""
    session = Session()
    respond(session, "第四届数字工匠我能报吗 做前端开发的", deps)
    respond(session, "全职", deps)
    respond(session, "在杭州，19年过来的", deps)
    respond(session, "工会会员 没评过", deps)
    assert session.profile["union_member"] is True and session.profile["prior_titles"] == []
    respond(session, "拿过省里的数字经济行业职业技能竞赛第一名，去年的，个人赛", deps)
    result = session.profile["competition_results"][0]
    assert (result["year"], result["type"], result["rank"]) == (2025, "individual", 1)

    other = Session()
    respond(other, "你好 我想问下数字工匠 我是做大数据的 在杭州干了五年多", deps)
    other.asked["union_member"] = 1
    respond(other, "是的", deps)
    assert other.profile.get("union_member") is True and "trained_apprentices" not in other.profile


def test_a_total_of_two_spans_is_the_count(deps):
    session = Session()
    respond(session, "我在杭州做软件测试，第四届数字工匠能报吗，干了3年", deps)
    respond(session, "其实我做测试之前还干了3年开发，加起来6年", deps)
    assert session.profile["years_in_field"] == 6.0


def test_spans_with_a_unit_and_terse_spaces():
    from assistant.extract import extract
    from assistant.extract.numbers import durations

    assert [d.years for d in durations("一直在温州，二十五年")] == [25.0]
    assert durations("一九八八年") == []
    assert extract("我是1960年的", TODAY).profile["birth_date"] == "1960-01"  # no IndexError on a year-only birth
    assert extract("第四届数字工匠 我在杭州做数据分析 全职 工会会员", TODAY).profile["union_member"] is True


def test_corrections_and_all_along(deps):
    session = Session()
    respond(session, "首届杭州工匠我能评上不？我在杭州一家食品厂做糕点，1957年生的，中国人，工会会员，干了三十多年", deps)
    respond(session, "记错了，我是1960年的", deps)
    assert session.profile["birth_date"] == "1960-01"
    assert "hangzhou_full_time_start" not in session.profile  # a birth year is not when the work began

    other = Session()
    respond(other, "浙派工匠能报吗，我是杭州一家汽车厂的涂装工，高级技师，一线干了22年，在职", deps)
    respond(other, "说错了，我单位在嘉兴，不在杭州，不过一直在浙江干", deps)
    assert other.profile["employer_city"] == "嘉兴" and other.profile["years_full_time_in_zhejiang"] == 22.0
    best = respond(other, "那我到底报哪个好", deps)
    assert best.intents[0] == "recommend" and len(best.verdicts) > 1


def test_the_first_screen_holds_whatever_comes_before_the_card():
    from assistant.chat.case.brief import DETAILS_OPEN, fit_first_screen

    body = "\n".join(["**第四届杭州数字工匠：需要人工核实**——" + "未说明" * 30,
                      "**您提供的信息有矛盾，请先确认**：" + "；".join(["出生年月与年龄不一致"] * 12),
                      "**还需要您补充**：您是工会会员吗？（可直接回答：是 / 否）"])
    text = "注意：" + "您填写的日期不存在" * 8 + "\n\n" + body + "\n\n" + DETAILS_OPEN + "全部理由" + "\n</details>"
    fitted = fit_first_screen(text)
    assert len(first_screen(fitted)) <= FIRST_SCREEN
    assert fitted.endswith(DETAILS_OPEN + "全部理由" + "\n</details>")


def test_a_title_named_in_reply_to_the_titles_question_is_held_not_asked_about(deps):
    assert read_reply("prior_titles", "评过杭州工匠", TODAY) == {"prior_titles": ["杭州工匠"]}
    assert read_reply("prior_titles", "杭州市数字工匠提名奖", TODAY) == {}
    session = Session()
    respond(session, "第四届数字工匠：我在滨江一家民企做大模型应用，干了8年，2018年来杭州一直全职，工会会员，技术岗普通员工", deps)
    session.pending = None
    from assistant.chat.case.asking import set_pending

    set_pending(session, [{"field": "prior_titles", "text": "", "options": ["无"]}])
    turn = respond(session, "浙江工匠，2019年的", deps)
    assert session.profile["prior_titles"] == ["浙江工匠"] and "birth_date" not in session.profile
    assert [v.program for v in turn.verdicts] == ["hz_digital_craftsman_2026"]
    assert turn.verdicts[0].verdict == "not_eligible"


@pytest.mark.parametrize(("text", "expected"), [
    ("不清楚", {}), ("嗯呢", {"union_member": True}), ("恩恩", {"union_member": True}), ("入了", {"union_member": True}),
    ("应该是吧", {"union_member": True}), ("没入", {"union_member": False}),
])
def test_yes_no_replies_and_not_knowing(text, expected):
    assert read_reply("union_member", text, TODAY) == expected


def test_middle_and_first_levels_without_the_word_worker():
    assert read_reply("skill_level", "中级", TODAY) == {"skill_level": "中级工"}
    assert read_reply("skill_level", "高级", TODAY) == {}  # 高级工 or 高级技师: ask again rather than guess


def test_two_questions_two_short_answers_in_order(deps):
    from assistant.chat.case.asking import set_pending

    session = Session()
    respond(session, "第四届数字工匠：我在滨江一家民企做大模型应用，干了8年，2018年来杭州一直全职，技术岗普通员工", deps)
    set_pending(session, [{"field": "union_member", "text": "", "options": []},
                          {"field": "prior_titles", "text": "", "options": []}])
    respond(session, "是，没有", deps)
    assert session.profile["union_member"] is True and session.profile["prior_titles"] == []
    assert respond(session, "我还能报别的吗", deps).intents[0] == "recommend"


def test_replies_read_in_the_context_of_what_is_known(deps):
    from assistant.extract import extract

    assert extract("我是2021年那批首席技师想补问：在富阳一家造纸厂当维修电工，技师（2013年取得）", TODAY
                   ).profile["skill_level"] == "技师"
    session = Session()
    respond(session, "第四届数字工匠：我在上城一家事业单位信息中心做运维，干了10年，2016年来杭州，工会会员", deps)
    respond(session, "是的，副主任算中层领导", deps)
    assert session.profile["employment"] == "public_institution_cadre"
    other = Session()
    respond(other, "浙派工匠咨询：我在湖州一家纺织厂当挡车工，做了18年，中级工，在职在岗，一线", deps)
    respond(other, "我们这个工种最高就是高级技师", deps)
    assert other.profile["is_highest_level_of_occupation"] is False


def test_a_title_said_as_held_later_is_a_fact_not_a_programme_to_check(deps):
    base = "第四届数字工匠：我在滨江一家民企做大模型应用，干了8年，2018年来杭州一直全职，工会会员，技术岗普通员工，没评过任何称号"
    for later in ("我2022年评过浙江工匠，这个要紧吗", "不过我2024年已经被评为杭州工匠了", "我已经评上杭州数字工匠了，还能再报吗？"):
        session = Session()
        respond(session, base, deps)
        turn = respond(session, later, deps)
        assert {v.program: v.verdict for v in turn.verdicts} == {"hz_digital_craftsman_2026": "not_eligible"}, later


def test_a_level_reached_after_the_round_leaves_at_most_the_one_below(deps):
    session = Session()
    respond(session, "2021年首席技师：我在杭州一家汽配厂做钳工，一直一线，没评过浙江省首席技师，2019年浙江省一类竞赛个人第一", deps)
    turn = respond(session, "技师证是2022年才拿的", deps)
    assert turn.verdicts[0].verdict == "not_eligible"  # in 2021 at most 高级工: 技师 or above is required


def test_corrections_of_titles_and_levels(deps):
    from assistant.notices.names import name_programs

    assert name_programs("第四届数字工匠：我2022年评过浙江工匠")[0] == ("hz_digital_craftsman_2026",)  # a year of a title
    assert name_programs("2022年那次数字工匠")[0] == ("hz_digital_craftsman_2023",)
    base = "第四届数字工匠：我在滨江一家民企做大模型应用，干了8年，2018年来杭州一直全职，工会会员，技术岗普通员工，2022年评过浙江工匠"
    for message, titles in (("记错了，那是我同事评的，我自己没评过", []), ("不对，不是浙江工匠，是杭州工匠", ["杭州工匠"])):
        session = Session()
        respond(session, base, deps)
        turn = respond(session, message, deps)
        assert session.profile["prior_titles"] == titles, message
        assert session.profile["is_digital_economy"] is True
        assert [v.program for v in turn.verdicts] == ["hz_digital_craftsman_2026"]


def test_a_birth_year_without_its_month_is_asked_only_when_the_age_limit_depends_on_it(deps):
    said = ("首届杭州工匠（2016）：我{}年生，中国人，工会会员，1985年起在杭州一家丝绸厂做织造，2016年还在一线，"
            "2011年杭州市职业技能大赛织布工个人第一名。能评吗")
    session = Session()
    open_turn = respond(session, said.format(1955), deps)
    assert [q["field"] for q in open_turn.questions] == ["birth_date"] and "1955年几月" in open_turn.questions[0]["text"]
    assert respond(session, "12月的", deps).verdicts[0].verdict == "eligible"
    assert session.profile["birth_date"] == "1955-12"
    decided = respond(Session(), said.format(1957), deps)
    assert decided.verdicts[0].verdict == "eligible" and not decided.questions


@pytest.mark.parametrize(("base", "later", "verdict"), [
    ("浙派工匠：我是高级技师，在嘉兴一家机械厂一线做钳工，干了20年，在职", "其实我去年就退了", "not_eligible"),
    ("浙派工匠：我是高级技师，在嘉兴一家机械厂一线做钳工，干了20年，在职", "不过我单位其实在上海，没在浙江干过", "not_eligible"),
    ("2021年首席技师：我是技师，在杭州一家汽配厂做钳工，一直一线，2019年浙江省一类竞赛个人第一",
     "浙江省首席技师我2019年就评上了", "not_eligible"),
    ("2021年首席技师：我是技师，在杭州一家汽配厂做钳工，一直一线，2019年浙江省一类竞赛个人第一",
     "浙江省首席技师我没评上", "eligible"),
])
def test_a_later_message_that_decides(deps, base, later, verdict):
    session = Session()
    respond(session, base, deps)
    assert respond(session, later, deps).verdicts[0].verdict == verdict


def test_an_achievement_said_beside_denials_answers_the_achievements_question(deps):
    # asked for the years and the achievements at once; the reply denies awards and titles, then says what was done
    session = Session()
    respond(session, "我在余杭一家民企做嵌入式软件开发，全职，工会会员，2018年底来的杭州，技术岗，第四届数字工匠能报吗", deps)
    session.pending = dataclasses.replace(session.pending, field="years_in_field", also=("achievements",)) \
        if session.pending else None
    assert session.pending is not None
    respond(session, "没有拿过什么奖，也没评过称号，主要是带团队把产线数据采集系统重构了一遍", deps)
    assert session.profile.get("achievements") == ["主要是带团队把产线数据采集系统重构了一遍"]
    assert session.profile.get("awards") == [] and session.profile.get("prior_titles") == []


def test_a_bare_count_answers_the_count_the_answer_led_with(deps):
    # one at a named factory is not asked about employment first (chat.case.workplace): the screen asks the trade's count
    # and its headline names that open point; "十五年" is the trade's count, the first count open, not left unread
    # because the years in Zhejiang are missing too
    session = Session()
    first = respond(session, "想问下浙派工匠，我在余姚一家模具厂，高级技师，一直一线", deps)
    assert first.questions[0]["field"] == "years_in_field"
    assert "用工/任职情况" not in first_screen(first.text) and "从事本职业" in first_screen(first.text).split("\n")[0]
    respond(session, "十五年", deps)
    assert session.profile.get("years_in_field") == 15
    assert "years_full_time_in_zhejiang" not in session.profile


@pytest.mark.parametrize("added", [
    "另外2023年还作为主要完成人拿过浙江省科学技术进步奖二等奖",
    "还有，2022年评上过全国技术能手",
    "2021年我还主导制定了一项数据安全团体标准",
])
def test_a_message_adding_an_honour_adds_it_and_edits_no_competition(deps, added):
    session = Session()
    respond(session, "去年省数字经济行业职业技能竞赛我拿了第一名，第四届数字工匠能直接认定不？", deps)
    respond(session, "团体的，我们四个人一队", deps)
    before = session.profile["competition_results"]
    assert before[0]["type"] == "team" and before[0]["year"] == 2025  # the team word overrides the presumption
    respond(session, added, deps)
    assert session.profile["competition_results"] == before
    assert any(session.profile.get(f) for f in ("awards", "achievements"))


def test_a_presumed_individual_placing_is_said_in_the_answer(deps):
    answer = respond(Session(), "首届杭州工匠：我1985年生，2015年世界技能大赛砌筑项目拿了铜牌（第3名），在杭州一家建筑公司，"
                                "2010年来的杭州，中国人，一直在工地一线，工会会员", deps)
    assert "按个人成绩理解" in first_screen(answer.text)
    assert answer.verdicts[0].verdict == "eligible"



@pytest.mark.parametrize("confirm", ["个人赛的", "是个人的", "对，个人成绩"])
def test_confirming_the_presumed_individual_reading_answers_with_the_verdict(deps, confirm):
    session = Session()
    respond(session, "首届杭州工匠（2016）：1975年生，中国人，工会会员，1995年起在杭州一家电力设备厂做装配，2016年还在一线，"
                     "2012年拿过杭州市职业技能大赛第一名", deps)
    answer = respond(session, confirm, deps)
    assert answer.verdicts and answer.verdicts[0].verdict == "eligible"
    assert session.profile["competition_results"][0]["type"] == "individual"


@pytest.mark.parametrize(("reply", "kind"), [
    ("对，单人赛，不是组队的", "individual"), ("没组队，一个人比的", "individual"), ("不是团体的，是个人", "individual"),
    ("不是个人的，是我们团队", "team"), ("是团体赛", "team"),
])
def test_a_denied_team_or_solo_word_is_read_through_its_negation(deps, reply, kind):
    # trying the assistant as a drone technician: "对，单人赛，不是组队的" was read as a team placing (组队) and the
    # direct recognition refused
    session = Session()
    respond(session, "首届杭州工匠（2016）：1975年生，中国人，工会会员，1995年起在杭州一家电力设备厂做装配，2016年还在一线，"
                     "2012年拿过杭州市职业技能大赛第一名", deps)
    respond(session, reply, deps)
    assert session.profile["competition_results"][0]["type"] == kind


@pytest.mark.parametrize("denial", ["没评过浙江工匠杭州工匠，2014年起一直在杭州全职", "浙江工匠和杭州工匠都没有评过",
                                    "杭州工匠、浙江工匠都没评上过"])
def test_a_title_denied_names_no_programme_to_check(deps, denial):
    session = Session()
    respond(session, "首届数字工匠：我在滨江一家民企做云平台运维，2014年就干这行了，工会会员，技术岗", deps)
    answer = respond(session, denial, deps)
    assert session.profile.get("prior_titles") == []
    assert answer.verdicts and {v.program for v in answer.verdicts} == {"hz_digital_craftsman_2023"}
