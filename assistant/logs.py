"""Logging set-up for the entry points, with PII redaction on every handler.

Library code only calls ``logging.getLogger(__name__)``; the CLI, the app and the tests call
``configure_logging`` once.
"""

from __future__ import annotations

import logging

from assistant.pii import redact

__all__ = ["RedactingFilter", "configure_logging"]


class RedactingFilter(logging.Filter):
    """Rewrites each record's message with ID-card and phone numbers masked."""

    def filter(self, record: logging.LogRecord) -> bool:
        try:
            message = record.getMessage()
        except Exception:  # a broken format string must not drop the record
            message = str(record.msg)
        record.msg = redact(message)
        record.args = None
        if record.exc_info and not record.exc_text:
            # Format the traceback here so the formatter reuses the redacted text.
            record.exc_text = logging.Formatter().formatException(record.exc_info)
        if record.exc_text:
            record.exc_text = redact(record.exc_text)
        return True


def configure_logging(level: str = "WARNING", stream=None) -> logging.Handler:
    """Attach one redacting handler (stderr by default) to the root logger, replacing an earlier one."""
    root = logging.getLogger()
    for old in [h for h in root.handlers if getattr(h, "_assistant", False)]:
        root.removeHandler(old)
    handler = logging.StreamHandler(stream)
    handler._assistant = True  # type: ignore[attr-defined]
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    handler.addFilter(RedactingFilter())
    handler.setLevel(level)
    root.addHandler(handler)
    root.setLevel(level)
    return handler
