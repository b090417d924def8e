"""What the profile and message probe writers share: the programme ids, the hard facts every probe profile meets, the
record builders, and the turning of a writer's tuples into eval rows.

A profile probe meets every hard rule of its programme so that only the alternatives (符合下列条件之一) decide; each
writer keeps its own people (``BASE``: one per programme, built on ``COMMON``) and its own tuples:

- profiles: ``(program, expected, competitions, awards, achievements, apprentices, note[, base overrides])``;
- messages: ``(program, expected, question, why)``;
- achievements: ``(text, kinds)``.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

from eval.probes.probe_rows import write

__all__ = ["D26", "D23", "C16", "CT", "ZJ", "COMMON", "comp", "award", "profile_rows", "message_rows",
           "write_achievements"]

D26, D23, C16, CT, ZJ = ("hz_digital_craftsman_2026", "hz_digital_craftsman_2023", "hz_craftsman_2016",
                         "hz_chief_technician_2021", "zj_craftsman_2023")
COMMON = {"nationality": "中国", "rehired": False, "employment": "full_time", "role_type": "frontline_technical",
          "union_member": True, "employer_city": "杭州", "prior_titles": [], "employer_type": "private"}


def comp(level, rank, year, field, kind="individual", tier=None):
    return {"level": level, "tier": tier, "rank": rank, "year": year, "type": kind, "field": field}


def award(level, kind, year):
    return {"level": level, "kind": kind, "year": year}


def _clauses(why: str | list[str]) -> list[str]:
    return list(why) if isinstance(why, list) else [why]


def profile_rows(profiles: list[tuple], base: dict, why: dict, as_of: str = "2026-11-21") -> list[dict]:
    rows = []
    for program, expected, comps, awards, achievements, apprentices, note, *extra in profiles:
        profile = {**base[program], **(extra[0] if extra else {}), "competition_results": comps, "awards": awards,
                   "achievements": achievements, "trained_apprentices": apprentices}
        rows.append({"program": program, "as_of": as_of, "profile": profile, "expected": expected,
                     "why": _clauses(why[program]), "note": note})
    return rows


def message_rows(messages: list[tuple], why: dict) -> list[dict]:
    """A reason that already names its clause keeps it; any other is followed by the programme's deciding clause."""
    return [{"question": q, "program": program, "expect_verdicts": {program: expected},
             "why": reason if "#" in reason else f"{reason}：{_clauses(why[program])[0]}"}
            for program, expected, q, reason in messages]


def write_achievements(achievements: list[tuple], prefix: str, seed: int, path: Path, batch: str) -> list[dict]:
    """Split the labelled sentences A/B under "half" and, with ``--write``, write them with the half also under
    "split" and no id column: the classifier bench reads either name."""
    rows = [{"text": text, "labels": kinds, "batch": batch} for text, kinds in achievements]
    out = write(rows, prefix=prefix, start=1, seed=seed, path=path, check=False, names=("A", "B"), width=3,
                key="half", argv=["--dry"])
    if sys.argv[-1] == "--write":
        with open(path, "w", encoding="utf-8") as fh:
            fh.writelines(json.dumps({k: v for k, v in r.items() if k != "id"} | {"split": r["half"]},
                                     ensure_ascii=False) + "\n" for r in out)
    return out
