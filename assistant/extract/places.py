"""Place names -> the city they are in, from jionlp's gazetteer of China (萧山 -> 杭州, 北仑 -> 宁波).

The gazetteer is the library's own data (``jionlp.china_location_loader``), not a table written here: every
prefecture-level city of China and every district or county of Zhejiang, by full name and alias. jionlp costs
about a second to import, so it is loaded on first use and kept; the gazetteer is also kept as JSON under the
data dir, so a later process reads it without importing jionlp (``jio.china_locations``). Aliases of one
character, and the aliases that are more often not a place in these messages (西湖 is also the lake and the
tea), are left out.
"""

from __future__ import annotations

import functools
import re

__all__ = ["city_of", "cities_in", "ZHEJIANG", "is_origin"]

ZHEJIANG = "浙江省"
_NOT_PLACES = frozenset({"西湖", "中国", "江南", "城区", "新区", "开发区", "高新区", "市区", "郊区", "南湖", "普陀"})


@functools.lru_cache(maxsize=1)
def _gazetteer() -> tuple[dict[str, tuple[str, str]], re.Pattern[str]]:
    """{name: (city short name, province)} and one pattern matching any name, longest first."""
    from assistant.extract.jio import china_locations

    names: dict[str, tuple[str, str]] = {}

    def aliases(node: dict, own: str) -> list[str]:
        alias = node.get("_alias") or []
        alias = [alias] if isinstance(alias, str) else list(alias)
        return [n for n in {own, node.get("_full_name") or own, *alias} if len(n) >= 2 and n not in _NOT_PLACES]

    for province, cities in china_locations().items():
        if province.startswith("_"):
            continue
        for city, node in cities.items():
            if city.startswith("_") or not isinstance(node, dict):
                continue
            short = (node.get("_alias") or [city])
            short = short if isinstance(short, str) else short[0]
            for name in aliases(node, city):
                names.setdefault(name, (short, province))
            if province != ZHEJIANG:
                continue
            for county, sub in node.items():
                if county.startswith("_") or not isinstance(sub, dict):
                    continue
                for name in aliases(sub, county):
                    names.setdefault(name, (short, province))
    # Below the district the gazetteer stops: the areas of Hangzhou people name instead (下沙, 未来科技城) come
    # from the one table the checker uses too.
    from assistant.profile import HANGZHOU_DISTRICTS

    for area in HANGZHOU_DISTRICTS:
        names.setdefault(area, ("杭州", ZHEJIANG))
    pattern = re.compile("|".join(sorted(map(re.escape, names), key=len, reverse=True)))
    return names, pattern


def city_of(name: str) -> tuple[str, str] | None:
    """(city, province) of a place name said on its own ("萧山" -> ("杭州", "浙江省")); None if not a place."""
    name = (name or "").strip().rstrip("。！!，,")
    names, pattern = _gazetteer()
    if name in names:
        return names[name]
    m = pattern.search(name)
    return names[m.group()] if m else None


def cities_in(text: str) -> list[tuple[int, int, str, str]]:
    """Every place name in ``text`` as (start, end, city, province), in order."""
    names, pattern = _gazetteer()
    return [(m.start(), m.end(), *names[m.group()]) for m in pattern.finditer(text or "")]


_ORIGIN = re.compile(r"从(?:[\u4e00-\u9fff]{2,3}?(?:省|市))?$|从[\u4e00-\u9fff]{2}$")


def is_origin(text: str, start: int) -> bool:
    """True when the place at ``start`` is where one came from ("从江苏常州过来", "从苏州调来杭州"): not the
    workplace."""
    return bool(_ORIGIN.search(text[max(0, start - 6):start]))
