"""After a check of the asker, "换成我徒弟呢 他是技师…" checks the apprentice, with the apprentice's facts (eval dlg-p004,
worded otherwise here)."""

from __future__ import annotations

from tests.chat_support import talk


def test_the_named_person_is_checked_with_their_facts(deps):
    session, answers = talk(deps, "浙派工匠 我是电工高级技师 在杭州一家电厂一线干了二十年 带了十几个徒弟",
                            "那我徒弟呢？他是电工技师，在厂里干了六年")
    last = answers[-1]
    assert session.profile.get("skill_level") == "技师", session.profile
    assert {v.program: v.verdict for v in last.verdicts} == {"zj_craftsman_2023": "not_eligible"}, last.text


def test_a_brother_in_law_is_he(deps):
    """姐夫/妹夫 are men: the answers say 他, not 她 (applicant trial, 2026-12-05)."""
    _, (answer,) = talk(deps, "我姐夫在富阳一家造纸厂修设备 电工 技师 干了快十五年了 浙派那个他行不行")
    assert "她" not in answer.text and "他的" in answer.text
