"""Run-on messages: a year said in two Chinese numerals (一九年, 二〇年) starts a new fact as 2019年 does, and a count
of apprentices (带了三个徒弟) starts its own fact, so a denial before either does not take it along. A count of years
after a verb (干了八九年) and a pointer whose predicate follows (最好那个二〇年…) are not cut."""

import pytest

from assistant.extract.runon import runs_end_clauses


@pytest.mark.parametrize("text, piece", [
    ("高级技师在杭州一家锅炉厂一线焊了二十年没评过浙江省首席技师一九年全国一类焊工大赛拿过第八名", "，一九年全国一类焊工大赛"),
    ("在杭州一家汽配厂一线做模具钳工十五年了我自己没比过赛带了三个徒弟都是车间骨干", "，带了三个徒弟"),
])
def test_a_new_fact_gets_its_own_clause(text, piece):
    assert piece in runs_end_clauses(text)


@pytest.mark.parametrize("text", [
    "在杭州干了八九年没评过什么称号还在一线干活的普通钳工一个",
    "我没带过徒弟也没比过赛一直在一线做钳工干活二十年了",
    "带了三个徒弟都是车间骨干最好那个二〇年杭州市一类钳工竞赛拿了第四名",
])
def test_no_cut_inside_a_count_a_pointer_or_a_denial(text):
    assert runs_end_clauses(text) == text
