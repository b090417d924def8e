"""Serve the Gradio app on 127.0.0.1 (port from ASSISTANT_PORT). Run with:  make run"""

import logging

from assistant.config import get_settings
from assistant.logs import configure_logging

if __name__ == "__main__":
    settings = get_settings()
    configure_logging(settings.log_level)
    from assistant.errors import AssistantError
    from assistant.ui import launch

    try:
        launch(settings)
    except AssistantError as exc:  # e.g. the Chroma server is down at start: a message, not a traceback
        logging.getLogger("assistant.app").error("应用无法启动：%s", exc.message)
        raise SystemExit(1) from None
