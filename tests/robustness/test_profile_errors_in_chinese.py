"""A bad profile value gets a Chinese error: pydantic's English ("'a', 'b' or 'c'") never reaches the user."""

from __future__ import annotations

import re
import typing

import pytest

from assistant.errors import InputError
from assistant.profile import Profile, parse_profile


def _literal_fields() -> list[tuple[str, tuple[str, ...]]]:
    out = []
    for name, field in Profile.model_fields.items():
        for arg in (field.annotation, *typing.get_args(field.annotation)):
            if typing.get_origin(arg) is typing.Literal:
                out.append((name, typing.get_args(arg)))
                break
    return out


@pytest.mark.parametrize(("name", "options"), _literal_fields())
def test_a_value_outside_the_options_is_told_in_chinese(name, options):
    with pytest.raises(InputError) as raised:
        parse_profile({name: "没有这个选项"})
    message = raised.value.message
    assert "取值应为" in message, message
    rest = message.replace(name, "")
    for option in options:
        rest = rest.replace(str(option), "")
    # the field and its options are the JSON's own words; anything else in Latin letters is English leaking
    assert not re.search(r"[A-Za-z]{2,}", rest), message


def test_there_are_literal_fields_to_check():
    assert len(_literal_fields()) >= 3
