"""Turn an evaluation into what the user reads: reasons merged over the reference dates, notes,
missing facts phrased as questions, and a one-line summary."""

from __future__ import annotations

from assistant.eligibility.engine import Evaluation
from assistant.eligibility.model import VERDICT_LABELS, Note, Outcome, Reason
from assistant.eligibility.policy import unsaid_soft
from assistant.profile import FIELD_LABELS

__all__ = ["reasons", "notes", "open_direct", "direct_unsaid", "missing", "questions", "summary"]

_QUESTIONS = {
    "birth_date": "您的出生年月是？（如 1988-06）",
    "nationality": "您的国籍是？",
    "union_member": "您是工会会员吗？",
    "rehired": "您是退休后返聘的吗？",
    "employer_city": "您的工作单位在哪个城市？",
    "employer_type": "您的单位是什么性质（民营企业、国有企业、事业单位、机关）？",
    "employment": "您目前的用工或任职情况是（全职、兼职、自由职业、退休、公务员/参公、事业单位或国企领导）？",
    "role_type": "您目前在一线技术岗位，还是管理或行政岗位？",
    "is_digital_economy": "您是否从事数字经济行业工作？",
    "is_highest_level_of_occupation": "您的职业技能等级是否已是本职业（工种）的最高等级？",
    "prior_titles": "您已获得过哪些荣誉称号（如“杭州工匠”“浙江工匠”“杭州数字工匠”“浙江省首席技师”）？没有请填“无”。",
    "competition_results": "您参加过哪些职业技能竞赛？请写明级别、一类/二类、名次、年份、个人或团体、竞赛名称。没有请填“无”。",
    "awards": "您获得过哪些奖项或荣誉（如科学技术进步奖、全国技术能手、特殊津贴）？请写明级别和年份。没有请填“无”。",
    "achievements": "您的主要业绩有哪些（如制定标准、技术革新、攻关、专利、操作法）？",
    "trained_apprentices": "您带徒传技的情况如何（带徒人数、徒弟或所培养选手的竞赛成绩）？",
}


_SHORTFALLS = ("waivable", "arguable")  # engine._apply_exemptions: what falls short unless an exemption lifts it


def _merge(outcomes: list[tuple[str, Outcome]]) -> Outcome:
    oks = {o.ok for _, o in outcomes}
    messages = list(dict.fromkeys(o.message for _, o in outcomes))
    missing = tuple(dict.fromkeys(m for _, o in outcomes for m in o.missing))
    basis = next((o.basis for _, o in outcomes if o.basis), "")
    if basis in _SHORTFALLS and any(o.basis != basis for _, o in outcomes):
        basis = ""  # a shortfall on one reference date only is an open point, not a shortfall said
    if len(oks) == 1:
        # Same conclusion on every date: the last date (the deadline) speaks for all.
        return Outcome(oks.pop(), outcomes[-1][1].message, missing, basis)
    return Outcome(None, "".join(messages) + "两个计算日的结论不同，需人工核定。", missing, basis)


def _alternatives_hold(ev: Evaluation) -> bool:
    alts = [r.id for r in ev.program.rules if r.kind == "alternative"]
    return all(any(d.outcomes[a].ok is True for a in alts) for d in ev.days)


def _spoken_to(ev: Evaluation) -> bool:
    """Whether the achievements speak to one of the alternatives (its merit for the review) on every date."""
    alts = [r.id for r in ev.program.rules if r.kind == "alternative"]
    return all(any(d.outcomes[a].basis == "matched" for a in alts) for d in ev.days)


def _matters(ev: Evaluation, kind: str, merged: Outcome, relevant: set[str], rule_id: str, held: bool,
             spoken: bool = False) -> bool:
    """Once one alternative holds, the others no longer matter; once the achievements speak to one, the others
    they do not speak to are no open point of their own ("未直接对应本条" five times over); a failed direct path
    matters only if asked about."""
    if merged.basis == "unraised":
        return False  # a matter the notices leave open, not raised by the user: nothing to say (conduct)
    if kind == "exemption":
        return rule_id in relevant
    if kind == "alternative":
        if spoken and merged.ok is None and merged.basis == "expert":
            return False
        return not held or merged.ok is True
    if kind == "direct":
        firsts = any(c.rank == 1 for c in ev.facts.profile.competition_results or [])
        if held and merged.ok is None and ev.facts.profile.competition_results is None:
            return False  # an unasked path under a held alternative: the open_direct note says it instead
        return not held or merged.ok is not False or firsts
    return True


