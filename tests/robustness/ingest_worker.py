"""A real ingest (or open) in its own process, for the durability tests, with a fake embedder that can be
slowed down so a test can SIGKILL it at a chosen point. Prints one ``embedded N`` line per text embedded
(flushed) and, at the end, the report as JSON.

Run with:  python -m tests.robustness.ingest_worker ingest|open [seconds per text]
(ASSISTANT_DATA_DIR / ASSISTANT_CORPUS_DIR select the index and the notices.)
"""

from __future__ import annotations

import json
import sys
import time

from assistant.config import get_settings
from assistant.retrieval.index import ingest, open_index
from tests.retrieval_fakes import FAKE_MODEL, HashEmbedder


class SlowEmbedder(HashEmbedder):
    def __init__(self, delay: float) -> None:
        super().__init__(FAKE_MODEL)
        self.delay = delay

    def encode(self, texts):
        out = []
        for text in texts:
            time.sleep(self.delay)
            out.append(super().encode([text])[0])
            print(f"embedded {len(self.calls)}", flush=True)
        import numpy as np

        return np.asarray(out)


def main() -> None:
    mode = sys.argv[1]
    delay = float(sys.argv[2]) if len(sys.argv) > 2 else 0.0
    settings = get_settings()
    embedder = SlowEmbedder(delay)
    if mode == "ingest":
        report = ingest(settings, embedder, progress=False)
        print(json.dumps(report.to_json(), ensure_ascii=False), flush=True)
    else:
        index = open_index(settings, embedder)
        print(json.dumps({**index.report.to_json(), "count": index.collection.count(),
                          "manifest_chunks": index.manifest["chunk_count"], "chunks_now": len(index.chunks),
                          "collection": index.manifest["collection"]}, ensure_ascii=False), flush=True)


if __name__ == "__main__":
    main()
