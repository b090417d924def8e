"""The titles a longer reply to "您已获得过哪些荣誉称号？" lists clause by clause ("有个杭州数字工匠提名奖 还有一个
二一年的杭州工匠"): each clause that is only one more item held (data/title_items.json) gives its title."""

from __future__ import annotations

import functools
import re

from assistant.language.asking import asks, clauses_of
from assistant.language.datafiles import data_json, words_pattern
from assistant.language.holding import blocked, others_named

__all__ = ["listed_titles", "with_listed"]

# a denial of all or each named before it ("…都没有", "…也没评过", "…一个都没")
_ALL_DENIED = re.compile(r"(?:都|也|全|一个都|哪个都)(?:没|不|未)")


@functools.cache
def _frame() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    t = data_json("title_items.json")
    time = "|".join(t["time"])
    head = re.compile(rf"^(?:(?:{words_pattern(t['lead'])})+)?(?:{words_pattern(t['holding'])})?"
                      rf"(?:{words_pattern(t['classifier'])})?(?:(?:{time})(?:评|拿|获|得)?(?:的|那个))?")
    tail = re.compile(rf"(?:{words_pattern(t['tail'])})+$")
    return head, tail, re.compile(words_pattern(t["not_an_item"])), re.compile(words_pattern(t["failed"]))


def listed_titles(text: str) -> list[str]:
    """The titles named by the clauses of ``text`` that are bare list items; [] when none is, or when the reply
    speaks of someone else's titles (the extractor reads whose they are)."""
    from assistant.chat.case.replies import titles_named

    if others_named(text or ""):
        return []
    head, tail, not_item, failed = _frame()
    found: list[str] = []
    last = ""  # the item the clause before gave
    for clause in clauses_of(text or ""):
        if _ALL_DENIED.search(clause):
            found = []  # "浙江工匠 杭州工匠都没有": the denial takes in the items named before it
        if last in found and failed.search(clause) and not titles_named(clause):
            found.remove(last)  # "省首席，没评上": the item before was not won
        last = ""
        if asks(clause) or blocked(clause) or not_item.search(clause):
            continue  # "获奖那栏怎么填", "没评过浙江工匠", "数字工匠提名奖": no title held in it
        core = tail.sub("", head.sub("", clause.strip(" ，,。")))
        titles = titles_named(core)
        # the clause is the item only when the title's name is all that is left ("杭州工匠", "省首席")
        if len(titles) == 1 and len(re.sub(r"\W", "", core)) <= len(titles[0]) + 2 and titles[0] not in found:
            found.append(titles[0])
            last = titles[0]
    return list(dict.fromkeys(found))


def with_listed(held: list[str] | None, text: str) -> dict[str, list[str]]:
    """{"prior_titles": ``held`` and the titles ``text`` lists that it lacks}, or {} when the list adds none."""
    held = [t for t in held or [] if isinstance(t, str)]
    more = [t for t in listed_titles(text) if t not in held]
    return {"prior_titles": [*held, *more]} if more else {}
