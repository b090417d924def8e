"""To the post question, a reply that says the asker works with their own hands answers the front line
(extract.post_words.own_hands, read by chat.case.replies); a head's post beside it stays asked."""

from __future__ import annotations

import datetime as dt

import pytest

from assistant.chat.case.replies import read_reply
from assistant.extract.post_words import own_hands

TODAY = dt.date(2026, 11, 21)


@pytest.mark.parametrize("said", ["在车间 天天上手", "还在干 天天带着人上手", "我就是干活的", "不是管理 就是干活的",
                                  "活都是我自己干", "班组长 也上手"])
def test_own_hands_is_the_front_line(said):
    assert read_reply("role_type", said, TODAY) == {"role_type": "frontline_technical"}


@pytest.mark.parametrize(("said", "read"), [
    ("现在不上手了 主要管排班", {}),  # the hands denied
    ("当了车间主任 不怎么干活了", {"role_type": "management"}),
    ("技术副总 也上手", {}),  # a head with hands on the work: asked
])
def test_hands_denied_or_beside_a_head(said, read):
    assert read_reply("role_type", said, TODAY) == read


def test_hands_words_are_read_only_affirmed():
    assert own_hands("天天上手") and not own_hands("不上手了") and not own_hands("")
