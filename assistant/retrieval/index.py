"""The vector index: chunks embedded into a Chroma collection, kept idempotent and crash-safe.

Layout under ``ASSISTANT_DATA_DIR/index/``: ``chroma/`` (the embedded store), ``manifest.json`` (what is
indexed: model, per-notice content hashes, chunk count, the live collection) and ``ingest.lock``; those
files and the Chroma client are in ``assistant.retrieval.store``.

- Idempotent: a notice whose content hash is in the manifest is not embedded again; a changed notice is
  the only one re-embedded. Each change builds a new collection (unchanged notices' vectors are copied
  over) and the manifest, written last and atomically, switches to it; so a crash mid-ingest leaves the
  previous complete index serving, and nothing ever serves from a half-built collection.
- Persisted: beside the manifest, ``files/<collection>/`` keeps the chunks, the BM25 index and the vectors,
  so ``open_index`` with a current manifest re-chunks, re-tokenises and re-embeds nothing, and (embedded
  store) does not even open Chroma: dense search is exact over the saved vectors (``EXACT_MAX_ROWS``).
- Resumable: vectors are written to the new collection batch by batch (never more than Chroma's
  ``get_max_batch_size()`` a call) and ``pending.json`` names that collection, so an ingest killed midway
  is resumed by the next one (``IngestReport.resumed`` counts the vectors it found), not started over.
- A missing, unreadable or inconsistent manifest/store, or a different embedding model, means a rebuild.
- Concurrent ingests are serialised by a ``filelock`` lock.
- With ``ASSISTANT_CHROMA_HOST`` set, the collection lives on that Chroma server instead. Replicas share the
  server, not the manifest: there the collection is named after its content and written by upserts, so every
  replica with the same notices adopts or finishes the same one, and no replica drops another's generation.

Run with:  ``assistant ingest``
"""

from __future__ import annotations

import hashlib
import json
import logging
import shutil
import time
import uuid
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

import numpy as np

from assistant.config import Settings, get_settings
from assistant.errors import InputError, ServiceError
from assistant.retrieval.chunking import CHUNKER_VERSION, Chunk, chunk_notice, notice_hash
from assistant.retrieval.embedding import Embedder, load_embedder
from assistant.retrieval.store import (
    PREFIX,
    SCHEMA,
    drop_stale,
    drop_stale_files,
    files_dir,
    get_paged,
    index_paths,
    max_batch,
    open_client,
    raise_storage_error,
    read_manifest,
    records,
    store_id,
    write_manifest,
)

if TYPE_CHECKING:
    from assistant.notices.tree import Corpus

__all__ = ["IngestReport", "Index", "ingest", "open_index", "index_paths", "fresh_corpus", "SCHEMA",
           "EXACT_MAX_ROWS", "HNSW_MIN_ROWS"]

log = logging.getLogger(__name__)
_BATCH = 32  # texts per embedder call, and per resumable write
# Dense search is exact over the saved matrix (up to EXACT_MAX_ROWS vectors, ~400 MB of float32 at 512-d) when
# it scans few rows: always within programmes (6 ms against Chroma's 40 ms filtered query at 14k chunks; Chroma
# filters slowly), and over everything up to HNSW_MIN_ROWS. A search of everything in a bigger index goes to
# Chroma's HNSW graph (2.4 ms against 14 ms exact at 14k). README “稳定性与性能” has the figures.
EXACT_MAX_ROWS = 200_000
HNSW_MIN_ROWS = 5_000


@dataclass(frozen=True)
class IngestReport:
    """What one ingest did."""

    model: str
    store: str
    indexed: tuple[str, ...]  # programs (re-)embedded
    skipped: tuple[str, ...]  # programs already up to date
    chunks: int  # chunks in the index afterwards
    embedded: int  # chunks embedded by this run
    rebuilt: str | None  # why the whole index was rebuilt, if it was
    seconds: float
    resumed: int = 0  # vectors an interrupted ingest had already written, reused by this run

    @property
    def changed(self) -> bool:
        return bool(self.indexed)

    def to_json(self) -> dict:
        return {"model": self.model, "store": self.store, "indexed": list(self.indexed),
                "skipped": list(self.skipped), "chunks": self.chunks, "embedded": self.embedded,
                "resumed": self.resumed, "rebuilt": self.rebuilt, "seconds": round(self.seconds, 2)}


