"""deny24: in one message, the work dismissed as ordinary next to a denial of any record or kind (就是个普通干活的 啥奖也
没有) is a no for every kind of deed (kept as said, with the dismissal, for the checker); a dismissal alone, or one followed by a deed told after a
contrast, is not."""

from __future__ import annotations

import datetime as dt

import pytest

from assistant.extract import extract

TODAY = dt.date(2026, 11, 21)


@pytest.mark.parametrize("text", ["我高级技师 余杭一家齿轮厂一线滚齿十六年 我就是个普通干活的 啥奖也没有",
                                  "高级技师 绍兴一家印染厂一线挡车十八年 就是普普通通一个工人 徒弟没带过 也没搞过什么改革"])
def test_dismissal_beside_a_denial_is_no_achievement(text):
    from assistant.language.classify import MADE, denied_only, says_no_achievement

    said = extract(text, TODAY).profile.get("achievements")
    assert said == [] or (all(says_no_achievement(t) for t in said) and denied_only(said) >= MADE)


def test_dismissal_alone_says_nothing_of_the_achievements():
    assert "achievements" not in extract("高级技师 余杭一家纺织机械厂一线装配十五年 我就是个普通干活的", TODAY).profile


def test_a_deed_after_the_denial_keeps_it_partial():
    got = extract("我就是个普通电工 奖没拿过 不过车间那台复卷机的控制程序是我重写的", TODAY).profile.get("achievements")
    assert got != []
