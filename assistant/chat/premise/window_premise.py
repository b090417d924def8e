"""A premise about a round's days: when it opened, and the day age and years are counted to.

A premise about when a round opened ("第四届数字工匠元旦以后才开始收的吧", "首席技师8月份才开始报的吧",
"首届数字工匠是2023年才开始推荐的吧"), checked against the round's window: the notice's issue (its metadata's
``window_start``, or the range the notice states, "2022年12月至2023年3月31日") and its deadline.

A start said in another month (or year) than the round opened is wrong, and the answer says when it opened
and when it closed, quoting the notice's sentence giving the range, else its deadline sentence.

"按报名那天算的吧" where the notice says "本通知涉及工作年限和年龄等计算时间截至 2026 年 3 月 31 日" is corrected with
that sentence.

Run with:  .venv/bin/python -m pytest -q tests/chat/test_window_premise.py
"""

from __future__ import annotations

import datetime as dt
import re

from assistant.chat.rules.answer_types import holidays
from assistant.extract.numbers import dated_short_years, digit_years, to_number

__all__ = ["asks_start", "start_correction", "asks_reference_day", "reference_correction", "plan_premise"]

# opening said of handing in: 开始收, 才开始报, 才开始推荐, 开始报名 …
_START = re.compile(r"开始[^，。？?]{0,2}(?:收|报|申报|推荐|报名|受理|接收|征集|评)|(?:才|就)(?:开始)?(?:收|报名|申报|接收|受理)")
_YEAR = re.compile(r"((?:19|20)\d{2})\s*年")
_MONTH = re.compile(r"(?<![\d年])([0-9０-９]{1,2}|[一二三四五六七八九十]{1,3})\s*月")
_RANGE = re.compile(r"\d{4}\s*年\s*\d{1,2}\s*月[^，。；]{0,8}(?:至|—|－|~|到)")


def _claimed(text: str, today: dt.date) -> tuple[int | None, int | None, str] | None:
    """(year, month, as said) of the start the question asserts, or None. The date is read in the clause that says
    the start ("二三年一月份才开始推荐的", not "十二月份肯定还没开始吧" after it), its year in four digits, the latest
    a two-digit year can be up to ``today`` (the settings' day: never the machine's clock, so a run is reproducible)."""
    text = dated_short_years(digit_years(text), today)
    start = _START.search(text)
    if start:
        clause = re.split(r"[，,。；;？?！!\s]+", text[:start.start()])[-1]
        if _YEAR.search(clause) or _MONTH.search(clause.replace("年", "年 ")):
            text = clause
    year = _YEAR.search(text)
    month = _MONTH.search(text) or _MONTH.search(re.sub(r"(\d{4}\s*年)", r"\1 ", text))
    holiday = next((h for h in holidays() if h in text and holidays()[h]), None)
    m = int(to_number(month.group(1))) if month else (holidays()[holiday] if holiday else None)
    if year is None and m is None:
        return None
    said = "".join(x for x in (year.group(0) if year else "", month.group(0) if month else (holiday or "")) if x)
    return (int(year.group(1)) if year else None), m, said


def asks_start(text: str, today: dt.date) -> bool:
    """Whether ``text`` asserts when a round opened (a two-digit year read as of ``today``, the settings' day)."""
    return bool(_START.search(text or "")) and _claimed(text or "", today) is not None


def _window_quote(corpus, program: str) -> tuple[str, str] | None:
    """The notice's sentence stating its window as a range, else its deadline sentence."""
    from assistant.chat.rules.quotes import _candidates

    for clause in corpus.clauses(program):
        if clause.path and re.search(r"时间|阶段", clause.title or ""):
            unit = next((u for u in _candidates(clause, "", True) if _RANGE.search(u)), None)
            if unit:
                return clause.clause_id, unit
    return corpus.deadline_sentence(program)


def start_correction(corpus, program: str, text: str) -> tuple[str, tuple[str, str]] | None:
    """(the first line, the quoted (clause_id, sentence)) when ``text`` asserts a start of ``program``'s round;
    None when it asserts none or the programme is a standing one with no window."""
    meta = corpus.meta(program)
    claimed = _claimed(text, meta.deadline)  # (a round's start said in two digits is no later than its deadline)
    if claimed is None or meta.deadline is None or meta.standing:
        return None
    quote = _window_quote(corpus, program)
    if quote is None:
        return None
    year, month, said = claimed
    start, end = meta.window_start, meta.deadline
    right = (year is None or year == start.year) and (month is None or month == start.month)
    if right:
        return "是的，与通知规定一致。", quote
    return (f"不对，{meta.short_name}不是{said}才开始的：通知{start.year}年{start.month}月{start.day}日发出，"
            f"报送截止是{end.year}年{end.month}月{end.day}日，见下面的原文。"), quote


