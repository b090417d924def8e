"""Skill levels said with a job title, and the title's own words without them.

"数控高级技师" names the work (数控) and a level (高级技师); the level says nothing about the field of work, and
left in it sways a judgement on the field ("技师" sits near the technical rows of the occupation table). The
extractor keeps the level as ``skill_level`` and the rest as the occupation; the occupation classifier judges the
rest. A title that is only a level ("高级技师") has no words of its own left, and is returned unchanged.

A level word glued before an occupation is that occupation's skill level: "高级育婴师", "中级电工", "三级健康管理师"
(国家职业资格 一级 = 高级技师 … 五级 = 初级工). Not before a professional title or a job's rank ("高级工程师",
"中级会计师", "一级建造师", "高级架构师"), a grade of another scheme (二级运动员) or people in general
(高级管理人员): those words are data (``data/titles.json``).
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterator

from assistant.language.datafiles import data_json

__all__ = ["without_level", "levels_before_trade", "held_before", "held_after", "not_held_after", "short_of_words", "approved", "topic_rest", "held_by_shape", "LEVEL_OF_WORD"]

# the levels of the 国家职业资格 (and 首席/特级), at the end of a title: "数控高级技师", "钳工技师", "电工高级工"
_LEVEL_AFTER = re.compile(r"(?:特级技师|高级技师|首席技师|一级技师|二级技师|技师|高级技工|高级工|中级工|初级工)$")
LEVEL_OF_WORD = {"高级": "高级工", "中级": "中级工", "初级": "初级工", "一级": "高级技师", "二级": "技师", "三级": "高级工",
                 "四级": "中级工", "五级": "初级工"}
# a level word, then an occupation: a few characters ending in 工/员/师/匠 (the shortest such run)
_LEVEL_TRADE = re.compile(r"(?P<level>高级|中级|初级|(?<![0-9一二三四五六七八九十])[一二三四五]级)"
                          r"(?P<trade>(?:(?![的是在了和及或与])[\u4e00-\u9fff]){1,6}?(?:工|员|师|匠))")
_RUN = re.compile(r"[\u4e00-\u9fff]{1,12}")


@functools.cache
def _not_skill() -> re.Pattern[str]:
    words = sorted(data_json("titles.json")["not_skill"], key=len, reverse=True)
    return re.compile("|".join(map(re.escape, words)))


def levels_before_trade(text: str) -> Iterator[tuple[str, int, int]]:
    """(skill level, start, end) for each level word said before an occupation in ``text``: "高级育婴师" ->
    ("高级工", 0, 5). A professional title or a job's rank after the level word (高级工程师, 一级消防工程师) is none,
    even where a shorter trade word hides in it (消防工)."""
    for m in _LEVEL_TRADE.finditer(text):
        run = _RUN.match(text, m.start("trade"))
        ahead = run.group()[:len(m.group("trade")) + 3] if run else m.group("trade")
        if m.group("trade") in {"工", "技工"} or _not_skill().search(ahead):
            continue  # 高级工 and 高级技工 are read as levels by name
        yield LEVEL_OF_WORD[m.group("level")], m.start(), m.end()


def without_level(title: str) -> str:
    """``title`` without the skill level said in it; unchanged when nothing else would be left."""
    rest = _LEVEL_AFTER.sub("", title.strip())
    found = next((m for m in levels_before_trade(rest) if m[1] == 0), None)
    if found:
        rest = rest[2:]  # every level word is two characters
    rest = rest.rstrip("的")
    return rest if rest else title.strip()


@functools.cache
def _held() -> dict[str, re.Pattern[str]]:
    table = data_json("titles.json")["held"]
    return {"before": re.compile("|".join(table["before"])), "before_then_le": re.compile(table["before_then_le"]),
            "after": re.compile("|".join(table["after"])),
            "not_after": re.compile(table["not_after"].replace("{short_of}", table["short_of"]).replace("{institution}", table["institution"])),
            "papers_face": re.compile(table["papers_face"]),
            "papers_before": re.compile(table["papers_before"]), "papers_after": re.compile(table["papers_after"]),
            "approved": re.compile(table["approved"]), "topic": re.compile(table["topic"])}


def held_before(before: str, after: str) -> bool:
    """Whether the words ``before`` an honour's name (and the first ``after`` it) frame it as one the speaker holds:
    "作为杭州工匠，…", "我这个杭州工匠是…", "自从评上杭州工匠以后", "我都已经杭州工匠了" (``data/titles.json``, held)."""
    frames = _held()
    if frames["not_after"].match(after):
        return False  # "作为杭州工匠的候选人": a candidate, no holder
    return bool(frames["before"].search(before)) or bool(
        frames["before_then_le"].search(before) and re.match(r"(?:的)?(?:称号)?了", after)) or bool(
        frames["papers_before"].search(before) and frames["papers_after"].match(after)) or _papers_face(before)


def _papers_face(before: str) -> bool:
    """Whether ``before`` reads the title off the face of papers not said to be someone else's ("证书上写的是",
    "门口那块铜牌上刻着我的名字和"; not "我师傅的证书上写的是")."""
    face = _held()["papers_face"].search(before)
    owner = before[:face.start()] if face else ""
    return bool(face) and not re.search(rf"(?:{_shape()['others'].pattern})的?(?:那|这)?(?:个|块|张|本)?$", owner)


def short_of_words() -> str:
    """The words after a title's name that make it less than the title (``held.short_of`` in ``data/titles.json``)."""
    return data_json("titles.json")["held"]["short_of"]


