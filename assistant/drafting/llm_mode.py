"""LLM mode: the model writes the 主要事迹, then the offline checks decide what may stay.

1. The prompt (``prompts/draft_main_deeds.md``) gets the ranked facts, never the ID card or phone.
2. Over the limit: the model is asked once to shorten (``draft_main_deeds_shorten``); still over, the
   text is cut at sentence ends deterministically (a lone sentence at the same safe cuts the offline
   composer uses).
3. Grounding: every sentence holding something the facts do not back (a number, year, quoted name, award
   or organisation) is removed, and the removed spans are reported in ``removed``. If that leaves less
   than half of what the model wrote, the offline draft is used instead, with a note.
4. The model failing in any way (timeout, connection, bad reply) falls back to the offline draft.
"""

from __future__ import annotations

import logging
import math
import re
from dataclasses import replace

from assistant.drafting.grounding import check_grounding, evidence_of
from assistant.drafting.limits import FormLimit
from assistant.drafting.links import condition_links
from assistant.drafting.material import Material
from assistant.drafting.model import Draft
from assistant.drafting.text import count_chars, safe_prefixes
from assistant.eligibility.conditions import conditions_for, match_conditions
from assistant.llm import reply_text
from assistant.notices.text import sentences
from assistant.notices.tree import Corpus
from assistant.pii import contains_pii, redact
from assistant.prompts import load_prompt

__all__ = ["draft_with_llm", "clean_reply", "trim_to_limit"]

log = logging.getLogger(__name__)

_LABEL = re.compile(r"^\s*(?:#+\s*)?(?:主要事迹(?:简介)?|获得荣誉称号情况|草稿|正文)\s*[：:]\s*")


def clean_reply(raw: str) -> str:
    """The reply as one paragraph: no code fences, headings, markdown emphasis or wrapping quotes."""
    text = re.sub(r"```[a-z]*", "", raw or "").replace("**", "")
    lines = [_LABEL.sub("", ln).strip() for ln in text.splitlines()]
    text = "".join(ln for ln in lines if ln and not ln.startswith("#"))
    if len(text) > 2 and text[0] in "“\"" and text[-1] in "”\"" and text.count(text[0]) == 1:
        text = text[1:-1]
    return text.strip()


def trim_to_limit(text: str, limit: int) -> str:
    """Drop whole sentences from the end until the text fits; cut the first one safely if it alone is too long."""
    parts = sentences(text)
    while parts and count_chars("".join(parts)) > limit:
        if len(parts) == 1:
            fitting = [p for p in safe_prefixes(parts[0], min_len=1) if p and count_chars(p) + 1 <= limit]
            return max(fitting, key=count_chars) + "。" if fitting else ""
        parts.pop()
    return "".join(parts)


def _variables(material: Material, spec: FormLimit, corpus: Corpus) -> dict:
    meta = corpus.meta(spec.program)
    identity = "；".join(material.intro_parts) or "（未提供）"
    facts = "\n".join(f"{i}. {it.text}" for i, it in enumerate(material.items, start=1))
    conditions = "\n".join(f"- {c.label}" for c in conditions_for(spec.program)) or "- （通知未列出）"
    closing = "\n   按汇总表格式，最后一句以“主要荣誉：”开头列出所获荣誉。" if spec.honours_last else ""
    return {"honour": meta.honour, "form": spec.form or "推荐材料", "field": spec.field, "limit": spec.limit,
            "target_min": math.ceil(spec.limit * 0.85), "subject": material.subject,
            "identity": f"{material.subject}：{identity}", "facts": facts, "conditions": conditions,
            "closing": closing}


def _ask(llm, prompt: str) -> str:
    return clean_reply(reply_text(llm.invoke(prompt)))


def _fallback(offline: Draft, why: str) -> Draft:
    return replace(offline, notes=offline.notes + (why,))


def draft_with_llm(material: Material, spec: FormLimit, llm, offline: Draft, corpus: Corpus) -> Draft:
    evidence = evidence_of(material.facts, material.as_of)  # once, not per sentence
    variables = _variables(material, spec, corpus)
    notes: list[str] = []
    try:
        text = _ask(llm, load_prompt("draft_main_deeds", **variables))
        if count_chars(text) > spec.limit:
            first = count_chars(text)
            text = _ask(llm, load_prompt("draft_main_deeds_shorten", limit=spec.limit, count=first,
                                         target_min=variables["target_min"], text=text))
            notes.append(f"模型初稿{first}字，超过{spec.limit}字，已请模型压缩一次。")
    except Exception as exc:  # timeout, connection, rate limit, a broken reply: the offline draft is always there
        log.warning("draft %s: chat model failed (%s); using the offline draft", spec.program, type(exc).__name__)
        return _fallback(offline, f"模型调用失败（{type(exc).__name__}），已改用离线模板起草。")
    written = count_chars(text)  # what the model wrote, before anything it could not back was taken out
    kept, removed = [], []
    for sentence in dict.fromkeys(sentences(text)):  # a sentence the model repeated is said once
        bad = check_grounding(sentence, evidence)
        if bad or contains_pii(sentence):
            removed.extend(redact(b) for b in bad or ["身份证号或电话号码"])  # never echo an ID card back
        else:
            kept.append(sentence)
    text = "".join(kept)
    grounded = count_chars(text)
    if grounded > spec.limit:
        text = trim_to_limit(text, spec.limit)
        notes.append(f"压缩后仍超过{spec.limit}字，已按句删去末尾内容。")
    log.info("draft %s llm: %d 字 written, %d kept, %d unsupported removed", spec.program, written,
             count_chars(text), len(removed))
    if not text or grounded < written / 2:
        why = (f"模型草稿中有{len(removed)}处内容在事实中找不到依据（{'、'.join(removed[:5])}），"
               "删去后所剩不多，已改用离线模板起草。") if removed else "模型草稿无法在字数内保留足够内容，已改用离线模板起草。"
        return replace(_fallback(offline, why), removed=tuple(removed))
    if removed:
        notes.append(f"已删去模型写的、事实中找不到依据的内容：{'、'.join(removed)}。")
    # Conditions both the facts and the final text speak to.
    in_text = {m.condition.clause_id for m in match_conditions([text], spec.program)}
    links = tuple(c for c in condition_links([it.source for it in material.items], spec.program, corpus)
                  if c.clause_id in in_text)
    return Draft(text=text, program=spec.program, form=spec, clause_ids=tuple(c.clause_id for c in links),
                 conditions=links, unsupported=tuple(check_grounding(text, evidence)), mode="llm",
                 notes=tuple(([spec.note] if spec.note else []) + notes), warnings=material.warnings,
                 removed=tuple(removed), suggestions=offline.suggestions)
