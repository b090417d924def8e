"""Texts read as no qualifying achievement of the speaker's own (language.merit.non_merit): another's honour or deed,
a plan, what is still learnt or examined, a training attended, the duties of the post, the chores of another's
project, a product's prize; beside them the speaker's own deeds and merely unmatched texts, which are no such reading."""

from __future__ import annotations

import pytest

from assistant.language.merit import certificate_lookalike, non_merit, shape_label, short_of_title

NON_MERIT = [
    ("我们车间主任去年评上了浙江工匠", "others"),
    ("老婆是单位的先进工作者，我主要在家带孩子", "others"),
    ("公司的新能源车型获评浙江名牌产品", "others"),
    ("组长牵头做了一个质检智能体，我平时就是用它", "taken"),
    ("师傅带我学了三年钳工，现在还在跟他学刮研", "learning"),
    ("明年打算牵头编一个企业标准", "dropped"),
    ("下一步想把锉削的窍门总结成操作法，再带几个徒弟", "dropped"),
    ("报了一个发明专利，还在实审阶段", "dropped"),
    ("去过市里组织的技术革新成果展", "mention"),
    ("新设备操作培训、安全生产培训我都参加了", "mention"),
    ("每天负责生产线的点检和保养", None),  # routine: the shape varies with how the negation scope reads 每天
    ("拿到了公司内部认证的高级技术员资格", "credential"),
]
OWN = ["参加技术攻关小组，主要是我解决了主轴振动问题", "组长起了个头，后面的排产算法是我一个人写的",
       "跟师傅学了三年以后，自己改进了刮研的刀具，效率提高了一倍", "听完讲座回来，自己动手把送料机构改成了伺服驱动",
       "前后带了八个徒弟，五个成了技师", "公司的数字化车间是我牵头规划建成的"]
# the property tests' unmatched texts (tests/eligibility/test_verdict_properties.py): no shape, the experts weigh them
UNMATCHED = ["主导核心交易系统的分布式架构升级", "负责数据中台从零到一的搭建", "重写了公司的推荐引擎，点击率提升20%",
             "爱好跑步", "服务30多个业务线", "连续五年考核优秀", "负责大客户交付", "参与了新厂区的规划",
             "干了十年没出过一次事故", "交付的系统从来没有宕机"]


@pytest.mark.parametrize(("text", "shape"), NON_MERIT)
def test_a_non_merit_shape_is_read(text, shape):
    got = non_merit(text)
    assert got is not None, text
    assert shape is None or got == shape, (text, got)
    assert shape_label(got)


@pytest.mark.parametrize("text", OWN)
def test_the_speakers_own_deed_is_no_such_shape(text):
    assert non_merit(text) is None


@pytest.mark.parametrize("text", UNMATCHED)
def test_a_merely_unmatched_text_is_no_such_shape(text):
    assert non_merit(text) is None


@pytest.mark.parametrize(("title", "text", "short"), [
    ("全国技术能手", "全国技术能手提名奖", True), ("中华技能大奖", "中华技能大奖候选人", True),
    ("全国技术能手", "全国技术能手", False), ("全国技术能手", "2019年全国技术能手", False)])
def test_less_than_the_title(title, text, short):
    assert short_of_title(title, text) is short


@pytest.mark.parametrize(("text", "look"), [
    ("二三年考了华为的HCIE数据通信认证", "vendor"), ("持有阿里云ACP认证", "vendor"),
    ("持有大数据工程技术人员高级技师职业技能等级证书", "level"), ("软考高级系统架构设计师", None),
    ("拿到了国际领先水平的HCIE认证，全国首批", None)])
def test_a_certificate_like_but_not_the_one_named(text, look):
    assert certificate_lookalike(text) == look
