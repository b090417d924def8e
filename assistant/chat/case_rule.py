"""Whether a message that tells the asker's own case asks what a rule says of it, or asks to have the case checked.

"我在事业单位当科长，第四届数字工匠对我这种有啥说法" asks the rule on 事业单位人员 (the conditions answer it);
"我1988年出生，做软件开发8年，能申报第四届数字工匠吗" asks for a check (the checker answers it). Read once, by the turn
(before routing) and by the dialogue state (before it keeps a statement about oneself as a case to check).
Above own_case, conditions and combining, which it reads; nothing below imports it.

Run with:  .venv/bin/python -m pytest -q tests/chat/test_rule_of_case.py
"""

from __future__ import annotations

import functools
import re

from assistant.chat.combining import held_title_span
from assistant.chat.conditions import asks_rule_of_case, conditions_table, names_kind
from assistant.chat.own_case import tells_own_case
from assistant.language.asking import asks, clauses_of

__all__ = ["rule_of_case", "asks_of_kind", "told_clauses"]


# The kinds of case one fact may tell ("我们单位没建工会", "我是退休返聘的", "我在事业单位"): a question about applying
# with one of them alone asks how the rules treat that kind; two or more facts are a case to check.
_KIND_FACTS = frozenset({"union_member", "employment", "employer_type", "rehired", "prior_titles", "nationality",
                         "role_type"})
_MOST_FACTS = 4  # a description of oneself beyond this is a case to check ("我1988年出生，…8年，…全职，…")
_APPLY_ASK = re.compile(r"(?:还|也)?(?:能|可以|能不能|可不可以|能否)(?:再)?(?:报|申报|评|参评|申请|被推荐)|够格|有资格")


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
    if asks_rule_of_case(asked) and names_kind(asked) and told_clauses(text) <= _ask_table()[-1]:
        # "我在区里一家事业单位当副主任，平时也做数据治理，第四届对我们这种担任领导职务的是什么说法": the ask names the kind
        # and asks the rule on it, however many fields the few clauses before it gave ("对我这种情况咋说的" names none)
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


@functools.lru_cache(maxsize=1)
def _ask_table() -> tuple[re.Pattern, re.Pattern, re.Pattern, re.Pattern, re.Pattern, int, int]:
    t = conditions_table()["ask_of_kind"]
    return (re.compile(t["kinds"]), re.compile(t["treats"]), re.compile(t["applies"]), re.compile(t["asker"]),
            re.compile(t["not_term"]), int(t["term_run"]), int(t["most_told"]))


@functools.lru_cache(maxsize=1)
def _rule_words() -> str:
    """Every rule's quoted sentence, of every programme: the words a thing may be asked to count as."""
    from assistant.chat.conditions import rules_of
    from assistant.programs import program_ids

    return "\n".join(rule.quote for p in program_ids() for rule in rules_of(p))


def _names_rule_words(said: str, run: int) -> bool:
    """Whether ``said`` holds ``run`` characters in a row of some rule's quoted sentence ("杭州市在职职工")."""
    words = _rule_words()
    plain = re.sub(r"[^\u4e00-\u9fff0-9]", "", said)
    return any(plain[i:i + run] in words for i in range(len(plain) - run + 1))


def ask_clause(text: str) -> str:
    """The last clause of ``text`` that asks ("…，第四届对我们这种担任领导职务的是什么说法" -> that clause), else ""."""
    return next((c for c in reversed(clauses_of(text or "")) if asks(c)), "")


def told_clauses(text: str, before: int | None = None) -> int:
    """How many clauses of ``text`` (before its clause ``before``, else all) tell rather than ask: a few told around
    a question are the case it is asked about; many are a description of oneself to check."""
    return sum(1 for c in clauses_of(text or "")[:before] if not asks(c))


def asks_of_kind(text: str) -> bool:
    """Whether the ask clause of ``text`` asks how a rule treats a kind of case rather than for a check of the asker:
    the ask (算不算, 能不能合并, 能不能报 …) is said of a kind of case ("台胞能不能报", "这个团体成绩…算不算我个人的",
    "两段能合并吗"), or of a thing asked to count as a rule's own words ("这样算不算杭州市在职职工"). An ask said of the
    asker ("我能报浙派工匠吗", "我这种算不算") is a check, and so is any ask after more than a few clauses telling the
    case (a description of oneself, conditions.toml ``[ask_of_kind]``)."""
    from assistant.chat.routing import without_programme

    kinds, treats, applies, asker, not_term, run, most_told = _ask_table()
    clauses = clauses_of(text or "")
    for i in range(len(clauses) - 1, -1, -1):
        clause = clauses[i]
        found = treats.search(clause) or applies.search(clause)
        if found:
            break
    else:
        return False
    if told_clauses(text, i) > most_told:
        return False
    said_of = without_programme(clause[:found.start()])
    if asker.search(said_of):
        return False
    if kinds.search(said_of):
        return True
    said = clause[found.end():]
    return bool(treats.fullmatch(found.group()) and found.group().startswith("算") and not not_term.search(said)
                and _names_rule_words(said, run))
