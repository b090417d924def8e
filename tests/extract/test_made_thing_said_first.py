"""A thing made, said first with its maker after it ("冲床的模具是我自己改的", "机器人的程序都是我编的"), is an achievement
told, as "改了一套模具" is, so the deed conditions are not left unknown; a thing one only uses or looks after ("系统是我在
用的", "设备是我管的"), or one someone else made ("系统是外包公司做的"), is not."""

from __future__ import annotations

import datetime as dt

import pytest

from assistant.extract import extract

TODAY = dt.date(2026, 11, 21)


@pytest.mark.parametrize("text", ["浙派工匠我能报不 车间那套折弯工装是我自己设计的 现在一个人能看两台机",
                                  "我是钳工，线上那几台机械手的夹具全是我一个人改出来的",
                                  "数字工匠能报吗？我们仓库的调度算法是我写的"])
def test_a_thing_made_said_first_is_an_achievement(text):
    assert extract(text, TODAY).profile.get("achievements")


@pytest.mark.parametrize("text", ["厂里的系统是我在用的", "那几台设备是我管的", "这套MES系统是外包公司做的"])
def test_a_thing_used_or_made_by_others_is_not(text):
    assert "achievements" not in extract(text, TODAY).profile
