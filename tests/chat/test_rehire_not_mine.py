"""In a conversation, another's rehire ("厂里退休返聘的老师傅很多") or one ahead ("以后退休了想返聘") is not read as the
asker's by the bare reading of 返聘 (chat.case.replies, extract.people.rehire_not_now): 首席技师 stays eligible."""

from __future__ import annotations

import pytest

from tests.chat_support import talk


@pytest.mark.parametrize("said", ["厂里退休返聘的老师傅很多", "以后退休了想返聘"])
def test_the_dialogue_does_not_read_anothers_or_a_later_rehire_as_the_askers(deps, said):
    session, _ = talk(deps, f"首席技师能报吗，我是杭州一家纺织厂的保全工，高级技师，{said}，2018年全国技术能手，省首席没评过")
    assert not session.profile.get("rehired")
    assert session.last_verdicts[0].verdict == "eligible"


def test_ones_own_rehire_is_still_read(deps):
    session, _ = talk(deps, "首席技师能报吗，我是杭州一家纺织厂的保全工，高级技师，2019年退了，厂里又返聘我，2018年全国技术能手，省首席没评过")
    assert session.profile.get("rehired") is True
