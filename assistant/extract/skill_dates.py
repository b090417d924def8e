"""When the skill level held now was reached, and the level held before it, so that a past programme is checked with
the level held then ("技师，不过是2022年才拿到的证，2021年那会儿还是高级工")."""

from __future__ import annotations

import datetime as dt
import re

from assistant.extract.patterns import COMPETITION_WORDS
from assistant.extract.text import Segment

__all__ = ["read_skill_dates"]


_LEVELS = ("特级技师", "高级技师", "技师", "高级工", "中级工", "初级工")
_LEVEL = re.compile("|".join(_LEVELS))
_GOT = re.compile(r"考|拿|取|评|获|晋升|升|通过|出证|发证|就是|已经是|成了|成为")
# A clause about a placing or a prize won: its 拿/获 and its year are not those of a level reached
# ... or an honour title conferred ("去年还评上了杭州市杰出人才" after the level asked: 评上 and 去年 are the title's)
_PLACING = re.compile(rf"{COMPETITION_WORDS}|赛项|名次|第[一二三四五六七八九十\d]+名?|奖"
                      r"|称号|人才|能手|劳模|劳动模范|津贴|工匠|先进个人|标兵")
_BEFORE = re.compile(r"(?:那会儿?|那时候?|当时|之前|以前|原来|此前)[^,，。]{0,4}(?:一直|还|都|只)?是(?P<level>" + "|".join(_LEVELS) + ")")


# the verb of reaching it closing the clause ("是2022年才拿到的", "前年才考出来"): a clause naming no level that says
# it was reached; a verb with an object of its own ("去年厂里评了先进") reached that object, not the level
_GOT_AT_END = re.compile(rf"(?:{_GOT.pattern})[到出来下了的过上]*(?:的|了)?[啊呀吧嘛呢]?$")


def _bare_got(text: str) -> bool:
    return bool(_GOT_AT_END.search(text.strip(" ，,。！!")))


def read_skill_dates(segs: list[Segment], today: dt.date) -> dict:
    """When the level held now was reached, and the level held before it: "技师，不过是2022年才拿到的证，2021年那会儿
    还是高级工" -> {"since": 2022, "before": "高级工"}. A past programme is checked with the level held then."""
    from assistant.extract.honours import without_titles
    from assistant.extract.when import dates_in

    since: int | None = None
    before: str | None = None
    previous_level: str | None = None
    for seg in (s for s in segs if s.asserts):
        text = seg.text
        m = _BEFORE.search(text)
        if m:
            before = m.group("level")
            continue
        untitled = without_titles(text)  # "浙江省首席技师前年评上的": a title won, no level reached
        level = _LEVEL.search(untitled)
        if level is None and (_PLACING.search(text) or untitled != text):
            continue  # "去年…竞赛我个人拿了第二": a placing won, not the level reached (拿 and a year as well)
        if level is None and not re.search(r"证|等级", text) and not (_bare_got(text) and previous_level):
            previous_level = None
            continue
        if not _GOT.search(text) and not re.search(r"[（(][^）)]*年[）)]", text):
            previous_level = level.group() if level else previous_level
            continue
        years = {w.first.year for w in dates_in(text, today) if w.first.year == w.last.year}
        if len(years) == 1 and (level or previous_level):
            since = years.pop()
        previous_level = level.group() if level else previous_level
    return {k: v for k, v in (("since", since), ("before", before)) if v is not None}
