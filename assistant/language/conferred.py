"""An honour named by the body that conferred it ("市里前年评过工匠", "首席技师是省里评的"), read as its full name.

Applicants name the city's or the province's honour by who gave it, with the bare honour word before or after the
body: the name tables (``extract.patterns.TITLES``) know the honours by their own names and short forms, and read
nothing from "市里评过工匠". This module writes the full name in place of the bare word, so the readers of
holding judge it as they judge any named honour (``data/conferred.json``); whether it is held is not said here.

    >>> by_body("市里前年评过工匠了")
    '市里前年评过杭州工匠了'
    >>> by_body("我评过工匠", "省级的")
    '我评过浙江工匠'
    >>> by_body("区里评过工匠")
    '区里评过工匠'
"""

from __future__ import annotations

import functools
import re

from assistant.language.datafiles import data_json

__all__ = ["by_body"]

_ADJECTIVE = re.compile(r"(?:的|那个|这个|一个|个|评的)?")
_PLACES = ("city", "province")


@functools.cache
def _table() -> dict:
    t = data_json("conferred.json")
    bodies = "|".join(f"(?P<{key}>{value})" for key, value in zip(_PLACES, t["bodies"].values(), strict=True))
    kinds = "|".join(sorted(t["kinds"], key=len, reverse=True))  # (keys are patterns: 首席 not before 技师)
    # the bare word: no place, edition or other body glued before it (杭州工匠, 数字工匠, 区首席 are named already)
    bare = rf"(?<![杭州浙江省市区县数字派国家团司厂])(?P<kind>{kinds})(?!{t['not_after']})"
    return {"before": re.compile(rf"(?:{bodies})(?:{t['link']})?{bare}"), "bare": re.compile(bare),
            "after": re.compile(t["after_body"].replace("{body}", bodies)), "got_rest": re.compile(t["got_rest"]),
            "places": dict(zip(_PLACES, t["bodies"], strict=True)), "kinds": t["kinds"]}


def _full(kind: str, m: re.Match[str]) -> str:
    t = _table()
    key = next(k for k in t["kinds"] if re.fullmatch(k, kind))
    return t["kinds"][key][t["places"]["city" if m["city"] else "province"]]


def by_body(text: str, after: str = "") -> str:
    """``text`` with each bare honour word that a city or provincial body is said to have conferred written as the
    honour's full name ("省里的首席" -> "浙江省首席技师", "首席技师是省里评的" -> "浙江省首席技师是省里评的"); ``after``, the
    clause after ``text``, may name the body alone ("我评过工匠" + "省级的"). The rest of the text as it was."""
    t = _table()

    def before(m: re.Match[str]) -> str:
        said = m.group()[: m.start("kind") - m.start()]
        between = said[len(m["city"] or m["province"]):]
        # the body only as the honour's level ("市级的工匠", "省里那个首席"): the full name stands for both; a getting
        # told between them ("市里前年评过工匠") keeps its words
        return _full(m["kind"], m) if _ADJECTIVE.fullmatch(between) else said + _full(m["kind"], m)

    text = t["before"].sub(before, text)
    for m in reversed(list(t["bare"].finditer(text))):
        rest = text[m.end():]
        alone = not rest.strip() or t["got_rest"].match(rest.strip())  # the clause ends with the word or its getting
        body = t["after"].match(rest) or (alone and after and t["after"].match(after.strip()))
        if body:
            text = text[:m.start()] + _full(m["kind"], body) + rest
    return text