def not_held_after(after: str) -> bool:
    """Whether the words right ``after`` an honour's name make it no title held, whatever frames it: a candidacy, a
    nomination, an application ("我就是杭州工匠的候选人", "我是浙江工匠的推荐人选")."""
    return bool(_held()["not_after"].match(after))


def held_after(after: str) -> bool:
    """Whether the words right ``after`` an honour's name say the speaker holds it: in its roll or batch ("那批里头有
    我", "我是第一批的") or conferred on them ("前年授予了我")."""
    return bool(_held()["after"].match(after))


def approved(clause: str) -> bool:
    """Whether ``clause``, said right after an honour's name, only says the nomination went through: "单位报上去就批了",
    "市里批下来了", "名单出来有我" (``data/titles.json``, held.approved). Not a denial or a wait (还没批, 没通过: the
    table leaves out 没/未/还 before the verb)."""
    return bool(_held()["approved"].match(clause.strip(" ，,。")))



def topic_rest(after: str) -> str:
    """What is said of an honour named as a topic, the words taking it up again dropped: "这块牌子我前年就到手了" ->
    "我前年就到手了", "那个我19年就拿了" -> "我19年就拿了" (``held.topic`` in ``data/titles.json``); ``after``
    unchanged when it does not take the title up again."""
    return _held()["topic"].sub("", after, count=1)


@functools.cache
def _shape() -> dict[str, re.Pattern[str]]:
    return {k: re.compile(v) for k, v in data_json("titles.json")["held"]["shape"].items()}


def held_by_shape(clause: str) -> bool:
    """Whether ``clause``, the title's name blanked as □, says the speaker holds it by its shape ("之前有幸评上□",
    "□我是拿了的", "我前年成了□", "我也算个□", "我身上有□这个荣誉"): a verb of winning with the perfect or a past time, or
    the speaker's copula with the title closing the clause; nothing making it a wish, an ask, an application, a
    failure or someone else's (``held.shape`` in ``data/titles.json``). A subjectless clause needs a past time: "□评上了"
    alone may suppose."""
    t = _shape()
    if "□" not in clause or t["block"].search(clause) or t["others"].search(clause) or t["counted"].search(clause):
        return False
    if t["copula"].search(clause):
        return True
    said_by_self = re.search(r"我|俺|本人", clause)
    return bool(t["win"].search(clause) and (t["mark"] if said_by_self else t["time"]).search(clause))
