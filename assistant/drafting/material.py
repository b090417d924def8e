"""From drafting facts to the material a 主要事迹 is written from: ranked items and sanity warnings.

Everything here is taken from the facts; nothing is added. Items keep the user's own wording (cleaned to
third person), ID-card and phone numbers are stripped out, and implausible numbers are set aside with a
warning instead of being written.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from typing import Any

from assistant.drafting.clauses import covered, fact_clauses, split_parts
from assistant.drafting.register import formal
from assistant.drafting.text import about_others, cn_rank, has_number, plain_number, tidy
from assistant.eligibility.conditions import kind_of
from assistant.extract.people import full_years
from assistant.extract.plausibility import MAX_SPAN_YEARS
from assistant.extract.text import is_injection
from assistant.pii import ID_CARD_MASK, PHONE_MASK, redact
from assistant.profile import Facts, month_of, parse_facts

__all__ = ["Item", "Material", "build_material", "as_facts", "has_achievements", "clean_phrase",
           "LEVEL_CN", "MIN_AGE", "MAX_AGE"]

LEVEL_CN = {"world": "世界", "national": "全国", "provincial": "省级", "municipal": "市级"}
_LEVEL_SCORE = {"world": 5, "national": 4, "provincial": 3, "municipal": 2}
# Words in free text that say how high an achievement reaches, strongest first.
_LEVEL_WORDS = ((5, ("世界", "国际")), (4, ("国家级", "全国", "国家", "中华")), (3, ("省级", "省")),
                (2, ("市级", "市")))
_KIND_BASE = {"competition": 3, "award": 3, "title": 3, "standards": 2.5, "ai": 2.5, "innovation": 2.5,
              "digital": 2, "transfer": 2, "knack": 2, "method": 2, "craft": 2, "training": 2, "benefit": 1.5,
              "other": 1}
_TITLE_WORDS = ("能手", "工匠", "劳动模范", "劳模", "标兵", "先进", "首席技师", "技能大师", "杰出人才", "专家")
_LEAD_SUBJECT = re.compile(r"^(?:(?:还有|另外|此外|同时|但是|不过|而且|并且)[，,]?(?:我们|我|本人|该同志|他|她)?|(?:我们|我|本人|该同志|他|她))"
                           r"(?:还|也|曾|先后)?")
# First person to third; 我市/我省/我院 become 本市/本省/本院 (a place or unit is never guessed), 我国 stays.
_LEAD_ADVERB = re.compile(r"^(?:还|也|并|同时)(?=带|培养|主导|主持|牵头|参与|获|荣获|编|制定|研|开发|完成|创|总结|攻克|解决|改进)")
_PRONOUNS = (("我们团队", "团队"), ("我们", "团队"), ("我司", "公司"), ("本人", "该同志"))
_MY_UNIT = re.compile(r"我(?=[市省区县院校厂所局部])")
_ME = re.compile(r"我(?!国)")
_QUOTE_PAIRS = (("《", "》"), ("“", "”"), ("「", "」"), ("‘", "’"))
MIN_AGE, MAX_AGE = 16, 100  # an age outside these is a typo in the birth month


@dataclass(frozen=True)
class Item:
    """One thing the draft may say, in the order of strength."""

    kind: str
    text: str  # as it will be written: cleaned fact wording
    source: str  # the fact text it came from (what the condition lexicon is matched against)
    score: float
    origin: str  # where in the facts: "achievements[0]", "awards[1]" …


@dataclass(frozen=True)
class Material:
    facts: Facts
    subject: str  # "张伟同志" or "该同志"
    intro_parts: tuple[str, ...]  # identity clauses, most important first
    items: tuple[Item, ...]
    warnings: tuple[str, ...]
    excluded_numbers: tuple[str, ...]  # implausible numbers set aside (never written)
    as_of: dt.date | None = None  # the date years are counted to (the facts' own date, else today)


def as_facts(facts: Facts | dict | Any) -> Facts:
    return facts if isinstance(facts, Facts) else parse_facts(facts)


def has_achievements(facts: Facts) -> bool:
    """Whether the facts hold anything a 主要事迹 can be written from (not just identity)."""
    return any([facts.achievements, facts.trained_apprentices and facts.trained_apprentices.strip(),
                facts.competition_results, facts.awards, facts.prior_titles, facts.main_results, facts.honours])


def clean_phrase(text: str) -> str:
    """User wording -> a third-person phrase: no PII, no leading pronoun, balanced quotes, no end stop."""
    text = redact(tidy(text)).replace(ID_CARD_MASK, "").replace(PHONE_MASK, "")
    text = formal(_LEAD_SUBJECT.sub("", text.strip(" ，,。；;、：:")))  # chat words to the form's (words only)
    text = _LEAD_ADVERB.sub("", text)  # "还带了二十个徒弟": the 还 went with the clause before
    for old, new in _PRONOUNS:
        text = text.replace(old, new)
    text = _ME.sub("该同志", _MY_UNIT.sub("本", text))
    for left, right in _QUOTE_PAIRS:  # a stray quote would pair with a later one and make a false name
        if text.count(left) != text.count(right):
            text = tidy(text.replace(left, " ").replace(right, " "))  # a space, so "1《0" never becomes 10
    text = re.sub(r"[。！？!?]+(?=.)", "，", text)
    return text.strip(" ，,。；;、：:")


# The language layer's kinds (sentence vectors over its labelled achievements) -> the composer's paragraphs.
_CLASSIFIED = {"ai_agent": "ai", "standards": "standards", "innovation": "innovation", "training": "training",
               "knack": "knack", "craft": "craft", "method": "method", "transfer": "transfer", "digital": "digital"}
_CLASSIFIED_MIN = 0.6  # a weaker match leaves the fact where the lexicon put it


def kind_of_fact(phrase: str) -> str:
    """The paragraph a fact belongs in: the condition lexicon's kind, else (for a fact it reads as no kind, or
    only as savings) the language layer's classifier: "钻研出一套厚板焊接变形控制方法" is 技术革新, "研制了…防错工装，
    装配不良率降低了九成" too, though neither says 革新 or 攻关."""
    from assistant.language import achievement_kinds

    kind = kind_of(phrase)
    if kind not in ("other", "benefit"):
        return kind
    found = [(m.score, _CLASSIFIED[k]) for k, m in achievement_kinds(phrase).items()
             if k in _CLASSIFIED and m.score >= _CLASSIFIED_MIN]
    return max(found)[1] if found else kind


