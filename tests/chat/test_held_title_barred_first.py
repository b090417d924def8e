"""A held title the asked notice bars is answered 不能 first, with the barring words, then the rule quoted.

"已经是杭州数字工匠了还能再报第四届吗" got only the quote "…的不再重复推荐": right, but the yes/no the asker wanted
was left for them to work out. A notice silent on the title still says so first (no 能 or 不能).
"""

from __future__ import annotations

import pytest

from tests.chat_support import ask_cited


@pytest.mark.parametrize(("text", "words", "clause"), [
    ("已经是杭州数字工匠了还能再报第四届吗", "不再重复推荐", "hz_digital_craftsman_2026#二"),
    ("评上杭州工匠了还能报第四届数字工匠吗？", "不再重复推荐", "hz_digital_craftsman_2026#二"),
    ("已经是浙江省首席技师了还能报杭州市首席技师吗", "不得申报", "hz_chief_technician_2021#一"),
])
def test_barred_title_leads_with_no(deps, text, words, clause):
    answer, ids = ask_cited(deps, text)
    first = answer.text.splitlines()[0]
    assert first.startswith("不能") and words in first, answer.text[:200]
    assert ids == [clause]


def test_a_title_the_notice_is_silent_on_gets_no_yes_or_no(deps):
    answer, _ = ask_cited(deps, "评上首届数字工匠了还能报浙派工匠吗")
    assert not answer.text.startswith(("不能", "能")) and "没有写明" in answer.text


@pytest.mark.parametrize("text", [
    # batch s dev (qa-780): the asker quotes the rule's titles; the title held is a district's, which no notice names
    "我前年评上了我们萧山区的“萧山工匠”，区总工会发的证书。第四届数字工匠说已经被认定为“杭州工匠”的不再重复推荐，"
    "我这个区里的称号算不算进去啊？会不会被卡掉，还是照样能报",
    "评上了余杭工匠，第四届数字工匠还能报吗",
])
def test_a_title_only_quoted_from_the_rule_is_not_the_one_held(deps, text):
    answer, ids = ask_cited(deps, text)
    assert not answer.text.startswith(("不能", "能")) and "没有写明" in answer.text.splitlines()[0], answer.text[:200]
    assert ids == [] and "89589640" in answer.text
