"""Skill levels and exclusive qualifiers a premise asserts ("要有高级技师证才能报", "团体的也算吧"), and the yes/no rules
of a clause ("不占推荐名额", "不得…") against a premise that says the opposite.

Run with:  .venv/bin/python -m pytest -q tests/chat/test_rule_claim.py tests/chat/test_premise_families_q6.py
"""

from __future__ import annotations

import re

# Mutually exclusive qualifiers: a premise with one where the clause has another is wrong.
CONTRASTS: tuple[tuple[str, ...], ...] = (
    ("团体", "个人"),
    ("高级工", "技师"),
    ("兼职", "全职"),
)
# the permission words are a class: 允许/准予 grant as 可以 does ("允许奖项空缺"), 不允许/禁止 bar as 不得 does
_NEGATIVE_RULE = re.compile(r"不作为|不得|不予|不能|不再|必须是|须是|不可|取消|不允许|禁止")
_POSITIVE_RULE = re.compile(r"可继续|也可|均可|可以|可不受|可申请|可推荐|(?<!不)允许|准予")
# not the 能 of "不能推荐" or "没能评上": that asks the negative
_ASKS_POSITIVE = re.compile(r"(也|还)?(?<![不没])(能|可以)(报|申报|参评|评|推|认定)|就能|就可以|也行")
_ASKS_NEGATIVE = re.compile(r"不能|不可以|不行|不得|不允许")


# Skill levels, lowest first: "要有高级技师证才能报" where the notice says 技师及以上 is a false premise.
LEVELS = ("初级工", "中级工", "高级工", "技师", "高级技师")
_LEVEL = re.compile("|".join(sorted(LEVELS, key=len, reverse=True)))
_LEVEL_FLOOR = re.compile(rf"({_LEVEL.pattern})[^，。；,;]{{0,12}}?(及以上|以上)")


# A clause's "不占 / 不受 / 不作为 / 不再" against a question that says the verb without the negation.
_NEGATED = re.compile(r"不(占|受|作为|再|需要|用交|予)[^，。；,;]{0,6}")
_NEGATED_SAID = re.compile(r"不(占|受|作为|再|需要|用|予)|无需|免")


def _negated_correction(question: str, quote: str) -> str | None:
    """"不对，…" when the quote says "不占/不受/不作为…" and the question says the verb without the negation."""
    for m in _NEGATED.finditer(quote):
        verb = m.group(1)
        at = question.find(verb)
        if at > 0 and question[at - 1] not in "不无免" and not _NEGATED_SAID.search(question):
            # "直接认定的也要占推荐名额吧" where the clause says "不占推荐名额"
            return f"不对，通知写的是“{m.group(0)}”：见下面的原文。"
    return None


def _level_correction(question: str, quote: str) -> str | None:
    """"不对，…" when the level the question asserts is not the quote's floor: below it, or stricter than it."""
    # the level the premise asserts: its own floor when it states one ("要求高级技师以上证书"), else the level it names
    said_floor = _LEVEL_FLOOR.search(question)
    said_level = said_floor.group(1) if said_floor else (_LEVEL.search(question) or [None])[0]
    floor = _LEVEL_FLOOR.search(quote)
    if said_level and floor and said_level != floor.group(1):
        if LEVELS.index(said_level) < LEVELS.index(floor.group(1)):  # "浙派工匠技师以上就可以报了吧": below the floor
            return f"不对，通知写的是“{floor.group(1)}{floor.group(2)}”，“{said_level}”还不够：见下面的原文。"
        return f"不对，通知写的是“{floor.group(1)}{floor.group(2)}”，不是非要“{said_level}”：见下面的原文。"
    return None


# Uses of a contrast word that qualify nothing: 个人 in a head count ("我们三个人组队", "团体赛的几个人") or in the
# asker's own view ("我个人觉得…"). Left in, they made a 团体 premise look as if it said 个人 as the notice does.
_NO_QUALIFIER = re.compile(r"[0-9０-９零〇一二两三四五六七八九十百千几多]\s*个人|我个人|个人(?:觉得|认为|感觉|看法|意见)")
# A qualifier said of a placing ("团体第一", "团体赛的冠军", "个人第一名"): where a text qualifies a placing, that is
# the qualifier it asserts, not the same word said of something else beside it ("团体赛比个人赛还难，团体第一也认吧")
_OF_PLACING = r"(?:赛|赛项|项目)?的?(?:第[一二三1-3]名?|冠军|亚军|季军|金牌|银牌|铜牌|前[一二三四五六七八九十0-9]+名?)"


def _of_placing(group: tuple[str, ...], text: str) -> list[str]:
    """The words of ``group`` that ``text`` says of a placing ("团体第一", "个人第一名")."""
    text = _NO_QUALIFIER.sub(" ", text)
    return [w for w in group if re.search(re.escape(w) + _OF_PLACING, text)]


def _said_qualifiers(group: tuple[str, ...], text: str) -> list[str]:
    """The words of ``group`` that ``text`` says as qualifiers: those said of a placing when it qualifies one, else
    every one it says, uses that qualify nothing (_NO_QUALIFIER) left out."""
    return _of_placing(group, text) or [w for w in group if w in _NO_QUALIFIER.sub(" ", text)]


def _contrast_correction(question: str, quote: str) -> str | None:
    """"不对，…" when the question has one of a pair of exclusive qualifiers (CONTRASTS) and the quote the other."""
    for group in CONTRASTS:
        said_q = _said_qualifiers(group, question)
        said_c = _said_qualifiers(group, quote)
        if said_q and said_c and not set(said_q) & set(said_c):
            return f"不对，通知写的是“{said_c[0]}”，不是“{said_q[0]}”：见下面的原文。"
    return None


def _rule_correction(question: str, quote: str) -> str | None:
    """"不对，…" when the question asks whether something can be done and the quote's rule says the opposite."""
    if _ASKS_POSITIVE.search(question) and _NEGATIVE_RULE.search(quote) and not _POSITIVE_RULE.search(quote) \
            and _of_those_asked(question, quote):
        return "不对，按通知规定不可以：见下面的原文。"
    if _ASKS_NEGATIVE.search(question) and _POSITIVE_RULE.search(quote) and not _NEGATIVE_RULE.search(quote):
        return "不对，按通知规定是可以的：见下面的原文。"
    return None


def _of_those_asked(question: str, quote: str) -> bool:
    """Whether the people a refusing rule of ``quote`` names ("退休人员不作为推荐对象": 退休人员) share a word with the
    question: "劳务派遣的也能报吧" is not answered by the rule on retirees. True when the rule names no one before it,
    or the question no one before its ask ("也能报吧")."""
    from assistant.chat.routing import without_programme
    from assistant.notices.text import bigrams

    ask = _ASKS_POSITIVE.search(question)
    if ask is None or len(re.sub(r"[的了也还都是吧\W]", "", without_programme(question[:ask.start()]))) < 2:
        return True
    for clause in re.split(r"[，,。；;]", quote):
        m = _NEGATIVE_RULE.search(clause)
        if m is None:
            continue
        named = re.sub(r"原则上|一般|均|也|的|人员", "", clause[:m.start()])
        if len(named) < 2 or bigrams(named) & bigrams(question):
            return True
    return False