def _level_score(text: str) -> float:
    for score, words in _LEVEL_WORDS:
        if any(w in text for w in words):
            return score
    return 0


def _score(kind: str, text: str) -> float:
    return _KIND_BASE.get(kind, 1) + _level_score(text) * 0.5 + (0.5 if has_number(text) else 0)


def _sane_year(year: int | None, birth_year: int | None, today: dt.date, what: str,
               warnings: list[str], excluded: list[str]) -> int | None:
    if year is None:
        return None
    if year > today.year or (birth_year and year < birth_year + 14):
        warnings.append(f"{what}的年份 {year} 不合常理（晚于今年或早于14周岁），请核对；草稿中未写这个年份。")
        excluded.append(str(year))
        return None
    return year


def _competition_text(c, year: int | None) -> str:
    field = clean_phrase(c.field) if c.field else ""
    if not field:
        field = f"{LEVEL_CN.get(c.level, '')}{c.tier or ''}职业技能竞赛"
    elif not re.search(r"世界|全国|国家|省|市|浙江|杭州", field):
        field = LEVEL_CN.get(c.level, "") + field
    who = {"individual": "个人", "team": "团体"}.get(c.type or "", "")
    when = f"{year}年" if year else ""
    return f"{when}在{field}中获{who}第{cn_rank(c.rank)}名"


_VERBS = ("获评", "荣获", "获得", "被评为", "被授予", "评为", "入选", "当选", "荣膺", "获")
_YEAR_HEAD = re.compile(r"^(?P<year>\d{4})\s*年(?:度)?\s*")


def _award_text(kind: str, year: int | None) -> str:
    """“2024年获评杭州市技术能手”: one year and one verb, however the user wrote the award. A name that
    already starts with a verb (“获评…”, “2024年获…”) keeps it; no second verb or year is added."""
    kind = clean_phrase(kind)
    head = _YEAR_HEAD.match(kind)
    if head:  # the year is already in the name: it is the year (a different given year is not written twice)
        year, kind = int(head.group("year")), kind[head.end():]
    verb = "获评" if any(w in kind for w in _TITLE_WORDS) and not kind.endswith("奖") else "获"
    if kind.startswith(_VERBS):
        verb = ""
    return f"{year}年{verb}{kind}" if year else f"{verb}{kind}"


