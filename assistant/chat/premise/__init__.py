"""Check what a yes/no question takes for granted against what the notice states, and say first whether it holds.

"第四届要求在杭工作满两年对吧" claims 2 年; the clause says 1年 — the premise is false and the answer says so, quoting
the clause. One module per kind of asserted value: counts and amounts (counts, values, subjects), placings, dates,
identifiers, levels and yes/no rules, hand-in channels, route steps, and who a group holds (members). ``correction``
runs their checks in a fixed order: the first one that settles the premise gives the answer's first line.
``first`` puts a premise asked beside other asks first; ``dates.plan_span`` reads a day the asker plans by (checked
as a plan by chat/window_premise.plan_premise).

Run with:  .venv/bin/python -m pytest -q tests/chat -k premise
"""

from __future__ import annotations

from assistant.chat.premise.absolute import absolute_correction, without_margins
from assistant.chat.premise.channels import (
    CHANNELS,
    HANDED_IN,
    _channel_correction,
    category_pattern,
    strip_channels,
    waived_item,
)
from assistant.chat.premise.counts import claims, strip_claims
from assistant.chat.premise.dates import (
    _holiday_correction,
    _month_edge_correction,
    _span_edge_correction,
    _workday_correction,
    _year_correction,
    _year_end_correction,
)
from assistant.chat.premise.doc_numbers import asserts_document, doc_correction
from assistant.chat.premise.identifiers import _identifier_correction
from assistant.chat.premise.levels import (
    CONTRASTS,
    LEVELS,
    _contrast_correction,
    _level_correction,
    _negated_correction,
    _rule_correction,
)
from assistant.chat.premise.manners import manner_correction
from assistant.chat.premise.members import (
    _absent_correction,
    _anyone_correction,
    _only_kind_correction,
    _sole_correction,
    anyone_premise,
)
from assistant.chat.premise.narrowed import narrowed_correction
from assistant.chat.premise.placings import (
    MEDALS,
    _other_level,
    _placing_agrees,
    _placing_correction,
    placings_said,
)
from assistant.chat.premise.route import (
    BYPASSED,
    _bypass_correction,
    _step_correction,
    bypassed,
    unstated_requirement,
)
from assistant.chat.premise.subjects import _without_identity
from assistant.chat.premise.tiers import tier_correction
from assistant.chat.premise.values import (
    _loose_counts,
    _rule_stretch,
    count_correction,
    premise_check,
    unit_pattern,
)
from assistant.chat.rules.own_case import asker_is

__all__ = ["claims", "premise_check", "unstated_requirement", "strip_claims", "unit_pattern", "correction", "waived_item",
           "category_pattern", "strip_channels", "bypassed", "anyone_premise", "placings_said", "MEDALS", "LEVELS",
           "CHANNELS", "HANDED_IN", "BYPASSED", "CONTRASTS"]

# The checks after the counts', in the order they are tried: dates, identifiers, the route and the papers, levels and
# rules, who a group holds. Each takes (question, quote) and gives "不对，…" or None.
_LATER_CHECKS = (
    _holiday_correction, _identifier_correction, _year_end_correction, _month_edge_correction, _year_correction,
    _bypass_correction, _channel_correction, _step_correction, _negated_correction, _level_correction,
    manner_correction,  # "两万是分两年发的吧" where the notice says 一次性
    _contrast_correction,
    absolute_correction,  # "一律不能推荐，一点口子都没有吧" against "原则上不予推荐"
    _anyone_correction,  # "只有本单位的职工能提异议吧" against "任何组织和个人均可提出异议"
    _absent_correction, _only_kind_correction,
    _sole_correction,  # "市总工会一家定的吧", "就只有“鲲鹏企业”一个吧" against a list naming it with others
    _rule_correction,
)


def correction(question: str, quote: str) -> str | None:
    """The first sentence of an answer to a yes/no question that takes something for granted: "不对，…" when
    the quoted clause says otherwise (a number, a date, a channel, a qualifier, a yes/no rule), "是的，…" when
    it agrees, None when the question asserts nothing the quote can settle."""
    from assistant.chat.routing import topic_only

    if asserts_document(question):  # "是杭人社发〔2021〕96号吧": a document number, no day of a month nor a count
        return doc_correction(question, quote)  # the title as asked ("《首席技师评选管理办法》"), programme name and all
    question = topic_only(question)  # "首席技师" names the programme; it is no claim about 技师
    question = without_margins(question)  # "多一个都不行": the 一个 says the rule is strict, it counts nothing
    placing = (_placing_correction(question, quote) or _span_edge_correction(question, quote)
               or _workday_correction(question, quote)
               or (None if _other_level(question, quote) else tier_correction(_without_identity(question), quote)))
    if placing:  # a stage's start or end checked against the whole span, before its months are checked one by one
        return placing
    # "我们是市里的产业工会，…也能推6个吧": who the asker is, is the subject of the number they claim
    who = asker_is(question)
    question = _rule_stretch(question)
    question, loose = _loose_counts(question, quote, who)
    if loose:
        return loose
    # "每个区都能推6个吧" where 6 is only the named districts' count ("其中…可推荐不超过 6 名")
    counted = narrowed_correction(question, quote, who) or count_correction(question, quote, who)
    if counted:
        return counted
    for check in _LATER_CHECKS:
        said = check(question, quote)
        if said:
            return said
    if premise_check(question, quote) or (not claims(question) and _placing_agrees(question, quote)):
        extra = unstated_requirement(question, quote)
        if extra:  # "在杭全职工作1年以上，还得是党员对吧": one value agrees, the added requirement is nowhere
            return f"不对，通知没有写明“{extra}”这一要求（其余与通知一致）：见下面的原文。"
        return "是的，与通知规定一致。"
    return None
