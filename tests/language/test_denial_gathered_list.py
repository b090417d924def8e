"""A denial of a list said before it reaches the list when the speaker puts an aside before the denial (说实话, 老实讲)
or says the gathering quantifier on the list's side of the comma (总结操作法这几样，一样也没有; typed with spaces:
标准 智能体 证书 科技奖这几样都没有)."""

import pytest

from assistant.language.clauses import clauses, denied_parts


@pytest.mark.parametrize("text", [
    "至于带徒弟、搞革新、总结操作法这几样，说实话一样也没有",
    "绝招、革新、带徒这几样，说实话一样也没有",
    "技改、攻关、带徒，老实讲这几样都没沾过边",
    "标准、专利之类的，不瞒你说一样都没有",
])
def test_every_item_of_the_list_is_denied(text):
    assert all(c.negated for c in clauses(text))


@pytest.mark.parametrize("text, kept", [
    ("带了五个徒弟，说实话没拿过奖", "带了五个徒弟"),  # a new object after the aside: the deed before it stands
    ("带徒弟、搞革新，都拿过奖", "带徒弟"),
])
def test_a_denial_with_its_own_object_keeps_the_list(text, kept):
    assert not next(c for c in clauses(text) if c.text == kept).negated


def test_space_typed_list_with_the_quantifier_glued_to_its_last_item():
    assert denied_parts(("标准", "智能体", "证书", "科技奖这几样都没有")) == (True, True, True, True)
    assert denied_parts(("带了五个徒弟", "证书这些都没有")) == (False, True)
