"""Operating a machine or vehicle names the work ("我是开挖掘机的"), and the years said after it are its years;
开 alone (开店, 开会, 开发) names none."""

from __future__ import annotations

import datetime as dt

import pytest

from assistant.extract import extract

TODAY = dt.date(2026, 11, 21)


@pytest.mark.parametrize(("text", "occupation", "years"), [
    ("我是开挖掘机的，在临安干了八年了", "开挖掘机", 8.0),
    ("在码头开吊车十五年", "开吊车", 15.0),
    ("俺是开叉车的，在下沙仓库干了六年", "开叉车", 6.0),
    ("我开发了一个小程序", None, None),
    ("在滨江开了家奶茶店", None, None),
])
def test_operating_names_the_work(text, occupation, years):
    p = extract(text, TODAY).profile
    assert p.get("occupation") == occupation and p.get("years_in_field") == years, p
    if occupation:
        assert p.get("is_digital_economy") is False
