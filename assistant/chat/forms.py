"""A form's own instruction for one field: the row beneath a form's header row, read by column.

A question about one field of a form ("汇总表的出生年月按什么格式填") is answered by the form's header row that
names the field; the value asked for (the format "19xx-07") sits in the cell beneath it, in the next row.
"""

from __future__ import annotations

import re

__all__ = ["with_cell_below"]

_SPACE = re.compile(r"\s+")
_INSTRUCTION = re.compile(r"\S\s*[：:]")


def _plain(text: str) -> str:
    return _SPACE.sub("", text or "")


def with_cell_below(clause_text: str, quote: str, question: str) -> str:
    """``quote`` followed by the next row of the form when ``quote`` is a header row, a column of it is named by
    ``question``, and the next row fills that column in; else ``quote`` unchanged. The result is still a
    passage of ``clause_text`` (the two rows are adjacent in it)."""
    if "\t" not in (quote or ""):
        return quote
    lines = (clause_text or "").split("\n")
    if quote not in lines:
        return quote
    i = lines.index(quote)
    if i + 1 >= len(lines) or "\t" not in lines[i + 1]:
        return quote
    asked, below = _plain(question), lines[i + 1].split("\t")
    named = [j for j, head in enumerate(quote.split("\t")) if len(_plain(head)) >= 2 and _plain(head) in asked]
    # An instruction cell says what it is ("格式：", "说明：", "如："); a cell of field names is another header row.
    if any(j < len(below) and _INSTRUCTION.search(below[j]) for j in named):
        return f"{quote}\n{lines[i + 1]}"
    return quote
