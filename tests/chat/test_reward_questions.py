"""What one gets once awarded, asked in everyday words ("有哪些福利", "有啥好处", "评上有啥奖励"): a question about
the notice, answered by the sentence that names the reward, or said to be silent where the notice is; never read
as the asker saying they already hold the title."""

from __future__ import annotations

import datetime as dt

import pytest

from assistant.chat.case.corrections import held_after
from tests.chat_support import talk as _talk

TODAY = dt.date(2026, 11, 21)


@pytest.mark.parametrize("text", ["浙派工匠评上有啥好处", "首届数字工匠评上以后有啥奖励", "杭州工匠评上了能拿点啥"])
def test_a_reward_question_holds_no_title(text):
    assert held_after(text) == {}


@pytest.mark.parametrize(("text", "said"), [
    ("首届杭州工匠评上有哪些福利", "20000元"),
    ("浙派工匠评上有啥好处", "1万元"),
    ("首届数字工匠评上以后有什么待遇", "疗休养"),
])
def test_the_reward_sentence_answers(deps, text, said):
    _, (answer,) = _talk(deps, text)
    assert answer.intents == ("qa",) and said in answer.text, answer.text


def test_a_silent_notice_says_so_first(deps):
    _, (answer,) = _talk(deps, "首席技师评上有什么待遇")
    assert answer.text.startswith("2021年杭州市首席技师的通知没有写明"), answer.text


@pytest.mark.parametrize(("text", "said", "clause"), [
    ("第四届数字工匠评上奖金5000块对吧", "创新培训营", "hz_digital_craftsman_2026#四"),
    ("首届数字工匠评上能拿一万元奖励是吧", "证书、奖牌、纪念品", "hz_digital_craftsman_2023#附件1/四"),
    ("听讲第四届数字工匠一人奖两万块，没错吧", "疗休养", "hz_digital_craftsman_2026#四"),
])
def test_a_money_premise_where_the_notice_awards_honours_is_corrected_with_them(deps, text, said, clause):
    _, (answer,) = _talk(deps, text)
    assert answer.text.startswith("不对") and said in answer.text, answer.text
    assert [c.clause_id for c in answer.citations] == [clause], answer.text


@pytest.mark.parametrize("text", ["首席技师评上后可以带几个徒弟", "杭州工匠评上以后要不要在一线干满几年",
                                  "第四届数字工匠认定后还要继续在技术岗位吗"])
def test_what_happens_once_awarded_is_not_answered_by_a_condition_of_applying(deps, text):
    _, (answer,) = _talk(deps, text)
    assert "没有写明" in answer.text.splitlines()[0] and answer.citations == (), answer.text


@pytest.mark.parametrize("text", ["拿过数字工匠提名奖就不能再参评了吧", "首届杭州工匠总共认定了多少人"])
def test_applying_again_or_a_count_of_those_recognised_still_answers(deps, text):
    _, (answer,) = _talk(deps, text)
    assert answer.citations, answer.text
