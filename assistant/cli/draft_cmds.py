"""CLI: draft the 主要事迹 of a 推荐表 (and export the filled form), and build a 汇总表 for several candidates."""

from __future__ import annotations

from pathlib import Path

import typer

from assistant.cli._common import emit, guarded, read_json_file, run_batch

JSON_OPT = typer.Option(False, "--json", help="输出一个 JSON 文档。")


def _chat_model(offline: bool):
    """The configured chat model, or None (offline flag, no model set, or the client cannot be built)."""
    if offline:
        return None
    from assistant.config import get_settings
    from assistant.errors import AssistantError
    from assistant.llm import get_chat_model

    try:
        return get_chat_model(get_settings())
    except AssistantError:
        return None


def _facts_of(item: dict):
    facts = item.get("facts")
    if not isinstance(facts, dict):
        from assistant.errors import InputError

        raise InputError("每行应有 facts 字段（JSON 对象）。", field="facts")
    return facts


def _print_draft(out: dict) -> None:
    typer.echo(out["text"])
    typer.echo(f"\n字数：{out['char_count']}/{out['limit']}（{out.get('limit_clause_id') or '通知未规定，默认'}）"
               f"  模式：{out['mode']}")
    for c in out.get("conditions", []):
        typer.echo(f"对应推荐条件 {c['clause_id']}：“{c['quote']}”")
    if out["unsupported"]:
        typer.secho("找不到依据的内容：" + "、".join(out["unsupported"]), fg=typer.colors.RED)
    for line in out.get("warnings", []):
        typer.secho(f"请核对：{line}", fg=typer.colors.YELLOW)
    for line in out.get("notes", []):
        typer.echo(f"说明：{line}")
    if out.get("docx"):
        typer.echo(f"已导出：{out['docx']}")


def register(app: typer.Typer) -> None:
    @app.command("draft")
    def draft_cmd(
        program: str = typer.Option(None, "--program", "-p", help="项目编号，如 hz_digital_craftsman_2026"),
        facts: Path = typer.Option(None, "--facts", help="事实 JSON 文件：申报人资料加 name、employer、position 等"),
        docx: Path = typer.Option(None, "--docx", help="同时导出填好的推荐表（.docx）到此路径"),
        batch: Path = typer.Option(None, "--batch", help="JSONL 文件，每行 {\"id\", \"program\", \"facts\"}"),
        offline: bool = typer.Option(False, "--offline", help="即使配置了模型也只用离线模板起草"),
        as_json: bool = JSON_OPT,
    ) -> None:
        """起草推荐表的“主要事迹”：不超字数、只用给出的事实、写明对应的推荐条件。"""
        from assistant.drafting import draft, export_docx
        from assistant.errors import InputError

        llm = _chat_model(offline)
        if batch:
            guarded(as_json, lambda: run_batch(batch, lambda item: draft(_facts_of(item), item.get("program"),
                                                                         llm=llm).to_json()))
            return

        def single() -> dict:
            if not program:
                raise InputError("请用 --program 指定项目编号。", field="program")
            if not facts:
                raise InputError("请用 --facts 指定事实 JSON 文件，或用 --batch。", field="facts")
            data = read_json_file(facts, "事实")
            result = draft(data, program, llm=llm)
            out = result.to_json()
            if docx:
                out["docx"] = str(export_docx(data, program, result, docx))
            return out

        out = guarded(as_json, single)
        if as_json:
            emit(out)
        else:
            _print_draft(out)

    @app.command("summary-sheet")
    def summary_sheet_cmd(
        program: str = typer.Option(..., "--program", "-p", help="项目编号"),
        candidates: Path = typer.Option(..., "--candidates", help="候选人列表：JSON、JSONL 或 CSV"),
        xlsx: Path = typer.Option(..., "--xlsx", help="导出的汇总表（.xlsx）路径"),
        as_json: bool = JSON_OPT,
    ) -> None:
        """为多名候选人生成汇总表（.xlsx），缺主要事迹的离线起草。"""
        from assistant.drafting import export_xlsx, load_candidates

        result = guarded(as_json, lambda: export_xlsx(load_candidates(candidates), program, xlsx))
        out = result.to_json()
        if as_json:
            emit(out)
            return
        typer.echo(f"已导出 {out['title']}：{out['path']}（{out['rows']} 人，其中 {out['drafted']} 人的主要事迹由助手起草）")
        if out["layout"] == "generic":
            typer.echo("说明：通知未附汇总表，本表为通用格式（列取自该项目推荐表）。")
        for line in out["warnings"]:
            typer.secho(f"请核对：{line}", fg=typer.colors.YELLOW)
