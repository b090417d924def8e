"""Issue 17's hardening battery, replayed against the current code: prints one pass/fail row per item.

Sections as in the issue: 1 LLM mode against a scripted hostile OpenAI-compatible server (bench/fake_openai.py),
2 prior titles and programme names in free text, 3 inputs that could stall everyone, 4 personal numbers over
every sink, 5 bad inputs through the CLI (single and batch) and the app's API. Each item runs on its own; an
exception escaping an item is counted as a traceback. Target: every row passes.

Run with:  .venv/bin/python bench/hostile.py              (about 2–4 minutes on 2 cores)
           .venv/bin/python bench/hostile.py --markdown   (the table as README markdown)
           .venv/bin/python bench/hostile.py --only 1,4   (some sections)
"""

from __future__ import annotations

import argparse
import json
import logging
import os
import sys
import time
import traceback
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from bench.hostile_items import ITEMS  # noqa: E402

__all__ = ["Row", "run", "main"]


@dataclass
class Row:
    section: str
    name: str
    ok: bool
    detail: str
    seconds: float


def run(sections: set[str] | None = None) -> list[Row]:
    rows = []
    for section, name, fn in ITEMS:
        if sections and section not in sections:
            continue
        started = time.perf_counter()
        try:
            ok, detail = fn()
        except Exception as exc:  # noqa: BLE001 - a traceback is what the battery counts
            ok, detail = False, f"traceback: {type(exc).__name__}: {exc}"[:300]
            logging.getLogger("bench.hostile").debug("%s", traceback.format_exc())
        rows.append(Row(section, name, bool(ok), str(detail)[:160], time.perf_counter() - started))
        mark = "PASS" if ok else "FAIL"
        sys.stderr.write(f"[{mark}] {section} {name} ({rows[-1].seconds:.1f} s) {rows[-1].detail}\n")
    return rows


def table(rows: list[Row], markdown: bool) -> str:
    if markdown:
        out = ["| 节 | 项目 | 结果 | 说明 | 用时 |", "| --- | --- | --- | --- | ---: |"]
        out += [f"| {r.section} | {r.name} | {'通过' if r.ok else '**未通过**'} | {r.detail.replace('|', '/')} | "
                f"{r.seconds:.1f} s |" for r in rows]
    else:
        out = [f"{'sec':<4}{'result':<7}{'seconds':>8}  item — detail"]
        out += [f"{r.section:<4}{'pass' if r.ok else 'FAIL':<7}{r.seconds:>8.1f}  {r.name} — {r.detail}" for r in rows]
    passed = sum(r.ok for r in rows)
    out.append(f"\n{passed}/{len(rows)} passed" if not markdown else f"\n通过 {passed}/{len(rows)}。")
    return "\n".join(out)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--markdown", action="store_true")
    parser.add_argument("--json", action="store_true")
    parser.add_argument("--only", default="", help="comma-separated sections (1-5)")
    args = parser.parse_args(argv)
    os.environ.setdefault("ASSISTANT_TODAY", "2026-11-21")
    rows = run({s.strip() for s in args.only.split(",") if s.strip()} or None)
    if args.json:
        print(json.dumps([r.__dict__ for r in rows], ensure_ascii=False, indent=1))  # noqa: T201
    else:
        print(table(rows, args.markdown))  # noqa: T201
    from bench.hostile_items import cleanup

    cleanup()
    return 0 if all(r.ok for r in rows) else 1


if __name__ == "__main__":
    raise SystemExit(main())
