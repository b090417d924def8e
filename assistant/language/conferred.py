"""An honour named by the body that conferred it ("市里前年评过工匠", "省里给我评了个首席"), read as its full name.

Applicants name the city's or the province's honour by who gave it, with the bare honour word after a time or a
verb: the name tables (``extract.patterns.TITLES``) know the honours by their own names and short forms, and read
nothing from "市里评过工匠". This module writes the full name in place of the bare word, so the readers of
holding judge it as they judge any named honour (``data/conferred.json``); whether it is held is not said here.

    >>> by_body("市里前年评过工匠了")
    '市里前年评过杭州工匠了'
    >>> by_body("区里评过工匠")
    '区里评过工匠'
"""

from __future__ import annotations

import functools
import re

from assistant.language.datafiles import data_json

__all__ = ["by_body"]

_ADJECTIVE = re.compile(r"(?:的|那个|这个|一个|个|评的)?")


@functools.cache
def _pattern() -> tuple[re.Pattern[str], dict[str, str], dict[str, dict[str, str]]]:
    t = data_json("conferred.json")
    bodies = "|".join(f"(?P<{key}>{value})" for key, value in zip(("city", "province"), t["bodies"].values(), strict=True))
    kinds = "|".join(sorted(t["kinds"], key=len, reverse=True))  # (keys are patterns: 首席 not before 技师)
    # the bare word: no place, edition or other body glued before it (杭州工匠, 数字工匠, 区首席 are named already)
    bare = rf"(?<![杭州浙江省市区县数字派国家团司厂])(?P<kind>{kinds})(?!{t['not_after']})"
    pattern = re.compile(rf"(?:{bodies})(?:{t['link']})?{bare}")
    places = dict(zip(("city", "province"), t["bodies"], strict=True))
    return pattern, places, t["kinds"]


def by_body(text: str) -> str:
    """``text`` with each bare honour word that a city or provincial body is said to have conferred written as the
    honour's full name ("省里的首席" -> "省里的浙江省首席技师"); the rest of the text as it was."""
    pattern, places, kinds = _pattern()

    def full(m: re.Match[str]) -> str:
        place = places["city" if m["city"] else "province"]
        key = next(k for k in kinds if re.fullmatch(k, m["kind"]))
        said = m.group()[: m.start("kind") - m.start()]
        between = said[len(m["city"] or m["province"]):]
        # the body only as the level of the honour ("市级的工匠", "省里那个首席"): the full name stands for both;
        # a getting told between them ("市里前年评过工匠") keeps its words
        return kinds[key][place] if _ADJECTIVE.fullmatch(between) else said + kinds[key][place]

    return pattern.sub(full, text)
