"""The word not to write a thing is one table (language/data/disowning.json), said alone or at a clause's end
(chat.people.attribute, refac23)."""

from __future__ import annotations

from assistant.chat.people import OTHERS, attribute


def test_said_alone_it_takes_back_the_clause_before():
    out = attribute(["张师傅拿过省赛第一", "这个不用写", "他是高级技师"], "张师傅")
    assert out[0].people == (OTHERS,)
    assert out[-1].people == ("张师傅",)


def test_said_at_the_end_it_takes_its_own_clause():
    out = attribute(["张师傅是高级技师", "李工搞的专利不要写进去"], "张师傅")
    assert out[-1].people == (OTHERS,)
    assert out[0].people == ("张师傅",)
