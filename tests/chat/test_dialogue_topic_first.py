"""Denials said topic first settle the field they name (issue #13, Deliver 1): "奖项啊，真没拿过" to the awards
question, "工会那块，我到现在都还没加入过" for the union (a hard rule of 首届杭州工匠), "称号这个，一样都没评过".
Apprentices who never competed leave 首席技师 二/(四) unmet, not open, and their record is no achievement of
another kind."""

from __future__ import annotations

import dataclasses

from assistant.chat.case.pending_answers import apprentices_told
from tests.chat_support import talk as _talk

CHIEF = "2021年首席技师我想问问，我在西湖区一家印染厂做染色工，高级技师，一直在车间"


def _verdict(answer, program):
    return next(v.verdict for v in answer.verdicts if v.program == program)


def test_topic_first_denials_settle_the_lists_asked(deps):
    session, answers = _talk(deps, CHIEF, "称号这个，一样都没评过", "奖项啊，真没拿过", "技改这块，也没做过；绝活更谈不上")
    assert session.profile["prior_titles"] == []
    assert session.profile["awards"] == []
    assert _no_deed(session.profile["achievements"])
    # 技改 and 绝活 are denied by name, 带徒 is not: it stays for the review (docs/verdict-policy.md, 明说没有)
    assert _verdict(answers[-1], "hz_chief_technician_2021") == "needs_review"


def test_union_denied_topic_first_fails_the_2016_union_rule(deps):
    session, answers = _talk(deps, "首届杭州工匠那次我能报吗，我在淳安做根雕二十八年，1970年生，中国人，一直在一线",
                             "工会那块，我到现在都还没加入过")
    assert session.profile["union_member"] is False
    assert _verdict(answers[-1], "hz_craftsman_2016") == "not_eligible"


def test_a_bare_yes_before_a_denial_stays_a_yes(deps):
    session, _ = _talk(deps, "第四届数字工匠，我在萧山做工业视觉算法，六年了，杭州全职", "会员，没评过什么")
    assert session.profile["union_member"] is True
    assert session.profile["prior_titles"] == []


def test_apprentices_who_never_competed_leave_the_trainee_condition_unmet(deps):
    session, answers = _talk(deps, "首席技师21年的，我在滨江做数控铣，技师，一线",
                             "浙江省首席技师没评上过，奖也没有，比赛没参加，绝活革新都没有",
                             "带了好几个徒弟，现在都是班组长了，就是没一个拿过名次")
    assert "没一个拿过名次" in session.profile["trained_apprentices"]
    assert not [a for a in session.profile.get("achievements") or [] if "徒弟" not in a and not _no_deed([a])]
    v = next(v for v in answers[-1].verdicts if v.program == "hz_chief_technician_2021")
    assert v.verdict == "not_eligible"
    assert next(r for r in v.reasons if r.rule == "alt_apprentices").ok is False


@dataclasses.dataclass
class _Extraction:
    profile: dict
    found: tuple


def test_the_apprentices_record_carries_the_clauses_about_them():
    text = "徒弟倒是带了两个，不过他们一场比赛都没参加过。我自己拿过市里的奖"
    said = _Extraction({"trained_apprentices": "徒弟倒是带了两个", "achievements": ["徒弟倒是带了两个"],
                        "competition_results": []}, ("trained_apprentices", "achievements", "competition_results"))
    got = apprentices_told(text, said, held=[])
    assert got.profile["trained_apprentices"] == "徒弟倒是带了两个，不过他们一场比赛都没参加过"
    assert got.profile["achievements"] == []  # the record is the apprentices', no other achievement
    assert "competition_results" not in got.profile  # the contests denied are theirs
    # with no achievements said none before, the record answers the achievements question as it is
    assert apprentices_told(text, said).profile["achievements"] == ["徒弟倒是带了两个"]


LATHE = "首席技师能报吗，我在余杭机械厂做数控车工一线12年，高级技师"


def test_a_denial_of_the_other_honours_list_answers_the_one_asked(deps):
    session, _ = _talk(deps, "我在滨江做大数据开发8年了，工会会员，第四届数字工匠能报吗", "奖没拿过")
    assert session.pending is None or session.pending.field != "prior_titles"
    assert session.profile["prior_titles"] == [] and session.profile["awards"] == []


def test_rongyu_names_both_honour_lists(deps):
    session, _ = _talk(deps, LATHE, "荣誉嘛，没有")
    assert session.profile["prior_titles"] == [] and session.profile["awards"] == []


def test_a_title_named_beside_the_denial_is_held(deps):
    session, answers = _talk(deps, LATHE, "奖没拿过，浙江省首席技师倒是评上了")
    assert session.profile["prior_titles"] == ["浙江省首席技师"]
    assert answers[-1].verdicts[0].verdict == "not_eligible"


def _no_deed(achievements) -> bool:
    """The achievements say no deed: none kept, or only denials kept as said (a denial naming kinds closes those
    kinds only, docs/verdict-policy.md, so it is kept as the asker said it)."""
    from assistant.language import says_no_achievement

    return not achievements or all(says_no_achievement(a) for a in achievements)
