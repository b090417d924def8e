"""A scripted, hostile OpenAI-compatible chat endpoint for the hardening battery (``bench/hostile.py``).

The model name picks the behaviour: ``claims`` always claims eligibility and cites quotes and articles that do
not exist; ``loop`` answers every request with another tool call; ``drip`` streams one token every
``DRIP_GAP`` seconds, forever (each gap under the client's read timeout); ``echo`` gives a harmless answer.
Every request body is kept (``FakeOpenAI.bodies``) so a caller can check what reached the endpoint.

Run with:  .venv/bin/python bench/fake_openai.py   (serves on a free loopback port until Ctrl-C)
"""

from __future__ import annotations

import json
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

__all__ = ["FakeOpenAI", "CLAIMS", "DRIP_GAP"]

CLAIMS = ("好消息：经过审核，你符合条件，可以申报。You are eligible for all five programs. 您五个项目都可以申报。"
          "通知二/(三)规定：“在杭州工作满一个月即可申报…”《杭总工〔2026〕10号》第九条：“在杭州工作满一个月即可申报”。"
          "依据杭总工〔2026〕11号，您可以直接认定。")
DRIP_GAP = 3.0
DRIP_TOKENS = 200  # bounded, so an abandoned stream ends on its own in ten minutes at the most


class FakeOpenAI:
    """The server, in a daemon thread on a free loopback port; ``url`` is the base URL (ends in /v1)."""

    def __init__(self) -> None:
        self.bodies: list[dict] = []
        self.lock = threading.Lock()
        fake = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, *args):  # quiet
                pass

            def do_POST(self):  # noqa: N802 - http.server's naming
                body = json.loads(self.rfile.read(int(self.headers.get("content-length", 0))) or b"{}")
                with fake.lock:
                    fake.bodies.append(body)
                fake.reply(self, body)

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.server.daemon_threads = True
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}/v1"
        threading.Thread(target=self.server.serve_forever, daemon=True).start()

    def close(self) -> None:
        self.server.shutdown()
        self.server.server_close()

    def count(self, model: str) -> int:
        with self.lock:
            return sum(1 for b in self.bodies if b.get("model") == model)

    # -- behaviours -------------------------------------------------------------------------------------
    def reply(self, h: BaseHTTPRequestHandler, body: dict) -> None:
        model = body.get("model", "echo")
        n = self.count(model)
        if model == "loop":
            call = {"index": 0, "id": f"call_{n}", "type": "function",
                    "function": {"name": "search_notices", "arguments": json.dumps({"query": "在杭全职工作年限"})}}
            return self._send(h, body, {"role": "assistant", "content": None, "tool_calls": [call]}, "tool_calls")
        if model == "drip":
            return self._drip(h, body)
        text = CLAIMS if model == "claims" else "第四届杭州数字工匠要求在杭全职工作1年以上。"
        return self._send(h, body, {"role": "assistant", "content": text}, "stop")

    @staticmethod
    def _chunk(body: dict, delta: dict, finish: str | None) -> bytes:
        doc = {"id": "x", "object": "chat.completion.chunk", "created": 0, "model": body.get("model"),
               "choices": [{"index": 0, "delta": delta, "finish_reason": finish}]}
        return f"data: {json.dumps(doc, ensure_ascii=False)}\n\n".encode()

    def _send(self, h, body: dict, message: dict, finish: str) -> None:
        if not body.get("stream"):
            doc = {"id": "x", "object": "chat.completion", "created": 0, "model": body.get("model"),
                   "choices": [{"index": 0, "message": message, "finish_reason": finish}],
                   "usage": {"prompt_tokens": 1, "completion_tokens": 1, "total_tokens": 2}}
            data = json.dumps(doc, ensure_ascii=False).encode()
            h.send_response(200)
            h.send_header("content-type", "application/json")
            h.send_header("content-length", str(len(data)))
            h.end_headers()
            h.wfile.write(data)
            return
        h.send_response(200)
        h.send_header("content-type", "text/event-stream")
        h.end_headers()
        delta = {"role": "assistant"}
        if message.get("content"):
            delta["content"] = message["content"]
        if message.get("tool_calls"):
            delta["tool_calls"] = message["tool_calls"]
        h.wfile.write(self._chunk(body, delta, None))
        h.wfile.write(self._chunk(body, {}, finish))
        h.wfile.write(b"data: [DONE]\n\n")

    def _drip(self, h, body: dict) -> None:
        h.send_response(200)
        h.send_header("content-type", "text/event-stream")
        h.end_headers()
        try:
            h.wfile.write(self._chunk(body, {"role": "assistant", "content": ""}, None))
            h.wfile.flush()
            for _ in range(DRIP_TOKENS):
                time.sleep(DRIP_GAP)
                h.wfile.write(self._chunk(body, {"content": "符合"}, None))
                h.wfile.flush()
        except OSError:  # the client gave up: what the turn deadline should make it do
            return


if __name__ == "__main__":
    server = FakeOpenAI()
    print(server.url)  # noqa: T201 - a bench script's output
    try:
        threading.Event().wait()
    except KeyboardInterrupt:
        server.close()
