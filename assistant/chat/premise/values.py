"""The count a premise asserts, against the one the notice states of the same subject: "第四届要求在杭工作满两年对吧"
claims 2 年; the clause says 1年, so the premise is false and the answer says so, quoting the clause.

Run with:  .venv/bin/python -m pytest -q tests/chat/test_premise_values.py tests/chat/test_hedged.py
"""

from __future__ import annotations

import re

from assistant.chat.premise.counts import (
    _CLAIM,
    _CONTEXT_EDGE,
    _NUMERAL,
    _RANGE,
    _UNITS,
    UNIT_PATTERNS,
    _claims_in_context,
    _fmt,
    _range_of,
    _value,
    claims,
)
from assistant.chat.premise.hedged import hedges
from assistant.chat.premise.places import with_topic
from assistant.chat.premise.placings import _PLACING, placings_said
from assistant.chat.premise.subjects import (
    _CLAUSE_KEEP,
    _act_fit,
    _notice_words,
    _said_of_another,
    _same_subject,
    same_qualifier,
)
from assistant.chat.rules.own_case import asker_is


def unit_pattern(question: str) -> str | None:
    """A regex matching sentences that state a value in the unit the question asserts, or None."""
    units = list(dict.fromkeys(u for _, u in claims(question)))
    said = [f"{_NUMERAL}(?:{'|'.join(UNIT_PATTERNS[u] for u in units)})"] if units else []
    if _PLACING.search(placings_said(question)):  # "省技能大赛前三名…吧": the sentence stating a placing
        said.append(_PLACING.pattern)
    return "|".join(said) or None


def premise_check(question: str, quote: str) -> bool | None:
    """True if the question's numbers agree with the quote, False if a number with the same unit differs,
    None if the question makes no comparable numeric claim."""
    stated = _claims_in_context(quote, lists=True)
    verdict = None
    who = asker_is(question)  # "我们是滨江区总工会，…能推6个对吧": who asks is the subject of the count
    for value, unit, context in _claims_in_context(question):
        context = f"{who} {context}" if who else context
        same_unit = [(v, c) for v, u, c in stated if u == unit]
        if not same_unit:
            continue
        if value not in [v for v, _ in same_unit]:
            return False
        # agreement only with the value said of the same subject: "一共评30名" is not confirmed by "滨江区…推荐
        # 总数不超过30名" when the clause's other counts are as near; unsure, it says nothing
        scores = [(_same_subject(c, context), v) for v, c in same_unit]
        best = max(score for score, _ in scores)
        if len(same_unit) > 1 and not any(v == value and score == best and score > 0 for score, v in scores):
            return None
        verdict = True if verdict is None else verdict
    return verdict


_CAP = re.compile(r"上限|不能超过|不超过|不得超过|最多|以下|以内|之内|封顶")
_CAPPED = {"岁": "年龄", "年": "年限"}


def _loose_counts(question: str, quote: str, who: str | None) -> tuple[str, str | None]:
    """(the question, "不对，…") when a count it says loosely ("滨江区能推十来个吧") cannot be the value the quote
    states for the same subject; else (the question with each loose count that can be said as that value, None),
    so that "二十来个" beside a stated 20 名 agrees."""
    for h in reversed(hedges(question)):
        unit = _UNITS[h.unit]
        before = _CONTEXT_EDGE.split(question[max(0, h.start - 16):h.start])[-1]
        context = f"{who or ''} {before} {question[h.end:h.end + 6]}"
        stated = same_qualifier(context, [(v, c) for v, u, c in _claims_in_context(quote, lists=True) if u == unit],
                                lambda vc: vc[1])
        if not stated:
            continue
        said_as = f"{context} {' '.join(_notice_words(context))}"
        overlaps = sorted(((_same_subject(c, said_as), v) for v, c in stated), key=lambda o: -o[0])
        meant = len(overlaps) == 1 or overlaps[0][0] > overlaps[1][0]
        # a stated range ("一般10-20名") holds a loose count that meets it
        spans = {v: _range_of(quote, v, unit) or (v, v, _fmt(v, unit)) for _, v in overlaps}
        inside = [v for _, v in overlaps if h.low <= spans[v][1] and spans[v][0] <= h.high]
        if (meant and overlaps[0][1] not in inside) or not inside:
            value = overlaps[0][1] if meant or not inside else inside[0]
            return question, f"不对，通知写的不是{h.said}，而是{spans[value][2]}：见下面的原文。"
        if meant and spans[overlaps[0][1]][0] == spans[overlaps[0][1]][1]:
            question = f"{question[:h.start]}{_fmt(overlaps[0][1], '')}{h.unit}{question[h.end:]}"
        elif meant:  # within a range: said as the range's top, which the range check reads as within it
            question = f"{question[:h.start]}{_fmt(spans[overlaps[0][1]][1], '')}{h.unit}{question[h.end:]}"
    return question, None


