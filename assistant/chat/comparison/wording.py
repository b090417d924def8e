"""A comparison of a wording: whether one notice's sentence is in the other ("第四届多了一句打造AI智能体的，首届有这句没？",
"两届的技术革新那条是不是就差这几个字", "首届的条件里有没有AI智能体这一说？第四届呢？").

What is compared is words, not a value: the asked words that some notices hold and others do not. Each side holding
them is quoted at its sentence; a side without them is quoted at its counterpart, the sentence of its notice that
reads most like the holding side's (the same condition worded the other way), and the answer says it lacks them.
A question whose words every side holds, or none, is left to the side-by-side answer.

Run with:  .venv/bin/python -m pytest -q tests/chat/test_wording_compare.py
"""

from __future__ import annotations

import re

__all__ = ["asks_wording", "wording_text", "counterpart"]

# a wording pointed at: a sentence, a few characters, a phrasing ("这句", "多了一句", "这几个字", "措辞", "这一说")
_WORDING_ASKED = re.compile(r"这句|那句|一句话?|这几个字|那几个字|几个字眼|字眼|措辞|表述|原话|写法|提法|这一说|这么一说|这个说法|"
                            r"这种说法|这么一条|这个词|那个词|这几个词")
_SPACES = re.compile(r"\s+")
# the counterpart must read like the holding sentence: this share of its character pairs at least
COUNTERPART_SHARE = 0.35


def asks_wording(text: str) -> bool:
    return bool(_WORDING_ASKED.search(text or ""))


def _bare(text: str) -> str:
    return _SPACES.sub("", text or "").upper()


def _pairs(text: str) -> set[str]:
    bare = re.sub(r"[^\w]", "", _bare(text))
    return {bare[i:i + 2] for i in range(len(bare) - 1)}


def _units(corpus, program: str) -> list[tuple[str, str]]:
    from assistant.chat.rules.quotes import _candidates

    return [(c.clause_id, u) for c in corpus.clauses(program) if c.path for u in _candidates(c, "")]


def counterpart(corpus, quote: str, program: str) -> tuple[str, str] | None:
    """The unit of ``program``'s notice that reads most like ``quote`` (shares most of its character pairs), when
    it shares at least ``COUNTERPART_SHARE`` of them; else None."""
    want = _pairs(quote)
    if not want:
        return None
    best = max(((len(want & _pairs(u)) / len(want), cid, u) for cid, u in _units(corpus, program)), default=None)
    return (best[1], best[2]) if best and best[0] >= COUNTERPART_SHARE else None


def _phrase(text: str, words: list[str], unit: str) -> str:
    """The asked words as one stretch of the question ("打造AI智能体"), grown while the holding unit still reads it."""
    starts = [text.find(w) for w in words if w in text]
    ends = [text.find(w) + len(w) for w in words if w in text]
    if not starts:
        return "、".join(words)
    start, end = min(starts), max(ends)
    bare = _bare(unit)
    while end < len(text) and _bare(text[start:end + 1]) in bare:
        end += 1
    return text[start:end]


def wording_text(corpus, cites, text: str, programs: list[str], today) -> str | None:
    """The side-by-side answer to a comparison of a wording, or None when the question points at no wording or its
    words do not tell the sides apart."""
    from assistant.chat.routing import topic_only
    from assistant.chat.rules.things import thing
    from assistant.chat.templates import local_id, status_lines

    if not asks_wording(text) or len(programs) < 2:
        return None
    asked = thing(_WORDING_ASKED.sub("，", topic_only(text)), whole=True)  # the pointer ("一句") is no asked word
    if asked is None:
        return None
    notices = {p: _bare("\n".join(c.text for c in corpus.clauses(p))) for p in programs}
    said = [w for w in asked.words if any(_bare(w) in n for n in notices.values())]
    telling = [w for w in said if not all(_bare(w) in n for n in notices.values())]
    if not telling:
        return None
    # the sides holding the most of them hold the wording; the words they do not all hold are not part of it
    held = {p: sum(_bare(w) in notices[p] for w in telling) for p in programs}
    holders = [p for p in programs if held[p] == max(held.values())]
    telling = [w for w in telling if all(_bare(w) in notices[p] for p in holders)]
    if len(holders) == len(programs) or not telling:
        return None
    shared = [w for w in said if w not in telling]
    holding: dict[str, tuple[str, str]] = {}
    for p in holders:
        units = [(cid, u) for cid, u in _units(corpus, p) if all(_bare(w) in _bare(u) for w in telling)]
        if not units:
            return None
        # the unit also holding the words every side shares ("技术革新") is the condition asked of
        holding[p] = max(units, key=lambda cu: sum(_bare(w) in _bare(cu[1]) for w in shared))
    phrase = _phrase(text, telling, holding[holders[0]][1])
    lines = []
    missing = [p for p in programs if p not in holders]
    names = "、".join(corpus.meta(p).short_name for p in holders)
    lines.append(f"不一样：“{phrase}”只有{names}的通知里有，"
                 f"{'、'.join(corpus.meta(p).short_name for p in missing)}的通知里没有这样的字样。")
    for p in programs:
        name = corpus.meta(p).short_name
        if p in holding:
            cid, unit = holding[p]
            lines.append(f"【{name}】{local_id(cid)}：“{unit}”{cites.mark(cid, unit)}")
            continue
        match = counterpart(corpus, holding[holders[0]][1], p)
        if match is None:
            lines.append(f"【{name}】通知里没有“{phrase}”，也没有与之对应的条文。")
            continue
        cid, unit = match
        lines.append(f"【{name}】对应的一条是 {local_id(cid)}：“{unit}”{cites.mark(cid, unit)}，其中没有“{phrase}”。")
    lines += status_lines(corpus, list(programs), today)
    return "\n".join(lines)
