"""A count asked in one unit is not a premise about another: "在杭州干了十几年钳工…听说浙派工匠评上了要公示，公示几天啊"
asks days, and the years are the asker's case. Read as a premise, the years narrowed the answer to sentences stating
years, and the answer said the notice was silent on the days it states (不少于5个工作日)."""

from __future__ import annotations

from assistant.chat.case.state import Session
from assistant.chat.rules.answer_types import classify
from assistant.chat.rules.factual_pick import _claims_off_unit
from assistant.chat.turn import respond


def test_years_told_do_not_silence_the_days_asked(deps):
    answer = respond(Session(), "我老家江西的，在杭州干了十几年钳工，高级工，听说浙派工匠评上了要公示，公示几天啊？", deps)
    assert "没有写明" not in answer.text.splitlines()[0]
    assert "5个工作日" in answer.text.replace(" ", "")


def test_a_premise_in_the_asked_unit_is_still_checked(deps):
    answer = respond(Session(), "听说浙派工匠公示要7天，对吧？", deps)
    assert answer.text.startswith("不对")


def test_which_claims_are_off_the_asked_unit():
    told = "在杭州干了十几年钳工，听说浙派工匠评上了要公示，公示几天啊？"
    assert _claims_off_unit(told, classify(told))
    same = "听说公示要7天，公示几天啊？"
    assert not _claims_off_unit(same, classify(same))
    no_unit = "在杭州干了十几年，听说要公示，是吧？"  # no count asked: the years stay a claim to check
    assert not _claims_off_unit(no_unit, classify(no_unit))


def test_a_check_asked_in_words_stays_a_check(deps):
    # found by hypothesis (tests/robustness): at 40 characters ask_kind read this as a rule question and it was refused
    answer = respond(Session(), "主导制定团体标准2项我中级工符合首席技师条件吗。我已经退休了。能申报浙派工匠吗？", deps)
    assert {v.program: v.verdict for v in answer.verdicts}.get("zj_craftsman_2023") == "not_eligible"


def test_a_relatives_check_asked_as_hearsay_stays_a_check(deps):
    # asked as a new user: the father's case told, then "厂里说他可以报…是真的吗" — answered as a premise about years
    # ("不对，通知写的不是30年，而是5年")
    answer = respond(Session(), "我爸今年五十八 在建德水泥厂烧窑烧了三十年 高级工 厂里说他可以报浙派工匠 是真的吗", deps)
    assert "不是30年" not in answer.text
    assert {v.program: v.verdict for v in answer.verdicts}.get("zj_craftsman_2023") == "needs_review"


def test_applying_again_after_the_title_checks_the_edition_asked(deps):
    # blind batch ak (dev): in a talk about 首届, "那第四届呢 我…评上杭州数字工匠了 还能再报吗" checked nothing
    from tests.chat_support import talk

    _, answers = talk(deps, "首届数字工匠 我当时做图像识别算法的 一六年来的杭州 会员 民企",
                      "奖就二一年杭州市科学技术进步奖三等奖 我排第一 那时候没评过什么工匠",
                      "那第四届呢 我二三年首届就评上杭州数字工匠了 还能再报吗")
    verdicts = {v["program"]: v["verdict"] for v in answers[-1].to_json()["verdicts"]}
    assert verdicts["hz_digital_craftsman_2026"] == "not_eligible"
    assert verdicts["hz_digital_craftsman_2023"] == "eligible"
