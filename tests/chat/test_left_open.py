"""The asks a sentence on their topic leaves open (chat.rules.left_open): a choice it names neither side of, and how
a condition it states is judged."""

import pytest

from assistant.chat.rules.left_open import (
    judged_term,
    left_open,
    unhanded_paper,
    unlisted_content,
    unnamed_recipient,
    unsaid_order,
    unsaid_remedy,
    unsettled_choice,
)

UNIT_VOTE = ("1.单位申报。推荐对象须经所在单位民主推荐、领导班子集体研究决定，人事部门审核佐证材料后（需在佐证材料上加盖公章）"
             "确定名单，并在本单位进行脱密公示，公示时间不少于 5个工作日。")
RATIO = "推荐对象向一线和青年技能人才倾斜,一线技能人才认定比例不低于 70%,40 周岁以下青年技能人才认定比例不低于 35%。"
YEARS = "从事数字经济行业工作一般在5年以上且在杭全职工作2年以上，目前仍在技术岗位上工作"
PAPERS = "以上材料均需纸质材料和电子文档各一份。"
EXPERTS = "省人力社保厅从高技能人才评审专家库中随机抽取产生评审专家"
COURSE = "按照资格审核、专家评审、社会公示、领导小组审定等四个环节进行。"


@pytest.mark.parametrize("ask, quote", [
    ("单位民主推荐要全体职工投票还是车间代表投就行？", UNIT_VOTE),
    ("人事部门审核佐证材料，是审原件还是审复印件？", UNIT_VOTE),
])
def test_a_choice_whose_sides_the_sentence_never_names_is_left_open(ask, quote):
    assert unsettled_choice(ask, quote) is not None


@pytest.mark.parametrize("ask, quote", [
    ("材料要纸质的还是电子版？", PAPERS),  # a side named: the sentence settles it
    ("是省里评还是市里评？", EXPERTS),  # levels are said by the body acting at them: chat.rules.choice reads those
    ("公示几天？", UNIT_VOTE),  # no choice offered
])
def test_a_choice_the_sentence_settles_or_no_choice_is_not(ask, quote):
    assert unsettled_choice(ask, quote) is None


@pytest.mark.parametrize("part, quote", [
    ("第四届数字工匠讲一线技能人才比例不低于70%，那一线是怎么认定的？", RATIO),
    ("首届数字工匠“在杭全职工作2年以上”是怎么认定的", YEARS),
    ("在杭全职工作怎么算的？", YEARS),
])
def test_how_a_stated_condition_is_judged_is_not_answered_by_the_sentence_stating_it(part, quote):
    assert left_open(part, quote) is not None


@pytest.mark.parametrize("ask, quote", [
    ("杭州工匠是怎么认定的？", COURSE),  # an honour conferred: a procedure ask, answered by the course
    ("一线是怎么认定的？", "一线是指直接从事生产、技术、研发等工作的岗位。"),  # the sentence defines the term
    ("一线技能人才比例是多少？", RATIO),  # no ask of how it is judged
])
def test_a_defined_term_a_procedure_or_another_ask_is_not_left_open(ask, quote):
    assert judged_term(ask, quote) is None


@pytest.mark.parametrize("ask, quote", [
    ("E类要不要附认定证书？", "(三)职业技能在数字经济行业中处于较高水平,拥有数字经济行业国内或国外领先水平、等级、资质证书,或获得过"
                          "省级及以上科学技术类奖项的,可不受工作年限限制。"),
    ("要不要附会议纪要？", UNIT_VOTE),  # papers reviewed (审核佐证材料) are not papers handed in
])
def test_whether_a_paper_goes_in_is_not_answered_by_a_sentence_naming_it_held(ask, quote):
    assert unhanded_paper(ask, quote) is not None


def test_a_sentence_handing_the_paper_in_answers_whether_it_goes_in():
    quote = ("同时须将…等材料连同申报人的职业资格证书（职业技能等级证书）和高技能人才评选表彰项目荣誉证书复印件盖章后装订成册，"
             "报市人力社保局。")
    assert unhanded_paper("要不要交证书复印件？", quote) is None
    assert unhanded_paper("公示几天？", quote) is None


@pytest.mark.parametrize("ask, quote, left", [
    ("另外证书丢了去哪补？", "将授予“杭州工匠”荣誉称号，并颁发证书、奖牌和一次性奖励20000元", True),
    ("表填错了怎么办？", "请各推荐单位于4月10日前将推荐表报送至市总工会经济工作部", True),
    ("证书丢了能不能补？", "证书遗失的，可申请补发。", False),  # a remedy said
    ("证书是谁发的？", "由省政府批准授予并颁发相应证书和奖金。", False),  # no mishap
])
def test_what_to_do_after_a_mishap_needs_a_remedy_said(ask, quote, left):
    assert (unsaid_remedy(ask, quote) is not None) is left


