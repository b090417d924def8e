"""Score the drafting conversation: ``eval/drafts.jsonl``, HR staff asking for a 主要事迹 in their own words.

Each row: ``{"id", "split", "program", "person"?, "messages": [...], "must_include": [str | [variants]],
"must_exclude": [str], "kinds"?: {fact substring: kind}, "given"?: [field]}``. The messages run through the
chat in one session (the path ``assistant ask --batch`` takes); the last draft it gave is scored.

Metrics, per split (each a share of rows):
- ``facts_present``: every ``must_include`` entry (any of its variants) is in the draft;
- ``none_excluded``: no ``must_exclude`` text (a colleague's honour, a denied fact) is in it;
- ``no_repeat``: no key fact and no clause of the draft is written twice;
- ``within_limit``: the draft keeps to the form's limit;
- ``formal``: none of the chat words (``CHAT_WORDS``) is left in it;
- ``no_question_given``: nothing the messages gave (``given``: occupation, years, name, employer) is asked again;
- ``kinds_right``: each ``kinds`` fact sits in a sentence opened by a lead-in of that kind;
- ``pass_rate``: all of the above.

Run with:  assistant eval --set eval/drafts.jsonl --split dev|test
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field

from assistant.evaluation.rates import share

__all__ = ["is_draft_set", "run_drafts", "DraftReport", "CHAT_WORDS", "METRICS"]

# Words of a chat message that a 推荐表 does not use: they show the user's wording was copied, not written up.
CHAT_WORDS = ("搞了", "弄了", "整了", "鼓捣", "琢磨出", "他自己", "她自己", "我们厂", "我们车间", "我们公司", "我们单位",
              "咱", "啥", "咋", "俺", "干了", "拿了", "拿过", "做茶做了", "开了个", "小改造", "小发明", "小改进",
              # found a way, in talk: 琢磨了个…法子, 捣鼓出, 想了个办法, 想出个点子, 土办法
              "琢磨", "捣鼓", "想了个", "想出个", "法子", "点子", "土办法", "弄出", "整出", "搞出")
# A question the draft's suggestions ask, by the fact it asks for.
_ASKS = {"occupation": re.compile(r"从事什么职业|什么工种|专业领域"), "years": re.compile(r"多少年"),
         "name": re.compile(r"姓名是什么"), "employer": re.compile(r"工作单位")}
_CLAUSE = re.compile(r"[，,；;。：:]")
METRICS = ("facts_present", "none_excluded", "no_repeat", "within_limit", "formal", "no_question_given", "kinds_right")


def is_draft_set(rows: list[dict]) -> bool:
    return bool(rows) and all("messages" in r and "must_include" in r for r in rows)


def _variants(entry) -> list[str]:
    return list(entry) if isinstance(entry, list) else [entry]


def _repeats(text: str, include: list) -> list[str]:
    """Key facts and clauses (6 characters or more) that the draft says more than once."""
    out = []
    for entry in include:
        hit = next((v for v in _variants(entry) if v in text), None)
        if hit and len(hit) >= 3 and text.count(hit) > 1:
            out.append(hit)
    clauses = Counter(c.strip() for c in _CLAUSE.split(text) if len(c.strip()) >= 6)
    return out + [c for c, n in clauses.items() if n > 1]


def _lead_kind(sentence: str) -> str | None:
    from assistant.drafting.compose import LEADS

    for kind, leads in LEADS.items():
        if any(sentence.startswith(lead.rstrip("，")) for lead in leads):
            return kind
    return None


def _score(row: dict, output: dict) -> dict:
    draft = output.get("draft") or {}
    text = draft.get("text") or ""
    asked = "\n".join([*(draft.get("suggestions") or []), output.get("answer", "") if not draft else ""])
    include, exclude = row.get("must_include") or [], row.get("must_exclude") or []
    missing = [_variants(e)[0] for e in include if not any(v in text for v in _variants(e))]
    excluded = [e for e in exclude if e in text]
    repeats = _repeats(text, include)
    chat = [w for w in CHAT_WORDS if w in text]
    asked_again = [f for f in row.get("given") or [] if f in _ASKS and _ASKS[f].search(asked)]
    sentences = [s for s in re.split(r"(?<=。)", text) if s]
    wrong_kind = [f"{fact}:{kind}" for fact, kind in (row.get("kinds") or {}).items()
                  if not any(fact in s and _lead_kind(s) == kind for s in sentences)]
    checks = {"facts_present": bool(text) and not missing, "none_excluded": bool(text) and not excluded,
              "no_repeat": bool(text) and not repeats,
              "within_limit": bool(text) and draft.get("char_count", 0) <= draft.get("limit", 0),
              "formal": bool(text) and not chat, "no_question_given": not asked_again,
              "kinds_right": bool(text) and not wrong_kind}
    return {"id": row.get("id"), "split": row.get("split", "dev"), "ok": all(checks.values()), **checks,
            "missing": missing, "excluded": excluded, "repeats": repeats, "chat_words": chat,
            "asked_again": asked_again, "wrong_kind": wrong_kind, "text": text}


@dataclass
class _Tally:
    checks: dict[str, list[bool]] = field(default_factory=lambda: {m: [] for m in METRICS})
    passed: list[bool] = field(default_factory=list)

    def to_json(self) -> dict:
        return {"items": len(self.passed), "pass_rate": share(self.passed),
                **{m: share(v) for m, v in self.checks.items()}}


@dataclass
class DraftReport:
    tallies: dict[str, _Tally]
    rows: list[dict]

    def metrics(self) -> dict:
        return {"splits": {s: t.to_json() for s, t in self.tallies.items()}}


def run_drafts(rows: list[dict], deps, splits: tuple[str, ...] | None = None) -> DraftReport:
    from assistant.chat.conversation import run_turns

    tallies: dict[str, _Tally] = {}
    out_rows = []
    for row in rows:
        split = row.get("split", "dev")
        if splits and split not in splits:
            continue
        outputs, _ = run_turns(list(row["messages"]), deps)
        last = next((o for o in reversed(outputs) if o.get("draft")), outputs[-1])
        scored = _score(row, last)
        tally = tallies.setdefault(split, _Tally())
        tally.passed.append(scored["ok"])
        for m in METRICS:
            tally.checks[m].append(scored[m])
        out_rows.append(scored)
    return DraftReport(tallies, out_rows)
