""""那我还差什么" after a verdict asks the check again (what it still lacks, what is unmet), not the notices: it had
been answered with the notice's letterhead ("前言：杭州市人力资源和社会保障局文件") or its prize sentence. The papers
to hand in ("还要准备啥材料") stay a question about the rules."""

from __future__ import annotations

import pytest

from tests.chat_support import talk

FIRST = "我在萧山做焊工十二年了，高级技师，首席技师能报吗"


@pytest.mark.parametrize("ask", ["那我还差什么", "还缺啥条件", "还需要补充什么", "哪条不够啊", "卡在哪了"])
def test_what_is_left_is_the_check_again(deps, ask):
    _, answers = talk(deps, FIRST, ask)
    assert "eligibility" in answers[-1].intents
    assert answers[-1].verdicts and answers[-1].verdicts[0].program == "hz_chief_technician_2021"


def test_the_papers_to_hand_in_are_a_rule_question(deps):
    _, answers = talk(deps, FIRST, "还要准备啥材料")
    assert "eligibility" not in answers[-1].intents
    assert not answers[-1].verdicts or answers[-1].standing  # no new check: the earlier verdicts stand
