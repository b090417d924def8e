"""The open reader of an ask's head (chat.rules.open_heads): the words beside the question operators, and whether the
asked notice names them anywhere."""

from __future__ import annotations

import pytest

from assistant.chat.rules.open_heads import asked_head, holds_word, silent_on, unstated_words

# (ask, a head word it must read)
HEADS = [
    ("组长是哪个领导？", "组长"),
    ("住宿费要不要自己掏的？", "住宿费"),
    ("评上了发布的时候本人一定要到场伐？", "到场"),
    ("能不能叫同事代领证书？", "代领"),
    ("评委碰到自己单位的候选人要不要回避？", "回避"),
    ("专家评议是要现场答辩还是光看材料？", "答辩"),
    ("这种挂靠的算哪边的人", "挂靠"),
    ("颁奖大会在哪开", "大会"),
    ("要不要先去医院体检", "医院"),
    ("自荐的人要不要参加面试？", "面试"),  # past a light verb to its object
    ("要不要接受单位考核？", "考核"),
]


@pytest.mark.parametrize(("ask", "word"), HEADS)
def test_the_head_is_read_beside_the_question_operator(ask, word):
    head = asked_head(ask)
    assert head is not None and word in head.words


# asks naming no detail: only the programme, generic words, a type word, the asker's contact or a light verb
NO_HEAD = [
    "浙派工匠多少年评一次？",
    "第四届的工作年限算到哪一天为止？",
    "有没有字数要求？",  # 字数 is the asked type (answer_types.toml), not a detail
    "首席技师那边王老师的电话多少",  # a person addressed by title
    "佐证材料原件交上去还会还回来吗",  # a directional complement restates the rule's verb
    "最多能推几个人？",
    "评上了发点什么？",  # a verb with a vague quantity asks what
    "找外省的协会推荐行不行？",  # the word nearest the operator (推荐) is generic: it asks of the rule
    "证书复印件要附上吗",  # a verb with a complement (附上) is the rule's own verb
    "会不会评不满、出现空缺",  # a negated verb says what fails
    "革新还能往里面写伐",  # a direction says where a thing goes
    "荣誉证书复印件需要携带吗",  # a verb of handing papers in: the paper is asked of
    "推荐表的模板在哪下载",  # the attached form is its template
    "最终人选是专家定夺还是领导小组定夺",  # deciding said loosely: who decides is asked
]


@pytest.mark.parametrize("ask", NO_HEAD)
def test_an_ask_of_generic_words_has_no_head(ask):
    assert asked_head(ask) is None


def test_a_word_is_held_by_one_of_its_pieces():
    assert holds_word("创新培训营课程调查问卷", "问卷")
    assert holds_word("免费疗休养", "疗休养费")  # 疗休 / 休养
    assert not holds_word("参加创新培训营", "住宿费")


def test_a_verb_and_its_object_said_apart_hold_the_word():
    assert holds_word("需在佐证材料上加盖公章", "盖章")
    assert holds_word("签个字", "签字")
    assert not holds_word("加盖，公章", "盖章")


def test_a_word_is_held_as_the_notices_say_it():
    # chat.rules.things.said_as: askers' 收回 is the notices' 撤销
    assert holds_word("撤销其所获表彰奖励", "收回")


def test_unstated_words_are_those_the_notice_lacks():
    notice = "由首届“杭州工匠”认定工作领导小组讨论审定“杭州工匠”最终人选。"
    assert unstated_words("这个领导小组的组长是哪位？", notice) == ("组长",)
    assert unstated_words("领导小组是怎么审定的？", notice) == ()


def test_a_form_cell_spaced_out_holds_the_word(corpus):
    assert silent_on(corpus, "hz_chief_technician_2021", "申报表要贴照片吗") == ()  # the form's "照  片"


def test_the_real_notices(corpus):
    assert silent_on(corpus, "hz_craftsman_2016", "领导小组组长是哪位领导") == ("组长",)
    assert silent_on(corpus, "zj_craftsman_2023", "评委碰到自己单位的人要不要回避") == ()  # 六/(一) 建立回避机制
    assert silent_on(corpus, "hz_digital_craftsman_2026", "培训营的住宿费要不要自己掏") == ("住宿费",)


def test_an_ask_whether_a_kind_of_person_may_apply_is_left_to_the_conditions(corpus):
    # the conditions answer it in their own words (退休人员不作为推荐对象), never the asker's (返聘)
    assert silent_on(corpus, "zj_craftsman_2023", "退休返聘的老师傅能不能报浙派工匠") == ()


def test_a_comparison_whose_every_notice_lacks_the_detail_is_silent_on_it(corpus):
    from assistant.chat.comparison.compare import _every_side_silent

    both = ["hz_digital_craftsman_2026", "hz_digital_craftsman_2023"]
    assert _every_side_silent(corpus, "评上了发布的时候本人一定要到场伐？能不能叫同事代领证书？", both) == ("到场", "代领")
    # 论坛 is in 首届's 数字工匠论坛: one side holds it, so the sides are compared
    assert _every_side_silent(corpus, "第四届评上以后也有论坛伐？", both) == ()
    # a premise is checked against the rule it gets wrong, not refused
    assert _every_side_silent(corpus, "两届都要本人到场的吧", both) == ()


def test_a_comparison_with_one_ask_the_notices_answer_is_compared(corpus):
    from assistant.chat.comparison.compare import _every_side_silent

    sides = ["hz_craftsman_2016", "hz_chief_technician_2021"]
    # where each notice shows its publicity is asked first: the sides are compared, 登报 or not
    assert _every_side_silent(corpus, "杭州工匠跟首席技师分别是在哪儿公示的？登报还是在单位里贴一贴？", sides) == ()
