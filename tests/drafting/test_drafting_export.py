"""Exports (the filled 推荐表 as .docx, the 汇总表 as .xlsx) and the draft / summary-sheet commands."""

from __future__ import annotations

import csv
import json
import re

import pytest

from assistant.cli import main
from assistant.drafting import draft, export_docx, export_xlsx, load_candidates
from assistant.drafting.forms import FORMS, SHEETS
from assistant.errors import InputError
from assistant.notices.metadata import PROGRAM_IDS
from tests.drafting_support import APPLICANT, ID_CARD

FACTS = {
    **APPLICANT, "gender": "男", "birth_date": "1986-05", "occupation": "人工智能训练师",
    "skill_level": "高级技师", "title_level": "高级工程师", "years_in_field": 12, "field_detail": "工业互联网",
    "achievements": ["主导制定团体标准2项", "带领团队打造设备运维AI智能体，服务企业300家",
                     "创新“三步定位”故障排查工作法，平均排障时间缩短35%"],
    "trained_apprentices": "带徒12人",
    "competition_results": [{"level": "provincial", "rank": 1, "year": 2025, "type": "individual",
                             "field": "浙江省数字经济行业职业技能竞赛"}],
    "awards": [{"level": "national", "kind": "全国技术能手", "year": 2021}],
}
FORMS_WITH_ID = [p for p in PROGRAM_IDS if any(c.text == "id_card" for row in FORMS[p].rows for c in row)]


def _docx_cells(path) -> list[list[str]]:
    from docx import Document

    doc = Document(str(path))
    rows = []
    for row in doc.tables[0].rows:
        seen, cells = set(), []
        for cell in row.cells:
            if id(cell._tc) not in seen:
                seen.add(id(cell._tc))
                cells.append(cell.text)
        rows.append(cells)
    return rows


def _value_after(rows, label: str) -> str:
    for cells in rows:
        for i, text in enumerate(cells[:-1]):
            if text.split("\n")[0] == label:
                return cells[i + 1]
    raise AssertionError(f"no field {label}")


def run(capsys, *args):
    with pytest.raises(SystemExit) as exit_info:
        main(list(args))
    return exit_info.value.code, capsys.readouterr().out


@pytest.mark.parametrize("program", PROGRAM_IDS)
def test_form_labels_are_the_forms_own(corpus, program):
    layout = FORMS[program]
    if layout.clause_id is None:
        return  # 浙派工匠: generic, says so in its title
    text = re.sub(r"\s", "", corpus.clause(layout.clause_id).text)
    for row in layout.rows:
        for cell in row:
            if cell.kind in {"L", "H"}:
                assert re.sub(r"\s", "", cell.text.split("\n")[0]) in text, cell.text


@pytest.mark.parametrize("program", PROGRAM_IDS)
def test_docx_opens_and_holds_the_draft(tmp_path, program):
    d = draft(FACTS, program)
    path = export_docx(FACTS, program, d, tmp_path / "form.docx")
    rows = _docx_cells(path)
    assert any(d.text in cell for cells in rows for cell in cells)
    assert _value_after(rows, "姓名") == "张伟"
    if program in FORMS_WITH_ID:
        assert _value_after(rows, "身份证号") == ID_CARD
    # The ID card is in its own field only.
    assert sum(ID_CARD in cell for cells in rows for cell in cells) == (1 if program in FORMS_WITH_ID else 0)


def test_docx_2026_layout_and_empty_signature_boxes(tmp_path):
    path = export_docx(FACTS, "hz_digital_craftsman_2026", draft(FACTS, "hz_digital_craftsman_2026"), tmp_path / "a.docx")
    rows = _docx_cells(path)
    labels = [cells[0].split("\n")[0] for cells in rows]
    assert labels[:3] == ["姓名", "学历", "身份证号"]
    assert labels.index("主要事迹") < labels.index("本人承诺") < labels.index("所在单位意见")
    assert _value_after(rows, "所在单位意见").startswith("（盖章）")
    assert "张伟" not in _value_after(rows, "本人承诺")  # the signature stays for the applicant
    assert _value_after(rows, "2025年以来是否获得全国、省、市数字经济行业职业技能竞赛个人第一名").startswith("是")
    assert _value_after(rows, "主要事迹").startswith("张伟同志")


