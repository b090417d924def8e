"""A comparison about a prize or contest place the asker holds ("我拿过市级科技进步奖，首届和第四届还算不算") quotes, on
each side, the rule row that reads that result as the checker places it, not the best-retrieved sentence holding
some value. Phrasings here are not the eval rows (qa-664, qa-672).

Run with:  .venv/bin/python -m pytest -q tests/chat/test_compare_held_result.py
"""

from __future__ import annotations

import pytest

from tests.chat_support import ask_cited


def test_a_result_the_asker_holds_is_placed_on_each_side(deps):
    answer, cited = ask_cited(deps, "本人拿过市级科技进步奖，首届数字工匠和第四届数字工匠能不能都用上")
    assert "hz_digital_craftsman_2023#附件1/二/(三)" in cited and "hz_digital_craftsman_2026#二/(三)" in cited
    assert "市、省、国家级科学技术类奖项" in answer.text and "省级及以上科学技术类奖项" in answer.text
    first = answer.text.splitlines()
    assert any(line.startswith("· 【第四届杭州数字工匠】用不上") for line in first)


def test_a_contest_place_picks_the_row_of_its_level(deps):
    answer, cited = ask_cited(deps, "我在市级职业技能大赛拿过第1名，杭州工匠跟首席技师两边认不认")
    assert "hz_craftsman_2016#三/(二)/5" in cited and "hz_chief_technician_2021#二/(一)" in cited


@pytest.mark.parametrize("question", [
    "老的数字工匠和新的数字工匠，在杭全职年限有啥不一样",
    "上一届数字工匠跟这一届比，在杭全职年限变了没",
])
def test_editions_named_by_when_they_were_are_both_sides(deps, question):
    _, cited = ask_cited(deps, question)
    assert {c.split("#")[0] for c in cited} == {"hz_digital_craftsman_2026", "hz_digital_craftsman_2023"}


def test_words_of_when_on_other_things_name_no_edition():
    from assistant.chat.routing import route

    assert "compare" not in route("我以前的单位和现在的单位都在杭州，能报数字工匠吗").intents


def test_who_acts_on_each_side_without_a_word_of_difference(deps):
    _, cited = ask_cited(deps, "第四届数字工匠和首届数字工匠，谁来审定名单")
    assert "hz_digital_craftsman_2023#附件1/三/(三)/2" in cited and "hz_digital_craftsman_2026#三/(二)/1/(3)" in cited



@pytest.mark.parametrize("text, programs", [
    ("22年那届数字工匠和26年的，在杭年限一样吗", {"hz_digital_craftsman_2023", "hz_digital_craftsman_2026"}),
    ("23年的数字工匠名额是多少", {"hz_digital_craftsman_2023"}),
])
def test_a_round_named_by_a_two_digit_year_is_that_edition(text, programs):
    from assistant.chat.routing import route

    assert set(route(text).programs) == programs


def test_a_span_of_years_in_two_digits_names_no_round():
    from assistant.chat.routing import route

    assert route("我干了23年，数字工匠能报吗").programs == ("hz_digital_craftsman_2026",)


def test_a_premise_said_of_every_side_is_corrected_for_the_side_it_is_false_of(corpus):
    from assistant.chat.answer import Citation
    from assistant.chat.comparison.compare import compared_premise

    quoted = [Citation("hz_digital_craftsman_2026#二", "在杭全职工作1年以上"),
              Citation("hz_digital_craftsman_2023#附件1/二", "在杭全职工作2年以上")]
    lead = compared_premise(corpus, "老的新的数字工匠，在杭州全职是不是都只要满一年", quoted) or ""
    assert lead.startswith("不对") and "首届杭州数字工匠" in lead and "第四届杭州数字工匠" not in lead
    assert compared_premise(corpus, "两届数字工匠在杭全职都要满两年对吧", quoted[1:]) is None  # agrees
    assert compared_premise(corpus, "两届数字工匠在杭全职分别要几年", quoted) is None  # asserts nothing


def test_a_title_held_and_the_editions_asked_alike_compares_both_sides(deps):
    # the asker holds the older edition's title, but asks whether the two editions rule the same: both rules, side by side
    answer, cited = ask_cited(deps, "我爱人首届就评上杭州数字工匠了，这次第四届单位又来问。首届那次对有了称号的人怎么规定的？两届一样不")
    assert any(c.startswith("hz_digital_craftsman_2023#") for c in cited)
    assert any(c.startswith("hz_digital_craftsman_2026#二") for c in cited)
