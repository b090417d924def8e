"""The Gradio app: 对话, 资格自测, 事迹起草, 评测 and 通知原文 tabs, plus MCP tools, over the same core as the CLI.

Layout lives in ``app``; each tab's callbacks are plain functions in their own module (testable without a
browser); ``render`` escapes everything it puts into HTML.
"""

from assistant.ui.app import build_app, launch

__all__ = ["build_app", "launch"]
