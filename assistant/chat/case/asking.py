"""Step (d) of a turn: the missing facts whose answers decide the most, at most two, never one the user already
gave, each with quick-reply options; and the pending question the next message is read against first."""

from __future__ import annotations

import math

from assistant.chat.case.months import START_WHAT, is_count
from assistant.chat.case.past_years import past_round_question
from assistant.chat.case.replies import EXPECT, expect_for, question_text
from assistant.chat.case.state import Pending, Session

__all__ = ["MAX_QUESTIONS", "PAIRS", "trade_years_first", "next_questions", "opening_question", "set_pending", "tapped", "has_direct", "year_options"]

MAX_QUESTIONS = 2
PAIRS = (("hangzhou_full_time_start", "years_full_time_in_hangzhou"), ("digital_work_start", "years_in_field"))

_EITHER = {"alternative", "exemption", "direct"}
_WEIGHT = {"hard": 3.0, "exclusion_hard": 3.0, "soft": 2.0, "exclusion_soft": 1.5, "direct": 1.0,
           "alternative": 1.0, "exemption": 0.5}


def next_questions(verdicts, session: Session, limit: int = MAX_QUESTIONS, first: tuple[str, ...] = (),
                   everything: bool = False) -> list[dict]:
    """The missing facts that decide the most (``check`` results, the leading programme first), as the contract's
    ``questions``: ``[{"field", "text", "options"}]``. A fact already given is never asked again, and a
    question passed over twice is asked after the fresh ones (one the asker said they do not know, not a third
    time). ``first``: fields the message asked about ("能直接认定吗": the competition result), asked before the
    others when still missing. ``everything``: the asker asked what is still lacking ("那我还差什么"), so no
    question is held back for having been asked before."""
    from assistant.eligibility.decisive import question_rank, yields

    score: dict[str, float] = {}
    tier: dict[str, int] = {}  # the leading verdict's open points, ranked as its verdict line ranks them
    for rank, v in enumerate(verdicts):
        lead = 1.5 if rank == 0 else 1.0
        if v.verdict == "direct_recognition":  # the soft conditions a first place still rests on (report.direct_unsaid)
            for reason in v.reasons:
                if reason.ok is None and reason.kind in ("soft", "exclusion_soft"):
                    for field in (f for f in reason.missing if f in v.missing):
                        score[field] = score.get(field, 0.0) + _WEIGHT.get(reason.kind, 1.0) * lead
            continue
        if v.verdict != "needs_review":
            continue
        either: set[str] = set()  # alternatives are ORed: a field they share counts once per programme
        for reason in v.reasons:
            if reason.ok is not None or not yields(v, reason):
                continue  # an alternative left open beside one met decides nothing: no question about it
            at = question_rank(v, reason) if rank == 0 else None
            for field in reason.missing if at is not None else ():
                tier[field] = min(tier.get(field, at), at)
            if reason.kind in _EITHER:
                either.update(reason.missing)
                continue
            for field in reason.missing:
                score[field] = score.get(field, 0.0) + _WEIGHT.get(reason.kind, 1.0) * lead
        for field in either:
            score[field] = score.get(field, 0.0) + _WEIGHT["alternative"] * lead
    for field in score:  # a yes/no or "none" question is quick to answer: asked first among equals
        if expect_for(field).kind in ("bool", "enum", "city") or field == "prior_titles":
            score[field] += 0.5
    known = {f for f, value in session.profile.items() if value is not None}
    for start, count in PAIRS:
        if start in known:
            known.add(count)
    known -= {f for f in session.early if any(f in v.missing for v in verdicts)}  # the month is open and decides
    # The cap is per field: a question the asker said they cannot answer ("不太清楚") is asked twice at most; one
    # merely passed over is put behind the fresh ones, not dropped, while it still decides (the lead's trial: the
    # highest-level question, asked twice beside others, was never asked again and the verdict stayed open).
    # "还差什么" (``everything``) asks what decides, however often it was asked.
    asked = {} if everything else session.asked
    fields = [f for f in score if f not in known and asked.get(f, 0) < _cap(session, f)]
    tired = {f for f in fields if asked.get(f, 0) >= _PASSED_OVER}
    order = {f: i for i, f in enumerate(dict.fromkeys(m for v in verdicts for m in v.missing))}
    # one ranking for the verdict line and the question (eligibility.decisive): the open fact that can still move the
    # leading verdict most is asked first (a hard rule's, which can make it 不符合, before a soft one's: "不满5年" is
    # not followed by "是否在职" while the titles that exclude are open); the weights order the points of equal rank
    # and the other programmes'
    fields.sort(key=lambda f: (f not in first, f in tired, tier.get(f, 999), -score[f], order.get(f, len(order)),
                               EXPECT.get(f) is None))
    fields = trade_years_first(fields, limit, one_count=not everything)  # "还差什么": every count still named
    out = []
    for field in fields[:limit]:
        month = _month_question(session, field)
        past = None if month and field in session.early and not is_count(session.early[field]) \
            else past_round_question(field, verdicts, rule_threshold)
        if past is not None:  # a past round: the year the work began, not a count moved on to today
            out.append({"field": field, "text": past[0], "options": past[1]})
            continue
        out.append({"field": field, "text": month or _not_known_yet(session, field)
                    or _asked_again(session, field, tier.get(field) is not None),
                    # a start's month asked is no count: the count's quick replies would not answer it
                    "options": list(expect_for(field).options) or ([] if month and field in session.early
                                                                   else year_options(field, verdicts))})
    if len(out) == 2 and score[fields[1]] < score[fields[0]] / 2 and fields[0] not in first and not everything:
        out = out[:1]  # the second question is worth asking only when it decides about as much
    return out


