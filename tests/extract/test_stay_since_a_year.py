"""Issue 13, item 3: a stay begun in a year and kept since is the years in Hangzhou: "…就进去了" after a clause that
places the employer, and "08年以后就一直在萧山…"."""

import pytest

from tests.extract_support import check


@pytest.mark.parametrize("text, start", [
    ("我在临安青山湖那边一家做传感器的公司，17年大学毕业就进去了，一直干嵌入式开发，干到现在没挪过窝", "2017-12"),
    ("我在余杭一家做电梯的厂，15年技校毕业就进去了，一直干装配", "2015-12"),
    ("08年以后就一直在萧山的纺织厂", "2008-12"),
    ("2012年之后一直在富阳一家造纸厂做机修", "2012-12"),
])
def test_a_stay_since_a_year_is_the_start_in_hangzhou(text, start):
    check(text, {"hangzhou_full_time_start": start})
