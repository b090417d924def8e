"""How far an applicant's denial of achievements reaches: back to what was listed before it, to every alternative, or
not at all (a dismissal of ordinary work, a rhetorical "哪有什么成果").

Word tables of openers and idioms kept missing denials one wording at a time (说句老实话一样都没有, 没一条沾得上边,
改造创新那是技术科的事，跟他不搭界). These read sentence shapes from ``data/denials.json`` instead:

- ``denies_back``: a clause that ENDS in a quantified denial with no object of its own (…一样都没有, …哪样都沾不上,
  没一条沾得上边) or denies any relation to the speaker (跟我不沾边, 和他没关系). Whatever stands before the denial is
  a frame when it names no thing (``names_thing`` decides; the clause layer passes its kind-noun test), so an opener
  never seen before (说句老实话, 我对照了一下) does not hide the denial;
- ``rhetorical``: 哪有什么X, 哪来的啥X — a denial of X; with a demonstrative for its object (我哪有这本事, 哪来那能耐)
  it points back and reaches the list before it, like ``denies_back``;
- ``says_nothing``: nothing to show said with no kind named (白板一个, 没啥拿得出手的), a universal denial with no
  list before it (一样都没有, 啥都谈不上), or the notice's conditions denied together (那五条我一条都够不着): every
  alternative;

A dismissal of ordinary work (就是个普通干活的, 就是按部就班干活) is ``agency.plain_work``: beside a denial it tells no
deed the denial left out.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable

from assistant.language.datafiles import data_json

__all__ = ["denied_kinds", "denies_back", "denies_rest", "empty", "names_whole", "names_prizes", "rhetorical", "says_nothing"]

# a frame before a back-reaching denial is short talk (说句老实话, 首席技师那几条我对了一下): longer, it says something
_FRAME_CHARS = 14


@functools.cache
def _table() -> dict[str, re.Pattern]:
    return {k: re.compile(v) for k, v in data_json("denials.json").items() if not k.startswith("_") and isinstance(v, str)}


def denied_kinds(clause: str) -> frozenset[str]:
    """The achievement kinds ``clause`` names, read as the object of a denial the caller found (没攻过关, 没教过人,
    徒弟没正经带过): the lexicon's terms, and the bare class words of ``data/denials.json`` (kinds) that name a kind only
    once nothing is told of it."""
    from assistant.language.lexicon import lexicon_hits

    if re.search(data_json("lexicon.json")["benign_negation"]["pattern"], clause):
        return frozenset()  # 没人能修好, 不用钻不用撬: the negation tells the deed, it denies none
    # a term that holds the negation itself ("会这个的没几个": few others can) says the deed, not its absence
    hits = {kind for kind, words in lexicon_hits(clause).items() if not re.search(r"[没不无未]", words)}
    table = data_json("denials.json")["kinds"]
    return frozenset(hits) | {kind for kind, words in table.items() if re.search(words, clause)}


def _plain(clause: str) -> str:
    return re.sub(r"[\s，,。！!？?；;…]+", "", clause or "")


def denies_back(clause: str, names_thing: Callable[[str], bool]) -> bool:
    """Whether ``clause`` is a denial whose object is what was said before it: it ends in a quantified or 'not one'
    denial with nothing between the quantifier and the negation, or denies a relation to the speaker, and what stands
    before the denial names no thing (``names_thing``: a kind noun, a count). 说句老实话一样都没有 and 没一条沾得上边
    reach back; 奖项一个都没有 names its own object, and is read as it stands."""
    text = _plain(clause)
    if not text:
        return False
    t = _table()
    m = t["relation"].search(text) or t["not_one"].search(text) or t["back"].search(text) \
        or t["rhetorical_back"].search(text) or t["deictic"].search(text)  # 我哪有这本事, 没本事搞这些: pointing back
    if not m:
        return False
    frame = t["talk"].sub("", text[:m.start()])
    if _REST.search(frame):
        return False  # 除了从事木雕创作以外，别的都没有: the rest is denied, not what was said before it
    return len(frame) <= _FRAME_CHARS and not re.search(r"[0-9０-９]", frame) and not (
        frame and (names_thing(frame) or _has_noun(frame)))


def _has_noun(frame: str) -> bool:
    """Whether ``frame`` holds a noun, which is then the denial's subject (工匠、首席技师称号都没有), not talk around it
    (我对了一下, 那几条我看了看)."""
    from assistant.retrieval.segment import tags

    return any(flag.startswith("n") and word not in _DEICTIC for word, flag in tags(frame))


# the rest beside what was said: a denial of it leaves the thing said standing
_REST = re.compile(r"别的|其他|其它|其余|另外|剩下|此外|除此")


# the words that point back at what was listed: jieba tags some of them nouns (那几条, 这些)
_DEICTIC = frozenset({"这些", "那些", "几条", "几样", "那几条", "这几条", "这几样", "那几样", "条件", "那几项", "这几项"})


def denies_rest(clause: str) -> bool:
    """Whether ``clause`` denies everything besides what was said (别的什么都没有, 其他都没有, 其余一样也没有): a rest
    word (``_REST``) opening a denial that says nothing or points back. After a list of what is not one's own merit
    (除了这些 别的什么都没有), nothing else is left to weigh."""
    text = _plain(clause)
    m = _REST.match(text)
    if not m:
        return False
    rest = re.sub(r"^(?:的|还|也)?", "", text[m.end():])
    return says_nothing(rest) or bool(_table()["back"].match(rest))


def rhetorical(clause: str) -> bool:
    """Whether ``clause`` denies by a rhetorical 'where would there be' (哪有什么成果, 哪来的啥绝活)."""
    return bool(_table()["rhetorical"].search(clause or ""))


def says_nothing(clause: str) -> bool:
    """Whether ``clause`` says there is nothing to show, naming no kind (白板一个, 没啥拿得出手的, 一样都没有,
    啥都谈不上, 我是交白卷): a denial of every alternative."""
    text = _plain(clause)
    t = _table()
    return bool(t["nothing"].search(text) or t["universal"].match(text) or t["conditions"].search(text)) or (
        empty(text) and not denied_kinds(text))


def empty(clause: str) -> bool:
    """Whether ``clause`` closes on an idiom of having nothing (交白卷, 空空如也, 一片空白, 条条落空): a denial with no
    negation word in it (``empty`` in ``data/denials.json``)."""
    return bool(_table()["empty"].search(_plain(clause)))



def names_whole(clause: str) -> bool:
    """Whether ``clause`` names achievements as a whole (成果, 业绩, 名堂), not one kind (革新成果, 成果转化): in a
    denial beside kinds (竞赛名次、证书、奖项、成果统统没有) it reaches every alternative (``general``)."""
    return bool(_table()["general"].search(_plain(clause)))


def names_prizes(clause: str) -> bool:
    """Whether ``clause`` names a prize or a contest (奖, 奖状, 比赛, 名次), not a science award (科技奖): denied, it
    closes the routes a placing opens (``prizes``; the contests' words are the competition table's)."""
    from assistant.language.lexicon import competition_events

    text = _plain(clause)
    return bool(_table()["prizes"].search(text) or re.search("|".join(competition_events()), text))
