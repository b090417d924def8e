"""LLM mode with langchain-core's fake chat models; the shared plumbing (get_chat_model, load_prompt)."""

from __future__ import annotations

from typing import Any

import pytest
from langchain_core.language_models.fake_chat_models import FakeListChatModel, GenericFakeChatModel
from langchain_core.messages import AIMessage

from assistant.config import get_settings
from assistant.drafting import count_chars, draft
from assistant.llm import get_chat_model, reply_text
from assistant.prompts import PromptError, load_prompt, prompt_variables
from tests.drafting_support import APPLICANT, ID_CARD, PHONE

FACTS = {
    **APPLICANT, "occupation": "人工智能训练师", "years_in_field": 12,
    "achievements": ["主导制定团体标准2项", "带领团队打造设备运维AI智能体，服务企业300家，故障诊断效率提升40%",
                     "攻克多源异构数据实时融合技术难题，获国家发明专利5项"],
    "trained_apprentices": "带徒12人",
    "awards": [{"level": "national", "kind": "全国技术能手", "year": 2021}],
}
GOOD = ("张伟同志现任杭州云栖智造科技有限公司首席架构师，从事人工智能训练师工作12年。该同志带领团队打造设备运维AI智能体，"
        "服务企业300家，故障诊断效率提升40%。攻克多源异构数据实时融合技术难题，获国家发明专利5项。"
        "主导制定团体标准2项。2021年获评全国技术能手。该同志注重传帮带，带徒12人。")
PROGRAM = "hz_digital_craftsman_2026"


class RecordingModel(FakeListChatModel):
    """Replies in turn, and keeps the prompts it was sent."""

    prompts: list[str] = []

    def _call(self, messages: list[Any], *args: Any, **kwargs: Any) -> str:
        self.prompts.append("\n".join(str(m.content) for m in messages))
        return super()._call(messages, *args, **kwargs)


class FailingModel(FakeListChatModel):
    error: type[Exception] = TimeoutError

    def _call(self, *args: Any, **kwargs: Any) -> str:
        raise self.error("the endpoint did not answer")


def test_a_good_reply_passes():
    model = RecordingModel(responses=[GOOD], prompts=[])
    d = draft(FACTS, PROGRAM, llm=model)
    assert d.mode == "llm"
    assert d.text == GOOD
    assert d.unsupported == () and d.removed == ()
    assert d.char_count <= 300
    assert "hz_digital_craftsman_2026#二/(二)" in d.clause_ids
    assert len(model.prompts) == 1


def test_the_prompt_carries_the_facts_and_limit_but_never_the_id_card_or_phone():
    model = RecordingModel(responses=[GOOD], prompts=[])
    draft(FACTS, PROGRAM, llm=model)
    prompt = model.prompts[0]
    assert "300字以内" in prompt and "带徒12人" in prompt and "张伟同志" in prompt
    assert ID_CARD not in prompt and PHONE not in prompt


def test_generic_fake_model_works_too():
    model = GenericFakeChatModel(messages=iter([AIMessage(content=GOOD)]))
    assert draft(FACTS, PROGRAM, llm=model).text == GOOD


def test_an_overlong_reply_is_retried_once():
    long = GOOD * 3
    model = RecordingModel(responses=[long, GOOD], prompts=[])
    d = draft(FACTS, PROGRAM, llm=model)
    assert len(model.prompts) == 2 and "超过了表格规定的300字以内" in model.prompts[1]
    assert d.text == GOOD and d.mode == "llm"
    assert any("压缩" in n for n in d.notes)


def test_an_overlong_reply_after_the_retry_is_trimmed_at_sentence_ends():
    extra = "".join(f"{c}，该同志{p}。" for c in ("此外", "同时", "另外", "而且")
                    for p in ("主导制定团体标准2项", "带徒12人", "获国家发明专利5项"))
    long = GOOD + extra  # over the limit, every sentence grounded
    assert count_chars(long) > 300
    d = draft(FACTS, PROGRAM, llm=FakeListChatModel(responses=[long, long]))
    assert d.mode == "llm"
    assert d.char_count <= 300
    assert d.text.endswith("。") and GOOD.startswith(d.text[:50])
    assert any("按句删去" in n for n in d.notes)


def test_a_fabricated_number_is_caught_and_its_sentence_removed():
    reply = GOOD.replace("主导制定团体标准2项。", "主导制定团体标准2项，服务企业3000家。")
    d = draft(FACTS, PROGRAM, llm=FakeListChatModel(responses=[reply]))
    assert d.mode == "llm"
    assert "3000" not in d.text
    assert any("3000" in r for r in d.removed)
    assert d.unsupported == ()
    assert any("3000" in n for n in d.notes)


def test_a_fabricated_award_and_year_are_caught():
    reply = GOOD + "2019年荣获全国五一劳动奖章。"
    d = draft(FACTS, PROGRAM, llm=FakeListChatModel(responses=[reply]))
    assert "五一劳动奖章" not in d.text and "2019" not in d.text
    assert any("五一劳动奖章" in r for r in d.removed) and any("2019" in r for r in d.removed)


def test_a_mostly_fabricated_reply_falls_back_to_offline():
    reply = "该同志主导制定国家标准8项，服务企业5000家。2018年荣获全国五一劳动奖章。创建“星火”创新工作室。" + "主导制定团体标准2项。"
    d = draft(FACTS, PROGRAM, llm=FakeListChatModel(responses=[reply]))
    assert d.mode == "offline"
    assert d.text == draft(FACTS, PROGRAM).text
    assert d.removed and any("离线模板" in n for n in d.notes)


