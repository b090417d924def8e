"""What a chat turn needs from outside: the settings, the corpus, today's date, the retriever and the model.

The callers (CLI, UI, tests) build one ``Deps`` and pass it in; nothing below the chat reads global
settings for the corpus or the date. Heavy members are created on first use so tests can inject fakes.
"""

from __future__ import annotations

import datetime as dt
import threading
from dataclasses import dataclass, field
from typing import Any

from assistant.config import Settings, get_settings
from assistant.notices.tree import Corpus, load_corpus

__all__ = ["Deps", "make_deps"]


@dataclass
class Deps:
    """What a turn needs. Heavy members are created on first use so tests can inject fakes."""

    settings: Settings
    corpus: Corpus
    today: dt.date
    retriever: Any = None
    llm: Any = None
    _llm_checked: bool = field(default=False, repr=False)
    # The model that reads the profile (structured output) in LLM mode: the configured chat model unless a
    # caller injects one; a test that injects only ``llm`` keeps the rules-based extractor alone.
    profile_llm: Any = None
    # One Deps serves every session of the app from worker threads: the lazy members are built once, under
    # this lock (without it, a second thread could see _llm_checked set before llm and answer offline).
    _lock: threading.RLock = field(default_factory=threading.RLock, repr=False, compare=False)

    def get_retriever(self):
        if self.retriever is None:
            with self._lock:
                if self.retriever is None:
                    from assistant.retrieval.hybrid import get_retriever

                    self.retriever = get_retriever(self.settings)
        return self.retriever

    def get_llm(self):
        if self.llm is None and not self._llm_checked:
            with self._lock:
                if self.llm is None and not self._llm_checked:
                    if self.settings.llm_enabled:
                        from assistant.llm import get_chat_model

                        self.llm = get_chat_model(self.settings)
                    self._llm_checked = True
        return self.llm


    def get_profile_llm(self):
        if self.profile_llm is None and self.settings.llm_enabled:
            return self.get_llm()
        return self.profile_llm


def make_deps(settings: Settings | None = None, retriever=None, llm=None, today: dt.date | None = None,
              profile_llm=None) -> Deps:
    settings = settings or get_settings()
    return Deps(settings=settings, corpus=load_corpus(settings.corpus_dir), today=today or settings.today_date(),
                retriever=retriever, llm=llm, profile_llm=profile_llm)
