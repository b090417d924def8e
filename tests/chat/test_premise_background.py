"""A premise said as background, not marked by 对吧, is cut from the ask resting on it (chat/premise/background.py)."""

from __future__ import annotations

import pytest

from assistant.chat.premise.background import background_premise


@pytest.mark.parametrize(("message", "premise", "ask"), [
    # known or heard, then the ask
    ("我知道浙派工匠的证书是省人力社保厅发的，那奖金是多少", "浙派工匠的证书是省人力社保厅发的吧", "奖金是多少"),
    ("既然首席技师要高级技师证，那技师证就没用了吗", "首席技师要高级技师证吧", "技师证就没用了吗"),
    # the round said as now is no part of the value checked
    ("听说首席技师今年只收纸质材料，那电子版是不是就不用弄了", "首席技师只收纸质材料吧", "电子版是不是就不用弄了"),
    # remembered after the ask
    ("第四届数字工匠推荐表交到哪？我记得截止是4月30号", "截止是4月30号吧", "第四届数字工匠推荐表交到哪？"),
    # a bare statement of a value, then an ask
    ("浙派工匠全省才评30名，我们市能分到几个", "浙派工匠全省才评30名吧", "我们市能分到几个"),
    # an ask read as the dialogue reads one (A-not-A), and a 是…的 statement with no number
    ("杭州工匠在杭干满八年就行，那学徒期算不算", "杭州工匠在杭干满八年就行吧", "学徒期算不算"),
    ("首席技师是市总工会发文的，联系人是谁", "首席技师是市总工会发文的吧", "联系人是谁"),
])
def test_a_premise_said_as_background_is_cut_from_its_ask(message, premise, ask):
    found = background_premise(message)
    assert found is not None and (found.premise, found.ask) == (premise, ask)


@pytest.mark.parametrize("message", [
    "我在杭州干了十二年，杭州工匠能报吗",  # the asker's own case
    "杭州工匠那两万块奖金，听说是分两年发下来的，没错吧？",  # one confirmation question, checked whole
    "杭州工匠那两万块奖金，一般评上以后多久到账？",  # a value pointed back at is the topic
    "浙派工匠评上了，除了那一万块钱，以后退休养老金会不会多拿一点？",
    "首席技师材料弄好了，交到哪里",  # a statement of nothing countable is the ask's context
    "首席技师要什么证书",  # one ask
])
def test_no_premise_is_read_where_none_is_stated(message):
    assert background_premise(message) is None


def _fake(verdicts: dict[str, str]):
    """A one-ask answerer: the premise's verdict from ``verdicts``, any other ask answered with one citation."""
    from assistant.chat.answer import Citations

    def answer(question, route, cites: Citations):
        if question in verdicts:
            return verdicts[question]
        cites.mark("zj_craftsman_2023#五", "对突出贡献浙派工匠每人奖励 1万元并颁发证书")
        return "根据通知原文：奖励 1万元"
    return answer


def _route(**kw):
    import dataclasses

    @dataclasses.dataclass(frozen=True)
    class R:
        programs: tuple = ("zj_craftsman_2023",)
        confirm: bool = False
    return R(**kw)


def test_a_wrong_background_premise_leads_corrected_then_the_ask():
    from assistant.chat.answer import Citations
    from assistant.chat.premise.background import background_first

    said = background_first("我知道浙派工匠是十年评一次的，那奖金是多少", _route(), Citations(),
                            _fake({"浙派工匠是十年评一次的吧": "不对，通知写的是每5年评选一次。"}))
    assert said.startswith("不对") and "奖金是多少" in said and "1万元" in said


def test_a_premise_that_holds_gives_way_to_the_ask_and_none_is_read_across_programmes():
    from assistant.chat.answer import Citations
    from assistant.chat.premise.background import background_first

    answer = _fake({"浙派工匠五年评一次吧": "是的，与通知规定一致。"})
    assert background_first("浙派工匠五年评一次，奖金给多少", _route(), Citations(), answer).startswith("根据")
    two = _route(programs=("zj_craftsman_2023", "hz_craftsman_2016"))
    assert background_first("浙派工匠五年评一次，杭州工匠几年", two, Citations(), answer) is None