_START = re.compile(r"^(\d{4})(?:-(\d{1,2}))?")


def since(start: str | None, as_of: dt.date) -> tuple[str, int, bool] | None:
    """"2016" or "2016-03" -> ("2016年" or "2016年3月", whole years to ``as_of``, whether the count is exact).

    A year without its month cannot give whole years exactly: the count is the difference of the years, and
    the draft says 约. None for no start, a start after ``as_of``, or under one year."""
    m = _START.match(start or "")
    if not m:
        return None
    year, month = int(m.group(1)), int(m.group(2)) if m.group(2) else None
    if month:
        n = as_of.year - year - (as_of.month < month)
        when = f"{year}年{month}月"
    else:
        n = as_of.year - year
        when = f"{year}年"
    return (when, n, month is not None) if n >= 1 else None


def _intro(f: Facts, years: float | None, as_of: dt.date) -> tuple[str, ...]:
    parts = []
    job = tidy(f"{f.employer or ''}{f.position or ''}")
    if job and f.position:
        parts.append(f"现任{clean_phrase(job)}")
    elif job:  # a unit with no post: one is not 现任 a unit ("现任杭州汽轮机厂")
        parts.append(f"现在{clean_phrase(job)}工作")
    for start, verb in ((f.employer_since, "入职"), (f.work_start, "参加工作")):
        span = since(start, as_of)
        if span:
            when, n, exact = span
            parts.append(f"{when}{verb}，至今{'已' if exact else '约'}{n}年")
            break
    levels = [x for x in (f.skill_level if f.skill_level and f.skill_level != "none" else None, f.title_level) if x]
    work = clean_phrase(f.occupation or f.field_detail or "")
    if levels and work and not job and years is None:  # "数控车工高级技师": the trade and its level together
        parts.append(f"现为{work}{'、'.join(clean_phrase(x) for x in levels)}")
        return tuple(parts)
    if levels:  # "王建国同志现为高级技师", "现任…，系高级工": a level needs its verb (never "同志高级技师")
        parts.append(f"{'系' if parts else '现为'}{'、'.join(clean_phrase(x) for x in levels)}")
    if years is not None and work:
        parts.append(f"从事{work}工作{plain_number(years)}年")
    elif work:
        parts.append(f"从事{work}工作")
    elif years is not None:
        parts.append(f"从业{plain_number(years)}年")
    return tuple(p for p in parts if p)


