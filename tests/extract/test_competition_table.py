"""The extractor reads competition words from the language layer's one table (data/lexicon.json ``competition``),
as the checker and the drafter do, never from its own spelling of them (review finding, issue #13)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from tests.extract_support import check

ROOT = Path(__file__).resolve().parents[2]
READERS = ("assistant/extract/patterns.py", "assistant/extract/work.py", "assistant/extract/absences.py",
           "assistant/extract/occupation.py", "assistant/extract/skill_dates.py", "assistant/extract/honours.py",
           "assistant/extract/people.py", "assistant/chat/case/competition_patch.py")


@pytest.mark.parametrize("path", READERS)
def test_no_reader_spells_the_competition_words(path):
    code = "\n".join(line.split("#")[0] for line in (ROOT / path).read_text(encoding="utf-8").splitlines())
    assert not re.search(r"比赛\|竞赛|竞赛\|大赛|大赛\|比赛|比赛\|", code)


@pytest.mark.parametrize("text, expected", [
    ("技能比武从来没参加过", {"competition_results": []}),  # a word of the table the inline lists had left out
    ("去年省里的电工比武拿了团体第一", {"competition_results": [
        {"level": "provincial", "tier": None, "rank": 1, "year": 2025, "type": "team", "field": "省里的电工比武"}]}),
    ("2023年杭州市焊工技能大赛个人第二名", {"competition_results": [  # as before the table
        {"level": "municipal", "tier": None, "rank": 2, "year": 2023, "type": "individual", "field": "杭州市焊工技能大赛"}]}),
])
def test_competition_words_come_from_the_table(text, expected):
    check(text, expected)
