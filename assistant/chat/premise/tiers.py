"""Check the tier of government a premise gives a thing against the tiers the notice lists for it.

"首席技师只认国务院特殊津贴吧" where the notice says 国务院或市政府特殊津贴: the premise keeps one tier of a list
and drops the others. "优先推荐承担国家重大科技专项的吧" where it says 省、市重大科技专项: the premise names a tier
the list lacks. "资格审核是各区总工会做的吧" where it says 市总工会: the same, said of a body.

A slot is a head of one class (津贴, 竞赛, 奖项, 专项, 工会, 人社 …) with the tiers written just before it, as a
list ("全国、省、市…竞赛", "市、省、国家级…奖项") or a floor ("省级及以上…奖项"). Both tables are word classes, not
rows for one question.

Run with:  .venv/bin/python -m pytest -q tests/chat/test_tiers.py
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from assistant.notices.text import shared_pairs

__all__ = ["HEADS", "THINGS", "Slot", "slots", "exclusive", "tier_correction", "tier_premise"]

# Tiers, lowest first, each with the words that name it: the rows of the level table with ``tier`` words
# (``levels.toml``), and ``tier_label`` for how a correction names one. "区" alone is a tier only as a word of its
# own before a head ("各区总工会"), never the end of a place name ("滨江区", "集聚区", "地区"): see _tier_patterns.


@functools.lru_cache(maxsize=1)
def _tiers() -> dict[str, tuple[str, str]]:
    """{tier: (the alternation of its words, its label)}, lowest first."""
    from assistant.chat.rules.level_table import rows

    return {row.key: ("|".join(row.tier), row.tier_label) for row in reversed(rows()) if row.tier}


def _order() -> tuple[str, ...]:
    return tuple(_tiers())


def _label(tier: str) -> str:
    return _tiers()[tier][1]


# Heads a tier qualifies, by class: a premise's head and a clause's head of one class are the same slot.
HEADS: dict[str, str] = {
    "津贴": r"特殊津贴|津贴",
    "专项": r"科技专项|专项|科技项目|科研项目",
    "竞赛": r"竞赛|大赛|比赛|技能赛",
    "奖项": r"科学技术类奖项|科学技术奖|科技奖|奖项|奖(?![金励牌章状品])",
    "奖章": r"劳动奖章|奖章",  # "浙江省五一劳动奖章" against "杭州市五一劳动奖章": a medal's tier, as a prize's
    "工会": r"总工会|产业工会|工会",
    "人社": r"人社局|人社厅|人社部门|人力社保局|人力社保厅|人力社保部门|人力社保|人社",
    "经信": r"经信局|经信",
    "政府": r"人民政府|政府",
    "宣传": r"宣传部",
    "范围": r"范围",  # where a list is published ("在全省范围内进行公示")
}

# The one-character tiers (区, 县, 市) end place names ("滨江区", "城市", "集聚区"): one counts only as a word of its
# own, at the start or after a distributive, a preposition or a list's joiner. The longer words stand anywhere.
_SHORT = ("区", "县", "市")
_JOIN = r"\s*(?:、|或者|或|和|及|与|以及)\s*"
_FLOOR = r"(?:及以上|以上)"
_HEAD = "|".join(f"(?:{h})" for h in HEADS.values())


@functools.lru_cache(maxsize=1)
def _tier_patterns() -> tuple[str, re.Pattern, re.Pattern]:
    """(one tier as said, a slot: tiers then their head, a head then the tiers said of it)."""
    long_words = "|".join(w for words, _ in _tiers().values() for w in words.split("|") if w not in _SHORT)
    tier = (rf"(?:{long_words}|(?:(?<![\u4e00-\u9fff])|(?<=[各由经向至报或、和及与的拿获得在是过交到给]))[区县市])"
            r"(?:人民政府|政府)?(?:级|里|内)?")
    # a list of tiers, an optional floor, then within a few characters of no punctuation the head
    slot = re.compile(rf"(?P<tiers>{tier}(?:{_JOIN}{tier})*)(?P<floor>{_FLOOR})?"
                      rf"(?P<gap>[^，,。；;、？?！!（）()“”\"]{{0,12}}?)(?P<head>{_HEAD})")
    # a head, then in the same clause the tiers said of it, with no head of their own after them
    after = re.compile(rf"(?P<head>{_HEAD})[^，,。；;？?！!]{{0,8}}?(?P<tiers>{tier}(?:{_JOIN}{tier})*)(?P<floor>{_FLOOR})?"
                       rf"(?![^，,。；;、？?！!]{{0,12}}?(?:{_HEAD}))")
    return tier, slot, after


# Words that make a premise exclusive: the tier it names is the only one that counts ("只认国务院的", "得是国家级
# 的才行", "市里的不算"). Not the 才 of 人才.
_EXCLUSIVE = re.compile(r"只有|只认|只能|只算|只要|仅限|仅|(?<!人)才(?:行|算|能|可以|够)|得是|必须|非得|一定要|不算|不认|不行")

_REFUSED = r"(?:不算|不认|不行|不可以|不能)"


@dataclass(frozen=True)
class Slot:
    """A head of one class and the tiers written before it, as the text says them."""
    head: str  # the head's class (a key of HEADS)
    tiers: frozenset[str]
    listed: bool  # the text names more than one tier at once (a list or a floor)
    said: str  # the stretch as written, tiers through head
    words: str = ""  # the tiers as written ("全国", "国务院或市政府")


def _tier_of(word: str) -> str | None:
    word = re.sub(r"(?:人民政府|政府)?(?:级|里|内)?$", "", word)
    for tier, (words, _) in _tiers().items():
        if re.fullmatch(words, word):
            return tier
    return None


def _head_of(word: str) -> str:
    return next(name for name, words in HEADS.items() if re.fullmatch(words, word))


def slots(text: str, trailing: bool = False) -> list[Slot]:
    """Every tier-qualified head in ``text``; a floor ("省级及以上") reaches every tier above its own. With
    ``trailing`` (a question's own words), a tier said after its head in the same clause counts too ("特殊津贴只认
    国务院那一种")."""
    out = []
    tier, slot, after = _tier_patterns()
    text, at = text or "", 0
    while (m := slot.search(text, at)) is not None:
        # "区里是10月底前把推荐报到市总工会": a tier said between the first tier and the head is the head's own, and
        # the first one qualifies something else (here who sends); the slot starts again at the nearer tier
        inner = re.search(tier, m.group("gap"))
        if inner is not None and _tier_of(inner.group(0)):
            at = m.start("gap") + inner.start()
            continue
        out.append(_slot(m.group("tiers"), m.group("floor"), m.group("head"), m.group(0)))
        at = m.end()
    if trailing:
        for m in after.finditer(text or ""):
            if not any(m.group("tiers") in s.said for s in out):
                out.append(_slot(m.group("tiers"), m.group("floor"), m.group("head"), m.group("tiers")))
    return [s for s in out if s.tiers]


def _slot(listed: str, floor: str | None, head: str, said: str) -> Slot:
    tiers = {t for t in map(_tier_of, re.split(_JOIN, listed)) if t}
    if floor and tiers:
        lowest = min(_order().index(t) for t in tiers)
        tiers |= set(_order()[lowest:])
    return Slot(_head_of(head), frozenset(tiers), len(tiers) > 1, re.sub(r"\s+", "", said),
                re.sub(r"\s+", "", listed + (floor or "")))


def exclusive(question: str) -> bool:
    """Whether the question says its tier is the only one that counts."""
    return bool(_EXCLUSIVE.search(question or ""))


def tier_correction(question: str, quote: str) -> str | None:
    """"不对，…" when a tier the question gives a head is not among the tiers the quote lists for a head of the same
    class, or when the question keeps one tier of the quote's list as the only one; None when the quote has no such
    slot or agrees."""
    stated = slots(quote)
    if not stated:
        return None
    found = []
    for asked in slots(question, trailing=True):
        same = [s for s in stated if s.head == asked.head]
        if not same:
            continue
        named = "、".join(_label(t) for t in _order() if t in asked.tiers)
        holding = [s for s in same if asked.tiers <= s.tiers]
        if not holding:
            return f"不对，通知写的是“{same[0].said}”，不是“{asked.words or named}”：见下面的原文。"
        listed = [s for s in holding if s.listed and s.tiers > asked.tiers]
        if listed and not asked.listed and exclusive(question):
            # "市政府发的津贴不算吧", "市里的不算": a tier said not to count is one the list holds
            refused = [_tier_of(m.group(1)) for m in re.finditer(rf"({_tier_patterns()[0]})[^，,。；;？?！!]{{0,6}}{_REFUSED}",
                                                                  question)]
            refused = [t for t in _order() if t in refused and t in listed[0].tiers]
            also = "、".join(_label(t) for t in refused)
            found.append((not refused, f"不对，通知写的是“{listed[0].said}”，"
                                       f"{also + '的也算' if refused else '不只是' + named + '的'}：见下面的原文。"))
    return min(found, key=lambda f: f[0])[1] if found else None


# Heads that are things one holds or takes part in, which a notice lists with their tiers in one place; bodies
# (工会, 人社 …) are named sentence by sentence, each for its own act, so a body's tier is checked only against the
# sentence the answer quotes (tier_correction), never against the whole notice.
THINGS = frozenset({"津贴", "专项", "竞赛", "奖项"})


def tier_premise(corpus, program: str, question: str) -> tuple[str, tuple[str, str]] | None:
    """("不对，…", (clause_id, sentence)) when the question gives a thing a tier that no sentence of ``program``'s
    notice gives a thing of its class, or keeps one tier of a list there as the only one ("只认国务院的特殊津贴吧"),
    whichever sentence retrieval would have picked; None otherwise (the answer's own sentence then decides)."""
    from assistant.chat.rules.programme_words import topic_only
    from assistant.chat.rules.quotes import _candidates, is_form_row

    bare = topic_only(question or "")
    asked = [s for s in slots(bare, trailing=True) if s.head in THINGS and not s.listed]
    if not asked:
        return None
    units = [(c.clause_id, u) for c in corpus.clauses(program) if c.path for u in _candidates(c, "")
             if not is_form_row(u)]
    for slot in asked:
        same = [(cid, u, s) for cid, u in units for s in slots(u) if s.head == slot.head]
        if not same:
            continue
        if not any(slot.tiers <= s.tiers for _, _, s in same):
            meant = same
        elif exclusive(bare):
            meant = [(cid, u, s) for cid, u, s in same if s.listed and s.tiers > slot.tiers]
        else:
            continue
        if not meant:
            continue
        cid, unit, _ = max(meant, key=lambda m: shared_pairs(m[1], bare, cjk_only=True))  # on a tie the first stated
        line = tier_correction(bare, unit)
        if line:
            return line, (cid, unit)
    return None
