"""What every tab shares: the settings, ONE set of chat dependencies, and the error guard for callbacks."""

from __future__ import annotations

import datetime as dt
import functools
import inspect
import json
import logging
import threading
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from assistant.config import Settings
from assistant.errors import AssistantError
from assistant.notices.tree import Corpus

__all__ = ["UIContext", "make_context", "guard", "CRASH_MESSAGE"]

log = logging.getLogger("assistant.ui")

CRASH_MESSAGE = "抱歉，处理时出现了意外错误，已记录在日志中。请稍后重试；如果反复出现，请联系工会工作人员。"


@dataclass
class UIContext:
    """Built once at app start and closed over by every callback. ``deps`` is shared by all sessions."""

    settings: Settings
    deps: Any  # assistant.chat.turn.Deps
    _write_lock: threading.Lock = field(default_factory=threading.Lock, repr=False)

    @property
    def corpus(self) -> Corpus:
        return self.deps.corpus

    @property
    def today(self) -> dt.date:
        return self.deps.today

    @property
    def feedback_path(self) -> Path:
        return Path(self.settings.data_dir) / "feedback.jsonl"

    @property
    def conversations_path(self) -> Path:
        return Path(self.settings.data_dir) / "conversations.jsonl"

    def append_jsonl(self, path: Path, record: dict) -> None:
        """Append one record; callbacks run in worker threads, so writes are serialised."""
        from assistant.pii import redact_value

        path.parent.mkdir(parents=True, exist_ok=True)
        line = json.dumps(redact_value(record), ensure_ascii=False) + "\n"  # every field, whatever the caller did
        # errors="replace": a lone surrogate (JSON can carry one) must not lose the record.
        with self._write_lock, path.open("a", encoding="utf-8", errors="replace") as fh:
            fh.write(line)


def make_context(settings: Settings, deps=None) -> UIContext:
    from assistant.chat.turn import make_deps

    return UIContext(settings=settings, deps=deps or make_deps(settings))


def _raise_for(exc: Exception, name: str):
    import gradio as gr

    if isinstance(exc, gr.Error):
        raise exc
    if isinstance(exc, AssistantError):
        log.info("callback %s: %s", name, exc.message)
        raise gr.Error(exc.message, title="无法完成", print_exception=False) from None
    log.exception("callback %s crashed", name)
    raise gr.Error(CRASH_MESSAGE, title="出错了") from None


def guard(fn):
    """Turn any exception into a Chinese gr.Error bubble; the app keeps serving. Works for generators too."""
    if inspect.isgeneratorfunction(fn):
        @functools.wraps(fn)
        def gen_wrapper(*args, **kwargs):
            try:
                yield from fn(*args, **kwargs)
            except Exception as exc:  # noqa: BLE001 - the UI must never show a traceback
                _raise_for(exc, fn.__name__)
        return gen_wrapper

    @functools.wraps(fn)
    def wrapper(*args, **kwargs):
        try:
            return fn(*args, **kwargs)
        except Exception as exc:  # noqa: BLE001
            _raise_for(exc, fn.__name__)
    return wrapper
