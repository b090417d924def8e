"""返聘 said of a time ahead ("以后退休了想返聘") or of the people a noun names ("厂里退休返聘的老师傅很多") is no rehire
of the asker's now: neither the extractor nor the dialogue's bare reading of 返聘 makes the asker a rehired retiree
(cf probes: 首席技师/杭州工匠 read 通知未明确 on another's rehire). The asker's own stays ("我是退休返聘的老师傅")."""

from __future__ import annotations

import datetime as dt

import pytest

from assistant.extract import extract
from assistant.extract.people import rehire_not_now

TODAY = dt.date(2026, 11, 21)


@pytest.mark.parametrize("clause", ["以后退休了想返聘", "厂里退休返聘的老师傅很多", "返聘回来的人都在带班"])
def test_a_rehire_ahead_or_of_others_is_not_now(clause):
    assert rehire_not_now(clause)
    profile = extract("我是高级技师，在杭州一家纺织厂做保全工，" + clause, TODAY).profile
    assert not profile.get("rehired") and profile.get("employment") != "retired"


@pytest.mark.parametrize("clause", ["我是退休返聘的老师傅", "2019年退休以后返聘回来继续干", "返聘的"])
def test_ones_own_rehire_is(clause):
    assert not rehire_not_now(clause)

