"""Details of a competition told in a later message or clause ("个人赛的", "是一类竞赛", "说错了，是去年"):
they complete or correct the result already told.
"""

from __future__ import annotations

import datetime as dt
import re

from assistant.chat.case.replies import (
    not_known,
)
from assistant.chat.case.said import clauses_of
from assistant.chat.case.state import Session
from assistant.extract.patterns import COMPETITION_WORDS
from assistant.language.correcting import said_wrong_at

_TEAM = re.compile(r"团体|团队|组队")


# Facts that name an honour or a deed of their own: a message adding one adds it, and edits no competition.
_NEW_HONOUR = ("awards", "prior_titles", "achievements", "trained_apprentices")


# "四个人一队" counts people, not 个人 (individual)
_SOLO = re.compile(r"(?<![0-9两三四五六七八九十几多])个人|单人|一个人|独自|单打独斗|自己一个")


def _kind_said(short: str) -> str | None:
    """"team" or "individual" as the words say it, by the language layer's negation scope: "单人赛，不是组队的"
    and "没组队，一个人比的" are individual (the team word is denied), "不是个人的，是团队" a team's."""
    from assistant.language.clauses import clauses

    team = solo = False
    for c in clauses(short):
        t, s = bool(_TEAM.search(c.text)), bool(_SOLO.search(c.text))
        if c.negated:
            solo, team = solo or t, team or s
        else:
            team, solo = team or t, solo or s
    if team == solo:
        return None
    return "team" if team else "individual"


_TIER = re.compile(r"[一二]类")


def patch_competition(session: Session, text: str, facts: dict, today: dt.date) -> bool:
    """Details of the competition already told ("个人赛的", "是一类竞赛", "说错了，是去年，2025年11月的比赛")
    complete or correct the last result instead of being lost; True when one was patched."""
    results = session.profile.get("competition_results") or []
    if not facts.get("competition_results"):
        placed = placed_at_contest_before(session, text, today)  # "去年市里那个数字经济技能大赛", then "拿了头名"
        if placed:
            facts["competition_results"] = [*results, *placed]
    if facts.get("competition_results"):
        _complete_new(facts, results, text, today)
        m = said_wrong_at(text)
        told, fix = (text[:m.start()], text[m.end():]) if m else (text, "")
        added = [c for c in facts["competition_results"] if c not in results]
        if fix and told.strip("，,。…. ") and len(added) == 1:
            # "…拿过第二名……不对，说错了，第二名是2013年那次，2015年那次我拿的是第一名": corrected in the same breath
            again = _by_rank(added[0], fix, today)
            if again:
                facts["competition_results"] = [*results, *again]
        return False
    wrong = said_wrong_at(text) if results else None
    if wrong:
        # "记错了 那次我是第二 第一是我徒弟": the asker's place said again after a correction word; a place said of
        # someone else in the same breath (the apprentice's first) is theirs, read as such, and fixes nothing
        again = _by_rank(dict(results[-1]), text[wrong.end():], today)
        if again and again != [results[-1]]:
            facts["competition_results"] = [*results[:-1], *again]
            session.profile["competition_results"] = facts["competition_results"]
            return True
    if not results or any(facts.get(f) for f in _NEW_HONOUR):
        return False  # "另外2023年还拿过浙江省科学技术进步奖": the year is the new honour's, not a fix of the old result
    last = dict(results[-1])
    named = _full_name(text, last, today)
    if named:  # "2025年浙江省数字经济行业职业技能竞赛，区块链赛项" after "省里区块链那个比赛我拿了第一": its name
        last["field"] = named
        facts["competition_results"] = [*results[:-1], last]
        session.profile["competition_results"] = facts["competition_results"]
    short = re.sub(r"\s", "", text)
    if len(short) > 40:
        return bool(named)
    again = _by_rank(last, short, today) if re.search(r"名", short) else []
    if again and again != [results[-1]]:  # "不对，是第三名", "第二名是2013年那次，2015年那次是第一名"
        facts["competition_results"] = [*results[:-1], *again]
        session.profile["competition_results"] = facts["competition_results"]
        return True
    kind = _kind_said(short)
    if kind:
        last["type"] = kind
    tier = _tier_said(short)
    if tier:
        last["tier"] = tier
    if re.search(rf"{COMPETITION_WORDS}|那次|说错|记错|是去年|是前年|是今年|[0-9]{{4}}年", short) and not _year_of_another(
            short, facts):
        year = _one_year(short, today)
        if year is not None:
            last["year"] = year
    if last == results[-1]:
        if not (kind or tier):
            return False
        # "个人赛的" confirming what was read ("按个人成绩理解"): a fact about oneself, answered with the verdict
        facts["competition_results"] = results
        return True
    facts["competition_results"] = [*results[:-1], last]
    session.profile["competition_results"] = facts["competition_results"]
    return True


