"""A premise that a kind of applicant cannot apply, said with the loose forms of 'cannot' ("没法报", "报不上",
"申请不了", "够不上"), is a premise all the same: against the notice's 能 it is corrected, not agreed with."""

from __future__ import annotations

import pytest

from tests.chat_support import ask_cited


@pytest.mark.parametrize("question", ["首席技师只能单位推荐，我们自由职业的没法报对吧",
                                      "2021年首席技师，自由职业者是不是报不上啊",
                                      "杭州市首席技师我们自由职业者申请不了的吧"])
def test_a_loose_cannot_is_corrected(deps, question):
    answer, cited = ask_cited(deps, question)
    assert answer.text.startswith("不对，能"), answer.text[:80]
    assert "hz_chief_technician_2021#一" in cited
