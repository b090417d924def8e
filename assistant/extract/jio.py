"""jionlp, imported once and quietly: it prints a banner on stdout at import, which would corrupt the CLI's
one-JSON-document output. About a second, so only on first use."""

from __future__ import annotations

import contextlib
import functools
import io
import json
import logging
import re
from pathlib import Path

__all__ = ["jionlp", "china_locations", "china_towns", "short_name", "countries"]

log = logging.getLogger(__name__)


@functools.lru_cache(maxsize=1)
def jionlp():
    with contextlib.redirect_stdout(io.StringIO()), contextlib.redirect_stderr(io.StringIO()):
        import jionlp as module
    return module


def _kept(stem: str, build):
    """``build()``'s JSON-ready result, kept under the data dir (``models/<stem>-<jionlp version>.json``) after
    the first build, so that a later process reads it without importing jionlp. Saving is best effort."""
    from importlib import metadata

    from assistant.config import get_settings

    try:
        version = metadata.version("jionlp")
    except metadata.PackageNotFoundError:
        version = "unknown"
    path = Path(get_settings().data_dir) / "models" / f"{stem}-{version}.json"
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        pass
    value = build()
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_name(f".{path.name}.tmp")
        tmp.write_text(json.dumps(value, ensure_ascii=False), encoding="utf-8")
        tmp.replace(path)
    except (OSError, TypeError, ValueError) as exc:
        log.info("could not keep %s at %s: %s", stem, path, exc.__class__.__name__)
    return value


@functools.lru_cache(maxsize=1)
def china_locations() -> dict:
    """``jionlp.china_location_loader()``: the library's gazetteer of China, down to the county (kept, ``_kept``)."""
    return _kept("jionlp-locations", lambda: jionlp().china_location_loader())


# the suffix a town's or a county's name ends in, dropped for the name people say ("瓶窑镇" -> 瓶窑)
_LEVEL = re.compile(r"(?:畲族乡|民族乡|街道|镇|乡|自治县|县|区|市)$")


def short_name(name: str) -> str:
    """A place's name without its level: "瓶窑镇" -> 瓶窑, "良渚街道" -> 良渚, "建德市" -> 建德."""
    return _LEVEL.sub("", name)


@functools.lru_cache(maxsize=1)
def china_towns() -> dict:
    """The towns and streets (镇, 乡, 街道) of Zhejiang from ``jionlp.china_location_loader(detail=True)``, as
    ``{"zhejiang": {town: [city, county]}, "shared": [...]}``: each town by its full name with its prefecture city
    and county, and the short names (``short_name``) that more than one town, county or city of China bears, so a
    reader can tell a name that is one place's alone from one many places share. Kept like the gazetteer."""

    def build() -> dict:
        detail = jionlp().china_location_loader(detail=True)
        zhejiang: dict[str, list[str]] = {}
        counts: dict[str, int] = {}

        def count(name: str) -> None:
            counts[short_name(name)] = counts.get(short_name(name), 0) + 1

        for province, cities in detail.items():
            if province.startswith("_") or not isinstance(cities, dict):
                continue
            for city, counties in cities.items():
                if city.startswith("_") or not isinstance(counties, dict):
                    continue
                count(city)
                for county, towns in counties.items():
                    if county.startswith("_") or not isinstance(towns, dict):
                        continue
                    count(county)
                    for town in towns:
                        if not town.startswith("_"):
                            count(town)
                            if province == "浙江省":
                                zhejiang.setdefault(town, [city, county])
        shared = sorted({short_name(t) for t in zhejiang if counts.get(short_name(t), 0) > 1})
        return {"zhejiang": zhejiang, "shared": shared}

    return _kept("jionlp-towns", build)


@functools.lru_cache(maxsize=1)
def countries() -> list[str]:
    """The short names of the world's countries, from ``jionlp.world_location_loader()`` (kept like the gazetteer),
    longest first so a regex alternation prefers 新西兰 over 西兰."""

    def build() -> list[str]:
        names = {name for continent in jionlp().world_location_loader().values() if isinstance(continent, dict)
                 for name in continent}
        return sorted(names, key=lambda n: (-len(n), n))

    return _kept("jionlp-countries", build)
