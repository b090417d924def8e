"""An answer with a question tacked on ("中国，那要交什么材料？") is read as both: the fact goes into the profile and
the question about the rules is answered, of the programme in focus. A question with no programme named after a
verdict ("那要交什么材料？") is asked of the programme in focus by name, not refused as silent."""

from __future__ import annotations

import pytest

from assistant.chat.case.said import asked_part
from tests.chat_support import talk

SILENT = "没有涉及这个问题"


@pytest.mark.parametrize(("text", "part"), [("中国，那要交什么材料？", "那要交什么材料？"),
                                            ("在浙江十二年了，一直全职，截止时间是哪天", "截止时间是哪天"),
                                            ("是会员，不过好几年没交会费了", "是会员，不过好几年没交会费了"),
                                            ("能报吗", "能报吗")])
def test_the_asked_part(text, part):
    assert asked_part(text) == part


@pytest.mark.parametrize(("opening", "reply", "field"), [
    ("我在温州做眼镜模具，高级技师，一线的，浙派工匠可以吗", "在浙江十二年了，一直全职，那要交什么材料？",
     "years_full_time_in_zhejiang"),
    ("首届杭州工匠我想报，我在上城做木雕二十五年了，厂里工会会员，一直在一线做手艺", "中国，那推荐表交到哪里？", "nationality"),
])
def test_an_answer_and_a_question(deps, opening, reply, field):
    session, answers = talk(deps, opening, reply)
    assert field in session.profile
    assert answers[-1].intents[:2] == ("eligibility", "qa"), answers[-1].intents


@pytest.mark.parametrize("question", ["那要交什么材料？", "推荐表交给谁"])
def test_a_question_after_a_verdict_is_about_the_programme_in_focus(deps, question):
    _, answers = talk(deps, "我在温州做眼镜模具，高级技师，一线的，浙派工匠可以吗", question)
    assert SILENT not in answers[-1].text, answers[-1].text


@pytest.mark.parametrize(("reply", "field", "value", "open_"), [
    ("没有，工会要入吗？", "union_member", False, "prior_titles"),
    ("是的，工会会员有什么用？", "union_member", True, "prior_titles"),
    ("没评过，称号是指哪些？", "prior_titles", [], "union_member"),
    ("不是，会员要怎么入", "union_member", False, "prior_titles"),
])
def test_the_question_tacked_on_names_which_pending_question_is_answered(deps, reply, field, value, open_):
    # two questions pending (titles, union): the answer said first goes to the one the asker's own question names,
    # and the question itself states nothing ("工会要入吗" is no yes to the union)
    session, _ = talk(deps, "第四届数字工匠，我在滨江做芯片版图设计，杭州4年，技术岗", reply)
    assert session.profile.get(field) == value, session.profile
    assert open_ not in session.profile, session.profile


@pytest.mark.parametrize(("opening", "reply", "field", "value"), [
    ("第四届数字工匠能报吗？我在萧山做工业机器人调试编程，到杭州5年，一直在现场调机器", "一直在交会费的", "union_member", True),
    ("第四届数字工匠，我在西湖区做数据库内核开发，来杭州六年了，技术岗", "会费每个月工资里扣的", "union_member", True),
    ("杭州工匠首届那个，我做杭绣的，工会会员，在杭州绣了三十年", "本地人，土生土长的", "nationality", "中国"),
    ("杭州工匠首届那个，我做杭绣的，工会会员，在杭州绣了三十年", "河南人", "nationality", "中国"),
])
def test_a_reply_that_implies_the_answer(deps, opening, reply, field, value):
    # dues are paid by members; one from a place in China (jionlp's parse_location) is Chinese
    session, _ = talk(deps, opening, reply)
    assert session.profile.get(field) == value, session.profile


@pytest.mark.parametrize("text", ["首届杭州工匠，我在上城做竹编，会员，一直在一线，干了二十多年",
                                  "第四届数字工匠，我做后端开发，是会员，杭州3年",
                                  "浙派工匠，我在台州修船，高级技师，工会会员是的，一线"])