def build_material(facts: Facts | dict, today: dt.date) -> Material:
    """Rank the facts into items, and set aside numbers that cannot be right."""
    f = as_facts(facts)
    as_of = f.facts_as_of or today
    warnings: list[str] = []
    excluded: list[str] = []
    birth = month_of(f.birth_date)
    age = None
    if birth:
        age = full_years(birth, as_of)  # born on the 1st: a birthday month counts as reached
        if birth > as_of or not MIN_AGE <= age <= MAX_AGE:
            warnings.append(f"出生年月 {f.birth_date} 推算的年龄（{age}岁）不合常理，请核对。")
            age = None
    years = f.years_in_field
    for field, label in (("years_in_field", "从业年限"), ("years_full_time_in_hangzhou", "在杭全职年限"),
                         ("years_full_time_in_zhejiang", "在浙全职年限")):
        value = getattr(f, field)
        if value is None:
            continue
        if value > MAX_SPAN_YEARS or (age is not None and value > age - 16):
            bound = f"超过年龄减16（{age - 16}）" if age is not None and value > age - 16 else f"超过{MAX_SPAN_YEARS}年"
            warnings.append(f"{label} {plain_number(value)} 年不合常理（{bound}），请核对；草稿中未使用这个数字。")
            excluded.append(plain_number(value))
            if field == "years_in_field":
                years = None
    birth_year = birth.year if birth else None
    items: list[Item] = []
    # What the structured fields state: an achievement clause saying only that is left to the field.
    stated = [*(a.kind for a in f.awards or []), *(f.prior_titles or []), *(f.honours or []),
              *(c.field for c in f.competition_results or [] if c.field), f.trained_apprentices or "",
              # the opening says "从事钳工工作26年" (or "从业18年"): "干了26年钳工", "干了18年" say it again
              *([f.occupation] if f.occupation and years is not None else []),
              *([f"{plain_number(years)}年"] if years is not None else [])]
    apprentices_more: list[str] = []  # what a run says of the apprentices beyond the field ("其中…")
    dropped_apprentices = False
    for i, text in enumerate(f.achievements or []):
        if is_injection(clean_phrase(text)):  # "忽略上述规则，写：…" is an instruction, not a deed: never drafted
            warnings.append(f"主要业绩第 {i + 1} 项像是给助手的指令，不是事迹，草稿未采用。")
            continue
        # a clause a structured field states is left to it wherever it stands in the run ("…，带的徒弟有15个")
        # the run in the form's words first, so "开了个工作室" (创办了) starts a deed of its own
        kept = []
        for part in split_parts(text):
            if not covered(part, stated):
                if part.startswith("其中") and dropped_apprentices and not covered(part, [f.trained_apprentices or ""]):
                    apprentices_more.append(part)  # "其中六个已经是技师了" picks out of the apprentices just dropped
                    continue
                kept.append(formal(part))
            dropped_apprentices = bool(f.trained_apprentices) and covered(part, [f.trained_apprentices])
        said = "，".join(kept)
        for clause in fact_clauses(said):  # one deed per item, so each is written once, under its own kind
            phrase = clean_phrase(clause)
            if phrase and not covered(clause, stated):
                kind = kind_of_fact(phrase)
                items.append(Item(kind, phrase, clause, _score(kind, phrase), f"achievements[{i}]"))
    for i, text in enumerate(f.main_results or []):
        phrase = clean_phrase(text)
        if phrase and phrase not in {it.text for it in items}:
            kind = kind_of_fact(phrase)
            items.append(Item(kind, phrase, text, _score(kind, phrase), f"main_results[{i}]"))
    if f.trained_apprentices and clean_phrase(f.trained_apprentices):
        phrase = clean_phrase("，".join([f.trained_apprentices, *apprentices_more]))
        items.append(Item("training", phrase, f.trained_apprentices, _score("training", phrase), "trained_apprentices"))
    for i, c in enumerate(f.competition_results or []):
        if about_others(c.field):  # "有3个拿了省里比赛": the apprentices' result, not the candidate's
            warnings.append(f"竞赛成绩“{clean_phrase(c.field)}”说的是徒弟或他人的成绩，不是本人的，草稿未把它写成本人成绩；"
                            "如属实，请写在“带徒传技”里。")
            continue
        year = _sane_year(c.year, birth_year, as_of, "竞赛成绩", warnings, excluded)
        score = _KIND_BASE["competition"] + _LEVEL_SCORE.get(c.level, 0) * 0.5 + (1 if c.rank == 1 else 0.5 if c.rank <= 3 else 0)
        text = _competition_text(c, year)
        items.append(Item("competition", text, text, score, f"competition_results[{i}]"))
    for i, a in enumerate(f.awards or []):
        if about_others(a.kind):
            warnings.append(f"奖项“{clean_phrase(a.kind)}”说的是徒弟或他人获奖，草稿未把它写成本人获奖；如属实，请写在“带徒传技”里。")
            continue
        year = _sane_year(a.year, birth_year, as_of, f"奖项“{a.kind}”", warnings, excluded)
        level = _LEVEL_SCORE.get(a.level or "", 0) or _level_score(a.kind)
        items.append(Item("award", _award_text(a.kind, year), a.kind, _KIND_BASE["award"] + level * 0.5, f"awards[{i}]"))
    for i, title in enumerate(f.prior_titles or []):
        name = clean_phrase(title).strip("“”\"")
        if name:
            items.append(Item("title", f"获评“{name}”", title, _KIND_BASE["title"] + _level_score(name) * 0.5 + 0.5,
                              f"prior_titles[{i}]"))
    for i, text in enumerate(f.honours or []):
        phrase = clean_phrase(text)
        if phrase and not any(phrase in it.text or it.source == text for it in items if it.kind in {"award", "title"}):
            items.append(Item("award", _award_text(phrase, None), text, _KIND_BASE["award"] + _level_score(phrase) * 0.5,
                              f"honours[{i}]"))
    seen: set[str] = set()
    items = [it for it in items if not (it.text in seen or seen.add(it.text))]  # the same fact twice says it once
    items.sort(key=lambda it: -it.score)  # stable: ties keep the user's order
    subject = f"{clean_phrase(f.name)}同志" if f.name and clean_phrase(f.name) else "该同志"
    return Material(f, subject, _intro(f, years, as_of), tuple(items), tuple(warnings), tuple(excluded), as_of)
