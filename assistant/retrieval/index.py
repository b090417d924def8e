"""The vector index: chunks embedded into a Chroma collection, kept idempotent and crash-safe.

Layout under ``ASSISTANT_DATA_DIR/index/``: ``chroma/`` (the embedded store), ``manifest.json`` (what is
indexed: model, per-notice content hashes, chunk count, the live collection) and ``ingest.lock``; those
files and the Chroma client are in ``assistant.retrieval.store``.

- Idempotent: a notice whose content hash is in the manifest is not embedded again; a changed notice is
  the only one re-embedded. Each change builds a new collection (unchanged notices' vectors are copied
  over) and the manifest, written last and atomically, switches to it; so a crash mid-ingest leaves the
  previous complete index serving, and nothing ever serves from a half-built collection.
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
import time
import uuid
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from assistant.config import Settings, get_settings
from assistant.errors import ServiceError
from assistant.retrieval.chunking import CHUNKER_VERSION, Chunk, chunk_corpus, chunk_notice, notice_hash
from assistant.retrieval.embedding import Embedder, load_embedder
from assistant.retrieval.store import (
    PREFIX,
    SCHEMA,
    drop_stale,
    index_paths,
    open_client,
    read_manifest,
    records,
    store_id,
    write_manifest,
)

if TYPE_CHECKING:
    from assistant.notices.tree import Corpus

__all__ = ["IngestReport", "Index", "ingest", "open_index", "index_paths", "fresh_corpus", "SCHEMA"]

log = logging.getLogger(__name__)
_BATCH = 32


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

    @property
    def changed(self) -> bool:
        return bool(self.indexed)

    def to_json(self) -> dict:
        return {"model": self.model, "store": self.store, "indexed": list(self.indexed),
                "skipped": list(self.skipped), "chunks": self.chunks, "embedded": self.embedded,
                "rebuilt": self.rebuilt, "seconds": round(self.seconds, 2)}


@dataclass(frozen=True)
class Index:
    """A complete, loaded index: the chunks, the corpus they were cut from, the live collection and the
    embedder that made it."""

    settings: Settings
    manifest: dict
    chunks: list[Chunk]
    collection: Any
    embedder: Embedder
    report: IngestReport
    corpus: Corpus

    def dense(self, vector, programs: tuple[str, ...] | None, n: int) -> list[tuple[str, float]]:
        """(chunk_id, cosine similarity), best first, optionally within some programs."""
        n = min(n, len(self.chunks))
        if programs:
            n = min(n, sum(1 for c in self.chunks if c.program in programs))
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


def _embed(embedder: Embedder, chunks: list[Chunk], desc: str, progress: bool | None):
    from tqdm import tqdm

    out = []
    # disable=None lets tqdm show the bar only on a terminal.
    disable = None if progress is None else not progress
    with tqdm(total=len(chunks), desc=desc, unit="块", disable=disable, leave=False) as bar:
        for i in range(0, len(chunks), _BATCH):
            batch = chunks[i:i + _BATCH]
            out.extend(embedder.encode([c.index_text for c in batch]).tolist())
            bar.update(len(batch))
    return out


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
        raise ServiceError(f"无法创建索引目录 {paths['root']}（{exc.strerror}）。请检查 ASSISTANT_DATA_DIR。") from None
    try:
        with FileLock(str(paths["lock"]), timeout=600):
            return _ingest_locked(settings, embedder, fresh_corpus(settings), rebuild, progress)
    except Timeout:
        raise ServiceError("另一个进程正在建索引，等待超时。请稍后再试。") from None


def _ingest_locked(settings, embedder, corpus, rebuild, progress) -> IngestReport:
    started = time.perf_counter()
    paths = index_paths(settings)
    store = store_id(settings)
    hashes = {p: notice_hash(corpus.notice(p)) for p in corpus.program_ids}
    chunks = {p: chunk_notice(corpus.notice(p)) for p in corpus.program_ids}
    total = sum(len(v) for v in chunks.values())

    manifest, reason = read_manifest(paths["manifest"])
    if reason is None and manifest.get("model") != embedder.name:
        reason = f"向量模型由 {manifest.get('model')} 改为 {embedder.name}"
    if reason is None and manifest.get("store") != store:
        reason = "向量库位置已改变"
    if reason is None and rebuild:
        reason = "按要求重建"
    client, broken = open_client(settings)
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
        return IngestReport(embedder.name, store, (), tuple(corpus.program_ids), total, 0, None,
                            time.perf_counter() - started)
    if reason:  # (``same`` is empty then)
        log.info("rebuilding the whole index: %s", reason)

    shared = bool(settings.chroma_host)
    if shared:
        # Replicas share the server but not the manifest: a collection named after its content lets every
        # replica with the same notices and model find (or finish) the same one, and writes are upserts of
        # identical vectors, so two replicas building it at once cannot corrupt it.
        digest = hashlib.sha256(json.dumps([embedder.name, CHUNKER_VERSION, hashes], sort_keys=True).encode())
        name = f"{PREFIX}{digest.hexdigest()[:12]}"
        new = client.get_or_create_collection(name, embedding_function=None,
                                              metadata={"hnsw:space": "cosine", "model": embedder.name})
        if new.count() == total:  # another replica built it already
            same = set(corpus.program_ids)
    else:
        name = f"{PREFIX}{uuid.uuid4().hex[:12]}"
        new = client.create_collection(name, embedding_function=None,
                                       metadata={"hnsw:space": "cosine", "model": embedder.name})
    embedded = 0
    for program in corpus.program_ids:
        part = chunks[program]
        if shared and program in same and new.count() == total:
            continue
        if program in same:
            got = old.get(where={"program": program}, include=["embeddings", "documents", "metadatas"])
            if len(got["ids"]) != len(part):
                same.discard(program)
            else:
                new.upsert(ids=got["ids"], embeddings=got["embeddings"], documents=got["documents"],
                           metadatas=got["metadatas"])
                continue
        vectors = _embed(embedder, part, program, progress)
        new.upsert(embeddings=vectors, **records(part))
        embedded += len(part)
    if new.count() != total:
        raise ServiceError("建索引时写入的向量数不符，索引未启用。请重新运行 assistant ingest。")

    write_manifest(paths["manifest"], {
        "schema": SCHEMA, "chunker": CHUNKER_VERSION, "complete": True, "model": embedder.name, "store": store,
        "collection": name, "chunk_count": total, "written_at": time.strftime("%Y-%m-%dT%H:%M:%S"),
        "programs": {p: {"hash": hashes[p], "chunks": len(chunks[p])} for p in corpus.program_ids},
    })
    if not shared:  # on a shared server another replica may still serve an older generation: keep it
        drop_stale(client, keep=name)
    indexed = tuple(p for p in corpus.program_ids if p not in same)
    report = IngestReport(embedder.name, store, indexed, tuple(p for p in corpus.program_ids if p in same),
                          total, embedded, reason, time.perf_counter() - started)
    log.info("ingest: %d chunks, embedded %d (%s), rebuilt=%s", total, embedded, ",".join(indexed), reason)
    return report


def open_index(settings: Settings | None = None, embedder: Embedder | None = None,
               progress: bool | None = None) -> Index:
    """Ingest what is missing or changed, then load the complete index named by the manifest."""
    settings = settings or get_settings()
    embedder = embedder or load_embedder(settings.embed_model)
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
    return Index(settings, manifest, chunk_corpus(corpus), collection, embedder, report, corpus)
