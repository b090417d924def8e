"""Helpers for the extractor's tests: read a message on the fixed day and check some of its profile fields."""

import datetime as dt

from assistant.extract import extract

TODAY = dt.date(2026, 11, 21)
ABSENT = object()  # the field must not be read


def check(text: str, expected: dict) -> None:
    """``extract(text)``'s profile has each expected value (``ABSENT``: has no such field)."""
    profile = extract(text, TODAY).profile
    for field, value in expected.items():
        if value is ABSENT:
            assert field not in profile, f"{field} should be absent, got {profile.get(field)!r}"
        else:
            assert profile.get(field) == value, f"{field}: {profile.get(field)!r} != {value!r}"
