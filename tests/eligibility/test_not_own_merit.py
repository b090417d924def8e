"""A complete profile whose every achievement is read as no qualifying deed of the applicant's own (another's honour,
a plan, a training attended, the duties of the post …) is said to be so, with the text quoted; the experts still decide
(issue 12: only an explicit absence is a no). Records like but not the one named (a nomination for an
honour, a district's allowance, a company's certification) are doubtful, not met (docs/verdict-policy.md)."""

from __future__ import annotations

import pytest
from eligibility_support import reason, run

NOTHING_ELSE = {"awards": [], "competition_results": []}


@pytest.mark.parametrize(("program", "said"), [
    ("hz_craftsman_2016", "师傅教了我一手绝活，我到现在还在学"),
    ("hz_craftsman_2016", "打算下半年把变速箱拆装的经验总结成一套操作法"),
    ("hz_digital_craftsman_2026", "组长牵头做了一个运维智能体，我平时就是用它查告警"),
    ("zj_craftsman_2023", "去过市里组织的技术革新成果展，还听了两场讲座"),
    ("hz_digital_craftsman_2023", "报了一个网关远程升级方法的发明专利，还在实审"),
])
def test_only_non_merit_is_said_and_left_to_the_review(program, said):
    v = run(program, {"achievements": [said], "trained_apprentices": "无", **NOTHING_ELSE})
    assert v.verdict == "needs_review", [(r.rule, r.ok, r.message) for r in v.reasons if r.kind == "alternative"]
    alts = [r for r in v.reasons if r.kind == "alternative" and r.ok is None]
    assert any("不是本人做成的业绩" in r.message for r in alts)


@pytest.mark.parametrize(("program", "said"), [
    ("hz_craftsman_2016", "自己改了一个发动机吊装工装，拆装时间从两小时缩短到四十分钟"),
    ("zj_craftsman_2023", "参加技术攻关小组，主要是我解决了主轴振动问题"),
    ("hz_digital_craftsman_2026", "重写了公司的推荐引擎，点击率提升20%"),
])
def test_a_deed_or_an_unmatched_text_stays_with_the_experts(program, said):
    v = run(program, {"achievements": ["明年打算总结一套操作法", said], "trained_apprentices": "无", **NOTHING_ELSE})
    assert v.verdict == "needs_review"


@pytest.mark.parametrize("kind", ["全国技术能手提名奖", "杭州市萧山区人民政府特殊津贴"])
def test_an_honour_like_but_not_the_one_named_is_doubtful(kind):
    v = run("hz_chief_technician_2021", {"awards": [{"level": "national", "kind": kind, "year": 2018}],
                                         "competition_results": []})
    assert reason(v, "alt_honours_competitions").ok is None


def test_the_named_honour_and_the_citys_allowance_still_count():
    for kind in ("全国技术能手", "杭州市人民政府特殊津贴"):
        v = run("hz_chief_technician_2021", {"awards": [{"level": "municipal", "kind": kind, "year": 2018}],
                                             "competition_results": []})
        assert reason(v, "alt_honours_competitions").ok is True, kind


@pytest.mark.parametrize(("program", "said", "ok"), [
    ("hz_digital_craftsman_2026", "二三年考了华为的HCIE数据通信认证", None),
    ("hz_digital_craftsman_2026", "持有大数据工程技术人员高级技师职业技能等级证书", None),
    ("hz_digital_craftsman_2023", "证书就一个思科的CCIE", False),
    ("hz_digital_craftsman_2023", "持有国家职业技能等级证书（一级/高级技师）", True),
])
def test_a_certificate_against_the_one_the_notice_names(program, said, ok):
    v = run(program, {"achievements": [said], **NOTHING_ELSE})
    assert reason(v, "alt_certificate").ok is ok, reason(v, "alt_certificate").message
