"""Asked again: how often a turn's ``questions`` ask for a fact the conversation already gave.

Two counts per split, over every turn of a dialogue set:
- ``held``: a question whose field the session profile already held before the turn (the code's own view);
- ``given``: a question whose field a labelled earlier turn (or this one) gave, by the row's ``expect_facts``
  with a non-null value (the writer's view: catches a fact said but not read, which ``held`` cannot see).
A start month counts for its count (``digital_work_start`` gives ``years_in_field``), as the asking step does.

Run with (from the repo root, ASSISTANT_TODAY=2026-11-21):
    python bench/asked_again.py --set eval/labels/fragments.jsonl --split A --prefix frag14-
    python bench/asked_again.py --set eval/dialogues.jsonl --split dev [--rows]
``--rows`` prints each repeat (id, turn, field); use it on tuning halves only.
This prints numbers; it is not a test.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

PAIRS = {"digital_work_start": "years_in_field", "hangzhou_full_time_start": "years_full_time_in_hangzhou"}


def _held(profile: dict) -> set[str]:
    held = {f for f, v in profile.items() if v is not None}
    return held | {PAIRS[f] for f in held if f in PAIRS}


def run(path: Path, split: str | None, prefix: str, show_rows: bool) -> dict:
    from assistant.chat.case.state import Session
    from assistant.chat.conversation import run_turns
    from assistant.chat.turn import make_deps
    from assistant.evaluation.dialogue import load_rows

    deps = make_deps()
    counts = {"turns": 0, "questions": 0, "held": 0, "given": 0}
    for row in load_rows(path):
        if (split and row.get("split") != split) or not str(row.get("id", "")).startswith(prefix):
            continue
        session, given = Session(), set()
        for n, turn in enumerate(row.get("turns") or [], start=1):
            before = _held(session.profile)
            given |= {f for f, v in (turn.get("expect_facts") or {}).items() if v is not None}
            outputs, session = run_turns([turn["user"]], deps, session)
            asked = [q["field"] for q in outputs[0].get("questions") or []]
            counts["turns"] += 1
            counts["questions"] += len(asked)
            for f in asked:
                for kind, known in (("held", before), ("given", given)):
                    if f in known:
                        counts[kind] += 1
                        if show_rows:
                            print(json.dumps({"id": row["id"], "turn": n, "field": f, "kind": kind}, ensure_ascii=False))
    return counts


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--set", required=True, type=Path)
    ap.add_argument("--split")
    ap.add_argument("--prefix", default="")
    ap.add_argument("--rows", action="store_true")
    args = ap.parse_args()
    print(json.dumps(run(args.set, args.split, args.prefix, args.rows), ensure_ascii=False))


if __name__ == "__main__":
    main()
