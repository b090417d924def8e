"""Index durability with real processes: SIGKILL an ingest at a (seeded) random point and the next start
rebuilds; an update killed midway leaves the previous complete index serving; two processes ingesting at
once serialise on the file lock and leave one complete index. Nothing ever serves a half-built collection.

The ingest runs in a subprocess (tests/robustness/ingest_worker.py) with a fake embedder slowed to a few
milliseconds per chunk, so the kill lands mid-ingest deterministically (after the N-th chunk is embedded).
"""

from __future__ import annotations

import json
import os
import random
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from assistant.config import REPO_ROOT
from assistant.notices.metadata import PROGRAM_IDS

pytestmark = pytest.mark.slow

DELAY = "0.02"  # seconds per chunk: ~3 s for the whole corpus (138 chunks)


@pytest.fixture
def env(tmp_path):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    for program in PROGRAM_IDS:
        shutil.copy(REPO_ROOT / "corpus" / f"{program}.md", corpus)
    out = {k: v for k, v in os.environ.items() if not k.startswith("ASSISTANT_")}
    out.update(ASSISTANT_DATA_DIR=str(tmp_path / "data"), ASSISTANT_CORPUS_DIR=str(corpus),
               ASSISTANT_EMBED_MODEL="fake-bigram-hash", ASSISTANT_TODAY="2026-11-21")
    return out


def start(env, mode="ingest", delay=DELAY) -> subprocess.Popen:
    return subprocess.Popen([sys.executable, "-m", "tests.robustness.ingest_worker", mode, delay], cwd=REPO_ROOT,
                            env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)


def run(env, mode="ingest", delay="0") -> dict:
    proc = start(env, mode, delay)
    out, err = proc.communicate(timeout=300)
    assert proc.returncode == 0, err[-3000:]
    return json.loads(out.strip().splitlines()[-1])


def kill_after(proc: subprocess.Popen, embedded: int) -> int:
    """SIGKILL ``proc`` once it reports ``embedded`` chunks; returns how many it had reported."""
    seen = 0
    deadline = time.monotonic() + 120
    for line in proc.stdout:
        if line.startswith("embedded "):
            seen = int(line.split()[1])
            if seen >= embedded:
                break
        assert time.monotonic() < deadline
    proc.send_signal(signal.SIGKILL)
    proc.wait(timeout=30)
    assert proc.returncode == -signal.SIGKILL
    return seen


def manifest(env) -> dict | None:
    path = Path(env["ASSISTANT_DATA_DIR"]) / "index" / "manifest.json"
    return json.loads(path.read_text(encoding="utf-8")) if path.exists() else None


def collections(env) -> list[str]:
    import chromadb
    from chromadb.api.shared_system_client import SharedSystemClient

    SharedSystemClient.clear_system_cache()
    client = chromadb.PersistentClient(path=str(Path(env["ASSISTANT_DATA_DIR"]) / "index" / "chroma"))
    names = [c if isinstance(c, str) else c.name for c in client.list_collections()]
    SharedSystemClient.clear_system_cache()
    return names


@pytest.mark.parametrize("seed", [1, 2])
def test_first_build_killed_midway_is_rebuilt_on_the_next_start(env, seed):
    at = random.Random(seed).randint(5, 120)
    seen = kill_after(start(env), at)
    assert seen >= at
    assert manifest(env) is None  # nothing claims to be an index
    opened = run(env, "open")  # the next start: open_index detects it and rebuilds
    # Resumed, not started over: what the killed run wrote (whole batches) is reused, the rest embedded.
    assert opened["rebuilt"] == "索引不存在" and opened["embedded"] + opened["resumed"] == opened["chunks"]
    assert opened["count"] == opened["manifest_chunks"] == opened["chunks_now"]
    assert collections(env) == [opened["collection"]]  # the half-built collection was dropped


def test_update_killed_midway_leaves_the_old_index_serving(env):
    first = run(env)
    before = manifest(env)
    notice = Path(env["ASSISTANT_CORPUS_DIR"]) / "zj_craftsman_2023.md"
    notice.write_text(notice.read_text(encoding="utf-8").replace("每人奖励 1万元", "每人奖励 2万元"), encoding="utf-8")
    for program in PROGRAM_IDS[:2]:  # a bigger update, so the kill lands inside it
        path = Path(env["ASSISTANT_CORPUS_DIR"]) / f"{program}.md"
        path.write_text(path.read_text(encoding="utf-8").replace("联系人", "联系人员"), encoding="utf-8")
    kill_after(start(env), random.Random(3).randint(5, 40))
    assert manifest(env) == before  # still the previous, complete index
    assert before["collection"] in collections(env)
    report = run(env)  # the next run finishes the job
    assert set(report["indexed"]) == {*PROGRAM_IDS[:2], "zj_craftsman_2023"} and report["chunks"] == first["chunks"]
    opened = run(env, "open")
    assert opened["embedded"] == 0 and opened["count"] == opened["chunks_now"]
    assert collections(env) == [opened["collection"]]


def test_two_processes_ingesting_at_once_leave_one_complete_index(env):
    a, b = start(env), start(env)
    outs = [p.communicate(timeout=300) for p in (a, b)]
    assert a.returncode == 0 and b.returncode == 0, [o[1][-2000:] for o in outs]
    reports = [json.loads(o[0].strip().splitlines()[-1]) for o in outs]
    embedded = sorted(r["embedded"] for r in reports)
    assert embedded == [0, reports[0]["chunks"]]  # one built it, the other waited for the lock and found it done
    opened = run(env, "open")
    assert opened["embedded"] == 0 and opened["count"] == opened["manifest_chunks"] == opened["chunks_now"]
    assert collections(env) == [opened["collection"]]
