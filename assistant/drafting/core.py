"""``draft(facts, program, llm=None)``: the 主要事迹 a program's form asks for, checked and cited.

Offline (no model) the template composer writes it. With a chat model, the model writes it and the same
checks run afterwards (see ``llm_mode``). Either way the text is within the form's limit, every number
and name in it is backed by the facts (``unsupported`` lists any that is not), and ``clause_ids`` name the
推荐条件 the written achievements speak to.
"""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass, field, replace
from typing import Any

from assistant.config import get_settings
from assistant.drafting.compose import compose
from assistant.drafting.grounding import check_grounding
from assistant.drafting.limits import FormLimit, form_limit
from assistant.drafting.material import Item, Material, as_facts, build_material, has_achievements
from assistant.drafting.text import count_chars, has_number
from assistant.eligibility.conditions import match_conditions
from assistant.errors import InputError
from assistant.profile import Facts

__all__ = ["Draft", "ConditionLink", "draft", "draft_offline", "condition_links", "NO_ACHIEVEMENTS"]

log = logging.getLogger(__name__)

NO_ACHIEVEMENTS = ("还没有可以写进主要事迹的业绩。请提供该同志的主要业绩（最好带具体数字，如“主导制定团体标准2项”"
                   "“带徒12人”“年节约成本500万元”），以及竞赛成绩、获奖或荣誉称号。助手不会编造事迹。")
_MARKER = re.compile(r"^\s*(?:[（(][一二三四五六七八九十\d]+[）)]|[一二三四五六七八九十]+、|\d+[.．、])\s*")


@dataclass(frozen=True)
class ConditionLink:
    """A 推荐条件 the draft speaks to, with a quote from the clause."""

    clause_id: str
    label: str
    quote: str
    terms: tuple[str, ...]

    def to_json(self) -> dict:
        return {"clause_id": self.clause_id, "label": self.label, "quote": self.quote, "terms": list(self.terms)}


@dataclass(frozen=True)
class Draft:
    """A drafted 主要事迹 and everything needed to trust it."""

    text: str
    program: str
    form: FormLimit
    clause_ids: tuple[str, ...] = ()
    conditions: tuple[ConditionLink, ...] = ()
    unsupported: tuple[str, ...] = ()
    mode: str = "offline"
    notes: tuple[str, ...] = ()
    warnings: tuple[str, ...] = ()
    omitted: tuple[str, ...] = ()  # facts left out (or cut) for want of space
    removed: tuple[str, ...] = ()  # what the model wrote that the facts did not back, now taken out
    suggestions: tuple[str, ...] = field(default=())  # questions whose answers would improve the draft

    @property
    def char_count(self) -> int:
        return count_chars(self.text)

    @property
    def limit(self) -> int:
        return self.form.limit

    def to_json(self) -> dict[str, Any]:
        from assistant.pii import redact_value

        return redact_value({  # the JSON a shell prints or stores: no 身份证号/手机号 in any field (omitted too)
            "text": self.text, "char_count": self.char_count, "limit": self.limit,
            "clause_ids": list(self.clause_ids), "unsupported": list(self.unsupported),
            "program": self.program, "mode": self.mode, **self.form.to_json(),
            "conditions": [c.to_json() for c in self.conditions],
            "notes": list(self.notes), "warnings": list(self.warnings), "omitted": list(self.omitted),
            "removed": list(self.removed), "suggestions": list(self.suggestions),
        })


def _quote(text: str) -> str:
    """The clause's first sentence without its number: always a substring of the clause."""
    body = text[_MARKER.match(text).end():] if _MARKER.match(text) else text
    end = min([i for i in (body.find("。"), body.find("；")) if i > 0] or [len(body)])
    quote = body[:end]
    if len(quote) > 90:
        cut = quote.rfind("，", 0, 90)
        quote = quote[:cut if cut > 20 else 90]
    return quote.strip()


