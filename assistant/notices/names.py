"""Which programme a question names, read from the programme packs' cues (``pack.toml``).

A pack names itself with ``cue``; editions of one honour share a ``series`` whose ``series_cue`` names all
of them unless an ``edition_cue`` picks one. "杭州工匠" is not a substring of "杭州数字工匠", so cues do not
clash.
"""

from __future__ import annotations

import functools
import re

from assistant.programs import generation, get_pack, packs

__all__ = ["name_programs", "programs_named", "DENIERS", "DENIED_VERBS", "denied_verb"]

# A title the asker already holds ("我已经是杭州工匠", "评上了…") is not the programme being asked about; a bare
# "评上X能拿多少" supposes the honour asked about. A pack whose
# title is not among these adds it with ``held_title``.
_HELD = r"(已经?|曾经?|是|评上[了过]|获评|获得过?|被认定为|当过|拿过|拿到了?)\s*[“\"]?"
_TITLES = r"浙江工匠|杭州工匠|杭州数字工匠(提名奖)?|浙江省首席技师|杭州市首席技师"


# Saying a title was never held: a denier, then a verb of being given one ("没评上", "从未获得过", "未被认定"). One table:
# the set-aside below and the extractor's stated absence of titles (extract.patterns.NO_TITLES) both read it, so a
# denial the one hears the other hears. It lives here, in the lowest layer that reads it (notices is below language
# and extract). Longest first, so a match takes the whole verb.
DENIERS = ("从来没", "从未", "从没", "没被", "未被", "没有", "没", "未")
DENIED_VERBS = ("获得过", "认定过", "评上", "评过", "获评", "评到", "拿过", "拿到", "得过", "获得", "当过", "认定", "获", "评")


def denied_verb() -> str:
    """The pattern of a denier and a verb of being given a title ("没有被评上", "从未获得过"), uncompiled."""
    return f"(?:{'|'.join(DENIERS)})(?:有)?(?:被)?(?:{'|'.join(DENIED_VERBS)})"


# A title said as never held ("浙江工匠、杭州工匠都没评过", "首席技师没评上") is a fact about the asker, said beside the
# programme asked about; alone it is the programme asked about ("首席技师没评上，今年还能再报吗"), so it is set aside
# only when the message names another programme.
# Titles run together with no joiner ("浙江工匠杭州工匠也没有") and a bare 没有 closing the clause deny as a verb does.
_NOT_HELD = (r"[”\"]?(?:\s*[、和跟与及,，]?\s*[“\"]?(?:{titles})[”\"]?)*\s*(?:我|他|她)?(?:都|也|还|一直|从来)?"
             r"(?:" + denied_verb() + r"|没有?(?=$|[，,。；;\s]))")  # no braces in it: the whole is .format()-ed with the titles
# A time word is no edition's name: "首届数字工匠那次…到今年都没换过单位" asks about 首届, though 今年 picks 第四届
# when no edition is named by name ("今年的数字工匠"). Years are time words too ("第四届…2022年评过浙江工匠").
_TIME_WORDS = re.compile(r"[0-9]{4}|今年")


@functools.lru_cache(maxsize=4)
def _held_title(generation: int) -> re.Pattern:
    extra = "".join("|" + re.escape(p.held_title) for p in packs() if p.held_title)
    return re.compile(f"{_HELD}({_TITLES}{extra})[”\"]?")


@functools.lru_cache(maxsize=4)
def _not_held_title(generation: int) -> re.Pattern:
    titles = _TITLES + "".join("|" + re.escape(p.held_title) for p in packs() if p.held_title)
    return re.compile(f"(?:{titles}){_NOT_HELD.format(titles=titles)}")


def name_programs(query: str) -> tuple[tuple[str, ...], bool]:
    """Programmes the question names, and whether it named a series without an edition (then every edition
    of it is named; the chat answers for the current one, retrieval searches all)."""
    query = _held_title(generation()).sub("", query or "")
    found, no_edition = _named(_not_held_title(generation()).sub("", query))
    return (found, no_edition) if found else _named(query)


def _named(query: str) -> tuple[tuple[str, ...], bool]:
    registered = packs()
    found = [p.id for p in registered if p.cue and re.search(p.cue, query)]
    no_edition = False
    for series in dict.fromkeys(p.series for p in registered if p.series):
        editions = [p for p in registered if p.series == series]
        if re.search(editions[0].series_cue, query):
            # "首届杭州工匠和第四届数字工匠": an edition word said of another programme's name is not this series'
            own = _without_others(query, series, registered)
            picked = [p.id for p in editions if p.edition_cue and re.search(p.edition_cue, own)]
            timeless = _TIME_WORDS.sub("", own)  # an edition named by its name outranks one a time word picks
            by_name = [p for p in picked if re.search(get_pack(p).edition_cue, timeless)]
            picked = by_name or picked
            no_edition = no_edition or not picked
            found += picked or [p.id for p in editions]
        else:
            # an edition cue alone ("第四届") names the one pack that claims it, beside another programme's name too
            # ("第四届还能报吗 还有浙派呢"); an edition word said of another programme's name ("首届杭州工匠") is not it
            own = _without_others(query, series, registered)
            alone = [p for p in editions if p.alone_cue and re.search(p.alone_cue, own)]
            found += [p.id for p in alone]
            # "第四届和首届能报吗": an edition word joined to the one said alone names that edition of the same series
            found += [p.id for a in alone for p in editions if p is not a and p.edition_cue and re.search(
                rf"(?:{a.alone_cue}){_JOINED}(?:{p.edition_cue})|(?:{p.edition_cue}){_JOINED}(?:{a.alone_cue})", own)]
    return tuple(dict.fromkeys(found)), no_edition


# a space joins too in a run-on message with no punctuation ("第四届 首届 还有浙派 哪个能报")
_JOINED = r"(?:的?\s*(?:和|跟|与|及|或者?|还是|、|/)\s*|\s+)"
_EDITION_WORD = r"(?:首届|第[一二三四五六七八九十0-9]+届|[0-9]{4}\s*年?(?:度|的)?)"


def _without_others(query: str, series: str, registered) -> str:
    """``query`` without the names of programmes outside ``series`` together with the edition word just before
    them ("首届杭州工匠"), so that word does not pick an edition of ``series``."""
    for pack in registered:
        if pack.cue and pack.series != series:
            query = re.sub(rf"{_EDITION_WORD}?\s*(?:{pack.cue})", " ", query)
    return query


def programs_named(query: str) -> tuple[str, ...]:
    """Programmes the question names (empty when it names none)."""
    return name_programs(query)[0]
