"""An ask about money the asked notice does not answer (a monthly allowance, the account paid into) says so first,
then shows the sum the same notice does award, labelled and uncited.

"评上浙派工匠有没有什么补贴 每个月给多少" was told only that the notice is silent, though it awards 每人奖励 1万元:
the asker's real question (is there money?) went unanswered. A notice awarding no sum keeps the other programme's
参考 (第四届 has none of its own).
"""

from __future__ import annotations

import pytest

from tests.chat_support import ask_cited


@pytest.mark.parametrize(("text", "amount"), [
    ("评上浙派工匠有没有什么补贴 每个月给多少", "1万元"),
    ("杭州工匠的奖金是打到个人账户还是单位", "20000元"),
])
def test_silent_money_ask_shows_the_same_notices_sum(deps, text, amount):
    answer, ids = ask_cited(deps, text)
    first, *rest = answer.text.splitlines()
    assert "没有写明" in first
    reference = next(line for line in rest if line.startswith("参考（同一通知"))
    assert amount in reference and "七、" not in reference
    assert not ids  # the sum is not what was asked: shown, not cited


def test_a_notice_with_no_sum_keeps_another_programmes_reference(deps):
    answer, _ = ask_cited(deps, "评上杭州数字工匠能拿多少奖金？")
    assert "同一通知" not in answer.text and "不适用于第四届杭州数字工匠" in answer.text
