"""A start at a workplace, the work said in stretches of its own, then "一直在这": the trade has gone on since.

Found by the place16 round (dialogue dlg-q009 dev, and the 杭州工匠 test items the lead counted as needing
years_in_field): "92年进萧山一家铸造厂 做砂型铸造 造型工 一直在这" read the start in Hangzhou but not the trade's
years, as the comma form "…铸造厂做砂型铸造，一直在这" did, so 在杭从事本专业 stayed unknown."""

from __future__ import annotations

from tests.extract_support import check


def test_the_work_said_in_stretches_between_the_start_and_its_going_on():
    check("我74年的 92年进萧山一家铸造厂 做砂型铸造 造型工 一直在这", {"years_in_field": 33.92})


def test_without_a_word_that_it_went_on_the_trades_years_stay_unknown():
    from assistant.extract import extract
    from tests.extract_support import TODAY

    assert "years_in_field" not in extract("我74年的 92年进萧山一家铸造厂 做砂型铸造 造型工", TODAY).profile
