"""The one redactor: 身份证号 and 手机号 are masked here before any text reaches a sink (logs, feedback,
conversations, eval exports, draft output, the model endpoint).

A number is read the way a person writes it: ASCII or full-width digits, Chinese digits (一三九…, 〇/零, 幺,
壹贰叁…), and groups split by spaces, dashes or dots ("330106 1977 0312 4563", "139.5714.6823",
"１３９－５７１４－６８２３", "一三九五七一四六八二三"). Once the separators are dropped, what is masked:
- 18 digits (the last may be X) or 15 digits: an ID card number, checksum valid or not;
- 11 digits starting 1[3-9] (or 13 starting 861[3-9], the country code): a mobile number;
- any other unbroken run of 15 digits or more: nothing the assistant needs, so it is masked too.
One left-to-right pass over the text (a regex whose pieces cannot overlap), so it is linear in its length.
"""

from __future__ import annotations

import re
from typing import Any

__all__ = ["redact", "redact_value", "contains_pii", "digits_of", "ID_CARD_MASK", "PHONE_MASK"]

ID_CARD_MASK = "[身份证号已隐去]"
PHONE_MASK = "[手机号已隐去]"

_CN_DIGITS = "〇零一二三四五六七八九幺壹贰叁肆伍陆柒捌玖"
_DIGIT_VALUE = {**{c: str(i) for i, c in enumerate("0123456789")},
                **{chr(0xFF10 + i): str(i) for i in range(10)},
                "〇": "0", "零": "0", "一": "1", "二": "2", "三": "3", "四": "4", "五": "5", "六": "6", "七": "7",
                "八": "8", "九": "9", "幺": "1", "壹": "1", "贰": "2", "叁": "3", "肆": "4", "伍": "5", "陆": "6",
                "柒": "7", "捌": "8", "玖": "9"}
_D = f"[0-9０-９{_CN_DIGITS}]"
_SEP = r"[ \t\u3000\u00a0\-－‐‑–—.．·・_]"
_X = "[XxＸｘ]"
# A run: digit groups joined by at most three separator characters, maybe ending in X; a leading + kept with it.
_RUN = re.compile(rf"\+?{_D}+(?:{_SEP}{{1,3}}{_D}+)*{_X}?(?![A-Za-z])")
_MOBILE = re.compile(r"(?:86|0086)?1[3-9]\d{9}")
_ID = re.compile(r"\d{17}[\dX]|\d{15}")


def digits_of(run: str) -> str:
    """The digits a written run stands for (separators dropped, X kept upper-case)."""
    return "".join(_DIGIT_VALUE.get(ch, "X" if ch in "XxＸｘ" else "") for ch in run)


_GROUP = re.compile(rf"{_D}+{_X}?")


def _kind(digits: str) -> str | None:
    if _MOBILE.fullmatch(digits):
        return PHONE_MASK
    if _ID.fullmatch(digits):
        return ID_CARD_MASK
    return None


def _sub(m: re.Match) -> str:
    run = m.group()
    if sum(1 for ch in run if ch in _DIGIT_VALUE) < 11:  # the common case: a year, a count, a short number
        return run
    # The digit groups of the run; a number is one or more consecutive groups ("2023.12.01 139 5714 6823"
    # masks the phone and keeps the date). At most 18 digits per window, so this stays linear.
    groups = [(g.start(), g.end(), digits_of(g.group())) for g in _GROUP.finditer(run)]
    out, pos, i = [], 0, 0
    while i < len(groups):
        best = None
        acc = ""
        for j in range(i, len(groups)):
            acc += groups[j][2]
            if len(acc) > 18:
                break
            kind = _kind(acc)
            # An ID card's 6-digit region code is never split: "12.01 13957146823" is a date and a phone.
            if kind and not (kind == ID_CARD_MASK and j > i and len(groups[i][2]) < 6):
                best = (j, kind, 0)
            elif best is None and 11 < len(acc) <= 14 and _MOBILE.fullmatch(acc[-11:]) \
                    and len(acc) - 11 < len(groups[i][2]):
                # A mobile number glued to a digit before it ("编号4" + "1395 714 6823"): mask the number and
                # keep the digits it is glued to (each digit of a group is one character).
                best = (j, PHONE_MASK, len(acc) - 11)
        if best is None and len(groups[i][2]) >= 15:  # an unbroken long run: nothing the assistant needs
            best = (i, PHONE_MASK if _MOBILE.search(groups[i][2]) and not _ID.search(groups[i][2]) else ID_CARD_MASK,
                    0)
        if best is None:
            i += 1
            continue
        j, kind, kept = best
        start = groups[i][0] + kept
        if start == 1 and run[0] == "+":
            start = 0
        out += [run[pos:start], kind]
        pos = groups[j][1]
        i = j + 1
    out.append(run[pos:])
    return "".join(out)


def redact(text: Any) -> Any:
    """``text`` with every ID-card and mobile number masked; anything that is not a string comes back as is."""
    if not isinstance(text, str) or not text:
        return text
    return _RUN.sub(_sub, text)


def redact_value(value: Any, _depth: int = 0) -> Any:
    """``redact`` applied to every string inside a JSON-like value (dict keys too; tuples become lists)."""
    if isinstance(value, str):
        return redact(value)
    if _depth > 50:
        return value
    if isinstance(value, dict):
        return {redact(k): redact_value(v, _depth + 1) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [redact_value(v, _depth + 1) for v in value]
    return value


def contains_pii(text: str) -> bool:
    return isinstance(text, str) and redact(text) != text
