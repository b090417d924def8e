"""Issue 17 §3: a Chroma server that accepts connections but never answers (paused) fails in seconds."""

from __future__ import annotations

import socket
import time

import pytest

from assistant.config import get_settings
from assistant.errors import ServiceError


def test_a_paused_chroma_server_gives_a_chinese_error_within_the_deadline(monkeypatch):
    import assistant.retrieval.store as store

    monkeypatch.setattr(store, "CHROMA_TIMEOUT_SECONDS", 1.0)
    with socket.socket() as sock:  # listens (the kernel completes the handshake) but never reads or answers
        sock.bind(("127.0.0.1", 0))
        sock.listen(8)
        port = sock.getsockname()[1]
        settings = get_settings({"ASSISTANT_CHROMA_HOST": "127.0.0.1", "ASSISTANT_CHROMA_PORT": str(port)})
        start = time.monotonic()
        with pytest.raises(ServiceError) as err:
            store.open_client(settings)
        assert time.monotonic() - start < 5 and "Chroma" in err.value.message


def test_the_client_session_gets_a_request_deadline():
    import httpx

    from assistant.retrieval.store import bound_requests

    class Server:
        _session = httpx.Client()

    class Client:
        _server = Server()

    bound_requests(Client(), 3.0)
    assert Client._server._session.timeout.read == 3.0
