"""Is every number, year, quoted name, award, title and organisation in a text backed by the facts?

``check_grounding(text, facts)`` returns the spans of ``text`` that the facts do not support, in order of
appearance. It is deliberately strict: a paraphrased award name or a rounded number is flagged too, since
a 推荐表 that states something the unit cannot prove is worse than a shorter one. The ID-card and phone
numbers are not facts a 主要事迹 may use, so they are left out of the evidence and get flagged as well.
The evidence holds each fact text as given and as the drafter words it (``material.clean_phrase``), so a
draft's own rewording (a stray quote mark dropped, 我 -> 该同志) is never reported as unsupported.
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from dataclasses import dataclass
from typing import Any

from assistant.drafting.material import LEVEL_CN, as_facts, clean_phrase
from assistant.drafting.text import CN_NUMERAL, about_others, cn_value, normalize
from assistant.profile import Facts

__all__ = ["check_grounding", "Evidence", "evidence_of"]

# Never evidence for a 主要事迹: identity numbers and texts the drafter wrote itself.
_NOT_EVIDENCE = {"id_card", "phone", "landline", "main_deeds"}
# Dates give their year only: a birth month of 06 must not make "6项" look supported.
_DATES = ("facts_as_of", "birth_date", "digital_work_start", "hangzhou_full_time_start", "work_start", "employer_since")
# A start the drafter counts years from ("2016年入职，至今约10年"): the count is backed by the start and the date.
_SPANS = ("employer_since", "work_start")
# A place ("第一名", "第3名") is backed only by a place the facts give, not by the same number said of
# something else ("废品率降到1%" does not make "省赛第一名" true).
_RANK = re.compile(rf"第\s*([0-9]+|[{CN_NUMERAL}]+)\s*名")
_ARABIC = re.compile(r"(?<![\d.])\d+(?:,\d{3})*(?:\.\d+)?")
_UNITS = "项人名位个次家件篇套台本部届期年月天倍元余多等%"
_CN_RUN = re.compile(rf"(第)?([{CN_NUMERAL}]+)(?=[{_UNITS}])")
_PERCENT_CN = re.compile(rf"百分之([{CN_NUMERAL}]+)")
_QUOTED = (re.compile(r"《([^《》]{1,60})》"), re.compile(r"“([^“”]{1,60})”"), re.compile(r"「([^「」]{1,60})」"),
           re.compile(r"‘([^‘’]{1,60})’"), re.compile(r'"([^"]{1,60})"'))
_HAN_RUN = re.compile(r"[\u4e00-\u9fff]+")
# Names end in one of these. Awards and titles first, then organisations.
_NAME_END = re.compile(
    r"(?:[一二三特]等奖|奖章|大奖|奖|称号|能手|劳动模范|劳模|标兵|先进个人|先进工作者|工匠|首席技师|技能大师|杰出人才|津贴"
    r"|有限公司|公司|集团|研究院|研究所|大学|学院|学校|医院|协会|学会|委员会|工会|实验室|工作室|中心|车间|分厂"
    r"|项目|计划|工程|课题)"
)
# A name starts after one of these (a verb, a date, a connective), so "荣获X奖" is checked as "X奖".
_STOPS = ("被评为", "该同志", "获得", "荣获", "获评", "评为", "授予", "荣膺", "入选", "当选", "成为", "享受", "享有",
          "先后", "同志", "现任", "担任", "组建", "创建", "成立", "建立", "牵头", "带领", "依托", "联合", "服务",
          "参与", "主持", "负责", "领衔", "就职于", "于", "获", "被", "为", "是", "的", "及", "和", "与", "等", "并", "曾", "还", "也",
          "从事", "年", "月", "在", "了", "向", "给", "对", "从", "将")
_STOP_RE = re.compile("|".join(sorted(map(re.escape, _STOPS), key=len, reverse=True)))


_SENTENCE_END = str.maketrans("。！？!?", "，，，，，")
# A clause that credits someone with a result.
_CREDIT = re.compile(r"获|荣获|夺得|取得|第[0-9一二三四五六七八九十]+名|冠军|亚军|季军|[一二三特]等奖|金牌|银牌|铜牌")
_CLAUSE_SPLIT = re.compile(r"[，,。；;！？!?]")
_MIN_SHARED = 4  # characters a clause must share with a fact about others to be read as that fact
# The drafter's own words around a result ("该同志…在X中获个人第一名"): left out when texts are compared.
_FRAME = re.compile(rf"该同志|同志|中获|获得|荣获|获评|获|在|第[0-9{CN_NUMERAL}]+名|个人|团体|[0-9]{{4}}年")
# The venue of a result in the drafter's frame ("在X中获"): what X says is not who won.
_VENUE = re.compile(r"在[^，,。；;]*?中(?=获)")
# A clause whose subject is a count of people ("2人在省赛中获前三名", "其中3名获…") is about them.
_PEOPLE_FIRST = re.compile(rf"^\s*(?:其中)?[0-9{CN_NUMERAL}]+(?:人|名|位|个(?![^，,；;]*?(?:项目|系统|产品|课题|专利)))")


def _content(text: str) -> str:
    return _FRAME.sub("", text)


def _canon(text: str) -> str:
    """Compared form: NFKC, no whitespace, lower case, and a sentence end the same as a comma (the
    drafter joins a fact's sentences with commas)."""
    return normalize(text.translate(_SENTENCE_END)).lower()


@dataclass(frozen=True)
class Evidence:
    """What the facts say, flattened: one normalized text and the set of numbers in it."""

    text: str
    numbers: frozenset[float]
    ranks: frozenset[float] = frozenset()  # places given: a competition's rank, or "第N名" in a fact text
    others: tuple[str, ...] = ()  # fact texts about other people (apprentices …), compared form
    own: str = ""  # every other fact text, compared form

    def has_text(self, span: str) -> bool:
        return _canon(span) in self.text

    def has_number(self, value: float | None) -> bool:
        return value is not None and round(value, 6) in self.numbers


def _strings(value: Any) -> list[str]:
    if isinstance(value, str):
        return [value]
    if isinstance(value, dict):
        return [s for v in value.values() for s in _strings(v)]
    if isinstance(value, list | tuple):
        return [s for v in value for s in _strings(v)]
    return []


def _numbers_in(text: str) -> set[float]:
    text = unicodedata.normalize("NFKC", text)
    out = {round(float(m.group(0).replace(",", "")), 6) for m in _ARABIC.finditer(text)}
    for m in re.finditer(rf"[{CN_NUMERAL}]+", text):
        for run in (m.group(0), m.group(0).rstrip("万亿")):
            value = cn_value(run)
            if value is not None:
                out.add(round(value, 6))
    return out


def _rank_value(run: str) -> float | None:
    return float(run) if run.isdigit() else cn_value(run)


def evidence_of(facts: Facts | dict, as_of: dt.date | None = None) -> Evidence:
    """Flatten the facts (minus ID card, phone and ready-made texts) into evidence. ``as_of`` is the date the
    drafter counted years to (None: the facts' own ``facts_as_of``, else the settings' today)."""
    f = as_facts(facts)
    data = f.model_dump(exclude_none=True, mode="json", exclude=_NOT_EVIDENCE | set(_DATES))
    given = _strings(data)
    texts = given + [c for c in map(clean_phrase, given) if c not in given]
    numbers: set[float] = set()
    for field in _DATES:
        value = getattr(f, field, None)
        if value and str(value)[:4].isdigit():
            year = str(value)[:4]
            texts.append(f"{year}年")
            numbers.add(float(year))
    for c in f.competition_results or []:
        if c.level:
            texts.append(LEVEL_CN[c.level])
        numbers.update(float(x) for x in (c.rank, c.year) if x is not None)
    for a in f.awards or []:
        if a.year is not None:
            numbers.add(float(a.year))
    if any(getattr(f, field) for field in _SPANS):
        from assistant.drafting.material import since

        as_of = f.facts_as_of or as_of or _today()
        for field in _SPANS:
            span = since(getattr(f, field), as_of)
            if span:
                texts.append(span[0])  # "2016年3月" as the draft says it (a month is text, not a count)
                numbers.add(float(span[1]))
    for field in ("years_in_field", "years_full_time_in_hangzhou", "years_full_time_in_zhejiang"):
        if getattr(f, field) is not None:
            numbers.add(round(float(getattr(f, field)), 6))
    blob = "\n".join(texts)
    numbers |= _numbers_in(blob)
    ranks = {float(c.rank) for c in f.competition_results or [] if c.rank is not None}
    ranks |= {v for m in _RANK.finditer(unicodedata.normalize("NFKC", blob)) if (v := _rank_value(m.group(1))) is not None}
    others = [t for t in given if about_others(t)]
    if f.trained_apprentices:
        others.append(f.trained_apprentices)
    own = [t for t in texts if t not in others and not about_others(t)]
    return Evidence(_canon(blob), frozenset(numbers), frozenset(ranks), tuple(dict.fromkeys(_content(_canon(t)) for t in others)),
                    _content(_canon("\n".join(own))))


def _today() -> dt.date:
    from assistant.config import get_settings

    return get_settings().today_date()


def _shared(a: str, b: str) -> str:
    """The longest substring of ``a`` that is also in ``b``."""
    best = ""
    for i in range(len(a)):
        j = i + len(best) + 1
        while j <= len(a) and a[i:j] in b:
            best = a[i:j]
            j += 1
    return best


def _misattributed(text: str, ev: Evidence) -> list[tuple[int, str]]:
    """Clauses that credit the candidate with a result the facts give to other people: the clause has a credit
    verb, names the candidate (or no one else), and shares a run of content words (the drafter's own frame
    left out) with a fact about the others that none of the candidate's own facts has."""
    out, pos = [], 0
    for clause in _CLAUSE_SPLIT.split(text):
        start, pos = pos, pos + len(clause) + 1
        subject = _VENUE.sub("", clause)
        if not clause.strip() or not _CREDIT.search(clause) or about_others(subject) or _PEOPLE_FIRST.match(subject):
            continue
        canon = _content(_canon(clause))
        for other in ev.others:
            shared = _shared(canon, other)
            if len(shared) >= _MIN_SHARED and shared not in ev.own:
                out.append((start, clause.strip()))
                break
    return out


def _ascii_word(text: str, start: int, end: int) -> str:
    while start > 0 and re.match(r"[A-Za-z0-9._/-]", text[start - 1]):
        start -= 1
    while end < len(text) and re.match(r"[A-Za-z0-9._/-]", text[end]):
        end += 1
    return text[start:end].strip("./-")


def _ranks(text: str, ev: Evidence) -> tuple[list[tuple[int, str]], set[int]]:
    """Places not given in the facts, and the positions of every place's number (checked here, not as numbers)."""
    out, at = [], set()
    for m in _RANK.finditer(text):
        at.add(m.start(1))
        if _rank_value(m.group(1)) not in ev.ranks:
            out.append((m.start(), m.group(0)))
    return out, at


def _numbers(text: str, ev: Evidence) -> list[tuple[int, str]]:
    out, places = _ranks(text, ev)
    for m in _ARABIC.finditer(text):
        if m.start() in places:
            continue
        word = _ascii_word(text, *m.span())
        if re.search(r"[A-Za-z]", word) and ev.has_text(word):
            continue  # a model number such as 5G or ISO9001, written as the facts write it
        if ev.has_number(float(m.group(0).replace(",", ""))):
            continue
        unit = text[m.end():m.end() + 1]
        out.append((m.start(), m.group(0) + (unit if unit and unit in _UNITS + "万亿" else "")))
    for m in _CN_RUN.finditer(text):
        run = m.group(2)
        if m.start(2) in places:
            continue
        if not re.match(r"[零〇一二两三四五六七八九十]", run):
            continue  # 万元, 千万: not a number
        unit = text[m.end()]
        token = m.group(0) + unit
        if ev.has_text(token) or ev.has_text(run + unit):
            continue
        if ev.has_number(cn_value(run)) or ev.has_number(cn_value(run.rstrip("万亿"))):
            continue
        out.append((m.start(), token))
    for m in _PERCENT_CN.finditer(text):
        if not ev.has_number(cn_value(m.group(1))) and not ev.has_text(m.group(0)):
            out.append((m.start(), m.group(0)))
    return out


def _quoted(text: str, ev: Evidence) -> list[tuple[int, str]]:
    out = []
    for pattern in _QUOTED:
        for m in pattern.finditer(text):
            if m.group(1).strip() and not ev.has_text(m.group(1)):
                out.append((m.start(), m.group(0)))
    return out


def _names(text: str, ev: Evidence) -> list[tuple[int, str]]:
    out: list[tuple[int, str]] = []
    for run in _HAN_RUN.finditer(text):
        s = run.group(0)
        for end in _NAME_END.finditer(s):
            head = s[:end.start()]
            starts = [m.end() for m in _STOP_RE.finditer(head)]
            begin = starts[-1] if starts else 0
            name = s[begin:end.end()]
            if len(name) - len(end.group(0)) < 2 or ev.has_text(name):
                continue
            out.append((run.start() + begin, name))
    # "X奖二等奖" also yields "X奖": report only the longest span from one start.
    return [(p, n) for p, n in out if not any(q == p and len(m) > len(n) for q, m in out)]


def check_grounding(text: str, facts: Facts | dict | Evidence, as_of: dt.date | None = None) -> list[str]:
    """Spans of ``text`` the facts do not support: numbers (Arabic and Chinese), years, quoted names,
    award/title names and organisation names. Empty when everything is backed. Pass ``evidence_of(facts)``
    instead of the facts to check many texts against the same facts."""
    if not text or not text.strip():
        return []
    ev = facts if isinstance(facts, Evidence) else evidence_of(facts, as_of)
    clean = unicodedata.normalize("NFKC", text)
    # NFKC turns “” into "": keep the original quotes for the quote patterns.
    quoted = _quoted(text, ev)
    # A name inside a flagged quote is the same finding: report the quote once.
    names = [(p, n) for p, n in _names(clean, ev) if not any(n in q for _, q in quoted)]
    found = _numbers(clean, ev) + quoted + names + _misattributed(clean, ev)
    seen, out = set(), []
    for _, span in sorted(found, key=lambda x: x[0]):
        if span not in seen:
            seen.add(span)
            out.append(span)
    return out
