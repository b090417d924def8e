"""'X以后，先干嘛': the step X names is found by the procedure table's words for acts (step_order.STEPS), asker's
words against the notice's in the steps' names ('推荐到省里' names '（二）人选推荐'), never the last step."""

from __future__ import annotations

from assistant.chat.rules.quotes import Pick
from assistant.chat.rules.steps import next_step
from assistant.notices.tree import load_corpus


def _pick(corpus, clause_id):
    return Pick(clause_id, corpus.clause(clause_id).own_text.split("\n")[0], 1.0, True, 1.0)


def test_the_step_after_the_one_named_in_an_askers_words():
    corpus = load_corpus()
    # retrieval ranked the first step (遴选通知, which shares 推荐) best: the step named is 人选推荐, not it
    got = next_step(corpus, "浙派工匠推荐到省里以后，省里先干嘛", [_pick(corpus, "zj_craftsman_2023#四/(一)")])
    assert got[0].clause_id == "zj_craftsman_2023#四/(三)"


def test_a_reading_that_makes_the_named_step_the_last_is_not_taken():
    corpus = load_corpus()
    # 推荐 would name "(二) 推荐申报", the last step; the act handed up is 单位申报's, followed by 推荐申报
    got = next_step(corpus, "首席技师推荐上去以后区里会做什么", [_pick(corpus, "hz_chief_technician_2021#三/(一)")])
    assert got[0].clause_id == "hz_chief_technician_2021#三/(二)"


def test_after_the_last_step_comes_what_the_notice_does_for_those_recognised():
    corpus = load_corpus()
    got = next_step(corpus, "第四届数字工匠发布结果以后还有什么", [_pick(corpus, "hz_digital_craftsman_2026#三/(三)")])
    assert got[0].clause_id == "hz_digital_craftsman_2026#四" and "创新培训营" in got[0].quote  # 四、培育计划
    got = next_step(corpus, "浙派工匠评审结果上报以后呢", [_pick(corpus, "zj_craftsman_2023#四/(六)")])
    assert got[0].clause_id == "zj_craftsman_2023#五"  # 五、荣誉授予


def test_a_notice_with_nothing_after_its_procedure_keeps_the_last_step():
    corpus = load_corpus()
    last = _pick(corpus, "hz_chief_technician_2021#三/(二)")  # 四、推荐名额 and 五、工作要求 follow: no such section
    assert next_step(corpus, "首席技师推荐申报完了以后呢", [last]) == [last]


def test_a_stage_said_over_with_what_follows_asked_is_a_step_done_not_lateness():
    # "推荐结束了后面还有哪些流程": 结束了 is the step done (next_step's cue), not a question whether the round is over
    import re

    from assistant.chat.rules.answer_types import table
    from assistant.chat.rules.still_open import asks_still_open

    for question in ("首届数字工匠推荐结束了后面还有哪些流程", "首届数字工匠推荐都结束了，后头还要过几道关"):
        assert not asks_still_open(question)
        assert re.search(table()["next_step"], question)
    assert asks_still_open("第四届推荐结束了吗") and asks_still_open("第四届推荐结束了，还能报吗")
    corpus = load_corpus()
    # the summary sentence of 首届 三 says what follows 推荐 (推荐工作结束后，将按专家评审、领导小组审定、社会公示等流程…)
    got = next_step(corpus, "首届数字工匠推荐结束了后面还有哪些流程",
                    [_pick(corpus, "hz_digital_craftsman_2023#三"), _pick(corpus, "hz_digital_craftsman_2023#前言")])
    assert "领导小组审定" in got[0].quote and "社会公示" in got[0].quote


def test_the_first_pass_after_a_step_done_is_the_next_step_found_in_the_notices_course():
    # "推上去以后第一关": an ordinal on a pass (not 第一名, a rank) asks the step after 推荐; retrieval ranked 一 best
    # (its "个人第一名" shares 第一), a unit in no procedure, so the step is found in the notice's own course
    import re

    from assistant.chat.rules.answer_types import table

    question = "第四届数字工匠推上去以后第一关是咋审的"
    assert re.search(table()["next_step"], question)
    assert not re.search(table()["next_step"], "报上去以后第一名算不算")
    corpus = load_corpus()
    got = next_step(corpus, question, [_pick(corpus, "hz_digital_craftsman_2026#一")])
    assert got[0].clause_id == "hz_digital_craftsman_2026#三/(二)/1/(1)"


def test_a_step_handed_up_before_a_bare_after_is_no_award_held():
    # "推上去以后…" is the course going on; "评上以后…" and a bare "以后有没有…" after no step still frame the title held
    from assistant.chat.rules.factual import _after_award

    class Route:
        programs = ("hz_digital_craftsman_2026",)

    assert not _after_award("第四届数字工匠推上去以后第一关是咋审的", Route())
    assert not _after_award("首席技师初审过了之后呢", Route())
    assert _after_award("第四届数字工匠评上以后有培训吗", Route())


def test_a_step_said_done_before_a_course_laid_out_in_paragraphs_is_followed_by_its_first_step():
    # 首届杭州工匠 五 lays its course out as paragraphs (资格审核。… 专家评审。…); 报上去 names none of them, so the
    # course's first paragraph answers
    corpus = load_corpus()
    got = next_step(corpus, "杭州工匠报上去以后第一道是啥", [_pick(corpus, "hz_craftsman_2016#三/(二)/3")])
    assert got[0].clause_id == "hz_craftsman_2016#五" and got[0].quote.startswith("资格审核。")


def test_a_step_done_with_le_and_the_rest_after_it_asks_the_next_pass():
    # "人推上去了，后面第一关是啥": a procedure ask (not a count guessed from vectors), and a next-step one
    import re

    from assistant.chat.rules.answer_types import classify, table

    question = "首届数字工匠人推上去了，后面第一关是啥"
    assert classify(question).type == "procedure"
    assert re.search(table()["next_step"], question)
    assert classify("浙派工匠材料报到省里以后头一步是干啥").type == "procedure"  # 材料 is the frame, not the ask


def test_handing_up_said_by_an_asker_names_a_step_titled_as_handing_up():
    # "单位报上去以后第一关是谁审": 报上去 is the 报送 of "(一)单位申报", whose next step is "(二)推荐申报"; the form row
    # "市人力社保部门 审核意见" (in no procedure) is no step
    corpus = load_corpus()
    got = next_step(corpus, "首席技师单位报上去以后第一关是谁审", [_pick(corpus, "hz_chief_technician_2021#附件2")])
    assert got[0].clause_id == "hz_chief_technician_2021#三/(二)"
