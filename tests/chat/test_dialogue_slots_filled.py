"""Which slots one answer fills, read with the dialogue state: a bare count beside the place the work was all spent in
is the trade's years too (said in the same message or after the count), a pronoun reply for the one asked about keeps
what was said of them, a list emptied but for a thing already told, a level the trade has above the one held, each
kind of deed the notices name denied, and an apprentice picked out in the next sentence."""

from __future__ import annotations

import datetime as dt

import pytest

from assistant.chat.case.corrections import none_but_told
from assistant.chat.case.posts import _level_above
from tests.chat_support import talk as _talk

TODAY = dt.date(2026, 11, 21)
_ZJ = "我在钱塘做汽车装配调试的，二级技师，浙派工匠能报吗"


@pytest.mark.parametrize(("reply", "years"), [
    ("十五年了 一直在下沙 没出过浙江", 15.0),
    ("二十年，一直在宁波，没离开过浙江", 20.0),
    ("干了十二年了，始终在萧山", 12.0),
    ("快十年了，都在余杭", None),
])
def test_a_bare_count_beside_the_place_all_along_is_the_trades_years(deps, reply, years):
    session, answers = _talk(deps, _ZJ, reply)
    place = session.profile.get("years_full_time_in_hangzhou", session.profile.get("years_full_time_in_zhejiang"))
    assert place == (years or place) and session.profile.get("years_in_field") == place
    assert "years_in_field" not in [q["field"] for q in answers[-1].questions]


@pytest.mark.parametrize("reply", ["在杭州干了十五年，之前在苏州", "在萧山干了十五年，之前在宁波"])
def test_a_count_not_said_of_the_whole_working_life_is_not_the_trades(deps, reply):
    # (a bare "十五年了" now answers the trade's years, asked before the places': chat.case.asking.trade_years_first)
    session, _ = _talk(deps, _ZJ, reply)
    assert session.profile.get("years_in_field") != 15.0


@pytest.mark.parametrize("later", ["对 天天在灶台上 一直在淳安 没出过浙江", "一直在浙江的，没去过外地", "都在淳安，没挪过地方"])
def test_the_place_all_along_said_after_a_bare_count(deps, later):
    session, _ = _talk(deps, "浙派那个工匠 我能报吗 我在淳安千岛湖一个酒店做厨师 做鱼头的", "二十年", later)
    assert session.profile.get("years_full_time_in_zhejiang") == 20.0
    assert session.profile.get("years_in_field") == 20.0


def test_all_along_since_a_start_is_not_the_whole_working_life(deps):
    session, _ = _talk(deps, "第四届数字工匠能报吗，我做Java开发的", "2019年来的杭州", "一直在杭州这家公司")
    assert "years_in_field" not in session.profile or session.sources.get("years_in_field") != "reply"


_TRIAL = ("我在钱塘做汽车装配调试的 二级技师 浙派那个能报吗", "十五年了 一直在下沙 没出过浙江", "会员 中国人 没退休",
          "改过一个拧紧工装 返修率降了一半 别的没有")


def test_a_deciding_question_passed_over_is_asked_again(deps):
    """The lead's trial: the highest-level question was asked twice beside others and not answered; it still decides
    the verdict, so it is asked again (after the fresh ones), and "那我还差什么" names it."""
    session, answers = _talk(deps, *_TRIAL)
    assert answers[-1].verdicts[0].verdict == "needs_review"
    assert "is_highest_level_of_occupation" in [q["field"] for q in answers[-1].questions]
    answer = _talk(deps, *_TRIAL, "那我还差什么")[1][-1]
    assert "is_highest_level_of_occupation" in [q["field"] for q in answer.questions]
    assert "最高等级" in answer.text


def test_a_question_said_not_known_is_not_asked_a_third_time(deps):
    session, answers = _talk(deps, "首席技师能报吗，我在临平做钳工，一线", "技师证有没有我不太清楚", "这个也说不清",
                             "我在厂里干了十年")
    assert session.asked.get("skill_level", 0) <= 2
    assert "skill_level" not in [q["field"] for q in answers[-1].questions]


@pytest.mark.parametrize("reply", ["省首席技师？他没有", "他没评过", "没有，他没拿过省首席技师"])
def test_a_pronoun_reply_for_the_one_asked_about_keeps_what_was_said(deps, reply):
    opening = ("人事这边咨询一下，我们临平阀门厂有个老师傅姓周，数控车工，技师证16年考的，一直在车间干。"
               "想问老周够不够2021年首席技师")
    session, answers = _talk(deps, opening, reply)
    assert session.profile.get("skill_level") == "技师" and session.profile.get("prior_titles") == []
    assert "刚才说的另一位的情况不再计入" not in answers[-1].text


def test_a_relative_named_in_a_reply_is_still_another_person(deps):
    session, _ = _talk(deps, "我做数控车工十年了，技师，在萧山一线，首席技师能报吗", "我老婆也是技师，她没评过")
    assert session.profile.get("skill_level") == "技师" and "prior_titles" not in session.profile


@pytest.mark.parametrize(("clause", "out"), [
    ("奖项除了这个比赛第一以外没有", {"awards": []}),
    ("奖除了上面说的都没有", {"awards": []}),
    ("荣誉称号除了刚才那个比赛名次之外都没有", {"prior_titles": []}),
    ("奖项除了省科技进步奖以外没有", {}),
    ("除了带徒弟外没什么成果", {}),
])
def test_a_list_empty_but_for_a_thing_already_told(clause, out):
    assert none_but_told(clause) == out


