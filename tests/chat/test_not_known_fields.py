"""reply_topic.not_known_fields: the one reading of which facts a message says the asker does not know, used by
the dialogue for any message and by unknown_answers for the reply to the question pending."""

from __future__ import annotations

import pytest

from assistant.chat.case.reply_topic import not_known_fields


@pytest.mark.parametrize(("text", "field"), [("工会会员不太清楚，要问问厂里", "union_member"),
                                             ("会费交没交我也不清楚", "union_member"),
                                             ("是不是返聘我说不清", "rehired")])
def test_a_fact_not_known(text, field):
    assert field in not_known_fields(text)


@pytest.mark.parametrize("text", ["是工会会员", "不清楚什么叫会员？"])
def test_no_fact_said_not_known(text):
    assert "union_member" not in not_known_fields(text)
