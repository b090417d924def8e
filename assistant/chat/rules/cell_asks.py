"""Whether a sentence answers one ask, of several, about what goes on a form: "表上那格填啥", "照片要几寸", "走他人推荐的话
要填啥表".

A form's cells are its rows (tab-separated, tick boxes): such a row answers an ask of a cell. Any other line, the form's
note ("注：申报表一式两份并电子档于…前报市总技协办") or a sentence of the notice's body, says how the form is handed in,
not what a cell holds, so it answers only when it holds what the ask names besides the form (照片, 主要事迹), or, for an
ask of a value it states (几号前交, 交给谁), that value.

Run with:  .venv/bin/python -m pytest -q tests/chat/test_cell_asks.py
"""

from __future__ import annotations

import re

__all__ = ["off_the_form", "bare_column"]

# an ask of what to write in a cell ("没有职务的写什么", "这栏怎么填")
_FILL_ASK = re.compile(r"(?:填|写)(?:些|点)?(?:什么|啥|哪些)|(?:怎么|如何|咋)(?:填|写)")
# what a cell says beyond its name: an aside, an instruction, an example
_SAYS_MORE = re.compile(r"[（(：:]|如")
_SPACE = re.compile(r"\s+")
# a cell's name the asker quotes ("“是否为两代表一委员”")
_QUOTED = re.compile(r"“([^”]{2,40})”")

# the types of value a line about handing a form in states: when, where, to whom, how many copies
_HANDING_IN = frozenset({"date", "place", "count", "actor", "contact"})


def off_the_form(part: str, quote: str, asked_type: str, strict: bool, holds: bool) -> bool:
    """Whether ``quote``, chosen for the form-field ask ``part``, is not an answer to it: not a form row, and holding
    neither the ask's own things (those other than the form it names) nor a value of the type the ask strictly asks."""
    from assistant.chat.rules.forms import FORM_NAMES
    from assistant.chat.rules.parts import ask_and_context, thing_nouns
    from assistant.chat.rules.quotes import is_form_row
    from assistant.chat.rules.things import Thing, holds_thing

    if is_form_row(quote):
        return False
    if any(len(name) >= 4 and _SPACE.sub("", name) in _SPACE.sub("", quote) for name in _QUOTED.findall(part)):
        return False  # "有一格“是否为两代表一委员”，…那格咋填": the line holding the cell the asker quotes is that cell
    ask, _ = ask_and_context(part)
    own = [w for w in thing_nouns(ask) if not FORM_NAMES.search(w)]
    if own:
        return not any(holds_thing(Thing((w,), w), quote) for w in own)
    return not (strict and holds and asked_type in _HANDING_IN)


def bare_column(part: str, quote: str) -> bool:
    """Whether ``quote``, a form's header row (with the row beneath it, if any), answers an ask of what to write in a
    column it names only by naming it: "首席技师的汇总表里“行政职务”那栏，没有职务的写什么" is not answered by a row whose
    行政职务 cell holds its name alone, with nothing beneath it or beside it in brackets."""
    from assistant.chat.rules.parts import ask_and_context

    ask, _ = ask_and_context(part)
    if not _FILL_ASK.search(ask or "") or "\t" not in (quote or ""):
        return False
    rows = quote.split("\n")
    header = [_SPACE.sub("", c) for c in rows[0].split("\t")]
    below = [_SPACE.sub("", c) for c in rows[1].split("\t")] if len(rows) > 1 else []
    said = _SPACE.sub("", part)
    named = [j for j, head in enumerate(header) if len(head) >= 2 and head in said]
    if not named:
        return False

    def bare(j: int) -> bool:
        beside = header[j + 1] if j + 1 < len(header) else ""
        return not (j < len(below) and below[j]) and not beside.startswith(("(", "（"))

    return all(bare(j) and not _SAYS_MORE.search(header[j]) for j in named)
