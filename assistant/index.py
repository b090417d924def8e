"""The vector index: chunks embedded into a Chroma collection, kept idempotent and crash-safe.

Layout under ``ASSISTANT_DATA_DIR/index/``: ``chroma/`` (the embedded store), ``manifest.json`` (what is
indexed: model, per-notice content hashes, chunk count, the live collection) and ``ingest.lock``.

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
import os
import shutil
import time
import uuid
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .chunking import CHUNKER_VERSION, Chunk, chunk_notice, notice_hash
from .config import Settings, get_settings
from .embedding import Embedder, load_embedder
from .errors import ServiceError

__all__ = ["IngestReport", "Index", "ingest", "open_index", "index_paths", "fresh_corpus", "SCHEMA"]

log = logging.getLogger(__name__)
SCHEMA = 1
_PREFIX = "clauses-"
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


@dataclass
class Index:
    """A complete, loaded index: the chunks, the live collection and the embedder that made it."""

    settings: Settings
    manifest: dict
    chunks: list[Chunk]
    collection: Any
    embedder: Embedder
    report: IngestReport
    corpus: Any = None  # the Corpus the chunks were cut from
    by_id: dict[str, Chunk] = field(init=False)

    def __post_init__(self) -> None:
        self.by_id = {c.chunk_id: c for c in self.chunks}

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


def index_paths(settings: Settings) -> dict[str, Path]:
    root = Path(settings.data_dir) / "index"
    return {"root": root, "chroma": root / "chroma", "manifest": root / "manifest.json",
            "lock": root / "ingest.lock"}


def _store_id(settings: Settings) -> str:
    return f"http://{settings.chroma_host}:{settings.chroma_port}" if settings.chroma_host else "embedded"


def _chroma_settings():
    from chromadb.config import Settings as ChromaSettings

    return ChromaSettings(anonymized_telemetry=False, allow_reset=True)


def _client(settings: Settings) -> tuple[Any, str | None]:
    """A Chroma client, and a reason if the local store was unreadable and had to be wiped."""
    import chromadb

    if settings.chroma_host:
        where = f"{settings.chroma_host}:{settings.chroma_port}"
        try:
            client = chromadb.HttpClient(host=settings.chroma_host, port=settings.chroma_port,
                                         settings=_chroma_settings())
            client.heartbeat()
        except Exception as exc:
            raise ServiceError(f"无法连接 Chroma 服务器 {where}（{exc.__class__.__name__}）。请确认服务已启动、"
                               "地址和端口正确，或取消设置 ASSISTANT_CHROMA_HOST 以使用本地嵌入式索引。") from None
        return client, None
    path = index_paths(settings)["chroma"]
    path.mkdir(parents=True, exist_ok=True)
    try:
        client = chromadb.PersistentClient(path=str(path), settings=_chroma_settings())
        client.list_collections()
        return client, None
    except Exception as exc:
        log.warning("local vector store at %s is unreadable (%s); rebuilding it", path, exc.__class__.__name__)
    from chromadb.api.shared_system_client import SharedSystemClient

    SharedSystemClient.clear_system_cache()
    shutil.rmtree(path, ignore_errors=True)
    path.mkdir(parents=True, exist_ok=True)
    return chromadb.PersistentClient(path=str(path), settings=_chroma_settings()), "本地向量库文件损坏"


def _read_manifest(path: Path) -> tuple[dict | None, str | None]:
    if not path.exists():
        return None, "索引不存在"
    try:
        manifest = json.loads(path.read_text(encoding="utf-8"))
        assert isinstance(manifest, dict) and manifest.get("complete") is True
        assert isinstance(manifest["programs"], dict) and isinstance(manifest["collection"], str)
    except Exception:
        return None, "索引清单损坏或不完整"
    if manifest.get("schema") != SCHEMA or manifest.get("chunker") != CHUNKER_VERSION:
        return None, "索引格式已更新"
    return manifest, None


def _write_manifest(path: Path, manifest: dict) -> None:
    tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    with open(tmp, "w", encoding="utf-8") as fh:
        json.dump(manifest, fh, ensure_ascii=False, indent=1)
        fh.flush()
        os.fsync(fh.fileno())
    os.replace(tmp, path)  # atomic: readers see the old manifest or the new one, never half of one


def _records(chunks: list[Chunk]) -> dict[str, list]:
    return {
        "ids": [c.chunk_id for c in chunks],
        "documents": [c.text for c in chunks],
        "metadatas": [{"program": c.program, "clause_id": c.clause_id, "clause_ids": "|".join(c.clause_ids),
                       "heading": c.prefix, "edition_year": c.edition_year, "start": c.start, "end": c.end}
                      for c in chunks],
    }


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
    from .corpus import Corpus, load_corpus, parse_notice

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
    store = _store_id(settings)
    hashes = {p: notice_hash(corpus.notice(p)) for p in corpus.program_ids}
    chunks = {p: chunk_notice(corpus.notice(p)) for p in corpus.program_ids}
    total = sum(len(v) for v in chunks.values())

    manifest, reason = _read_manifest(paths["manifest"])
    if reason is None and manifest.get("model") != embedder.name:
        reason = f"向量模型由 {manifest.get('model')} 改为 {embedder.name}"
    if reason is None and manifest.get("store") != store:
        reason = "向量库位置已改变"
    if reason is None and rebuild:
        reason = "按要求重建"
    client, broken = _client(settings)
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
            _drop_stale(client, keep=manifest["collection"])
        return IngestReport(embedder.name, store, (), tuple(corpus.program_ids), total, 0, None,
                            time.perf_counter() - started)
    if reason:
        log.info("rebuilding the whole index: %s", reason)
        same = set()

    shared = bool(settings.chroma_host)
    if shared:
        # Replicas share the server but not the manifest: a collection named after its content lets every
        # replica with the same notices and model find (or finish) the same one, and writes are upserts of
        # identical vectors, so two replicas building it at once cannot corrupt it.
        digest = hashlib.sha256(json.dumps([embedder.name, CHUNKER_VERSION, hashes], sort_keys=True).encode())
        name = f"{_PREFIX}{digest.hexdigest()[:12]}"
        new = client.get_or_create_collection(name, embedding_function=None,
                                              metadata={"hnsw:space": "cosine", "model": embedder.name})
        if new.count() == total:  # another replica built it already
            same = set(corpus.program_ids)
    else:
        name = f"{_PREFIX}{uuid.uuid4().hex[:12]}"
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
        new.upsert(embeddings=vectors, **_records(part))
        embedded += len(part)
    if new.count() != total:
        raise ServiceError("建索引时写入的向量数不符，索引未启用。请重新运行 assistant ingest。")

    _write_manifest(paths["manifest"], {
        "schema": SCHEMA, "chunker": CHUNKER_VERSION, "complete": True, "model": embedder.name, "store": store,
        "collection": name, "chunk_count": total, "written_at": time.strftime("%Y-%m-%dT%H:%M:%S"),
        "programs": {p: {"hash": hashes[p], "chunks": len(chunks[p])} for p in corpus.program_ids},
    })
    if not shared:  # on a shared server another replica may still serve an older generation: keep it
        _drop_stale(client, keep=name)
    indexed = tuple(p for p in corpus.program_ids if p not in same)
    report = IngestReport(embedder.name, store, indexed, tuple(p for p in corpus.program_ids if p in same),
                          total, embedded, reason, time.perf_counter() - started)
    log.info("ingest: %d chunks, embedded %d (%s), rebuilt=%s", total, embedded, ",".join(indexed), reason)
    return report


def _drop_stale(client, keep: str) -> None:
    """Delete collections left by earlier generations or by a crashed ingest."""
    for col in client.list_collections():
        name = col if isinstance(col, str) else col.name
        if name.startswith(_PREFIX) and name != keep:
            try:
                client.delete_collection(name)
            except Exception:  # another reader may still hold it; the next ingest retries
                log.debug("could not drop stale collection %s", name)


def open_index(settings: Settings | None = None, embedder: Embedder | None = None,
               progress: bool | None = None) -> Index:
    """Ingest what is missing or changed, then load the complete index named by the manifest."""
    settings = settings or get_settings()
    embedder = embedder or load_embedder(settings.embed_model)
    report = ingest(settings, embedder, progress=progress)
    manifest, reason = _read_manifest(index_paths(settings)["manifest"])
    if manifest is None:
        raise ServiceError(f"索引不可用（{reason}）。请运行 assistant ingest。")
    client, _ = _client(settings)
    try:
        collection = client.get_collection(manifest["collection"])
    except Exception:
        raise ServiceError("索引集合缺失。请运行 assistant ingest 重建索引。") from None
    corpus = fresh_corpus(settings)
    if any(notice_hash(corpus.notice(p)) != manifest["programs"].get(p, {}).get("hash") for p in corpus.program_ids):
        raise ServiceError("通知在建索引期间被修改了。请重新运行 assistant ingest。")
    chunks = [c for p in corpus.program_ids for c in chunk_notice(corpus.notice(p))]
    return Index(settings, manifest, chunks, collection, embedder, report, corpus)
