"""alts24: a placing whose contest is described in the clauses after it ("那年比赛拿了个第二，省级的，一类") is read
with the level, the class, the name and the kind those clauses give; a run of them ends at a clause about anything else."""

import pytest

from assistant.extract import extract
from tests.extract_support import TODAY


@pytest.mark.parametrize("text, level, tier, rank, kind", [
    ("2019年那次比赛拿了个第二，省级的，一类，个人项目", "provincial", "一类", 2, "individual"),
    ("那年比赛拿了个第二 省级的 一类", "provincial", "一类", 2, "individual"),
    ("2018年拿过全市第一，一类的焊工比赛，个人", "municipal", "一类", 1, "individual"),
    ("前年比赛拿了第一，市级的，二类，团体赛", "municipal", "二类", 1, "team"),
])
def test_the_contest_described_after_the_place(text, level, tier, rank, kind):
    (result,) = extract(text, TODAY).profile["competition_results"]
    assert (result["level"], result["tier"], result["rank"], result["type"]) == (level, tier, rank, kind)


def test_the_year_of_a_later_contest_is_not_the_placings():
    results = extract("市赛第一，2019年省赛，第三", TODAY).profile["competition_results"]
    assert [(r["level"], r["rank"], r["year"]) for r in results] == [("municipal", 1, None), ("provincial", 3, 2019)]


def test_a_clause_about_someone_else_ends_the_run():
    # the apprentice's clause says nothing of the asker's contest: no level is borrowed from it
    results = extract("那次比赛拿了第一，我徒弟去的是省里的", TODAY).profile.get("competition_results") or []
    assert all(r.get("level") != "provincial" for r in results)


def test_a_clause_counting_the_team_is_no_description():
    # "三个人" holds 个人: the clause counts the people of a team, it does not say the placing was individual
    (result,) = extract("去年省数字经济行业职业技能竞赛拿了第一名，我们三个人一组", TODAY).profile["competition_results"]
    assert result["type"] is None
