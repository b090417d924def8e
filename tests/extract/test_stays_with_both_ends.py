"""A work history told as dated stretches ("A年到B年在X…", "A年开始在Y做…", "A年进Z厂当…"): a closed stretch of years is
a stay with both its ends in the timeline (it ends the stay before it), not a clause to skip; the present job is the
one said after it (the stretch is over, as 以前 says); the trade's years run back over the stays to where a stay names
another trade; and years of earlier Hangzhou stays added to a start leave the start out of the profile, since the
checker counts from a start month alone. Batch o dev el-o002, el-o010 and el-o021 are of this kind; the phrasings here
are not theirs."""

from __future__ import annotations

from assistant.extract import extract
from tests.extract_support import ABSENT, TODAY, check


def test_a_closed_stretch_away_ends_the_stay_before_and_the_trade_goes_on():
    # 杭州 2016-12…2020-12, 南京 2020-12…2022-12, 杭州 2022-12…now: 4 + 3.9 in Hangzhou, 9.9 in the trade
    check("2016年开始在西湖区做Java开发，2020到2022年去南京干了两年，22年底回来一直在滨江一家公司写后端代码",
          {"years_full_time_in_hangzhou": 7.92, "years_in_field": 9.92, "hangzhou_full_time_start": ABSENT})


def test_a_closed_stretch_of_another_trade_is_a_past_job():
    profile = extract("2008年到2013年在萧山一家饭店当厨师，2013年开始在萧山做汽车维修，一直干到现在", TODAY).profile
    assert profile["occupation"] == "汽车维修"
    assert profile["years_in_field"] == 12.92  # since 2013, not since 2008
    assert profile["years_full_time_in_hangzhou"] == 17.92  # both jobs were in Hangzhou
    assert "hangzhou_full_time_start" not in profile  # 2013-12 would give the checker 12.9 years


def test_entering_a_unit_in_a_place_starts_a_stay():
    # "1995年进桐庐一家纺织厂": 杭州 1995-12…2003-12; 合肥 2003-12…2006-12; back 2006-12…now
    check("1995年进桐庐一家纺织厂当挡车工，2003年到2006年去合肥打工，06年又回了原来的厂，一直干到现在",
          {"years_full_time_in_hangzhou": 27.92, "employer_city": "杭州"})


def test_time_posted_away_inside_a_stay_stays_a_gap():
    # the closed stretch with a return after it is the gaps reader's: no stay in 宁波 that ends the Hangzhou one
    check("2010年进的滨江这家公司，15年到17年被派去宁波驻场，回来后接着干",
          {"employer_city": "杭州", "years_full_time_in_hangzhou": 13.92})
