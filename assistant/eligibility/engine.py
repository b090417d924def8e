"""Evaluate a program's rules table on its reference dates and decide the verdict. Pure: no I/O.

Order of work on each reference date: run every predicate; apply exemptions (a waived rule holds, a rule
that an exemption only arguably waives becomes unknown); mark rules that read contradictory facts as
unknown; decide. Dates are then merged: the same verdict on every date stands, different verdicts give
``needs_review``. The verdict of each date comes from the policy table (``policy.decide``).
"""

from __future__ import annotations

import datetime as dt
import logging
from dataclasses import dataclass, field

from assistant.eligibility.facts import Facts, fmt_years, years_between
from assistant.eligibility.model import Outcome, Program, Rule
from assistant.eligibility.policy import decide
from assistant.errors import InputError
from assistant.profile import FIELD_LABELS, Profile, month_of

__all__ = ["bind", "evaluate", "reference_dates", "Evaluation", "DayResult", "VERDICT_RANK"]

log = logging.getLogger(__name__)

VERDICT_RANK = {"eligible": 0, "direct_recognition": 0, "needs_review": 1, "not_eligible": 2}
_LABELS = {"years_in_field": "从业年限", "years_full_time_in_hangzhou": "在杭全职年限",
           "years_full_time_in_zhejiang": "在浙全职年限"}


def reference_dates(program: Program, window_start: dt.date, deadline: dt.date | None,
                    fixed: dt.date | None, as_of: dt.date) -> tuple[dt.date, ...]:
    if program.reference == "fixed" and fixed:
        return (fixed,)
    if program.reference == "window" and deadline:
        return (window_start, deadline)
    return (as_of,)


def _contradictions(profile: Profile, facts_as_of: dt.date, field_start: str | None) -> list[tuple[str, set[str]]]:
    """Facts that cannot all be true, each with the fields involved."""
    found: list[tuple[str, set[str]]] = []
    born = month_of(profile.birth_date)
    if born is not None:
        working_age = years_between(born, facts_as_of) - 16
        for name in ("years_in_field", "years_full_time_in_hangzhou", "years_full_time_in_zhejiang"):
            value = getattr(profile, name)
            if value is not None and value > working_age + 1e-6:
                found.append((f"{_LABELS[name]} {fmt_years(value)} 年多于年龄减16（约 {fmt_years(max(working_age, 0))} 年）",
                              {name, "birth_date"}))
        for name in ("digital_work_start", "hangzhou_full_time_start"):
            start = month_of(getattr(profile, name))
            if start is not None and start < born.replace(year=born.year + 16):
                found.append((f"{FIELD_LABELS[name]} {getattr(profile, name)} 早于16周岁", {name, "birth_date"}))
    hz, zj = profile.years_full_time_in_hangzhou, profile.years_full_time_in_zhejiang
    if hz is not None and zj is not None and hz > zj + 1e-6:
        found.append((f"在杭全职年限 {fmt_years(hz)} 年多于在浙全职年限 {fmt_years(zj)} 年（杭州在浙江省内）",
                      {"years_full_time_in_hangzhou", "years_full_time_in_zhejiang"}))
    for start_name, count_name in ((field_start, "years_in_field"),
                                   ("hangzhou_full_time_start", "years_full_time_in_hangzhou")):
        start = month_of(getattr(profile, start_name)) if start_name else None
        count = getattr(profile, count_name)
        if start is not None and count is not None:
            derived = max(0.0, years_between(start, facts_as_of))
            if abs(derived - count) > 1 + 1e-6:
                found.append((f"{_LABELS[count_name]}填 {fmt_years(count)} 年，但按开始年月 {getattr(profile, start_name)} "
                              f"算到 {facts_as_of.isoformat()} 约 {fmt_years(derived)} 年", {start_name, count_name}))
    return found


