"""Done or not, and whose (``assistant.language.status``, frames in ``data/context.json``): a clause naming a
qualifying thing is no achievement when the clauses around it say it is still under way, failed, to come, someone
else's, the post's duties, or bought in. Phrasings not in any eval row, table or probe; the words-only matcher."""

from __future__ import annotations

import pytest

from tests.language_support import kinds


@pytest.mark.parametrize("text", [
    "申请了一项实用新型专利，目前还在审查中",
    "跟着老师傅学錾刻手艺，到现在还没出师",
    "牵头起草了一项团体标准的初稿，还在征求意见",
])
def test_a_bare_status_clause_after_it_says_it_is_not_done(text):
    assert not kinds(text)


@pytest.mark.parametrize(("text", "kind"), [
    ("带出了六个徒弟，都成了班组骨干，我还在学新的数控系统", "training"),
    ("主笔起草了两项行业标准，还在当车间副主任", "standards"),
])
def test_a_status_clause_with_an_object_of_its_own_takes_nothing(text, kind):
    assert kind in kinds(text)


@pytest.mark.parametrize("text", [
    "带的徒弟报名参加了全国大赛，结果初赛就被淘汰了",
    "申报了省级技术革新成果，最后没评上",
])
def test_an_attempt_that_failed_is_no_achievement(text):
    assert not kinds(text)


@pytest.mark.parametrize("text", ["下半年准备搞一个AI智能体帮客服回消息", "车间主任说今后要推进数字化改造"])
def test_a_time_to_come_is_a_plan(text):
    assert not kinds(text)


@pytest.mark.parametrize("text", [
    "我们班组的那套操作法其实是前任班长的",
    "岗位职责是按照企业标准抽检零件",
    "工作内容就是给实习生讲设备操作",
])
def test_someone_elses_or_the_posts_duties_is_no_achievement(text):
    assert not kinds(text)


@pytest.mark.parametrize("text", ["每天用厂里引进的智能排产系统下单", "在用单位采购的AI质检设备看缺陷"])
def test_what_was_bought_in_is_nothing_the_speaker_made(text):
    assert not kinds(text) & {"ai_agent", "digital", "innovation"}


def test_what_the_speaker_made_of_a_bought_thing_counts():
    assert kinds("把引进的老生产线改造成了数字化产线，人工少了一半") & {"digital", "innovation"}


@pytest.mark.parametrize(("text", "kind"), [("这套快速换模的操作法是我前年总结的", "method"),
                                            ("龙井茶手工炒制是祖传的手艺，我炒了三十年", "craft")])
def test_a_clause_owned_by_no_one_else_stays(text, kind):
    assert kind in kinds(text)


@pytest.mark.parametrize(("text", "kind"), [("把大模型接进了合同流程，条款自动审核", "ai_agent"),
                                            ("给质检线搭了一个缺陷识别智能体，产品自动测试", "ai_agent")])
def test_a_clause_ending_in_a_process_word_with_no_still_is_no_status(text, kind):
    assert kind in kinds(text)


@pytest.mark.parametrize("clause", ["我是眼镜店的验光师", "本人是一名汽车钣金工", "我在港务集团当门机司机"])
def test_a_clause_only_naming_the_post_is_no_deed(clause):
    from assistant.language.status import post_only

    assert post_only(clause)


@pytest.mark.parametrize("clause", ["我是第一起草人", "我是钳工，带了三个徒弟", "我在车间当班长时主导了产线改造"])
def test_a_clause_with_a_deed_or_a_part_is_not_only_the_post(clause):
    from assistant.language.status import post_only

    assert not post_only(clause)


def test_the_post_said_first_leaves_the_deed_after_it():
    assert "method" in kinds("我是一名汽修工，自己摸索出一套发动机异响诊断的操作法")


@pytest.mark.parametrize(("text", "merged"), [
    ("给仓库搭了一个盘点智能体，账实相符率到了99.8%", "给仓库搭了一个盘点智能体，账实相符率到了99.8%"),
    ("改了注塑模具的冷却水路，次品只剩原来的三成", "改了注塑模具的冷却水路，次品只剩原来的三成"),
    ("牵头上了一套能耗监测平台，电费比以前少了百分之十五", "牵头上了一套能耗监测平台，电费比以前少了百分之十五"),
])
def test_a_figure_reached_is_read_with_the_deed_before_it(text, merged):
    from assistant.language.classify import _units, affirmed_parts

    assert [u for u, _ in _units(affirmed_parts(text))][0] == merged


def test_a_figure_with_a_deed_of_its_own_stays_a_unit():
    from assistant.language.classify import _units, affirmed_parts

    units = [u for u, _ in _units(affirmed_parts("主持制定了一项地方标准，带出的徒弟有80%成了骨干"))]
    assert "带出的徒弟有80%成了骨干" in units


def test_reporting_frames_take_their_clause_and_a_bare_frame_the_next():
    from assistant.language.status import reported, reported_spans

    for said in ("有人说我在杭州市区才八年", "听说要十年", "我们主任说我不算一线", "据说外包的不算", "厂长以为我是技师",
                 "师傅觉得我早该评高级技师了", "听人讲我们公司算国企", "我以为我是技师"):
        assert reported(said), said
    for said in ("说实话我干了十年", "刚才说的不对，是八年", "就是你说的那个", "我说的是技师", "我觉得我算一线"):
        assert not reported(said), said
    assert reported_spans(["主任说，", "我这种不算一线，", "其实我天天上机"]) == {0, 1}
    assert reported_spans(["厂长以为我是技师，", "其实我还是高级工"]) == {0}
