"""A "no" to the achievements stands beside a later clause the matcher reads as no deed of the asker's: a duty of
the post, another person's deed, a near miss of a kind (working to a standard, learning a method); a clause that
could be a deed of any kind still reopens it for the experts. And a denial whose quantifier carries a counter
(这些我一样也没有) denies the list said before it."""

from __future__ import annotations

import pytest
from eligibility_support import run

NO = "绝活没有，革新也没有，比赛没参加过，也不是啥传统手艺"


@pytest.mark.parametrize("later", ["日常就是做设备点检和保养", "平时就是按国家标准干活",
                                   "按照师傅总结的操作法干活"])
def test_a_no_deed_leaves_the_no_standing(later):
    v = run("hz_craftsman_2016", {"achievements": [NO, later]})
    alts = [r for r in v.reasons if r.kind == "alternative"]
    assert all(r.ok is False for r in alts if r.rule != "alt_top_competition" and r.rule != "alt_city_competition"), \
        [(r.rule, r.ok, r.message) for r in alts]
    assert not any("另说的业绩读作“”" in r.message for r in alts)


@pytest.mark.parametrize("later", ["重写了车间的排产程序，效率提了两成", "琢磨出一种新的打磨手法"])
def test_a_possible_deed_still_reopens_it(later):
    v = run("hz_craftsman_2016", {"achievements": [NO, later]})
    assert any(r.kind == "alternative" and r.ok is None for r in v.reasons)


@pytest.mark.parametrize("said", ["绝招、革新、带徒出成绩，这些我一样也没有", "发明、改造、带徒，这几样我一个都没"])
def test_a_counted_anaphoric_no_denies_the_list(said):
    v = run("hz_chief_technician_2021", {"achievements": [said], "trained_apprentices": "无",
                                         "awards": [], "competition_results": []})
    alts = [r for r in v.reasons if r.rule in ("alt_knack", "alt_innovation")]
    assert alts and all(r.ok is False for r in alts), [(r.rule, r.ok, r.message) for r in alts]


@pytest.mark.parametrize("said", ["绝活、革新、传统手艺统统没有", "绝活、革新、传统手艺也通通没有", "绝活、革新、传统手艺一律没有"])
def test_every_all_quantifier_denies_the_whole_list(said):
    v = run("hz_craftsman_2016", {"achievements": [said]})
    alts = [r for r in v.reasons if r.rule in ("alt_knack", "alt_craft", "alt_innovation")]
    assert len(alts) == 3 and all(r.ok is False for r in alts), [(r.rule, r.ok, r.message) for r in alts]
