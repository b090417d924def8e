"""评测 tab (for union staff): run the eval set, or an uploaded JSONL in the same format, through the chat core.

Shows the metrics on top, a row per question (pass/fail, gold vs cited clauses, the answer, why it failed)
and offers the results as JSON and CSV, with ID-card and phone numbers masked (``EvalRow.to_json``).
"""

import csv
import json
import logging
import tempfile
from collections.abc import Callable
from pathlib import Path

from assistant.errors import InputError
from assistant.ui.context import UIContext, guard
from assistant.ui.render import error_box, esc, info_box

__all__ = ["TABLE_HEADERS", "run_eval_page", "metrics_html", "table_rows", "write_results", "build"]

log = logging.getLogger("assistant.ui")

TABLE_HEADERS = ["编号", "类型", "结果", "问题", "标准条款", "引用条款", "回答", "未通过原因", "用时(ms)"]
_METRICS = (  # key, label, is a rate
    ("items", "题数", False), ("pass_rate", "通过率", True), ("citation_accuracy", "引用准确率", True),
    ("key_fact_coverage", "要点覆盖率", True), ("refusal_accuracy", "拒答准确率", True),
    ("false_refusal_rate", "误拒率", True), ("verdict_accuracy", "结论准确率", True),
    ("injection_pass_rate", "注入防御通过率", True), ("latency_p50_ms", "延迟 p50 (ms)", False),
    ("latency_p95_ms", "延迟 p95 (ms)", False),
)


def metrics_html(metrics: dict) -> str:
    tiles = []
    for key, label, rate in _METRICS:
        value = metrics.get(key)
        shown = "—" if value is None else (f"{value * 100:.1f}%" if rate else f"{value:g}")
        tiles.append(f'<div class="ga-metric" data-metric="{key}"><div class="ga-metric-v">{esc(shown)}</div>'
                     f'<div class="ga-metric-l">{esc(label)}</div></div>')
    return f'<div class="ga-metrics">{"".join(tiles)}</div>'


def table_rows(rows: list[dict]) -> list[list]:
    """One table row per eval row (already redacted ``EvalRow.to_json`` dicts)."""
    return [[r["id"], r["kind"], "✓ 通过" if r["passed"] else "✗ 未通过", r["question"], "\n".join(r["gold"]),
             "\n".join(r["cited"]), r["answer"], r["reason"], r["latency_ms"]] for r in rows]


def write_results(report_json: dict, directory: Path | None = None) -> list[str]:
    """Write 评测结果.json and 评测结果.csv (redacted) to a fresh temporary directory; return their paths."""
    directory = Path(directory or tempfile.mkdtemp(prefix="assistant-eval-"))
    json_path = directory / "评测结果.json"
    json_path.write_text(json.dumps(report_json, ensure_ascii=False, indent=2), encoding="utf-8")
    csv_path = directory / "评测结果.csv"
    with csv_path.open("w", encoding="utf-8-sig", newline="") as fh:  # BOM: Excel opens it as UTF-8
        writer = csv.writer(fh)
        writer.writerow(TABLE_HEADERS)
        writer.writerows(table_rows(report_json["rows"]))
    return [str(json_path), str(csv_path)]


def run_eval_page(ctx: UIContext, upload: str | None, progress: Callable[[int, int], None] | None = None):
    """(metrics HTML, table rows, download paths). A malformed upload gives an inline message naming the line."""
    from assistant.evaluation.qa import load_eval_set, run_eval

    try:
        items = load_eval_set(upload or None)  # None: the built-in set
    except InputError as exc:
        return error_box(exc.message), [], None
    report = run_eval(items, ctx.deps, progress=progress)
    data = report.to_json()
    log.info("eval in UI: %d items, pass rate %s", len(report.rows), data["metrics"].get("pass_rate"))
    source = Path(upload).name if upload else "内置评测集 eval/qa.jsonl"
    head = f'<div class="ga-lead">评测集：{esc(source)}，共 {len(items)} 题。</div>'
    return head + metrics_html(data["metrics"]), table_rows(data["rows"]), write_results(data)


def build(ctx: UIContext) -> dict:
    import gradio as gr

    gr.Markdown("供工会工作人员使用：逐题检查助手的回答是否引用了标准条款、是否覆盖要点、该拒答时是否拒答。"
                "可以直接运行内置评测集，也可以上传同格式的 JSONL 文件（每行一个 JSON 对象："
                "`id`、`question`、`kind`、`gold_clause_ids`、`key_facts`、`expect_refusal`、`expect_verdicts`）。",
                elem_classes="ga-hint")
    with gr.Row():
        upload = gr.File(label="上传评测集（JSONL，可选）", file_types=[".jsonl", ".json", ".txt"], type="filepath",
                         scale=3, elem_id="ev-upload")
        run = gr.Button("运行评测", variant="primary", scale=1, elem_id="ev-run")
    summary = gr.HTML(info_box("点“运行评测”开始。内置评测集较大，逐题运行需要一些时间，进度条会显示进展。"),
                      elem_id="ev-summary")
    table = gr.Dataframe(headers=TABLE_HEADERS, value=[], interactive=False, wrap=True, label="逐题结果",
                         elem_id="ev-table", max_height=600, column_widths=["8%", "7%", "8%", "17%", "12%", "12%",
                                                                           "20%", "12%", "4%"])
    files = gr.File(label="下载结果（JSON / CSV，已隐去身份证号和手机号）", file_count="multiple",
                    interactive=False, elem_id="ev-download")

    @guard
    def on_run(path, progress=gr.Progress()):
        progress(0, desc="准备评测…")
        return run_eval_page(ctx, path, lambda i, n: progress(i / n, desc=f"已完成 {i}/{n} 题"))

    run.click(on_run, upload, [summary, table, files], concurrency_id="eval", concurrency_limit=1,
              api_visibility="private")
    return {"summary": summary, "table": table, "files": files}
