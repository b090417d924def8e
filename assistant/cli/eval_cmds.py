"""CLI: `assistant eval` runs the Q&A eval set and prints its metrics (table, or JSON with --json)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import typer

from assistant.cli._common import emit, guarded


def register(app: typer.Typer) -> None:
    @app.command("eval")
    def eval_cmd(
        set_path: Path = typer.Option(None, "--set", help="评测集 JSONL（默认 eval/qa.jsonl）。"),
        as_json: bool = typer.Option(False, "--json", help="输出一个 JSON 文档（指标）。"),
        rows: bool = typer.Option(False, "--rows", help="JSON 中同时给出逐题结果。"),
        gate: float = typer.Option(None, "--gate", help="通过率低于该值时以退出码 1 结束，如 0.9。"),
        split: str = typer.Option(None, "--split", help="只运行该划分的题（dev 或 test）；默认全部。"),
    ) -> None:
        """运行评测集：引用准确率、要点覆盖、拒答、结论准确率和时延。"""
        from assistant.evaluation.dialogue import is_understanding_set, load_rows
        from assistant.evaluation.qa import load_eval_set, run_eval

        if set_path is not None:
            from assistant.evaluation.profiles import is_profile_set

            loaded = guarded(as_json, lambda: load_rows(set_path))
            if is_profile_set(loaded):
                _profiles(loaded, split, as_json, rows, gate)
                return
            if is_understanding_set(loaded):
                _understanding(loaded, split, as_json, rows, gate)
                return
            from assistant.evaluation.drafts import is_draft_set

            if is_draft_set(loaded):
                _drafts(loaded, split, as_json, rows, gate)
                return

        items = guarded(as_json, lambda: load_eval_set(set_path))
        if split:
            items = [item for item in items if item.split == split]
            if not items:
                guarded(as_json, lambda: _no_items(split))
        report = guarded(as_json, lambda: run_eval(items))
        metrics = report.metrics()
        if as_json:
            emit({**metrics, "rows": [r.to_json() for r in report.rows]} if rows else metrics)
        else:
            from rich.console import Console
            from rich.table import Table

            table = Table(title=f"评测结果（{metrics['items']} 题）")
            for column in ("id", "类型", "通过", "未通过原因"):
                table.add_column(column)
            for row in report.rows:
                table.add_row(row.id, row.kind, "✓" if row.passed else "✗", row.reason)
            console = Console()
            console.print(table)
            for key, value in metrics.items():
                if not isinstance(value, dict):
                    console.print(f"{key}: {value}")
            for title, key in (("按划分", "by_split"), ("按答案类型", "by_answer_type")):
                groups = metrics.get(key) or {}
                columns = list(dict.fromkeys(c for figures in groups.values() for c in figures))
                breakdown = Table(title=title)
                for column in ("", *columns):
                    breakdown.add_column(column)
                for name, figures in groups.items():
                    breakdown.add_row(name, *("—" if figures.get(c) is None else str(figures.get(c)) for c in columns))
                console.print(breakdown)
        if gate is not None and (metrics["pass_rate"] or 0) < gate:
            raise typer.Exit(1)


def _no_items(split: str):
    from assistant.errors import InputError

    raise InputError(f"评测集中没有划分为 {split} 的题。", field="split")


def _profiles(loaded: list[dict], split: str | None, as_json: bool, rows: bool, gate: float | None) -> None:
    """Complete profiles through the checker: verdict accuracy per split and per programme."""
    from assistant.evaluation.profiles import run_profiles
    from assistant.programs import get_pack

    def show(metrics: dict) -> None:
        for name, values in metrics["splits"].items():
            typer.echo(f"[{name}] 档案 {values['items']} 份")
            typer.echo(f"  结论准确率：{values['verdict_accuracy']}")
            if values["why_cited"] is not None:
                typer.echo(f"  引用了决定条款：{values['why_cited']}")
            for program, rate in values["by_program"].items():
                typer.echo(f"  {get_pack(program).title}：{rate}")

    report = guarded(as_json, lambda: run_profiles(loaded, (split,) if split else None))
    _finish(report.metrics(), report.rows, show, lambda main: main.get("verdict_accuracy"),
            split=split, as_json=as_json, rows=rows, gate=gate)


_METRIC_NAMES = {"verdict_accuracy": "结论准确率（逐项）", "item_accuracy": "整题结论全对率", "final_accuracy": "对话最终结论准确率",
                 "reply_understood": "追问回复理解率", "fact_accuracy": "事实读取准确率", "items": "题（轮）数",
                 "conversations": "对话数"}


def _show_splits(metrics: dict, names: dict) -> None:
    """Each split's metrics, one per line, under their Chinese names."""
    for name, values in metrics["splits"].items():
        typer.echo(f"[{name}]")
        for key, value in values.items():
            if value is not None:
                typer.echo(f"  {names.get(key, key)}：{value}")


def _understanding(loaded: list[dict], split: str | None, as_json: bool, rows: bool, gate: float | None) -> None:
    """The free-text eligibility set or the dialogue set: verdicts, final verdicts and replies, per split."""
    from assistant.chat.turn import make_deps
    from assistant.evaluation.dialogue import run_understanding

    def show(metrics: dict) -> None:
        _show_splits(metrics, _METRIC_NAMES)
        typer.echo(f"单轮耗时 p95：{metrics['turn_p95_ms']} ms")

    deps = guarded(as_json, make_deps)
    report = guarded(as_json, lambda: run_understanding(loaded, deps, (split,) if split else None))
    _finish(report.metrics(), report.rows, show, lambda main: main.get("final_accuracy") or main.get("item_accuracy"),
            split=split, as_json=as_json, rows=rows, gate=gate)


_DRAFT_METRIC_NAMES = {"items": "题数", "pass_rate": "全部通过", "facts_present": "要点齐全", "none_excluded": "未写他人或被否认的事实",
                       "no_repeat": "没有重复", "within_limit": "不超字数", "formal": "没有口语词",
                       "no_question_given": "不追问已给的事实", "kinds_right": "事实归入正确段落"}


def _drafts(loaded: list[dict], split: str | None, as_json: bool, rows: bool, gate: float | None) -> None:
    """The drafting set: key facts present, nothing excluded or repeated, within the limit, formal, per split."""
    from assistant.chat.turn import make_deps
    from assistant.evaluation.drafts import run_drafts

    def show(metrics: dict) -> None:
        _show_splits(metrics, _DRAFT_METRIC_NAMES)

    deps = guarded(as_json, make_deps)
    report = guarded(as_json, lambda: run_drafts(loaded, deps, (split,) if split else None))
    _finish(report.metrics(), report.rows, show, lambda main: main.get("pass_rate"),
            split=split, as_json=as_json, rows=rows, gate=gate)


def _finish(metrics: dict, report_rows: list[dict], show: Callable[[dict], None], score: Callable[[dict], float | None],
            *, split: str | None, as_json: bool, rows: bool, gate: float | None) -> None:
    """Print a per-split report (JSON, or ``show`` for people) and exit 1 when the gated split scores under ``gate``."""
    if as_json:
        emit({**metrics, "rows": report_rows} if rows else metrics)
    else:
        show(metrics)
    if gate is not None:
        main = metrics["splits"].get(split or "test") or next(iter(metrics["splits"].values()), {})
        if (score(main) or 0) < gate:
            raise typer.Exit(1)