# Year counts asked back: the trade's, then the places'. A bare count ("七年", "2019") answers whichever is asked,
# and those who write in, reading 从事…一般在5年以上且在杭全职工作1年以上, answer with the years in the trade: asked the
# Hangzhou years first, their "七年" filled Hangzhou's and the trade's was asked to the last turn (dev dlg-n001,
# dlg-l018, dlg-m006, dlg-o019). So the trade's count goes before a place's, and two counts are never asked in one
# turn (one bare number cannot answer both).
TRADE_COUNT = "years_in_field"
PLACE_COUNTS = ("years_full_time_in_hangzhou", "years_full_time_in_zhejiang")


def trade_years_first(fields: list[str], limit: int = MAX_QUESTIONS, one_count: bool = True) -> list[str]:
    """``fields`` (in asking order) with the trade's year count moved before the first place's, and (``one_count``),
    among the first ``limit``, no second year count: it waits for the next turn behind the other questions."""
    counts = (TRADE_COUNT, *PLACE_COUNTS)
    if TRADE_COUNT in fields:
        first_place = next((i for i, f in enumerate(fields) if f in PLACE_COUNTS), None)
        if first_place is not None and first_place < fields.index(TRADE_COUNT):
            fields = [f for f in fields if f != TRADE_COUNT]
            fields.insert(first_place, TRADE_COUNT)
    if not one_count:
        return fields
    first_count = next((f for f in fields if f in counts), None)
    kept = [f for f in fields if f not in counts or f == first_count]
    later = [f for f in fields if f in counts and f != first_count]
    if len(kept) < limit and first_count in kept[:limit]:
        return kept  # the other counts wait: asked beside the first, one bare number would answer both
    return kept[:limit] + later + kept[limit:]


_PASSED_OVER = 2  # asks after which a question goes behind the fresh ones
_MAX_ASKS = 4  # a question still passed over after this many asks is left to the card's open points
_NOT_KNOWN_ASKS = 2  # "不太清楚": asked once more in other words, with how to find out, then left


def _cap(session: Session, field: str) -> int:
    """How many times ``field`` may be asked: twice once the asker said they do not know it, else ``_MAX_ASKS``."""
    return _NOT_KNOWN_ASKS if f"unknown:{field}" in session.said else _MAX_ASKS


def _asked_again(session: Session, field: str, deciding: bool) -> str:
    """The question, said again after it was passed over with why it is asked: it decides the leading verdict."""
    text = question_text(field)
    if session.asked.get(field, 0) >= _PASSED_OVER and deciding:
        return f"{text}（这一点决定结论）"
    return text


_FIRST_KINDS = ("hard", "exclusion_hard")


def opening_question(verdict, session: Session) -> list[dict]:
    """The one question to open a programme with: the open point of a condition everyone must meet that decides
    the most (the work for 数字工匠, the workplace for 首席技师), else the first of ``next_questions``."""
    asked = next_questions([verdict], session, limit=len(EXPECT))
    must = {f for r in verdict.reasons if r.ok is None and r.kind in _FIRST_KINDS for f in r.missing}
    return [q for q in asked if q["field"] in must][:1] or asked[:1]


_MEASURE = {"years_in_field": "field", "years_full_time_in_hangzhou": "hangzhou", "years_full_time_in_zhejiang": "zhejiang"}


def year_options(field: str, verdicts) -> list[str]:
    """Quick replies for a year-count question: "不到N年" / "N年以上", where N is the threshold of the rule that asks
    for the count (the first verdict whose open reason needs it; ``Fix.threshold``), moved on by the time from
    that programme's reference date to today and rounded up, so that each choice lies on one side of the
    threshold on the reference date as said today. Each is read as a hedged count (chat.case.months: "5年以上" is 5 to
    15 years), so the checker runs on both ends; a choice that still straddles the threshold there (a "不到N年"
    just under it) leads to the exact count being asked. No rule with a threshold: no choices (a middle bucket
    such as "1–5年" is not offered: it would be read as the one number 5)."""
    for v in verdicts:
        if field not in getattr(v, "missing", ()):
            continue
        threshold = rule_threshold(v, field)
        if threshold:
            lag = max(((v.as_of - d).days / 365.25 for d in v.reference_dates), default=0.0)
            n = math.ceil(threshold + max(lag, 0.0) - 1e-9)
            return [f"不到{n}年", f"{n}年以上"]
    return []


