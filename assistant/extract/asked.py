"""What a message applies for is not what the asker holds: "我是技师，能报浙派工匠和首席技师吗" names 首席技师 as
a programme, not as a skill level. This module blanks the programmes a message asks about before any fact is
read, and writes each title alias the packs list (English names included) as the title the checker reads.

    >>> blank_asked("我是技师，我能报浙派工匠和首席技师吗？")
    '我是技师，我能报□□□□□□□□□吗？'
"""

from __future__ import annotations

import re
from functools import lru_cache

from assistant.extract.patterns import MASKED_NAMES
from assistant.language.asking import asks
from assistant.programs import generation, packs

__all__ = ["blank_asked", "spell_aliases", "held_before"]

# An application verb: what follows it, up to the end of the clause or the question particle, is asked for.
# (评成, 评为 is a result: "省里把我评成了浙江工匠" says the title was conferred, it asks nothing)
_APPLY = re.compile(r"(?:申报|报名|参评|参选|申请|评选|竞选|推荐|够得上|符合|够不够格|够格|够不够资格|够资格|有没有资格|有资格|(?:能|可以|可|想|要|打算|准备|去|够|能不能|"
                    r"可不可以|还能|再|我|俺|该|应该|适合|最好)(?:报|评|冲|考虑))(?!过|了|考|名额|上|的|成|为)"
                    # or the asker asking whether they would do for it ("首席技师我行不行", "数字工匠俺有戏吗",
                    # "首席技师那种我够吗": 够 asked of oneself, not a level reached)
                    r"|(?:我|俺)(?:自己)?(?:行不行|行吗|行么|行不|有戏吗|有没有戏|有戏没|够吗|够么|够不够|够得上吗|够格吗)")
# a request about a programme ("帮我看看首席技师", "给我爸问问浙派工匠"): the names in what it asks about are asked
_REQUEST = re.compile(r"看看|看一下|瞧瞧|查查|查一下|问问|问一下|问下|咨询一下|咨询|了解一下|评估一下|评估")
_END = re.compile(r"[，,。！!？?；;\n]|吗|么|呢|嘛|的(?:条件|要求|资格)")


@lru_cache(maxsize=8)
def _programme_names(_generation: int, honours: bool = True) -> re.Pattern[str]:
    """The programmes' names and cues, and with ``honours`` the honour and competition names of ``MASKED_NAMES``."""
    words = {w for p in packs() for w in (p.title, *p.names, *p.title_aliases) if w}
    words |= {re.sub(r"[“”\"]", "", w) for w in words}
    cues = [p.cue for p in packs() if p.cue] + [p.series_cue for p in packs() if p.series_cue]
    parts = [re.escape(w) for w in sorted(words, key=len, reverse=True)] + cues + ([MASKED_NAMES.pattern] if honours else [])
    return re.compile("|".join(f"(?:{p})" for p in parts))


# A programme named as the topic: "首席技师2021年那届：我是技师…", "首席技师2021：技师…", "数字工匠第四届 我做…" - not a title held.
_TOPIC_BEFORE = re.compile(r"(?:(?:19|20)?[0-9]{2}年)?的?(?:那批|这批|那届|这届|那次|这次|那一届|那年的?)$")
# ... or its papers ("首席技师汇总表的荣誉情况那栏", "数字工匠推荐表"): the programme's form, not a title or level held
_TOPIC_AFTER = re.compile(r"\s*(?:(?:19|20)[0-9]{2}年?|[0-9]{2}年)?(?:的)?(?:那届|这届|那次|那一届|这一届|第[一二三四1-4]届|届|：|:"
                          r"|(?:推荐|申报|汇总|登记)(?:表|书))")


# A clause that asks (首席技师我能报吗, 浙派工匠呢): a programme it names is asked about, unless a verb of holding
# stands before the name in that clause (评上了首席技师吗 is still a title said).
_CLAUSE = re.compile(r"[^，,。！!？?；;\n]+[，,。！!？?；;\n]?")
_PAUSE = re.compile(r"[…⋯]+|\.{2,}")
_HELD_BEFORE = re.compile(r"评上|评为|评了|获评|获得|获了|拿到|拿了|拿过|拿的是|当选|荣获|被评|授予|已经是|认定为|评过|获过")


# the verb of winning in the perfect, between an application verb and the name it took ("推荐我评上了…", "报上去被评为…")
_WON_PERFECT = re.compile(r"(?:评上|评为|获评|拿到|当选|获得|选上)(?:了|过)|评过|获过|拿过|被评为|被认定为")


def _won_then(after: str) -> bool:
    """Whether the words after a name said as a round ("浙江工匠那次我也评上了", "杭州工匠那届我是评上了的") say the speaker
    won it then: a title held, not the programme asked about."""
    from assistant.extract.honours import won_after
    from assistant.language.titles import topic_rest

    return won_after(topic_rest(after))


def held_before(text: str) -> bool:
    """Whether the message says something was won or held before ("拿过提名奖", "已经评上浙江省首席技师了",
    "我首届拿的是提名奖"): a title in it is the topic or a fact, not the programme applied to."""
    return bool(_HELD_BEFORE.search(text or ""))


