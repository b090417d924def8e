"""Readers for what the person has won or holds: skill level, prior titles, awards, competition results.

A title is read only when the clause says it was won (获评/评上/我是…) and does not deny it (还没评上…);
``杭州数字工匠提名奖`` is its own title, never ``杭州数字工匠``. Competition ranks: 第N名/第N, 冠军/亚军/季军,
世赛·国赛 金牌/银牌/铜牌 = 1/2/3, 前N名 = N (the worst place it allows). 一等奖/金奖 name a band of winners, not
a place, so they give no competition entry; the sentence is still kept as an achievement. A result won by
one's apprentices or students is not one's own (it goes to ``trained_apprentices``), nor is one told in a
clause that continues theirs ("徒弟…，有一个…拿了第一名"). One's own placing with no word of a team in the
message is individual, said back to the user (``_read_as``). Titles are denied through the negation scope
of ``assistant.language`` ("没评过工匠", "啥称号都没有"), not by listing phrases.
"""

from __future__ import annotations

import functools
import re

from assistant.extract import judge
from assistant.extract.numbers import to_number, year_from
from assistant.extract.patterns import (
    AWARD_LEVEL_PREFIX,
    AWARDS,
    COMPETITION_LEVELS,
    COMPETITION_NAME,
    HIGHEST_LEVEL,
    NEGATION,
    NO_TITLES,
    NOT_OWN_RESULT,
    RANKS,
    SCI_TECH_AWARD,
    SKILL_LEVELS,
    SKILL_NOT_HELD,
    TITLE_VERBS,
    TITLES,
)
from assistant.extract.people import Candidates, add
from assistant.extract.text import Segment, blank, blank_all

__all__ = ["read_skill", "read_titles", "read_awards", "read_competitions"]

_YEAR = re.compile(r"(?<![0-9])((?:19|20)[0-9]{2})年")
_NEG_AFTER = re.compile(r"^(?:没|未|落选|还没|没能|的(?:$|人|话|同志|员工|职工|还|也|能|可以))")  # 已经是X的，…: others
# A title is held when the clause says so in the perfect (获评过/已被/2023年获评) or the asker says "我是…";
# a bare "评上数字工匠，孩子上学有加分吗" is a supposition.
_DONE = re.compile(r"了|过|已|曾|被|[0-9]{2,4}年|去年|前年")
# "杭州数字工匠称号获得者": the title's holder, said after the name.
_HOLDER = re.compile(r"^(?:荣誉)?(?:称号)?(?:的)?(?:获得者|得主|获评者|获奖者)")
_LEADING = re.compile(r"^(?:我|本人|是|在|曾经|曾|获得|荣获|获|拿过|拿到|拿了|拿的|拿|得到|得了|参加了?|参赛|于|去年|今年|的|了|过)+")
_YEAR_PREFIX = re.compile(r"^(?:(?:19|20)?[0-9]{2}年度?|第[0-9一二三四五六七八九十]+届)")
# Titles in general, as a denial names them: "没评过工匠", "啥称号都没有", "没评过省首席", "不是什么技能大师".
_TITLE_WORD = re.compile(r"工匠|称号|荣誉|首席|技能大师|劳模|劳动模范")
_HOLDING = re.compile(r"评|获|拿|得|当选|认定|入选|授予|是|有|无")
# "还没评上杭州工匠" is not-yet, said by someone applying for it: no statement about titles held.
_NOT_YET = re.compile(r"(?:还|尚|暂)(?:没有?|未|不是)")


@functools.lru_cache(maxsize=4)
def _titles_of(generation: int) -> tuple[tuple[str, re.Pattern[str]], ...]:
    """The shared title table, plus each registered programme's ``held_title`` not already in it."""
    from assistant.programs import packs

    known = {title for title, _ in TITLES}
    extra = dict.fromkeys(p.held_title for p in packs() if p.held_title and p.held_title not in known)
    return TITLES + tuple((title, re.compile(re.escape(title))) for title in extra)


def _titles() -> tuple[tuple[str, re.Pattern[str]], ...]:
    from assistant.programs import generation

    return _titles_of(generation())


def _without_titles(text: str) -> str:
    for _, pattern in _titles():
        text = blank_all(pattern, text)
    return text


