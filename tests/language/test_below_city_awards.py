"""An honour or award named with a body below the city (``honour.below_city`` in data/lexicon.json) is a record: the
kind's words inside its name name the award, not a deed (as 国家技术发明奖 holds 发明), unless the speaker's lead is
told beside it; and the remarks told after a placing (the margin in idioms, the speaker's appraisal, what the
employer gave for it) are the placing's story (``honour.story``)."""

import pytest

from assistant.language.lexicon import (
    below_city_awards,
    honour_named,
    lexicon_hits,
    names_trainee,
    place_remark,
    placing_story,
)


@pytest.mark.parametrize("clause", [
    "一七年车间里评了个技术革新奖", "拿过集团的科技创新二等奖", "萧山区科技进步奖三等奖拿过一回", "单位里评的操作能手",
])
def test_an_award_below_the_city_is_a_record(clause):
    assert below_city_awards(clause) and honour_named(clause)
    assert not {"innovation", "certificate", "method"} & set(lexicon_hits(clause))


@pytest.mark.parametrize("clause", ["公司拿了浙江省科技进步奖", "项目拿了杭州市科学技术进步奖三等奖"])
def test_a_higher_body_named_in_between_is_not_below_the_city(clause):
    assert not below_city_awards(clause)


def test_a_lead_told_beside_the_award_keeps_the_kind():
    assert "innovation" in lexicon_hits("我主导的工装改造获得了公司技术革新一等奖")


@pytest.mark.parametrize("clause", ["就差了那么一口气", "功亏一篑", "这是我这辈子最好的成绩", "现在想想蛮不甘心的",
                                    "厂长当场给了两千块", "工会还通报表扬了"])
def test_remarks_on_a_placing(clause):
    assert placing_story(clause)


@pytest.mark.parametrize(("text", "told"), [("带的徒弟拿了省赛第二", True), ("选手进了前五", True),
                                            ("小刘去年拿了市赛第一", True), ("我个人拿了省赛第四名", False)])
def test_who_a_training_is_told_through(text, told):
    assert names_trainee(text) is told


@pytest.mark.parametrize("clause", ["按总成绩算我排第五", "看分数我是第三"])
def test_a_place_by_a_measure_is_a_remark(clause):
    assert place_remark(clause)


@pytest.mark.parametrize("clause", ["不过银奖评了八个", "可二等奖共有十几个"])
def test_the_size_of_a_band_is_the_placings_story(clause):
    assert placing_story(clause)


def test_an_award_said_of_a_deed_told_before_keeps_the_kind():
    assert "innovation" in lexicon_hits("这套工装后来还拿了车间的技术革新奖")