def rule_threshold(v, field: str) -> float | None:
    """The threshold in years of the open rule of ``v`` that asks for the count ``field`` (``Fix.threshold``)."""
    from assistant.eligibility.api import get_program

    rules = {r.id: r for r in get_program(v.program).rules}
    for reason in v.reasons:
        rule = rules.get(reason.rule)
        fix = rule.fix if rule is not None else None
        if reason.ok is not None or field not in reason.missing or fix is None or not fix.threshold \
                or _MEASURE.get(field) not in (fix.measure or "").split("&"):
            continue
        return fix.threshold
    return None


def _month_question(session: Session, field: str) -> str | None:
    if session.counted and session.counted[0] != field and field in START_WHAT:
        what, years = session.counted
        return f"您说的{years:g}年已按{START_WHAT[what]}的年限记下；{question_text(field)}"
    if field not in session.early:
        return None
    first, last = session.early[field]
    if is_count((first, last)) and f"then:{field}" in session.said:
        return f"您是哪一年开始{START_WHAT[field]}的？（您说的{last:g}年是截至当年还是到现在，决定是否满足年限）"
    if is_count((first, last)):
        return f"您{START_WHAT[field]}具体有多少年？（您说的是约数，具体年数决定是否满足年限）"
    year = f"{first[:4]}年" if first[:4] == last[:4] else "哪年"
    if field == "birth_date" and first[:4] != last[:4]:  # "五零后", "快退休了": a range of years, not a month
        return "您是哪年几月出生的？（您说的是大概的年纪，具体出生年月决定是否满足年龄条件）"
    if field == "birth_date":
        return f"您是{year}几月出生的？（月份决定是否满足年龄条件）"
    return f"您是{year}几月开始{START_WHAT[field]}的？（月份决定是否满足年限）"


_FIND_OUT = {"years": "记不清确切年数也没关系，说个大概，或者是哪一年开始的也行",
             "bool": "不确定的话，可以问问单位或看看相关证件", "enum": "不确定的话，可以看看证件或问问单位",
             "city": "不确定的话，按劳动合同或社保缴纳的单位所在地说就行"}


_NAME_IT = {"prior_titles": "您说有，是哪个（哪些）荣誉称号？请说出称号全称（如“杭州工匠”“浙江省首席技师”）",
            "awards": "您说有，是哪个（哪些）奖项？请说出奖项名称、级别和年份",
            "competition_results": "您说有，是哪个比赛？请说出比赛名称、级别、名次和年份",
            "achievements": "您说有，具体是哪些业绩？请说说您本人做成了什么（如制定标准、技术革新、攻关、操作法），效果如何",
            "trained_apprentices": "您说有，具体是什么情况？请说说带了几个徒弟，徒弟或所培养的选手拿过什么比赛名次"}


def _not_known_yet(session: Session, field: str) -> str | None:
    """A question the asker said they did not know ("不太清楚") is asked again in other words, with how to find out;
    one answered "有一个吧" is asked again for the names."""
    if f"unnamed:{field}" in session.said and field in _NAME_IT and field not in session.profile:
        return _NAME_IT[field]
    if f"unknown:{field}" not in session.said:
        return None
    how = _FIND_OUT.get(expect_for(field).kind, "不确定的话，方便时查一下再告诉我")
    if field == "skill_level":
        how = "不确定的话，看看证书上写的等级（如“高级工/三级”）"
    return f"{how}：{question_text(field)}"


def set_pending(session: Session, questions: list[dict]) -> None:
    """Remember the question(s) asked back, so the next message is read as their answer first."""
    if not questions:
        session.pending = None
        return
    first = questions[0]["field"]
    session.pending = Pending(first, expect_for(first).kind, tuple(questions[0]["options"]),
                              tuple(q["field"] for q in questions[1:]),
                              tuple(tuple(q["options"]) for q in questions[1:]))
    for q in questions:
        session.asked[q["field"]] = session.asked.get(q["field"], 0) + 1


def tapped(pending: Pending, text: str) -> Pending:
    """The pending question a quick reply answers: a choice offered only under the second question ("杭州" under
    "工作单位在哪个城市" beside "是 / 否" for the union) answers that one alone."""
    said = text.strip()
    if said in pending.options:
        return pending
    for field, options in zip(pending.also, pending.also_options, strict=False):
        if said in options:
            return Pending(field, expect_for(field).kind, options)
    return pending


def has_direct(program: str) -> bool:
    """Whether ``program``'s rules have a direct-recognition path."""
    from assistant.eligibility.api import get_program

    return any(rule.kind == "direct" for rule in get_program(program).rules)
