"""The layouts of the notices' forms, as data: 推荐表/申报表 rows for .docx, 汇总表 columns for .xlsx.

Field names and their order are the forms' own (``附件`` of each notice; a test checks that every label
is in the form's clause text). A cell is a label (``L``), a value taken from the facts or the draft (``V``),
fixed text the form prints, such as the stamp box (``B``), or a heading across the table (``H``).
Signature, stamp and photo boxes stay empty.

Each programme's own layouts live in its pack (``assistant/programs/<id>/form.py``). Programs whose notice has no 汇总表 (第四届数字工匠 mentions one without a form, 杭州工匠, 浙派工匠) get a
generic sheet: the columns of their own 推荐表, marked as such in the sheet.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from dataclasses import dataclass

__all__ = ["Cell", "L", "V", "B", "H", "FormLayout", "SheetLayout", "FORMS", "SHEETS", "STAMP", "GENERIC_SHEET_NOTE",
           "form_layout", "sheet_layout"]


@dataclass(frozen=True)
class Cell:
    kind: str  # "L" label, "V" value, "B" fixed text, "H" heading across the table
    text: str  # the label / fixed text, or the value's key


def L(text: str) -> Cell:  # noqa: N802 - reads like the form
    return Cell("L", text)


def V(key: str) -> Cell:  # noqa: N802
    return Cell("V", key)


def B(text: str = "") -> Cell:  # noqa: N802
    return Cell("B", text)


def H(text: str) -> Cell:  # noqa: N802
    return Cell("H", text)


STAMP = "（盖章）\n年    月    日"


@dataclass(frozen=True)
class FormLayout:
    title: str
    clause_id: str | None
    rows: tuple[tuple[Cell, ...], ...]
    before: tuple[str, ...] = ()  # paragraphs above the table
    after: tuple[str, ...] = ()  # paragraphs below it


@dataclass(frozen=True)
class SheetLayout:
    title: str
    clause_id: str | None  # None: generic layout, the notice has no 汇总表
    columns: tuple[tuple[str, str], ...]  # (header as the form writes it, value key)
    before: tuple[str, ...] = ()
    after: tuple[str, ...] = ()


GENERIC_SHEET_NOTE = "通知未附汇总表样式；本表为通用格式，列取自该项目推荐表的字段，供单位汇总报送时参考。"


def form_layout(program: str) -> FormLayout:
    """The 推荐表/申报表 of ``program``, from its pack."""
    from assistant.programs import get_pack

    return get_pack(program).module("form").FORM


def sheet_layout(program: str) -> SheetLayout:
    """The 汇总表 of ``program``, from its pack."""
    from assistant.programs import get_pack

    return get_pack(program).module("form").SHEET


class _ByProgram(Mapping):
    """A read-only ``{program: layout}`` view over the registered packs."""

    def __init__(self, get):
        self._get = get

    def __getitem__(self, program: str):
        return self._get(program)

    def __iter__(self) -> Iterator[str]:
        from assistant.programs import program_ids

        return iter(program_ids())

    def __len__(self) -> int:
        from assistant.programs import program_ids

        return len(program_ids())


FORMS: Mapping[str, FormLayout] = _ByProgram(form_layout)
SHEETS: Mapping[str, SheetLayout] = _ByProgram(sheet_layout)