# how old or how long, counted up to a day: "年龄是按报名那天算的吧", "工作年限算到截止那天对吧"
# (a verb that itself says "counted up to" — 算到, 算至, 截至, 计算到 — needs no closing word: "年限是算到今年年底的")
_COUNTED = re.compile(r"(年龄|年纪|岁数|周岁|年限|工龄|从业年限|工作时间)[^。？?]{0,10}"
                      r"(?:(按|以|算到|算至|截至|截止到|计算到)[^，。？?]{0,12}(那天|当天|之日|那一天|时候|时|为准|算|计算)"
                      r"|(算到|算至|截至|截止到|计算到)[^，。？?]{1,12})")
_REFERENCE = re.compile(r"(年龄|年限)[^。；]{0,20}(计算时间|截至|算至)[^。；]{0,4}\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日")


def asks_reference_day(text: str) -> bool:
    """Whether ``text`` says up to which day age or years are counted."""
    return bool(_COUNTED.search(text or ""))


def reference_correction(corpus, program: str, text: str) -> tuple[str, tuple[str, str]] | None:
    """(the first line, the quoted sentence) when the notice states the day age and years are counted to and the
    question says another one ("按报名那天算的吧"); None when the notice states none (the silent answer then)."""
    from assistant.chat.rules.quotes import _candidates

    for clause in corpus.clauses(program):
        if not clause.path:
            continue
        unit = next((u for u in _candidates(clause, "") if _REFERENCE.search(u)), None)
        if unit is None:
            continue
        day = re.search(r"\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日", unit).group(0).replace(" ", "")
        said = _COUNTED.search(text)
        asserted = re.search(r"\d{1,2}\s*月\s*\d{1,2}\s*[日号]", text)
        if asserted and re.sub(r"\s|号", "", asserted.group(0)).replace("日", "") in day:
            return "是的，与通知规定一致。", (clause.clause_id, unit)
        what = said.string[min(g for g in (said.start(2), said.start(4)) if g >= 0):said.end()] if said else "您说的日子"
        return f"不对，通知规定年龄和年限等计算到{day}，不是“{what}”：见下面的原文。", (clause.clause_id, unit)
    return None


def plan_premise(corpus, program: str, question: str) -> tuple[str, tuple[str, str]] | None:
    """("不对，…" or "是的，…", the deadline sentence) for a question asking whether handing in by a day the asker plans
    is in time ("准备国庆过后再报，也来得及的吧", "我们打算7月10号交，来得及吧"): a plan on or before the notice's deadline
    is in time, one after it is late. The plan is read as a plan, not as a claim of what the deadline is: "7月10号交"
    is not corrected to 7月15日. None when the notice sets no deadline, the question names no single day, or the plan
    straddles the deadline ("7月中旬" against 7月15日)."""
    from assistant.chat.premise.dates import plan_span

    meta = corpus.meta(program)
    planned = plan_span(question)
    sentence = corpus.deadline_sentence(program)
    if meta.deadline is None or planned is None or sentence is None:
        return None
    lo, hi, said, side = planned
    deadline = (meta.deadline.month, meta.deadline.day)
    sentence = _rule_sentence(corpus, program, meta.deadline.month) or sentence
    day = f"{meta.deadline.month}月{meta.deadline.day}日"
    # the days the plan may fall on: by the day said ("五一前": up to its first day), after it, or on it
    first, last = {"before": ((1, 1), lo), "after": (hi, (12, 31)), "on": (lo, hi)}[side]
    if side == "after" and lo > deadline or side != "after" and first > deadline:
        return f"不对，来不及：{meta.short_name}的申报截止日是{day}，{said}已经过了截止日：见下面的原文。", sentence
    if side != "after" and last <= deadline:
        return f"是的，{said}在{meta.short_name}的申报截止日（{day}）之前：见下面的原文。", sentence
    return None


def _rule_sentence(corpus, program: str, month: int) -> tuple[str, str] | None:
    """(clause ID, sentence) of a rule in the notice's body handing in by a day of the deadline's month ("…于9月底前
    向市总工会申报推荐"), when the deadline sentence its metadata names sits in an attachment (a form's note): the
    rule is the source, the form restates it. None otherwise."""
    from assistant.chat.premise.counts import _value
    from assistant.notices.text import sentences

    named = corpus.deadline_sentence(program)
    if named is None or not named[0].split("#", 1)[1].startswith("附件"):
        return None
    by = re.compile(r"([0-9０-９]{1,2}|[一二三四五六七八九十]{1,3})\s*月\s*(?:底|末|[0-9０-９]{1,2}\s*日)\s*(?:前|之前|以前)")
    for clause in corpus.clauses(program):
        if not clause.path or clause.path[0].startswith("附件"):
            continue
        for sentence in sentences(clause.own_text or clause.text):
            m = by.search(sentence)
            if m and _value(m.group(1)) == month:
                return clause.clause_id, sentence.strip()
    return None
