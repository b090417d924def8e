"""Moving on to another employer or place is one table (language/data/moving_on.json) read two ways by extract.years
(refac23): a move by its verb and where it goes, and a change of employer said outright or with 又/再."""

from __future__ import annotations

import pytest

from assistant.extract import years


@pytest.mark.parametrize("clause", ["后来去了上海", "调到余杭", "搬回老家"])
def test_a_move_by_its_verb(clause):
    assert years._MOVED_ON.search(clause)


@pytest.mark.parametrize("clause", ["上个月又进了舟山另一家船厂", "今年跳槽到绍兴", "后来换了一家厂", "再来的杭州"])
def test_a_change_of_employer(clause):
    assert years._NEXT_EMPLOYER.search(clause)


@pytest.mark.parametrize("clause", ["2020年才到杭州", "然后到杭州", "一直在这个厂"])
def test_a_start_or_a_stay_is_no_change_of_employer(clause):
    assert not years._NEXT_EMPLOYER.search(clause)
