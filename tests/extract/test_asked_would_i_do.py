"""alts24: a programme named before the asker asks whether they would do for it ("首席技师我行不行") is asked about,
not a level held; a title said held before the question stays held."""

import pytest

from assistant.extract import extract
from assistant.extract.asked import blank_asked
from tests.extract_support import TODAY


@pytest.mark.parametrize("text", ["首席技师我行不行", "数字工匠俺有戏吗", "杭州市首席技师我行吗"])
def test_the_programme_asked_with_would_i_do_is_blanked(text):
    assert "首席技师" not in blank_asked(text) and "工匠" not in blank_asked(text)


def test_the_asked_programme_is_no_level_held():
    profile = extract("我在余杭一家汽配厂干数控车工，高级技师。首席技师我行不行", TODAY).profile
    assert profile["skill_level"] == "高级技师"


def test_a_title_held_before_the_question_stays_held():
    profile = extract("我已经是首席技师了，浙派工匠我行不行", TODAY).profile
    assert profile["skill_level"] == "首席技师"