# "技师还没考", "高级技师证还没拿到": a level denied after it is named is not held either
_NOT_YET_AFTER = re.compile(r"^(?:证书?)?(?:也|都|还|至今|目前)?(?:没|未)(?:有)?(?:考|拿|评|取得|通过)")


def read_skill(segs: list[Segment]) -> Candidates:
    """skill_level (every level said and held; the caller keeps the highest) and is_highest_level_of_occupation."""
    out: Candidates = {}
    for seg in (s for s in segs if s.asserts):
        if re.search(r"忘了|记不清|不记得|好像|可能是|也可能|不确定|不太清楚", seg.text):
            continue  # "好像是高级工也可能是技师": not a fact to decide on
        text = _without_titles(seg.text)  # 杭州市首席技师 is a title, not a level
        for level, pattern in SKILL_LEVELS:
            for m in pattern.finditer(text):
                held = not SKILL_NOT_HELD.search(text[:m.start()]) and not _NOT_YET_AFTER.match(text[m.end():])
                if held and not re.match(r"^(?:及?以上|及?以下|或以上)", text[m.end():]):
                    add(out, "skill_level", level)
                text = blank(text, m)
        for level, start, _end in judge.levels_before_trade(text):  # "高级育婴师", "中级电工" (not 高级工程师)
            if not SKILL_NOT_HELD.search(text[:start]):
                add(out, "skill_level", level)
        if re.search(r"(?:上面|之上|往上|上头)还有", seg.text):  # "我们工种上面还有技师和高级技师"
            add(out, "is_highest_level_of_occupation", False)
        for m in HIGHEST_LEVEL.finditer(seg.text):
            if not re.match(r"^的?(?:比赛|竞赛|大赛|奖)", seg.text[m.end():]):
                add(out, "is_highest_level_of_occupation", not m["neg"])
    return out


def _denies_titles(text: str) -> bool:
    """A clause that says the asker holds no title (or not the titles named): it names titles, says holding or
    winning them, and the shared negation scope (``assistant.language``) covers it; "还没评上" is not-yet unless
    said as experience (还没评过)."""
    if not (_TITLE_WORD.search(text) or any(p.search(text) for _, p in _titles())) or not _HOLDING.search(text):
        return False
    if _NOT_YET.search(text) and "过" not in text:
        return False
    return bool(NO_TITLES.search(text) or judge.negated(text))


def read_titles(segs: list[Segment]) -> Candidates:
    out: Candidates = {}
    for seg in (s for s in segs if s.asserts):
        text = seg.text
        if _denies_titles(text):
            add(out, "_no_titles", True)
        for title, pattern in _titles():
            for m in pattern.finditer(text):
                before = text[:m.start()]
                holder = bool(_HOLDER.match(text[m.end():]))
                won = (TITLE_VERBS.search(before) or holder) and not NEGATION.search(before)
                done = seg.self_ref or holder or _DONE.search(before) or _DONE.match(text[m.end():])
                after = text[m.end():]
                # "2023年评上过浙江工匠的": a sentence-final 的 after a perfect (过/了) asserts, it does not point away
                final_de = after == "的" and re.search(r"[过了]", before)
                if won and done and not (_NEG_AFTER.match(after) and not final_de):
                    add(out, "prior_titles", title)
                text = blank(text, m)
    return out


def _year_near(text: str, pos: int) -> int | None:
    years = [(m.start(), int(m.group(1))) for m in _YEAR.finditer(text)]
    before = [y for p, y in years if p < pos]
    after = [y for p, y in years if p >= pos]
    year = before[-1] if before else (after[0] if after else None)
    return year if year is not None and 1950 <= year <= 2100 else None


def _relative_year(text: str, today) -> int | None:
    """The year of a relative date in the clause (去年, 前年冬天, 今年初), by jionlp's time parser."""
    if today is None or not re.search(r"去年|前年|今年|大前年|年前|上半年|下半年", text):
        return None
    from assistant.extract.when import dates_in

    found = dates_in(text, today)
    return found[0].first.year if found else None


# A clause that only says when an award came (前年冬天拿的奖, 2019年评上的), next to the clause naming it.
_WHEN_WON = re.compile(r"(?:拿|获|得|评|领|颁)[^,，。]{0,3}(?:的|了)?(?:奖|证|称号)?")