def _spans(chunks: list[Chunk]) -> dict[str, tuple[int, int]]:
    """Each programme's (first, last + 1) chunk position; chunks are stored notice by notice."""
    out: dict[str, tuple[int, int]] = {}
    for i, c in enumerate(chunks):
        lo, _ = out.get(c.program, (i, i))
        out[c.program] = (lo, i + 1)
    if sum(hi - lo for lo, hi in out.values()) != len(chunks):
        raise ServiceError("索引中的片段顺序异常。请运行 assistant ingest --rebuild 重建索引。")
    return out


@dataclass(frozen=True)
class Index:
    """A complete, loaded index: the chunks, the corpus they were cut from, the live collection and the
    embedder that made it; ``vectors`` (aligned with ``chunks``) when dense search runs exact in numpy."""

    settings: Settings
    manifest: dict
    chunks: list[Chunk]
    store: Any  # the Chroma collection, or None: opened on first use (an exact search never needs it)
    embedder: Embedder
    report: IngestReport
    corpus: Corpus
    vectors: Any = None  # np.ndarray (len(chunks), dim) float32, or None: Chroma answers dense queries
    files: Path | None = None  # where the persisted chunks / BM25 / vectors of this collection are
    spans: dict = field(default_factory=dict)  # programme -> (lo, hi) positions in ``chunks``

    def __post_init__(self) -> None:
        if not self.spans:
            object.__setattr__(self, "spans", _spans(self.chunks))

    @property
    def needs_collection(self) -> bool:
        """Whether some dense search will go to Chroma (then warming up opens it ahead of the first query)."""
        return self.vectors is None or len(self.chunks) > HNSW_MIN_ROWS

    @property
    def collection(self):
        """The live Chroma collection (opened now if the index was loaded without it)."""
        if self.store is None:
            client, _ = open_client(self.settings)
            try:
                object.__setattr__(self, "store", client.get_collection(self.manifest["collection"]))
            except Exception:
                raise ServiceError("索引集合缺失。请运行 assistant ingest 重建索引。") from None
        return self.store

    def positions(self, programs: tuple[str, ...] | None) -> list[tuple[int, int]]:
        """The (lo, hi) chunk ranges of ``programs`` (all chunks when None)."""
        if not programs:
            return [(0, len(self.chunks))]
        return [self.spans[p] for p in dict.fromkeys(programs) if p in self.spans]

    def dense(self, vector, programs: tuple[str, ...] | None, n: int) -> list[tuple[str, float]]:
        """(chunk_id, cosine similarity), best first, optionally within some programs."""
        if self.vectors is not None and (programs or len(self.chunks) <= HNSW_MIN_ROWS):
            return self._exact(vector, programs, n)
        n = min(n, len(self.chunks))
        if programs:
            n = min(n, sum(hi - lo for lo, hi in self.positions(programs)))
        where = None
        if programs:
            where = {"program": programs[0]} if len(programs) == 1 else {"program": {"$in": list(programs)}}
        try:
            res = self.collection.query(query_embeddings=[list(map(float, vector))], n_results=n, where=where,
                                        include=["distances"])
        except Exception as exc:
            if self.settings.chroma_host:
                where = f"{self.settings.chroma_host}:{self.settings.chroma_port}"
                raise ServiceError(f"Chroma 服务器 {where} 查询失败（{exc.__class__.__name__}）。请确认服务仍在运行；"
                                   "服务恢复后无需重启助手，下一次提问会自动重新连接。") from exc
            raise ServiceError(f"向量库查询失败（{exc.__class__.__name__}）。请运行 assistant ingest 重建索引。") from exc
        return [(cid, 1.0 - float(d)) for cid, d in zip(res["ids"][0], res["distances"][0], strict=True)]

    def _exact(self, vector, programs: tuple[str, ...] | None, n: int) -> list[tuple[str, float]]:
        """Exact cosine search over the saved vectors, within contiguous programme ranges (no copy)."""
        query = np.asarray(vector, dtype=np.float32)
        ranges = self.positions(programs)
        if not ranges:
            return []
        sims = np.concatenate([self.vectors[lo:hi] @ query for lo, hi in ranges])
        pos = np.concatenate([np.arange(lo, hi) for lo, hi in ranges])
        n = min(n, len(sims))
        if n <= 0:
            return []
        top = np.argpartition(-sims, n - 1)[:n] if n < len(sims) else np.arange(len(sims))
        top = top[np.lexsort((pos[top], -sims[top]))]  # best first; ties in document order
        return [(self.chunks[pos[i]].chunk_id, float(sims[i])) for i in top]


