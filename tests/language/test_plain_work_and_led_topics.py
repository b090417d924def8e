"""Nothing to show, said in own words (round 10, ext16): the job's plain work after a denial (就会埋头干活, 就是天天修车,
修修机器) is no deed the denial left out, and a topic brought up by a verb of saying (要说有啥拿得出手的, 说到奖) is what
the denial after it denies; a checklist topic is answered past one clause of reason (工会？我们厂小，压根没成立过)."""

from __future__ import annotations

import datetime as dt

import pytest

from assistant.extract import extract
from assistant.language.agency import plain_work
from assistant.language.doing import tells_deed
from assistant.language.topics import fold_topics


@pytest.mark.parametrize("clause", ["就会埋头干活", "就是天天修车", "就是修修机器", "每天按工艺卡调参数", "上班下班"])
def test_plain_work_is_no_deed(clause):
    assert plain_work(clause) and not tells_deed(clause)


@pytest.mark.parametrize("clause", ["就搞过一个小改造", "平时搞过一个小改造", "就带过几个徒弟", "就是天天修车，把故障率从5%降到1%"])
def test_a_deed_beside_routine_words_stays_one(clause):
    assert tells_deed(clause)


@pytest.mark.parametrize(("text", "folded"), [
    ("老老实实干了十几年，要说有啥拿得出手的，真没有", "老老实实干了十几年，拿得出手的真没有"),
    ("说到奖，一个都没拿过", "奖一个都没拿过"),
    ("要说成绩，还是有一点的", "要说成绩，还是有一点的"),  # no denial: left as said
    ("工会？我们厂小，压根没成立过", "工会？我们厂小，工会压根没成立过"),
    ("工会？我们厂小，工资也低", "工会？我们厂小，工资也低"),  # nothing answers it
])
def test_topics_folded(text, folded):
    assert fold_topics(text) == folded


@pytest.mark.parametrize(("text", "field"), [
    ("说实话我没什么业绩好写的，就会埋头干活", "achievements"),
    ("没啥成绩，天天就是上班下班，修修机器", "achievements"),
    ("老老实实干了十几年，要说有啥拿得出手的，真没有", "achievements"),
    ("说到奖，一个都没拿过", "awards"),
])
def test_nothing_to_show_read_as_none(text, field):
    assert extract(text, dt.date(2026, 11, 21)).profile.get(field) == []
