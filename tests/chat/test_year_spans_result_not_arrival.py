"""'技师，前年考出来的' answering the level question gave 1.92 years in Hangzhou: the 来的 of 考出来的 (a result) was
read as coming to a place. A start said with 出来的/下来的/起来 is when something was got, not an arrival."""

from __future__ import annotations

from tests.chat_support import talk as _talk


def test_the_year_a_level_was_got_is_no_arrival(deps):
    session, _ = _talk(deps, "首席技师2021年那次能报吗，我在上城一家老字号做中式面点，一线", "技师，前年考出来的")
    assert session.profile["skill_level"] == "技师"
    assert "years_full_time_in_hangzhou" not in session.profile
    assert "hangzhou_full_time_start" not in session.profile


def test_an_arrival_still_counts(deps):
    session, _ = _talk(deps, "第四届数字工匠能报吗，我在滨江做嵌入式开发", "我是2019年来的杭州")
    assert session.profile.get("hangzhou_full_time_start", "").startswith("2019")
