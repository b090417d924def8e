"""jionlp, imported once and quietly: it prints a banner on stdout at import, which would corrupt the CLI's
one-JSON-document output. About a second, so only on first use."""

from __future__ import annotations

import contextlib
import functools
import io
import json
import logging
from pathlib import Path

__all__ = ["jionlp", "china_locations"]

log = logging.getLogger(__name__)


@functools.lru_cache(maxsize=1)
def jionlp():
    with contextlib.redirect_stdout(io.StringIO()), contextlib.redirect_stderr(io.StringIO()):
        import jionlp as module
    return module


@functools.lru_cache(maxsize=1)
def china_locations() -> dict:
    """``jionlp.china_location_loader()``: the library's gazetteer of China. Kept as JSON under the data dir
    (``models/``, keyed by jionlp's version) after its first load, so that a process reading a place name
    does not import jionlp (~0.5 s) for it. Saving is best effort."""
    from importlib import metadata

    from assistant.config import get_settings

    try:
        version = metadata.version("jionlp")
    except metadata.PackageNotFoundError:
        version = "unknown"
    path = Path(get_settings().data_dir) / "models" / f"jionlp-locations-{version}.json"
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        pass
    locations = jionlp().china_location_loader()
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_name(f".{path.name}.tmp")
        tmp.write_text(json.dumps(locations, ensure_ascii=False), encoding="utf-8")
        tmp.replace(path)
    except (OSError, TypeError, ValueError) as exc:
        log.info("could not keep the gazetteer at %s: %s", path, exc.__class__.__name__)
    return locations
