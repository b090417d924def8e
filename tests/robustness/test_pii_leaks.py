"""PII: 身份证号 (checksum valid or not) and 手机号 never reach logs, feedback, conversation or eval files.

After a PII-laden session, every file under ASSISTANT_DATA_DIR and every line of the log (at DEBUG, so
nothing hides behind the level) is searched for the numbers, as typed and as bare digits.
"""

from __future__ import annotations

import io
import json
import re
import subprocess
import sys
import unicodedata
from pathlib import Path

import pytest

from assistant.chat.case.state import Session
from assistant.config import get_settings
from assistant.pii import contains_pii, redact

ID_VALID = "330106198806150128"  # checksum correct
ID_X = "11010519491231002X"  # checksum X
ID_BAD = "330106198806150121"  # checksum wrong: still an ID number to hide
PHONES = ("13812345678", "+86 139-1234-5678", "１５９１２３４５６７８", "86-137 1234 5678")
ALL_PII = (ID_VALID, ID_X, ID_BAD, *PHONES)
MESSAGES = (
    f"我的身份证号是{ID_VALID}，手机{PHONES[0]}，我1988年6月出生，在杭州全职做软件开发9年，是高级技师，能申报第四届杭州数字工匠吗？",
    f"身份证 {ID_X}，电话 {PHONES[1]}，第四届要求在杭全职工作几年？",
    f"我的证件号{ID_BAD}，联系方式{PHONES[2]}或{PHONES[3]}，浙派工匠多久评选一次？",
    f"{ID_VALID}",
    f"请帮我写主要事迹：主导制定团体标准2项，电话{PHONES[0]}，身份证{ID_VALID}，申报第四届杭州数字工匠。",
)


def forms(value: str) -> set[str]:
    """The value as typed, NFKC-normalised, and as bare digits (what a careless log line would hold)."""
    ascii_ = unicodedata.normalize("NFKC", value)
    digits = re.sub(r"[^0-9Xx]", "", ascii_)
    out = {value, ascii_, digits}
    if digits.startswith("86") and len(digits) == 13:
        out.add(digits[2:])
    return out


def leaks(text: str, generic: bool = True) -> list[str]:
    """The test's numbers in any form; with ``generic``, any ID-card or mobile number at all."""
    found = [f for value in ALL_PII for f in forms(value) if f in text]
    return found + (["contains_pii"] if generic and contains_pii(text) else [])


def everything_under(directory: Path) -> dict[str, str]:
    return {str(p.relative_to(directory)): p.read_bytes().decode("utf-8", "ignore")
            for p in directory.rglob("*") if p.is_file()}


def test_the_test_numbers_are_what_redaction_must_catch():
    for value in ALL_PII:
        assert contains_pii(value) and not leaks(redact(f"号码{value}。"))


def test_callbacks_feedback_conversations_and_eval_exports_hold_no_pii(ui_ctx, tmp_path, monkeypatch):
    """Chat (with and without ASSISTANT_PERSIST_CONVERSATIONS), 👍/👎, self-check, drafting, eval export."""
    from assistant.logs import configure_logging
    from assistant.ui import chat_tab, draft_tab, eval_tab, selfcheck_tab
    from assistant.ui.context import make_context
    from assistant.ui.forms import blank_form

    log = io.StringIO()
    handler = configure_logging("DEBUG", stream=log)
    data = Path(get_settings().data_dir)
    try:
        history, session = None, None
        for message in MESSAGES:
            history, *_rest, session = list(chat_tab.chat_turn(ui_ctx, message, history, session))[-1]
        assert not (data / "conversations.jsonl").exists()  # off unless the setting turns it on
        for index in range(1, len(history), 2):
            chat_tab.record_feedback(ui_ctx, history, session, index, index % 4 == 1)
        monkeypatch.setenv("ASSISTANT_PERSIST_CONVERSATIONS", "true")
        kept = make_context(get_settings(), ui_ctx.deps)
        for message in MESSAGES:
            list(chat_tab.chat_turn(kept, message, None, Session()))
        assert (data / "conversations.jsonl").exists()

        selfcheck_tab.run_selfcheck(ui_ctx, Session(), {**blank_form(), "occupation": f"软件开发 {PHONES[0]}",
                                                         "birth_date": "1988-06", "achievements": MESSAGES[4]}, "")
        selfcheck_tab.run_selfcheck(ui_ctx, Session(), {**blank_form(), "birth_date": ID_VALID}, "")
        values = {"name": "张伟", "id_card": ID_VALID, "phone": PHONES[0], "achievements": MESSAGES[4],
                  "use_profile": False}
        draft_tab.make_draft(ui_ctx, Session(), "hz_digital_craftsman_2026", values)

        upload = tmp_path / "pii-set.jsonl"
        upload.write_text("\n".join(json.dumps({"id": f"q{i}", "question": m, "key_facts": [PHONES[0]]},
                                               ensure_ascii=False) for i, m in enumerate(MESSAGES)), encoding="utf-8")
        summary, rows, files = eval_tab.run_eval_page(ui_ctx, str(upload))
        exports = data / "exports"
        exports.mkdir()
        eval_tab.write_results({"metrics": {}, "rows": [r for r in _rows(ui_ctx, upload)]}, exports)
        for path in files:
            (exports / Path(path).name).write_bytes(Path(path).read_bytes())
        assert not leaks(summary) and not leaks(json.dumps(rows, ensure_ascii=False))
    finally:
        import logging

        logging.getLogger().removeHandler(handler)
    written = everything_under(data)
    assert {"feedback.jsonl", "conversations.jsonl"} <= set(written) and any(k.startswith("exports") for k in written)
    for name, content in written.items():
        assert not leaks(content, generic=not name.startswith("index")), name  # the notices quote contact phones
    assert log.getvalue().count("\n") > 20  # DEBUG really was on
    assert not leaks(log.getvalue())


