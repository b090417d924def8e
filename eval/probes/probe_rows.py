"""What every probe writer does after writing its items: number them, split them A/B by a fixed seed, check each
gold clause and key fact against the notices, and append them once.

A writer lists its rows (dicts without id and split) and ends with::

    from eval.probes.probe_rows import write
    write(rows, prefix="qp-", start=1600, seed=2184, path=QA_PROBE)

Run from the repo root: ``python -m eval.probes.NAME_probe_writer`` prints the rows; ``--write`` appends them, once.
The first half of ``random.Random(seed).shuffle`` of the row positions is "dev" (A, tuned on), the rest "test" (B,
held out): the split every probe since round five used.

The message and dialogue writers (``eval/probes/NAME_messages.jsonl``, ``NAME_dialogues.jsonl``) rewrite their own
files with ``write_jsonl``, their halves alternating by position (``alternate``) or along a seeded shuffle
(``shuffled_halves``), their dialogues' turns built by ``turns_closing`` (or ``turn`` by ``turn`` where a turn expects
facts of its own): each writer keeps its rows' key order, so the committed files stay as they were written. A QA
probe writer builds its rows with ``qa_row``.
"""

from __future__ import annotations

import json
import random
import re
import sys
from pathlib import Path

__all__ = ["QA_PROBE", "FACTS", "halves", "numbered", "check_gold", "write", "within", "anyof", "write_jsonl", "alternate",
           "shuffled_halves", "turn", "turns_closing", "answered_turns", "write_asked", "qa_row"]

ROOT = Path(__file__).resolve().parents[2]
QA_PROBE = ROOT / "eval" / "labels" / "qa_probe.jsonl"
FACTS = ROOT / "eval" / "labels" / "facts.jsonl"


def within(lo: float, hi: float) -> dict:
    """A fact label (``labels/facts.jsonl``) whose value may lie anywhere in ``[lo, hi]``: years said roughly."""
    return {"range": [lo, hi]}


def anyof(*names: str) -> dict:
    """A fact label met by any of ``names``: a city said as a district, a level said two ways."""
    return {"any": list(names)}


