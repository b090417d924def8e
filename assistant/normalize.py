"""Edge normalisation: every piece of text a user sends is folded once, here, before any stage reads it.

    >>> normalize_text("杭州數字⼯匠\u200b１９８８年")
    '杭州数字工匠1988年'

- NFKC folds full-width digits and letters to ASCII and Kangxi radicals (⼯ U+2F2F) to the ordinary
  character (工). Full-width CJK punctuation (，？：（）…) is kept: it is how Chinese prose is written and
  the chat's patterns read it.
- Traditional characters become simplified (OpenCC ``t2s``; the five notices are unchanged by it).
- Zero-width and direction-control characters, NUL and lone surrogates are dropped: they are invisible to a
  reader but split words a matcher looks for ("杭州数字\u200b工匠").

Structured input (a profile JSON, a batch line, API arguments) goes through :func:`normalize_value`, which
walks dicts and lists and folds every string in them.
"""

from __future__ import annotations

import re
import threading
import unicodedata
from typing import Any

__all__ = ["normalize_text", "normalize_value", "strip_invisible", "prepare_profile"]

# Zero-width, joiners, direction marks and overrides, word joiner, BOM, soft hyphen, Mongolian vowel separator.
_INVISIBLE = re.compile("[\x00\u00ad\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff"
                        "\ud800-\udfff]")
# Full-width punctuation Chinese prose uses; NFKC would turn it into ASCII, which the chat's patterns do not expect.
_KEEP = frozenset("！，：；？（）～［］｛｝｜　…‥—–")
_NEEDS_NFKC = re.compile(r"[^\u0000-\u007f\u4e00-\u9fff\u3001-\u303f\u2010-\u2027]")

_CC: list[Any] = []
_CC_LOCK = threading.Lock()


def _t2s(text: str) -> str:
    if not _CC:
        with _CC_LOCK:
            if not _CC:
                from opencc import OpenCC

                _CC.append((OpenCC("t2s"), _triggers()))
    converter, triggers = _CC[0]
    # The pure-Python converter costs ~25 µs a character (160 ms for a 20 KB profile); text with no character
    # it could change, which is nearly all of what users here send, is returned as is. Exact: see _triggers.
    if triggers is not None and not triggers.search(text):
        return text
    return converter.convert(text)


def _triggers():
    """A regex matching any character at which OpenCC's t2s can change a text: every key of its character
    table, and, for each phrase, the characters it changes (all of a phrase's characters when its length
    changes). None (always convert) if the tables are not where opencc-python-reimplemented keeps them."""
    from pathlib import Path

    import opencc

    folder = Path(opencc.__file__).parent / "dictionary"
    try:
        chars = {line.split("\t", 1)[0] for line in (folder / "TSCharacters.txt").read_text("utf-8").splitlines()
                 if line}
        for line in (folder / "TSPhrases.txt").read_text("utf-8").splitlines():
            if not line:
                continue
            key, values = line.split("\t", 1)
            value = values.split(" ")[0]
            chars.update(key if len(key) != len(value) else (k for k, v in zip(key, value, strict=True) if k != v))
    except (OSError, ValueError):
        return None
    return re.compile("[" + "".join(re.escape(c) for c in sorted(chars)) + "]")


def strip_invisible(text: str) -> str:
    """Drop zero-width characters, direction controls, NUL and lone surrogates."""
    return _INVISIBLE.sub("", text)


def _nfkc(text: str) -> str:
    if not _NEEDS_NFKC.search(text):  # plain ASCII and CJK: nothing to fold (the common case, kept fast)
        return text
    return "".join(ch if ch in _KEEP else unicodedata.normalize("NFKC", ch) for ch in text)


def normalize_text(text: str) -> str:
    """Fold one string the way every stage expects it (see the module docstring). Linear in its length."""
    if not isinstance(text, str) or not text:
        return text
    return _t2s(_nfkc(strip_invisible(text)))


def normalize_value(value: Any, _depth: int = 0) -> Any:
    """``normalize_text`` applied to every string (keys too) inside a JSON value."""
    if isinstance(value, str):
        return normalize_text(value)
    if _depth > 50:  # a JSON document nested this deep is rejected elsewhere; do not recurse into it
        return value
    if isinstance(value, dict):
        return {normalize_text(k) if isinstance(k, str) else k: normalize_value(v, _depth + 1)
                for k, v in value.items()}
    if isinstance(value, list):
        return [normalize_value(v, _depth + 1) for v in value]
    return value


def prepare_profile(data: Any) -> Any:
    """A profile or facts object as the checker and drafter expect it: every field within its size limit
    (``assistant.limits``) and every string folded. (Prior titles are mapped through the packs' alias table
    by the checker, ``assistant.programs.canonical_title``: the registry sits above this module.)"""
    if not isinstance(data, dict):
        return data
    from assistant.limits import check_profile_sizes

    check_profile_sizes(data)
    return normalize_value(data)
