"""The words that name a programme in a message, and a message's topic without them. Retrieval filters by
programme, so these words are in every clause of the filtered notice and only blur the query. Routing and the
answer types both read the topic, so it lives below both."""

from __future__ import annotations

import functools
import re

from assistant.programs import generation, packs

__all__ = ["CITY_ONES", "topic_only", "without_names", "without_programme"]

# The honours a city confers, named as a group by the level that confers them ("那杭州市里评的有没有钱", "市里的那几个
#荣誉"), not "市里的比赛" or "市级一类": routing reads them as the city's programmes, and they name no topic
# (a side of a choice between levels, "省里评还是市里评的", is a level, not the group: chat/rules/choice.py)
CITY_ONES = re.compile(r"(?<!还是)(?<!或者)(?<!或)(?:杭州)?市里(?:评的|的那几个|那几个|的几个|的那些|那些)(?:荣誉|称号)?"
                       r"|(?<!还是)(?<!或者)(?<!或)杭州(?:市)?(?:评的|的那几个|的几个|这几个)(?:荣誉|称号)?")

# Words that only say which programme is meant; removed from a query once a programme filter carries them.
# The programmes' own names come from their packs (``_pack_words``); these are only the words around them.
_PROGRAM_WORDS = re.compile(r"第[一二三四五六七八九十0-9]{1,2}届|首届|和|与|跟|[“”]|" + CITY_ONES.pattern)


@functools.lru_cache(maxsize=4)
def _pack_words(generation: int) -> re.Pattern:
    """Each registered programme's title, names, the title it confers and its series, with or without quotes."""
    names = {w for p in packs() for w in (p.title, *p.names, p.held_title, p.draft_label, p.series) if w}
    names |= {w.strip("“”") for w in names}  # 杭州工匠 as well as “杭州工匠”
    # a name said with its city (杭州市首席技师, 杭州数字工匠) goes whole, not leaving the city behind
    names |= {city + w for w in names for city in ("杭州市", "杭州", "浙江省") if not w.startswith(city)}
    words = sorted(names, key=len, reverse=True)
    return re.compile("|".join(map(re.escape, words)) or r"(?!)")


def without_programme(text: str) -> str:
    """``text`` with the words that name programmes taken out (may leave nothing)."""
    return _pack_words(generation()).sub(" ", _PROGRAM_WORDS.sub(" ", text))


def without_names(text: str) -> str:
    """``text`` without the programmes' names and editions only ("首届杭州工匠证书和奖牌在哪儿颁" -> "证书和奖牌在哪儿颁"):
    for quoting an ask back, where the joining words (和, 与) are part of what was asked."""
    return re.sub(r"第[一二三四五六七八九十0-9]{1,2}届|首届|[“”]", "", _pack_words(generation()).sub("", text))


def topic_only(text: str) -> str:
    """The query without the words that name programmes (they are in every clause of the filtered notice)."""
    stripped = without_programme(text)
    return stripped if len(stripped.strip()) >= 4 else text
