"""Issue 17 §4: one redactor (assistant.pii) for every sink. Hypothesis writes 身份证号 and 手机号 the ways people
do (spaces, dashes, dots, full width, Chinese digits, 15-digit IDs) and no sink may write one."""

from __future__ import annotations

import io
import json
import logging

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from assistant.chat.case.state import Session
from assistant.config import get_settings
from assistant.pii import ID_CARD_MASK, PHONE_MASK, redact, redact_value

_CN = "〇一二三四五六七八九"
_SEPS = (" ", "-", ".", "－", "．", " - ", "\u3000")

# The issue's own examples, verbatim.
ISSUE = ("330106 1977 0312 4563", "330106770312456", "１３９－５７１４－６８２３", "139.5714.6823",
         "1395 714 6823", "一三九五七一四六八二三")


@pytest.mark.parametrize("written", ISSUE)
def test_the_issue_formats_are_masked(written):
    out = redact(f"我的号码是{written}，谢谢")
    assert out.startswith("我的号码是[") and out.endswith("，谢谢") and (ID_CARD_MASK in out or PHONE_MASK in out)


@pytest.mark.parametrize("text", ["我1988年6月出生，干了12年", "杭总工〔2026〕10号", "0571-88886666", "第一二三届",
                                  "2023.12.01", "共 3 5 7 项", "hz_digital_craftsman_2026#三/(二)/1/(2)"])
def test_ordinary_numbers_are_kept(text):
    assert redact(text) == text


def test_a_date_next_to_a_phone_keeps_the_date():
    assert redact("2023.12.01 13957146823") == f"2023.12.01 {PHONE_MASK}"


@st.composite
def numbers(draw) -> tuple[str, str]:
    """(digits, written form)."""
    kind = draw(st.sampled_from(["id18", "id15", "mobile"]))
    if kind == "mobile":
        digits = "1" + draw(st.sampled_from("3456789")) + draw(st.text("0123456789", min_size=9, max_size=9))
        groups = draw(st.sampled_from([(11,), (3, 4, 4), (4, 3, 4), (3, 8)]))
    elif kind == "id15":
        digits = draw(st.text("0123456789", min_size=15, max_size=15))
        groups = draw(st.sampled_from([(15,), (6, 6, 3), (6, 9)]))
    else:
        digits = draw(st.text("0123456789", min_size=17, max_size=17)) + draw(st.sampled_from("0123456789X"))
        groups = draw(st.sampled_from([(18,), (6, 4, 4, 4), (6, 8, 4), (6, 12)]))
    style = draw(st.sampled_from(["ascii", "full", "chinese"]))

    def glyph(ch: str) -> str:
        if ch == "X":
            return "X" if style != "full" else "Ｘ"
        if style == "full":
            return chr(0xFF10 + int(ch))
        return _CN[int(ch)] if style == "chinese" else ch

    sep = draw(st.sampled_from(_SEPS))
    parts, pos = [], 0
    for size in groups:
        parts.append("".join(glyph(c) for c in digits[pos:pos + size]))
        pos += size
    prefix = draw(st.sampled_from(["", "+86 ", "86-"])) if kind == "mobile" and style == "ascii" else ""
    return digits, prefix + sep.join(parts)


def _canonical(text: str) -> str:
    """The text with every digit form read as ASCII and separators between digits dropped."""
    from assistant.pii import _DIGIT_VALUE

    out = []
    for ch in text:
        if ch in _DIGIT_VALUE:
            out.append(_DIGIT_VALUE[ch])
        elif ch in " -.－．\u3000":
            continue
        else:
            out.append(ch)
    return "".join(out).replace("Ｘ", "X")


def leaked(number: tuple[str, str], text: str) -> bool:
    digits, written = number
    return written in text or digits in _canonical(text)


@settings(max_examples=300, deadline=None)
@given(number=numbers(), before=st.sampled_from(["", "我的号码是", "电话：", "身份证号 ", "abc"]),
       after=st.sampled_from(["", "。", "，在杭州工作", " thanks"]))
def test_the_redactor_masks_every_written_form(number, before, after):
    assert not leaked(number, redact(before + number[1] + after))


# -- the sinks ------------------------------------------------------------------------------------------------
@pytest.fixture
def ui(tmp_path, keyword_deps):
    from assistant.ui.context import make_context

    settings_ = get_settings({"ASSISTANT_DATA_DIR": str(tmp_path), "ASSISTANT_TODAY": "2026-11-21",
                              "ASSISTANT_PERSIST_CONVERSATIONS": "true"})
    return make_context(settings_, keyword_deps)


@settings(max_examples=12, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(number=numbers())
def test_no_sink_writes_one(ui, tmp_path, number):
    from assistant.chat.answer import Answer
    from assistant.drafting import draft
    from assistant.evaluation.qa import EvalRow
    from assistant.logs import configure_logging
    from assistant.ui.chat_tab import chat_turn, record_feedback

    written = number[1]
    stream = io.StringIO()
    handler = configure_logging("DEBUG", stream)
    try:
        logging.getLogger("assistant.test").warning("user said %s", written)
        message = f"我的电话{written}，我1988年出生，在杭州做软件开发9年，能申报第四届数字工匠吗？"
        frames = list(chat_turn(ui, message, [], Session()))
        history = frames[-1][0]
        record_feedback(ui, history, Session(), 1, False)
        row = EvalRow(f"q-{written}", f"kind {written}", message, False, {"c": False}, (written,), (), "答",
                      {}, f"原因{written}", 1.0)
        exported = json.dumps(row.to_json(), ensure_ascii=False)
        out = draft({"name": "张伟", "achievements": [f"主导制定团体标准2项，联系{written}"] * 3 +
                     [f"电话{written}" + "很长的成果" * 40] * 12}, "hz_digital_craftsman_2026").to_json()
        drafted = json.dumps(out, ensure_ascii=False)
        shown = json.dumps([frames[-1][0], Answer(message).to_json()], ensure_ascii=False)
    finally:
        logging.getLogger().removeHandler(handler)
    files = "".join(p.read_text(encoding="utf-8") for p in tmp_path.rglob("*.jsonl"))
    assert files, "the sinks wrote nothing: the test would prove nothing"
    for name, text in (("log", stream.getvalue()), ("files", files), ("eval export", exported),
                       ("draft", drafted)):
        assert not leaked(number, text), name
    assert shown  # the screen may echo the user's own message back; the sinks may not


def test_redact_value_walks_everything():
    value = {"kind": "13957146823", "gold": ["330106770312456"], "n": 1, ("t"): ("139.5714.6823",)}
    assert redact_value(value) == {"kind": PHONE_MASK, "gold": [ID_CARD_MASK], "n": 1, "t": [PHONE_MASK]}


def test_the_model_endpoint_gets_masked_text():
    import httpx

    from assistant.llm import redacting_client

    seen = []

    def handler(request):
        seen.append(request.read().decode())
        return httpx.Response(200, json={})

    client = redacting_client(5, httpx.MockTransport(handler))
    client.post("http://127.0.0.1:9/v1/chat/completions",
                json={"messages": [{"role": "user", "content": f"手机{ISSUE[2]}，身份证{ISSUE[0]}"}]})
    assert PHONE_MASK in seen[0] and ID_CARD_MASK in seen[0] and "4563" not in seen[0]
