"""Negation read by the language layer's scope, not by the extractor's own lists (issue 13): a status denied in
words the extractor's patterns span ("现在没在公司上班"), a prize missed, work never done in Hangzhou, hands off the
tools. Phrasings here are in no eval row."""

import pytest

from tests.extract_support import ABSENT, check


@pytest.mark.parametrize("text, expected", [
    # a workplace denied: the pattern 在…公司…上班 begins at 现在's 在, the 没 is inside it
    ("现在没在单位上班了，在家帮人改衣服", {"employment": ABSENT}),
    ("眼下没在厂里干，自己接点焊接的散活", {"employment": "freelance"}),  # no employer: taking odd jobs oneself
    ("目前也没在什么公司上班", {"employment": ABSENT}),
    # not denied: the workplace said plainly still infers full-time work
    ("现在在一家物流公司上班，开叉车", {"employment": "full_time"}),
])
def test_denied_workplace_is_no_employment(text, expected):
    check(text, expected)


@pytest.mark.parametrize("text, expected", [
    # grammar by the language layer, with its guards: 非遗 and 未来 are no denial
    ("非遗技艺大赛我拿过市里第一名", {"competition_results": [{"level": "municipal", "tier": None, "rank": 1, "year": None,
                                                          "type": "individual", "field": "非遗技艺大赛"}]}),
    # a result missed (MISSED), not denied in grammar
    ("前年省技能大赛差点就拿了第一名", {"competition_results": ABSENT}),
    # a prize denied after its name, in its own clause
    ("省技术能手今年还是没评上", {"awards": ABSENT}),
    ("全国技术能手前年落选了", {"awards": ABSENT}),
    # ... and one kept when the denial is in the next clause
    ("拿过市技术能手，省里的没评上", {"awards": [{"level": "municipal", "kind": "杭州市技术能手"}]}),
])
def test_results_denied_or_missed(text, expected):
    check(text, expected)


@pytest.mark.parametrize("text, expected", [
    # work in Hangzhou denied by the language layer's negation before it: no full-time years there
    ("压根没在杭州上过班，一直在台州修船", {"years_full_time_in_hangzhou": 0.0}),
    ("我从未来杭工作过，在丽水做了六年木工", {"years_full_time_in_hangzhou": 0.0}),
    ("在杭州干了四年电工", {"years_full_time_in_hangzhou": 4.0}),
])
def test_work_in_hangzhou_denied(text, expected):
    check(text, expected)


@pytest.mark.parametrize("text, expected", [
    # the hands off the tools: a hands-on verb denied (language layer) or said to be rare
    ("下面带着四十来个工人，这两年基本不上手了", {"role_type": "management"}),
    ("手底下管着十几号人，现在极少动手", {"role_type": "management"}),
    ("手下有六个人，难的活还是我自己上手", {"role_type": "frontline_technical"}),
])
def test_hands_off_the_tools(text, expected):
    check(text, expected)


@pytest.mark.parametrize("text, expected", [
    # a manager's head word with the hands still on the work after it ("但…还在…"): the post stays front line
    ("我是焊接车间副主任但还在一线焊", {"role_type": "frontline_technical"}),
    ("后来当了车间副主任", {"role_type": "management"}),
])
def test_a_head_word_with_hands_on_after_it(text, expected):
    check(text, expected)
