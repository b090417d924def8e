"""LLM mode of profile extraction (issue 13): the model reads the profile through structured output, the rules
fill in and cross-check, the checker decides. Fake chat models only."""

from __future__ import annotations

import datetime as dt
import json

from langchain_core.language_models.fake_chat_models import GenericFakeChatModel
from langchain_core.messages import AIMessage

from assistant.chat.case.state import Session
from assistant.chat.turn import make_deps, respond
from assistant.extract.llm_profile import cross_check, llm_profile
from tests.chat_support import KeywordRetriever

TODAY = dt.date(2026, 11, 21)


class ToolModel(GenericFakeChatModel):
    """A fake that accepts tools, so ``with_structured_output`` goes through a tool call."""

    disable_streaming: bool = True

    def bind_tools(self, tools, **kwargs):
        return self


class BrokenModel(GenericFakeChatModel):
    def _generate(self, *args, **kwargs):
        raise TimeoutError("endpoint timed out")


def _json_model(profile: dict) -> GenericFakeChatModel:
    return GenericFakeChatModel(messages=iter([AIMessage(content=json.dumps(profile, ensure_ascii=False))]))


def _tool_model(profile: dict) -> ToolModel:
    call = {"name": "Profile", "args": profile, "id": "call-1"}
    return ToolModel(messages=iter([AIMessage(content="", tool_calls=[call])]))


def test_structured_output_through_a_tool_call():
    got = llm_profile(_tool_model({"union_member": True, "skill_level": "高级技师"}), "厂里工会我交着会费呢", TODAY)
    assert got == {"union_member": True, "skill_level": "高级技师"}


def test_a_model_without_tools_answers_json_text():
    got = llm_profile(_json_model({"employer_city": "杭州", "union_member": False}), "没进过工会", TODAY)
    assert got == {"employer_city": "杭州", "union_member": False}


def test_invalid_values_and_failures_are_dropped():
    assert llm_profile(_json_model({"skill_level": "大师", "union_member": True}), "x", TODAY) == {"union_member": True}
    assert llm_profile(BrokenModel(messages=iter([])), "x", TODAY) == {}


def test_the_rules_cross_check_the_model():
    merged, disagreed = cross_check({"employer_city": "宁波", "union_member": True},
                                    {"employer_city": "杭州", "skill_level": "技师"})
    assert merged == {"employer_city": "杭州", "union_member": True, "skill_level": "技师"}
    assert disagreed == ("employer_city",)


def test_a_turn_in_llm_mode_uses_the_model_profile_and_the_checker_decides():
    model = _tool_model({"union_member": True, "employer_city": "宁波", "prior_titles": []})
    deps = make_deps(retriever=KeywordRetriever(), today=TODAY, profile_llm=model)
    session = Session()
    answer = respond(session, "第四届数字工匠：我在萧山做云计算运维8年，工会我一直交会费的，能报吗", deps)
    assert session.profile["union_member"] is True, "the model read what the rules could not"
    assert session.profile["employer_city"] == "杭州", "the rules win where they disagree"
    assert session.profile["prior_titles"] == []
    assert answer.verdicts and answer.mode == "offline"


def test_llm_answers_keep_the_questions_asked_back():
    model = ToolModel(messages=iter([AIMessage(content="根据检查器的结论，还需要补充信息。")]))
    deps = make_deps(retriever=KeywordRetriever(), today=TODAY, llm=model)
    answer = respond(Session(), "我做软件开发8年，在杭州全职3年，能报第四届数字工匠吗", deps)
    assert answer.questions and answer.to_json()["questions"][0]["field"]
