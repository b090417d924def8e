"""A title said as never held is heard the same way by the programme naming (notices.names sets it aside) and by
the extractor (prior_titles = []): both read one table of deniers and verbs (notices.names.DENIERS,
DENIED_VERBS). Before, the naming lacked 从未/未被 and the extractor lacked 评到/拿到/当过, so "杭州工匠从未获得" still
named 杭州工匠 while the extractor heard the denial."""

from __future__ import annotations

import re

import pytest

from assistant.extract import competitions, honours
from assistant.extract.patterns import NO_TITLES, WON
from assistant.notices.names import DENIED_VERBS, DENIERS, name_programs


@pytest.mark.parametrize("denier", DENIERS)
def test_every_denier_sets_a_title_aside(denier):
    programs, _ = name_programs(f"杭州工匠{denier}获得过，首席技师能报吗")
    assert programs == ("hz_chief_technician_2021",)


@pytest.mark.parametrize("verb", DENIED_VERBS)
def test_every_verb_is_heard_by_both(verb):
    assert NO_TITLES.search(f"我没{verb}任何称号")
    programs, _ = name_programs(f"杭州工匠我都没{verb}，首席技师能报吗")
    assert programs == ("hz_chief_technician_2021",)


def test_one_verb_of_winning():
    """The honours reader's "a clause about winning" and the competitions reader's "the name starts after the verb"
    are one table (patterns.WON)."""
    for verb in WON.split("|"):
        assert honours._WON.fullmatch(verb)
        assert competitions._WON.fullmatch(verb + "了")
    assert not re.fullmatch(WON, "参加")  # taking part is no win: only the name-stripping adds it
