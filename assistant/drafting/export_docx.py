"""The filled 推荐表 (or 申报表) of a program as .docx: the form's own fields, in its order, as one table.

    export_docx(facts, "hz_digital_craftsman_2026", draft, "推荐表.docx")

The 主要事迹 box holds the draft; the signature, stamp and photo boxes stay empty for the unit to fill.
"""

from __future__ import annotations

import logging
from pathlib import Path

from assistant.config import get_settings
from assistant.drafting.core import Draft
from assistant.drafting.forms import FORMS, Cell, FormLayout
from assistant.drafting.limits import form_limit
from assistant.drafting.material import as_facts
from assistant.drafting.values import form_values
from assistant.errors import InputError
from assistant.profile import Facts

__all__ = ["export_docx"]

log = logging.getLogger(__name__)


def _width(layout: FormLayout) -> int:
    return max(len(row) for row in layout.rows)


def _fill(cell, text: str, bold: bool = False) -> None:
    from docx.shared import Pt

    cell.text = ""
    lines = text.split("\n")
    paragraph = cell.paragraphs[0]
    for i, line in enumerate(lines):
        run = paragraph.add_run(line)
        run.bold = bold
        run.font.size = Pt(10.5)
        if i < len(lines) - 1:
            run.add_break()


def _render_row(table, row_cells: tuple[Cell, ...], values: dict[str, str], width: int) -> None:
    row = table.add_row()
    # The last cell spans the rest of the row, as the wide boxes (主要事迹, 意见) do on paper.
    cells = list(row.cells)
    if len(row_cells) < width:
        cells[len(row_cells) - 1].merge(cells[width - 1])
    for i, spec in enumerate(row_cells):
        target = row.cells[i]
        if spec.kind == "V":
            _fill(target, values.get(spec.text, ""))
        elif spec.kind in {"L", "H"}:
            _fill(target, spec.text, bold=True)
        else:
            _fill(target, spec.text)


def export_docx(facts: Facts | dict, program: str, draft: Draft | None, path: str | Path) -> Path:
    """Write the filled form to ``path`` and return it. ``draft`` None leaves the 主要事迹 box empty."""
    try:
        from docx import Document
        from docx.enum.text import WD_ALIGN_PARAGRAPH
    except ImportError:  # pragma: no cover - python-docx is a dependency
        raise InputError("没有安装 python-docx，无法导出 .docx；请运行 make install。") from None
    spec = form_limit(program)
    layout = FORMS[program]
    f = as_facts(facts)
    values = form_values(f, draft.text if draft else "", get_settings().today_date())
    doc = Document()
    heading = doc.add_paragraph()
    heading.alignment = WD_ALIGN_PARAGRAPH.CENTER
    run = heading.add_run(layout.title)
    run.bold = True
    for line in layout.before:
        doc.add_paragraph(line.format(**values))
    width = _width(layout)
    table = doc.add_table(rows=0, cols=width)
    table.style = "Table Grid"
    for row_cells in layout.rows:
        _render_row(table, row_cells, values, width)
    for line in layout.after:
        doc.add_paragraph(line)
    if spec.note or layout.clause_id is None:
        note = doc.add_paragraph()
        note.add_run(f"说明：{spec.note}" if spec.note else "说明：本表为通用格式。").italic = True
    path = Path(path)
    if path.parent and not path.parent.exists():
        log.warning("export directory missing: %s", path.parent)
        raise InputError(f"无法保存推荐表“{path.name}”：导出目录不存在。", field="docx")
    try:
        doc.save(str(path))
    except OSError as exc:
        log.warning("cannot write %s: %s", path, exc.__class__.__name__)
        raise InputError(f"无法写入推荐表“{path.name}”，请稍后重试。", field="docx") from None
    log.info("exported %s form for %s", program, "one applicant")
    return path
