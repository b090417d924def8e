"""CLI: `assistant serve` starts the Gradio app (the same as `make run` once the env exists)."""

from __future__ import annotations

import typer

from assistant.cli._common import guarded


def register(app: typer.Typer) -> None:
    @app.command("serve")
    def serve_cmd(port: int = typer.Option(None, "--port", help="端口（默认 ASSISTANT_PORT 或 7860），只绑定 127.0.0.1。")) -> None:
        """启动网页界面（对话、资格自测、事迹起草、评测、通知原文），并开放 MCP 工具。"""
        from assistant.config import get_settings
        from assistant.ui import launch

        settings = guarded(False, get_settings)
        if port is not None:
            settings = settings.model_copy(update={"port": port})
        guarded(False, lambda: launch(settings))  # e.g. the Chroma server is down: a Chinese message, not a traceback
