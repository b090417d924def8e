"""Whether a message that tells the asker's own case asks what a rule says of it, or asks to have the case checked.

"我在事业单位当科长，第四届数字工匠对我这种有啥说法" asks the rule on 事业单位人员 (the conditions answer it);
"我1988年出生，做软件开发8年，能申报第四届数字工匠吗" asks for a check (the checker answers it). Read once, by the turn
(before routing) and by the dialogue state (before it keeps a statement about oneself as a case to check).
Above own_case, conditions and combining, which it reads; nothing below imports it.

Run with:  .venv/bin/python -m pytest -q tests/chat/test_rule_of_case.py
"""

from __future__ import annotations

import re

from assistant.chat.rules.combining import held_title_span
from assistant.chat.rules.conditions import (
    ask_clause,
    asks_of_kind,
    asks_rule_of_case,
    most_told,
    names_kind,
    told_clauses,
)
from assistant.chat.rules.counts_as import APPLY, counts_as
from assistant.chat.rules.own_case import tells_own_case

__all__ = ["rule_of_case", "asks_of_kind"]


# The kinds of case one fact may tell ("我们单位没建工会", "我是退休返聘的", "我在事业单位"): a question about applying
# with one of them alone asks how the rules treat that kind; two or more facts are a case to check.
_KIND_FACTS = frozenset({"union_member", "employment", "employer_type", "rehired", "prior_titles", "nationality",
                         "role_type"})
# what the extractor infers from how the work is described, not facts told against a condition
_READ_AROUND = frozenset({"employment", "is_digital_economy", "occupation", "role_type", "employer_city", "achievements",
                          "conduct"})
_MOST_FACTS = 4  # a description of oneself beyond this is a case to check ("我1988年出生，…8年，…全职，…")
# applying again said by its adverb of repeating ("能重复报吗", "可以再次申报不", "还能二次参评吗"): the same ask
_AGAIN = r"(?:还|也)?(?:能不能|可不可以|能否|可以|能)(?:重复|再次|再一次|二次|又)(?:报|申报|评|参评|申请|被推荐|推荐)"
_APPLY_ASK = re.compile(rf"{APPLY.pattern}|{_AGAIN}|够格|有资格")  # the ask of applying, or of qualifying


def rule_of_case(text: str, facts: dict) -> bool:
    """Whether a message that tells the asker's own case is a question about a rule rather than a request to check
    the case: it asks what the rule says of it ("我在事业单位当科长，第四届数字工匠对我这种有啥说法", "首席技师和第四届
    对我这种情况规定一样吗"), asks about applying again after a title held ("我已经是杭州工匠了，第四届还能再报吗"),
    or tells one fact of a kind and asks whether that kind may apply ("我们单位没建工会，我还能报吗"). ``facts``:
    what the turn read of the asker. A message telling more than ``_MOST_FACTS`` facts is a case to check, whatever
    it asks."""
    if asks_of_kind(text):
        return True  # "…，杭州市首席技师台胞能不能报", "…这个团体成绩算不算我个人的": the ask is said of a kind, not the asker
    told = {f for f in facts if f != "facts_as_of"}
    asked = ask_clause(text)
    if asks_rule_of_case(asked) and names_kind(asked) and told_clauses(text) <= most_told():
        # "我在区里一家事业单位当副主任，平时也做数据治理，第四届对我们这种担任领导职务的是什么说法": the ask names the kind
        # and asks the rule on it, however many fields the few clauses before it gave ("对我这种情况咋说的" names none)
        return True
    asked = counts_as(text)
    if asked is not None and (asked.kind or not asked.pointed) and len(told - _READ_AROUND) <= 1:
        # "我在国企当班组长，…运维，班组长、车间副主任这种算不算领导职务": whether the told item is of a rule's kind is
        # asked, and the work described around it says only what the extractor infers; a case told with the facts
        # the rules decide on (years, level, membership, titles), or "这个算不算" naming no kind (whether it counts
        # toward qualifying), is a case to check
        return True
    if len(told) > _MOST_FACTS:
        return False
    if asks_rule_of_case(text) or held_title_span(text) is not None:
        return True  # the rule is what is asked, however the case is told ("我是自由职业的，自己接活…，对我这种情况规定一样吗")
    if len(told) > 1:
        return False
    # one kind told ("没建工会", "在事业单位"), whether or not the extractor read it as a fact, and nothing else
    return len(told) <= 1 and told <= _KIND_FACTS and tells_own_case(text) and bool(_APPLY_ASK.search(text or "")) \
        and names_kind(text)



def asks_to_apply(text: str) -> bool:
    """Whether ``text`` asks whether someone may apply ("还能再报吗", "可以申请吗", "够格吗"), as against what a rule
    says ("对我这种有啥说法", "有没有规定")."""
    return bool(_APPLY_ASK.search(text or ""))


_SENTENCE = re.compile(r"[。！!？?；;\n]+")


def apply_ask_programs(text: str, programs: tuple[str, ...], programs_of) -> tuple[str, ...]:
    """The programmes the ask of applying names, when the message asks of others first ("是工会会员符合首席技师条件
    吗。我已经被认定为浙江工匠。能申报首届杭州数字工匠吗？": 首届杭州数字工匠 only); () when the ask names none or
    names them all. ``programs_of`` reads the programmes a sentence names (chat.routing.route)."""
    asked: list[str] = []
    for sentence in _SENTENCE.split(text or ""):
        if sentence.strip() and asks_to_apply(sentence):
            asked += [p for p in programs_of(sentence) if p in programs and p not in asked]
    return tuple(asked) if asked and set(asked) < set(programs) else ()

