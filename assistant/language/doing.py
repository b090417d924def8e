"""Whether a clause says what one does at work, by its verbs: jieba's parts of speech over the process's one
segmenter (``assistant.retrieval.segment``).

"管中控室", "每天守着机床", "在电厂值班", "开叉车" describe a job in verbs no phrase table lists. A verb (jieba ``v``
or ``vn``) that is not one of living, moving, studying, wanting, applying, winning or speaking (``data/verbs.json``)
is taken as doing one's work; a negated clause says nothing done (``clauses.negated``).
"""

from __future__ import annotations

import functools
import re

from assistant.language.datafiles import data_json
from assistant.retrieval.segment import tagger

__all__ = ["CONTRAST", "TENURE", "work_verb", "work_object", "obtaining", "tells_deed", "deed_after_contrast"]


@functools.cache
def _not_work() -> frozenset[str]:
    return frozenset(data_json("verbs.json")["not_work"])


@functools.cache
def _employed() -> frozenset[str]:
    return frozenset(data_json("verbs.json")["employed"])


@functools.lru_cache(maxsize=2048)
def work_verb(clause: str, trade: bool = False) -> str | None:
    """The first verb of ``clause`` that says doing one's work ("管中控室十几年" -> 管), or None ("在杭州住了十年",
    "我想报数字工匠", "没干过这行"). ``trade``: a verb that names what is done, not only having a job
    ("在阿里工作8年了" -> None)."""
    from assistant.language.clauses import negated

    if not clause or negated(clause):
        return None
    for word, flag in tagger().cut(clause):
        if flag in ("v", "vn") and word not in _not_work() and not word.startswith(("没", "未", "不")) \
                and not (trade and word in _employed()):
            return word
    return None


_DOING_IN_GENERAL = frozenset({"做", "干", "搞", "从事"})
_OBJECT_TAGS = ("n", "nz", "vn", "eng", "j", "l", "nt")  # a thing worked on or with (not ns: a place)


@functools.lru_cache(maxsize=2048)
def work_object(clause: str) -> str | None:
    """A verb of work with what it works on, as said ("在建德一家化工厂管中控室十几年了" -> 管中控室, "在物流公司开叉车"
    -> 开叉车): the clause names the job, not only a place. None without an object ("在杭州上班8年")."""
    from assistant.language.clauses import negated

    if not clause or negated(clause):
        return None
    words = list(tagger().cut(clause))
    for i, (word, flag) in enumerate(words):
        if flag not in ("v", "vn") or word in _not_work() or word.startswith(("没", "未", "不")):
            continue
        j = i + 1
        while j < len(words) and words[j].word in ("着", "了", "过"):
            j += 1
        if j < len(words) and words[j].flag in _OBJECT_TAGS:
            return word + "".join(w.word for w in words[i + 1:j + 1])
        # "做了造纸", "干了焊接": a verb of doing in general, then the work as a verb, names the trade
        if word in _DOING_IN_GENERAL and j > i + 1 and j < len(words) and words[j].flag == "v" \
                and words[j].word not in _not_work() and len(words[j].word) >= 2:
            return word + words[j].word
    return None


@functools.lru_cache(maxsize=2048)
def obtaining(clause: str) -> bool:
    """Whether every verb of ``clause`` is one of obtaining a certificate, level or prize ("2018年考出来的",
    "一二年评上的", "证书2021年拿的"): a date said with it is when the credential came, not a move or a start of work
    ("考出来的" ends in 来 but comes nowhere). False with no verb, or with any other verb ("评上技师后来的杭州")."""
    heads = tuple(data_json("verbs.json")["obtaining"])
    others = frozenset(data_json("verbs.json")["not_obtaining"])
    just = "|".join(data_json("verbs.json")["just"])
    clause = re.sub(rf"(?:{just})(?=(?:{'|'.join(heads)}))", "", clause)  # 去年刚评的: 刚评 is tagged a noun
    verbs = [word for word, flag in tagger().cut(clause) if flag in ("v", "vn") and word != "是"]  # 证是…拿的
    return bool(verbs) and all(v.startswith(heads) and v not in others for v in verbs)


_ASPECT = frozenset({"ul", "ug", "uz"})  # 了, 过, 着 after a verb


@functools.lru_cache(maxsize=2048)
def tells_deed(clause: str) -> bool:
    """Whether ``clause`` says something done, by its parts of speech: a verb (jieba ``v``/``vn``), or an idiom or
    phrase followed by an aspect particle (动手做|了, 琢磨出|过): "把控制柜翻新了一遍", "自己动手做了一套工装"; not a
    thing held ("证书就一个中级职称"). Used where a denial of some kinds of achievement is followed by what was
    done beside it (a partial denial)."""
    from assistant.language.agency import plain_work

    if plain_work(clause):
        return False  # "就会埋头干活", "就是天天修车": the job's routine, beside a denial no deed left out of it
    tagged = [(w.word, w.flag) for w in tagger().cut(clause)]
    return any(f.startswith("v") or (f in ("i", "l") and i + 1 < len(tagged) and tagged[i + 1][1] in _ASPECT)
               for i, (_, f) in enumerate(tagged))


# the words that turn from a denial to what was done beside it ("专利没有，不过搞过一个小改造")
CONTRAST = r"不过|但是?|可是?|倒是|只是"
# "没有成果，但我在杭州干了十年": after the contrast, how long or where one works, no deed
TENURE = re.compile(r"[0-9一二两三四五六七八九十几]+(?:多|来)?年|天天|每天|上班|工作|在岗|一线")
_AFTER_CONTRAST = re.compile(rf"(?:{CONTRAST})([^，,。！!？?；;]+)")


def deed_after_contrast(text: str) -> bool:
    """Whether ``text`` goes on, after a contrast word, to say something done ("…没搞过。不过我自己琢磨出一套手法"):
    a denial of some kinds of achievement, not of all."""
    from assistant.language.asking import asks
    from assistant.language.clauses import negated

    return any(not negated(m.group(1)) and not asks(m.group(1)) and not TENURE.search(m.group(1))
               and tells_deed(m.group(1))
               for m in _AFTER_CONTRAST.finditer(text or ""))