def halves(n: int, seed: int) -> set[int]:
    """The positions of the first half (A) of ``n`` rows shuffled by ``seed``."""
    order = list(range(n))
    random.Random(seed).shuffle(order)
    return set(order[: n // 2])


def numbered(rows: list[dict], prefix: str, start: int, seed: int, names: tuple[str, str] = ("dev", "test"),
             width: int = 0, key: str = "split") -> list[dict]:
    """``rows`` with ids ``prefix + (start + i)`` (zero-padded to ``width``) and their half under ``key``, id first
    (the extraction bench's labels call it "half", A or B)."""
    first = halves(len(rows), seed)
    return [{"id": f"{prefix}{start + i:0{width}d}", **row, key: names[0] if i in first else names[1]}
            for i, row in enumerate(rows)]


def check_gold(rows: list[dict]) -> None:
    """Every gold clause exists and every key fact is verbatim (whitespace aside) in one of the gold clauses."""
    from assistant.notices.tree import load_corpus

    corpus = load_corpus(ROOT / "corpus")
    squeeze = lambda s: re.sub(r"\s+", "", s)  # noqa: E731 - the eval's own comparison
    for row in rows:
        ids = row.get("gold_clause_ids") or []
        for cid in ids:
            assert corpus.has(cid), (row.get("question"), cid)
        text = squeeze("".join(corpus.clause(cid).text for cid in ids))
        for fact in row.get("key_facts") or []:
            assert squeeze(fact) in text, (row.get("question"), fact)


def write(rows: list[dict], prefix: str, start: int, seed: int, path: Path = QA_PROBE, check: bool = True,
          names: tuple[str, str] = ("dev", "test"), width: int = 0, argv: list[str] | None = None,
          key: str = "split") -> list[dict]:
    """Number, split and check ``rows``; append them to ``path`` with ``--write`` (refused when the first id is
    already there), else print them. Returns the numbered rows."""
    out = numbered(rows, prefix, start, seed, names, width, key)
    if check:
        check_gold(out)
    if "--write" in (sys.argv if argv is None else argv):
        first = json.dumps(out[0]["id"])
        assert first not in path.read_text(encoding="utf-8"), f"{out[0]['id']}… are already written"
        with open(path, "a", encoding="utf-8") as fh:
            fh.writelines(json.dumps(row, ensure_ascii=False) + "\n" for row in out)
    else:
        sys.stdout.writelines(json.dumps(row, ensure_ascii=False) + "\n" for row in out)
    return out


def write_jsonl(path: Path, rows) -> None:
    """Replace ``path`` with ``rows``, one JSON object a line (the probe files' form)."""
    with open(path, "w", encoding="utf-8") as fh:
        fh.writelines(json.dumps(row, ensure_ascii=False) + "\n" for row in rows)


def alternate(rows: list[dict], after_id: bool = False, names: str = "AB") -> list[dict]:
    """``rows`` with the half under "split" alternating by position, the first in A: last of the keys, or right after
    the id (``after_id``), as the writer first wrote it."""
    out = []
    for i, row in enumerate(rows):
        half = names[i % 2]
        out.append({"id": row["id"], "split": half, **row} if after_id else {**row, "split": half})
    return out


def shuffled_halves(rows: list[dict], seed: int) -> list[dict]:
    """``rows`` with the half under "split" alternating along ``random.Random(seed).shuffle`` of their positions."""
    order = list(range(len(rows)))
    random.Random(seed).shuffle(order)
    for rank, index in enumerate(order):
        rows[index]["split"] = "A" if rank % 2 == 0 else "B"
    return rows


def turn(user: str, answers: str | None = None, facts: dict | None = None, verdicts: dict | None = None,
         empty: bool = False) -> dict:
    """One dialogue turn: the user's words, the field they answer, the facts and verdicts expected after it; an
    expectation not given is ``{}`` (or None with ``empty``)."""
    blank = None if empty else {}
    return {"user": user, "answers": answers, "expect_facts": blank if facts is None else facts,
            "expect_verdicts": blank if verdicts is None else verdicts}


def turns_closing(said, final: dict | None, empty: bool = False) -> list[dict]:
    """A dialogue's turns from ``(user, answers)`` pairs, nothing expected but ``final`` verdicts on the last turn;
    the expectations left open are ``{}`` (or None with ``empty``)."""
    turns = [turn(u, a, empty=empty) for u, a in said]
    turns[-1]["expect_verdicts"] = final
    return turns


def answered_turns(program: str, first: str, later, opening: str) -> list[dict]:
    """A dialogue opened by ``first`` (``opening`` expected of it), then ``(user, field asked, facts, verdict)``
    answers, each turn's facts expected only where some are given."""
    turns = [{"user": first, "answers": None, "expect_verdicts": {program: opening}}]
    for user, field, facts, verdict in later:
        turn = {"user": user, "answers": field, "expect_verdicts": {program: verdict}}
        if facts:
            turn["expect_facts"] = facts
        turns.append(turn)
    return turns


def write_asked(name: str, code: str, messages, dialogues, opening: str) -> None:
    """Write ``NAME_messages.jsonl`` from ``(program, question, verdict, why)`` and ``NAME_dialogues.jsonl`` from
    ``(program, first, answers, why)`` (``answered_turns``), ids ``el-CODE001…``/``dlg-CODE001…``, halves
    alternating right after the id (employer19, facts20)."""
    here = ROOT / "eval" / "probes"
    write_jsonl(here / f"{name}_messages.jsonl", alternate([
        {"id": f"el-{code}{i:03d}", "question": question, "program": program, "expect_verdicts": {program: verdict},
         "why": why} for i, (program, question, verdict, why) in enumerate(messages, 1)], after_id=True))
    write_jsonl(here / f"{name}_dialogues.jsonl", alternate([
        {"id": f"dlg-{code}{i:03d}", "turns": answered_turns(program, first, later, opening),
         "final_verdicts": {program: later[-1][3]}, "why": why}
        for i, (program, first, later, why) in enumerate(dialogues, 1)], after_id=True))


def qa_row(kind: str, program: str | None, question: str, gold: list[str], facts: list[str], answer_type: str,
           note: str) -> dict:
    """A QA probe row (``labels/qa_probe.jsonl``) in the key order the writers have used, never a refusal expected."""
    return dict(kind=kind, question=question, program=program, gold_clause_ids=gold, key_facts=facts,
                expect_refusal=False, answer_type=answer_type, note=note)
