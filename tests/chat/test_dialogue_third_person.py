"""In a talk about someone else ("我妈…她能不能评"), a message opening with 他/她 gives that person's facts even where
the extractor's reader knows only the first person ("她1962年的" is a birth year as "我1962年的" is)."""

from __future__ import annotations

import pytest

from assistant.chat.case.state import Session
from assistant.chat.turn import respond


@pytest.mark.parametrize("opening, reply, born", [
    ("我妈做余杭清水丝绵的，手工拉绵四十年了，一直在余杭，想问2016年那个杭州工匠她能不能评", "她1962年的，中国人", "1962"),
    ("帮我爸问问首届杭州工匠，他在富阳做竹编四十年了，一直在车间", "他1959年的", "1959"),
])
def test_the_person_talked_about_said_as_he_or_she(deps, opening, reply, born):
    session = Session()
    respond(session, opening, deps)
    respond(session, reply, deps)
    assert session.profile.get("birth_date", "").startswith(born)


def test_the_asker_speaking_of_themselves_is_not_read_as_the_other(deps):
    session = Session()
    respond(session, "首届杭州工匠，我在杭州做锡雕二十年，中国人，一线", deps)
    respond(session, "她1962年的", deps)  # no one else talked about: 她 is not the asker
    assert "birth_date" not in session.profile
