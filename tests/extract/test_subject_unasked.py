"""A request that names no candidate ("帮我看看浙派工匠") leaves the candidate to the statements: the person they
are about is asked about, unless a clause says 我 of the asker. An apprentice's result is the asker's 带徒 record."""

from __future__ import annotations

import pytest

from assistant.extract.subject import about_other


@pytest.mark.parametrize(("text", "other"), [
    ("帮我看看浙派工匠，我妈在绍兴做黄酒，酿了三十多年，非遗传承人", True),
    ("想问问首席技师，我师傅在萧山修了三十年机床", True),
    ("浙派工匠。我爸做了四十年竹编", True),
    ("帮我瞧瞧，我老婆在滨江做测试，干了六年", True),
    ("我在萧山修了三十年机床", False),
    ("我师傅带了我十年，我现在是技师", False),
    ("我徒弟拿了省赛第一名", False),
    ("帮我看看首席技师，我是数控车工，干了十二年", False),
])
def test_candidate_of_an_unasked_message(text, other):
    assert about_other(text) is other


@pytest.mark.parametrize("text", ["我爸以前是工会会员", "我老婆在滨江做测试，干了六年"])
def test_a_bare_statement_about_someone_names_no_candidate(text):
    assert about_other(text) is False


@pytest.mark.parametrize(("text", "other"), [
    # an opening ask names no one: the clauses after it say whom it is about
    ("浙派工匠能不能报，我爸在绍兴做黄酒，三十多年了", True),
    ("杭州工匠能报吗？我师傅在萧山修了三十年机床", True),
    ("第四届能报吗，我在滨江做开发", False),
    ("首席技师能报不，数控车工，在萧山12年", False),
    ("能报吗，我徒弟拿了省赛第一", False),
    ("我能报首席技师吗，我师傅说可以", False),
])
def test_an_opening_ask_takes_its_person_from_what_follows(text, other):
    assert about_other(text) is other


@pytest.mark.parametrize(("text", "other"), [
    # the asker told their own case, then a trainee's result, then asked with no name: the record is the asker's
    ("我是轮胎厂硫化工 技师 有个徒弟二〇年省级一类技能竞赛拿了第八名 这样有戏伐", False),
    ("我做了二十年钳工，带的学生去年拿了市赛第二，我能报首席吗", False),
    # the ask names the trainee: then the trainee is the candidate
    ("我是焊工 有个徒弟去年省赛拿了第一 他能报首席吗", True),
])
def test_a_trainees_result_between_the_askers_case_and_an_unnamed_ask(text, other):
    assert about_other(text) is other
