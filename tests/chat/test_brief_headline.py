"""The line that leads an eligibility answer: what decides it. An open direct path is a possible stronger
yes (one line of its own under 符合, never the headline while anything else is open), and a failed
alternative decides nothing while another alternative is met or open."""

from __future__ import annotations

import pytest
from eligibility_support import TODAY, run

from assistant.chat.answer import Citations
from assistant.chat.brief import first_screen, verdict_text
from assistant.notices.tree import load_corpus

P = "hz_digital_craftsman_2026"


def test_the_answer_adds_the_one_line():
    v = run(P, {"competition_results": None})
    text = verdict_text(load_corpus(), Citations(), [v], [], [], TODAY)
    screen = first_screen(text)
    assert "可直接认定" in screen and "无法判断是否直接认定" not in screen


def _headline(v) -> str:
    return verdict_text(load_corpus(), Citations(), [v], [], [], TODAY).splitlines()[0]


def test_open_title_question_leads_not_the_open_direct_path():
    v = run(P, {"competition_results": None, "prior_titles": None})
    assert v.verdict == "needs_review"
    assert "荣誉称号" in _headline(v) and "直接认定" not in _headline(v)


@pytest.mark.parametrize("result", [
    {"level": "world", "rank": 3, "year": 2015, "field": "世界技能大赛"},  # 条件4 open (type), 条件5 failed
    {"level": "national", "rank": 2, "year": 2012, "field": "全国职业技能大赛"},
    {"level": "provincial", "rank": 1, "year": 2014, "field": "浙江省职业技能大赛"},
])
def test_a_failed_alternative_is_not_the_headline_while_another_is_open(result):
    v = run("hz_craftsman_2016", {"competition_results": [result], "achievements": None})
    assert v.verdict == "needs_review"
    assert "条件5" not in _headline(v) and "不能满足" not in _headline(v)
