"""LLM mode with scripted fake chat models: tool calls, fake citations, contradicted verdicts, time-outs."""

from __future__ import annotations

import datetime as dt

import pytest
from langchain_core.language_models.fake_chat_models import GenericFakeChatModel
from langchain_core.messages import AIMessage

from assistant.chat.case.state import Session
from assistant.chat.turn import make_deps, respond
from tests.chat_support import KeywordRetriever

TODAY = dt.date(2026, 11, 21)
ELIGIBILITY_Q = "我1988年6月出生，做软件开发8年，在杭州全职工作半年，是工会会员，能报第四届数字工匠吗？"


class ScriptedModel(GenericFakeChatModel):
    """A fake chat model that accepts tools (create_agent binds them) and replays scripted messages.

    The generic fake cannot stream tool calls, so scripted tool-calling turns are generated whole.
    """

    disable_streaming: bool = True

    def bind_tools(self, tools, **kwargs):
        return self


class FailingModel(ScriptedModel):
    def _generate(self, *args, **kwargs):
        raise TimeoutError("endpoint timed out")

    def _stream(self, *args, **kwargs):
        raise TimeoutError("endpoint timed out")


def _deps(model):
    deps = make_deps(retriever=KeywordRetriever(), llm=model, today=TODAY)
    return deps


def _model(*messages):
    return ScriptedModel(messages=iter(list(messages)))


def test_good_answer_with_a_tool_call_is_kept(corpus):
    model = _model(
        AIMessage(content="", tool_calls=[{"name": "search_notices", "args": {"query": "在杭全职工作"}, "id": "c1"}]),
        AIMessage(content="第四届要求在杭全职工作1年以上，见 [hz_digital_craftsman_2026#二] “且在杭全职工作1年以上”。"),
    )
    answer = respond(Session(), "第四届要求在杭全职工作几年？", _deps(model))
    assert answer.mode == "llm"
    assert [c.clause_id for c in answer.citations] == ["hz_digital_craftsman_2026#二"]
    assert answer.citations[0].quote == "且在杭全职工作1年以上"
    assert "[1]" in answer.text and "核验说明" not in answer.text


def test_nonexistent_clause_is_caught():
    model = _model(AIMessage(content="根据 [hz_digital_craftsman_2026#二/(九)] “在杭全职工作满两年”，需要两年。"))
    answer = respond(Session(), "第四届要求在杭全职工作几年？", _deps(model))
    assert all(c.clause_id != "hz_digital_craftsman_2026#二/(九)" for c in answer.citations)
    assert "不存在的条款" in answer.text


def test_misquoted_clause_is_replaced_by_the_original(corpus):
    model = _model(AIMessage(content="见 [hz_digital_craftsman_2026#二] “在杭全职工作满两年”。"))
    answer = respond(Session(), "第四届要求在杭全职工作几年？", _deps(model))
    cite = answer.citations[0]
    assert cite.quote != "在杭全职工作满两年" and cite.quote in corpus.clause(cite.clause_id).text
    assert "引文与原文不符" in answer.text


def test_verdict_contradicting_the_checker_is_overridden():
    model = _model(AIMessage(content="好消息：您完全符合条件，可以申报第四届杭州数字工匠。"))
    answer = respond(Session(), ELIGIBILITY_Q, _deps(model))
    checker = answer.verdicts[0].verdict
    assert checker in {"not_eligible", "needs_review"}  # half a year in Hangzhou is short of the 1-year rule
    assert "完全符合条件" not in answer.text and "以资格检查器的结论为准" in answer.text


def test_timeout_falls_back_to_offline():
    answer = respond(Session(), "第四届要求在杭全职工作几年？", _deps(FailingModel(messages=iter([]))))
    assert answer.mode == "offline" and answer.citations
    assert "语言模型服务暂时不可用" in answer.text


@pytest.mark.parametrize("reply", ["", "   "])
def test_empty_model_reply_falls_back(reply):
    answer = respond(Session(), "杭州工匠奖励多少钱？", _deps(_model(AIMessage(content=reply))))
    assert answer.mode == "offline" and "20000" in answer.text


def test_tokens_are_streamed():
    from assistant.chat.turn import respond_stream

    class Streaming(GenericFakeChatModel):
        def bind_tools(self, tools, **kwargs):
            return self

    # Shells see only verified text, one sentence at a time (issue 17), so the reply has three sentences.
    model = Streaming(messages=iter([AIMessage(
        content="第四届 要求 在杭全职工作1年以上。 见 [hz_digital_craftsman_2026#二]。 详情 以 通知 为准。")]))
    events = list(respond_stream(Session(), "第四届要求在杭全职工作几年？", _deps(model)))
    deltas = [e for e in events if isinstance(e, str)]
    assert len(deltas) > 2 and events[-1].mode == "llm" and events[-1].citations
