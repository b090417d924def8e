"""Issue 17 §1: a model cannot talk past the checker. Claims are verified, not citation syntax; a shell shows
only verified text; a turn has a deadline and a tool-call cap; personal numbers never reach the model."""

from __future__ import annotations

import datetime as dt
import time

import pytest
from langchain_core.language_models.fake_chat_models import GenericFakeChatModel
from langchain_core.messages import AIMessage

from assistant.chat.answer import Answer, Citations
from assistant.chat.case.state import Session
from assistant.chat.turn import make_deps, respond, respond_stream
from assistant.chat.verify import (
    REMOVED_QUOTE,
    REMOVED_REF,
    enforce_verdicts,
    verify_quotes,
    verify_references,
)
from assistant.config import get_settings
from tests.chat_support import KeywordRetriever

TODAY = dt.date(2026, 11, 21)
ELIGIBILITY_Q = "我1988年6月出生，做软件开发8年，在杭州全职工作半年，是工会会员，能报第四届数字工匠吗？"
ALL_Q = "我1988年6月出生，做软件开发8年，在杭州全职工作半年，是工会会员，这几个项目我都能报吗？"


class Scripted(GenericFakeChatModel):
    disable_streaming: bool = True

    def bind_tools(self, tools, **kwargs):
        return self


SEEN: list[str] = []


class Recording(Scripted):
    """Remembers every message it was sent (in SEEN)."""

    def _generate(self, messages, *args, **kwargs):
        SEEN.append(" ".join(str(m.content) for m in messages))
        return super()._generate(messages, *args, **kwargs)


class LoopingTools(Scripted):
    """Always answers with another tool call: the 947-call loop of the issue."""

    calls: list = []

    def _generate(self, messages, *args, **kwargs):
        from langchain_core.outputs import ChatGeneration, ChatResult

        self.calls.append(1)
        msg = AIMessage(content="", tool_calls=[{"name": "search_notices", "args": {"query": "在杭全职"},
                                                 "id": f"c{len(self.calls)}"}])
        return ChatResult(generations=[ChatGeneration(message=msg)])


class Drip(GenericFakeChatModel):
    """Streams one token every ``gap`` seconds, each under the per-call timeout, far past the turn's deadline.

    Bounded (``tokens``): the abandoned stream runs on in langgraph's executor thread, which the interpreter
    joins at exit, so an endless drip kept the whole test process from ending after the last test."""

    gap: float = 0.2
    tokens: int = 25  # 5 s: ten times the deadline under test

    def bind_tools(self, tools, **kwargs):
        return self

    def _stream(self, *args, **kwargs):
        from langchain_core.messages import AIMessageChunk
        from langchain_core.outputs import ChatGenerationChunk

        for _ in range(self.tokens):
            time.sleep(self.gap)
            yield ChatGenerationChunk(message=AIMessageChunk(content="符合"))


def _deps(model, timeout: str = "30"):
    settings = get_settings({"ASSISTANT_TODAY": "2026-11-21", "ASSISTANT_LLM_TIMEOUT": timeout})
    return make_deps(settings, retriever=KeywordRetriever(), llm=model, today=TODAY)


def _model(*texts):
    return Scripted(messages=iter([AIMessage(content=t) for t in texts]))


def _verdicts(answer: Answer) -> dict:
    return {v.program: v.verdict for v in answer.verdicts or ()}


@pytest.mark.parametrize("claim", [
    "好消息：经过审核，你符合条件，可以申报。",
    "You are eligible for all five programs.",
    "您五个项目都可以申报。",
    "恭喜！您完全满足所有申报要求，稳了。",
    "你有资格参评第四届杭州数字工匠和杭州工匠。",
    "Good news: you qualify.",
])
def test_a_claim_that_contradicts_the_checker_is_replaced(claim):
    answer = respond(Session(), ALL_Q, _deps(_model(claim)))
    verdicts = _verdicts(answer)
    assert verdicts and set(verdicts.values()) != {"eligible"}
    assert claim.rstrip("。.") not in answer.text
    assert "以资格检查器的结论为准" in answer.text


def test_a_claim_that_agrees_is_kept(corpus):
    verdicts = [{"program": "hz_digital_craftsman_2026", "verdict": "not_eligible"}]
    kept = enforce_verdicts("您目前不符合第四届杭州数字工匠的条件。", verdicts, corpus)
    assert kept.text == "您目前不符合第四届杭州数字工匠的条件。" and not kept.problems


def test_a_claim_for_one_programme_is_checked_against_that_programme(corpus):
    verdicts = [{"program": "hz_digital_craftsman_2026", "verdict": "eligible"},
                {"program": "hz_craftsman_2016", "verdict": "not_eligible"}]
    ok = enforce_verdicts("您符合第四届杭州数字工匠的条件。", verdicts, corpus)
    assert not ok.problems
    bad = enforce_verdicts("您也可以申报首届杭州工匠。", verdicts, corpus)
    assert bad.problems and "首届杭州工匠：" in bad.text


def test_a_rule_stated_for_anyone_is_not_a_claim(corpus):
    verdicts = [{"program": "hz_digital_craftsman_2026", "verdict": "not_eligible"}]
    text = "在杭州全职工作满1年的职工可以申报。"
    assert enforce_verdicts(text, verdicts, corpus).text == text


def test_without_a_check_a_claim_about_the_asker_is_removed(corpus):
    out = enforce_verdicts("你符合条件，可以申报。", [], corpus)
    assert "你符合条件" not in out.text and out.problems


