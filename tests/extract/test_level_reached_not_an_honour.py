"""The year a level was reached is said by a clause naming the level or its certificate, or by one whose verb of reaching
closes it ("2022年才考出来"); a clause whose verb has an object of its own ("去年厂里评了先进") reached that honour, not the
level — it dated the 技师 said before it to last year, and 首席技师 (2021) read the husband as a 高级工 then."""

from __future__ import annotations

import datetime as dt

import pytest

from assistant.extract.skill_dates import read_skill_dates
from assistant.extract.text import segments

TODAY = dt.date(2026, 11, 21)


@pytest.mark.parametrize(("text", "since"), [
    ("技师证一二年拿的，去年厂里评了先进", 2012),
    ("我是技师，2022年才考出来", 2022),
    ("我是技师，2022年评的", 2022),
    ("技师，不过是2022年才拿到的证，2021年那会儿还是高级工", 2022),
])
def test_the_year_of_the_level_not_of_an_honour_after_it(text, since):
    assert read_skill_dates(segments(text), TODAY).get("since") == since


def test_an_honour_after_the_level_dates_nothing():
    assert "since" not in read_skill_dates(segments("我是技师，去年厂里评了先进"), TODAY)
