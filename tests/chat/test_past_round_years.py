"""A working life told as a story and asked about a past round (hist21): the trade's years and the Hangzhou years
presumed from each other in a talk that names no other place (chat.case.home_years), a decade's start narrowed by a
bare year said later (chat.case.start_narrowed), and the start year asked back for a past round
(chat.case.past_years), counted to the round's reference date."""

from __future__ import annotations

import datetime as dt
from types import SimpleNamespace

from assistant.chat.case.past_years import past_round_question
from tests.chat_support import talk

HZ16 = "hz_craftsman_2016"


def _verdict(session, program=HZ16):
    return next(v for v in session.last_verdicts if v.program == program)


def test_the_trade_told_in_a_hangzhou_place_is_years_in_hangzhou(deps):
    session, answers = talk(deps, "老的那个杭州工匠 我爸当年能报吗 他在淳安一个砚台厂刻砚台 刻了三十来年了",
                            "他六二年的 会员 中国人 还在车间 2013年杭州市职业技能大赛石雕第一名")
    assert session.sources["years_full_time_in_hangzhou"] == "inferred"
    assert _verdict(session).verdict == "eligible"
    assert any("以上按“这些年都在杭州全职”判断" in a.text for a in answers)  # said once


def test_a_place_outside_hangzhou_keeps_the_hangzhou_years_asked(deps):
    session, _ = talk(deps, "首届杭州工匠 我做模具二十五年了 以前在宁波 七八年的 中国人 会员 一线")
    assert session.sources.get("years_full_time_in_hangzhou") != "inferred"


def test_the_hangzhou_years_stand_for_the_trade_only_where_one_rule_counts_both(deps):
    session, _ = talk(deps, "我做喷气织机维修的，03年到05年在绍兴柯桥，05年以后就一直在萧山的纺织厂。2016年那次杭州工匠"
                            "能报吗 七九年的 中国人 会员 一线 2012年杭州市职业技能大赛织机维修第一名")
    assert "years_in_field" not in session.profile  # for the other programmes the trade's years stay unknown
    reason = next(r for r in _verdict(session).reasons if r.rule == "years_in_trade")
    assert reason.ok is True and _verdict(session).verdict == "eligible"


def test_a_change_of_trade_keeps_the_trade_years_asked(deps):
    session, _ = talk(deps, "首届杭州工匠 05年就到萧山了 后来转行做了数控 七九年的 中国人 会员 一线")
    reason = next(r for r in _verdict(session).reasons if r.rule == "years_in_trade")
    assert reason.ok is None


def test_a_bare_year_inside_an_open_decade_is_the_start(deps):
    session, _ = talk(deps, "我妈 零几年进的丝绸厂 一直在杭州织绸 一六年那次杭州工匠",
                      "零三年 会员 中国人 一五年市级职业技能大赛第1名", "六二年的 还在车间")
    assert session.profile["hangzhou_full_time_start"] == "2003-12"
    assert _verdict(session).verdict == "eligible"


def test_a_bare_year_outside_the_decade_narrows_nothing(deps):
    session, _ = talk(deps, "我妈 零几年进的丝绸厂 一直在杭州织绸 一六年那次杭州工匠", "一五年 会员 中国人")
    assert session.profile.get("hangzhou_full_time_start") != "2015-12"


def test_a_hedged_count_about_a_past_round_asks_the_start_year(deps):
    session, (*_, answer) = talk(deps, "首届杭州工匠 我在余杭做铝合金门窗二十来年了 七八年的 中国人 会员 一线 "
                                       "一四年杭州市职业技能大赛拿过第一名")
    asked = answer.questions[0]
    assert asked["text"].startswith("您是哪一年开始") and "不到" not in "".join(asked["options"])
    assert asked["options"] == ["2005年或更早", "2007年或更晚"]


def test_each_start_year_offered_settles_the_verdict(deps):
    for reply, verdict in (("2005年或更早", "eligible"), ("2007年或更晚", "not_eligible")):
        session, _ = talk(deps, "首届杭州工匠 我在余杭做铝合金门窗二十来年了 七八年的 中国人 会员 一线 "
                                "一四年杭州市职业技能大赛拿过第一名", reply)
        assert _verdict(session).verdict == verdict, reply