def _embed_batches(embedder: Embedder, chunks: list[Chunk], desc: str, progress: bool | None):
    """Yield (batch, vectors) ``_BATCH`` chunks at a time, with a progress bar on a terminal."""
    from tqdm import tqdm

    # disable=None lets tqdm show the bar only on a terminal.
    disable = None if progress is None else not progress
    with tqdm(total=len(chunks), desc=desc, unit="块", disable=disable, leave=False) as bar:
        for i in range(0, len(chunks), _BATCH):
            batch = chunks[i:i + _BATCH]
            yield batch, np.asarray(embedder.encode([c.index_text for c in batch]), dtype=np.float32)
            bar.update(len(batch))


def _write(collection, chunks: list[Chunk], vectors, page: int) -> None:
    """Upsert in calls of at most ``page`` records (Chroma refuses bigger ones)."""
    for i in range(0, len(chunks), page):
        part = chunks[i:i + page]
        collection.upsert(embeddings=[list(map(float, v)) for v in vectors[i:i + page]], **records(part))


def fresh_corpus(settings: Settings):
    """The corpus as it is on disk now (``load_corpus`` caches per directory; a notice may have changed)."""
    from assistant.notices.tree import Corpus, load_corpus, parse_notice

    corpus = load_corpus(settings.corpus_dir)
    if any(n.path.read_text(encoding="utf-8") != n.source for n in corpus.notices.values()):
        corpus = Corpus({p: parse_notice(n.path) for p, n in corpus.notices.items()})
    return corpus


def ingest(settings: Settings | None = None, embedder: Embedder | None = None, *, rebuild: bool = False,
           progress: bool | None = None) -> IngestReport:
    """Bring the index up to date with the corpus; a no-op when nothing changed. ``progress=None``: a bar
    only on a terminal."""
    from filelock import FileLock, Timeout

    settings = settings or get_settings()
    embedder = embedder or load_embedder(settings.embed_model)
    paths = index_paths(settings)
    try:
        paths["root"].mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise_storage_error(exc, paths["root"])  # read-only or full: say which, in Chinese
        raise ServiceError(f"无法创建索引目录 {paths['root']}。请检查 ASSISTANT_DATA_DIR。") from None
    try:
        with FileLock(str(paths["lock"]), timeout=600):
            return _ingest_locked(settings, embedder, fresh_corpus(settings), rebuild, progress)
    except Timeout:
        raise ServiceError("另一个进程正在建索引，等待超时。请稍后再试。") from None
    except (ServiceError, InputError):
        raise
    except Exception as exc:  # a write that a full or read-only disk refused (Chroma wraps the OS error)
        raise_storage_error(exc, paths["root"])
        raise


def _pending(settings: Settings, client, embedder: Embedder, live: str | None):
    """The collection an interrupted ingest (same model, store and chunker) was filling, if it survives."""
    path = index_paths(settings)["pending"]
    try:
        doc = json.loads(path.read_text(encoding="utf-8"))
        if (doc["model"], doc["store"], doc["chunker"]) != (embedder.name, store_id(settings), CHUNKER_VERSION):
            return None
        if doc["collection"] == live or not doc["collection"].startswith(PREFIX):
            return None
        return client.get_collection(doc["collection"])
    except Exception:  # none, unreadable, or its collection is gone: start afresh
        return None


def _set_pending(settings: Settings, name: str | None, embedder: Embedder) -> None:
    path = index_paths(settings)["pending"]
    if name is None:
        path.unlink(missing_ok=True)
        return
    tmp = path.with_name(f".{path.name}.tmp")
    tmp.write_text(json.dumps({"collection": name, "model": embedder.name, "store": store_id(settings),
                               "chunker": CHUNKER_VERSION}), encoding="utf-8")
    tmp.replace(path)


