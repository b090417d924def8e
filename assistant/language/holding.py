"""Whether a title named in a message is one the speaker holds, read from the title's sentence as a whole.

The extractor's readers of a held title (``extract.honours``) each know one shape of the words right around the
name. Applicants tell the holding anywhere in the sentence: before the name ("我捧回来一个杭州工匠"), after it in the
next clauses ("省首席那会儿是厅里发的文，名单上有我"; "浙江工匠，2020年，有证"), or by its papers ("手上有张浙江工匠的
证书"). This module reads the title's window (its clause, the name blanked, and the clauses after it in the same
sentence, up to one that asks, denies, names another title or speaks of someone else) for a cue of getting,
holding or being listed (``data/holding.json``), said by the speaker or with no subject, and nothing blocking it.

    >>> holds("我捧回来一个◇", ())
    True
    >>> holds("我师傅是◇", ("我跟着他做了八年",))
    False
"""

from __future__ import annotations

import functools
import re
from collections.abc import Sequence

from assistant.language.datafiles import data_json
from assistant.language.people import alternation

__all__ = ["MARK", "below_body", "blocked", "holds", "others_named", "retracted", "retraction", "takes_back", "told_of_speaker"]

MARK = "◇"  # the title's name in its clause (□ is taken by names already blanked: the programme asked, other titles)


@functools.cache
def _table() -> dict[str, re.Pattern[str]]:
    table = {k: v for k, v in data_json("holding.json").items() if not k.startswith("_")}
    people = "|".join((alternation("own"), alternation("workmate"), alternation("head"), "他|她|人家|别人|大家|我们|咱们|俺们"))
    table["people"] = rf"(?:{people})"
    return {k: re.compile(v) for k, v in table.items()}


def _someone_else(clause: str) -> bool:
    """Whether ``clause`` speaks of someone other than the speaker as the holder: a person named (师傅, 爱人, 他), not
    only calling the speaker by the title ("人家都喊我◇"), or a collective that won ("我们车间评出了…")."""
    t = _table()
    head = clause.split(MARK, 1)[0]
    for m in t["people"].finditer(clause):
        if MARK in clause and m.start() < len(head) and t["called"].search(head):
            continue  # "人家都喊我◇": what others call the speaker
        return True
    return bool(t["collective"].search(clause))


def _cue(text: str) -> bool:
    """Whether ``text`` (the window joined) says the title is got, held or listed with the speaker in it."""
    t = _table()
    if t["roll"].search(text) or t["kept"].search(text):
        return True
    got = t["got"].search(text)
    if got and (t["done"].search(text) or t["time"].search(text)) and (t["speaker"].search(text) or t["time"].search(text)):
        return True  # (no speaker and no time: "◇是市总工会评的" says who confers it)
    has = t["has"].search(text)
    if not has:
        return False
    after_has = text[has.end():has.end() + 8]
    # holding said of the title itself (◇是有的, ◇我身上已经有了) or of its papers (有张◇的证书, 有证); the title
    # as the object of 有 needs the holder said ("我手上有个◇"): "还有◇" lists a programme asked about
    holder = t["speaker"].search(text[:has.start()]) or re.search(r"(?:手|身)(?:上|里|边)(?:已经|早就|早|也|都|还|就)*$", text[:has.start()])
    # (the title as the topic, 有 closing what is said of it: not "◇有啥好处")
    topic = MARK in text[:has.start()] and (holder or re.match(r"(?:了|的|呢|啊|呀)*(?:$|，)", text[has.end():]))
    return bool(topic) or bool(t["papers"].search(after_has)) or (MARK in after_has and bool(holder))


def blocked(clause: str) -> bool:
    """Whether ``clause`` says something that makes a title in it none held: a negation, a wish, an ask, hearsay, the
    winners in general ("听说…评上的每人有…"), a quota, a conferring to come (``block`` in ``data/holding.json``)."""
    return bool(_table()["block"].search(clause))


def _of_the_title(clause: str) -> bool:
    """Whether a clause after the title's may still be about it: it says a getting or a holding with no object but
    the title's papers, or a listing, or it is only a time ("2020年"); a clause about anything else ("我在杭州做了二十年
    木雕", "我2015年拿了第三名") ends the window."""
    t = _table()
    if t["roll"].search(clause) or t["kept"].search(clause):
        return True
    for cue in (t["got"].search(clause), t["has"].search(clause)):
        # the getting or holding closes the clause, or takes the title's papers: with an object of its own
        # ("我2015年拿了第三名") it tells another thing got
        if cue and re.fullmatch(rf"(?:了|的|过|啦|呢|啊|呀|一个|个|张|块)*(?:{t['papers'].pattern})?(?:了|的|呢|啊)*",
                                clause[cue.end():]):
            return True
    return bool(re.fullmatch(rf"(?:是|那是|都是)?(?:{t['time'].pattern})(?:的事|的时候|那会儿?)?(?:的|了)?", clause.strip()))


