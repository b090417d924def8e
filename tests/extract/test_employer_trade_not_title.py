"""What the employer does ("一家做云平台的公司") is no part of the asker's title: the occupation is the work after it."""

import pytest

from tests.extract_support import check


@pytest.mark.parametrize("text, occupation", [
    ("一直在富阳一家做云平台的公司搞运维开发", "运维开发"),
    ("在滨江一家做安防的公司搞嵌入式开发", "嵌入式开发"),
])
def test_the_employers_trade_is_not_the_title(text, occupation):
    check(text, {"occupation": occupation})
