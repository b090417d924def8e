"""What a text's context takes from a clause (``data/context.json``): the organisation's holdings are not the
applicant's achievements unless the applicant names a part of their own, and a clause whose thing is said to be still
not approved, begun or done is a plan. Phrasings not in any eval row, table or probe; the words-only matcher."""

from __future__ import annotations

import pytest

from tests.language_support import kinds


@pytest.mark.parametrize("text", [
    "我们单位是省级专精特新企业，拥有三十多项发明专利",
    "厂里获得过市级技术创新奖",
    "公司有一个省级企业技术中心，还有两项行业标准",
])
def test_what_the_organisation_holds_is_not_the_applicants(text):
    assert not kinds(text)


@pytest.mark.parametrize(("text", "kind"), [
    ("厂里获得过省科技进步奖二等奖，我是第三完成人", "certificate"),
    ("公司的两项行业标准都是我主笔起草的", "standards"),
])
def test_the_applicants_own_part_in_the_organisations_holdings_counts(text, kind):
    assert kind in kinds(text)


@pytest.mark.parametrize("text", [
    "想把仓库的老叉车改成无人搬运，方案还没批下来",
    "准备搭一个设备巡检智能体，项目还没立项",
    "车间的数字化改造方案写好了，一直没有开始",
])
def test_a_thing_still_pending_is_a_plan(text):
    assert not kinds(text)


def test_a_deed_done_before_an_unrelated_not_yet_still_counts():
    assert "training" in kinds("带了五个徒弟，还没评上高级技师")


@pytest.mark.parametrize("text", ["车间搞智能化改造那阵子我帮忙搬过设备", "攻关小组里我主要负责后勤和会务"])
def test_a_scene_with_only_chores_for_the_speaker_is_no_deed(text):
    assert not kinds(text)


@pytest.mark.parametrize(("text", "kind"), [("标准工作组里我负责起草两项团体标准", "standards"),
                                            ("数字化车间里我带出了四个能独立编程的徒弟", "training")])
def test_a_scene_with_work_of_the_speakers_own_keeps_it(text, kind):
    assert kind in kinds(text)
