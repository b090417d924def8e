"""LLM mode of the extractor: a configured chat model reads the profile through structured output (the
contract's profile schema); the rules-based extractor fills in what it left out and cross-checks what both read.
The checker still decides every verdict from the merged profile.

Cross-check: where the model and the rules read different values for the same scalar field, the rules win
(they never guess: each value they give was literally said) and the disagreement is logged without the
values. A field only the model read is kept if the profile schema accepts it. A model that fails, times out
or answers garbage leaves the rules' profile alone.
"""

from __future__ import annotations

import datetime as dt
import json
import logging
import re
from typing import Any

from assistant.profile import LIST_FIELDS, Profile

__all__ = ["llm_profile", "cross_check"]

log = logging.getLogger(__name__)

_JSON = re.compile(r"\{.*\}", re.S)
_DERIVED_ONLY = ("facts_as_of",)


def _as_dict(result: Any) -> dict:
    if result is None:
        return {}
    if hasattr(result, "model_dump"):
        return result.model_dump(mode="json", exclude_none=True)
    if isinstance(result, dict):
        return {k: v for k, v in result.items() if v is not None}
    return {}


def _from_text(reply: Any) -> dict:
    from assistant.llm import reply_text

    m = _JSON.search(reply_text(reply) or "")
    if not m:
        return {}
    try:
        data = json.loads(m.group())
    except json.JSONDecodeError:
        return {}
    return data if isinstance(data, dict) else {}


def llm_profile(llm, text: str, today: dt.date, known: dict | None = None) -> dict:
    """The profile fields the model reads from ``text`` (``{}`` if the model fails); schema-valid only."""
    from assistant.extract import _valid
    from assistant.prompts import load_prompt

    prompt = load_prompt("extract_profile", today=today.isoformat(), message=text,
                         known=json.dumps(known or {}, ensure_ascii=False))
    data: dict = {}
    try:
        try:
            structured = llm.with_structured_output(Profile)
        except (NotImplementedError, AttributeError):  # a model without tool calling: ask for JSON text
            structured = None
        if structured is not None:
            data = _as_dict(structured.invoke(prompt))
        else:
            data = _from_text(llm.invoke(prompt + "\n\n只输出一个 JSON 对象，键为资料字段名。"))
    except Exception as exc:  # noqa: BLE001 - any model failure falls back to the rules
        log.warning("llm profile extraction failed: %s", exc.__class__.__name__)
        return {}
    data = {k: v for k, v in data.items() if k in Profile.model_fields and k not in _DERIVED_ONLY}
    return _valid(data)


def cross_check(model: dict, rules: dict) -> tuple[dict, tuple[str, ...]]:
    """The merged profile and the fields where the model and the rules disagreed (the rules' value kept)."""
    merged = dict(model)
    disagreed = []
    for field, value in rules.items():
        if field in LIST_FIELDS and isinstance(value, list) and isinstance(merged.get(field), list):
            seen = {json.dumps(v, sort_keys=True, ensure_ascii=False) for v in merged[field]}
            merged[field] = merged[field] + [v for v in value
                                             if json.dumps(v, sort_keys=True, ensure_ascii=False) not in seen]
            continue
        if field in merged and merged[field] != value and field not in LIST_FIELDS:
            disagreed.append(field)
        merged[field] = value
    if disagreed:
        log.info("llm profile: the rules overrode the model on %s", ",".join(disagreed))
    return merged, tuple(disagreed)