def bind(profile: Profile, program: Program, as_of: dt.date) -> tuple[Facts, list[tuple[str, set[str]]]]:
    """Bind a profile to a check; reject a birth date after as_of (bad input, not a contradiction)."""
    born = month_of(profile.birth_date)
    if born is not None and born > as_of:
        raise InputError(f"出生年月 {profile.birth_date} 晚于检查日期 {as_of.isoformat()}，请核对。", field="birth_date")
    facts_as_of = profile.facts_as_of or as_of
    if born is not None and born > facts_as_of:
        raise InputError(f"年限截至日期 {facts_as_of.isoformat()} 早于出生年月 {profile.birth_date}，请核对。",
                         field="facts_as_of")
    found = _contradictions(profile, facts_as_of, program.field_start)
    contradicted = frozenset(f for _, fields in found for f in fields)
    return Facts(profile, program.id, as_of, facts_as_of, program.field_start, contradicted), found


@dataclass
class DayResult:
    """The rules on one reference date."""

    ref: dt.date
    outcomes: dict[str, Outcome]
    verdict: str
    missing: list[str]
    blocking: list[str]  # rule ids that keep this date from eligible (the alternatives as a group)
    relevant_exemptions: set[str] = field(default_factory=set)
    notes: dict[str, str] = field(default_factory=dict)


@dataclass
class Evaluation:
    """All reference dates of one check."""

    program: Program
    facts: Facts
    dates: tuple[dt.date, ...]
    days: list[DayResult]
    contradictions: list[str]

    @property
    def verdict(self) -> str:
        verdicts = {d.verdict for d in self.days}
        return verdicts.pop() if len(verdicts) == 1 else "needs_review"


def _apply_exemptions(rules: tuple[Rule, ...], out: dict[str, Outcome]) -> set[str]:
    relevant: set[str] = set()
    for ex in (r for r in rules if r.kind == "exemption"):
        applies = out[ex.id].ok
        for target in (*ex.waives, *ex.may_waive):
            own = out[target]
            if own.ok is True:
                continue
            relevant.add(ex.id)
            if applies is True and target in ex.waives:
                out[target] = Outcome(True, f"{own.message.rstrip('。')}；但{ex.label}，此项不作要求。")
            elif applies is True and own.ok is False:
                out[target] = Outcome(None, f"{own.message.rstrip('。')}。已符合“{ex.quote}”，但通知未明确这一豁免是否也"
                                            "适用于本项，需由评审认定。", basis="arguable")
            elif applies is None and own.ok is False and target in ex.may_waive:
                # unknown facts behind an exemption whose reach the notice leaves open: the rule as written
                # decides; the fact, once given, could only make it arguable (docs/verdict-policy.md)
                out[target] = Outcome(False, f"{own.message.rstrip('。')}（如有“{ex.label}”所列证书或奖项，"
                                             "通知未明确能否免去本项，可向推荐单位咨询）。")
            elif applies is None and own.ok is False:
                hint = out[ex.id].message.rstrip("。")
                out[target] = Outcome(None, f"{own.message.rstrip('。')}；若符合“{ex.quote}”则本项可不作要求（{hint}）。",
                                      out[ex.id].missing, basis="waivable")  # falls short unless the exemption applies
    return relevant


def _day(program: Program, facts: Facts, ref: dt.date, contradictions: list[tuple[str, set[str]]]) -> DayResult:
    out: dict[str, Outcome] = {}
    notes: dict[str, str] = {}
    for rule in program.rules:
        result = rule.predicate(facts, ref)
        if rule.kind == "info":
            if result is not None:
                notes[rule.id] = result.message
            continue
        out[rule.id] = result
    relevant = _apply_exemptions(program.rules, out)
    for rule in program.rules:
        hits = [text for text, fields in contradictions if fields & set(rule.fields)]
        if hits and rule.id in out and rule.kind not in ("exemption", "info"):
            out[rule.id] = Outcome(None, f"资料有矛盾（{'；'.join(hits)}），此项无法判断。", out[rule.id].missing)
    verdict, missing, blocking = decide(program.rules, out, bool(contradictions))
    return DayResult(ref, out, verdict, missing, blocking, relevant, notes)


def evaluate(program: Program, facts: Facts, dates: tuple[dt.date, ...],
             contradictions: list[tuple[str, set[str]]]) -> Evaluation:
    days = [_day(program, facts, ref, contradictions) for ref in dates]
    log.info("eligibility %s: %s on %s", program.id, [d.verdict for d in days], [d.isoformat() for d in dates])
    return Evaluation(program, facts, dates, days, [text for text, _ in contradictions])
