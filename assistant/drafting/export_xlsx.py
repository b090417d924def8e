"""The 汇总表 of several candidates as .xlsx, in the column layout of the notice's own 汇总表.

    export_xlsx(load_candidates("candidates.json"), "hz_digital_craftsman_2023", "汇总表.xlsx")

Candidates come from a JSON list (or ``{"candidates": [...]}``), JSON Lines, or CSV (one row per person;
headers are facts keys or the forms' Chinese labels; list cells split on "；"). A candidate without a
主要事迹 gets one drafted offline; one given is kept but checked against the limit. 首届数字工匠 (附件3) and
首席技师 (附件1) have a 汇总表 in their notice; the other programs get a generic sheet built from their
推荐表's fields, titled as such (see ``forms.SHEETS``).
"""

from __future__ import annotations

import csv
import io
import json
import logging
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from assistant.config import get_settings
from assistant.drafting.core import draft
from assistant.drafting.forms import SHEETS
from assistant.drafting.grounding import check_grounding
from assistant.drafting.limits import form_limit
from assistant.drafting.material import as_facts
from assistant.drafting.text import count_chars
from assistant.drafting.values import form_values
from assistant.errors import AssistantError, InputError

__all__ = ["SheetResult", "export_xlsx", "load_candidates", "HEADER_ALIASES"]

log = logging.getLogger(__name__)

# Chinese column headers (as the forms write them) -> facts keys, for CSV input.
HEADER_ALIASES = {
    "姓名": "name", "性别": "gender", "出生年月": "birth_date", "身份证号": "id_card", "手机号码": "phone",
    "手机": "phone", "联系电话": "landline", "工作单位": "employer", "职务": "position", "岗位": "post",
    "行政职务": "admin_position", "学历": "education", "文化程度": "education", "政治面貌": "political_status",
    "籍贯": "native_place", "民族": "ethnicity", "专业领域": "occupation", "职业（工种）": "occupation",
    "细分领域": "field_detail", "行业细分": "field_detail", "从业年限": "years_in_field", "技能等级": "skill_level",
    "等级": "skill_level", "职称等级": "title_level", "人才认定等级": "talent_level", "主要业绩": "achievements",
    "主要成果": "main_results", "主要荣誉": "honours", "曾获荣誉": "honours", "带徒情况": "trained_apprentices",
    "主要事迹": "main_deeds", "通讯地址": "address", "工匠宣言": "motto",
}
_LIST_FIELDS = {"achievements", "main_results", "honours", "prior_titles"}
_JSON_FIELDS = {"awards", "competition_results"}
_NUMBER_FIELDS = {"years_in_field", "years_full_time_in_hangzhou", "years_full_time_in_zhejiang"}


@dataclass(frozen=True)
class SheetResult:
    path: Path
    program: str
    title: str
    clause_id: str | None
    columns: tuple[str, ...]
    rows: int
    drafted: int
    warnings: tuple[str, ...]

    def to_json(self) -> dict:
        return {"path": str(self.path), "program": self.program, "title": self.title,
                "layout": "notice" if self.clause_id else "generic", "clause_id": self.clause_id,
                "columns": list(self.columns), "rows": self.rows, "drafted": self.drafted,
                "warnings": list(self.warnings)}


def _csv_row(row: dict[str, str], number: int) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for header, raw in row.items():
        if header is None or raw is None or not str(raw).strip():
            continue
        key = HEADER_ALIASES.get(header.strip().split("（")[0].strip(), header.strip())
        value = str(raw).strip()
        if key in _LIST_FIELDS:
            out[key] = [v.strip() for v in value.replace(";", "；").replace("\n", "；").split("；") if v.strip()]
        elif key in _JSON_FIELDS:
            try:
                out[key] = json.loads(value)
            except json.JSONDecodeError:
                if key == "awards":  # a plain list of names is the common way to write them
                    out[key] = [{"kind": v.strip()} for v in value.replace(";", "；").split("；") if v.strip()]
                else:
                    raise InputError(f"候选人表第 {number} 行的 {header} 应为 JSON。", field=header) from None
        elif key in _NUMBER_FIELDS:
            try:
                out[key] = float(value.rstrip("年"))
            except ValueError:
                raise InputError(f"候选人表第 {number} 行的 {header}“{value}”不是数字。", field=header) from None
        else:
            out[key] = value
    return out


def _decode(raw: bytes, name: str) -> str:
    """The file's text: UTF-8 (with or without BOM) first; otherwise the encoding charset-normalizer detects
    (a CSV saved by Excel on Chinese Windows is GBK/GB18030)."""
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        pass
    from charset_normalizer import from_bytes

    best = from_bytes(raw).best()
    if best is None:
        raise InputError(f"无法识别候选人文件“{name}”的文字编码，请用 Excel“另存为 CSV UTF-8”或 GBK 编码后再上传。",
                         field="candidates")
    log.info("candidates file decoded as %s", best.encoding)
    return str(best)


