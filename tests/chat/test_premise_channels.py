"""A channel premise is denied only by a stretch of the quote saying how things are handed in (chat/premise.py)."""

from __future__ import annotations

import pytest

from assistant.chat.premise import correction

PUBLISHED = ("（一）遴选通知。由省人力社保厅部署通知，明确突出贡献浙派工匠和培育突出贡献单位推荐范围、条件以及申报推荐工作要求等，"
             "并通过省人力社保厅门户网站和微信公众号等向社会公示。")


@pytest.mark.parametrize("question", ["浙派工匠推荐表是发邮件给省人社厅的吧", "浙派工匠材料是寄给省人社厅的对吧",
                                      "浙派工匠是在网上报名的吧"])
def test_a_notice_published_on_a_website_is_no_channel_for_papers(question):
    verdict = correction(question, PUBLISHED)
    assert not (verdict or "").startswith("不对")


@pytest.mark.parametrize(("question", "quote"), [
    ("第四届数字工匠材料是寄到市人社局的吧", "请各推荐单位于4月10日前将推荐表等按要求报送至市总工会经济工作部"),
    ("首席技师材料是交到市总工会的吧", "报市人力社保局。"),
    ("首席技师报材料只要电子版就行吧？", "以上材料均需纸质材料和电子文档各一份。"),
])
def test_a_stretch_saying_where_things_go_still_corrects(question, quote):
    assert (correction(question, quote) or "").startswith("不对")
