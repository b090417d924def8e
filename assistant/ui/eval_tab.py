"""评测 tab (for union staff): run the eval set, or an uploaded JSONL in the same format, through the chat core.

Shows the metrics on top, a row per question (pass/fail, gold vs cited clauses, the answer, why it failed)
and offers the results as JSON and CSV, with ID-card and phone numbers masked (``EvalRow.to_json``).
"""

import csv
import datetime as dt
import hashlib
import json
import logging
from collections.abc import Callable
from pathlib import Path

from assistant.display import clause_label, readable
from assistant.errors import InputError
from assistant.exports import export_dir
from assistant.ui.context import UIContext, guard
from assistant.ui.render import error_box, esc, info_box

__all__ = ["TABLE_HEADERS", "GOLD_FIELDS", "run_eval_page", "metrics_html", "table_rows", "write_results",
           "check_upload", "failed_only", "compare_runs", "compare_html", "build"]

log = logging.getLogger("assistant.ui")

TABLE_HEADERS = ["编号", "类型", "结果", "问题", "标准条款", "引用条款", "回答", "未通过原因", "用时（毫秒）"]
FAILED = "✗ 未通过"
# A row is scored against at least one of these; a row with none would "pass" whatever the answer says.
GOLD_FIELDS = ("gold_clause_ids", "key_facts", "expect_refusal", "expect_verdicts")
_GOLD_HINT = "、".join(GOLD_FIELDS)
_METRICS = (  # key, label, is a rate
    ("items", "题数", False), ("pass_rate", "通过率", True), ("citation_accuracy", "引用准确率", True),
    ("key_fact_coverage", "要点覆盖率", True), ("refusal_accuracy", "拒答准确率", True),
    ("false_refusal_rate", "误拒率", True), ("verdict_accuracy", "结论准确率", True),
    ("injection_pass_rate", "注入防御通过率", True), ("latency_p50_ms", "延迟中位数（毫秒）", False),
    ("latency_p95_ms", "延迟 95 分位（毫秒）", False),
)


def metrics_html(metrics: dict) -> str:
    tiles = []
    for key, label, rate in _METRICS:
        value = metrics.get(key)
        shown = "—" if value is None else (f"{value * 100:.1f}%" if rate else f"{value:g}")
        tiles.append(f'<div class="ga-metric" data-metric="{key}"><div class="ga-metric-v">{esc(shown)}</div>'
                     f'<div class="ga-metric-l">{esc(label)}</div></div>')
    return f'<div class="ga-metrics">{"".join(tiles)}</div>'


def table_rows(rows: list[dict], corpus=None) -> list[list]:
    """One table row per eval row (already redacted ``EvalRow.to_json`` dicts), failures first. With ``corpus``
    the clauses read as labels (第四届杭州数字工匠 · 二、推荐条件); without, as IDs (the CSV download)."""
    def clauses(ids: list[str]) -> str:
        return "\n".join(clause_label(corpus, i) if corpus is not None and corpus.has(i) else i for i in ids)

    ordered = sorted(rows, key=lambda r: bool(r["passed"]))  # failures first (stable: set order kept)
    return [[r["id"], r["kind"], "✓ 通过" if r["passed"] else FAILED, r["question"], clauses(r["gold"]),
             clauses(r["cited"]), r["answer"], readable(r["reason"], corpus) if corpus is not None else r["reason"],
             r["latency_ms"]] for r in ordered]


def failed_only(rows: list[list] | None, only: bool) -> list[list]:
    """The table, or only its failed rows."""
    rows = list(rows or [])
    return [r for r in rows if r[2] == FAILED] if only else rows


def check_upload(path: str | Path) -> None:
    """Refuse an uploaded set a scorer cannot use: a line that is not a JSON object, lacks ``id`` or
    ``question``, or has no gold field at all. The message names the line and the field, never a server path."""
    name = Path(path).name
    try:
        raw = Path(path).read_bytes()
    except OSError:
        raise InputError(f"无法读取上传的评测集“{name}”，请重新上传。", field="set") from None
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise InputError(f"评测集“{name}”不是 UTF-8 编码的文本，请另存为 UTF-8 后再上传。", field="set") from None
    rows = []
    for number, line in enumerate(text.splitlines(), start=1):  # the file's syntax first, then its content
        if not line.strip():
            continue
        try:
            rows.append((number, json.loads(line)))
        except json.JSONDecodeError:
            raise InputError(f"评测集第 {number} 行不是有效的 JSON。", field="set") from None
    for number, row in rows:
        if not isinstance(row, dict):
            raise InputError(f"评测集第 {number} 行应为一个 JSON 对象。", field="set")
        for key in ("id", "question"):
            if not str(row.get(key) or "").strip():
                raise InputError(f"评测集第 {number} 行缺少字段 {key}。", field="set")
        if not any(row.get(key) not in (None, "", [], {}, False) for key in GOLD_FIELDS):
            raise InputError(f"评测集第 {number} 行（{row['id']}）没有标准答案：缺少字段 {GOLD_FIELDS[0]}"
                             f"（{_GOLD_HINT} 至少要有一个），这样的题无法评分。", field="set")


