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

__all__ = ["get_chat_model", "reply_text", "redacting_client"]

log = logging.getLogger(__name__)

# Local servers (vLLM, Ollama, llama.cpp) ignore the key but the client insists on one.
_NO_KEY = "EMPTY"


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


def redacting_client(timeout: float, transport=None):
    """An httpx client whose every JSON request body has 身份证号 and 手机号 masked (``assistant.pii``) before it
    leaves the process: the one gate to the model endpoint, whatever a prompt, a tool result or history holds."""
    import json

    import httpx

    from assistant.pii import redact_value

    inner = transport or httpx.HTTPTransport()

    class RedactingTransport(httpx.BaseTransport):
        def handle_request(self, request: httpx.Request) -> httpx.Response:
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
            return inner.handle_request(request)

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
