"""A question about applying after a title held is a rule question about the asked programme, whatever verb of
winning or asking it uses ("拿到了", "评上了"; "还让报不", "还能把他报上去", "有机会再去申报"), and whichever comes
first, the title or the verb; not a comparison of two programmes and not a check of the asker. Where the asked title
has no notice here, the held title's notice's sentence putting its holders forward answers (chat/combining)."""

from __future__ import annotations

import pytest

from assistant.chat.case.state import Session
from assistant.chat.rules.combining import held_title_span
from assistant.chat.turn import respond


@pytest.mark.parametrize(("question", "asked"), [
    ("我早就拿到了杭州工匠称号，第四届数字工匠还准报不", "hz_digital_craftsman_2026"),
    ("厂里老李已经是浙江工匠了，首届数字工匠还能把他推上去吗", "hz_digital_craftsman_2023"),
    ("被评为杭州数字工匠的人，第四届有机会再申报吗", "hz_digital_craftsman_2026"),
    ("浙派工匠评上了，还能再去报杭州市首席技师吗", "hz_chief_technician_2021"),
])
def test_the_programme_asked_after_the_title(question, asked):
    found = held_title_span(question)
    assert found is not None and asked in found[1], found


def test_a_held_title_is_not_a_check_of_the_asker(deps):
    """Said of no one in particular; "我…评上了…还能报吗" tells the asker's case and is checked (eval el-g002)."""
    answer = respond(Session(), "要是已经是首席技师了，杭州工匠还可以申报不", deps)
    assert answer.verdicts is None, answer.text
    assert answer.text.startswith("首届杭州工匠的通知没有写明"), answer.text
    assert answer.citations == (), answer.text


def test_a_title_with_no_notice_here_is_answered_by_the_held_one(deps):
    answer = respond(Session(), "拿了第四届数字工匠以后，还有机会去评浙江工匠吗", deps)
    assert [c.clause_id for c in answer.citations] == ["hz_digital_craftsman_2026#四"], answer.text
    assert "择优推荐" in answer.text and "不再重复推荐" not in answer.text, answer.text


def test_the_held_notice_s_onward_sentence_follows_the_asked_one_s_silence(deps):
    answer = respond(Session(), "首届数字工匠拿到了，后面还能去报杭州工匠吗", deps)
    assert answer.text.startswith("首届杭州工匠的通知没有写明"), answer.text
    assert any(c.clause_id == "hz_digital_craftsman_2023#附件1/四" for c in answer.citations), answer.text
