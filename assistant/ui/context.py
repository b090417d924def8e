"""What every tab shares: the settings, ONE set of chat dependencies, and the error guard for callbacks.

The retriever and its embedding model warm up in a background thread (``UIContext.warm_up``), so the app
serves its first page in seconds; a question asked before they are ready waits for them (the chat shows
``LOADING``), it is never refused.
"""

from __future__ import annotations

import datetime as dt
import functools
import inspect
import json
import logging
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from assistant.config import Settings
from assistant.errors import AssistantError
from assistant.notices.tree import Corpus

__all__ = ["UIContext", "make_context", "guard", "CRASH_MESSAGE", "LOADING"]

log = logging.getLogger("assistant.ui")

CRASH_MESSAGE = "抱歉，处理时出现了意外错误，已记录在日志中。请稍后重试；如果反复出现，请联系工会工作人员。"
# Shown before the answer when the retriever is still warming up; the turn then waits for it.
LOADING = "正在加载检索模型…（应用刚启动，请稍候，加载完成后立即回答）\n正在查找通知原文…"


@dataclass
class UIContext:
    """Built once at app start and closed over by every callback. ``deps`` is shared by all sessions."""

    settings: Settings
    deps: Any  # assistant.chat.turn.Deps
    _write_lock: threading.Lock = field(default_factory=threading.Lock, repr=False)
    _ready: threading.Event = field(default_factory=threading.Event, repr=False)
    _warming: threading.Thread | None = field(default=None, repr=False)

    @property
    def ready(self) -> bool:
        """Whether the retriever (index, BM25, embedding model) is loaded, or its loading has ended."""
        return self._ready.is_set() or getattr(self.deps, "retriever", None) is not None

    def warm_up(self, background: bool = True) -> None:
        """Load the retriever and its model, in a daemon thread unless ``background`` is False, then answer one
        turn offline (``_warm_turn``). A turn that needs the retriever meanwhile blocks on the same lock
        (``Deps.get_retriever``) until it is ready."""
        if self._warming is not None:
            return

        def work() -> None:
            started = time.perf_counter()
            try:
                self.deps.get_retriever()
                log.info("retriever ready in %.1f s", time.perf_counter() - started)
            except AssistantError as exc:  # each question will say so in Chinese; the app keeps serving
                log.error("检索模型加载失败：%s", exc.message)
            except Exception:  # noqa: BLE001 - a warm-up thread must not die silently
                log.exception("retriever warm-up crashed")
            finally:
                self._ready.set()
            self._warm_turn()

        if not background:
            work()
            return
        self._warming = threading.Thread(target=work, name="retriever-warm-up", daemon=True)
        self._warming.start()

    def _warm_turn(self) -> None:
        """Answer one eligibility question offline, so what every turn loads once (the language classifiers,
        the segmenters, the answer-type vectors) is loaded now and not inside the first users' turns, where
        it queued everyone behind it (bench/load.py --hostile: a 5 s tail). The model is never called."""
        import dataclasses

        from assistant.chat.case.state import Session
        from assistant.chat.turn import respond

        started = time.perf_counter()
        offline = self.settings.model_copy(update={"llm_model": None})
        deps = dataclasses.replace(self.deps, settings=offline, llm=None, profile_llm=None, _llm_checked=True)
        try:
            from assistant.drafting import draft
            from assistant.programs import program_ids

            respond(Session(), WARM_QUESTION, deps)
            draft({"name": "示例", "achievements": ["主导制定团体标准2项"]}, program_ids()[-1], corpus=self.corpus,
                  today=self.today)
            log.info("first turn warmed in %.1f s", time.perf_counter() - started)
        except Exception:  # noqa: BLE001 - warming is an optimisation; a real turn reports its own failure
            log.info("turn warm-up failed", exc_info=True)

    def wait_ready(self, timeout: float | None = None) -> bool:
        return self.ready or self._ready.wait(timeout)

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


WARM_QUESTION = "我1988年6月出生，做软件开发8年，在杭州全职工作半年，是工会会员，能申报第四届杭州数字工匠吗？主要业绩：主导制定团体标准2项"


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
