"""A mention is quoted and left to the review, not read as matched (docs/verdict-policy.md, 提到不等于做成): the
alternative's reason names the clause and says it is not the speaker's deed."""

from __future__ import annotations

from eligibility_support import run


def _reason(verdict, rule):
    return next(r for r in verdict.reasons if r.rule == rule)


def test_a_mention_alone_is_quoted_as_no_deed():
    # the achievements are only the mention: said to be no deed of the speaker's, but with no absence said the
    # experts still decide (issue 12: only an explicit absence is a no)
    v = run("hz_digital_craftsman_2026", {"achievements": ["去年参加了集团组织的工业数据分类分级国家标准宣贯会"]})
    r = _reason(v, "alt_standards")
    assert r.ok is None and "宣贯会" in r.message and "不是本人做成的业绩" in r.message
    assert "对应“" not in r.message  # not reported as matched


def test_a_mention_beside_an_unmatched_deed_is_quoted_and_left_to_the_review():
    v = run("hz_digital_craftsman_2026", {"achievements": ["去年参加了集团组织的工业数据分类分级国家标准宣贯会",
                                                           "负责数据中台从零到一的搭建"]})
    r = _reason(v, "alt_standards")
    assert r.ok is None and v.verdict == "needs_review"
    assert "宣贯会" in r.message and "不是本人主持、制定或做成的业绩" in r.message


def test_an_own_act_beside_a_mention_is_matched():
    v = run("hz_digital_craftsman_2026", {"achievements": ["参加过标准化培训", "回来主持起草了一项数据接口团体标准"]})
    r = _reason(v, "alt_standards")
    assert r.ok is None and "不是本人" not in r.message and "主持起草" in r.message


def test_a_show_of_apprentices_seen_is_no_training_matched():
    # the words-only matcher read 带徒 here as training before mentions were told from acts
    v = run("hz_digital_craftsman_2023", {"achievements": ["前年去看了一次全省职工技能大赛的带徒成果展"],
                                          "trained_apprentices": None})
    r = _reason(v, "alt_training")
    assert r.ok is not True and "不是本人" in r.message and "对应“" not in r.message  # a show seen: no deed (merit17)
