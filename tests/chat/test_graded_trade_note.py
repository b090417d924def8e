"""浙派工匠 with "焊工技师": not eligible, and the answer says why the level is not the trade's top (extract.graded_trades);
the note is not shown where the top level is not asked for (首席技师 asks 技师及以上)."""

from __future__ import annotations

from tests.chat_support import talk


def test_the_verdict_and_where_the_note_is_shown(deps):
    _, (zj,) = talk(deps, "我是焊工技师，在杭州锅炉厂一线焊了十五年，在职，浙派工匠能报吗")
    assert {v.program: v.verdict for v in zj.verdicts} == {"zj_craftsman_2023": "not_eligible"}, zj.text
    assert "焊工设有高级技师" in zj.text
    _, (chief,) = talk(deps, "数控车工技师，在萧山干了12年，首席技师能报吗")
    assert "设有高级技师" not in chief.text
