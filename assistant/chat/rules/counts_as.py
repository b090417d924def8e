"""Whether a notice rules on "X 算不算 Y": the asker's item X counted as a kind Y a rule names.

"这个团体名次算不算我个人的", "班组长、车间副主任这种到底算不算领导职务", "我当学徒那三年能算进去吗", "我们行业协会自己办
的技能比武我拿了第一，首席技师认不认这个算市级一类竞赛": each names a kind a rule's sentence holds (二类技能竞赛前三名,
领导职务, 在杭从事本专业技能工作不少于10年, 市级一类技能竞赛) and asks whether the asker's item is of it. The sentence
naming the kind mentions a word of the ask; it rules on the ask only when it names the item too (the subject as well
as the predicate). So the item is read (the words before the predicate, or, when those only point back with 这个/这种,
the clause told before the ask), without the words of the telling (when, how, with whom: the table's ``filler``), the
values the checker compares (第三名 is among 前三名) and level words (chat.rules.levels reads those by class); and when no
unit of the asked notice holds every word left, the notice is silent on whether the item counts.

Read by the turn before the rules table and the factual path answer (chat/turn.py ``_qa_of``), and by
``case_rule.rule_of_case``: an own case told with such an ask asks the rule on it, not a check.

Run with:  .venv/bin/python -m pytest -q tests/chat/test_counts_as.py
"""

from __future__ import annotations

import functools
import logging
import re
from dataclasses import dataclass

from assistant.chat.rules.answer_table import table

__all__ = ["CountsAs", "counts_as", "unruled_item", "silence"]

log = logging.getLogger(__name__)

_CLAUSES = re.compile(r"[，,。；;！!？?\s]")  # a terse writer's space ends a clause too ("…当上机长了 这个算不算")
# the ask closes as a yes/no question: a particle, a trailing 不/没, or an A-not-A predicate of its own
_YES_NO_END = re.compile(r"(?:吗|么|嘛|伐|呢|不|没|啊|呀|哈|的)\s*[？?。！!]*\s*$")
_A_NOT_A = re.compile(r"(\w)不\1")


@dataclass(frozen=True)
class CountsAs:
    """The item asked of (its words a unit must hold, and as said) and the kind it is asked to count as."""

    words: tuple[str, ...]
    item: str
    kind: str
    pointed: bool = False  # the item is told before the ask and pointed at ("…第二名，这个算不算")

    @property
    def label(self) -> str:
        kind = re.sub(r"^(?:我|本人)(?:个人)?的?$", "个人的", self.kind) or "符合条件"
        return f"{self.item}是否算{kind}" if self.kind else f"{self.item}是否算数"


@functools.lru_cache(maxsize=1)
def _patterns() -> tuple[re.Pattern, re.Pattern, re.Pattern, re.Pattern]:
    rows = table()["counts_as"]
    return (re.compile(rows["predicates"]), re.compile(rows["pointers"]), re.compile(rows["filler"]),
            re.compile(rows["values"]))