def _done(collection, page: int) -> dict[str, tuple[str, str]]:
    """What a collection already holds: chunk id -> (document, heading)."""
    got = get_paged(collection, None, ["documents", "metadatas"], page)
    return {cid: (doc, (meta or {}).get("heading", ""))
            for cid, doc, meta in zip(got["ids"], got["documents"], got["metadatas"], strict=True)}


def _files_ok(directory: Path, local: bool) -> bool:
    """Whether the saved files are all there and the BM25 index was made by today's tokenizer (else they are
    saved again once, rather than BM25 being rebuilt in memory at every start)."""
    from assistant.retrieval.lexical import BIGRAMS, WORDS, LexicalIndex

    return (directory / "chunks.json").is_file() and LexicalIndex.current(directory / "bm25", BIGRAMS, WORDS) and (
        not local or (directory / "vectors.npy").is_file())


def _save_files(settings: Settings, name: str, chunks: list[Chunk], collection, page: int) -> None:
    """Persist the chunks, the BM25 index and (embedded store) the vectors of collection ``name``."""
    from assistant.retrieval.lexical import BIGRAMS, WORDS, LexicalIndex

    target = files_dir(settings, name)
    tmp = target.with_name(f".{name}.tmp")
    shutil.rmtree(tmp, ignore_errors=True)
    tmp.mkdir(parents=True)
    (tmp / "chunks.json").write_text(json.dumps([c.to_json() for c in chunks], ensure_ascii=False),
                                     encoding="utf-8")
    LexicalIndex([c.index_text for c in chunks], bigrams=BIGRAMS, words=WORDS).save(tmp / "bm25")
    if not settings.chroma_host:
        got = get_paged(collection, [c.chunk_id for c in chunks], ["embeddings"], page)
        by_id = dict(zip(got["ids"], got["embeddings"], strict=True))
        np.save(tmp / "vectors.npy", np.asarray([by_id[c.chunk_id] for c in chunks], dtype=np.float32))
    shutil.rmtree(target, ignore_errors=True)
    tmp.replace(target)