def test_a_start_year_answer_raises_the_trade_count_it_came_with(deps):
    session, _ = talk(deps, "首届杭州工匠那次，我当年能报不？我是桐庐一家制笔厂的模具钳工",
                      "1978年生的，中国人，在桐庐做模具二十来年了，一直在车间一线，工会会员",
                      "2014年拿过杭州市职业技能大赛模具工第一名", "2005年或更早")
    assert _verdict(session).verdict == "eligible"


def test_the_current_round_keeps_the_count_choices():
    v = SimpleNamespace(program="hz_digital_craftsman_2026", missing=("years_full_time_in_hangzhou",),
                        as_of=dt.date(2026, 11, 21), reference_dates=(dt.date(2026, 3, 31),))
    assert past_round_question("years_full_time_in_hangzhou", [v], lambda v, f: 1) is None


def test_a_window_offers_years_each_on_one_side_of_both_dates():
    v = SimpleNamespace(program="hz_digital_craftsman_2023", missing=("years_full_time_in_hangzhou",),
                        as_of=dt.date(2026, 11, 21), reference_dates=(dt.date(2022, 12, 20), dt.date(2023, 3, 31)))
    text, options = past_round_question("years_full_time_in_hangzhou", [v], lambda v, f: 2)
    assert options == ["2019年或更早", "2022年或更晚"] and "2022年的评选" in text


def test_a_start_span_no_answered_count_comes_from_is_another_date_s():
    from assistant.chat.case.dialogue import _own_span

    today = dt.date(2026, 11, 21)
    said = ("2024-01", "2024-12")  # "前年…拿了浙江省科学技术进步奖", beside "一直在杭州" for ten years
    assert _own_span("years_full_time_in_zhejiang", {"years_full_time_in_zhejiang": 10.0}, said, today) is None
    assert _own_span("years_full_time_in_zhejiang", {"years_full_time_in_zhejiang": 2.5}, said, today) == said


def test_a_retiree_s_count_runs_to_the_retirement():
    from assistant.chat.case.retired_counts import to_retirement

    profile = {"employment": "retired", "retired_on": "2017", "facts_as_of": "2026-11-21",
               "years_full_time_in_hangzhou": 20.0, "years_full_time_in_zhejiang": 20.0}
    sources = {"years_full_time_in_hangzhou": "message", "years_full_time_in_zhejiang": "derived"}
    moved = to_retirement(profile, sources)
    assert 28.8 <= moved["years_full_time_in_hangzhou"] <= 28.9  # twenty by the end of 2017, told in 2026-11
    assert moved["years_full_time_in_zhejiang"] == moved["years_full_time_in_hangzhou"]
    started = {**profile, "hangzhou_full_time_start": "1997-12"}  # a start counts itself to any date
    assert to_retirement(started, sources)["years_full_time_in_hangzhou"] == 20.0
    assert to_retirement({**profile, "employment": "full_time"}, sources) == {**profile, "employment": "full_time"}


def test_a_count_said_after_retiring_is_counted_to_a_round_before_it(deps):
    session, _ = talk(deps, "我爸一八年就退休了 在家歇着 一六年那届杭州工匠他够不够",
                      "他六〇年的 中国人 会员 退休前一直在车间一线 一五年市级职业技能大赛第1名 在杭州干了十九年")
    assert session.profile["retired_on"] == "2018"
    assert _verdict(session).verdict == "eligible"


def test_a_decade_start_keeps_both_ends_for_the_trade_presumed_from_it(deps):
    """"零几年进的厂" asked about 2016: the Hangzhou years run 6.8–16.7 and so do the trade's presumed from them; the
    trade's read at the late end alone said 不符合 before the year was asked (found asking as a new user)."""
    from assistant.chat.case.state import Session
    from assistant.chat.turn import respond

    session = Session()
    respond(session, "帮我爸问问 老的那个杭州工匠 他当年能报吗 他六四年的 在萧山一家齿轮厂做热处理", deps)
    answer = respond(session, "零几年进的厂", deps)
    assert [v.verdict for v in answer.verdicts] == ["needs_review"]
