"""Readers that lean on the language libraries: when work in Hangzhou started (jionlp's time parser, relative
dates included), the occupation and whether it is digital-economy work, the kind of post (front line or
management), and "no certificate" as a skill level of none.

- A start: a clause that says one came to or began working in Hangzhou at a date ("18年底才来杭州", "2019年来的
  杭州", "去年8月才来的杭州", "2017年起就在杭州全职") gives ``hangzhou_full_time_start`` (the date's last month,
  so a threshold is never passed by a guess; see ``extract.when``).
- The occupation: what the asker says they work as ("当电焊工", "做云计算运维", "是算法工程师"). Whether it is
  digital-economy work is a judgement on the description (``assistant.language.classify``), used only when the
  keyword reading has not already decided.
- The post: a present-tense clause about one's post ("现在当车间主任主要管人") is judged by the role classifier.
"""

from __future__ import annotations

import datetime as dt
import re

from assistant.extract.judge import digital_occupation, negated, role_of
from assistant.extract.numbers import month_from, year_from
from assistant.extract.people import Candidates, add
from assistant.extract.text import Segment, mask

__all__ = ["read_starts", "read_occupation", "read_role", "read_no_skill"]

_TO_HZ = re.compile(r"(?:来|到|调到|调来|调入|进|搬到|搬来|回到|落户)(?:了|的)?(?:杭州|杭)|(?:在|于)(?:杭州|杭)[^,，。]{0,6}(?:起|开始|以来)|"
                    r"(?:起|开始|以来)[^,，。]{0,4}(?:就)?(?:一直)?在(?:杭州|杭)")
_YEAR_THEN_CAME = re.compile(r"(?P<y>(?:19|20)[0-9]{2}|[0-9]{2})年(?:(?P<m>1[0-2]|0?[1-9])月份?)?(?:底|末|初)?(?:就|才)?"
                             r"(?:来|到|调|进|搬|回|起|开始)")
_OCCUPATION = re.compile(
    r"(?:当|做|干|是|担任|任|从事)(?:一名|一个|个|名)?(?P<o>[\u4e00-\u9fffA-Za-z0-9]{1,10}?"
    r"(?:工程师|技术员|操作工|维修工|电焊工|焊工|钳工|车工|铣工|电工|工人|技工|技师|师傅|程序员|设计师|分析师|架构师|"
    r"运维|开发|研发|测试|标注员|质检员|员|工|匠|师))(?![\u4e00-\u9fff]{0,1}(?:证|等级|资格))"
)
_NOT_OCCUPATION = re.compile(r"^(?:高级|中级|初级|首席|特级|会员|职工|员工|人员|工会|全职|兼职|普通员工|普通|一线|普通工人|技师$)")
_POST = re.compile(r"现在|目前|如今|后来|调去|调到|转岗|转到|升|提拔|岗位|主任|经理|主管|管人|管理|行政|负责人|班组长|"
                   r"厂长|科长|部长|总监|带团队|一线|车间|技术岗")
_SKILL_WORDS = re.compile(r"技能等级|等级证|职业资格|资格证|技能证|证书|考证|考过证|定级")


def read_starts(segs: list[Segment], today: dt.date) -> Candidates:
    from assistant.extract.when import dates_in

    out: Candidates = {}
    for seg in (s for s in segs if s.asserts):
        text = mask(seg.text)
        if not _TO_HZ.search(text):
            continue
        whens = [w for w in dates_in(text, today) if w.first.year >= 1950]
        if len(whens) == 1:
            add(out, "hangzhou_full_time_start", whens[0].start_month(today))
        elif not whens:  # jionlp reads "2018年来" as "in the years since": read the year before the verb
            m = _YEAR_THEN_CAME.search(text)
            year = year_from(m["y"], today) if m else None
            if year is not None:
                month = month_from(m["m"]) or 12
                add(out, "hangzhou_full_time_start", f"{year}-{month:02d}")
    return out


def read_occupation(segs: list[Segment]) -> Candidates:
    """occupation (the asker's words), and is_digital_economy judged on it when the clause names no field."""
    out: Candidates = {}
    for seg in (s for s in segs if s.current):
        text = mask(seg.text)
        for m in _OCCUPATION.finditer(text):
            job = m.group("o")
            if _NOT_OCCUPATION.match(job) or "□" in job or negated(text[:m.end()]):
                continue
            add(out, "occupation", job)
            digital = digital_occupation(text)
            if digital is not None:
                add(out, "_digital_judged", digital)
            break
    return out


def read_role(segs: list[Segment]) -> Candidates:
    """role_type judged on a present-tense clause about one's post, where the keyword table says nothing, or
    where it reads the shop floor and the classifier reads a manager ("现在当车间主任主要管人"). A clause with a
    negation is left to the table, which reads "不在一线" itself."""
    from assistant.extract.people import read_employment

    out: Candidates = {}
    for seg in (s for s in segs if s.current):
        text = mask(seg.text)
        if not _POST.search(text) or re.search(r"[不没非未]", text):
            continue
        table = set(read_employment([seg]).get("role_type", []))
        if table - {"frontline_technical"}:
            continue
        role = role_of(text)
        if role and (not table or role == "management"):
            add(out, "_role_judged", role)
    return out


def read_no_skill(segs: list[Segment]) -> Candidates:
    """"没有技能等级证书", "没考过证": a skill level of none, a fact the checker needs (不再追问)."""
    out: Candidates = {}
    for seg in (s for s in segs if s.asserts):
        if _SKILL_WORDS.search(seg.text) and re.search(r"没|无|未", seg.text) and not re.search(
                r"初级工|中级工|高级工|技师", seg.text):
            if negated(seg.text) is not False:
                add(out, "_no_skill", True)
    return out
