"""Score the chat's understanding: free-text eligibility questions and multi-turn conversations.

Two eval sets, both JSON Lines with ``"split": "dev"|"test"``:
- ``eval/eligibility.jsonl``: ``{"id", "question", "expect_verdicts": {program: verdict}}``, one message each;
- ``eval/dialogues.jsonl``: ``{"id", "turns": [{"user", "answers", "expect_facts", "expect_verdicts"}],
  "final_verdicts"}``; ``answers`` names the field a turn answers (a reply to the question asked back).

Every row runs through ``assistant.chat.conversation.run_turns``, the path ``assistant ask --batch`` takes.
Metrics, per split:
- ``verdict_accuracy``: share of (turn or question, programme) pairs whose verdict is the expected one;
- ``item_accuracy``: share of questions (turns) with every expected verdict right;
- ``final_accuracy``: share of conversations whose last turn gets every ``final_verdicts`` entry right;
- ``reply_understood``: share of turns with ``answers`` after which the profile holds that field (with the
  expected value, when ``expect_facts`` gives one);
- ``fact_accuracy``: share of ``expect_facts`` entries the profile holds after their turn.

Run with:  assistant eval --set eval/dialogues.jsonl     (or eval/eligibility.jsonl)
"""

from __future__ import annotations

import json
import time
from dataclasses import dataclass, field
from pathlib import Path

from assistant.errors import InputError
from assistant.evaluation.rates import share

__all__ = ["is_understanding_set", "load_rows", "run_understanding", "UnderstandingReport"]

SPLITS = ("dev", "test")


def load_rows(path: Path) -> list[dict]:
    try:
        lines = Path(path).read_text(encoding="utf-8").splitlines()
    except OSError:
        raise InputError(f"找不到评测集文件：{path}", field="set") from None
    rows = []
    for n, line in enumerate(lines, start=1):
        if line.strip():
            try:
                rows.append(json.loads(line))
            except json.JSONDecodeError:
                raise InputError(f"评测集第 {n} 行不是有效的 JSON。", field="set") from None
    return rows


def is_understanding_set(rows: list[dict]) -> bool:
    """Dialogue rows carry ``turns``; single-message eligibility rows carry verdicts but no gold clauses."""
    return bool(rows) and all("turns" in r or ("expect_verdicts" in r and "gold_clause_ids" not in r) for r in rows)


def _same(expected, got) -> bool:
    if isinstance(expected, list) and isinstance(got, list):
        return sorted(map(str, expected)) == sorted(map(str, got))
    if isinstance(expected, (int, float)) and isinstance(got, (int, float)) and not isinstance(expected, bool):
        return abs(expected - got) < 0.01
    return expected == got


def _verdicts(output: dict) -> dict[str, str]:
    return {v["program"]: v["verdict"] for v in output.get("verdicts") or []}


@dataclass
class _Tally:
    pairs: list[bool] = field(default_factory=list)
    items: list[bool] = field(default_factory=list)
    finals: list[bool] = field(default_factory=list)
    replies: list[bool] = field(default_factory=list)
    facts: list[bool] = field(default_factory=list)

    def to_json(self) -> dict:
        return {"verdict_accuracy": share(self.pairs), "item_accuracy": share(self.items),
                "final_accuracy": share(self.finals), "reply_understood": share(self.replies),
                "fact_accuracy": share(self.facts), "items": len(self.items), "conversations": len(self.finals)}


@dataclass
class UnderstandingReport:
    tallies: dict[str, _Tally]
    rows: list[dict]
    latencies_ms: list[float]

    def metrics(self) -> dict:
        lat = sorted(self.latencies_ms)
        p95 = lat[min(len(lat) - 1, int(0.95 * len(lat)))] if lat else None
        return {"splits": {s: t.to_json() for s, t in self.tallies.items()},
                "turn_p95_ms": round(p95, 1) if p95 is not None else None}


def _score_turn(turn: dict, output: dict, profile: dict, tally: _Tally, row_out: dict) -> None:
    expected = turn.get("expect_verdicts") or {}
    got = _verdicts(output)
    oks = [got.get(p) == v for p, v in expected.items()]
    tally.pairs += oks
    if expected:
        tally.items.append(all(oks))
    facts = turn.get("expect_facts") or {}
    fact_oks = {f: _same(v, profile.get(f)) for f, v in facts.items()}
    tally.facts += list(fact_oks.values())
    if turn.get("answers"):
        f = turn["answers"]
        understood = f in profile and fact_oks.get(f, True)
        tally.replies.append(bool(understood))
        row_out.setdefault("replies", []).append(bool(understood))
    row_out.setdefault("turns", []).append({"expected": expected, "got": got, "facts": fact_oks})


def run_understanding(rows: list[dict], deps, splits: tuple[str, ...] | None = None) -> UnderstandingReport:
    from assistant.chat.conversation import run_turns

    tallies: dict[str, _Tally] = {}
    out_rows, latencies = [], []
    for row in rows:
        split = row.get("split", "dev")
        if splits and split not in splits:
            continue
        tally = tallies.setdefault(split, _Tally())
        turns = row["turns"] if "turns" in row else [{"user": row["question"],
                                                         "expect_verdicts": row.get("expect_verdicts")}]
        from assistant.chat.case.state import Session

        session = Session()
        row_out: dict = {"id": row.get("id"), "split": split}
        output: dict = {}
        standing: dict[str, str] = {}  # the latest verdict given for each programme in the conversation
        for turn in turns:
            start = time.perf_counter()
            outputs, session = run_turns([turn["user"]], deps, session)
            latencies.append((time.perf_counter() - start) * 1000)
            output = outputs[0]
            _score_turn(turn, output, session.profile, tally, row_out)
            standing.update(_verdicts(output))
        if "final_verdicts" in row:
            # a closing question about the form ("主要事迹要写多少字？") gives no verdict and does not undo one
            got = standing
            ok = all(got.get(p) == v for p, v in row["final_verdicts"].items())
            tally.finals.append(ok)
            row_out["final"] = ok
        out_rows.append(row_out)
    return UnderstandingReport(tallies, out_rows, latencies)