def holds(clause: str, after: Sequence[str]) -> bool:
    """Whether the title blanked as ``MARK`` in ``clause`` is held by the speaker, reading ``clause`` and the
    clauses ``after`` it in the same sentence (the window stops at one that asks, denies or names someone else)."""
    t = _table()
    if MARK not in clause or t["block"].search(clause) or t["counted"].search(clause) or _someone_else(clause):
        return False
    if re.search(rf"{MARK}的(?!(?:{t['papers'].pattern}))[\u4e00-\u9fff]", clause):
        return False  # "当过◇的评委", "◇的待遇": the title names another thing (a judge, a benefit), none held
    window = [clause]
    for other in after[:2]:
        if "□" in other or MARK in other or t["block"].search(other) or t["asks"].search(other) \
                or _someone_else(other) or t["correction"].search(other) or not _of_the_title(other):
            break
        window.append(other)
    return _cue("，".join(window))


def takes_back(clause: str) -> bool:
    """Whether ``clause`` opens with a word taking back what was said before it ("哦不对", "说错了")."""
    return bool(_table()["correction"].search(clause.strip()))


def retraction(after: Sequence[str]) -> str | None:
    """How a clause ``after`` the title's takes it back as said wrong: "none" when the speaker then says they hold
    none ("说错了，我自己没有"), "others" when it only gives the title to someone else ("哦不对，那个是我师傅评的");
    None when nothing takes it back."""
    t = _table()
    for i, clause in enumerate(after):
        if takes_back(clause):
            rest = [clause, *after[i + 1:i + 3]]
            if any(t["self_denial"].search(c) for c in rest):
                return "none"
            return "others" if any(_someone_else(c) for c in rest) else None
    return None


def retracted(after: Sequence[str]) -> bool:
    """Whether a clause ``after`` the title's takes it back ("哦不对，那个是我师傅评的")."""
    return retraction(after) is not None


def told_of_speaker(clause: str, before: str = "") -> str | None:
    """What a teller (人事, 单位, family) says of the speaker in ``clause``, as the speaker's own words ("老婆说我都是
    浙江工匠了" -> "我都是浙江工匠了"; "你已经是杭州工匠了" after "HR问我" -> "我已经是杭州工匠了"); None when the clause
    tells nothing of the speaker, only guesses, hears or forecasts (觉得, 听说, 能评上: ``data/holding.json``, told)."""
    t = _table()
    frame = rf"^(?:{t['teller'].pattern}){{1,2}}(?:{t['told'].pattern})"  # (单位领导, 我们厂人事)
    m = re.match(frame, clause)
    rest = clause[m.end():] if m else None
    if m and re.search(r"(?:我|俺)[：:]?$", m.group()) and not re.match(r"(?:我|俺|你)", rest):
        rest = "我" + rest  # "老婆说我都是…", "人事告诉我已经是…": the 我 the verb took is the subject told of
    if rest is None and re.fullmatch(rf"{frame}$", before.strip(" ，,：:")) and clause.startswith("你"):
        rest = clause  # "HR问我：你已经是…": the frame closes the clause before, the speaker addressed as 你
    if not rest or not re.match(r"(?:我|俺|你)", rest) or t["unsure"].search(rest):
        return None
    return re.sub(r"^你|(?<=[，,])你", "我", rest)


@functools.cache
def _below() -> tuple[re.Pattern[str], re.Pattern[str]]:
    t = data_json("holding.json")
    return (re.compile(t["below_before"].replace("{below}", t["below"])),
            re.compile(t["below_after"].replace("{below}", t["below"])))


def below_body(before: str, after: str) -> str | None:
    """The body below the city that conferred the title whose name stands between ``before`` and ``after`` (the rest
    of its clause, or the clause after it): "集团评的数字工匠" -> "集团", "首席技师，企业内部的" -> "企业"; None when no such
    body is said beside it."""
    first, last = _below()
    m = first.search(before) or last.match(after)
    return m["body"] if m else None


def others_named(text: str) -> bool:
    """Whether ``text`` names a person other than the speaker (师傅, 徒弟, 爱人, 老张…) or a collective (我们车间): a
    title in it may be theirs, so a short reply naming it is left to the extractor's reading of whose it is."""
    t = _table()
    return bool(t["people"].search(text) or t["collective"].search(text)
                or re.search(r"(?:老|小)[\u4e00-\u9fff](?:是|也是|评|拿)", text))
