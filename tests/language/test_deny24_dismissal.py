"""deny24: the work dismissed as ordinary (就是个普通干活的, 就一普通码农, 说白了就是个看设备的) next to a denial says
no deed of the work is left to tell: every made deed is denied whatever kind the denial names, the apprentices and
the records only where named; beside a denial of the records (啥奖也没有) nothing is left, a denial of every
alternative. A routine frame (平时负责点检) dismisses nothing."""

from __future__ import annotations

import pytest

from assistant.language.agency import dismissal
from assistant.language.classify import MADE, denied_only, says_no_achievement


@pytest.mark.parametrize("clause", ["我就是个普通干活的", "就一普通码农", "说白了就是个看设备的", "就是普普通通一个工人",
                                    "就是老老实实干活的"])
def test_a_dismissal_of_ones_work(clause):
    assert dismissal(clause)


@pytest.mark.parametrize("clause", ["平时负责设备点检", "这个就是一个人搞的", "就是个月的事", "我琢磨出一套绕线手法"])
def test_not_a_dismissal(clause):
    assert not dismissal(clause)


@pytest.mark.parametrize("text", ["就是普通干活的 啥奖也没有", "就一普通码农 奖啊证书啊都没有",
                                  "说白了就是个看设备的 奖啊比赛啊徒弟啊都跟我不搭边 也没搞出啥发明",
                                  "就一干活的 比赛没参加过"])
def test_a_dismissal_beside_a_denial_of_records_denies_everything(text):
    assert says_no_achievement(text)
    assert denied_only([text]) is None


@pytest.mark.parametrize(("text", "training"), [("没什么绝活，也没搞过技术革新，就是老老实实干活", False),
                                                ("就是普普通通一个工人 徒弟没带过 也没搞过什么改革", True)])
def test_a_dismissal_beside_a_denial_of_deeds_denies_every_made_deed(text, training):
    got = denied_only([text])
    assert got >= MADE and "certificate" not in got and ("training" in got) is training


@pytest.mark.parametrize(("text", "kinds"), [("革新没搞过", {"innovation"}), ("徒弟没带过 平时负责设备点检", {"training"})])
def test_a_named_denial_without_a_dismissal_stays_narrow(text, kinds):
    assert denied_only([text]) == frozenset(kinds)
