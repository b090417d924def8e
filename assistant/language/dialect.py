"""Wu words folded to Mandarin (``data/dialect.json``), so that "阿拉屋里厢阿哥…伊好报伐" is read as "我家里哥哥…他好报伐":
the person tables, the subject reader and every fact reader then apply unchanged. The question particle 伐 is left
to ``asking`` (it reads it as 吗), and 晓得 is Mandarin too."""

from __future__ import annotations

import functools
import re

from assistant.language.datafiles import data_json

__all__ = ["fold_dialect"]


@functools.cache
def _table() -> tuple[re.Pattern, dict[str, str]]:
    rows = sorted(data_json("dialect.json")["words"], key=lambda r: len(r["wu"]), reverse=True)
    parts = []
    for row in rows:
        before = f"(?<![{re.escape(row['not_after'])}])" if row.get("not_after") else ""
        after = f"(?![{re.escape(row['not_before'])}])" if row.get("not_before") else ""
        parts.append(before + re.escape(row["wu"]) + after)
    return re.compile("|".join(parts)), {row["wu"]: row["mandarin"] for row in rows}


def fold_dialect(text: str) -> str:
    """The text with each Wu word of the table put in Mandarin; idempotent, and a no-op on Mandarin text."""
    pattern, mandarin = _table()
    return pattern.sub(lambda m: mandarin[m.group(0)], text)
