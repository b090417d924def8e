"""A verb's potential negative after 都/也 (说不上, 谈不上, 够不上, 沾不上) denies the spaced run of kind nouns before it,
as 都没有 does: "别的什么绝活 操作法 革新 都说不上" (dev pf-830) denies all three."""

from __future__ import annotations

import pytest

from assistant.language.clauses import clauses


@pytest.mark.parametrize("text", ["绝活 操作法 革新 都说不上", "别的什么绝活 操作法 革新 都说不上", "绝活 操作法 都谈不上",
                                  "带徒 革新 都沾不上边"])
def test_the_run_is_denied(text):
    assert all(c.negated for c in clauses(text))


@pytest.mark.parametrize("text", ["革新 都做到了", "徒弟 革新 都带过"])
def test_a_run_said_done_stays(text):
    assert not any(c.negated for c in clauses(text))
