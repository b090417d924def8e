"""Which reason decides a verdict: written once, as a table of reason states ranked by how much they decide, read by
pure functions. The chat's verdict line (``chat/case/brief.py``), the order of the further reasons under it and the UI
card's deciding clause all come from here, so no answer picks its lead reason its own way.

A reason's *state* is its rule kind with its outcome, and for an open outcome why it is open (``Reason.basis``):

- a failure of a hard rule or hard exclusion decides 不符合; when no alternative is met or open, a failed
  alternative does (``docs/verdict-policy.md``);
- for 需人工核实, what the asker said that already falls short comes first: a softened rule that fails
  ("一般在5年以上", "原则上…工会会员"), a soft exclusion that applies, a shortfall that only an exemption whose facts
  are not yet given could waive (``waivable``: "不满5年；若符合‘可不受工作年限限制’…"), or one the exemption met
  may not reach (``arguable``). These hold the verdict whatever else is answered;
- then where the notice itself is silent (``silent``): no answer of the asker's changes that;
- then the open facts, by how far their answer can still move the verdict: a hard rule's or hard exclusion's
  (the answer can make it 不符合) before a soft one's; then achievements given whose merit the review decides,
  then the alternatives nobody has spoken to, then the direct path (only ever a stronger yes);
- for 符合 / 可直接认定, the direct path met, then the alternative met, then the rest that holds.

Only a reason that yields the verdict (``yields``, by ``policy.effect`` and the alternatives' group) can lead it: a
failed alternative never leads while another is met or open, an open direct path never leads a 符合.

Run with:  .venv/bin/python -m pytest -q -p no:cacheprovider tests/eligibility/test_decisive.py
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from assistant.eligibility.model import Reason, Verdict
from assistant.eligibility.policy import effect

__all__ = ["LEAD_ORDER", "SETTLED_BY_DIRECT", "state", "rank", "yields", "unneeded", "lead_reason", "by_decisiveness",
           "question_rank"]

# Tiers of (kind, state), in the order they decide; within a tier the reasons rank alike (the fact asked about first
# leads, else the rules table's order). state is "failed", "met", or for an open outcome its basis ("open" for a
# missing fact). A state not listed ranks after every listed one.
LEAD_ORDER: tuple[tuple[tuple[str, str], ...], ...] = (
    # what fails: 不符合
    (("hard", "failed"), ("exclusion_hard", "failed")),
    (("alternative", "failed"),),
    # what the asker said that falls short of a softened rule, or of one only an exemption could lift: 需人工核实
    (("soft", "failed"), ("exclusion_soft", "failed"), ("hard", "waivable"), ("soft", "waivable"),
     ("hard", "arguable"), ("soft", "arguable")),
    # the notice silent on what the asker said: no answer of theirs changes it
    (("exclusion_hard", "silent"), ("hard", "silent"), ("soft", "silent"), ("exclusion_soft", "silent")),
    # open facts, by how far their answer can move the verdict: to 不符合, then within 需人工核实
    (("hard", "open"), ("exclusion_hard", "open")),
    (("soft", "open"), ("exclusion_soft", "open")),
    (("alternative", "matched"), ("alternative", "expert"), ("alternative", "silent")),
    (("alternative", "open"),),
    (("direct", "open"),),
    # what holds: 可直接认定, 符合 by a condition met, the rest
    (("direct", "met"),),
    (("alternative", "met"), ("exemption", "met")),
    (("hard", "met"), ("exclusion_hard", "met"), ("soft", "met"), ("exclusion_soft", "met")),
    # one of several ways that did not work out, an exemption not applying: these decide nothing
    (("direct", "failed"), ("exemption", "open"), ("exemption", "failed")),
)
_RANK = {key: i for i, tier in enumerate(LEAD_ORDER) for key in tier}
_WAYS = ("alternative", "direct")  # 符合下列条件之一 and the direct path: decided as a group, not row by row


# what a direct recognition makes unnecessary: the 符合下列条件之一 alternatives and the exemptions that stand in for
# them; still open under 可直接认定, they are no point to check ("？ 未提供主要业绩" under a first place misleads)
SETTLED_BY_DIRECT = frozenset({"alternative", "exemption"})


def unneeded(v: Verdict, r: Reason) -> bool:
    """Whether ``r`` is an open alternative or exemption of a verdict already settled by the direct path."""
    return v.verdict == "direct_recognition" and r.kind in SETTLED_BY_DIRECT and r.ok is not True


def state(r: Reason) -> str:
    if r.ok is True:
        return "met"
    if r.ok is False:
        return "failed"
    return r.basis or "open"


def rank(r: Reason) -> int:
    """The reason's place in ``LEAD_ORDER`` (smaller decides more)."""
    return _RANK.get((r.kind, state(r)), len(LEAD_ORDER))


def _ways(reasons: Iterable[Reason], kind: str) -> set[bool | None]:
    return {r.ok for r in reasons if r.kind == kind}


def yields(v: Verdict, r: Reason) -> bool:
    """Whether ``r`` on its own is a reason for ``v.verdict`` (``policy.POLICY``): its row forces that verdict, or for
    the alternatives and the direct path, the group it belongs to does."""
    if v.verdict in ("eligible", "direct_recognition"):
        if v.verdict == "direct_recognition":
            return r.kind == "direct" and r.ok is True
        return r.ok is True and r.kind != "direct"
    if r.kind not in _WAYS:
        return effect(r.kind, r.ok) == v.verdict
    alts, direct = _ways(v.reasons, "alternative"), _ways(v.reasons, "direct")
    if True in alts or True in direct:
        return False  # a way is met: the others decide nothing
    if v.verdict == "not_eligible":  # no alternative met or open, and no direct path open
        return r.kind == "alternative" and r.ok is False and None not in alts and None not in direct
    return r.ok is None  # 需人工核实: an open way keeps it open


# the first tier of open facts: the tiers before it are what was said already (a shortfall, the notice silent), which no
# answer to a question changes
_OPEN_FROM = _RANK[("hard", "open")]


def question_rank(v: Verdict, r: Reason) -> int | None:
    """Where the answer to ``r``'s missing facts stands among the verdict's open points, by the same ``LEAD_ORDER``
    as the verdict line: None for a reason that yields nothing (an alternative left open beside one met) or that is
    no open fact (a shortfall already said, the notice silent). The chat asks the smallest first, so the one next
    question is the open fact that can still move the verdict most: a hard rule's (it can make 不符合) before a
    soft one's, before the achievements."""
    if r.ok is not None or not r.missing or not yields(v, r):
        return None
    at = rank(r)
    return at if at >= _OPEN_FROM else None


def by_decisiveness(reasons: Sequence[Reason]) -> list[Reason]:
    """``reasons`` in ``LEAD_ORDER`` (stable: the rules table's order among equals)."""
    return sorted(reasons, key=rank)


def lead_reason(v: Verdict, asked: Sequence[str] = ()) -> Reason | None:
    """The reason the verdict line names: the most decisive of those that yield the verdict. Among open facts of
    equal rank, the one whose field is asked about first (``asked``: the fields of the answer's questions) leads,
    so the line and the question speak of the same point."""
    candidates = [r for r in v.reasons if yields(v, r)] or [r for r in v.reasons if r.ok is not True] or list(v.reasons)
    if not candidates:
        return None

    def key(r: Reason) -> tuple[int, int]:
        hit = next((i for i, f in enumerate(asked) if f in r.missing), len(asked))
        return rank(r), hit

    return min(candidates, key=key)
