"""Two readings of a rule set against each other, or a way of counting asked, is a question about the rule however
much of the asker's own case comes with it: answered from the notice (here, silent on it), not checked."""

from __future__ import annotations

import pytest

from assistant.chat.case.switches import asks_rule
from tests.chat_support import ask_cited


@pytest.mark.parametrize(("text", "rule"), [
    ("前后两段加起来有十年，中间断开的能不能累计算？还是一定要连续干满十年", True),
    ("我们厂是市级的，优先推荐里有没有市级的？还是只认省里的", True),
    ("浙派评的是各行各业还是主要评工厂里的技术工人", True),
    ("我在萧山干了十二年焊工，杭州工匠能报吗", False),
    ("我是做数控的，首席技师还是杭州工匠，哪个好报", False),
])
def test_readings_set_against_each_other_ask_the_rule(text, rule):
    assert asks_rule(text) is rule


def test_a_case_told_around_a_reading_is_answered_from_the_notice(deps):
    answer, _ = ask_cited(deps, "我是做模具钳工的，零八年就在下沙这边干了，中间被派到宁波分厂待了三年多，前年又调回杭州。"
                                "杭州工匠那个在杭不少于10年，我前后两段加起来够十年，中间断开的能不能累计算？还是一定要连续干满十年")
    assert not answer.verdicts
    assert answer.text.startswith("首届杭州工匠的通知没有写明")
