"""Personal numbers said in the chat are masked and answered for; a draft is shortened on request."""

import datetime as dt

import pytest

from assistant.chat.case.state import Session
from assistant.chat.privacy import PII_NOTE, screened
from assistant.chat.turn import make_deps, respond
from tests.chat_support import KeywordRetriever


@pytest.fixture(scope="module")
def deps():
    return make_deps(retriever=KeywordRetriever(), today=dt.date(2026, 11, 21))


def test_a_message_of_only_numbers_is_answered_for_them():
    for said in ("他身份证号是330102199001011234，电话13812345678", "手机：139 5714 6823", "身份证：33010219900101123X"):
        masked, personal, only = screened(said)
        assert personal and only and "1234" not in masked and "6823" not in masked, said


def test_numbers_inside_a_question_are_masked_and_the_question_kept():
    masked, personal, only = screened("我电话13812345678，1990年出生，做数控车工12年，能报首席技师吗")
    assert personal and not only and "13812345678" not in masked and "数控车工12年" in masked
    assert screened("我1990年出生，干了12年") == ("我1990年出生，干了12年", False, False)


def test_the_session_never_keeps_the_number(deps):
    session = Session()
    answer = respond(session, "他身份证号是330102199001011234，电话13812345678", deps)
    assert answer.text == PII_NOTE and "330102" not in str(session.history) and "1381234" not in str(session.history)
    answer = respond(session, "我叫李明，手机13812345678，1990年出生，做数控车工12年，高级技师，能报首席技师吗", deps)
    assert PII_NOTE in answer.text and answer.verdicts and "13812345678" not in str(session.history)


_FACTS = ("帮我们单位的张伟写一下推荐表的主要事迹，报第四届数字工匠。他是我们公司的高级算法工程师，2015年入职，"
          "主导了智能客服大模型项目，客服人力节省40%，获得2024年浙江省科学技术进步奖二等奖，带出了8个徒弟，参与起草了一项团体标准")


@pytest.mark.parametrize("ask, most", [("能不能再短一点？", None), ("字数再压一压", None), ("控制在80字以内", 80),
                                       ("精简到100字", 100)])
def test_a_draft_is_shortened_on_request(deps, ask, most):
    session = Session()
    first = respond(session, _FACTS, deps).draft
    again = respond(session, ask, deps)
    assert again.draft is not None, again.text
    assert again.draft.char_count < first.char_count and again.draft.char_count <= (most or first.char_count)
    assert "张伟" in again.draft.text and "按您的要求压缩到" in again.text
