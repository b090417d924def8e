"""Time away inside a stay whose start is said with any start verb (毕业, 开始), and a closed stretch elsewhere that
lies after the stay's start: both are subtracted from the place's years (``extract.gaps``)."""

from __future__ import annotations

from tests.extract_support import ABSENT, check


def test_a_stay_from_graduation_loses_the_time_away_marked_inside_it():
    # 2010-12…now is 15.92; two years in 深圳 inside it, and 深圳 is no second place of the stay
    check("2010年毕业 一直在杭州 期间去深圳待过两年", {"years_full_time_in_hangzhou": 13.92, "employer_city": "杭州"})
    check("2010年毕业后一直在杭州，中间回老家三年", {"years_full_time_in_hangzhou": 12.92})


def test_a_stay_from_a_start_said_with_kaishi_loses_the_time_away():
    check("2015年开始在杭州上班，期间去深圳待过两年", {"years_full_time_in_hangzhou": 8.92})


def test_a_closed_stretch_elsewhere_after_the_start_is_time_away():
    # 2012-12…now is 13.92, less 2018–2020 in 上海; the present place is still 杭州
    check("12年来的杭州，18年到20年在上海", {"years_full_time_in_hangzhou": 11.92, "employer_city": "杭州"})


def test_a_closed_stretch_before_the_start_is_no_time_away():
    check("2010年到2015年在上海，16年来的杭州", {"years_full_time_in_hangzhou": 9.92,
                                          "hangzhou_full_time_start": "2016-12"})


def test_a_return_dated_after_the_stretch_leaves_two_stays():
    check("2016年开始在西湖区做Java开发，2020到2022年去南京干了两年，22年底回来一直在滨江一家公司写后端代码",
          {"years_full_time_in_hangzhou": 7.92, "hangzhou_full_time_start": ABSENT})


def test_time_posted_elsewhere_in_zhejiang_stays_in_zhejiangs_years():
    check("在杭州干了十一年，中间有两年被派到义乌", {"years_full_time_in_hangzhou": 9.0, "years_full_time_in_zhejiang": 11.0})
    check("在杭州干了十年，中间回老家三年", {"years_full_time_in_hangzhou": 7.0, "years_full_time_in_zhejiang": 7.0})