def placed_at_contest_before(session: Session, text: str, today: dt.date) -> list[dict]:
    """The asker's place told with no contest ("拿了头名，个人赛", "拿了第三，个人的") right after a message that named
    a contest with no place ("去年市里那个数字经济技能大赛", "2017年省里那个一类大赛，数控车工"): one result told over two
    turns, read as the two said together; [] when either is about someone else, denied, or asked."""
    from assistant.extract.competitions import ranks, read_competitions
    from assistant.extract.judge import denies_result
    from assistant.extract.patterns import COMPETITION_NAME, NOT_OWN_RESULT
    from assistant.extract.text import normalize, segments
    from assistant.language.asking import asks

    def placed(said: str) -> bool:  # (a bare 第三 is a place only where its clause ends)
        return any(ranks(c) for c in re.split(r"[，,。；;！!\s]+", said))

    if not session.history or not placed(text) or COMPETITION_NAME.search(text) or NOT_OWN_RESULT.search(text) \
            or denies_result(text) or asks(text):
        return []
    before = session.history[-1][0]
    if not COMPETITION_NAME.search(before) or placed(before) or NOT_OWN_RESULT.search(before) or denies_result(before) \
            or asks(before):
        return []
    told = read_competitions(segments(normalize(f"{before.rstrip('。！!，, ')}，{text}")), today)
    return told.get("competition_results", [])


# a result pointed at, not named ("省里区块链那个比赛", "市里的什么大赛"): a later clause naming the competition names it
_POINTED = re.compile(r"那个|这个|那次|这次|那场|那届|啥|什么")
_NAMED = re.compile(rf"(?P<name>[\u4e00-\u9fff]{{4,30}}?(?:{COMPETITION_WORDS}))")
_PLACED = re.compile(r"第[0-9一二三四五六七八九十]+|前[0-9一二三四五六七八九十]+|名次|[一二三]等奖|获奖|冠军|亚军|季军|[金银铜]奖")


def _full_name(text: str, last: dict, today: dt.date) -> str | None:
    """The competition's name told after the result pointed at it: a clause naming a competition with no place of
    its own ("2025年浙江省数字经济行业职业技能竞赛", its year the result's when it says one); None when the result was
    already named, or no such clause is found."""
    if not _POINTED.search(last.get("field") or ""):
        return None
    for clause in clauses_of(text):
        m = _NAMED.search(re.sub(r"^.*?[0-9]{4}年", "", clause))
        if not m or _PLACED.search(clause) or _POINTED.search(m.group("name")):
            continue
        year = _one_year(clause, today)
        if year is None or year == last.get("year"):
            return m.group("name")
    return None


def _year_of_another(short: str, facts: dict) -> bool:
    """Whether a year in a short message belongs to something else than the competition told: a programme's round
    ("那首席技师行不行，2021年那次") or another fact read from the same message ("高级技师，2017年评的": the level's)."""
    from assistant.notices.names import name_programs

    if not re.search(COMPETITION_WORDS, short) and name_programs(short)[0]:
        return True
    return any(v not in (None, [], "") for f, v in facts.items() if f not in ("competition_results", "facts_as_of"))


# a place, with 名 or closing its clause ("那次我是第二"): not 第二届, 第一次, 第三季度
_RANK = re.compile(r"第([0-9一二三四五六七八九十]+)(?:名|$)")


def _by_rank(result: dict, text: str, today: dt.date) -> list[dict]:
    """The result told again rank by rank: each clause naming a place ("2015年那次我拿的是第一名", "第二名是2013年那次")
    is one result of the same competition, with the year that clause names (else the result's own); [] when
    no clause names a place."""
    from assistant.extract.numbers import to_number
    from assistant.extract.patterns import NOT_OWN_RESULT

    out = []
    for clause in clauses_of(text):
        m = _RANK.search(clause)
        rank = to_number(m.group(1)) if m else None
        if not rank or NOT_OWN_RESULT.search(clause):
            continue  # "记错了 是第二名 第一名是她同事": a place said to be someone else's is none of the asker's
        item = {**result, "rank": int(rank)}
        year = _one_year(clause, today)
        if year is not None:
            item["year"] = year
        out.append(item)
    return out


def _one_year(text: str, today: dt.date) -> int | None:
    """The one year ``text`` names a date in ("去年的", "2025年11月的比赛"); None when it names none or several."""
    from assistant.extract.when import dates_in

    years = {w.first.year for w in dates_in(text, today) if w.first.year == w.last.year}
    return years.pop() if len(years) == 1 else None


def _tier_said(text: str) -> str | None:
    """The one tier a message says of a competition ("是一类竞赛"); none when both are named or it says it does not
    know ("一类二类不清楚", "不知道是不是一类")."""
    said = [(c, t) for c in clauses_of(text) for t in _TIER.findall(c)]
    if len({t for _, t in said}) != 1 or any(not_known(c) for c, _ in said):
        return None
    return said[0][1]


def _complete_new(facts: dict, results: list, text: str, today: dt.date) -> None:
    """A result told with its details in clauses of their own ("拿过省里的竞赛第一名，去年的，个人赛"): the year,
    the tier and individual/team the extractor left open are filled from the rest of the message when it names one."""
    added = [c for c in facts["competition_results"] if c not in results]
    if len(added) != 1 or len(facts["competition_results"]) - len(added) != len(results):
        return
    item = dict(added[0])
    year = _one_year(text, today) if item.get("year") is None else None
    if year is not None:
        item["year"] = year
    if item.get("tier") is None and _tier_said(text):  # "…第一名，市级一类竞赛": the tier in a clause of its own
        item["tier"] = _tier_said(text)
    if item.get("type") is None and _kind_said(text):
        item["type"] = _kind_said(text)
    facts["competition_results"] = [item if c is added[0] else c for c in facts["competition_results"]]