def counts_as(text: str) -> CountsAs | None:
    """The item and kind of a yes/no "X 算不算 Y" ask in ``text`` (its last clause holding a predicate), or None."""
    from assistant.chat.rules.programme_words import without_programme

    predicate, pointer, _, _ = _patterns()
    clauses = [c.strip() for c in _CLAUSES.split(without_programme(text or "")) if c.strip()]
    at = next((i for i in range(len(clauses) - 1, -1, -1) if predicate.search(clauses[i])), None)
    if at is None:
        return None
    clause = clauses[at]
    found = list(predicate.finditer(clause))[0]
    rest = " ".join(clauses[at:])
    if not (_A_NOT_A.search(found.group(0)) or _YES_NO_END.search(rest) or _A_NOT_A.search(clause[found.end():])):
        return None  # "年限是按什么算的" asks how, not whether
    if re.search(table()["counts_as"]["basis"], clause[:found.start()]):
        return None  # "年限是按报名截止那天算吗": the basis a count is made on (a day, a rule), not a kind
    before = re.sub(r"^(?:那|那么|请问|问一下|想问下?)", "", clause[:found.start()]).strip()
    before = re.sub(r"(?:到底|究竟|能不能|可不可以|能否|能|可以|还|也|都|是否)+$", "", before)
    kind = re.sub(r"(?:吗|么|嘛|伐|呢|不|没|啊|呀|哈|吧)+$", "", clause[found.end():]).strip()
    kind = re.sub(r"^(?:进去|进来|进|上|数)$", "", kind)

    words = _item_words(before) if not pointer.match(before) else ()
    item, pointed = before, False
    if not words and at > 0:  # "…拿了国家二类竞赛的团体第二名，这个算不算我个人的": the item is the one told before
        item, pointed = clauses[at - 1], True
        words = _item_words(item)
    if not words or re.search(table()["counts_as"]["eligibility"], kind) or re.match(table()["counts_as"]["measures"], kind):
        return None  # "这样算不算符合条件": whether the case qualifies, which the checker answers; "算不算晚了": a
        # value judged against the notice's (a deadline, a number), which the factual path reads
    # the label names the item from where it is pointed at or said ("这个名次", not "报的时候这个名次")
    at_pointer = re.search(r"(?:这个|这种|那个|那种)(?=[\u4e00-\u9fff]{2})", item)
    item = item[at_pointer.start():] if at_pointer else item
    item = re.sub(r"^(?:我们|我|本人|俺)(?:是|的|在|当|拿的是|拿了)?", "", item).strip(" 的") or item
    item = re.sub(r"(?:这种|这样的?|这些)$", "", item) or item
    kind = re.sub(r"^(?:这个|这种|这|那个|那)?(?:算|是)?", "", kind)
    return CountsAs(words, item, kind, pointed)


def unruled_item(corpus, text: str, programs: tuple[str, ...] | list[str]) -> CountsAs | None:
    """The "X 算不算 Y" ask of ``text`` when no unit of the asked notices (all five, with none named) names the item,
    else None: those that name only the kind rule on the kind, not on whether the item is of it."""
    from assistant.chat.rules.answer_types import question_parts
    from assistant.chat.rules.things import Thing, holding_units
    from assistant.programs import program_ids

    asked = counts_as(text)
    if asked is None or len(question_parts(text)) > 1:
        return None  # a message asking two things has each part answered on its own
    held = Thing(asked.words, asked.label)
    if any(holding_units(corpus, program, held) for program in (programs or program_ids())):
        return None
    log.info("qa counts-as item %s named by no unit of %s", asked.words, list(programs) or "any notice")
    return asked


def silence(corpus, programs: tuple[str, ...] | list[str], asked: CountsAs, today) -> str:
    """The answer to an ask no unit rules on: each asked notice does not say whether the item counts (with none
    named, none of the five does), and whom to ask."""
    from assistant.chat.templates import refusal_text, silent_text

    if not programs:
        return refusal_text(corpus, [], asked.label, today=today)
    return "\n".join(silent_text(corpus, program, asked.label) for program in programs)


@dataclass(frozen=True)
class Told:
    """A kind of person asked whether they may apply ("台胞能不能参评", "劳务派遣的能报吗"): its words and as said."""

    words: tuple[str, ...]
    said: str

    @property
    def label(self) -> str:
        return f"{self.said}能否申报"


# the ask of applying ("能报吗", "还能参评吗", "能不能被推荐"): one pattern, chat.rules.case_rule reads it too
APPLY = re.compile(r"(?:还|也|都)?(?:能不能|可不可以|能否|可以|能)(?:再)?(?:报|申报|评|参评|申请|被推荐|推荐)")


