"""The nearest path to eligibility, computed from the rule rows' ``Fix`` declarations, and the ranking.

Each rule that keeps a program from ``eligible`` contributes one step: supply a missing fact, change a
fact (the row's ``Fix.changes``), wait until a year count is reached (a date from ``Fix.measure``), pick
one of the alternative conditions, or nothing at all when the fact cannot change (a title already held).
The steps are then applied to the profile and the program re-checked, so ``path_verdict`` is what the
rules say, not a hope. Waiting helps only where the reference date moves with the check (浙派工匠).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

from assistant.eligibility.engine import VERDICT_RANK, Evaluation
from assistant.eligibility.facts import fmt_month
from assistant.eligibility.model import Reason, Rule
from assistant.profile import FIELD_LABELS, LIST_FIELDS

__all__ = ["nearest_path", "fit_key"]

Rerun = Callable[[dict, dt.date], str]


def _step(rule: Rule, kind: str, change: str, message: str, **extra: Any) -> dict:
    return {"rule": rule.id, "clause_id": rule.clause_id, "kind": kind, "change": change, "message": message,
            "fields": list(extra.pop("fields", ())), "when": extra.pop("when", None),
            "helps_this_round": extra.pop("helps", True), **extra}


def _provide(rule: Rule, fields: tuple[str, ...], what: str | None = None) -> dict:
    labels = "、".join(FIELD_LABELS.get(f, f) for f in fields)
    return _step(rule, "provide", f"补充：{labels}", f"补充{labels}后才能判断“{what or rule.label}”。", fields=fields)


def _wait(rule: Rule, ev: Evaluation, reason: Reason) -> dict:
    fix = rule.fix
    whens = [ev.facts.when_reached(m, fix.threshold) for m in fix.measure.split("&")]
    if None in whens:
        return _provide(rule, reason.missing or rule.fields[:1])
    when = max(whens)
    helps = ev.program.reference == "as_of"
    message = f"{fix.text}后，即{fmt_month(when)}起"
    if helps:
        message += "符合此项（假定一直在岗）。"
    else:
        last = ev.dates[-1].isoformat()
        message += f"符合此项；但本轮年龄和年限计算截至 {last}，等待对本轮无效，可关注下一届。"
    return _step(rule, "wait", fix.text, message, when=when.isoformat(), helps=helps,
                 fields=(rule.fields[0],))


def _apply(profile: dict, changes: dict) -> None:
    for key, value in changes.items():
        if key in LIST_FIELDS:
            profile[key] = list(profile.get(key) or []) + list(value)
        else:
            profile[key] = value


def nearest_path(ev: Evaluation, reasons: tuple[Reason, ...], verdict: str,
                 rerun: Rerun) -> tuple[tuple[dict, ...], str | None]:
    """(steps, the verdict once the steps are taken); no steps for a verdict that needs none."""
    if verdict in ("eligible", "direct_recognition"):
        return (), None
    by_id = {r.rule: r for r in reasons}
    blocking = {rid for day in ev.days for rid in day.blocking}
    # A rule whose outcome differs between the two ends blocks only on some dates; it still needs a step.
    blocking |= {r.rule for r in reasons if r.ok is not True and r.kind in ("hard", "soft", "exclusion_hard",
                                                                            "exclusion_soft")}
    steps: list[dict] = []
    changes: dict = {}
    wait_until: list[dt.date] = []
    group_done = False
    for rule in ev.program.rules:
        if rule.id not in blocking:
            continue
        if rule.kind in ("alternative", "direct"):
            if group_done:
                continue
            group_done = True
            options = [r for r in ev.program.rules if r.kind in ("alternative", "direct") and r.fix]
            shown = [r for r in options if r.id in by_id]  # report.reasons leaves out alternatives not spoken to
            unknown = tuple(dict.fromkeys(m for r in shown for m in by_id[r.id].missing))
            held = [by_id[r.id] for r in shown if r.kind == "alternative" and by_id[r.id].ok is None
                    and not by_id[r.id].missing]
            if held and not unknown:  # an achievement told, its merit for the experts: nothing to choose or add
                steps.append(_step(rule, "review", "由评审认定", held[0].message))
                continue
            if unknown:
                steps.append(_provide(rule, unknown, "是否符合推荐条件之一"))
            # a fact the notice itself can check (a placing, an award) over a free-text deed the experts weigh
            pick = next((r for r in options if r.fix.changes
                         and not set(r.fix.changes) <= {"achievements", "trained_apprentices"}), None) \
                or next((r for r in options if r.fix.changes), None)
            texts = [f"{r.label}：{r.fix.text}" for r in options]
            steps.append(_step(rule, "choose", "满足下列条件之一", "满足下列条件之一：" + "；".join(texts) + "。",
                               options=texts, fields=()))
            if pick is not None:
                _apply(changes, pick.fix.changes)
            continue
        reason, fix = by_id[rule.id], rule.fix
        if reason.ok is None:
            if reason.missing:
                steps.append(_provide(rule, reason.missing))
            else:
                steps.append(_step(rule, "review", "由评审认定", reason.message))
        elif fix is None:
            steps.append(_step(rule, "review", "由评审认定", reason.message))
        elif not fix.possible:
            steps.append(_step(rule, "blocked", fix.text, f"{fix.text}：{reason.message}", helps=False))
        elif fix.measure:
            step = _wait(rule, ev, reason)
            steps.append(step)
            if step["kind"] == "wait" and step["helps_this_round"]:
                wait_until.append(dt.date.fromisoformat(step["when"]))
        else:
            steps.append(_step(rule, "change", fix.text, f"{fix.text}（{rule.label}）。", fields=tuple(fix.changes)))
            _apply(changes, fix.changes)
    for text in ev.contradictions:
        steps.append({"rule": "contradiction", "clause_id": None, "kind": "review", "change": "核对资料",
                      "message": f"核对资料中的矛盾：{text}。", "fields": [], "when": None, "helps_this_round": True})

    profile = ev.facts.profile.known()
    profile.setdefault("facts_as_of", ev.facts.facts_as_of.isoformat())
    _apply(profile, changes)
    as_of = max([ev.facts.as_of, *wait_until])
    return tuple(steps), rerun(profile, as_of)


def fit_key(verdict: str, steps: tuple[dict, ...], path_verdict: str | None, is_current: bool, index: int,
            accepting: bool = False, met: int = 0, superseded: bool = False) -> tuple:
    """Best fit first: the better verdict; then a path that can still reach eligibility; a round taking applications
    now (``accepting``: open or about to open); not an edition a newer one replaced; more conditions met (``met``: an algorithm engineer meets more of
    数字工匠's than of 浙派工匠's, whose standing scheme alone must not put it first); a current round; fewer steps."""
    dead_end = any(s["kind"] == "blocked" for s in steps) or path_verdict == "not_eligible"
    return (VERDICT_RANK[verdict], dead_end, not accepting, superseded, -met, not is_current, len(steps), index)