def test_chief_technician_form_spreads_facts_over_its_sections(tmp_path):
    d = draft(FACTS, "hz_chief_technician_2021")
    rows = _docx_cells(export_docx(FACTS, "hz_chief_technician_2021", d, tmp_path / "c.docx"))
    assert "浙江省数字经济行业职业技能竞赛" in _value_after(rows, "参加技能竞赛获奖情况")
    assert "全国技术能手" in _value_after(rows, "何年何月获得何种荣誉称号")
    assert "三步定位" in _value_after(rows, "创造先进生产操作法情况")
    assert _value_after(rows, "个人总结") == d.text


@pytest.mark.parametrize(("program", "columns"), [
    ("hz_digital_craftsman_2023", ["序号", "姓名", "性别", "身份证号", "专业领域", "从业年限", "职称/技能等级", "单位及职务",
                                   "主要事迹（400字以内）", "主要成果（不超过3项）", "主要荣誉（不超过3项）", "行业细分", "备注"]),
    ("hz_chief_technician_2021", ["序号", "姓名", "性别", "出生年月", "工作单位", "岗位", "行政职务", "职业（工种）", "等级",
                                  "获得荣誉称号情况 (300字以内)"]),
])
def test_xlsx_has_the_notices_columns(tmp_path, corpus, program, columns):
    from openpyxl import load_workbook

    assert "\t".join(columns) in corpus.clause(SHEETS[program].clause_id).text
    candidates = [FACTS, {"name": "李娜", "gender": "女", "achievements": ["参与制定地方标准1项"],
                          "主要事迹": "李娜同志参与制定地方标准1项。"}]
    result = export_xlsx(candidates, program, tmp_path / "s.xlsx")
    ws = load_workbook(tmp_path / "s.xlsx").active
    rows = [[c.value for c in row] for row in ws.iter_rows()]
    header = next(r for r in rows if r[0] == "序号")
    assert header == columns
    body = rows[rows.index(header) + 1:rows.index(header) + 3]
    record = dict(zip(columns, body[0], strict=True))
    assert record["姓名"] == "张伟" and record["序号"] == "1"
    deeds = record[columns[9] if program == "hz_chief_technician_2021" else "主要事迹（400字以内）"]
    assert deeds == draft(FACTS, program).text
    assert dict(zip(columns, body[1], strict=True))[columns[columns.index("姓名")]] == "李娜"
    assert "李娜同志参与制定地方标准1项。" in body[1]  # a given 主要事迹 is kept as given
    assert result.drafted == 1 and result.clause_id == SHEETS[program].clause_id
    if "身份证号" in columns:
        assert record["身份证号"] == ID_CARD


@pytest.mark.parametrize("program", ["hz_digital_craftsman_2026", "hz_craftsman_2016", "zj_craftsman_2023"])
def test_programs_without_a_summary_sheet_get_a_generic_one_that_says_so(tmp_path, program):
    from openpyxl import load_workbook

    result = export_xlsx([FACTS], program, tmp_path / "g.xlsx")
    assert result.to_json()["layout"] == "generic"
    ws = load_workbook(tmp_path / "g.xlsx").active
    assert "通用格式" in ws["A1"].value
    assert any("通用格式" in str(r[0].value) for r in ws.iter_rows(min_row=2, max_row=3))


def test_summary_sheet_rejects_an_overlong_given_text(tmp_path):
    with pytest.raises(InputError) as err:
        export_xlsx([{**FACTS, "主要事迹": "事" * 401}], "hz_digital_craftsman_2023", tmp_path / "x.xlsx")
    assert "401字" in err.value.message and "400字" in err.value.message


