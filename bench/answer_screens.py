"""The eligibility answer a person reads: does the verdict line carry the deciding reason, and does the first screen
(the text before the collapsed card) stay short, ask at most two questions and hold no English or internal names?

Two measures, each a plain table:

``--probes`` (default): ``eval/probes/lead_reasons.jsonl``, single messages written before the code was changed, each
with the expected verdict and the clause (and words) the verdict line must carry. A row is right when the
programme's verdict is the expected one *and* its verdict line (``**名称：结论**——…``) names the expected clause
(its local id, as the line cites it) and one of ``lead_words`` (any, when given). Split A is for tuning (its misses
may be read with ``--errors``); split B is held out: only its figures are read.

``--screens``: every eligibility dev row and every turn of every dialogue dev row, answered as ``ask --batch`` does;
for each answer carrying verdicts, the first screen's length (max and p95 against ``brief.FIRST_SCREEN``), the
questions it asks (at most two), the screens cut off mid-line at the limit, and any Latin word that the user did not say and the notices do not use (an
internal field name or code reaching the user). Test rows are never run here.

Run with:
    ASSISTANT_TODAY=2026-11-21 .venv/bin/python bench/answer_screens.py            # probes, A and B
    ASSISTANT_TODAY=2026-11-21 .venv/bin/python bench/answer_screens.py --errors   # and half A's misses
    ASSISTANT_TODAY=2026-11-21 .venv/bin/python bench/answer_screens.py --screens  # first screens of dev rows
This prints numbers; it is not a test.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

PROBES = ROOT / "eval" / "probes" / "lead_reasons.jsonl"
SETS = (ROOT / "eval" / "eligibility.jsonl", ROOT / "eval" / "dialogues.jsonl")
_LATIN = re.compile(r"[A-Za-z_]{2,}")
_QUESTION_LINE = ("**还需要您补充**", "另外：", "**先问一个关键问题**")


def _rows(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def verdict_line(text: str, name: str) -> str:
    """The line of ``text`` that gives the verdict of the programme called ``name`` ("**名称：结论**…")."""
    return next((ln for ln in text.splitlines() if f"**{name}：" in ln or f"：**{name}：" in ln), "")


def lead_right(row: dict, answer: dict, corpus) -> tuple[bool, bool, str]:
    """(verdict right, verdict line right, the line) for one probe row."""
    from assistant.chat.templates import local_id

    got = {v["program"]: v["verdict"] for v in answer.get("verdicts") or []}
    line = verdict_line(answer["answer"], corpus.meta(row["program"]).short_name)
    clause = local_id(row["lead_clause"])
    cited = bool(re.search(rf"（{re.escape(clause)}\[\d+\]）", line))
    words = row.get("lead_words") or []
    said = not words or any(w in re.sub(r"\s", "", line) for w in words)  # "不满 1 年" says 1年
    return got.get(row["program"]) == row["verdict"], cited and said, line


def probes(errors: bool) -> dict:
    from assistant.chat.conversation import run_turns
    from assistant.chat.turn import make_deps

    deps = make_deps()
    out: dict[str, dict] = {}
    misses = []
    for row in _rows(PROBES):
        answer = run_turns([row["text"]], deps)[0][0]
        verdict_ok, line_ok, line = lead_right(row, answer, deps.corpus)
        tally = out.setdefault(row["split"], {"rows": 0, "verdict": 0, "lead": 0})
        tally["rows"] += 1
        tally["verdict"] += verdict_ok
        tally["lead"] += verdict_ok and line_ok
        if errors and row["split"] == "A" and not (verdict_ok and line_ok):
            got = [v["verdict"] for v in answer.get("verdicts") or [] if v["program"] == row["program"]]
            misses.append(f"{row['id']} want {row['verdict']} {row['lead_clause']} {row.get('lead_words')}; "
                          f"got {got}: {line}")
    for tally in out.values():
        tally["verdict_rate"] = round(tally["verdict"] / tally["rows"], 3)
        tally["lead_rate"] = round(tally["lead"] / tally["rows"], 3)
    return {"splits": dict(sorted(out.items())), "misses": misses}


def _pct(values: list[int], q: float) -> int:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(q * len(ordered)))] if ordered else 0


def screens() -> dict:
    from assistant.chat.case.brief import FIRST_SCREEN, first_screen
    from assistant.chat.case.state import Session
    from assistant.chat.conversation import run_turns
    from assistant.chat.turn import make_deps

    deps = make_deps()
    notice_words = {w.lower() for p in (ROOT / "corpus").glob("*.md")  # "AI" is the notices' own word
                    for w in _LATIN.findall(p.read_text(encoding="utf-8").split("+++", 2)[-1])}
    lengths, over, many_questions, latin, cut = [], [], [], [], []
    for path in SETS:
        for row in _rows(path):
            if row.get("split") != "dev":
                continue
            turns = [t["user"] for t in row["turns"]] if "turns" in row else [row["question"]]
            session, said = Session(), ""
            for text in turns:
                said += text
                answer = run_turns([text], deps, session)[0][0]
                if not answer.get("verdicts") or answer.get("verdicts_standing"):  # a question in between: its answer is no check
                    continue
                screen = first_screen(answer["answer"]).rstrip()
                lengths.append(len(screen))
                if len(screen) > FIRST_SCREEN:
                    over.append((row["id"], len(screen)))
                if screen.endswith("…"):  # cut off at the limit mid-line (brief._fit_screen's last resort)
                    cut.append(row["id"])
                asked = sum(ln.startswith(_QUESTION_LINE) for ln in screen.splitlines())
                if asked > 2:
                    many_questions.append((row["id"], asked))
                said_words = {w.lower() for w in _LATIN.findall(said)}
                stray = [w for w in _LATIN.findall(screen) if w.lower() not in said_words | notice_words]
                if stray:
                    latin.append((row["id"], stray[:3]))
    return {"answers": len(lengths), "max": max(lengths, default=0), "p95": _pct(lengths, 0.95),
            "p50": _pct(lengths, 0.5), "over": over, "cut_off": cut, "more_than_two_questions": many_questions, "latin": latin}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n", 1)[0])
    ap.add_argument("--screens", action="store_true", help="first screens of the eligibility and dialogue dev rows")
    ap.add_argument("--errors", action="store_true", help="list half A's misses (half B's stay unread)")
    args = ap.parse_args()
    result = screens() if args.screens else probes(args.errors)
    print(json.dumps(result, ensure_ascii=False, indent=1))


if __name__ == "__main__":
    main()