def reasons(ev: Evaluation, contact: str = "") -> tuple[Reason, ...]:
    """One reason per rule that mattered, in the table's order; where the notice is silent, whom to ask."""
    out = []
    relevant = set().union(*(d.relevant_exemptions for d in ev.days))
    held = _alternatives_hold(ev)
    spoken = _spoken_to(ev)
    for rule in ev.program.rules:
        if rule.kind == "info":
            continue
        merged = _merge([(d.ref.isoformat(), d.outcomes[rule.id]) for d in ev.days])
        if not _matters(ev, rule.kind, merged, relevant, rule.id, held, spoken):
            continue
        message = merged.message
        if merged.basis == "silent" and merged.ok is None and contact:
            message = f"{message.rstrip('。')}（{contact}）。"
        out.append(Reason(rule.id, merged.ok, rule.clause_id, rule.quote, message, rule.kind, rule.label,
                          merged.missing, merged.basis))
    return tuple(out)


def notes(ev: Evaluation, extra: list[Note]) -> tuple[Note, ...]:
    out = list(extra)
    for rule in ev.program.rules:
        messages = list(dict.fromkeys(d.notes[rule.id] for d in ev.days if rule.id in d.notes))
        if messages:
            out.append(Note(rule.id, rule.clause_id, rule.quote, "".join(messages)))
    return tuple(out)


def open_direct(ev: Evaluation, verdict: str) -> list[Note]:
    """The one line an ``eligible`` answer adds while the direct path is unknown (docs/verdict-policy.md): what
    would make it 直接认定. It never holds the verdict back (``policy.POLICY``)."""
    if verdict != "eligible":
        return []
    out = []
    for rule in (r for r in ev.program.rules if r.kind == "direct" and r.fix is not None):
        if all(d.outcomes[rule.id].ok is None for d in ev.days):
            out.append(Note("direct_open", rule.clause_id, rule.quote,
                            f"另外，如您{rule.fix.text}，按通知可直接认定。"))
    return out


def direct_unsaid(ev: Evaluation, verdict: str) -> list[Note]:
    """The line a ``direct_recognition`` adds for each soft condition (原则上、一般) whose fact was not given: the
    first place stands (``policy.POLICY``, soft_under_direct) on "符合条件的", and the asker learns which
    condition it still rests on."""
    if verdict != "direct_recognition":
        return []
    out = []
    for rule in ev.program.rules:
        outs = [d.outcomes.get(rule.id) for d in ev.days]
        if outs and all(o is not None and unsaid_soft(rule.kind, o) for o in outs):
            out.append(Note(f"direct_unsaid_{rule.id}", rule.clause_id, rule.quote,
                            f"直接认定以“符合条件”为前提：您还没说明这一条（{rule.label}），以上按符合判断；"
                            "如不符合，请告诉我，结论可能变为需人工核实。"))
    return out


def missing(ev: Evaluation, verdict: str) -> tuple[str, ...]:
    """Facts the decision needs. A certain ``not_eligible`` asks for nothing more; a ``direct_recognition`` asks
    only the soft conditions it still rests on (``direct_unsaid``), whose answer can turn it into a review."""
    if verdict not in ("needs_review", "direct_recognition"):
        return ()
    return tuple(dict.fromkeys(m for d in ev.days for m in d.missing))


def questions(fields: tuple[str, ...], profile=None) -> tuple[str, ...]:
    """Missing facts as questions. A field that was given but is not precise enough gets a follow-up."""
    out = []
    for f in fields:
        label = FIELD_LABELS.get(f, f)
        if profile is not None and getattr(profile, f, None) not in (None, ""):
            out.append(f"您填写的“{label}”还不足以判断，请补充细节（如具体日期、竞赛是一类还是二类、个人还是团体、"
                       "竞赛全称或徒弟的竞赛成绩）。")
        else:
            out.append(_QUESTIONS.get(f, f"请补充：{label}。"))
    return tuple(out)


def summary(title: str, verdict: str, rs: tuple[Reason, ...], contradictions: list[str], closed_note: str) -> str:
    failed = [r.label for r in rs if r.ok is False and r.kind in ("hard", "exclusion_hard")]
    soft = [r.label for r in rs if r.ok is False and r.kind in ("soft", "exclusion_soft")]
    open_ = [r.label for r in rs if r.ok is None and r.kind not in ("alternative", "direct", "exemption")]
    text = f"{title}：{VERDICT_LABELS[verdict]}。"
    if verdict == "not_eligible":
        alts = [r for r in rs if r.kind == "alternative"]
        if not failed and alts:
            failed = ["推荐条件（选择性条件）一项也不符合"]
        text += "不符合：" + "、".join(failed) + "。"
    elif verdict == "needs_review":
        parts = []
        if soft:
            parts.append("未满足一般/原则上的要求：" + "、".join(soft))
        if open_:
            parts.append("待核实：" + "、".join(open_))
        if contradictions:
            parts.append("资料有矛盾")
        if not parts:
            parts.append("推荐条件（选择性条件）是否符合待核实")
        text += "；".join(parts) + "。"
    return text + closed_note