def _set_key(items) -> str:
    digest = hashlib.sha256("\n".join(f"{i.id}\t{i.question}" for i in items).encode("utf-8")).hexdigest()
    return digest[:16]


def compare_runs(previous: dict[str, bool] | None, current: dict[str, bool]) -> tuple[list[str], list[str]]:
    """(newly passing, newly failing) item IDs, in the current run's order; items new to the set are neither."""
    previous = previous or {}
    up = [i for i, ok in current.items() if ok and previous.get(i) is False]
    down = [i for i, ok in current.items() if not ok and previous.get(i) is True]
    return up, down


def compare_html(previous: dict | None, current: dict[str, bool]) -> str:
    if not previous:
        return info_box("这是该评测集在本机的第一次运行；下次运行时会在这里列出新通过和新失败的题目。")
    up, down = compare_runs(previous.get("passed"), current)
    when = previous.get("ts", "")
    if not up and not down:
        return info_box(f"与上次运行（{when}）相比：没有题目的结果发生变化。")
    parts = [f'<div class="ga-box ga-info"><b>与上次运行（{esc(when)}）相比：</b><ul>']
    if up:
        parts.append(f'<li class="ga-up">新通过 {len(up)} 题：{esc("、".join(up))}</li>')
    if down:
        parts.append(f'<li class="ga-down">新失败 {len(down)} 题：{esc("、".join(down))}</li>')
    parts.append("</ul></div>")
    return "".join(parts)


def _history(ctx: UIContext, key: str) -> Path:
    return Path(ctx.settings.data_dir) / "eval_runs" / f"{key}.json"


def _load_previous(path: Path) -> dict | None:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    return data if isinstance(data, dict) and isinstance(data.get("passed"), dict) else None


def _save_run(path: Path, passed: dict[str, bool]) -> None:
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        ts = dt.datetime.now().isoformat(timespec="minutes").replace("T", " ")
        path.write_text(json.dumps({"ts": ts, "passed": passed}, ensure_ascii=False), encoding="utf-8")
    except OSError as exc:  # the comparison is a convenience: never fail the run for it
        log.warning("cannot keep the eval run for comparison: %s", exc.__class__.__name__)


def write_results(report_json: dict, directory: Path | None = None) -> list[str]:
    """Write 评测结果.json and 评测结果.csv (redacted) to a fresh temporary directory; return their paths."""
    directory = Path(directory or export_dir("eval"))
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
        if upload:
            check_upload(upload)
        items = load_eval_set(upload or None)  # None: the built-in set
    except InputError as exc:
        return error_box(exc.message), [], None
    report = run_eval(items, ctx.deps, progress=progress)
    data = report.to_json()
    log.info("eval in UI: %d items, pass rate %s", len(report.rows), data["metrics"].get("pass_rate"))
    source = Path(upload).name if upload else "内置评测集 eval/qa.jsonl"
    failed = sum(not r["passed"] for r in data["rows"])
    head = f'<div class="ga-lead">评测集：{esc(source)}，共 {len(items)} 题，未通过 {failed} 题（排在表格最前）。</div>'
    passed = {r["id"]: bool(r["passed"]) for r in data["rows"]}
    history = _history(ctx, _set_key(items))
    compare = compare_html(_load_previous(history), passed)
    _save_run(history, passed)
    return head + metrics_html(data["metrics"]) + compare, table_rows(data["rows"], ctx.corpus), write_results(data)


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
    only_failed = gr.Checkbox(value=False, label="只看未通过的题", elem_id="ev-only-failed")
    table = gr.Dataframe(headers=TABLE_HEADERS, value=[], interactive=False, wrap=True, label="逐题结果",
                         elem_id="ev-table", max_height=600, column_widths=["8%", "7%", "8%", "17%", "12%", "12%",
                                                                           "20%", "12%", "4%"])
    files = gr.File(label="下载结果（JSON / CSV，已隐去身份证号和手机号）", file_count="multiple",
                    interactive=False, elem_id="ev-download")

    all_rows = gr.State([])

    @guard
    def on_run(path, only, progress=gr.Progress()):
        progress(0, desc="准备评测…")
        html, rows, paths = run_eval_page(ctx, path, lambda i, n: progress(i / n, desc=f"已完成 {i}/{n} 题"))
        return html, failed_only(rows, only), paths, rows

    run.click(on_run, [upload, only_failed], [summary, table, files, all_rows], concurrency_id="eval",
              concurrency_limit=1, api_visibility="private")
    only_failed.change(guard(failed_only), [all_rows, only_failed], table, api_visibility="private")
    return {"summary": summary, "table": table, "files": files}
