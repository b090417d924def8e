"""The forms' register: chat words rewritten as words only, never a number, name or fact added or lost."""

from __future__ import annotations

import re

import pytest

from assistant.drafting.material import clean_phrase
from assistant.drafting.register import formal


@pytest.mark.parametrize(("said", "written", "gone"), [
    ("他自己弄了个冷却液回收的小改进，一年省了30多万", "该同志完成了冷却液回收的技术改进，每年节约30多万", "弄了个"),
    ("鼓捣了一个扭矩自动记录的小工具", "研制了扭矩自动记录的小工具", "鼓捣"),
    ("搭了个设备报修小程序", "搭建了设备报修小程序", "搭了"),
    ("搞了一套班组安全积分制度", "建立了一套班组安全积分制度", "搞了"),
    ("去年拿了个市劳动竞赛二等奖", "去年获得市劳动竞赛二等奖", "拿了"),
    ("琢磨出了快速换模的窍门，换模时间降了一半", "钻研出快速换模的窍门，换模时间降低了一半", "琢磨"),
    ("在我们车间推广，咱们厂的废品率少了两成", "在本车间推广，本厂的废品率减少了两成", "我们"),
])
def test_chat_words_become_the_forms_words(said, written, gone):
    out = formal(said)
    assert out == written and gone not in out


@pytest.mark.parametrize("said", ["带了8个徒弟，一年省了120万元", "搞了个3D打印夹具，2024年拿了省二等奖",
                                  "整了一套《设备点检手册》，故障少了40%"])
def test_numbers_and_names_survive(said):
    out = clean_phrase(said)
    assert re.findall(r"\d+(?:\.\d+)?%?|《[^》]+》", out) == re.findall(r"\d+(?:\.\d+)?%?|《[^》]+》", said)


def test_a_word_that_only_looks_colloquial_stays():
    # 还原 is not 还 + 原; 提到 in 提到了 is raised to, but 提出 is not touched
    assert clean_phrase("还原了三件清代家具") == "还原了三件清代家具"
    assert formal("提出了改进方案") == "提出了改进方案"
