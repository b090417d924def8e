"""The verdict policy, written once: how each kind of rule row and its outcome bears on the verdict.

``docs/verdict-policy.md`` is this table in prose, with the notice wording that triggers each row. The rules
tables only mark a row hard, soft, alternative, exemption, exclusion or direct; ``decide`` applies the table.
Precedence: not_eligible > needs_review > direct_recognition > eligible.
"""

from __future__ import annotations

from dataclasses import dataclass

from assistant.eligibility.model import Outcome, Rule

__all__ = ["PolicyRow", "POLICY", "effect", "decide", "PRECEDENCE", "unsaid_soft"]

PRECEDENCE = ("not_eligible", "needs_review", "direct_recognition", "eligible")


@dataclass(frozen=True)
class PolicyRow:
    """One row: a kind of rule (or the alternatives as a group) with an outcome, and the verdict it forces."""

    kind: str  # a rule kind, or "alternatives" for the 符合下列条件之一 group
    ok: bool | None
    effect: str  # "not_eligible" | "needs_review" | "direct_recognition" | "pass"
    trigger: str  # the notice wording that makes a row this kind


POLICY: tuple[PolicyRow, ...] = (
    PolicyRow("hard", False, "not_eligible", "须、应、…以上、目前仍在技术岗位（无“原则上”“一般”）"),
    PolicyRow("hard", None, "needs_review", "事实缺失或资料矛盾"),
    PolicyRow("soft", False, "needs_review", "原则上、一般"),
    PolicyRow("soft", None, "needs_review", "原则上、一般（事实缺失）"),
    PolicyRow("exclusion_hard", False, "not_eligible", "不再重复推荐、不作为推荐对象、不得申报"),
    PolicyRow("exclusion_hard", None, "needs_review", "通知未明确（如已获通知未提及的同类称号）或事实缺失"),
    PolicyRow("exclusion_soft", False, "needs_review", "原则上不予推荐"),
    PolicyRow("exclusion_soft", None, "needs_review", "原则上不予推荐（事实缺失）"),
    PolicyRow("alternatives", True, "pass", "符合下列条件之一：有一项相符"),
    PolicyRow("alternatives", None, "needs_review", "由专家评审：业绩已提供但是否符合由评审认定，或事实缺失"),
    PolicyRow("alternatives", False, "not_eligible", "明确没有相关业绩（“没有”“无”，或说明没有后业绩为空）"),
    PolicyRow("direct", True, "direct_recognition", "可以直接认定"),
    # "符合条件的可以直接认定": a soft condition (原则上、一般) not yet stated does not hold back a first place; one
    # stated and falling short still does (the soft/False row), and so does any hard row.
    PolicyRow("soft_under_direct", None, "pass", "符合条件的可以直接认定：软性条件（一般、原则上）的事实未提供"),
    # An unknown direct path is only a possible stronger yes: it never holds back an alternative that holds.
    # (With no alternative holding, the alternatives' row decides, and an open direct path keeps it open.)
    PolicyRow("direct", None, "pass", "可以直接认定：竞赛名次未知，而推荐条件已符合（回答另加一行说明）"),
)


def effect(kind: str, ok: bool | None) -> str:
    """The verdict a row of ``kind`` with outcome ``ok`` forces; "pass" when it forces nothing."""
    if ok is True and kind != "direct":
        return "pass"
    return next((r.effect for r in POLICY if r.kind == kind and r.ok is ok), "pass")


def unsaid_soft(kind: str, o: Outcome) -> bool:
    """A soft condition (原则上、一般) open only for a fact not yet given — not a count short unless an exemption
    holds ("waivable"), nor a silence of the notice: what a first place is not held back by (soft_under_direct)."""
    return kind in ("soft", "exclusion_soft") and o.ok is None and not o.basis and bool(o.missing)


def _group(values: list[bool | None]) -> bool | None:
    if any(v is True for v in values):
        return True
    return None if any(v is None for v in values) else False


def decide(rules: tuple[Rule, ...], out: dict[str, Outcome], contradicted: bool) -> tuple[str, list[str], list[str]]:
    """(verdict, missing facts, blocking rule ids) for one reference date, by the table above."""
    effects: list[str] = ["needs_review"] if contradicted else []
    missing: list[str] = []
    blocking: list[str] = []
    directs = [r for r in rules if r.kind == "direct"]
    direct = _group([out[r.id].ok for r in directs]) if directs else False
    for rule in rules:
        o = out.get(rule.id)
        if rule.kind not in ("hard", "soft", "exclusion_hard", "exclusion_soft") or o is None or o.ok is True:
            continue
        kind = "soft_under_direct" if direct is True and unsaid_soft(rule.kind, o) else rule.kind
        if effect(kind, o.ok) == "pass":
            missing.extend(o.missing)  # still worth asking: the answer can only turn the first place into a review
            continue
        blocking.append(rule.id)
        effects.append(effect(kind, o.ok))
        if effects[-1] == "needs_review":
            missing.extend(o.missing)
    alts = [r for r in rules if r.kind == "alternative"]
    alt = _group([out[r.id].ok for r in alts]) if alts else True
    if direct is True or alt is True:
        effects.append(effect("direct", direct))  # the open direct path under a held alternative: "pass"
    else:
        blocking.extend(r.id for r in (*alts, *directs))
        # the direct path still open (unknown) keeps the question open even when no alternative holds
        effects.append(effect("alternatives", None if direct is None else alt))
        missing.extend(m for r in (*alts, *directs) if out[r.id].ok is None for m in out[r.id].missing)
    verdict = next((v for v in PRECEDENCE if v in effects), "eligible")
    return verdict, list(dict.fromkeys(missing)), blocking