@pytest.mark.parametrize(("text", "held", "top"), [
    ("我们这个工种有高级技师的", "技师", False),
    ("上面还有高级技师", "技师", False),
    ("还能考高级技师", "技师", False),
    ("这行还有更高的", "高级工", False),
    ("我们这行没有高级技师", "技师", True),
    ("我们这个工种有技师", "技师", None),
    ("有个徒弟是高级技师", "技师", None),
])
def test_a_level_the_trade_has_besides_the_one_held(text, held, top):
    assert _level_above(text, held, TODAY) is top


@pytest.mark.parametrize(("denial", "whole"), [("没有的，标准啥的没碰过，技术改造没有，证书奖项也没有", True),
                                             ("绝活没有，操作法也没总结过，攻关没搞过", False),
                                             ("智能体没做过，技改也没有", False)])
def test_each_kind_of_deed_denied_says_the_achievements(deps, denial, whole):
    # a reply opening with a no of its own is the empty list; one naming kinds only is kept as said, so that the
    # checker closes those kinds only (docs/verdict-policy.md, 明说没有)
    session, _ = _talk(deps, "我在萧山开了家小饭店自己掌勺，首届杭州数字工匠能报吗？", denial)
    achievements = session.profile.get("achievements")
    assert achievements == [] if whole and not achievements else all(
        c in denial and ("没" in c or "无" in c) for c in achievements), achievements


@pytest.mark.parametrize("among", ["里面有个叫小何的，2019年参加杭州市数控车工技能竞赛（一类），得了第二。",
                                   "其中一个2019年杭州市数控车工技能竞赛一类拿了第二名。",
                                   "当中有一个在2019年杭州市数控车工技能竞赛（一类）得了第二。"])
def test_an_apprentice_picked_out_in_the_next_sentence_holds_the_result(deps, among):
    opening = f"我在临平阀门厂做数控车工，技师，一直在车间，带了七八个徒弟，现在都是骨干了。{among}首席技师能报吗"
    session, _ = _talk(deps, opening)
    assert not session.profile.get("competition_results")
    assert "2019" in session.profile.get("trained_apprentices", "")


@pytest.mark.parametrize("said", ["去年好像是十月份退的休", "前年退的休，现在厂里返聘", "我19年就退了休"])
def test_a_separable_verb_said_apart_is_said(deps, said):
    session, answers = _talk(deps, "浙派工匠能报吗？我是宁波一家船厂的电焊高级技师，在宁波焊了三十年", said)
    assert session.profile.get("employment") == "retired"
    assert "achievements" not in session.profile  # a retirement told is no deed, whatever question was pending
    assert answers[-1].verdicts[0].verdict == "not_eligible"


@pytest.mark.parametrize("empty", ["业绩这块空白，徒弟也没带过", "业绩没啥可说的，徒弟也没带过", "业绩谈不上，徒弟也没带过"])
def test_a_list_said_empty_without_a_negation(deps, empty):
    session, _ = _talk(deps, "首席技师2021年那届，我在富阳一家汽配厂磨床上干了十几年，高级技师", "称号一个没有，奖也没有，比赛从没参加",
                       empty)
    assert session.profile.get("achievements") == []


@pytest.mark.parametrize(("text", "trade"), [
    ("94年开始就在杭州的玻璃厂吹玻璃", True),
    ("2010年起一直在萧山做焊工", True),
    ("我是05年开始便在余杭修机床的", True),
    ("2019年开始在杭州做开发", False),  # no 就/一直: maybe years elsewhere before
    ("2019年开始就在杭州上班", False),  # work in general, no trade named
    ("零二年就在萧山开了 一直没换过地方", True),  # 就 alone: the work (开 the crane) under way there by then
    ("18年就在滨江做开发了", True),
    ("2019年就在杭州上班了", False),
    ("2010年在萧山做焊工", False),  # no 就/一直
])
def test_a_start_of_the_work_named_where_it_began(text, trade):
    from assistant.chat.case.year_spans import began_there

    facts = {"years_full_time_in_hangzhou": 12.0}
    assert began_there(text, facts) == ({"years_in_field": 12.0} if trade else {})


@pytest.mark.parametrize(("said", "rank", "year"), [
    ("拿过第一名，浙江省数字经济行业职业技能竞赛，2025年的，个人项目", 1, 2025),
    ("杭州市数控车工技能竞赛，2020年，第二名", 2, 2020),
    ("第三名，19年的，浙江省模具工技能大赛", 3, 2019),
])
def test_a_result_said_clause_by_clause_is_one_result(said, rank, year):
    from assistant.chat.case.pending_answers import gathered_result
    from assistant.extract import extract

    got = gathered_result(said, extract(said, TODAY), TODAY).profile
    assert [(r["rank"], r["year"]) for r in got["competition_results"]] == [(rank, year)]
    assert "birth_date" not in got and "个人项目" not in (got.get("achievements") or [])


def test_a_result_of_the_apprentices_said_clause_by_clause_is_not_the_askers():
    from assistant.chat.case.pending_answers import gathered_result
    from assistant.extract import extract

    said = "徒弟参加了浙江省模具工技能大赛，拿了第一"
    assert not gathered_result(said, extract(said, TODAY), TODAY).profile.get("competition_results")
