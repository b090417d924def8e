"""Answerability by families of wording (issue 14): a fact the notice states in other words is answered, and a
loosely related sentence is no answer. Phrasings here are not the probe rows (eval/labels/qa_probe.jsonl qp-500…)."""

from __future__ import annotations

import pytest

from assistant.chat.rules.answer_types import classify, place_kind
from assistant.chat.rules.factual_pick import asks_result
from assistant.chat.rules.things import thing
from assistant.evaluation.qa import says_silent
from tests.chat_support import ask_cited


@pytest.mark.parametrize(("question", "clause", "word"), [
    # what an awardee is offered, said as study: the notices' 培训营, 培训锻炼和研修深造
    ("第四届数字工匠评上后会安排去学习进修吗", "hz_digital_craftsman_2026#四", "培训营"),
    ("评上杭州工匠，单位给不给安排培训班", "hz_craftsman_2016#八/(三)", "培训"),
    # a copy handed in with the rest, said as 随附/附上
    ("首席技师的荣誉证书复印件需要随附吗", "hz_chief_technician_2021#三/(二)", "复印件"),
    # the result dated by the selection's completion
    ("首届杭州工匠什么时候出评选结果", "hz_craftsman_2016#五", "2017年4月底前"),
    # mailing asks for the postal address the notice gives
    ("首席技师的材料要快递过去，地址是哪里", "hz_chief_technician_2021#五", "解放东路"),
    # the notices' word for an award given to a unit, and what comes with the title asked bare
    ("浙派工匠对培育单位有什么表彰", "zj_craftsman_2023#五", "奖牌"),
    ("首届杭州工匠评上后会有些啥", "hz_craftsman_2016#七", "20000"),
    # a file's name asked beside the mail it goes in
    ("首届数字工匠的压缩包名字怎么起，发邮件之前想确认下", "hz_digital_craftsman_2023#三", "数字工匠推荐"),
])
def test_a_fact_said_in_other_words_is_answered(deps, question, clause, word):
    answer, cited = ask_cited(deps, question)
    assert any(c == clause or c.startswith(clause + "/") for c in cited), (cited, answer.text)
    assert word in answer.text.replace(" ", "")


@pytest.mark.parametrize("question", [
    "第四届数字工匠的名单几时公布",  # 发布…认定结果 has no date; "计算时间截至…" dates no result
    "首席技师名单大概啥时候定下来",
    "浙派工匠这回没评上，下一届还能继续参评吗",  # not 每5年评选一次: whether one may apply again
    "首席技师评上以后会安排进修吗",  # only a form's field names 进修
])
def test_a_loosely_related_sentence_is_no_answer(deps, question):
    answer, cited = ask_cited(deps, question)
    assert not cited, (cited, answer.text)
    assert says_silent(answer.text)


def test_mailing_where_the_notice_gives_no_address_is_answered_by_where_things_go(deps):
    answer, cited = ask_cited(deps, "第四届数字工匠材料快递寄到哪")
    assert "hz_digital_craftsman_2026#五" in cited and "经济工作部" in answer.text


@pytest.mark.parametrize(("question", "kind"), [
    ("浙派工匠是哪个部门把推荐人选报上去的", "actor"),  # the agent of a 把 construction
    ("推荐表的文件名怎么起，要发邮件的", "materials"),  # the name asked, not the mailbox
    ("浙派工匠的评审专家是从哪儿产生的", "procedure"),  # where people come from is how they are chosen
    ("首届杭州工匠评上以后会安排些什么", "money"),  # what comes with the title
])
def test_the_asked_thing_decides_the_type(question, kind):
    assert classify(question).type == kind


def test_an_office_is_asked_only_with_a_question_word():
    assert place_kind("这个办公室在几号楼") is None or "处" not in place_kind("这个办公室在几号楼")
    assert place_kind("人社局哪个处室管这个")


def test_the_head_of_a_phrase_is_the_thing_its_modifiers_narrow():
    asked = thing("交上去的推荐表照片有要求吗")
    assert asked.words == ("照片",) or asked.words[-1:] == ("照片",)
    asked = thing("发邮件打包的文件名有要求吗")
    assert asked.words == ("文件名",) and "打包" in asked.about


@pytest.mark.parametrize(("question", "result"), [
    ("名单啥时候出来", True), ("多久出结果", True), ("评选结果几月份公布", True),
    ("名单什么时候报上去", False), ("材料最晚什么时候交", False),
])
def test_a_result_date_is_not_a_hand_in_date(question, result):
    assert asks_result(question) is result