def condition_links(texts: list[str], program: str) -> tuple[ConditionLink, ...]:
    """The 推荐条件 of ``program`` that ``texts`` speak to (via the condition lexicon), with quotes."""
    from assistant.notices.tree import load_corpus

    corpus = load_corpus()
    links = []
    for m in match_conditions(texts, program):
        clause = corpus.clause(m.condition.clause_id)
        links.append(ConditionLink(clause.clause_id, m.condition.label, _quote(clause.own_text), m.terms))
    return tuple(links)


def _omitted(items: list[Item], used: list[Item]) -> tuple[str, ...]:
    out = []
    for it in items:
        text = it.text if len(it.text) <= 40 else it.text[:40] + "…"
        out.append(f"（只写入一部分）{text}" if it in used else text)
    return tuple(out)


def suggestions_for(m: Material) -> tuple[str, ...]:
    """Questions that would make a better draft, but that the draft does not wait for."""
    f = m.facts
    out = []
    if not f.name:
        out.append("该同志的姓名是什么？（草稿暂用“该同志”）")
    if not (f.employer or f.position):
        out.append("该同志的工作单位和职务是什么？")
    if not (f.occupation or f.field_detail):
        out.append("该同志从事什么职业（工种）或专业领域？")
    if f.years_in_field is None:
        out.append("该同志从事本职业或行业多少年？")
    texts = [it.text for it in m.items if it.kind not in {"competition", "award", "title"}]
    if texts and not any(has_number(t) for t in texts):
        out.append("这些业绩能否补充具体数字（项数、人数、金额、效率提升比例、服务企业数）？有数字的事迹更有说服力。")
    return tuple(out)


# An achievement that speaks to one of the program's own 推荐条件 ranks above an equally strong one that does not.
CONDITION_BOOST = 1.5
# Kinds a program's form or conditions put first, beyond the condition lexicon: each pack's ``draft_boost``
# (首席技师's 汇总表 box is “获得荣誉称号情况”; 杭州工匠 and 第四届数字工匠 turn on competition results).


def for_program(material: Material, program: str) -> Material:
    """The material re-ranked for ``program``: items matching its 推荐条件 move up."""
    from assistant.programs import get_pack

    boost = get_pack(program).draft_boost
    items = [replace(it, score=it.score + boost.get(it.kind, 0)
                     + (CONDITION_BOOST if match_conditions([it.source], program) else 0))
             for it in material.items]
    items.sort(key=lambda it: -it.score)
    return replace(material, items=tuple(items))


def draft_offline(material: Material, spec: FormLimit) -> Draft:
    """The template composer's draft, checked like any other."""
    text, used, omitted = compose(material, spec.limit, honours_last=spec.honours_last)
    links = condition_links([it.source for it in used], spec.program)
    notes = [spec.note] if spec.note else []
    if omitted:
        notes.append(f"受{spec.limit}字限制，有{len(omitted)}条事实没有写入或只写入一部分（见 omitted），"
                     "可在申报支撑材料中另附。")
    return Draft(text=text, program=spec.program, form=spec, clause_ids=tuple(c.clause_id for c in links),
                 conditions=links, unsupported=tuple(check_grounding(text, material.facts)), mode="offline",
                 notes=tuple(notes), warnings=material.warnings, omitted=_omitted(omitted, used),
                 suggestions=suggestions_for(material))


def draft(facts: Facts | dict, program: str, llm: Any = None) -> Draft:
    """Draft the 主要事迹 of ``program``'s form from ``facts``; with ``llm`` (a chat model), let it write."""
    spec = form_limit(program)
    f = as_facts(facts)
    if not has_achievements(f):
        raise InputError(NO_ACHIEVEMENTS, field="achievements")
    material = for_program(build_material(f, get_settings().today_date()), program)
    if not material.items:
        raise InputError(NO_ACHIEVEMENTS, field="achievements")
    offline = draft_offline(material, spec)
    log.info("draft %s offline: %d/%d 字, %d items, %d omitted, clauses %s", program, offline.char_count,
             spec.limit, len(material.items), len(offline.omitted), ",".join(offline.clause_ids))
    if llm is None:
        return offline
    from assistant.drafting.llm_mode import draft_with_llm

    return draft_with_llm(material, spec, llm, offline)
