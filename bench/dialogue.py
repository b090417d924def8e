"""Understanding benchmark: the free-text eligibility set and the dialogue set, dev and test side by side,
and the warm chat-turn latency (p50/p95) over every turn of both sets.

Each row runs through ``assistant.chat.conversation.run_turns``, the path ``assistant ask --batch`` takes, with
the configured deps (real retriever, the language layer's classifiers). One warm-up pass over a few rows loads
the models first, so the latencies are warm turns.

Run with:
    ASSISTANT_TODAY=2026-11-21 .venv/bin/python bench/dialogue.py             # table
    ASSISTANT_TODAY=2026-11-21 .venv/bin/python bench/dialogue.py --markdown  # the README table
This prints numbers; it is not a test.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

SETS = (("单条自由文本资格问题", ROOT / "eval" / "eligibility.jsonl"), ("多轮对话", ROOT / "eval" / "dialogues.jsonl"))
ROWS = (("结论准确率（逐项）", "verdict_accuracy"), ("整题结论全对率", "item_accuracy"),
        ("对话最终结论准确率", "final_accuracy"), ("追问回复理解率", "reply_understood"),
        ("事实读取准确率", "fact_accuracy"))


def _pct(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(q * len(ordered)))] if ordered else float("nan")


def run() -> dict:
    from assistant.chat.turn import make_deps
    from assistant.evaluation.dialogue import load_rows, run_understanding

    deps = make_deps()
    run_understanding(load_rows(SETS[0][1])[:3], deps)  # warm-up: models and caches load here
    out, latencies = {}, []
    for name, path in SETS:
        report = run_understanding(load_rows(path), deps)
        out[name] = report.metrics()["splits"]
        latencies += report.latencies_ms
    out["latency_ms"] = {"turns": len(latencies), "p50": round(_pct(latencies, 0.5), 1),
                         "p95": round(_pct(latencies, 0.95), 1)}
    return out


def markdown(result: dict) -> str:
    lines = ["| 评测集 | 指标 | dev | test |", "| --- | --- | --- | --- |"]
    for name, _ in SETS:
        splits = result[name]
        for label, key in ROWS:
            dev, test = (splits.get(s, {}).get(key) for s in ("dev", "test"))
            if dev is None and test is None:
                continue
            lines.append(f"| {name} | {label} | {dev if dev is not None else '—'} | {test if test is not None else '—'} |")
    lat = result["latency_ms"]
    lines.append(f"\n热启动单轮耗时（{lat['turns']} 轮）：p50 {lat['p50']} ms，p95 {lat['p95']} ms（目标 ≤ 300 ms）。")
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--markdown", action="store_true")
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    result = run()
    print(json.dumps(result, ensure_ascii=False, indent=1) if args.json else markdown(result))


if __name__ == "__main__":
    main()
