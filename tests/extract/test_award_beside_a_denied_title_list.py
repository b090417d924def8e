"""A prize said in one clause and a list of titles denied in the next ("去年拿了浙江省科学技术进步奖三等奖，浙江工匠
杭州工匠数字工匠都没评过"): the denial is of its own list, and the prize stands; a failed attempt said after it
("杭州市技术能手报过，但没评上") still takes it back."""

import datetime as dt

import pytest

from assistant.extract import extract

TODAY = dt.date(2026, 11, 21)


@pytest.mark.parametrize("text", ["去年拿了浙江省科学技术进步奖三等奖，浙江工匠杭州工匠数字工匠都没评过",
                                  "前年拿过杭州市科学技术进步奖二等奖，称号啥的一个都没评过"])
def test_the_prize_stands_beside_a_denied_list_of_titles(text):
    profile = extract(text, TODAY).profile
    assert profile.get("awards") and profile.get("prior_titles") == []


@pytest.mark.parametrize("text", ["杭州市技术能手报过，但没评上", "科技奖也没有"])
def test_a_prize_denied_in_its_own_words_is_none(text):
    assert not extract(text, TODAY).profile.get("awards")
