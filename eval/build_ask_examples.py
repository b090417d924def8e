"""Build assistant/language/data/ask_examples.jsonl: which messages want the checker and which ask the rules.

Taken from the DEV halves only (never a test row): every single-message eligibility question ("check": the
writer expected a verdict), every factual question but the injections ("rule", or "check" for the eligibility
kind), and every dialogue's first message ("check" when a verdict was expected at that turn, else "rule").
Then fits the reading on them and writes its weights beside them (``data/ask_kind.npz``), so no process fits it.
Re-run after a new batch lands: ``python eval/build_ask_examples.py``.
"""

from __future__ import annotations

import json
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "assistant" / "language" / "data" / "ask_examples.jsonl"


def _rows(name: str):
    with (ROOT / "eval" / name).open(encoding="utf-8") as f:
        for line in f:
            if line.strip():
                row = json.loads(line)
                if row.get("split") == "dev":
                    yield row


def examples() -> list[dict]:
    out = [{"id": r["id"], "text": r["question"], "label": "check"} for r in _rows("eligibility.jsonl")]
    out += [{"id": r["id"], "text": r["question"], "label": "check" if r["kind"] == "eligibility" else "rule"}
            for r in _rows("qa.jsonl") if r["kind"] != "injection"]
    for r in _rows("dialogues.jsonl"):
        first = r["turns"][0]
        if isinstance(first, dict) and first.get("user") and first.get("expect_verdicts") is not None:
            out.append({"id": r["id"], "text": first["user"], "label": "check" if first["expect_verdicts"] else "rule"})
    return out


if __name__ == "__main__":
    rows = examples()
    OUT.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
    from assistant.language import ask_kind
    from assistant.retrieval.embedding import load_embedder

    embedder = load_embedder()
    ask_kind.save(ask_kind.SHIPPED, embedder.name, *ask_kind.fit(embedder))
    print(f"{len(rows)} examples -> {OUT.relative_to(ROOT)}, weights -> {ask_kind.SHIPPED.relative_to(ROOT)}")  # noqa: T201
