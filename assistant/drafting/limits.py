"""Where each notice's form takes the 主要事迹, and its word limit, quoted from the form itself.

The rows are the packs' ``[form_limit]`` tables. ``limit_quote`` is a substring of ``limit_clause_id``'s text
(a test checks it), so every limit the drafter applies can be shown with its source. A notice with no form
or no limit (浙派工匠's 办法) says so and uses ``DEFAULT_LIMIT``.
"""

from __future__ import annotations

from dataclasses import dataclass

from assistant.programs import get_pack, packs

__all__ = ["FormLimit", "DEFAULT_LIMIT", "form_limit", "form_limits", "FORM_LIMITS"]  # noqa: F822 - some names come from __getattr__

# Used where a notice sets no limit: the longest limit any of the five forms sets (杭州工匠, 600字以内).
DEFAULT_LIMIT = 600


@dataclass(frozen=True)
class FormLimit:
    program: str
    form: str | None  # the form the exported .docx reproduces, as the notice titles it
    form_clause_id: str | None
    field: str  # the form's box that takes the text
    limit: int
    limit_clause_id: str | None
    limit_quote: str | None
    note: str = ""
    honours_last: bool = False  # the form wants "… 主要荣誉：被评为…" to close the text

    def to_json(self) -> dict:
        return {"form": self.form, "form_clause_id": self.form_clause_id, "field": self.field, "limit": self.limit,
                "limit_clause_id": self.limit_clause_id, "limit_quote": self.limit_quote}


def form_limit(program: str) -> FormLimit:
    """The row for ``program``; NotFoundError (with suggestions) for an unknown id."""
    pack = get_pack(program)
    spec = pack.form_limit
    if spec is None:
        return FormLimit(pack.id, None, None, "主要事迹", DEFAULT_LIMIT, None, None,
                         f"通知没有规定主要事迹的字数，按默认{DEFAULT_LIMIT}字以内起草。")
    return FormLimit(pack.id, spec.form, pack.clause(spec.form_clause), spec.field, spec.limit or DEFAULT_LIMIT,
                     pack.clause(spec.limit_clause), spec.limit_quote, spec.note, spec.honours_last)


def form_limits() -> tuple[FormLimit, ...]:
    """One row per registered programme, in display order."""
    return tuple(form_limit(p.id) for p in packs())


def __getattr__(name: str):
    if name == "FORM_LIMITS":  # the rows of the built-in packs, for callers that want a constant
        return form_limits()
    raise AttributeError(name)
