"""A title held, said without a verb of winning beside its name: the nomination said to have gone through after it
(单位报上去就批了, 名单出来有我), its papers issued on a date (是二二年发的证) or kept on show (墙上挂着…的奖牌呢), its
batch (俺是18年那批的…), its roll (…就有我); against a nomination still waiting (还在公示, 还没批) or asked about."""

from __future__ import annotations

import datetime as dt

import pytest

from assistant.extract import extract
from assistant.language.asking import asks
from assistant.language.titles import approved

TODAY = dt.date(2026, 11, 21)


@pytest.mark.parametrize(("text", "title"), [
    ("杭州市首席技师那个，21年单位报上去就批了，现在想问浙派的事", "杭州市首席技师"),
    ("厂里去年帮我申报的杭州数字工匠，名单出来有我，公司还发了通报", "杭州数字工匠"),
    ("杭州工匠报上去就批了", "杭州工匠"),
    ("我那个省首席是二二年发的证，在富阳一家造纸厂搞设备", "浙江省首席技师"),
    ("俺是18年那批的杭州工匠，现在厂里又让俺试试浙派", "杭州工匠"),
    ("头一届杭州工匠就有我，那年还上过杭州电视台", "杭州工匠"),
    ("墙上挂着浙江工匠的奖牌呢，我想报数字工匠", "浙江工匠"),
])
def test_title_held(text, title):
    assert extract(text, TODAY).profile.get("prior_titles") == [title]


@pytest.mark.parametrize("text", ["厂里上个月报了我一个杭州工匠，现在还在公示，还没正式下文",
                                  "我想报杭州工匠，单位报上去就批了吗", "杭州工匠报上去了，还没批下来"])
def test_title_not_yet_held(text):
    assert not extract(text, TODAY).profile.get("prior_titles")


@pytest.mark.parametrize(("clause", "said"), [("21年单位报上去就批了", True), ("名单出来有我", True), ("市里批下来了", True),
                                               ("还没批", False), ("没通过", False), ("厂里报上去了", False), ("批了两个", False),
                                               ("评上了", False)])
def test_approved(clause, said):
    assert approved(clause) is said


@pytest.mark.parametrize(("clause", "asked"), [("墙上挂着浙江工匠的奖牌呢", False), ("手里拿着高级技师证呢", False),
                                                ("你拿着什么呢", True), ("那浙派呢", True)])
def test_durative_ne_asserts(clause, asked):
    assert asks(clause) is asked


@pytest.mark.parametrize(("text", "title"), [("杭州工匠的证是前年发的", "杭州工匠"), ("我有张杭州工匠的证书", "杭州工匠"),
                                             ("我21年当的市首席", "杭州市首席技师")])
def test_title_by_its_papers_or_becoming(text, title):
    assert extract(text, TODAY).profile.get("prior_titles") == [title]


@pytest.mark.parametrize("text", ["我想当上杭州工匠", "杭州工匠的证书什么时候发"])
def test_title_wished_or_asked(text):
    assert not extract(text, TODAY).profile.get("prior_titles")
