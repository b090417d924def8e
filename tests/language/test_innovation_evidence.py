"""技术革新 precision (issue 13, Deliver 3): the team's deed with the speaker's own part, routine improvements said
with innovation words, and 算法 read as a 操作法."""

from __future__ import annotations

import pytest

from assistant.language import achievement_kinds
from assistant.language.lexicon import lexicon_hits, unshown


@pytest.mark.parametrize("text", [
    "我们团队攻克了一个芯片散热难题，我参与了测试",
    "项目组打造了一个排产智能体，我参与了数据整理",
    "我们小组突破了一项卡脖子技术，我参与了其中的验证工作",
    "课题组研发了新型焊接工艺，我在里面做实验记录",
])
def test_the_teams_deed_with_the_speakers_own_part_is_not_the_speakers(text):
    assert achievement_kinds(text, use_model=False) == {}


@pytest.mark.parametrize("text, kind", [
    ("我们团队攻克了芯片散热难题，我是主要完成人", "innovation"),
    ("我带领团队攻克了芯片散热难题，我负责其中的热仿真", "innovation"),
    ("我参与制定了两项行业标准", "standards"),
    ("小组我牵头，打造了一个排产智能体", "ai_agent"),
])
def test_the_speakers_own_lead_still_counts(text, kind):
    assert kind in achievement_kinds(text, use_model=False)


@pytest.mark.parametrize("text", ["优化了班组的交接班流程", "改进了排班方式，大家都说好", "改进了一下自己的工具箱摆放，找工具快多了",
                                  "平时会改改PPT模板，让汇报好看一点"])
def test_a_routine_improvement_shows_no_innovation(text):
    assert "innovation" in unshown(text)


@pytest.mark.parametrize("text", ["自己改装了灌装机的计量泵，每瓶误差降到一克以内", "我重写了分拣线的控制程序",
                                  "自己设计了一副快换夹具，换型时间缩到十分钟", "想了个办法把废料回收再利用，一年省了几十万"])
def test_a_technical_object_or_result_shows_it(text):
    assert "innovation" not in unshown(text)


def test_an_algorithm_is_not_an_operating_method():
    assert "method" not in lexicon_hits("自己琢磨改了AGV小车的路径算法")
    assert "method" in lexicon_hits("自己琢磨出一套快速对刀法")
