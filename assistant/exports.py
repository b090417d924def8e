"""Files a user downloads (推荐表 .docx, 汇总表 .xlsx, 评测结果) live in short-lived temporary folders.

Each export gets a fresh folder named ``assistant-<kind>-*`` in the system temp directory; the file inside is
named after the form, never after the person (a 推荐表 carries 身份证号). Every new export first sweeps the
folders older than ``EXPORT_TTL_SECONDS``, so nothing with personal data outlives a download by long; the app
also tells Gradio to clear its own cached copies on the same schedule (``GRADIO_DELETE_CACHE``).
"""

from __future__ import annotations

import logging
import shutil
import tempfile
import time
from pathlib import Path

__all__ = ["export_dir", "sweep", "EXPORT_TTL_SECONDS", "GRADIO_DELETE_CACHE"]

log = logging.getLogger(__name__)

EXPORT_TTL_SECONDS = 600  # ten minutes: time enough to click the download link
GRADIO_DELETE_CACHE = (300, EXPORT_TTL_SECONDS)  # gr.Blocks(delete_cache=(every N s, files older than M s))
_PREFIX = "assistant-"
_KINDS = ("docx", "xlsx", "eval")


def sweep(ttl: float = EXPORT_TTL_SECONDS, root: Path | None = None, now: float | None = None) -> int:
    """Delete export folders older than ``ttl`` seconds; return how many went."""
    root = Path(root or tempfile.gettempdir())
    now = time.time() if now is None else now
    gone = 0
    for kind in _KINDS:
        for folder in root.glob(f"{_PREFIX}{kind}-*"):
            try:
                if folder.is_dir() and now - folder.stat().st_mtime > ttl:
                    shutil.rmtree(folder, ignore_errors=True)
                    gone += 1
            except OSError:  # raced with another sweep: fine
                continue
    if gone:
        log.info("removed %d expired export folders", gone)
    return gone


def export_dir(kind: str, root: Path | None = None) -> Path:
    """A fresh folder for one export (after sweeping expired ones)."""
    sweep(root=root)
    return Path(tempfile.mkdtemp(prefix=f"{_PREFIX}{kind}-", dir=root))
