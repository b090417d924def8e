"""首届数字工匠 二/(四): when the only training told is coaching players for a contest and their placing is told
below 前五名, the words support only the clause's measured half: a no. Training told otherwise stays the experts'."""

import datetime as dt

from assistant.eligibility.api import check

BASE = {"nationality": "中国", "rehired": False, "employment": "full_time", "role_type": "frontline_technical",
        "union_member": True, "employer_city": "杭州", "prior_titles": [], "employer_type": "private",
        "facts_as_of": "2023-03-31", "birth_date": "1987-10", "occupation": "信息安全测试员", "years_in_field": 9,
        "years_full_time_in_hangzhou": 7, "years_full_time_in_zhejiang": 7, "skill_level": "none",
        "is_digital_economy": True, "awards": [], "competition_results": []}
DENIED = "标准、技改没搞过，证书、奖项也都没有"


def _training(achievements, apprentices):
    v = check(dict(BASE, achievements=achievements, trained_apprentices=apprentices), "hz_digital_craftsman_2023",
              as_of=dt.date(2026, 11, 21))
    return v.verdict, next(r.ok for r in v.reasons if r.rule == "alt_training")


def test_a_coached_player_below_the_top_five_is_a_no():
    said = ["公司派我带过一个新人去参加省里的网络安全技能竞赛，最后拿了第八名", DENIED]
    assert _training(said, "只带过一个参赛选手，省赛第八名") == ("not_eligible", False)


def test_a_coached_player_in_the_top_five_still_meets_it():
    said = ["公司派我带过一个新人去参加省里的网络安全技能竞赛，最后拿了第三名", DENIED]
    assert _training(said, "只带过一个参赛选手，省赛第三名") == ("eligible", True)


def test_training_told_in_other_words_stays_with_the_experts():
    said = ["给公司新员工上安全测试的课，几年下来带出三十多个能独立干活的测试", "带过一个选手参加省赛拿了第八名", DENIED]
    assert _training(said, "带出三十多个测试") == ("needs_review", None)
