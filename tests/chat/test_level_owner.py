"""A choice between levels of government said with a bare verb ("省里评还是市里评", "市里定还是区里定") is read in the
notices' verbs (组织评审, 审定), and one naming no programme is answered about the one notice where bodies of those
levels act (浙派工匠: the only one with a provincial body), with a note saying why.

Run with:  .venv/bin/python -m pytest -q tests/chat/test_level_owner.py
"""

from __future__ import annotations

import pytest

from assistant.chat.rules.choice import level_choice_restated, level_owner
from tests.chat_support import ask_cited


@pytest.mark.parametrize("said, restated", [
    ("到底是省里评还是市里评的", "到底是省里组织评审还是市里组织评审的"),
    ("名单是市里定还是区里定", "名单是市里审定还是区里审定"),
    ("线上报还是线下报", "线上报还是线下报"),  # no level: unchanged
    ("我在省里评过技师，市里评的呢", "我在省里评过技师，市里评的呢"),  # no choice: unchanged
])
def test_a_bare_verb_of_a_level_choice_is_said_as_the_notices_say_it(said, restated):
    assert level_choice_restated(said) == restated


def test_a_level_choice_naming_no_programme_belongs_to_the_notice_where_both_levels_act(corpus):
    owned = level_owner(corpus, "这个到底是省里组织评审还是市里组织评审")
    assert owned is not None and owned[0] == "zj_craftsman_2023"


def test_the_owned_level_choice_is_answered_from_that_notice(deps):
    answer, cited = ask_cited(deps, "这个荣誉到底是省里评还是市里评")
    assert answer.text.startswith("（您没有说明是哪个项目；这五份通知里只有突出贡献浙派工匠")
    assert all(c.startswith("zj_craftsman_2023#") for c in cited)  # (the keyword retriever may find none)
