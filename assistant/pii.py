"""Redaction of personal identifiers (身份证号, 手机号) before anything is written anywhere."""

from __future__ import annotations

import re

__all__ = ["redact", "contains_pii", "ID_CARD_MASK", "PHONE_MASK"]

ID_CARD_MASK = "[身份证号已隐去]"
PHONE_MASK = "[手机号已隐去]"

_D = "[0-9０-９]"  # full-width digits count: people type them on phones
_ID_CARD = re.compile(rf"(?<![0-9０-９]){_D}{{6}}[\s-]?{_D}{{8}}[\s-]?{_D}{{3}}[0-9０-９XxＸｘ](?![0-9０-９])")
_MOBILE = re.compile(r"(?<![0-9０-９])(?:\+?86[\s-]?)?[1１][3-9３-９]" + rf"{_D}[\s-]?{_D}{{4}}[\s-]?{_D}{{4}}(?![0-9０-９])")


def redact(text: str) -> str:
    """Mask 18-digit ID-card numbers (checksum valid or not) and 11-digit mobile numbers."""
    if not text:
        return text
    return _MOBILE.sub(PHONE_MASK, _ID_CARD.sub(ID_CARD_MASK, text))


def contains_pii(text: str) -> bool:
    return bool(_ID_CARD.search(text) or _MOBILE.search(text))
