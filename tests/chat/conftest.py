"""The chat tests' shared fixture: the chat's dependencies with the keyword retriever (no embedding model) and
the eval's fixed today. A module that needs another retriever or date defines its own ``deps``."""

from __future__ import annotations

import datetime as dt

import pytest

from assistant.chat.turn import make_deps
from tests.chat_support import KeywordRetriever


@pytest.fixture(scope="module")
def deps():
    return make_deps(retriever=KeywordRetriever(), today=dt.date(2026, 11, 21))
