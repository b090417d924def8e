"""A reply that tells one's own years by a child's age or grade (years24): the child's clause dates or counts the
asker's work (``extract.when.dated_by_kin``), so the talk does not turn to the child and the count is read."""

from __future__ import annotations

from tests.chat_support import talk

HZ16 = "hz_craftsman_2016"
ASK = ("首届杭州工匠（2016）那次：我1975年生，中国人，工会会员，在杭州一家机床厂做车工，2016年那会儿还在一线，"
       "2012年杭州市职业技能大赛车工个人第一名，当时能报吗")


def test_a_count_told_by_a_childs_age_in_a_reply(deps):
    session, _ = talk(deps, ASK, "比我儿子岁数还大，儿子今年二十五")
    assert session.subject is None
    assert session.profile.get("years_in_field") == 25
    assert next(v for v in session.last_verdicts if v.program == HZ16).verdict == "eligible"
