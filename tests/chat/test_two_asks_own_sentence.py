"""One ask of two is answered only by a sentence that holds what it asks (asks19): a word holding a one-character
synonym key is read whole (公证 is no 证书), an ask of who signs or seals needs that act in the sentence, and an ask of a
form's cell is not answered by the form's note."""

from __future__ import annotations

import pytest

from assistant.chat.case.state import Session
from assistant.chat.rules.cell_asks import off_the_form
from assistant.chat.rules.parts import speaks_to
from assistant.chat.rules.things import _terms
from assistant.chat.turn import respond

NOTE = "注：申报表一式两份并电子档于2016年9月30日前报市总技协办。"
AWARD = "突出贡献浙派工匠和培育突出贡献单位由省政府批准授予并颁发相应证书和奖金。"


@pytest.mark.parametrize(("word", "widened"), [
    ("公证", False), ("认证", False), ("表扬", False), ("资格证", True), ("表", True), ("等级证", True),
])
def test_a_bound_word_keeps_its_one_character_key_to_itself(word, widened):
    assert (len(_terms(word)) > 1) is widened, _terms(word)


@pytest.mark.parametrize(("part", "quote", "answers"), [
    ("证书上是谁签的字？", AWARD, False),
    ("证书是哪个单位盖的章？", AWARD, False),
    ("证书是谁发的？", AWARD, True),  # 颁发 is the act, and 省政府 does it
    ("推荐表是哪个单位盖章？", "所在单位意见\t(盖章)", True),
    ("评议费谁出？", "区、县(市)人力社保部门及市各主管部门、行业协会组织专家对申报人选进行评议", False),
    ("奖金谁出？", "由市总工会给予一次性奖励20000元", True),
])
def test_an_ask_of_who_does_an_act_needs_that_act(part, quote, answers):
    assert speaks_to(part, quote) is answers


@pytest.mark.parametrize(("part", "quote", "type_", "strict", "holds", "off"), [
    ("只有个高级工的证，表上那格填啥？", NOTE, "materials", False, False, True),
    ("走“他人推荐”的话要填啥表？", NOTE, "materials", False, False, True),
    ("申报表上的照片要几寸的？", NOTE, "count", True, True, True),  # the note counts copies, not the photo's size
    ("申报表填好了几号前交？", NOTE, "date", True, True, False),
    ("申报表上的照片要几寸的？", "姓名\t\t年龄\t\t民族\t\t贴照片处", "count", True, False, False),  # a row is the form's
])
def test_a_forms_note_is_no_cell(part, quote, type_, strict, holds, off):
    assert off_the_form(part, quote, type_, strict, holds) is off


@pytest.mark.parametrize("text", [
    "浙派工匠那一万块奖金是直接打到本人卡上还是先发给单位？证书上是谁签的字？",
    "我是技工学校的老师。浙派工匠申报材料要不要附学生的获奖证书复印件？复印件要不要去公证？",
    "我想推荐小区门口修鞋的老师傅报杭州工匠，走“他人推荐”的话要填啥表？要不要老师傅自己签字同意",
])
def test_both_asks_unwritten_cite_nothing(deps, text):
    answer = respond(Session(), text, deps)
    assert not answer.citations, answer.text
    assert "没有写明" in answer.text, answer.text


@pytest.mark.parametrize(("ask", "quote", "unsaid"), [
    ("校验那天本人要不要到", "佐证材料原件须报送上级部门校验。", True),
    ("评审那天要不要去现场", "由专家评审团队进行专业评审", True),
    ("评审那天要不要去现场", "申报人须到场答辩", False),
    ("要不要交钱", "对突出贡献浙派工匠每人奖励 1万元", True),
    ("奖牌是多大的", "对培育突出贡献单位颁发奖牌", True),
    ("照片尺寸多大", "正面免冠彩色近照 (2寸)", False),
    ("申报人年纪多大有限制吗", "须60周岁以下", False),  # an age, no measure of size
    ("本人要不要到场答辩", "由专家评审团队进行专业评审", False),  # more than the act: the thing gates read it
    ("问卷链接打不开怎么办", "请各推荐对象填写创新培训营课程调查问卷,问卷链接：<https://v.wjx.cn/vm/P1vfxKE.aspx>", True),
    ("表填错了咋办", "材料有误的可在截止前重新报送", False),
    ("问卷链接在哪里", "问卷链接：<https://v.wjx.cn/vm/P1vfxKE.aspx>", False),
])
def test_an_act_or_a_measure_the_sentence_does_not_say(ask, quote, unsaid):
    from assistant.chat.rules.parts import _act_unsaid

    assert _act_unsaid(ask, quote) is unsaid


ROW = "序号\t姓名\t性别\t出生年月\t工作单位\t岗位\t行政职务\t职业（工种）\t等级"


@pytest.mark.parametrize(("part", "quote", "bare"), [
    ("汇总表里“行政职务”那栏，没有职务的写什么？", ROW, True),
    ("汇总表里“出生年月”那栏怎么填？", ROW + "\n\t\t\t格式： 19xx-07\t\t\t\t\t", False),  # the cell beneath says
    ("推荐表“主要事迹”那栏写些什么？", "主要事迹\t(300字以内)", False),  # bracketed beside it
    ("汇总表有几栏？", ROW, False),  # not an ask of what to write
])
def test_a_header_naming_the_column_alone(part, quote, bare):
    from assistant.chat.rules.cell_asks import bare_column

    assert bare_column(part, quote) is bare


def test_an_order_premise_in_one_ask_is_corrected_first(deps):
    answer = respond(Session(), "浙派工匠是先在单位里公示，再民主推荐的吧？公示要几天？", deps)
    assert answer.text.startswith("不对"), answer.text
    assert "民主推荐" in answer.text.splitlines()[2], answer.text


@pytest.mark.parametrize(("text", "nouns"), [
    ("提异议的时候要交点什么", ("异议",)), ("推荐信得写点啥", ("推荐信",)), ("评审的重点是什么", ("评审", "重点")),
])
def test_a_little_before_what_is_no_noun(text, nouns):
    from assistant.chat.rules.parts import thing_nouns

    assert thing_nouns(text) == nouns  # not 交点


# 匿名 too since round twenty-two (cmp22): "能不能匿名提异议" is answered by the one rule on it, 鼓励实名提出异议
@pytest.mark.parametrize(("word", "held"), [("真名", True), ("署名", True), ("匿名", True), ("学历", False)])
def test_ones_own_name_is_the_notices_shiming(word, held):
    from assistant.chat.rules.things import Thing, holds_thing

    assert holds_thing(Thing((word,), word), "鼓励实名提出异议") is held


def test_the_line_holding_a_cell_the_asker_quotes_is_that_cell():
    """"推荐表里有一格“是否为两代表一委员”，…那格咋填": the form's line of that name answers, though the ask names no
    thing of its own ("那格")."""
    part = "第四届推荐表里有一格“是否为两代表一委员”，我们这个员工不是，那格咋填？"
    assert not off_the_form(part, "是否为两代表一委员(如是,请具体写明)", "materials", False, True)
    assert off_the_form("那格咋填？", "请各推荐单位于4月10日前将推荐表报送至市总工会经济工作部", "materials", False, True)
