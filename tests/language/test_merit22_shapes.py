"""The readings merit22 added to the language layer: denial scope over spaced lists of whole lexicon terms and over a
list cut at 也 before a bare verb with its manner (没牵头搞过), the denial of everything else (别的什么都没有), and the
non-merit shapes of talk about applying, the job told by its years, following another's work and a team's honour."""

from __future__ import annotations

import pytest

from assistant.language.clauses import clauses
from assistant.language.denials import denies_rest
from assistant.language.lexicon import lexicon_hits
from assistant.language.merit import non_merit


@pytest.mark.parametrize("text", [
    "带徒 革新 操作法 成果转化 数字化改造 这五样我一样都没有",
    "标准 技术攻关 数字化改造也都没搞过",
    "技术攻关和AI智能体也没牵头搞过",
    "技术革新、攻关也没牵过头",
    "标准化和技改也没正经参与过",
])
def test_every_clause_of_a_denied_list_is_negated(text):
    assert all(c.negated for c in clauses(text)), [(c.text, c.negated) for c in clauses(text)]


@pytest.mark.parametrize("text", ["技术攻关和AI智能体都是我牵头搞的", "带了六个徒弟也没评上奖"])
def test_a_list_with_its_own_deed_keeps_it(text):
    assert not all(c.negated for c in clauses(text))


@pytest.mark.parametrize(("clause", "rest"), [
    ("别的什么都没有", True), ("其他都没有", True), ("其余的一样也没有", True),
    ("别的还行", False), ("其他的都是车间的", False), ("什么都没有", False),
])
def test_a_denial_of_the_rest(clause, rest):
    assert denies_rest(clause) is rest


@pytest.mark.parametrize(("text", "shape"), [
    ("车间主任说让我报报看，我自己觉得够呛", "aside"),
    ("在这家洗衣厂烫了二十年衣服", "routine"),
    ("修了十几年电梯，各种型号都修过", "routine"),
    ("工艺科改的工艺我照着做", "routine"),
    ("就是正常写用例跑仿真", "routine"),
    ("我们车队一五年评上了市里的安全车队", "taken"),
    ("我们门店得过市级文明窗口", "taken"),
])
def test_non_merit_shapes(text, shape):
    assert non_merit(text) == shape


@pytest.mark.parametrize("text", [
    "在这家厂干了二十年，琢磨出一套快速换模的办法，换模时间缩短一半",
    "我自己改了工艺，废品率从3%降到0.5%",
    "工艺科改的工艺是我提的方案",
    "干了十年没出过一次事故",
    "设备恢复正常运行，停机少了一半",
])
def test_an_own_deed_is_no_non_merit_shape(text):
    assert non_merit(text) is None


def test_trainees_through_ones_hands_is_training():
    assert "training" in lexicon_hits("厂里新进的焊工基本都过我手")
