"""Score the checker on complete applicant profiles: ``eval/profiles.jsonl``.

Each row: ``{"id", "split", "program", "profile", "as_of"?, "expected", "why"?: [clause ids]}`` — a profile as
an HR officer would fill it, and the verdict the notice gives. This measures the rules alone (no language
understanding): the hidden acceptance profiles are of this kind.

Metrics, per split:
- ``verdict_accuracy``: share of rows whose verdict is ``expected``;
- ``why_cited``: share of rows, among those with ``why``, whose output cites every clause in ``why``
  (the deciding clause is named, not only the verdict right);
- ``by_program``: verdict accuracy per programme;
- ``confusion``: ``"expected→got"`` counts of the misses, so a lean towards one wrong verdict shows.

Run with:  assistant eval --set eval/profiles.jsonl --split dev|test
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

from assistant.errors import InputError
from assistant.evaluation.rates import share

__all__ = ["is_profile_set", "run_profiles", "ProfileReport"]


def is_profile_set(rows: list[dict]) -> bool:
    return bool(rows) and all("profile" in r and "expected" in r for r in rows)


@dataclass
class _Tally:
    right: list[bool] = field(default_factory=list)
    cited: list[bool] = field(default_factory=list)
    by_program: dict[str, list[bool]] = field(default_factory=dict)
    misses: Counter = field(default_factory=Counter)

    def to_json(self) -> dict:
        return {"verdict_accuracy": share(self.right), "why_cited": share(self.cited),
                "items": len(self.right),
                "by_program": {p: share(xs) for p, xs in sorted(self.by_program.items())},
                "confusion": dict(self.misses.most_common())}


@dataclass
class ProfileReport:
    tallies: dict[str, _Tally]
    rows: list[dict]

    def metrics(self) -> dict:
        return {"splits": {s: t.to_json() for s, t in self.tallies.items()}}


def run_profiles(rows: list[dict], splits: tuple[str, ...] | None = None) -> ProfileReport:
    from assistant.eligibility import check_json

    tallies: dict[str, _Tally] = {}
    out_rows: list[dict] = []
    for n, row in enumerate(rows, start=1):
        split = row.get("split", "dev")
        if splits and split not in splits:
            continue
        if not isinstance(row.get("program"), str) or row["program"] == "all":
            raise InputError(f"评测集第 {n} 行缺少单个项目编号 program。", field="set")
        tally = tallies.setdefault(split, _Tally())
        doc = check_json(row["program"], row["profile"], row.get("as_of"))
        ok = doc["verdict"] == row["expected"]
        tally.right.append(ok)
        tally.by_program.setdefault(row["program"], []).append(ok)
        if not ok:
            tally.misses[f"{row['expected']}→{doc['verdict']}"] += 1
        out = {"id": row.get("id"), "split": split, "program": row["program"], "expected": row["expected"],
               "got": doc["verdict"], "ok": ok}
        if row.get("why"):
            cited = set(doc.get("clause_ids") or []) | {r.get("clause_id") for r in doc.get("reasons") or []}
            out["why_cited"] = all(c in cited for c in row["why"])
            tally.cited.append(out["why_cited"])
        out_rows.append(out)
    return ProfileReport(tallies, out_rows)
