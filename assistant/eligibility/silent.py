"""Facts a notice neither allows nor excludes, as rule rows read from a table (docs/verdict-policy.md, 通知未明确).

The classes of fact and how each is read are ``silent.toml`` beside this module; which notice is silent on which
class, and against which clause, is each programme pack's own ``silent.toml``. A class the applicant told leaves its
row open with basis "silent" (the verdict is ``needs_review`` and the reason names whom to ask); one not told
says nothing (basis "unraised", not shown), so a clearly-met profile stays ``eligible``.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import functools
import re
import tomllib
from pathlib import Path

from assistant.eligibility.model import Fix, Outcome, Rule
from assistant.eligibility.preds import retired_then

__all__ = ["FactClass", "SilentRow", "fact_classes", "silent_rows", "told", "rules", "honour_lookalike"]

_HERE = Path(__file__).resolve().parent
_HANGZHOU = "杭州"


@dataclasses.dataclass(frozen=True)
class FactClass:
    """One class of fact: a profile field's value, or words of a present clause (with another city, if ``place``)."""

    key: str
    label: str
    said: str  # how the reason opens: what the applicant told
    words: tuple[str, ...] = ()
    place: bool = False
    short: tuple[str, ...] = ()
    field: str = ""
    value: str | bool = ""
    since_retired: bool = False  # the fact holds only once retired: none on a reference date before the retirement


@dataclasses.dataclass(frozen=True)
class SilentRow:
    """One fact a pack's notice is silent on, held against one of its clauses."""

    fact: str
    clause: str
    quote: str
    asks: str  # the question the notice leaves open, said to the applicant


@functools.lru_cache(maxsize=1)
def _table() -> dict:
    return tomllib.loads((_HERE / "silent.toml").read_text(encoding="utf-8"))


@functools.lru_cache(maxsize=1)
def fact_classes() -> dict[str, FactClass]:
    data = _table()["fact"]
    return {key: FactClass(key=key, label=row["label"], said=row["said"], words=tuple(row.get("words", ())),
                           place=row.get("place", False), short=tuple(row.get("short", ())),
                           field=row.get("field", ""), value=row.get("value", ""),
                           since_retired=row.get("since_retired", False))
            for key, row in data.items()}


def honour_lookalike(name: str) -> bool:
    """Whether an honour's name is one of a person's skill or promise (技术能手, 青年科技奖), which 条件(三)'s list of
    certificates and science awards neither names nor excludes."""
    return any(w in name for w in _table()["honour_lookalike"]["words"])


@functools.lru_cache(maxsize=16)
def silent_rows(path: Path) -> tuple[SilentRow, ...]:
    """A pack's rows (its ``silent.toml``); a pack without one is silent on none of the classes."""
    if not path.exists():
        return ()
    rows = tomllib.loads(path.read_text(encoding="utf-8")).get("silent", [])
    unknown = [r["fact"] for r in rows if r["fact"] not in fact_classes()]
    if unknown:
        raise ValueError(f"{path}: unknown fact class {unknown}")
    return tuple(SilentRow(r["fact"], r["clause"], r["quote"], r["asks"]) for r in rows)


def _elsewhere(text: str) -> bool:
    """A city other than Hangzhou named in ``text``, not as where one came from or a denied place."""
    from assistant.extract.judge import denied_before
    from assistant.extract.places import cities_in, is_origin

    return any(city and _HANGZHOU not in city and not denied_before(text, start, 2) and not is_origin(text, start)
               for start, _end, city, _p in cities_in(text))


def _clause_tells(fact: FactClass, text: str) -> bool:
    """The clause holds one of the class's words, not denied, and none of its words of a passing arrangement."""
    from assistant.extract.judge import denied_at

    hits = [m for w in fact.words for m in re.finditer(re.escape(w), text)]
    return any(not denied_at(text, m.start(), m.end()) for m in hits) and not any(w in text for w in fact.short)


def told(fact: FactClass, profile, texts: list[str]) -> str | None:
    """What of the profile tells ``fact``: the present clause of the narrative, the field's value, or None. The
    other city of a place fact may be in a neighbouring clause of the same text ("搬回合肥了，一直远程办公")."""
    if fact.field:
        return fact.label if getattr(profile, fact.field, None) == fact.value else None
    for text in texts:
        current = _current_clauses(text)
        said = next((c for c in current if _clause_tells(fact, c)), None)
        if said is not None and (not fact.place or any(_elsewhere(c) for c in current)):
            return said
    return None


@functools.lru_cache(maxsize=512)
def _current_clauses(text: str) -> tuple[str, ...]:
    """The clauses of ``text`` said of the present: read once per text, not once per row, programme and check."""
    from assistant.extract.text import normalize, segments

    return tuple(seg.text for seg in segments(normalize(text)) if seg.current)


def _predicate(row: SilentRow):
    fact = fact_classes()[row.fact]

    def pred(f, ref: dt.date) -> Outcome:
        texts = [*(f.texts("achievements") or []), *(f.texts("trained_apprentices") or [])]
        said = told(fact, f.profile, texts)
        if said is None:
            return Outcome(True, f"未提到{fact.label}的情况。", (), "unraised")
        if fact.since_retired and retired_then(f, ref) is False:
            # "二三年退休后返聘" asked of the 2021 round: then still in service, the notice's plain case
            return Outcome(True, f"{ref.year}年时还没有退休。", (), "unraised")
        quoted = "" if said == fact.label else f"（“{said}”）"
        return Outcome(None, f"{fact.said}{quoted}。通知写的是“{row.quote}”，{row.asks}，通知未明确，"
                             "需向推荐单位或主办单位咨询确认。", (), "silent")
    return pred


def rules(program: str, path: Path) -> tuple[Rule, ...]:
    """The rows of the pack ``silent.toml`` at ``path`` as rule rows: an open row never fails, it only leaves the
    case to whom to ask. (The path, not the registry: a pack's rules are read while the registry discovers it.)
    Labelled 通知未作规定, as titles_silent is: the conditions overview lists no silence as a condition."""
    return tuple(_rule(program, row, fact_classes()[row.fact]) for row in silent_rows(path))


def _rule(program: str, row: SilentRow, fact: FactClass) -> Rule:
    return Rule(f"silent_{row.fact}", f"{program}#{row.clause}", row.quote, "exclusion_hard",
                f"{fact.label}（通知未作规定）", _predicate(row), (fact.field,) if fact.field else ("achievements",),
                Fix(f"通知未写明{fact.label}的能否申报，需向推荐单位或主办单位咨询确认", possible=False))