@pytest.mark.parametrize("question", [
    "杭州工匠个人自荐需要单位开证明吗",  # applying oneself is the frame; the thing asked is a certificate
    "第四届数字工匠的推荐名额可以挪到下一年用吗",  # a quota named as a noun of a yes/no question about another thing
    "第四届数字工匠证书原件要寄过去吗",  # a paper asked of a notice that says nothing of originals
    "首席技师评审结果能申请复查吗",  # applying for a review names no kind of person who may apply
])
def test_a_yes_no_question_about_an_unnamed_thing_is_silent(deps, question):
    answer, cited = ask_cited(deps, question)
    assert not cited, (cited, answer.text)
    assert says_silent(answer.text)


@pytest.mark.parametrize(("question", "clause", "word"), [
    ("杭州工匠可以个人自荐吗", "hz_craftsman_2016#四/(四)", "自荐"),
    ("首席技师的证书原件要寄过去吗", "hz_chief_technician_2021#三", "原件"),
])
def test_the_same_frames_still_answer_what_the_notice_says(deps, question, clause, word):
    answer, cited = ask_cited(deps, question)
    assert any(c == clause or c.startswith(clause + "/") for c in cited), (cited, answer.text)
    assert word in answer.text


@pytest.mark.parametrize(("said", "notice"), [
    ("单位内部", "本单位"), ("厂里", "所在单位"), ("定人", "确定申报人选"), ("选人", "确定名单"),
    ("评委", "评审专家"), ("考官", "专家"),
])
def test_the_askers_words_reach_the_notices_words(said, notice):
    from assistant.notices.vocabulary import expansions

    assert notice in expansions(said)


def test_signing_a_certificate_is_giving_it(deps):
    # 签发 is the step 授予: the sentence that gives the certificate answers, not a condition naming 第1名
    answer, cited = ask_cited(deps, "杭州工匠的证书是谁签发的")
    assert cited and all(c.startswith("hz_craftsman_2016#七") for c in cited), (cited, answer.text)
    assert "没有写明由哪个单位" in answer.text


@pytest.mark.parametrize(("question", "clause"), [
    ("第四届数字工匠的评审团队由哪些方面的人员组成", "hz_digital_craftsman_2026#三/(二)/1/(2)"),
    ("首届数字工匠认定工作领导小组都有哪些人", "hz_digital_craftsman_2023#附件1/三/(三)/2"),
])
def test_a_groups_make_up_is_answered_where_the_notice_states_it(deps, question, clause):
    answer, cited = ask_cited(deps, question)
    assert clause in cited, (cited, answer.text)


def test_a_group_only_named_doing_a_step_states_no_make_up(deps):
    # "领导小组讨论审定…最终人选" names the group, not who is in it
    answer, cited = ask_cited(deps, "首届杭州工匠的领导小组成员是谁")
    assert not cited and says_silent(answer.text), (cited, answer.text)


@pytest.mark.parametrize(("question", "clause", "word"), [
    # what the unit of a heading above names ("评审阶段") is what the thing is asked of
    ("首届数字工匠评审阶段要不要征求公安的意见", "hz_digital_craftsman_2023#附件1/三/(三)/1/(3)", "公安"),
    # 培养 asked of an awardee: the notices' 培育
    ("首届杭州工匠评上之后有没有培养", "hz_craftsman_2016#八/(三)", "培育"),
    # a chance (机会) to do what the notice offers is the offer
    ("首届数字工匠评上了有没有参加论坛的机会", "hz_digital_craftsman_2023#附件1/四", "论坛"),
])
def test_offers_and_steps_said_loosely_are_found(deps, question, clause, word):
    answer, cited = ask_cited(deps, question)
    assert clause in cited, (cited, answer.text)
    assert word in answer.text


def test_an_office_asked_is_the_office_things_go_to_or_the_notices_silence(deps):
    # 第四届 names the office (报送至市总工会经济工作部); 首席技师 names the bureau and its phone but no office
    answer, cited = ask_cited(deps, "第四届数字工匠是总工会哪个处室在管")
    assert "hz_digital_craftsman_2026#五" in cited and "经济工作部" in answer.text
    answer, cited = ask_cited(deps, "首席技师归人社局哪个处室，电话是多少")
    assert "没有写明具体处室" in answer.text and "87258538" in answer.text
