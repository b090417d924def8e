"""Where the index lives: its files under ``ASSISTANT_DATA_DIR/index/`` and the Chroma client.

``chroma/`` is the embedded store, ``manifest.json`` says what is indexed (written last and atomically, so
it names a complete collection or nothing), ``ingest.lock`` serialises ingests, ``pending.json`` names the
collection an unfinished ingest was filling (the next ingest resumes it), and ``files/<collection>/`` holds
what ingest computed for that collection: ``chunks.json``, the BM25 index (``bm25/``) and ``vectors.npy``, so
a start with a current manifest re-chunks, re-tokenises and re-reads nothing from Chroma. With
``ASSISTANT_CHROMA_HOST`` set the collections live on that server instead; the manifest stays local.
``assistant.retrieval.index`` builds and opens the index on top of these.
"""

from __future__ import annotations

import json
import logging
import os
import shutil
from pathlib import Path
from typing import Any

from assistant.config import Settings
from assistant.errors import ServiceError
from assistant.retrieval.chunking import CHUNKER_VERSION, Chunk

__all__ = ["raise_storage_error", "SCHEMA", "PREFIX", "index_paths", "store_id", "chroma_settings", "open_client", "read_manifest",
           "write_manifest", "records", "drop_stale", "files_dir", "drop_stale_files", "max_batch", "get_paged"]

log = logging.getLogger(__name__)
SCHEMA = 2  # 2: chunks, BM25 and vectors persisted under files/<collection>/
PREFIX = "clauses-"  # every generation's collection name starts with it; others are left alone


def index_paths(settings: Settings) -> dict[str, Path]:
    root = Path(settings.data_dir) / "index"
    return {"root": root, "chroma": root / "chroma", "manifest": root / "manifest.json",
            "lock": root / "ingest.lock", "pending": root / "pending.json", "files": root / "files"}


def files_dir(settings: Settings, collection: str) -> Path:
    """Where ingest keeps the chunks, BM25 index and vectors of one collection."""
    return index_paths(settings)["files"] / collection


def store_id(settings: Settings) -> str:
    """Where the vectors are, as recorded in the manifest (a different store means a rebuild)."""
    return f"http://{settings.chroma_host}:{settings.chroma_port}" if settings.chroma_host else "embedded"


def chroma_settings():
    from chromadb.config import Settings as ChromaSettings

    return ChromaSettings(anonymized_telemetry=False, allow_reset=True)


CHROMA_TIMEOUT_SECONDS = 10.0  # per request to a Chroma server: a paused server must not hang a chat turn


def bound_requests(client: Any, seconds: float = CHROMA_TIMEOUT_SECONDS) -> None:
    """Give the Chroma HTTP client's session a per-request deadline (chromadb creates it with none)."""
    import httpx

    session = getattr(getattr(client, "_server", None), "_session", None)
    if isinstance(session, httpx.Client):
        session.timeout = httpx.Timeout(seconds)
    else:  # a chromadb without this seam: say so once, the server mode still works
        log.warning("could not set a request timeout on the Chroma client")


def _preflight(host: str, port: int) -> None:
    """One bounded request before chromadb's unbounded ones: a paused server fails here, in seconds."""
    import httpx

    httpx.get(f"http://{host}:{port}/api/v2/heartbeat", timeout=CHROMA_TIMEOUT_SECONDS)


def open_client(settings: Settings) -> tuple[Any, str | None]:
    """A Chroma client, and a reason if the local store was unreadable and had to be wiped."""
    import chromadb

    if settings.chroma_host:
        where = f"{settings.chroma_host}:{settings.chroma_port}"
        try:
            _preflight(settings.chroma_host, settings.chroma_port)  # the client's own first call has no deadline
            client = chromadb.HttpClient(host=settings.chroma_host, port=settings.chroma_port,
                                         settings=chroma_settings())
            bound_requests(client)
            client.heartbeat()
        except Exception as exc:
            raise ServiceError(f"无法连接 Chroma 服务器 {where}（{exc.__class__.__name__}）。请确认服务已启动、"
                               "地址和端口正确，或取消设置 ASSISTANT_CHROMA_HOST 以使用本地嵌入式索引。") from None
        return client, None
    path = index_paths(settings)["chroma"]
    path.mkdir(parents=True, exist_ok=True)
    try:
        client = chromadb.PersistentClient(path=str(path), settings=chroma_settings())
        client.list_collections()
        return client, None
    except Exception as exc:
        # A full or read-only disk is not a corrupt store: say so, and do not delete what is there.
        raise_storage_error(exc, path)
        log.warning("local vector store at %s is unreadable (%s); rebuilding it", path, exc.__class__.__name__)
    from chromadb.api.shared_system_client import SharedSystemClient

    SharedSystemClient.clear_system_cache()
    shutil.rmtree(path, ignore_errors=True)
    path.mkdir(parents=True, exist_ok=True)
    try:
        return chromadb.PersistentClient(path=str(path), settings=chroma_settings()), "本地向量库文件损坏"
    except Exception as exc:
        raise_storage_error(exc, path)
        raise ServiceError(f"无法打开本地向量库 {path}（{exc.__class__.__name__}）。请检查 ASSISTANT_DATA_DIR。") from None


