"""The chat model, when one is configured: any OpenAI-compatible endpoint through langchain-openai.

DashScope/Qwen, DeepSeek, vLLM, Ollama and llama.cpp's server all speak this API. Nothing here runs
unless ``ASSISTANT_LLM_MODEL`` is set, and callers take the model as a parameter, so tests pass
langchain-core's fake chat models instead.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING, Any

from assistant.config import Settings, get_settings
from assistant.errors import ServiceError

if TYPE_CHECKING:  # pragma: no cover
    from langchain_core.language_models import BaseChatModel

__all__ = ["get_chat_model", "reply_text", "redacting_client", "bounded_call", "RESPONSE_DEADLINE_FACTOR"]

log = logging.getLogger(__name__)

# Local servers (vLLM, Ollama, llama.cpp) ignore the key but the client insists on one.
_NO_KEY = "EMPTY"
# A whole response (headers and every streamed chunk) must arrive within this many × ASSISTANT_LLM_TIMEOUT:
# the client's timeout is per read, so a server dripping one token every few seconds never trips it.
RESPONSE_DEADLINE_FACTOR = 2.0


def get_chat_model(settings: Settings | None = None) -> BaseChatModel | None:
    """A ChatOpenAI client for the configured endpoint, or None when no model is configured."""
    settings = settings or get_settings()
    if not settings.llm_model:
        return None
    try:
        from langchain_openai import ChatOpenAI
    except ImportError:
        raise ServiceError("没有安装 langchain-openai，无法调用模型。请运行 make install，"
                           "或不设置 ASSISTANT_LLM_MODEL 以离线运行。") from None
    log.info("chat model %s at %s (timeout %ss)", settings.llm_model, settings.llm_base_url or "默认地址",
             settings.llm_timeout)
    return ChatOpenAI(base_url=settings.llm_base_url, api_key=settings.llm_api_key or _NO_KEY,
                      model=settings.llm_model, timeout=settings.llm_timeout, max_retries=0,
                      http_client=redacting_client(settings.llm_timeout))


def bounded_call(fn, seconds: float, default: Any, what: str = "model call") -> Any:
    """``fn()``, or ``default`` if it has not returned within ``seconds`` (it is left to finish in a daemon
    thread, which the response deadline of ``redacting_client`` ends soon after) or if it raised."""
    import threading

    box: list = []

    def run() -> None:
        try:
            box.append(fn())
        except Exception as exc:  # noqa: BLE001 - reported by the caller's default
            log.warning("%s failed: %s", what, type(exc).__name__)

    worker = threading.Thread(target=run, name=what, daemon=True)
    worker.start()
    worker.join(max(seconds, 0.0))
    if worker.is_alive():
        log.warning("%s took longer than %.1f s; going on without it", what, seconds)
        return default
    return box[0] if box else default


def redacting_client(timeout: float, transport=None):
    """An httpx client to the model endpoint, the one gate every model call passes:
    - every JSON request body has 身份证号 and 手机号 masked (``assistant.pii``) before it leaves the process,
      whatever a prompt, a tool result or history holds;
    - every response must arrive whole within ``RESPONSE_DEADLINE_FACTOR`` × ``timeout`` (a token drip that
      stays under the per-read timeout is cut there, and the call fails with a timeout)."""
    import json
    import time

    import httpx

    from assistant.pii import redact_value

    inner = transport or httpx.HTTPTransport()
    budget = RESPONSE_DEADLINE_FACTOR * timeout

    class DeadlineStream(httpx.SyncByteStream):
        def __init__(self, stream, deadline: float) -> None:
            self.stream, self.deadline = stream, deadline

        def __iter__(self):
            for chunk in self.stream:
                if time.monotonic() > self.deadline:
                    raise httpx.ReadTimeout("the model's response passed its overall deadline")
                yield chunk

        def close(self) -> None:
            self.stream.close()

    class RedactingTransport(httpx.BaseTransport):
        def handle_request(self, request: httpx.Request) -> httpx.Response:
            deadline = time.monotonic() + budget
            body = request.read()
            if body and "json" in request.headers.get("content-type", ""):
                try:
                    clean = json.dumps(redact_value(json.loads(body)), ensure_ascii=False).encode("utf-8")
                except ValueError:
                    clean = body
                if clean != body:
                    headers = {k: v for k, v in request.headers.items() if k.lower() != "content-length"}
                    request = httpx.Request(request.method, request.url, headers=headers, content=clean,
                                            extensions=request.extensions)
            response = inner.handle_request(request)
            return httpx.Response(response.status_code, headers=response.headers,
                                  stream=DeadlineStream(response.stream, deadline), extensions=response.extensions,
                                  request=request)

        def close(self) -> None:
            inner.close()

    return httpx.Client(transport=RedactingTransport(), timeout=timeout)


def reply_text(message: Any) -> str:
    """The text of a chat model's reply (a string, an AIMessage, or content blocks)."""
    if isinstance(message, str):
        return message
    content = getattr(message, "content", message)
    if isinstance(content, str):
        return content
    if isinstance(content, list):
        return "".join(b if isinstance(b, str) else str(b.get("text", "")) if isinstance(b, dict) else ""
                       for b in content)
    return str(content)