def _rows(ctx, upload):
    from assistant.evaluation.qa import load_eval_set, run_eval

    return run_eval(load_eval_set(upload), ctx.deps).to_json()["rows"]


@pytest.mark.slow
def test_cli_eval_report_and_logs_hold_no_pii(tmp_path, monkeypatch):
    upload = tmp_path / "pii-set.jsonl"
    upload.write_text("\n".join(json.dumps({"id": f"q{i}", "question": m}, ensure_ascii=False)
                                for i, m in enumerate(MESSAGES[1:3])), encoding="utf-8")
    env = {**__import__("os").environ, "ASSISTANT_LOG_LEVEL": "DEBUG"}
    out = subprocess.run([sys.executable, "-m", "assistant.cli", "eval", "--set", str(upload), "--json", "--rows"],
                         capture_output=True, text=True, env=env, timeout=600)
    assert out.returncode == 0, out.stderr[-2000:]
    assert json.loads(out.stdout)["items"] == 2
    assert "DEBUG" in out.stderr and not leaks(out.stdout) and not leaks(out.stderr)
    out = subprocess.run([sys.executable, "-m", "assistant.cli", "ask", MESSAGES[0], "--json"],
                         capture_output=True, text=True, env=env, timeout=600)
    assert out.returncode == 0 and not leaks(out.stderr)


@pytest.mark.slow
def test_a_real_app_session_leaves_no_pii_in_its_data_dir_or_log(tmp_path, built_index):
    """app.py at DEBUG; PII through every public endpoint (chat, self-check, search, drafting, errors)."""
    import httpx

    from bench.load import call, stop_app
    from tests.robustness.conftest import start_app_with

    proc, url, data, log = start_app_with(tmp_path, built_index, ASSISTANT_LOG_LEVEL="DEBUG")
    try:
        with httpx.Client() as client:
            results = [call(client, url, "ask_assistant", [m], 120, "pii-user") for m in MESSAGES]
            profile = {"birth_date": "1988-06", "occupation": f"软件开发，电话{PHONES[0]}", "achievements": [MESSAGES[4]]}
            results.append(call(client, url, "check_eligibility", [profile, "all", ""], 120))
            results.append(call(client, url, "search_clauses", [MESSAGES[1], "", 5], 120))
            results.append(call(client, url, "draft_statement", [{"name": "张伟", "id_card": ID_VALID, "phone": PHONES[1],
                                                                  "achievements": ["主导制定团体标准2项"]},
                                                                 "hz_digital_craftsman_2026"], 120))
            # Errors echo the bad value back to the user, and the app logs them: the log must not hold it.
            errors = [call(client, url, "check_eligibility", [{"birth_date": ID_VALID}, "all", ""], 120),
                      call(client, url, "get_clause", [f"hz_craftsman_2016#{PHONES[0]}"], 120),
                      call(client, url, "search_clauses", [ID_X, "no_such_program", 5], 120)]
        assert all(r.ok for r in results), [r.error for r in results if not r.ok]
        assert not any(r.ok for r in errors)
    finally:
        stop_app(proc)
    text = log.read_text(encoding="utf-8", errors="ignore")
    assert " DEBUG " in text and "turn intents" in text and "callback check_eligibility" in text
    assert not leaks(text), [line for line in text.splitlines() if leaks(line)][:5]
    written = everything_under(data)
    assert not (data / "conversations.jsonl").exists()
    for name, content in written.items():
        assert not leaks(content, generic=not name.startswith("index")), name