def _year_beside(segs: list[Segment], index: int, today) -> int | None:
    """The year said in the clause before or after ``segs[index]`` when that clause is about winning and names
    no award of its own: "前年冬天拿的奖，是浙江省技术能手" -> the year of 前年."""
    for other in (index - 1, index + 1):
        if 0 <= other < len(segs) and segs[other].asserts:
            text = segs[other].text
            if not _WHEN_WON.search(text) or any(p.search(text) for _, _, p in AWARDS) or SCI_TECH_AWARD.search(text):
                continue
            year = _year_near(text, len(text)) or _relative_year(text, today)
            if year is not None:
                return year
    return None


# A prize that names a band of winners (金奖, 一等奖, 优秀奖) at an exhibition or contest of no listed kind: no
# award the rules know and no place, but a deed the experts weigh, so its sentence is kept as an achievement.
_BAND = re.compile(r"(?:金|银|铜|特等|一等|二等|三等|优秀|优胜|最佳|创新|大)奖|金牌|银牌|铜牌")
_WON = re.compile(r"拿|获|得|荣获|评上|评为|夺")


def read_awards(segs: list[Segment], today=None) -> Candidates:
    out: Candidates = {}
    sentence: list[str] = []
    for index, seg in enumerate(segs):
        if seg.opens:
            sentence = []
        sentence.append(seg.text)
        if not seg.asserts:
            continue
        text = seg.text
        if (_BAND.search(text) and _WON.search(text) and not _ranks(text) and not judge.negated(text)
                and not any(p.search(text) for _, _, p in AWARDS) and not SCI_TECH_AWARD.search(text)
                and not NOT_OWN_RESULT.search(text)):
            add(out, "achievements", "，".join(sentence))  # "…传统手艺，我编的竹器在全国工艺品展上拿过金奖"
        found = []
        for kind, level, pattern in AWARDS:
            for m in pattern.finditer(text):
                found.append((m.start(), kind, level))
                text = blank(text, m)
        for m in SCI_TECH_AWARD.finditer(text):
            level = AWARD_LEVEL_PREFIX.get(m["pre"] or "")
            if level is None:
                prefix = re.search(r"(浙江省|杭州市|国家)$", text[max(0, m.start() - 3):m.start()])
                level = AWARD_LEVEL_PREFIX.get(prefix.group(1)) if prefix else None
            found.append((m.start(), m.group(), level))
        for start, kind, level in sorted(found):
            if NEGATION.search(seg.text[:start]):
                continue
            award = {"level": level, "kind": kind,
                     "year": _year_near(seg.text, start) or _relative_year(seg.text, today)
                     or _year_beside(segs, index, today)}
            add(out, "awards", {k: v for k, v in award.items() if v is not None})
    return out


def _level(name: str) -> str | None:
    hits = [(m.start(), level) for level, pattern in COMPETITION_LEVELS for m in pattern.finditer(name)]
    return max(hits)[1] if hits else None


def _ranks(text: str) -> list[tuple[re.Match, int]]:
    hits, taken = [], []
    for pattern, fixed in RANKS:
        for m in pattern.finditer(text):
            if any(m.start() < e and s < m.end() for s, e in taken):
                continue
            rank = fixed if fixed is not None else to_number(m["n"])
            if rank is not None and 1 <= rank <= 1000:
                hits.append((m, int(rank)))
                taken.append((m.start(), m.end()))
    return sorted(hits, key=lambda h: h[0].start())


def results_named(text: str, today) -> list[dict]:
    """Competition results a text names, whoever won them ("我徒弟2020年拿过杭州市技能竞赛焊工第二名"): for a
    condition on the results of the apprentices one trained."""
    from assistant.extract.text import normalize, segments

    return read_competitions(segments(normalize(text)), today, own=False).get("competition_results", [])


# Someone else as the subject of a clause: "我带的徒弟好几个成了骨干", "徒弟们…", "同事…". The clauses after it in
# the same sentence that name no subject of their own ("有一个2020年…拿了第一名") are still about them.
_OTHERS_SUBJECT = re.compile(r"^(?:(?:我|本人)?(?:带|教|培养|指导|带出)[过出了]?的|我的|我们的)?"
                             r"(?:[0-9一二三四五六七八九十两几好多]+(?:个|名|位))?(?:徒弟|学生|学员|选手|同事|队友|他们|她们)")
