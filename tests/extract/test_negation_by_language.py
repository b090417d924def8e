"""Negation read by the language layer's scope, not by the extractor's own lists (issue 13): a status denied in
words the extractor's patterns span ("现在没在公司上班"), a prize missed, work never done in Hangzhou, hands off the
tools. Phrasings here are in no eval row."""

import datetime as dt

import pytest

from assistant.extract import extract

TODAY = dt.date(2026, 11, 21)
ABSENT = object()


def _check(text: str, expected: dict) -> None:
    profile = extract(text, TODAY).profile
    for field, value in expected.items():
        if value is ABSENT:
            assert field not in profile, f"{field} should be absent, got {profile.get(field)!r}"
        else:
            assert profile.get(field) == value, f"{field}: {profile.get(field)!r} != {value!r}"


@pytest.mark.parametrize("text, expected", [
    # a workplace denied: the pattern 在…公司…上班 begins at 现在's 在, the 没 is inside it
    ("现在没在单位上班了，在家帮人改衣服", {"employment": ABSENT}),
    ("眼下没在厂里干，自己接点焊接的散活", {"employment": ABSENT}),
    ("目前也没在什么公司上班", {"employment": ABSENT}),
    # not denied: the workplace said plainly still infers full-time work
    ("现在在一家物流公司上班，开叉车", {"employment": "full_time"}),
])
def test_denied_workplace_is_no_employment(text, expected):
    _check(text, expected)