def test_the_id_card_in_a_reply_is_removed():
    reply = GOOD + f"该同志身份证号{ID_CARD}。"
    d = draft(FACTS, PROGRAM, llm=FakeListChatModel(responses=[reply]))
    assert ID_CARD not in d.text and ID_CARD not in str(d.to_json())


@pytest.mark.parametrize("error", [TimeoutError, ConnectionError, ValueError])
def test_model_failure_falls_back_to_offline_with_a_note(error):
    d = draft(FACTS, PROGRAM, llm=FailingModel(responses=["unused"], error=error))
    assert d.mode == "offline"
    assert d.text == draft(FACTS, PROGRAM).text
    assert any(error.__name__ in n and "离线" in n for n in d.notes)


def test_markdown_and_labels_are_cleaned_from_the_reply():
    reply = f"**主要事迹：**\n\n```\n{GOOD}\n```"
    d = draft(FACTS, PROGRAM, llm=FakeListChatModel(responses=[reply]))
    assert d.text == GOOD


def test_empty_reply_falls_back():
    d = draft(FACTS, PROGRAM, llm=FakeListChatModel(responses=["  "]))
    assert d.mode == "offline" and count_chars(d.text) > 0


# --- plumbing --------------------------------------------------------------------------------

def test_load_prompt_fills_every_variable():
    variables = {name: f"<{name}>" for name in prompt_variables("draft_main_deeds")}
    text = load_prompt("draft_main_deeds", **variables, unused="extra is fine")
    assert "<limit>字以内" in text and "<facts>" in text
    assert "Variables:" not in text  # the header comment is not sent


def test_load_prompt_missing_variable_is_an_error():
    with pytest.raises(PromptError) as err:
        load_prompt("draft_main_deeds", limit=300)
    assert "缺少变量" in str(err.value) and "facts" in str(err.value)


@pytest.mark.parametrize("name", ["no_such_prompt", "../etc/passwd", ""])
def test_unknown_prompt_is_an_error(name):
    with pytest.raises(PromptError):
        load_prompt(name)


def test_literal_braces_survive(tmp_path, monkeypatch):
    import assistant.prompts as prompts

    (tmp_path / "p.md").write_text('<!-- test -->\n回复 {{"text": "…"}}，{x}，{"json": 1}', encoding="utf-8")
    monkeypatch.setattr(prompts, "PROMPTS_DIR", tmp_path)
    assert load_prompt("p", x="好") == '回复 {"text": "…"}，好，{"json": 1}'


def test_get_chat_model_is_none_without_a_model():
    assert get_chat_model(get_settings({})) is None


def test_get_chat_model_builds_an_openai_compatible_client():
    settings = get_settings({"ASSISTANT_LLM_MODEL": "qwen-plus", "ASSISTANT_LLM_BASE_URL": "http://127.0.0.1:9/v1",
                             "ASSISTANT_LLM_TIMEOUT": "7"})
    model = get_chat_model(settings)
    assert type(model).__name__ == "ChatOpenAI"
    assert model.model_name == "qwen-plus" and model.max_retries == 0 and model.request_timeout == 7


def test_reply_text_reads_strings_messages_and_blocks():
    assert reply_text("a") == "a"
    assert reply_text(AIMessage(content="b")) == "b"
    assert reply_text(AIMessage(content=[{"type": "text", "text": "c"}, "d"])) == "cd"


def test_an_unreachable_endpoint_falls_back_offline(monkeypatch, tmp_path, capsys):
    """A real ChatOpenAI client against a closed loopback port: the CLI still drafts, offline, and says why."""
    import json

    from assistant.cli import main

    monkeypatch.setenv("ASSISTANT_LLM_MODEL", "qwen-plus")
    monkeypatch.setenv("ASSISTANT_LLM_BASE_URL", "http://127.0.0.1:9/v1")
    monkeypatch.setenv("ASSISTANT_LLM_TIMEOUT", "3")
    facts = tmp_path / "facts.json"
    facts.write_text(json.dumps(FACTS, ensure_ascii=False), encoding="utf-8")
    with pytest.raises(SystemExit) as exit_info:
        main(["draft", "--program", PROGRAM, "--facts", str(facts), "--json"])
    doc = json.loads(capsys.readouterr().out)
    assert exit_info.value.code == 0
    assert doc["mode"] == "offline" and doc["text"] == draft(FACTS, PROGRAM).text
    assert any("模型调用失败" in n for n in doc["notes"])


def test_a_lone_overlong_sentence_is_cut_where_no_number_splits():
    from assistant.drafting.llm_mode import trim_to_limit

    text = "该同志主导制定团体标准12345项并推广应用。"
    assert trim_to_limit(text, 16) == "该同志主导制定团体标准。"  # "…标准1234" would fit, and would be a false number
    assert trim_to_limit("甲。" + text, 9) == "甲。"
    assert trim_to_limit("a" * 50, 10) == ""


def test_a_model_draft_carries_the_offline_suggestions():
    facts = {k: v for k, v in FACTS.items() if k != "years_in_field"}
    d = draft(facts, PROGRAM, llm=FakeListChatModel(responses=[GOOD]))
    assert d.mode == "llm" and d.suggestions == draft(facts, PROGRAM).suggestions
    assert any("多少年" in s for s in d.suggestions)
