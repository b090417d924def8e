"""An alternative question asks without a question mark ("浙派工匠评上了，证书是省里发还是市里发"): unread, "评上了"
was taken as a title held and the asker was told whether a holder may apply again. 还是 meaning "still" asks nothing."""

from __future__ import annotations

import pytest

from assistant.language.asking import asks


@pytest.mark.parametrize("text", ["浙派工匠评上了，证书是省里发还是市里发", "是交原件还是复印件", "主要事迹是手写还是打印"])
def test_an_alternative_question_asks(text):
    assert asks(text)


@pytest.mark.parametrize("text", ["我还是技师", "我是技师，还是在车间", "他是技师还是高级技师我记不清了",
                                  "浙江省首席技师我2019年就评上了"])
def test_a_still_or_a_choice_not_known_asks_nothing(text):
    assert not asks(text)

