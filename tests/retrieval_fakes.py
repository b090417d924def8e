"""A deterministic fake embedder for the retrieval tests: hashed character bigrams, L2-normalised."""

from __future__ import annotations

import hashlib

import numpy as np

FAKE_MODEL = "fake-bigram-hash"
DIM = 64


class HashEmbedder:
    """Embeds character-bigram counts hashed into ``DIM`` buckets; counts every text it embeds."""

    def __init__(self, name: str = FAKE_MODEL, fail_after: int | None = None) -> None:
        self.name = name
        self.calls: list[str] = []
        self.fail_after = fail_after  # raise once this many texts were embedded (a crash mid-ingest)

    def encode(self, texts: list[str]) -> np.ndarray:
        out = np.zeros((len(texts), DIM), dtype=np.float32)
        for row, text in enumerate(texts):
            if self.fail_after is not None and len(self.calls) >= self.fail_after:
                raise RuntimeError("simulated crash while embedding")
            self.calls.append(text)
            for i in range(len(text) - 1):
                bucket = int.from_bytes(hashlib.md5(text[i:i + 2].encode()).digest()[:4], "little") % DIM
                out[row, bucket] += 1.0
            out[row] /= max(np.linalg.norm(out[row]), 1e-9)
        return out