# How SQLite (under Chroma) and the OS word a disk that cannot take writes; the errno of an OSError says it too.
_STORAGE_WORDS = ("disk i/o error", "database or disk is full", "disk is full", "readonly database",
                  "read-only file system", "unable to open database file", "permission denied", "file too large",
                  "no space left")


def raise_storage_error(exc: BaseException, path: Path | str) -> None:
    """Raise a Chinese ServiceError naming ``path`` if ``exc`` says the disk is full or not writable."""
    import errno

    code = getattr(exc, "errno", None)
    text = str(exc).lower()
    if code in (errno.ENOSPC, errno.EFBIG, errno.EDQUOT) or "full" in text or "too large" in text \
            or "no space" in text or "disk i/o" in text:
        raise ServiceError(f"磁盘空间已满（或超出文件大小上限），无法写入 {path}。请清理磁盘后重试。") from None
    if code in (errno.EACCES, errno.EPERM, errno.EROFS) or any(w in text for w in _STORAGE_WORDS):
        raise ServiceError(f"无法写入 {path}（只读或没有权限）。请检查 ASSISTANT_DATA_DIR 的权限。") from None


def read_manifest(path: Path) -> tuple[dict | None, str | None]:
    """The manifest, or None and the reason (in Chinese) why there is no usable one."""
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


def max_batch(client) -> int:
    """The most records one Chroma call may carry (5461 for the embedded store here)."""
    try:
        return max(1, int(client.get_max_batch_size()))
    except Exception:  # an old client or a server that does not say
        return 1000


def get_paged(collection, ids: list[str] | None, include: list[str], page: int) -> dict[str, list]:
    """``collection.get`` in pages of at most ``page`` records (all of them when ``ids`` is None)."""
    out: dict[str, list] = {"ids": [], **{k: [] for k in include}}
    if ids is None:
        offset = 0
        while True:
            got = collection.get(include=include, limit=page, offset=offset)
            for key in out:
                out[key].extend(got[key] if got[key] is not None else [])
            if len(got["ids"]) < page:
                return out
            offset += page
    for i in range(0, len(ids), page):
        got = collection.get(ids=ids[i:i + page], include=include)
        for key in out:
            out[key].extend(got[key] if got[key] is not None else [])
    return out


def write_manifest(path: Path, manifest: dict) -> None:
    tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    with open(tmp, "w", encoding="utf-8") as fh:
        json.dump(manifest, fh, ensure_ascii=False, indent=1)
        fh.flush()
        os.fsync(fh.fileno())
    os.replace(tmp, path)  # atomic: readers see the old manifest or the new one, never half of one


def records(chunks: list[Chunk]) -> dict[str, list]:
    """The ids, documents and metadata of ``chunks`` as Chroma's add/upsert take them."""
    return {
        "ids": [c.chunk_id for c in chunks],
        "documents": [c.text for c in chunks],
        "metadatas": [{"program": c.program, "clause_id": c.clause_id, "clause_ids": "|".join(c.clause_ids),
                       "heading": c.prefix, "edition_year": c.edition_year, "start": c.start, "end": c.end}
                      for c in chunks],
    }


def drop_stale(client, keep: str) -> None:
    """Delete collections left by earlier generations or by a crashed ingest."""
    for col in client.list_collections():
        name = col if isinstance(col, str) else col.name
        if name.startswith(PREFIX) and name != keep:
            try:
                client.delete_collection(name)
            except Exception:  # another reader may still hold it; the next ingest retries
                log.debug("could not drop stale collection %s", name)


def drop_stale_files(settings: Settings, keep: str) -> None:
    """Delete the files of every collection but ``keep`` (a reader that loaded them keeps its copy)."""
    root = index_paths(settings)["files"]
    if root.is_dir():
        for path in root.iterdir():
            if path.name != keep:
                shutil.rmtree(path, ignore_errors=True)
