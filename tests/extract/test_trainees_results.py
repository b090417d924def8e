"""Those one trains and a result of theirs ("学员拿了个人第二名", "我带的学生进了省赛前五") are the asker's record of
training, with the contest said before them as its topic; the asker's own schooldays are no trainees."""

from __future__ import annotations

import datetime as dt

import pytest

from assistant.extract import extract

TODAY = dt.date(2026, 11, 21)


@pytest.mark.parametrize(("text", "held"), [
    ("2022年全国网络与信息安全管理员职业技能竞赛，学员拿了个人第二名", "全国网络与信息安全管理员职业技能竞赛"),
    ("我带的学生去年进了省赛前五", "省赛前五"),
    ("去年省里的焊工比赛，我徒弟拿了第三名，我自己没参加", "省里的焊工比赛"),
    ("在厂里带学徒，有两个学徒考上了技师", "考上了技师"),
])
def test_a_trainees_result_is_training(text, held):
    trained = extract(text, TODAY).profile.get("trained_apprentices") or ""
    assert held in "".join(trained if isinstance(trained, list) else [trained])


@pytest.mark.parametrize("text", ["学生时代得过奖学金", "我是学员，拿了市赛第二"])
def test_the_asker_is_no_trainee(text):
    assert not extract(text, TODAY).profile.get("trained_apprentices")
