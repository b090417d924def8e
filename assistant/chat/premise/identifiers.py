"""Identifiers a premise may get wrong: an e-mail address, a phone number, a room, a building or a street number.

Run with:  .venv/bin/python -m pytest -q tests/chat/test_premise_values.py
"""

from __future__ import annotations

import re

# Identifiers a premise may get wrong: an e-mail address, a phone number, a room of an address. One of a kind
# in the question that the quote gives differently is corrected with the quote's ("发到szjjtu@163.com对吧"
# where the notice says szjjtu@vip.163.com).
IDENTIFIERS = {
    "邮箱": re.compile(r"[A-Za-z0-9._+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+"),
    "电话": re.compile(r"(?<![0-9-])(?:0\d{2,3}-?)?\d{7,8}(?![0-9])|(?<![0-9])1[3-9]\d{9}(?![0-9])"),
    "房间号": re.compile(r"(\d{2,5})\s*(?=室|房间)"),
    # the building of an address ("市民中心 D 座"), and its street number ("解放东路 18 号")
    "楼座": re.compile(r"(?<![A-Za-z])[A-Za-zＡ-Ｚａ-ｚ]\s*(?=座)"),
    "门牌号": re.compile(r"(?<=[路街道巷])\s*\d{1,4}\s*(?=号)"),
}


def _identifier_correction(question: str, quote: str) -> str | None:
    for kind, pattern in IDENTIFIERS.items():
        asked = {m.group(0).strip().lower(): m.group(0).strip() for m in pattern.finditer(question)}
        written = [m.group(0).strip() for m in pattern.finditer(quote)]
        if asked and written and not set(asked) & {w.lower() for w in written}:
            return f"不对，通知写的{kind}不是{asked[sorted(asked)[0]]}，而是{written[0]}：见下面的原文。"
    return None
