"""Impossible dates and years in a chat message: named to the user, and never read by the extractor."""

from __future__ import annotations

import datetime as dt

import pytest

from assistant.extract import extract
from assistant.extract.plausibility import blank_implausible, implausible

TODAY = dt.date(2026, 11, 21)

# (text, a word the note must show, profile fields the extractor must leave out)
IMPOSSIBLE = [
    ("我2026年13月出生", "2026年13月", ("birth_date",)),
    ("我出生于2026-13", "2026-13", ("birth_date",)),
    ("我2026年12月出生", "晚于今天", ("birth_date",)),  # this year, but a month still to come
    ("我2026年12月生", "晚于今天", ("birth_date",)),  # bare 生, as the extractor reads it
    ("我1988年2月30日出生", "该月没有这一天", ("birth_date",)),
    ("我1988-02-30出生", "该月没有这一天", ("birth_date",)),
    ("我1988年6月31号出生", "该月没有这一天", ("birth_date",)),
    ("我干这行-5年", "负数", ("years_in_field",)),  # was read as 5 years
    ("我从事本行61年", "61年", ("years_in_field",)),
    ("我在杭州全职工作65年了", "65年", ("years_full_time_in_hangzhou", "years_full_time_in_zhejiang")),
    ("我0000年出生", "不是合理的", ("birth_date",)),
]


@pytest.mark.parametrize(("text", "word", "fields"), IMPOSSIBLE, ids=[r[0] for r in IMPOSSIBLE])
def test_what_is_named_not_used_is_not_used(text, word, fields):
    notes = implausible(text, TODAY)
    assert len(notes) == 1 and word in notes[0] and "我没有采用这条信息" in notes[0]
    profile = extract(text, TODAY).profile
    for field in fields:
        assert field not in profile, profile


def test_only_the_refused_number_is_blanked():
    # The words before an absurd span still say what the work is.
    assert blank_implausible("我从事软件开发70年", TODAY) == "我从事软件开发□□□"
    got = extract("我从事软件开发70年", TODAY).profile
    assert got.get("is_digital_economy") is True and "years_in_field" not in got


@pytest.mark.parametrize(("text", "expected"), [
    ("2019年13名徒弟获奖，其中2人获省赛第一", {}),  # 2019年13 is not a month
    ("我2023年15个项目获得浙江省科学技术进步奖二等奖", {"awards": [{"level": "provincial", "kind": "浙江省科学技术进步奖二等奖",
                                                            "year": 2023}]}),
    ("2023年2月30人参加培训", {}),  # 30人, not the 30th
    ("我1988年6月出生，2020-2025年在杭州全职工作", {"birth_date": "1988-06"}),
    ("我１９８８年６月出生", {"birth_date": "1988-06"}),
    ("从事软件开发60年", {"years_in_field": 60.0}),  # the limit itself is plausible
])
def test_plausible_text_gets_no_note_and_keeps_its_facts(text, expected):
    assert implausible(text, TODAY) == ()
    profile = extract(text, TODAY).profile
    for field, value in expected.items():
        assert profile.get(field) == value, profile
