"""jionlp, imported once and quietly: it prints a banner on stdout at import, which would corrupt the CLI's
one-JSON-document output. About a second, so only on first use."""

from __future__ import annotations

import contextlib
import functools
import io

__all__ = ["jionlp"]


@functools.lru_cache(maxsize=1)
def jionlp():
    with contextlib.redirect_stdout(io.StringIO()), contextlib.redirect_stderr(io.StringIO()):
        import jionlp as module
    return module
