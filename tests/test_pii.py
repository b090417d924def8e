"""PII redaction in text and in every log record."""

from __future__ import annotations

import io
import logging

import pytest

from assistant.logs import configure_logging
from assistant.pii import ID_CARD_MASK, PHONE_MASK, contains_pii, redact


@pytest.mark.parametrize("text", [
    "身份证330106199001011234", "身份证 33010619900101123X", "id 330106 19900101 123x",
    "身份证３３０１０６１９９００１０１１２３４",
])
def test_id_cards_are_masked(text):
    assert ID_CARD_MASK in redact(text) and not contains_pii(redact(text))


@pytest.mark.parametrize("text", ["手机13812345678", "电话 138-1234-5678", "+86 13912345678", "１３８１２３４５６７８"])
def test_mobiles_are_masked(text):
    assert PHONE_MASK in redact(text) and not contains_pii(redact(text))


@pytest.mark.parametrize("text", ["电话:89589640", "0571-87258538", "2026年3月31日", "奖励20000元", "第1259条"])
def test_ordinary_numbers_are_kept(text):
    assert redact(text) == text


def test_log_records_are_redacted():
    stream = io.StringIO()
    handler = configure_logging("INFO", stream=stream)
    try:
        logging.getLogger("assistant.test").info("user said %s", "我的手机13812345678，身份证330106199001011234")
        try:
            raise ValueError("bad 13812345678")
        except ValueError:
            logging.getLogger("assistant.test").exception("failed")
    finally:
        logging.getLogger().removeHandler(handler)
    out = stream.getvalue()
    assert "13812345678" not in out and "330106199001011234" not in out
    assert PHONE_MASK in out and ID_CARD_MASK in out