def load_candidates(path: str | Path) -> list[dict[str, Any]]:
    """Read candidates from .json, .jsonl or .csv (UTF-8 with or without BOM, or GBK as Excel saves it).
    Messages name the file, never its server path."""
    path = Path(path)
    name = path.name
    try:
        raw = _decode(path.read_bytes(), name)
    except FileNotFoundError:
        raise InputError(f"找不到候选人文件“{name}”，请重新上传。", field="candidates") from None
    except OSError:
        raise InputError(f"无法读取候选人文件“{name}”，请重新上传。", field="candidates") from None
    if not raw.strip():
        raise InputError(f"候选人文件“{name}”是空的。", field="candidates")
    if path.suffix.lower() == ".csv":
        return [_csv_row(row, n) for n, row in enumerate(csv.DictReader(io.StringIO(raw)), start=2)]
    try:
        if path.suffix.lower() == ".jsonl":
            data: Any = [json.loads(line) for line in raw.splitlines() if line.strip()]
        else:
            data = json.loads(raw)
    except json.JSONDecodeError as exc:
        raise InputError(f"候选人文件“{name}”不是有效的 JSON（第 {exc.lineno} 行）。", field="candidates") from None
    if isinstance(data, dict):
        data = data.get("candidates")
    if not isinstance(data, list) or not all(isinstance(x, dict) for x in data):
        raise InputError("候选人文件应为候选人对象的列表，或 {\"candidates\": [...]}。", field="candidates")
    return [x.get("facts", x) if isinstance(x.get("facts"), dict) else x for x in data]


def _row(candidate: dict[str, Any], n: int, program: str, warnings: list[str]) -> tuple[dict[str, str], bool]:
    spec = form_limit(program)
    given = candidate.get("主要事迹") or candidate.get("main_deeds")
    facts = as_facts({k: v for k, v in candidate.items() if k not in {"主要事迹", "main_deeds"}})
    who = f"第{n}位候选人" + (f"（{facts.name}）" if facts.name else "")
    remark: list[str] = []
    drafted = False
    if given:
        text = str(given).strip()
        if count_chars(text) > spec.limit:
            raise InputError(f"{who}的主要事迹有{count_chars(text)}字，超过{spec.limit}字的限制，请压缩后再汇总。",
                             field=f"candidates[{n - 1}].main_deeds")
        unsupported = check_grounding(text, facts)
        if unsupported:
            warnings.append(f"{who}：已填的主要事迹中有内容在事实中找不到依据：{'、'.join(unsupported)}")
    else:
        try:
            result = draft(facts, program)
        except AssistantError as exc:
            text = ""
            remark.append("未起草：缺少业绩")
            warnings.append(f"{who}：{exc.message}")
        else:
            text, drafted = result.text, True
            warnings.extend(f"{who}：{w}" for w in result.warnings)
    values = form_values(facts, text, get_settings().today_date())
    values["seq"] = str(n)
    values["remark"] = "；".join(remark)
    return values, drafted


def export_xlsx(candidates: list[dict[str, Any]], program: str, path: str | Path) -> SheetResult:
    """Write the 汇总表 for ``candidates`` to ``path``."""
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font
    from openpyxl.utils import get_column_letter

    form_limit(program)
    layout = SHEETS[program]
    if not candidates:
        raise InputError("候选人列表是空的。", field="candidates")
    warnings: list[str] = []
    rows, drafted = [], 0
    for n, candidate in enumerate(candidates, start=1):
        values, was_drafted = _row(candidate, n, program, warnings)
        rows.append(values)
        drafted += was_drafted
    wb = Workbook()
    ws = wb.active
    ws.title = "汇总表"
    width = len(layout.columns)
    ws.append([layout.title])
    ws.merge_cells(start_row=1, start_column=1, end_row=1, end_column=width)
    ws["A1"].font = Font(bold=True, size=14)
    ws["A1"].alignment = Alignment(horizontal="center")
    for line in layout.before:
        ws.append([line])
    ws.append([header for header, _ in layout.columns])
    for cell in ws[ws.max_row]:
        cell.font = Font(bold=True)
    for values in rows:
        ws.append([values.get(key, "") for _, key in layout.columns])
        for cell in ws[ws.max_row]:
            cell.alignment = Alignment(wrap_text=True, vertical="top")
    for line in layout.after:
        ws.append([line])
    for i, (header, key) in enumerate(layout.columns, start=1):
        wide = key in {"main_deeds", "main_results3", "honours3"}
        ws.column_dimensions[get_column_letter(i)].width = 60 if wide else max(8, len(header) * 2 + 2)
    path = Path(path)
    try:
        wb.save(str(path))
    except OSError as exc:
        log.warning("cannot write %s: %s", path, exc.__class__.__name__)
        raise InputError(f"无法写入汇总表“{path.name}”，请稍后重试。", field="xlsx") from None
    log.info("summary sheet %s: %d rows, %d drafted", program, len(rows), drafted)
    return SheetResult(path, program, layout.title, layout.clause_id, tuple(h for h, _ in layout.columns),
                       len(rows), drafted, tuple(warnings))