_OWN_SUBJECT = re.compile(r"我|本人|自己|俺")
# Words that make a placing a team's; where a message has none, the asker's own placing is their own (个人).
_TEAM_WORDS = re.compile(r"团体|团队|组队|小组|合作|搭档|一队|一组|队员|队友|双人|多人")


def _shown(result: dict) -> str:
    when = f"{result['year']}年" if result.get("year") else ""
    return f"{when}{result['field']}第{result['rank']}名"


def read_competitions(segs: list[Segment], today, own: bool = True) -> Candidates:
    """Competition results; with ``own``, only the asker's: a clause whose subject is someone else, or that
    continues such a clause with no subject of its own, goes to ``trained_apprentices`` instead. An own placing
    in a message with no word of a team is read as individual, and ``_read_as`` says so for the user to correct."""
    out: Candidates = {}
    team_said = any(_TEAM_WORDS.search(s.text) for s in segs)
    carried: list[str] = []  # the sentence's clauses about someone else, so far
    sentence: list[str] = []  # the sentence's clauses so far, for a placing said apart from the competition's name
    for seg in segs:
        text = seg.text
        if seg.opens:
            carried, sentence = [], []
        before, sentence = sentence, [*sentence, text]
        if own and _OTHERS_SUBJECT.match(text):
            carried = [text]
        elif own and carried and not _OWN_SUBJECT.search(text):
            carried.append(text)
            if seg.asserts and _ranks(text):
                add(out, "trained_apprentices", "，".join(carried))
            continue
        else:
            carried = []
        if not seg.asserts or (own and NOT_OWN_RESULT.search(text)):
            continue
        previous = 0
        for m, rank in _ranks(text):
            first = previous == 0
            ctx, previous = text[previous:m.start()], m.end()
            names = list(COMPETITION_NAME.finditer(ctx))
            if not names and first and before and not NEGATION.search(ctx):
                # "去年浙江省数字经济行业职业技能竞赛，…赛项，我拿了个人第一名": the name is in the sentence before
                named = next((c for c in reversed(before) if COMPETITION_NAME.search(c)), None)
                if named is not None and not NEGATION.search(named) and not NOT_OWN_RESULT.search(named):
                    ctx = "，".join(before[before.index(named):]) + "，" + ctx
                    names = list(COMPETITION_NAME.finditer(ctx))
            if not names or NEGATION.search(ctx):
                continue
            name = names[-1].group()
            level = _level(name) or _level(ctx)
            if level is None:
                continue
            near = ctx if re.search(r"团体|团队|组队|小组|个人", ctx) else text[m.end():m.end() + 4]
            # the name starts after a year said inside it ("有一个2020年杭州市二类技能竞赛" -> 杭州市二类技能竞赛)
            field = _LEADING.sub("", _YEAR_PREFIX.sub("", _LEADING.sub("", re.split(r"(?:19|20)[0-9]{2}年度?", name)[-1])))
            year = _year_near(ctx, len(ctx)) or _relative_year(ctx, today)
            if year is None:
                two = re.match(r"^(?:我|在)?([0-9]{2})年", ctx)
                year = year_from(two.group(1), today) if two else None
            if year is None:  # "…第一名（2025年）": the year in brackets right after the placing
                after = re.match(r"\s*[（(]\s*((?:19|20)[0-9]{2})\s*年?", text[m.end():])
                year = int(after.group(1)) if after else None
            result = {
                "level": level,
                "tier": "一类" if "一类" in ctx else "二类" if "二类" in ctx else None,
                "rank": rank,
                "year": year,
                "type": "team" if re.search(r"团体|团队|组队|小组", near) else
                        "individual" if "个人" in near else None,
                "field": field or name,
            }
            if own and result["type"] is None and not team_said:
                result["type"] = "individual"
                add(out, "_read_as", f"“{_shown(result)}”按个人成绩理解（没有提到团体）；如是团体成绩，请告诉我。")
            add(out, "competition_results", result)
    return out
