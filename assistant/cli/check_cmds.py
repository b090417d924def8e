"""``assistant check``: the deterministic eligibility check, one program or all, single or batch."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import typer

from assistant.cli._common import emit, guarded, read_json_file, run_batch

JSON_OPT = typer.Option(False, "--json", help="输出一个 JSON 文档（批量模式每行一个）。")


def _human(doc: dict) -> str:
    from assistant.eligibility.model import REASON_MARKS

    lines = [f"【{doc['program_title']}】{doc['program']}", f"结论：{doc['verdict_label']}（{doc['verdict']}）"
             + (f"  匹配度排名 {doc['fit_rank']}" if "fit_rank" in doc else ""), doc["summary"],
             "计算日：" + "、".join(doc["reference_dates"]), "理由："]
    for r in doc["reasons"]:
        lines.append(f"  {REASON_MARKS[r['ok']]} [{r['clause_id']}] {r['label']}：{r['message']}")
    if doc["missing"]:
        lines.append("缺少的事实：" + "、".join(doc["missing"]))
        lines.extend(f"  · {q}" for q in doc["questions"])
    if doc["contradictions"]:
        lines.append("资料矛盾：" + "；".join(doc["contradictions"]))
    if doc["nearest_path"]:
        lines.append(f"最近的路径（做到后结论为：{doc['path_verdict']}）：")
        lines.extend(f"  → {s['message']}" for s in doc["nearest_path"])
    lines.append("说明：")
    lines.extend(f"  · [{n['clause_id']}] {n['message']}" for n in doc["notes"])
    return "\n".join(lines)


def register(app: typer.Typer) -> None:
    @app.command("check")
    def check_cmd(
        program: str = typer.Option(None, "--program", "-p", help="项目编号，或 all 检查全部项目。"),
        profile: Path = typer.Option(None, "--profile", help="申报人资料 JSON 文件（字段见 CONTRACT）。"),
        as_of: str = typer.Option(None, "--as-of", help="检查日期 YYYY-MM-DD，默认今天。"),
        basis: str = typer.Option("round", "--basis",
                                  help="历史届次的计算时点：round 按该届的计算时点（默认），today 按检查日期。"),
        batch: Path = typer.Option(None, "--batch", help="JSONL 文件，每行 {\"id\",\"program\",\"profile\",\"as_of\"?}。"),
        as_json: bool = JSON_OPT,
    ) -> None:
        """资格自测：逐条对照通知条款，给出结论、理由（条款编号+原文）和缺少的事实。"""
        from assistant.eligibility import check_json
        from assistant.errors import InputError

        if batch is not None:
            def handle(item: dict) -> Any:
                return check_json(item.get("program"), item.get("profile", {}), item.get("as_of"),
                                  basis=item.get("basis", basis))

            guarded(True, lambda: run_batch(batch, handle))
            return

        def single() -> Any:
            if profile is None:
                raise InputError("请用 --profile 指定资料文件，或用 --batch 指定批量文件。", field="profile")
            return check_json(program, read_json_file(profile, "资料"), as_of, basis=basis)

        result = guarded(as_json, single)
        if as_json:
            emit(result)
            return
        docs = result if isinstance(result, list) else [result]
        typer.echo("\n\n".join(_human(d) for d in docs))
