"""Serve the Gradio app on 127.0.0.1 (port from ASSISTANT_PORT). Run with:  make run"""

from assistant.config import get_settings
from assistant.logs import configure_logging

if __name__ == "__main__":
    settings = get_settings()
    configure_logging(settings.log_level)
    from assistant.ui import launch

    launch(settings)
