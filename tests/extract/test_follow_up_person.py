"""A follow-up that names a person and stops ("那我徒弟呢", "换成我师傅呢") asks the same about that person, so the
facts said with it ("他是技师，在我们厂八年了") are that person's, read as the candidate's; a 呢 inside a statement
("我徒弟呢也在厂里") asks nothing. A span said where the work would be ("在我们厂八年了") names no work."""

from __future__ import annotations

import datetime as dt

import pytest

from assistant.extract import extract
from assistant.extract.subject import about_other

TODAY = dt.date(2026, 11, 21)


@pytest.mark.parametrize("text", ["换成我徒弟呢 他是技师 在我们厂八年了", "那我师傅呢？他是高级技师", "那我们车间的小王呢，他是高级工",
                                  "要是我爱人呢，她是中级工"])
def test_a_person_named_and_asked_about(text):
    assert about_other(text)
    assert extract(text, TODAY).profile.get("skill_level") in {"技师", "高级技师", "高级工", "中级工"}


@pytest.mark.parametrize("text", ["我是焊工高级技师，我徒弟呢也在厂里", "我徒弟拿了省赛第一", "那浙派工匠呢"])
def test_no_one_else_asked_about(text):
    assert not about_other(text)


def test_a_span_at_the_workplace_is_no_work():
    assert "occupation" not in extract("我在我们厂八年了", TODAY).profile


@pytest.mark.parametrize("text", ["替儿子问下16年杭州工匠 他1994年出生 技师", "给老爸问问浙派工匠 他是钳工高级技师",
                                  "帮岳父看看浙派工匠，他是电工技师"])
def test_asking_for_a_relative_without_my(text):
    """"替儿子问下…" asks for the son as "替我儿子问下" does; 老爸, 岳父 are kin as 爸爸 is (eval pe-065)."""
    assert about_other(text)
    assert extract(text, TODAY).profile.get("skill_level") in {"技师", "高级技师"}


@pytest.mark.parametrize("text", ["帮我看看首席技师，我是电工技师", "帮我爸看看首席技师，他是电工技师", "给我问一下首席技师 我是钳工技师"])
def test_a_programme_asked_in_a_request_is_no_level(text):
    """The programme a request names ("帮我看看首席技师") is asked about, not a level held: the level is 技师."""
    assert extract(text, TODAY).profile.get("skill_level") == "技师"