def test_a_bare_member_clause_in_the_opening(deps, text):
    session, _ = talk(deps, text)
    assert session.profile.get("union_member") is True, session.profile


@pytest.mark.parametrize(("text", "parts"), [
    ("没有，工会要入吗？", ("没有", "工会要入吗？")),
    ("是的，那要交什么材料", ("是的", "那要交什么材料")),
    ("哦不对，记错了，还没入呢", ("哦不对，记错了，还没入呢", "")),
    ("能报吗", ("能报吗", "")),
])
def test_the_answer_and_the_question(text, parts):
    from assistant.chat.case.said import answer_and_question

    assert answer_and_question(text) == parts


@pytest.mark.parametrize(("reply", "yes"), [("单位统一入的", True), ("交的", True), ("还没加入", False), ("这个没有", False),
                                          ("要问下单位", None), ("可能入了", None), ("技术岗", None), ("全职", None)])
def test_a_yes_or_no_said_by_any_verb(reply, yes):
    # the polarity of a short reply to "您是工会会员吗" is its answer, unless it is unsure or names another fact
    import datetime as dt

    from assistant.chat.case.replies import read_reply

    assert read_reply("union_member", reply, dt.date(2026, 11, 21)).get("union_member") is yes


def test_a_description_of_the_work_is_no_yes_to_the_digital_question():
    import datetime as dt

    from assistant.chat.case.replies import read_reply

    assert read_reply("is_digital_economy", "做焊接的", dt.date(2026, 11, 21)) == {}


@pytest.mark.parametrize(("reply", "level"), [("技师还在考，现在高级工", "高级工"), ("技师明年考，现在是高级工", "高级工"),
                                            ("以前是高级工，现在技师了", "技师"), ("准备考技师，现在中级工", "中级工"),
                                            ("技师，2018年考出来的", "技师"), ("技师，前年考的", "技师")])
def test_the_level_held_now(reply, level):
    # an exam not yet passed, a plan or the past names no level held; a level said of now comes first
    import datetime as dt

    from assistant.chat.case.replies import read_reply

    assert read_reply("skill_level", reply, dt.date(2026, 11, 21)) == {"skill_level": level}


def test_a_level_still_to_pass_in_the_dialogue(deps):
    session, _ = talk(deps, "首席技师能报吗？我在临平做注塑模具，一直在车间", "技师还在考，现在高级工")
    assert session.profile.get("skill_level") == "高级工", session.profile


@pytest.mark.parametrize(("told", "again", "want"), [
    ("2015年杭州市数控车工职业技能大赛拿过第二名……不对，说错了，第二名是2013年那次，2015年那次我拿的是第一名", None,
     [(2013, 2), (2015, 1)]),
    ("2019年省数控车工大赛拿过第五名", "不对，是第三名", [(2019, 3)]),
    ("2018年杭州市焊工技能大赛拿过第三名，不对，记错了，是第一名", None, [(2018, 1)]),
])
def test_a_result_corrected_rank_by_rank(deps, told, again, want):
    # the places told again, in the same message or the next, replace the result told: each clause naming a place
    # is a result of the same competition, in the year it names
    turns = ["首席技师，我在萧山做数控车，技师，一线", told] + ([again] if again else [])
    session, _ = talk(deps, *turns)
    got = [(c["year"], c["rank"]) for c in session.profile.get("competition_results") or []]
    assert got == want, session.profile.get("competition_results")


@pytest.mark.parametrize("reply", ["浙派工匠那个我够不够", "浙派工匠呢，我够得上不"])
def test_a_programme_asked_about_is_no_title_held(deps, reply):
    # to "您已获得过哪些荣誉称号", a message asking about a programme names no title held: it switches to that programme
    session, answers = talk(deps, "首席技师能报吗，我在桐庐做制笔机械维修，高级技师，一线在岗，在浙江全职十二年，单位在杭州", reply)
    assert "prior_titles" not in session.profile, session.profile
    assert "zj_craftsman_2023" in [v.program for v in answers[-1].verdicts]
