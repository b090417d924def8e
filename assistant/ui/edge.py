"""The app's HTTP edge: a JSON request body is bounded and readable before Gradio parses it.

Gradio (FastAPI) parses a POSTed JSON body itself, before any of our code runs. A body with a number too long
for Python's int parser (over 4300 digits) or nested past the parser's recursion limit came back as
“There was an error parsing the body”, in English, naming nothing; an unbounded body was read whole. This
ASGI middleware reads the body first (at most ``request_body`` bytes, ``assistant.limits``) and answers such
a request with a Chinese error naming the field (``data[0].years_in_field``). Everything else passes through
unchanged, byte for byte.
"""

from __future__ import annotations

import json
from typing import Any

from assistant.limits import LIMITS, MAX_NUMBER_DIGITS

__all__ = ["JsonEdge", "body_problem"]


class _Long:
    """Stands in for a number too long to parse, so the parse can go on and say where it was."""


_LONG = _Long()


def _parse_int(text: str) -> Any:
    return _LONG if len(text) > MAX_NUMBER_DIGITS else int(text)


def _where(value: Any, path: str = "", depth: int = 0) -> str | None:
    if value is _LONG:
        return path or "请求"
    if depth > 50:
        return None
    items = value.items() if isinstance(value, dict) else enumerate(value) if isinstance(value, list) else ()
    for key, child in items:
        sub = f"{path}[{key}]" if isinstance(key, int) else f"{path}.{key}" if path else str(key)
        found = _where(child, sub, depth + 1)
        if found:
            return found
    return None


def body_problem(raw: bytes) -> str | None:
    """A Chinese sentence saying what is wrong with a JSON body, or None if Gradio may parse it."""
    lim = LIMITS["request_body"]
    if len(raw) > lim.max:
        return f"请求正文太大：最多 {lim.max:,} 字节，收到 {len(raw):,} 字节。"
    try:
        json.loads(raw)
        return None
    except RecursionError:
        return "请求正文嵌套过深，无法读取。"
    except ValueError:
        pass
    try:
        found = _where(json.loads(raw, parse_int=_parse_int))
    except RecursionError:
        return "请求正文嵌套过深，无法读取。"
    except ValueError:
        return None  # not JSON at all: Gradio's own answer (a 4xx) stands
    if found:
        return f"字段 {found} 的数字太长：最多 {MAX_NUMBER_DIGITS} 位。"
    return None


class JsonEdge:
    """ASGI middleware: checks JSON POST bodies (``body_problem``) and answers 400/413 in Chinese."""

    def __init__(self, app) -> None:
        self.app = app

    async def __call__(self, scope, receive, send) -> None:
        if scope["type"] != "http" or scope.get("method") != "POST" or not _is_json(scope):
            await self.app(scope, receive, send)
            return
        limit = LIMITS["request_body"].max
        chunks, size, more = [], 0, True
        while more:
            message = await receive()
            if message["type"] == "http.disconnect":
                return
            chunk = message.get("body", b"")
            size += len(chunk)
            if size > limit:  # stop reading: the rest is never buffered
                await _reply(send, 413, f"请求正文太大：最多 {limit:,} 字节。")
                return
            chunks.append(chunk)
            more = message.get("more_body", False)
        raw = b"".join(chunks)
        problem = body_problem(raw)
        if problem:
            await _reply(send, 400, problem)
            return
        replayed = False

        async def replay():
            nonlocal replayed
            if not replayed:
                replayed = True
                return {"type": "http.request", "body": raw, "more_body": False}
            return await receive()

        await self.app(scope, replay, send)


def _is_json(scope) -> bool:
    for name, value in scope.get("headers", ()):
        if name == b"content-type":
            return b"json" in value
    return False


async def _reply(send, status: int, message: str) -> None:
    body = json.dumps({"error": message, "detail": message}, ensure_ascii=False).encode("utf-8")
    await send({"type": "http.response.start", "status": status,
                "headers": [(b"content-type", b"application/json; charset=utf-8"),
                            (b"content-length", str(len(body)).encode())]})
    await send({"type": "http.response.body", "body": body})