def _ingest_locked(settings, embedder, corpus, rebuild, progress) -> IngestReport:
    started = time.perf_counter()
    paths = index_paths(settings)
    store = store_id(settings)
    hashes = {p: notice_hash(corpus.notice(p)) for p in corpus.program_ids}

    manifest, reason = read_manifest(paths["manifest"])
    if reason is None and manifest.get("model") != embedder.name:
        reason = f"向量模型由 {manifest.get('model')} 改为 {embedder.name}"
    if reason is None and manifest.get("store") != store:
        reason = "向量库位置已改变"
    if reason is None and rebuild:
        reason = "按要求重建"
    client, broken = open_client(settings)
    page = max_batch(client)
    reason = reason or broken
    old = None
    if reason is None:
        try:
            old = client.get_collection(manifest["collection"])
            if old.count() != manifest["chunk_count"]:
                reason = "索引不完整（向量数与清单不符）"
        except Exception:
            reason = "索引集合缺失"

    same = {p for p in corpus.program_ids if reason is None and manifest["programs"].get(p, {}).get("hash") == hashes[p]}
    if reason is None and len(same) == len(hashes) and len(manifest["programs"]) == len(hashes):
        if not settings.chroma_host:
            drop_stale(client, keep=manifest["collection"])
            _set_pending(settings, None, embedder)
        if not _files_ok(files_dir(settings, manifest["collection"]), not settings.chroma_host):
            log.info("restoring the saved chunks / BM25 / vectors of %s", manifest["collection"])
            chunks = [c for p in corpus.program_ids for c in chunk_notice(corpus.notice(p))]
            _save_files(settings, manifest["collection"], chunks, old, page)
        return IngestReport(embedder.name, store, (), tuple(corpus.program_ids), manifest["chunk_count"], 0, None,
                            time.perf_counter() - started)
    if reason:  # (``same`` is empty then)
        log.info("rebuilding the whole index: %s", reason)

    chunks = {p: chunk_notice(corpus.notice(p)) for p in corpus.program_ids}
    ordered = [c for p in corpus.program_ids for c in chunks[p]]
    total = len(ordered)
    shared = bool(settings.chroma_host)
    live = manifest.get("collection") if manifest else None
    if shared:
        # Replicas share the server but not the manifest: a collection named after its content lets every
        # replica with the same notices and model find (or finish) the same one, and writes are upserts of
        # identical vectors, so two replicas building it at once cannot corrupt it.
        digest = hashlib.sha256(json.dumps([embedder.name, CHUNKER_VERSION, hashes], sort_keys=True).encode())
        name = f"{PREFIX}{digest.hexdigest()[:12]}"
        new = client.get_or_create_collection(name, embedding_function=None,
                                              metadata={"hnsw:space": "cosine", "model": embedder.name})
    else:
        new = None if reason == "按要求重建" else _pending(settings, client, embedder, live)
        if new is None:
            name = f"{PREFIX}{uuid.uuid4().hex[:12]}"
            new = client.create_collection(name, embedding_function=None,
                                           metadata={"hnsw:space": "cosine", "model": embedder.name})
        else:
            name = new.name
            log.info("resuming the interrupted ingest into %s", name)
        _set_pending(settings, name, embedder)

    # What the collection already holds (a resumed or shared one): kept if it is this very chunk.
    held = _done(new, page) if new.count() else {}
    if shared and len(held) == total:  # another replica built it already
        same = set(corpus.program_ids)
    wanted = {c.chunk_id for c in ordered}
    extra = [cid for cid in held if cid not in wanted]
    for i in range(0, len(extra), page):
        new.delete(ids=extra[i:i + page])
    resumed = embedded = 0
    # Vectors reach Chroma every ~5% of the corpus (at least every embedder batch, at most its max batch): one
    # upsert costs ~0.1 s whatever its size up to thousands, so 32 at a time made Chroma half of a big ingest.
    flush = max(_BATCH, min(page, total // 20))
    for program in corpus.program_ids:
        todo = [c for c in chunks[program] if held.get(c.chunk_id) != (c.text, c.prefix)]
        if not shared or program not in same:
            resumed += len(chunks[program]) - len(todo)
        if not todo:
            continue
        if program in same:
            got = get_paged(old, [c.chunk_id for c in todo], ["embeddings", "documents", "metadatas"], page)
            if len(got["ids"]) != len(todo):
                same.discard(program)
            else:
                for i in range(0, len(todo), page):
                    new.upsert(ids=got["ids"][i:i + page], embeddings=got["embeddings"][i:i + page],
                               documents=got["documents"][i:i + page], metadatas=got["metadatas"][i:i + page])
                continue
        pending_chunks: list[Chunk] = []
        pending_vectors: list[np.ndarray] = []
        for batch, vectors in _embed_batches(embedder, todo, program, progress):
            pending_chunks.extend(batch)
            pending_vectors.append(vectors)
            if len(pending_chunks) >= flush:  # written as it goes: a crash after this keeps it for the resume
                _write(new, pending_chunks, np.concatenate(pending_vectors), page)
                embedded += len(pending_chunks)
                pending_chunks, pending_vectors = [], []
        if pending_chunks:
            _write(new, pending_chunks, np.concatenate(pending_vectors), page)
            embedded += len(pending_chunks)
    if new.count() != total:
        raise ServiceError("建索引时写入的向量数不符，索引未启用。请重新运行 assistant ingest。")

    _save_files(settings, name, ordered, new, page)
    write_manifest(paths["manifest"], {
        "schema": SCHEMA, "chunker": CHUNKER_VERSION, "complete": True, "model": embedder.name, "store": store,
        "collection": name, "chunk_count": total, "written_at": time.strftime("%Y-%m-%dT%H:%M:%S"),
        "programs": {p: {"hash": hashes[p], "chunks": len(chunks[p])} for p in corpus.program_ids},
    })
    if not shared:  # on a shared server another replica may still serve an older generation: keep it
        _set_pending(settings, None, embedder)
        drop_stale(client, keep=name)
    drop_stale_files(settings, keep=name)
    indexed = tuple(p for p in corpus.program_ids if p not in same)
    report = IngestReport(embedder.name, store, indexed, tuple(p for p in corpus.program_ids if p in same),
                          total, embedded, reason, time.perf_counter() - started, resumed)
    log.info("ingest: %d chunks, embedded %d, resumed %d (%s), rebuilt=%s", total, embedded, resumed,
             ",".join(indexed), reason)
    return report


def _chunks_from(path: Path) -> list[Chunk]:
    return [Chunk(**{**d, "clause_ids": tuple(d["clause_ids"]), "heading_chain": tuple(d["heading_chain"])})
            for d in json.loads(path.read_text(encoding="utf-8"))]


def _load(settings: Settings, manifest: dict, embedder: Embedder, report: IngestReport, corpus,
          collection=None) -> Index:
    """The index named by ``manifest`` from its saved files (re-chunking only if they are missing)."""
    from assistant.retrieval.chunking import chunk_corpus

    directory = files_dir(settings, manifest["collection"])
    try:
        chunks = _chunks_from(directory / "chunks.json")
    except (OSError, ValueError, TypeError, KeyError):
        log.info("no saved chunks for %s: chunking the notices", manifest["collection"])
        chunks, directory = chunk_corpus(corpus), None
    vectors = None
    if directory is not None and not settings.chroma_host and len(chunks) <= EXACT_MAX_ROWS:
        try:
            vectors = np.load(directory / "vectors.npy", mmap_mode="r")
        except (OSError, ValueError):
            vectors = None
        if vectors is not None and vectors.shape[0] != len(chunks):
            vectors = None
    if collection is None and vectors is None:
        collection = Index(settings, manifest, chunks, None, embedder, report, corpus).collection
    return Index(settings, manifest, chunks, collection, embedder, report, corpus, vectors, directory)


def _current(settings: Settings, manifest: dict | None, embedder: Embedder, corpus) -> bool:
    """Whether the manifest already covers these notices with this model, store and chunker."""
    if manifest is None or manifest.get("model") != embedder.name or manifest.get("store") != store_id(settings):
        return False
    programs = manifest["programs"]
    return len(programs) == len(corpus.program_ids) and all(
        programs.get(p, {}).get("hash") == notice_hash(corpus.notice(p)) for p in corpus.program_ids)


def open_index(settings: Settings | None = None, embedder: Embedder | None = None,
               progress: bool | None = None) -> Index:
    """The complete index named by the manifest; ingests first what is missing or changed.

    With a current manifest and the embedded store this reads the saved files only: no chunking, no BM25
    build, no Chroma (it opens on first use, if ever)."""
    started = time.perf_counter()
    settings = settings or get_settings()
    embedder = embedder or load_embedder(settings.embed_model)
    if not settings.chroma_host:
        corpus = fresh_corpus(settings)
        manifest, _ = read_manifest(index_paths(settings)["manifest"])
        if _current(settings, manifest, embedder, corpus) and _files_ok(files_dir(settings, manifest["collection"]), True):
            report = IngestReport(embedder.name, manifest["store"], (), tuple(corpus.program_ids),
                                  manifest["chunk_count"], 0, None, 0.0)
            try:
                index = _load(settings, manifest, embedder, report, corpus)
            except ServiceError:
                index = None  # its files went away under us (a concurrent ingest): take the slow path
            if index is not None and len(index.chunks) == manifest["chunk_count"]:
                log.info("index %s opened from its saved files in %.2f s", manifest["collection"],
                         time.perf_counter() - started)
                return index
    report = ingest(settings, embedder, progress=progress)
    manifest, reason = read_manifest(index_paths(settings)["manifest"])
    if manifest is None:
        raise ServiceError(f"索引不可用（{reason}）。请运行 assistant ingest。")
    client, _ = open_client(settings)
    try:
        collection = client.get_collection(manifest["collection"])
    except Exception:
        raise ServiceError("索引集合缺失。请运行 assistant ingest 重建索引。") from None
    corpus = fresh_corpus(settings)
    if any(notice_hash(corpus.notice(p)) != manifest["programs"].get(p, {}).get("hash") for p in corpus.program_ids):
        raise ServiceError("通知在建索引期间被修改了。请重新运行 assistant ingest。")
    return _load(settings, manifest, embedder, report, corpus, collection)
