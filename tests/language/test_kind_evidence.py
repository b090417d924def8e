"""A claim of 绝活 must show a feat (issue #12, ``kind_evidence`` in ``data/lexicon.json``): a comparison with others,
a precision or measure, or a judgement by the senses. A skill merely held looks like one to the model but shows
none, so the model's kind is ruled out of it. Phrasings not in any eval row, table or probe."""

from __future__ import annotations

import pytest

from assistant.language import classify
from assistant.language.lexicon import unshown
from tests.language_support import kinds


@pytest.mark.parametrize("text", [
    "会开挖掘机、装载机和压路机",
    "各种型号的缝纫机都会修",
    "干了二十年电工，高低压都能上手",
    "厨房里的活样样拿得起来",
])
def test_a_skill_held_shows_no_feat(text):
    assert "knack" in unshown(text)


@pytest.mark.parametrize("text", [
    "闻一下酒糟就知道发酵到了几成",
    "挂的墙纸接缝误差在半毫米以内",
    "一天能缝两百条裤腰，车间里没人比得上",
    "厂里那台老冲床的毛病，只有我修得好",
    "手工拉的面条细得能穿过针眼",
    "全县的拖拉机修不好都送到我这里，同行都服气",
])
def test_a_feat_is_shown(text):
    assert "knack" not in unshown(text)


def test_the_model_finds_no_knack_a_clause_does_not_show(fake_classifiers):
    model = classify.classifiers()
    for text in ("各种型号的缝纫机都会修", "会开挖掘机、装载机和压路机"):
        scored = classify.scored_units(model, classify.affirmed_parts(text))
        assert scored and all("knack" in excluded for _, _, excluded, _ in scored)
        assert "knack" not in classify.achievement_kinds(text)


@pytest.mark.parametrize("text", [
    "项目拿了省科技进步奖，我不在名单上",
    "车间评上了市级科技进步奖，获奖者里没有我",
    "这个项目拿过省科学技术奖，可惜我没挂上名",
])
def test_an_award_whose_list_leaves_the_speaker_out_is_not_theirs(text):
    assert "certificate" not in kinds(text)


def test_not_first_on_the_list_is_still_on_it():
    assert "certificate" in kinds("拿了省科技进步二等奖，不过不是第一完成人")


@pytest.mark.parametrize("text", [
    "分在数字化改造小组，主要做会议记录",
    "在AI实验室上班，平时就是帮着订票报销",
    "调到标准化办公室，只是管文书收发",
])
def test_an_own_part_of_chores_without_a_subject_takes_the_setting_away(text):
    assert not kinds(text)
