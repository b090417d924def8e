"""The qualitative 推荐条件 of each notice, and the words in an applicant's achievements that point to them.

Whether an achievement really meets such a condition (技术革新, 标准化建设, 绝技绝活 …) is for the experts'
review to judge. This table only says which condition the facts *speak to*, so that the checker can mark an
alternative condition as plausibly met and the drafter can name the condition a 主要事迹 supports.
Kept as data: one row per condition.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from assistant.language import affirmed, lexicon_groups
from assistant.language.lexicon import competition_words
from assistant.programs import get_pack, packs

__all__ = ["Condition", "ConditionMatch", "CONDITIONS", "TERM_GROUPS", "match_conditions", "conditions_for", "ACHIEVEMENT_KINDS", "kind_of"]  # noqa: F822, E501 - CONDITIONS comes from __getattr__


@dataclass(frozen=True)
class Condition:
    program: str
    clause_id: str
    key: str  # stable name, e.g. "standards", "innovation"
    label: str  # Chinese, for messages
    terms: tuple[str, ...]
    groups: tuple[str, ...] = ()  # the vocabulary groups of the pack's row


@dataclass(frozen=True)
class ConditionMatch:
    condition: Condition
    terms: tuple[str, ...]  # the terms found, in table order
    texts: tuple[str, ...]  # the achievement texts that contained them


# The vocabulary groups a pack's conditions draw on (``groups`` in each ``pack.toml``'s [[conditions]]), kept as
# data in the language layer (``assistant/language/data/lexicon.json``), which the matcher there shares.
TERM_GROUPS: dict[str, tuple[str, ...]] = lexicon_groups()
_STANDARDS, _INNOVATION, _AI_AGENT = TERM_GROUPS["standards"], TERM_GROUPS["innovation"], TERM_GROUPS["ai_agent"]
_TRAINING, _KNACK, _CRAFT = TERM_GROUPS["training"], TERM_GROUPS["knack"], TERM_GROUPS["craft"]
_KEY_PROBLEMS, _METHOD = TERM_GROUPS["key_problems"], TERM_GROUPS["method"]
_TRANSFER, _DIGITAL = TERM_GROUPS["transfer"], TERM_GROUPS["digital"]


def _has(text: str, term: str) -> bool:
    """Whether ``term`` occurs in ``text``; ASCII terms (AI) ignore case."""
    return term in text or (term.isascii() and term.lower() in text.lower())


def conditions_for(program: str) -> tuple[Condition, ...]:
    """The qualitative conditions of ``program``, from its pack."""
    pack = get_pack(program)
    return tuple(Condition(pack.id, pack.clause(c.clause), c.key, c.label,
                           tuple(term for group in c.groups for term in TERM_GROUPS[group]), tuple(c.groups))
                 for c in pack.conditions)


def __getattr__(name: str):
    if name == "CONDITIONS":  # every registered programme's conditions, in display order
        return tuple(c for pack in packs() for c in conditions_for(pack.id))
    raise AttributeError(name)


def match_conditions(texts: Iterable[str], program: str) -> list[ConditionMatch]:
    """Conditions of ``program`` that the texts speak to, in the notice's order; negated clauses speak to none."""
    texts = [t for t in texts if t and t.strip()]
    said = {t: "，".join(affirmed(t)) for t in texts}
    matches = []
    for condition in conditions_for(program):
        found_terms, found_texts = [], []
        for text in texts:
            hit = [t for t in condition.terms if _has(said[text], t)]
            if hit:
                found_texts.append(text)
                found_terms.extend(t for t in hit if t not in found_terms)
        if found_terms:
            matches.append(ConditionMatch(condition, tuple(found_terms), tuple(found_texts)))
    return matches


# Kinds of achievement, for the drafter's sentence patterns. A kind is not a condition: one kind speaks to
# different clauses in different notices. Same term groups as the rows above, plus the few that only the
# wording needs; first match wins, so the more specific kinds come first.
_COMPETITION = competition_words()  # the language layer's one table (data/lexicon.json)
_AWARD = ("奖", "称号", "能手", "劳动模范", "劳模", "标兵", "先进个人", "先进工作者", "津贴")
_BENEFIT = ("经济效益", "社会效益", "节约", "创效", "降本", "提效", "效率提升", "产值", "利润", "营收", "销售额",
            "万元", "亿元", "成本")
ACHIEVEMENT_KINDS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("standards", _STANDARDS),
    ("ai", _AI_AGENT),
    ("digital", _DIGITAL),
    ("training", _TRAINING),
    ("competition", _COMPETITION),
    ("method", _METHOD),
    ("knack", _KNACK),
    ("craft", _CRAFT),
    ("transfer", _TRANSFER),
    ("innovation", tuple(t for t in _INNOVATION + _KEY_PROBLEMS if t not in _BENEFIT)),
    ("award", _AWARD),
    ("benefit", _BENEFIT),
)


def kind_of(text: str) -> str:
    """The first kind whose terms occur in ``text`` outside negated clauses; ``"other"`` when none does."""
    said = "，".join(affirmed(text))
    for kind, terms in ACHIEVEMENT_KINDS:
        if any(_has(said, t) for t in terms):
            return kind
    return "other"
