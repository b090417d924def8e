"""One running app per test session (app.py in a subprocess on a free loopback port), and headless Chromium.

The app builds its retrieval index in a temp data dir on start (tens of seconds), so every e2e test shares it.
Screenshots and the app's log go to ``test-artifacts/`` (gitignored).
"""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import time
import urllib.request
from dataclasses import dataclass
from pathlib import Path

import pytest

from tests.e2e.browser_support import ARTIFACTS, CHROMIUM, CHROMIUM_ARGS, REPO

START_TIMEOUT = 420  # seconds: the first start embeds the corpus


@dataclass(frozen=True)
class Server:
    url: str
    data_dir: Path
    log: Path
    proc: subprocess.Popen


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def _up(url: str) -> bool:
    try:
        with urllib.request.urlopen(url, timeout=3) as resp:
            return resp.status == 200
    except OSError:
        return False


@pytest.fixture(scope="session")
def app_server(tmp_path_factory) -> Server:
    ARTIFACTS.mkdir(exist_ok=True)
    port = _free_port()
    data = tmp_path_factory.mktemp("app-data")
    env = {k: v for k, v in os.environ.items() if not k.startswith("ASSISTANT_")}
    env.update(ASSISTANT_PORT=str(port), ASSISTANT_DATA_DIR=str(data), ASSISTANT_TODAY="2026-11-21",
               ASSISTANT_LOG_LEVEL="INFO", HF_HUB_OFFLINE="1", TRANSFORMERS_OFFLINE="1",
               GRADIO_ANALYTICS_ENABLED="False")
    log = ARTIFACTS / "app.log"
    with log.open("w", encoding="utf-8") as out:
        proc = subprocess.Popen([sys.executable, "app.py"], cwd=REPO, env=env, stdout=out, stderr=subprocess.STDOUT,
                                start_new_session=True)
    url = f"http://127.0.0.1:{port}/"
    deadline = time.monotonic() + START_TIMEOUT
    while not _up(url):
        if proc.poll() is not None or time.monotonic() > deadline:
            proc.kill()
            pytest.fail("the app did not start; last log lines:\n" + "\n".join(log.read_text().splitlines()[-30:]))
        time.sleep(1)
    yield Server(url, data, log, proc)
    os.killpg(proc.pid, signal.SIGTERM)
    try:
        proc.wait(timeout=20)
    except subprocess.TimeoutExpired:
        os.killpg(proc.pid, signal.SIGKILL)


@pytest.fixture(scope="session")
def browser():
    if not CHROMIUM.exists():
        pytest.skip("Debian chromium is not installed (.ci/run installs it: apt-get install chromium)")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as pw:
        chromium = pw.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        yield chromium
        chromium.close()


@pytest.fixture
def page(browser, app_server):
    """A fresh browser tab on the app (desktop width, Chinese locale)."""
    context = browser.new_context(viewport={"width": 1280, "height": 900}, locale="zh-CN", accept_downloads=True)
    tab = context.new_page()
    tab.dialogs = []  # any alert() would be an XSS
    tab.on("dialog", lambda d: (tab.dialogs.append(d.message), d.dismiss()))
    tab.goto(app_server.url)
    tab.wait_for_selector("#ga-chat-input textarea", timeout=60_000)
    yield tab
    context.close()
