"""A count of years in Hangzhou that was only the trade's count copied (the work said in a Hangzhou district, then
"七年了") gives way to Hangzhou's own start said later: no "两者对不上", and the start is used."""

from __future__ import annotations

from tests.chat_support import talk as _talk

_OPEN = "第四届数字工匠，我去年拿了杭州市数字经济行业职业技能竞赛个人第一，在西湖区做网络安全的"


def test_hangzhous_own_start_replaces_the_copied_count(deps):
    session, answers = _talk(deps, _OPEN, "工会会员，全职，一线干活的", "七年了", "16年来的杭州，没评过什么称号")
    assert session.profile.get("years_in_field") == 7.0
    assert session.profile.get("years_full_time_in_hangzhou", 0) > 9
    assert "对不上" not in answers[-1].text
    assert next(v for v in answers[-1].verdicts if v.program == "hz_digital_craftsman_2026").verdict \
        == "direct_recognition"


def test_a_count_said_of_hangzhou_is_still_disputed(deps):
    _, answers = _talk(deps, "我在西湖区做网络安全的，在杭州全职七年了，第四届数字工匠能报吗", "16年来的杭州")
    assert "对不上" in answers[-1].text
