"""A placing the asker named but no record was read from is asked about, never presumed absent.

Found by the place16 probe (round 16): "一四年杭州市职业技能大赛汽车钣金项目我拿了头名" (头名 then unread) left
``competition_results`` unset, the conversation presumed "没有竞赛名次", and a placing at the bar came out 不符合.
The reader now reads 头名; this guard keeps any placing it cannot read from being turned into "none"."""

from __future__ import annotations

from assistant.chat.case.presume import placing_unread


def test_a_contest_and_a_place_in_the_askers_words_is_a_placing_mentioned():
    assert placing_unread({"achievements": ["一四年杭州市职业技能大赛汽车钣金项目我拿了第一名"]})
    assert placing_unread({"achievements": ["2019年浙江省摩托车装调工技能竞赛，二类竞赛，我拿了第一名"]})


def test_work_a_trainees_placing_or_a_denied_one_is_not():
    assert not placing_unread({"achievements": ["平时带徒弟，搞过几次技改"]})
    assert not placing_unread({"achievements": ["徒弟拿了杭州市技能大赛第一名"]})
    assert not placing_unread({"achievements": ["比赛没拿过第一名"]})
    assert not placing_unread({})
