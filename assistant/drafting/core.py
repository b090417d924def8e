"""``draft(facts, program, llm=None)``: the 主要事迹 a program's form asks for, checked and cited.

Offline (no model) the template composer writes it. With a chat model, the model writes it and the same
checks run afterwards (see ``llm_mode``). Either way the text is within the form's limit, every number
and name in it is backed by the facts (``unsupported`` lists any that is not), and ``clause_ids`` name the
推荐条件 the written achievements speak to.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import logging
from dataclasses import replace
from typing import Any

from assistant.drafting.compose import compose
from assistant.drafting.grounding import check_grounding
from assistant.drafting.limits import FormLimit, form_limit
from assistant.drafting.links import condition_links
from assistant.drafting.llm_mode import draft_with_llm
from assistant.drafting.material import Item, Material, as_facts, build_material, has_achievements
from assistant.drafting.model import ConditionLink, Draft
from assistant.drafting.text import has_number
from assistant.eligibility.conditions import match_conditions
from assistant.errors import InputError
from assistant.notices.tree import Corpus
from assistant.profile import Facts

__all__ = ["Draft", "ConditionLink", "draft", "draft_offline", "condition_links", "NO_ACHIEVEMENTS"]

log = logging.getLogger(__name__)

NO_ACHIEVEMENTS = ("还没有可以写进主要事迹的业绩。请提供该同志的主要业绩（最好带具体数字，如“主导制定团体标准2项”"
                   "“带徒12人”“年节约成本500万元”），以及竞赛成绩、获奖或荣誉称号。助手不会编造事迹。")


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
    if not (f.occupation or f.field_detail or f.position):  # a post (架构师, 车工) already says the line of work
        out.append("该同志从事什么职业（工种）或专业领域？")
    if f.years_in_field is None and not (f.employer_since or f.work_start):  # the draft counts from the start
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


def draft_offline(material: Material, spec: FormLimit, corpus: Corpus) -> Draft:
    """The template composer's draft, checked like any other."""
    text, used, omitted = compose(material, spec.limit, honours_last=spec.honours_last)
    links = condition_links([it.source for it in used], spec.program, corpus)
    notes = [spec.note] if spec.note else []
    if omitted:
        notes.append(f"受{spec.limit}字限制，有{len(omitted)}条事实没有写入或只写入一部分（见“未写入的事实”），"
                     "可在申报支撑材料中另附。")
    return Draft(text=text, program=spec.program, form=spec, clause_ids=tuple(c.clause_id for c in links),
                 conditions=links, unsupported=tuple(check_grounding(text, material.facts, material.as_of)), mode="offline",
                 notes=tuple(notes), warnings=material.warnings, omitted=_omitted(omitted, used),
                 suggestions=suggestions_for(material))


def draft(facts: Facts | dict, program: str, llm: Any = None, *, corpus: Corpus | None = None,
          today: dt.date | None = None, limit: int | None = None) -> Draft:
    """Draft the 主要事迹 of ``program``'s form from ``facts``; with ``llm`` (a chat model), let it write.

    ``limit`` is a length the user asked for, below the form's (the form's limit otherwise).
    ``corpus`` and ``today`` come from the caller (the chat passes its ``Deps``); None means the settings'
    corpus and today, a default kept for library callers only.
    """
    corpus, today = _defaults(corpus, today)
    spec = form_limit(program)
    if limit is not None and limit < spec.limit:  # the user asked for less than the form allows ("短一点")
        spec = dataclasses.replace(spec, limit=limit)
    f = as_facts(facts)
    if not has_achievements(f):
        raise InputError(NO_ACHIEVEMENTS, field="achievements")
    material = for_program(build_material(f, today), program)
    if not material.items:
        raise InputError(NO_ACHIEVEMENTS, field="achievements")
    offline = draft_offline(material, spec, corpus)
    log.info("draft %s offline: %d/%d 字, %d items, %d omitted, clauses %s", program, offline.char_count,
             spec.limit, len(material.items), len(offline.omitted), ",".join(offline.clause_ids))
    if llm is None:
        return offline
    return draft_with_llm(material, spec, llm, offline, corpus)


def _defaults(corpus: Corpus | None, today: dt.date | None) -> tuple[Corpus, dt.date]:
    """The settings' corpus and today, for a library caller that passes neither (the public edge only)."""
    if corpus is None or today is None:
        from assistant.config import get_settings
        from assistant.notices.tree import load_corpus

        settings = get_settings()
        corpus = corpus or load_corpus(settings.corpus_dir)
        today = today or settings.today_date()
    return corpus, today