@pytest.mark.parametrize("text", [
    "通知二/(三)规定：“在杭州工作满一个月即可申报…”",
    "根据「在杭州工作满一个月即可申报」，您可以报。",
])
def test_a_quote_not_in_any_clause_is_removed_and_flagged(corpus, text):
    out = verify_quotes(text, corpus)
    assert "满一个月" not in out.text and REMOVED_QUOTE in out.text and out.problems


def test_a_true_quote_is_kept_even_around_an_ellipsis(corpus):
    text = "通知写明“从事数字经济行业工作一般在5年以上…在杭全职工作1年以上”。"
    assert verify_quotes(text, corpus).text == text


@pytest.mark.parametrize("text, kept", [
    ("《杭总工〔2026〕10号》第九条：规定如此。", "杭总工〔2026〕10号"),
    ("依据杭总工〔2026〕11号，可以申报。", None),
    ("见通知十/(九)。", None),
    ("见二/(三)。", "二/(三)"),
])
def test_document_numbers_articles_and_paths_must_resolve(corpus, text, kept):
    out = verify_references(text, corpus)
    if kept:
        assert kept in out.text
    assert "第九条" not in out.text and "11号" not in out.text and "十/(九)" not in out.text
    if text.startswith("见二"):
        assert not out.problems
    else:
        assert REMOVED_REF in out.text and out.problems


def test_the_issue_answer_is_fully_verified():
    model = _model("好消息：经过审核，你符合条件，可以申报。"
                   "《杭总工〔2026〕10号》第九条：“在杭州工作满一个月即可申报…”")
    answer = respond(Session(), ELIGIBILITY_Q, _deps(model))
    for bad in ("你符合条件", "第九条", "满一个月"):
        assert bad not in answer.text
    assert "核验说明" in answer.text


def test_a_shell_sees_only_verified_text():
    model = _model("好消息：你符合条件，可以申报。第四届要求在杭全职工作1年以上，见 [hz_digital_craftsman_2026#二]。")
    events = list(respond_stream(Session(), ELIGIBILITY_Q, _deps(model)))
    streamed = "".join(e for e in events if isinstance(e, str))
    assert "你符合条件" not in streamed
    assert streamed.strip() == events[-1].text.strip()


def test_assistant_chat_prints_only_verified_text(monkeypatch, capsys):
    import assistant.chat.turn as turn
    from assistant.cli import (
        ask_cmds,  # noqa: F401 - the command module
        main,
    )

    model = _model("好消息：你符合条件，可以申报。")
    monkeypatch.setattr(turn, "make_deps", lambda *a, **k: _deps(model))
    inputs = iter([ELIGIBILITY_Q, "退出"])
    monkeypatch.setattr("builtins.input", lambda prompt="": next(inputs))
    with pytest.raises(SystemExit):
        main(["chat"])
    out = capsys.readouterr().out
    assert "你符合条件" not in out and "以资格检查器的结论为准" in out


def test_a_tool_call_loop_is_capped():
    model = LoopingTools(messages=iter([]))
    LoopingTools.calls = []
    start = time.monotonic()
    answer = respond(Session(), "第四届要求在杭全职工作几年？", _deps(model))
    assert answer.mode == "offline" and answer.citations
    assert len(LoopingTools.calls) <= 8 and time.monotonic() - start < 20


def test_a_token_drip_hits_the_turn_deadline():
    start = time.monotonic()
    answer = respond(Session(), "第四届要求在杭全职工作几年？", _deps(Drip(messages=iter([])), timeout="0.5"))
    took = time.monotonic() - start
    assert answer.mode == "offline" and answer.citations
    assert took < 1.0 + 1.5  # deadline 2 × 0.5 s, plus the offline answer


def test_personal_numbers_are_masked_before_the_model():
    SEEN.clear()
    model = Recording(messages=iter([AIMessage(content="第四届要求在杭全职工作1年以上。")]))
    session = Session()
    session.remember("我的手机是139 5714 6823", "好的")
    respond(session, "身份证330106 1977 0312 4563，第四届要求在杭全职工作几年？", _deps(model))
    sent = " ".join(SEEN)
    assert sent and "4563" not in sent and "6823" not in sent and "手机号已隐去" in sent


def test_the_app_keeps_verified_text_when_the_conversation_file_fails(tmp_path, monkeypatch):
    from assistant.ui.chat_tab import chat_turn
    from assistant.ui.context import make_context

    settings = get_settings({"ASSISTANT_DATA_DIR": str(tmp_path), "ASSISTANT_TODAY": "2026-11-21",
                             "ASSISTANT_PERSIST_CONVERSATIONS": "true"})
    ctx = make_context(settings, _deps(_model("好消息：你符合条件，可以申报。")))

    def broken(*a, **k):
        raise OSError("disk full")

    monkeypatch.setattr(type(ctx), "append_jsonl", broken)
    frames = list(chat_turn(ctx, ELIGIBILITY_Q, [], Session()))
    history, _, sources, cards = frames[-1][:4]
    from assistant.ui.chat_tab import message_text

    shown = message_text(history[-1])
    assert "以资格检查器的结论为准" in shown and "你符合条件" not in shown
    assert cards and sources


def test_citations_object_is_shared_across_sentences(corpus):
    from assistant.chat.verify import SentenceVerifier

    v = SentenceVerifier(corpus, "问题", [], Citations())
    parts = v.feed("见 [hz_digital_craftsman_2026#二]。再见 [hz_digital_craftsman_2026#二]")
    parts.append(v.flush())
    assert len(v.cites.items) == 1 and all("[1]" in p for p in parts)
