"""Kinds confused with their neighbours (issue #12): a word of one kind inside a longer word of another is the
other's (``lexicon._subsumed``), a studio is no teaching, a result turned into a product or a licence is a
transfer, a routine task of the post and a team's honour are nothing of the speaker's. Phrasings not in any eval
row, table or probe; the words-only matcher (the checker's)."""

from __future__ import annotations

import pytest

from tests.language_support import kinds


@pytest.mark.parametrize(("text", "kind", "not_kind"), [
    ("项目获得过国家技术发明奖一等奖", "certificate", "innovation"),
    ("作为第二完成人拿了省自然科学奖", "certificate", None),
    ("琢磨出一套管道带压开孔的新方法，一次成功率百分之百", "method", "innovation"),
    ("首创了一种防水卷材热熔搭接的操作法", "method", "innovation"),
    ("负责起草了机组检修的标准化作业规程", "method", "standards"),
    ("带队完成了冷库的智能化改造，温控全部远程", "digital", "innovation"),
])
def test_a_word_inside_a_neighbours_longer_word_is_the_neighbours(text, kind, not_kind):
    found = kinds(text)
    assert kind in found
    assert not_kind is None or not_kind not in found


@pytest.mark.parametrize("text", ["发明了一种新型的钢筋弯箍机", "获得了一项发明专利，另外总结出一套焊接作业法"])
def test_a_word_of_its_own_elsewhere_keeps_the_neighbour(text):
    assert "innovation" in kinds(text)


@pytest.mark.parametrize("text", [
    "作为骨干加入了区级技能大师工作室",
    "单位的技能大师工作室今年挂牌了",
])
def test_a_studio_named_without_teaching_is_no_training(text):
    assert "training" not in kinds(text)


@pytest.mark.parametrize("text", [
    "在自己领办的工作室里办了四期电焊培训班",
    "每年暑假开一期青少年木雕训练营",
])
def test_holding_a_class_is_training(text):
    assert "training" in kinds(text)


@pytest.mark.parametrize("text", [
    "我们师傅带了二十多个徒弟，我也是他其中一个徒弟",
    "我是王师傅早年的学徒",
])
def test_the_speaker_as_the_apprentice_is_no_training(text):
    assert "training" not in kinds(text)


@pytest.mark.parametrize("text", [
    "我设计的折叠婴儿车结构授权给一家母婴企业生产",
    "自己研发的土壤检测算法做成了一款商品，卖给农场",
    "研制的新型灭火弹样机已经批量生产，推向市场",
    "以专利技术作价入股了一家新材料公司",
])
def test_a_result_turned_into_a_product_or_a_licence_is_a_transfer(text):
    assert "transfer" in kinds(text)


@pytest.mark.parametrize("text", [
    "平时负责污水泵房的巡检",
    "负责科室标准化管理台账的录入",
    "每周整理一次设备运行报表",
    "在数据中心负责系统运维值班",
])
def test_a_routine_task_of_the_post_is_no_achievement(text):
    assert not kinds(text)


@pytest.mark.parametrize("text", ["主导了全厂设备的数字化巡检", "开发了自动生成生产报表的智能体"])
def test_a_routine_noun_inside_a_deed_the_speaker_led_stays(text):
    assert kinds(text)


@pytest.mark.parametrize("text", ["我们班组获得过省科技进步奖", "我们车间被评为市级智能制造示范车间"])
def test_a_teams_honour_is_not_the_speakers(text):
    assert not kinds(text)


@pytest.mark.parametrize("text", [
    "车削薄壁件不变形，全省能做到的不超过五个人",
    "这种老式织机的调校，行业里只有三个人会",
    "会修这种进口注塑机的屈指可数，我是其中之一",
])
def test_saying_few_can_do_it_is_a_knack(text):
    assert "knack" in kinds(text)


@pytest.mark.parametrize("text", ["我执教的学生在省职业院校技能大赛拿了一等奖", "训练的选手进了全国赛前五"])
def test_coaching_contestants_is_training(text):
    assert "training" in kinds(text)


@pytest.mark.parametrize("text", ["把十几年的经验整理成一本数控车床调试手册，新人照着学", "总结了一套起重吊装作业口诀"])
def test_writing_down_how_the_work_is_done_is_a_method(text):
    assert "method" in kinds(text)
