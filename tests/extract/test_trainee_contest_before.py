"""Reading anyone's results (``results_named``), a placing said after the clause naming a trainee's contest takes that
contest's name: "带过一个选手参加省里的技能大赛，拿了第七名" names the player's provincial seventh place."""

import datetime as dt

from assistant.extract.competitions import results_named


def test_a_trainees_contest_named_before_the_placing():
    found = results_named("带过一个选手参加浙江省网络安全技能大赛，拿了第七名", dt.date(2023, 3, 31))
    assert [(r["level"], r["rank"]) for r in found] == [("provincial", 7)]
