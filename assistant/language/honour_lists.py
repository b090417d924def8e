"""Where a list of honours around a title begins and ends, so the title is read with the list's own frame.

Applicants name their honours together ("劳模、五一劳动奖章、还有杭州工匠我都有了", "荣誉有浙江省技术能手、浙江省首席技师、
市五一劳动奖章"). What says the list held stands before its first item or after its last, and the readers of a held
title look only right beside the name, where the other items stand. ``list_span`` widens a title's span over the
items joined to it (``data/honour_lists.json``), so the words before and after the whole list are read instead.

    >>> text = "荣誉有浙江省技术能手、浙江省首席技师、市五一劳动奖章"
    >>> start = text.index("浙江省首席技师")
    >>> list_span(text, start, start + 7)
    (3, 26)
"""

from __future__ import annotations

import functools
import re

from assistant.language.datafiles import data_json

__all__ = ["kept_out", "kept_spans", "list_span", "without_honours"]


@functools.cache
def _patterns() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    t = data_json("honour_lists.json")
    name = rf"{t['level']}?{t['qualifier']}?{t['kind']}"
    item = rf"(?:{name}|□+){t['bracket']}"
    return re.compile(rf"{item}{t['joiner']}$"), re.compile(rf"^{t['joiner']}{item}"), re.compile(name)


def list_span(text: str, start: int, end: int) -> tuple[int, int]:
    """The span of the list of honours the name at ``text[start:end]`` is an item of (the name's own span when it
    stands alone): items joined before it and after it, each an honour's name or a name already blanked (□)."""
    before, after, _ = _patterns()
    while m := before.search(text[:start]):
        start = m.start()
    while m := after.match(text[end:]):
        end += m.end()
    return start, end


def without_honours(text: str) -> str:
    """``text`` with every honour's name blanked (□), so the words inside a name ("技术能手"'s 能, "无"-less names
    aside) are not read as the reply's own ask or denial."""
    return _patterns()[2].sub(lambda m: "□" * len(m.group()), text)


@functools.cache
def _only() -> re.Pattern[str]:
    return re.compile("|".join(data_json("honour_lists.json")["only"]))


def kept_out(text: str) -> str:
    """``text`` with its honours blanked and each denial that keeps a named honour out of it taken away ("没有别的，就
    杭州工匠" -> "□□□□"), so what is left denies only what it denies on its own."""
    return _only().sub(lambda m: "□" * len(m.group()), without_honours(text))


def kept_spans(text: str) -> list[tuple[int, int]]:
    """The spans of the honours a denial keeps out of it ("没有别的，就杭州工匠": the span of 杭州工匠): the last name of
    each such stretch, held; a name denied inside it ("不是省里的首席，是杭州市首席技师": 省里的首席) is not one."""
    out = []
    for m in _only().finditer(without_honours(text)):
        last = list(re.finditer(r"□+", m.group()))[-1]
        out.append((m.start() + last.start(), m.start() + last.end()))
    return out
