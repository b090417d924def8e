"""The extractor's door to ``assistant.language``: negation scope and the sentence-vector judgements
(digital-economy occupation, front-line or management post). The language layer is imported on first use (jieba and
numpy stay out of a bare import); a judgement returns None when its embedding model is not available on this
machine, so the rules-based reading still works on its own."""

from __future__ import annotations

import logging
import re

from assistant.extract.patterns import MISSED

__all__ = ["negated", "denied_parts", "denied_before", "denied_at", "denies_result", "denied_from", "says_none", "says_unknown", "digital_occupation", "role_model", "without_level", "levels_before_trade",
           "work_verb", "work_object", "obtaining", "role_judgement"]

log = logging.getLogger(__name__)


def negated(clause: str) -> bool:
    from assistant.language.clauses import negated as _negated

    return bool(_negated(clause))


def denied_parts(parts: list[str]) -> list[bool]:
    """Whether each comma-cut part of one sentence is denied, read with the scope of the whole sentence (the
    language layer's one scope: 技改、攻关、带徒，这几样都没沾过边 denies the list before the comma too)."""
    from assistant.language.clauses import denied_parts as _denied_parts

    return list(_denied_parts(tuple(parts)))


def denied_before(text: str, start: int, width: int = 3) -> bool:
    """Whether the few characters before ``start`` hold a negation word, as the language layer reads one (也不是返聘,
    没被返聘, 不在杭州; not 不断, 非常)."""
    return bool(negated(text[max(0, start - width):start]))


def denied_at(text: str, start: int, end: int, width: int = 3) -> bool:
    """Whether a phrase matched at ``text[start:end]`` is denied: a negation word, as the language layer reads one,
    just before it or inside it. A pattern that spans words ("在…公司…上班") can begin at a character that belongs
    to the word before ("现在没在公司上班" matches from 现在's 在), so the few characters before its start miss the 没."""
    return bool(negated(text[max(0, start - width):end]))


def denies_result(text: str) -> bool:
    """Whether ``text`` (what is said before a title, prize or place) denies it or says it was missed: a negation
    word as the language layer reads one ("没评上", "未获得", "不是我拿的"), or a word of missing it (落选, 无缘, 差点:
    ``patterns.MISSED``)."""
    return bool(MISSED.search(text)) or bool(negated(text))


def denied_from(text: str) -> bool:
    """Whether the clause that begins ``text`` is denied after its first words: "省技术能手没评上", "市里的一等奖
    落选了"; the clause as the language layer cuts it, so "省技术能手拿了，但没评上全国的" is not ("但" opens another),
    unless the clause only tried for it and the next says it was not won ("杭州市技术能手报过但没评上": the language
    layer's ``failed_attempt``)."""
    from assistant.language.clauses import clauses, scopes
    from assistant.language.status import failed_attempt

    said = scopes(text)
    if not said:
        return False
    # "科技奖也没有": the language layer cuts at 也, and its clause reading gives the bare noun before it the
    # negation after it; the first scope alone would hold the prize. Read up to the comma only: the clause after it
    # ("…三等奖，浙江工匠杭州工匠都没评过") denies its own list, not the prize before it
    first = clauses(re.split(r"[，,]", text, maxsplit=1)[0])
    return denies_result(said[0]) or bool(first and first[0].negated and first[0].text == said[0]) \
        or (len(said) > 1 and failed_attempt(said[0], said[1]))


def without_level(title: str) -> str:
    """The title's own words without the skill level said in it (数控高级技师 -> 数控)."""
    from assistant.language.titles import without_level as _without_level

    return _without_level(title)


def levels_before_trade(text: str) -> list[tuple[str, int, int]]:
    """(skill level, start, end) of each level word glued before an occupation ("高级育婴师"; not 高级工程师)."""
    from assistant.language.titles import levels_before_trade as _levels

    return list(_levels(text))


def work_verb(clause: str, trade: bool = False) -> str | None:
    """The verb of ``clause`` that says doing one's work ("管中控室" -> 管; "在杭州住了十年" -> None); ``trade``: one
    that names what is done, not only having a job (工作, 上班)."""
    from assistant.language.doing import work_verb as _work_verb

    return _work_verb(clause, trade)


def work_object(clause: str) -> str | None:
    """A verb of work with its object, as said ("管中控室"); None when there is none ("在杭州上班8年")."""
    from assistant.language.doing import work_object as _work_object

    return _work_object(clause)


def obtaining(clause: str) -> bool:
    """Does ``clause`` only say a certificate, level or prize was obtained ("2018年考出来的")? Its date is no move."""
    from assistant.language.doing import obtaining as _obtaining

    return bool(_obtaining(clause))


def says_unknown(text: str) -> bool:
    """Does ``text`` say the speaker does not know (不清楚, 不确定 …)?"""
    from assistant.language.clauses import says_unknown as _says_unknown

    return bool(_says_unknown(text))


def says_none(text: str) -> bool:
    from assistant.language.clauses import says_none as _says_none

    return bool(_says_none(text))


def _judge(name: str, *args):
    """``language.classify``'s ``name`` over ``args``, or None where its model or its table is missing on this
    machine (the embedding model unloadable: ServiceError; a data file or its entry absent: OSError, KeyError), so
    the rules decide alone; any other error is a bug and is raised."""
    from assistant.errors import ServiceError
    from assistant.language import classify

    try:
        return getattr(classify, name)(*args)
    except (ServiceError, OSError, KeyError) as exc:
        log.warning("language.%s unavailable: %s", name, exc.__class__.__name__)
        return None


def digital_occupation(text: str) -> bool | None:
    """Is the job described digital-economy work (算法工程师 yes; 焊工 no; a trade using an app, no)?"""
    return _judge("is_digital_occupation", text)


def tool_aided(text: str, whole: str = "") -> bool:
    """Does ``text`` name a digital tool for making physical things and no digital work besides (数控编程, CAM编程,
    a traditional plant's PLC编程 where ``whole``, the message, names no automation or digital sector)? The notices'
    scope neither names nor excludes that work, so a field word in it (编程) says nothing."""
    return bool(_judge("tool_aided_making", text, whole))


def controls_reading(text: str, whole: str = "") -> str:
    """How ``text``, where a plant's controllers are programmed (PLC), reads: "digital" where ``whole``, the message,
    names an automation or digital sector, "open" at a traditional maker, "" where no controllers are programmed
    (``language.classify.controls_reading``)."""
    return _judge("controls_reading", text, whole) or ""


def role_judgement(text: str) -> tuple[str | None, float]:
    """(role or None for no post, the model's probability), for a clause that names no post."""
    return _judge("role_judgement", text) or (None, 0.0)


def role_model(text: str) -> str | None:
    """The classifier's frontline_technical | management | administrative for a description of the current post
    (``extract.jobs.role_of`` reads work named by its technical field first)."""
    return _judge("role_type", text)