def _is_share(quote: str, value: float, unit: str) -> bool:
    """Whether the quote's ``value unit`` qualifies a share ("40 周岁以下青年技能人才认定比例不低于 35%")."""
    for m in _CLAIM.finditer(quote or ""):
        if _value(m.group(1)) == value and _UNITS[m.group(2)] == unit:
            after = quote[m.end():m.end() + 16]
            return bool(re.search(r"比例|占", after.split("，")[0].split(",")[0]))
    return False


def _rule_stretch(question: str) -> str:
    """``question`` without the clauses telling the asker's own case ("我今年56岁，杭州工匠要求55岁以下，我超了对吧"
    -> "杭州工匠要求55岁以下"), when what is left still asserts a value in the unit those clauses do: the asker's
    age or years are what the rule is applied to, not the rule asserted. Unchanged when only the asker's clauses
    hold values ("我们区能推8个对吧")."""
    from assistant.chat.rules.own_case import opens_with_self

    clauses = _CLAUSE_KEEP.findall(question or "")
    own = [c for c in clauses if opens_with_self(c) and claims(c)]
    rest = "".join(c for c in clauses if c not in own)
    if not own or not {u for _, u in claims(rest)} & {u for c in own for _, u in claims(c)}:
        return question
    return rest


def count_correction(question: str, quote: str, who: str | None) -> str | None:
    """"不对，…" when a count the question asserts is not the one the quote states of the same subject (another value,
    a value outside the stated range, a cap the notice does not set, or the value of another subject); None otherwise."""
    for value, unit, context in _claims_in_context(question):
        context = f"{who} {context}" if who else context
        # "余杭区数字经济体量大，第四届能往上推8个人": the place the question opens with is what its count is said of
        context = with_topic(question, context, claims)
        same_unit = same_qualifier(context, [(v, c) for v, u, c in _claims_in_context(quote, lists=True) if u == unit],
                                   lambda vc: vc[1])
        if not same_unit:
            continue
        # "在杭工作满两年" is about the 在杭 years, not the 5 years in the field: the nearest context wins.
        # on a tie the rule stated first (the general one, before "其中…" exceptions) is the one meant
        # the asker's words for the subject read in the notices' words too ("年轻人" is the notices' 青年)
        said_as = f"{context} {' '.join(_notice_words(context))}"
        overlaps = sorted(((_same_subject(c, said_as) + _act_fit(context, c), v) for v, c in same_unit),
                          key=lambda o: -o[0])
        stated_value = overlaps[0][1]
        # "协会能推4个人" where the clause gives 区县 4 人 and 协会 2 人: the value said for the same subject
        # decides, not any equal value elsewhere in the clause.
        meant = overlaps[0][0] > 0 and (len(overlaps) == 1 or overlaps[0][0] > overlaps[1][0])
        # "是不是每个区只能推3个人" where 3 名 is said of 产业工会 and 区县 get 4: the equal value is another subject's
        elsewhere = value in [v for _, v in overlaps] and overlaps[0][0] > max(o for o, v in overlaps if v == value)
        if elsewhere:
            stated_value, meant = overlaps[0][1], True
        if _CAP.search(question) and unit in ("岁", "年") and _is_share(quote, stated_value, unit) \
                and not any(u == "%" for _, u in claims(question)):  # "40岁以下的占比不低于五成": the share is asserted
            # "不能超过50岁吧" where the notice's 40 周岁 only marks a share ("40 周岁以下…比例不低于 35%")
            return f"不对，通知没有规定这样的{_CAPPED[unit]}限制，{_fmt(stated_value, unit)}只是认定比例的口径：见下面的原文。"
        if value not in [v for v, _ in same_unit] or (meant and stated_value != value):
            span = _range_of(quote, stated_value, unit)  # "推荐人数一般10-20名": the range is what is stated
            if span is None:
                return f"不对，通知写的不是{_fmt(value, unit)}，而是{_fmt(stated_value, unit)}：见下面的原文。"
            said = _RANGE.search(question)  # "一般推5到10个人": a range asserted is checked whole
            if said and (_value(said.group(1)), _value(said.group(2))) != span[:2]:
                asserted = "".join(said.group(0).split())
                return f"不对，通知写的不是{asserted}，而是{span[2]}：见下面的原文。"
            if not span[0] <= value <= span[1]:
                return f"不对，通知写的不是{_fmt(value, unit)}，而是{span[2]}：见下面的原文。"
        other = _said_of_another(context, quote, value, unit)
        if other:  # "培育单位也一样奖励1万块的吧" where 1万元 is each 工匠's and the units get "颁发奖牌"
            return f"不对，通知里的{_fmt(value, unit)}说的不是这一对象，对它写的是“{other}”：见下面的原文。"
    return None
