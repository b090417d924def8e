"""One person's case out of a message about several ("老陈…；小林…；小王…。我主要问小王，他能直接认定吗？").

An HR officer or a foreman asks about a few colleagues at once and names the one whose verdict is wanted. Each clause
is attributed to the person its head names (``chat.people.attribute``, the reader the drafting talk uses); only the
asked person's clauses are that person's facts, the others' are someone else's and reach no profile.
"""

from __future__ import annotations

import re

from assistant.chat.people import NAME, attribute, is_nickname, names_in

__all__ = ["one_of_several"]

# the person asked about: "主要问小王", "我想问的是小王", "就问小王", "主要是小王", "小王能直接认定吗", "小王他够不够"
_ASKED_FOR = re.compile(rf"(?:问(?:问|一下|下)?|问的是|主要是|就是|关于|说说)(?P<a>{NAME})")
_ASKS_ABOUT = re.compile(rf"(?P<b>{NAME})(?:他|她)?(?:的情况)?[^，,。；;]{{0,16}}?(?:吗|么|伐|能不能|可不可以|是不是|够不够|行不行|有没有戏|[？?])")
_CLAUSE = re.compile(r"[^，,。；;：:！!？?]+[，,。；;：:！!？?]*")


def _asked(text: str, named: list[str]) -> str | None:
    """The one person the message asks about: named after 问/主要是, else the one named in a clause that asks."""
    for pattern, group in ((_ASKED_FOR, "a"), (_ASKS_ABOUT, "b")):
        hits = {m[group] for m in pattern.finditer(text)}
        hits = {h for h in hits if h in named or is_nickname(h)}
        if len(hits) == 1:
            return hits.pop()
        if hits:
            return None  # two people asked about: neither is the one
    return None


def one_of_several(text: str) -> str | None:
    """The words a message says of the one person it asks about, when it speaks of two or more people by name; None
    when it names fewer, or does not say which one it asks about. The asker's own preamble before the first name
    ("我是余杭一家公司的人事，想问下我们厂三个人的事") is the asker's, not the person's."""
    clauses = _CLAUSE.findall(text)
    named = names_in([c.strip() for c in clauses])
    target = _asked(text, named)
    if target is None or len({*named, target}) < 2:
        return None
    first = next((i for i, c in enumerate(clauses) if re.search(NAME, c) and any(n in c for n in {*named, target})), 0)
    kept = [a.text for a in attribute([c.strip() for c in clauses[first:]], target)
            if a.people == (target,) and not a.only_name]
    # "我主要问小王，" says who, not what; "小王第四届数字工匠能直接认定吗" keeps what follows the name
    kept = [re.sub(rf"^[^，,。；;]*?{re.escape(target)}(?:他|她)?", "", k) for k in kept]
    said = "".join(k if re.search(r"[，,。；;！!？?]$", k) else f"{k}，" for k in kept if k.strip("，,。；; "))
    said = said.strip("，, ")
    # the name taken off, the person is said as 他 ("是做3D打印的" -> "他是做3D打印的"), as the extractor reads a person
    return (said if re.match(r"[他她]", said) else f"他{said}") if said else None