def test_candidates_from_csv_with_the_forms_headers(tmp_path):
    path = tmp_path / "c.csv"
    with path.open("w", encoding="utf-8-sig", newline="") as fh:
        writer = csv.writer(fh)
        writer.writerow(["姓名", "性别", "身份证号", "从业年限", "主要业绩", "主要荣誉", "awards"])
        writer.writerow(["王强", "男", ID_CARD, "15年", "攻克焊接难题3项；带徒8人", "杭州市劳动模范",
                         '[{"kind": "浙江省技术能手", "year": 2020}]'])
    [candidate] = load_candidates(path)
    assert candidate["name"] == "王强" and candidate["years_in_field"] == 15
    assert candidate["achievements"] == ["攻克焊接难题3项", "带徒8人"]
    assert candidate["awards"][0]["kind"] == "浙江省技术能手"


# --- CLI -------------------------------------------------------------------------------------

def test_cli_draft_json_and_docx(tmp_path, capsys):
    facts = tmp_path / "facts.json"
    facts.write_text(json.dumps(FACTS, ensure_ascii=False), encoding="utf-8")
    out_docx = tmp_path / "form.docx"
    code, out = run(capsys, "draft", "--program", "hz_digital_craftsman_2026", "--facts", str(facts),
                    "--docx", str(out_docx), "--json")
    doc = json.loads(out)
    assert code == 0
    assert {"text", "char_count", "limit", "clause_ids", "unsupported"} <= doc.keys()
    assert doc["limit"] == 300 and doc["char_count"] <= 300 and doc["unsupported"] == []
    assert out_docx.exists() and doc["docx"] == str(out_docx)
    assert ID_CARD not in out


def test_cli_draft_without_achievements_exits_2(tmp_path, capsys):
    facts = tmp_path / "facts.json"
    facts.write_text('{"name": "王五"}', encoding="utf-8")
    code, out = run(capsys, "draft", "--program", "hz_craftsman_2016", "--facts", str(facts), "--json")
    assert code == 2 and "不会编造" in json.loads(out)["error"]


def test_cli_draft_batch(tmp_path, capsys):
    batch = tmp_path / "b.jsonl"
    lines = [{"id": "a", "program": "hz_craftsman_2016", "facts": FACTS},
             {"id": "b", "program": "nope", "facts": FACTS},
             {"id": "c", "program": "zj_craftsman_2023", "facts": {}}]
    batch.write_text("\n".join(json.dumps(x, ensure_ascii=False) for x in lines), encoding="utf-8")
    code, out = run(capsys, "draft", "--batch", str(batch), "--json")
    results = [json.loads(line) for line in out.splitlines()]
    assert code == 0 and [r["id"] for r in results] == ["a", "b", "c"]
    assert results[0]["result"]["limit"] == 600 and "error" in results[1] and "error" in results[2]


def test_cli_summary_sheet(tmp_path, capsys):
    candidates = tmp_path / "c.json"
    candidates.write_text(json.dumps([FACTS, {"name": "王五"}], ensure_ascii=False), encoding="utf-8")
    xlsx = tmp_path / "s.xlsx"
    code, out = run(capsys, "summary-sheet", "--program", "hz_digital_craftsman_2023", "--candidates", str(candidates),
                    "--xlsx", str(xlsx), "--json")
    doc = json.loads(out)
    assert code == 0 and xlsx.exists()
    assert doc["rows"] == 2 and doc["drafted"] == 1 and doc["layout"] == "notice"
    assert any("王五" in w for w in doc["warnings"])
    assert ID_CARD not in out


def test_an_excel_gbk_csv_is_read_and_errors_name_no_server_path(tmp_path):
    from assistant.drafting import load_candidates
    from assistant.errors import InputError

    path = tmp_path / "candidates_gbk.csv"
    path.write_bytes("姓名,工作单位,主要业绩\n张伟,杭州某科技有限公司,主导制定团体标准2项；攻克芯片封装良率难题\n"
                     .encode("gbk"))
    rows = load_candidates(path)
    assert rows[0]["name"] == "张伟" and rows[0]["achievements"][0] == "主导制定团体标准2项"
    empty = tmp_path / "empty.csv"
    empty.write_bytes(b"")
    with pytest.raises(InputError) as err:
        load_candidates(empty)
    assert str(tmp_path) not in err.value.message and "empty.csv" in err.value.message