def told_kind(text: str) -> Told | None:
    """The kind a one-part apply ask is of, said before the apply word in the ask's own clause ("浙派工匠台胞能不能参评":
    台胞); None when the message is no such ask or names no kind there. The asker's case told in clauses before
    the ask ("我在临平一家经编厂当保全工，浙派工匠能不能报") is a case to check, whose work the checker reads: not here."""
    from assistant.chat.rules.programme_words import without_programme

    clauses = [c.strip() for c in _CLAUSES.split(without_programme(text or "")) if c.strip()]
    if not clauses:
        return None
    found = APPLY.search(clauses[-1])
    if found is None or not _YES_NO_END.search(clauses[-1]) and not _A_NOT_A.search(found.group(0)):
        return None
    said = clauses[-1][:found.start()]
    if re.search(table()["conditional"]["markers"], said):
        return None  # "如果换了单位还能报吗": a case the ask is put in (chat.rules.conditional), not a kind of person
    # "这样的话还能报吗", "我想问下我能不能评": a case pointed back at, or the frame of asking, names no kind
    said = re.sub(table()["counts_as"]["frame"], "", said)
    # "我想问下我老婆能不能评", "帮我师傅问问能不能报": the person asked for is one case to check, not a kind of person
    words = tuple(w for w in _item_words(said, kind_of_person=True)
                  if not re.fullmatch(table()["counts_as"]["occasion"], w) and w not in _persons())
    return Told(words, _said(said)) if words else None


@functools.cache
def _persons() -> frozenset[str]:
    """The words of one person the asker asks for: kin, workmates (language/data/people.json); a post (班组长,
    车间主任, 老板) is a kind of person the rules may speak of ("车间主任能不能报"), so it stays a kind."""
    from assistant.language.people import words_of

    posts = set(words_of("post")) | set(words_of("head"))
    return frozenset(w for tag in ("kinfolk", "family", "workmate") for w in words_of(tag) if w not in posts)


def _item_words(said: str, kind_of_person: bool = False) -> tuple[str, ...]:
    """The content words of an item or a kind as said, without the telling's (filler), the values the checker
    compares, level words and pointers; for a kind of person also without the asker and the workplace."""
    from assistant.chat.rules.levels import is_level_word
    from assistant.chat.rules.own_case import speaks_of_self
    from assistant.chat.rules.things import content_words

    _, pointer, filler, values = _patterns()
    return tuple(w for w in content_words(said) if not filler.match(w) and not values.match(w)
                 and not is_level_word(w) and not pointer.match(w)
                 and not (kind_of_person and (speaks_of_self(w) or re.fullmatch(table()["counts_as"]["workplace"], w))))


def _said(clause: str) -> str:
    return re.sub(r"^(?:我们|我|本人|俺)(?:是|的|在|当)?", "", clause).strip() or clause


def _grams(said: str) -> set[str]:
    """Every two characters in a row of the told kind, once the telling's own words are out (the asker, the
    workplace, when and how): a unit holding any of them names something of it. Read by characters, not by the
    segmenter's words, which may glue a kind to its neighbour ("没建工会": 建工)."""
    _, _, filler, _ = _patterns()
    rows = table()["counts_as"]
    out: set[str] = set()
    for piece in re.split(rf"[^\u4e00-\u9fff]+|的|{table()['own_case']['person']}|{rows['workplace']}", said):
        out |= {piece[i:i + 2] for i in range(len(piece) - 1) if not filler.match(piece[i:i + 2])}
    return out


def unnamed_kind(corpus, text: str) -> Told | None:
    """The kind a one-part apply ask is of when no unit of any of the five notices names any
    two characters in a row of it ("台胞"): the notice says nothing of that kind, so neither 能 nor 不能 is its answer,
    and the checker's rows on other conditions do not answer it either."""
    from assistant.chat.rules.answer_types import question_parts
    from assistant.chat.rules.things import Thing, holding_units
    from assistant.programs import program_ids

    told = told_kind(text)
    if told is None or len(question_parts(text)) > 1:
        return None
    # every notice, not only the asked one: "拿过数字工匠提名奖还能再参评吗" asks of 首届's 提名奖 whichever edition
    # the routing put first, and a kind one notice rules on is a rule question the conditions answer
    for gram in _grams(told.said):
        if any(holding_units(corpus, program, Thing((gram,), gram)) for program in program_ids()):
            return None  # a notice names it: its rule (or the checker's reading of it) answers
    log.info("qa kind %s named by no unit of any notice", told.words)
    return told
