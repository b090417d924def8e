"""Score the judge11 probe (``eval/probes/judge11_jobs.jsonl``): job descriptions in applicants' words, each with
the digital-economy judgement a careful reader gives (digital / not_digital / open) and the post (frontline /
off_line / open). The two costs that matter are a hard "no" where the words leave it open (a wrong not_eligible)
and an answer on the wrong side; an abstention on a clear row costs a question or a review.

    PYTHONPATH=$PWD .venv/bin/python bench/judge11_jobs.py [--half A] [--rows]
"""

from __future__ import annotations

import argparse
import json
import logging
from collections import Counter
from pathlib import Path

PROBE = Path(__file__).resolve().parent.parent / "eval" / "probes" / "judge11_jobs.jsonl"


def _digital(text: str) -> str:
    from assistant.extract.judge import digital_occupation

    judged = digital_occupation(text)
    return "open" if judged is None else "digital" if judged else "not_digital"


def _post(text: str) -> str:
    from assistant.extract.jobs import role_of

    role = role_of(text)
    return "open" if role is None else "frontline" if role == "frontline_technical" else "off_line"


def score(rows: list[dict], show: bool) -> dict[str, Counter]:
    tally = {"digital": Counter(), "post": Counter()}
    for r in rows:
        for field, judge in (("digital", _digital), ("post", _post)):
            got, want = judge(r["text"]), r[field]
            negative = "not_digital" if field == "digital" else "off_line"
            kind = ("right" if got == want else "wrong_no" if got == negative
                    else "abstained" if got == "open" else "wrong_side")
            tally[field][kind] += 1
            if show and kind != "right":
                print(f"{r['id']} {field} want={want} got={got} {r['text']}")
    return tally


def main() -> None:
    logging.basicConfig(level=logging.WARNING)
    ap = argparse.ArgumentParser()
    ap.add_argument("--half", choices=["A", "B"])
    ap.add_argument("--rows", action="store_true", help="list the misses (half A only while tuning)")
    args = ap.parse_args()
    rows = [json.loads(line) for line in PROBE.read_text(encoding="utf-8").splitlines() if line.strip()]
    for half in [args.half] if args.half else ["A", "B"]:
        tally = score([r for r in rows if r["half"] == half], args.rows and half == "A")
        for field, c in tally.items():
            n = sum(c.values())
            print(f"half {half} {field}: right {c['right']}/{n}  wrong_no {c['wrong_no']}  "
                  f"wrong_side {c['wrong_side']}  abstained {c['abstained']}")


if __name__ == "__main__":
    main()
