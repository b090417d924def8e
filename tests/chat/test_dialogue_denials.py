"""Replies read by the scope of what they say: the level held in an affirmed clause (not the one not yet taken),
a denial that names its own list, a tier said once and known, a category of post a bare 全职 does not undo, and
a programme's name that is no skill level."""

from __future__ import annotations

import datetime as dt

import pytest

from assistant.chat.case.replies import read_reply
from assistant.chat.turn import respond
from tests.chat_support import talk as _talk

TODAY = dt.date(2026, 11, 21)


@pytest.mark.parametrize("reply, level", [("高级工，技师还没去考", "高级工"), ("还没考技师，现在是高级工", "高级工"),
                                          ("中级工吧，高级工还没拿到证", "中级工"), ("高级工 技师还没考", "高级工")])
def test_the_level_held_is_the_one_in_an_affirmed_clause(reply, level):
    assert read_reply("skill_level", reply, TODAY) == {"skill_level": level}


@pytest.mark.parametrize("opening", ["首席技师，我是桐庐一家制冷设备厂的制冷工，技师",
                                     "杭州市首席技师我能报吗，我在萧山开数控车床，高级工",
                                     "首席技师能报吗，我在余杭当电工二十年"])
def test_the_programmes_name_is_no_level_held(deps, opening):
    session, _ = _talk(deps, opening)
    assert session.profile.get("skill_level") != "首席技师"


def test_a_level_said_as_held_stays():
    from assistant.chat.case.posts import level_not_the_name
    from assistant.chat.routing import route
    from assistant.extract import extract

    text = "我已经是首席技师了，浙派工匠能报吗，在宁波做模具"
    assert level_not_the_name(extract(text, TODAY), text, route(text), TODAY).profile["skill_level"] == "首席技师"


@pytest.mark.parametrize("denial", ["没评过", "称号没评过", "没被评过"])
def test_a_denial_naming_titles_does_not_answer_the_achievements_question(deps, denial):
    from assistant.chat.case.state import Pending

    session, _ = _talk(deps, "我在杭州做数据开发八年了，一直全职，工会会员，想报第四届数字工匠")
    session.pending = Pending("achievements", "list", ("无",), ("awards",))
    session.asked["prior_titles"] = 1
    respond(session, denial, deps)
    assert "achievements" not in session.profile and session.profile.get("prior_titles") == []


@pytest.mark.parametrize("reply", ["一类二类不清楚", "不知道是一类还是二类", "一类还是二类记不清了"])
def test_a_tier_not_known_is_not_set(deps, reply):
    session, _ = _talk(deps, "首席技师能报吗，我在滨江做电梯安装维修，技师，十年了", "我2020年拿过浙江省电梯安装维修工竞赛第二名",
                       reply)
    assert session.profile["competition_results"][-1]["tier"] is None


@pytest.mark.parametrize("status", ["一直在建德，全职", "全职的", "在职全职"])
def test_a_bare_full_time_keeps_the_category_of_post(deps, status):
    session, _ = _talk(deps, "我在建德市大数据中心，参公管理的单位，搞政务云运维八年了，想问第四届数字工匠", status)
    assert session.profile["employment"] == "civil_servant"


def test_a_status_that_denies_the_category_replaces_it(deps):
    session, _ = _talk(deps, "我在建德市大数据中心，参公管理的单位，搞政务云运维八年了，想问第四届数字工匠",
                       "我是普通技术人员，全职")
    assert session.profile["employment"] == "full_time"


@pytest.mark.parametrize("clause, denied", [("不是领导", True), ("没退休", True), ("不写代码了", True),
                                            ("不在一线了", True), ("副主任算中层领导", False), ("不到三年", False),
                                            ("非遗传承人我评上了", False), ("不过去年开始转岗", False)])
def test_the_dialogue_reads_negation_by_its_scope(clause, denied):
    from assistant.language import negated

    assert negated(clause) is denied


@pytest.mark.parametrize("said, held", [("浙江省首席技师我2019年就评上了", ["浙江省首席技师"]),
                                        ("浙江工匠我没评上", []), ("非遗传承人我评上了，杭州工匠也评上了", ["杭州工匠"])])
def test_a_title_named_before_its_verb_is_held_unless_denied(said, held):
    from assistant.chat.case.corrections import held_after

    assert held_after(said).get("prior_titles", []) == held


@pytest.mark.parametrize("field", ["achievements", "trained_apprentices", "prior_titles"])
@pytest.mark.parametrize("reply", ["不是，他一直在车间修设备", "不是", "不对，她是在一线", "也不是"])
def test_a_denial_is_no_list_said_empty(field, reply):
    # "不是" to "他的主要业绩有哪些？" says something else was wrong; read as "none" it failed every alternative
    assert read_reply(field, reply, TODAY) == {}


@pytest.mark.parametrize("reply", ["没有", "无", "都没有", "没带过"])
def test_an_absence_still_empties_the_list(reply):
    assert read_reply("achievements", reply, TODAY) == {"achievements": []}


def test_a_denial_after_a_list_question_leaves_the_alternatives_open(deps):
    session, answers = _talk(deps, "想帮我师傅问问，他在富阳造纸厂干了三十年机修，高级技师，能评浙派工匠吗",
                             "全职，还没退休", "不是，他一直在车间修设备")
    assert session.profile.get("achievements") != []
    assert [v.verdict for v in answers[-1].verdicts] != ["not_eligible"]


@pytest.mark.parametrize("reply, city", [
    # the asked city: a place of the past is not where one works now (extract.places.city_now, one reader)
    ("以前是萧山机务段的", None), ("原来在滨江那边干，现在去了湖州", "湖州"), ("早先在上海，眼下在温州", "温州"),
    ("不在杭州了，在台州", "台州"), ("临平", "杭州"),
])
def test_the_city_asked_is_where_one_works_now(reply, city):
    assert read_reply("employer_city", reply, TODAY).get("employer_city") == city
