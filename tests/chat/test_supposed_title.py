""""浙派工匠评上了，证书是省里发还是市里发" supposes the title; it holds none (an alternative question asks, so the
title before 评上了 is no fact), and the answer is the notice's, not a check of a holder."""

from __future__ import annotations

from tests.chat_support import talk


def test_a_supposed_title_is_not_held(deps):
    session, answers = talk(deps, "浙派工匠评上了，证书是省里发还是市里发")
    assert not session.profile.get("prior_titles")
    assert not answers[-1].verdicts
    assert any(c.clause_id.startswith("zj_craftsman_2023#五") for c in answers[-1].citations)