# A programme named alone as a sentence's first clause is its heading ("首席技师，我是桐庐一家制冷设备厂的制冷工，技师",
# "2021年首席技师。我在…"), unless the next clause says it was won ("浙江工匠，2019年评上的").
_HEADING_WORDS = r"(?:(?:19|20)?[0-9]{2}年(?:的)?|第[一二三四五1-5]届|首届|本届|这届|那届|这次|那次|的|关于|请问|问下|问一下)*"
_WON_NEXT = re.compile(r"^[^，,。！!？?；;\n]{0,8}?(?:评上|评的|评过|获评|获得|拿的|拿到|拿过|当选|授予|认定)")


def _held_next(rest: str) -> bool:
    """Whether the clauses after a name said alone, up to the sentence's end, tell it held ("浙江工匠，2020年，有证"):
    a title listed as one's own, not a heading (``language.holding``)."""
    from assistant.language.holding import MARK, holds

    sentence = re.split(r"[。！!？?；;\n]", rest, maxsplit=1)[0]
    return holds(MARK, [c for c in re.split(r"[，,]", sentence) if c])


def _headings(text: str, names: re.Pattern[str]) -> list[tuple[int, int]]:
    out = []
    opens = True
    for clause in _CLAUSE.finditer(text):
        body = clause.group().rstrip("，,。！!？?；;\n")
        if opens and re.fullmatch(f"{_HEADING_WORDS}(?:{names.pattern}){_HEADING_WORDS}", body) \
                and not _WON_NEXT.match(text[clause.end():]) and not _held_next(text[clause.end():]):
            out += [(m.start(), m.end()) for m in names.finditer(text, clause.start(), clause.start() + len(body))
                    if m.group()]
        opens = clause.group()[-1:] in "。！!？?；;\n"  # the next clause begins a sentence
    return out


def blank_asked(text: str) -> str:
    """``text`` with the object of each application verb blanked (□, same length) when it names a programme,
    each programme named as the message's topic ("首席技师2021年那届"), and each named in a clause that asks
    about it ("首席技师我能报吗")."""
    from assistant.language import titles as frames  # (asked.held_before is this module's own)

    names = _programme_names(generation())
    out = text
    # a pause ("我问问他……他说一八年评过浙江工匠") ends a clause as a comma does: the ask or request before it is not
    # the statement's (the reading is of the text with pauses as commas; positions are kept, so the blanks land in
    # ``out``, the text as said)
    text = _PAUSE.sub(lambda m: "，" * len(m.group()), text)

    def held(m: re.Match, start: int) -> bool:  # "我都已经杭州工匠了", "那批杭州数字工匠里头有我": a title held, not asked
        return frames.held_before(text[start:m.start()], text[m.end():]) or frames.held_after(text[m.end():])

    for clause in _CLAUSE.finditer(text):
        if not (asks(clause.group()) and _APPLY.search(clause.group())):
            continue
        for m in names.finditer(text, clause.start(), clause.end()):
            if m.group() and not _HELD_BEFORE.search(text, clause.start(), m.start()) and not held(m, clause.start()):
                out = out[:m.start()] + "□" * (m.end() - m.start()) + out[m.end():]
    for m in names.finditer(text):
        if m.group() and (_TOPIC_AFTER.match(text, m.end()) or _TOPIC_BEFORE.search(text[:m.start()])) \
                and not frames.held_after(text[m.end():]) and not _won_then(text[m.end():]):
            out = out[:m.start()] + "□" * (m.end() - m.start()) + out[m.end():]
    for start, end in _headings(text, _programme_names(generation(), honours=False)):
        out = out[:start] + "□" * (end - start) + out[end:]
    for m in _APPLY.finditer(text):
        end = _END.search(text, m.end())
        stop = end.start() if end else len(text)
        region = text[m.end():stop]
        first = names.search(region) if region else None
        # "厂里推荐我评上了市级技术能手": the application's outcome said, won in the perfect: the name is held, not asked
        # ("领导想推荐我评上杭州工匠" is still a wish; "厂里推荐我去评杭州工匠，最后批下来了": the clause after it says it went
        # through, language.titles.approved)
        after = re.match(r"[^，,。！!？?；;]*", text[stop + 1:]).group() if end else ""
        if first and not _WON_PERFECT.search(region, 0, first.start()) and not frames.approved(after):
            out = out[:m.end()] + "□" * len(region) + out[stop:]
    for m in _REQUEST.finditer(text):
        end = _END.search(text, m.end())
        for n in names.finditer(text, m.end(), end.start() if end else len(text)):
            out = out[:n.start()] + "□" * (n.end() - n.start()) + out[n.end():]
    return out


@lru_cache(maxsize=4)
def _alias_pattern(_generation: int) -> tuple[re.Pattern[str] | None, dict[str, str]]:
    """Aliases that are not already Chinese titles the extractor knows (the English names), as one pattern."""
    latin = {}
    for pack in packs():
        for title, more in pack.title_aliases.items():
            for alias in more:
                if re.search(r"[A-Za-z]", alias):
                    latin[re.sub(r"[\s\-]+", "", alias.lower())] = title
    if not latin:
        return None, {}
    words = sorted(latin, key=len, reverse=True)
    flexible = [r"[\s\-]*".join(re.escape(ch) for ch in w) for w in words]
    return re.compile("|".join(flexible), re.IGNORECASE), latin


def spell_aliases(text: str) -> str:
    """Each English alias of a title (any case, any spacing) written as the Chinese title it stands for."""
    pattern, table = _alias_pattern(generation())
    if pattern is None or not re.search(r"[A-Za-z]", text):
        return text
    return pattern.sub(lambda m: table[re.sub(r"[\s\-]+", "", m.group().lower())], text)

