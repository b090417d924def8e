"""In a run-on message, the placing of the people one trained ends what is told of them: the bare clauses after it
("工会会员 没评过工匠") are the asker's again (extract.subject.of_others)."""

import datetime as dt

from assistant.extract import extract
from assistant.extract.subject import of_others

TODAY = dt.date(2026, 11, 21)


def test_the_bare_clauses_after_a_trainees_placing_are_the_askers():
    clauses = ["我在萧山一家电梯公司做维保", "我带的学徒去年省赛拿了第二名", "工会会员", "省里市里的工匠都没评过"]
    assert of_others(clauses) == [False, True, False, False]
    profile = extract(" ".join(clauses), TODAY).profile
    assert profile.get("prior_titles") == [] and profile.get("union_member") is True


def test_before_the_placing_the_trainee_is_still_the_subject():
    clauses = ["我在萧山一家电梯公司做维保", "我徒弟是高级工", "也是工会会员"]
    assert of_others(clauses) == [False, True, True]


def test_one_of_the_apprentices_picked_out_by_name_keeps_the_placing():
    text = "我在富阳一家汽修厂当钣金师傅 带了不少徒弟 有个小陈前年杭州市一类技能竞赛拿了第三名 我自己没比过赛"
    told = extract(text, TODAY).profile.get("trained_apprentices") or ""
    assert "第三名" in told
    assert not extract(text, TODAY).profile.get("competition_results")
