"""deny20: a denial naming some kinds keeps its reach when something else is said beside it. "革新没搞过" beside
"证书就一个高级工证" says nothing of 浙派's other rows, which stay for the review; a denial naming this row's kind still
stands beside a clause that tells no deed."""

from __future__ import annotations

from eligibility_support import run

ZJ, D26 = "zj_craftsman_2023", "hz_digital_craftsman_2026"


def _row(verdict, rule):
    return next(r for r in verdict.reasons if r.rule == rule)


def test_a_named_denial_beside_a_record_leaves_the_rows_not_named_open():
    v = run(ZJ, {"achievements": ["革新没搞过", "证书就一个高级工证"]})
    assert v.verdict == "needs_review"
    assert _row(v, "alt_innovation").ok is False
    assert all(_row(v, r).ok is None for r in ("alt_training", "alt_method", "alt_transfer", "alt_digital"))


def test_a_named_denial_of_this_rows_kind_still_stands_beside_a_record():
    v = run(D26, {"achievements": ["标准制定、技术革新这些都没有", "证书就一个中级职称"], "awards": [],
                  "competition_results": []})
    assert v.verdict == "not_eligible"



def test_the_row_not_named_is_denied_when_its_kind_is_given_away():
    """pf-166's shape: the other kinds denied by name, the digital one told as the head office's, used only."""
    v = run(ZJ, {"achievements": ["徒弟一个也没带过", "技术革新、技术改造谈不上", "没有自己总结过什么操作方法",
                                  "科技成果转化从未参与", "仓库的AGV和WMS是总部信息部上的，我只是使用"]})
    assert _row(v, "alt_digital").ok is False and v.verdict == "not_eligible"


def test_an_own_deed_beside_a_named_denial_is_for_the_review():
    """pf-386's shape: a standard denied by name beside a project the asker led, which an award named."""
    v = run("hz_digital_craftsman_2023", {"achievements": [
        "牵头做的“注塑车间能耗在线监测与调度”项目拿了二二年杭州市职工优秀技术创新成果一等奖，这个奖是市总工会评的，不是科技局那个",
        "没有参与过标准制定"], "awards": [{"level": "municipal", "kind": "杭州市职工优秀技术创新成果一等奖", "year": 2022}]})
    assert _row(v, "alt_innovation").ok is None
