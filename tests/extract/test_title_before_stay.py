"""Issue 13, item 4: a job named by its title in the clause before a stay at a place makes the stay's years the
job's years too, as a job named by what is done does ("我是做直播电商运营的，在杭州干了6年")."""

import pytest

from tests.extract_support import check


@pytest.mark.parametrize("text, years", [
    ("我爸是老焊工了，在萧山一个船厂干了快三十年", 29.5),
    ("我是老电工了，在余杭一个厂里干了二十年", 20.0),
    ("我是数控车工，在临平一家机械厂干了12年", 12.0),
])
def test_a_title_before_the_stay_names_the_work(text, years):
    check(text, {"years_in_field": years, "years_full_time_in_hangzhou": years})