@pytest.mark.parametrize("ask, quote, left", [
    ("数字工匠的汇总表是按什么顺序排的？", "请各推荐单位于4月10日前将推荐表和汇总表、申报支撑材料等按要求报送至市总工会经济工作部", True),
    ("推荐人选怎么排序？", "推荐人选按得票多少依次排列。", False),  # an order said
    ("先公示还是先评审？", "按照资格审核、专家评审、社会公示、领导小组审定等四个环节进行。", False),  # a course's order
])
def test_the_order_of_a_list_needs_an_order_said(ask, quote, left):
    assert (unsaid_order(ask, quote) is not None) is left


def test_how_years_are_counted_together_is_left_open_by_the_condition_and_named_in_the_silence():
    quote = "原则上从事本职业（工种）5年以上，在浙全职工作 1年以上的在岗人员中推荐。"
    left = left_open("浙派工匠讲原则上从事本职业5年以上，那中间转过岗的年限怎么合并计算？", quote)
    assert left is not None and "怎么合并计算" in left.label


def test_a_sentence_saying_how_a_value_is_counted_answers_how_it_is_judged():
    assert judged_term("年龄怎么算？", "本通知涉及工作年限和年龄等计算时间截至 2026 年 3 月 31 日。") is None
    assert judged_term("竞赛第一名怎么认定？", "获得个人第一名的人员,符合条件的可以直接认定为“杭州数字工匠”。") is None


def test_a_paper_asked_with_who_fetches_it_is_still_a_paper_asked():
    assert unhanded_paper("转岗要不要单位开证明？", "由省政府批准授予并颁发相应证书和奖金。") is not None


def test_a_choice_chat_rules_choice_settles_by_the_notices_words_is_left_to_it(corpus):
    """"抽签出来的还是各地推荐出来的": choice.py reads 随机抽取 for 抽签 and picks 四/(四); no side is said verbatim."""
    quote = corpus.clause("zj_craftsman_2023#四/(四)").own_text.strip()
    ask = "浙派工匠的评审专家，是抽签出来的还是各地推荐出来的"
    assert unsettled_choice(ask, quote) is not None
    assert unsettled_choice(ask, quote, corpus, "zj_craftsman_2023") is None


def test_a_choice_between_levels_needs_the_sentence_about_what_is_chosen_for():
    quote = "(3) 审定。市总工会、市人力社保局、市经信局、市数据局、市数据集团联合审定“杭州数字工匠”名单。"
    left = unsettled_choice("第四届数字工匠的初审是市总工会审还是区里审？", quote)
    assert left is not None and left.thing == ("初审",)


@pytest.mark.parametrize("ask, quote, left", [
    ("杭州工匠申报表里的“专业领域”要按什么口径填？", "专业领域		职称（技能等级）", True),  # a header is no measure
    ("第四届数字工匠的申报支撑材料和相关印证材料有什么区别？",
     "请各推荐单位将推荐表和汇总表、申报支撑材料、相关印证材料等按要求报送至市总工会经济工作部", True),
    ("杭州工匠和首席技师有什么区别？", "在全市认定30名“杭州工匠”。", False),  # programmes: the comparison answers
])
def test_a_measure_of_filling_or_a_difference_of_named_things_needs_a_definition(ask, quote, left):
    assert (judged_term(ask, quote) is not None) is left


@pytest.mark.parametrize("ask, quote, left", [
    ("那异议提给谁？", "公示期间，任何组织和个人均可提出异议。异议应当实事求是并提供明确的异议事由和必要的证明材料。", True),
    ("材料交给谁？", "请各推荐单位于4月10日前将推荐表报送至市总工会经济工作部", False),
])
def test_whom_something_goes_to_needs_a_body_named(ask, quote, left):
    assert (unnamed_recipient(ask, quote) is not None) is left


@pytest.mark.parametrize("ask, quote, left", [
    ("浙派工匠单位脱密公示要公示哪些内容", UNIT_VOTE, True),  # 公示 is done; what it shows is not listed
    ("形式初审审些什么", "省人力社保厅组织对被推荐人选资格、推荐材料完整性、合规性进行形式审查。", False),
])
def test_what_an_act_covers_needs_its_items_listed(ask, quote, left):
    assert (unlisted_content(ask, quote) is not None) is left


def test_an_ask_for_the_list_of_papers_is_no_ask_whether_one_goes_in():
    quote = "人事部门审核佐证材料后（需在佐证材料上加盖公章）确定名单"
    assert unhanded_paper("突出贡献浙派工匠申报需要交什么材料", quote) is None
    assert unhanded_paper("需要交会议纪要吗", quote) is not None


def test_a_forms_field_for_the_paper_asks_for_it():
    """"首席技师申报要交照片吗" by the form's row with its 照 片 cell: a field of the form asks for the photo."""
    assert unhanded_paper("首席技师申报要交照片吗", "姓 名\t性 别\t出生年月\t照 片") is None
