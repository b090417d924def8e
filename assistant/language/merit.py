"""Whether a text of achievements is positively read as no qualifying achievement of the speaker's own: somebody
else's honour or deed, what is still being learnt or examined, a plan, a registration, a training or lecture attended,
the routine duties of the post, the chores of another's project (docs/verdict-policy.md, 选择性条件怎样判断).

A reading, not the absence of a match: every clause must carry one of these shapes (or only go on about one), and a
clause where the speaker is the subject of a verb of solving or making (主要是我解决了主轴振动问题) never does. Text
that is merely unmatched (重写了公司的推荐引擎) is no such reading and stays with the experts.
"""

from __future__ import annotations

import functools
import re

from assistant.language.acts import mention
from assistant.language.agency import (
    has_cue,
    headless,
    made_kinds,
    own_part,
    plain_work,
    routine,
    subject_other,
)
from assistant.language.classify import affirmed_parts, said_clauses
from assistant.language.datafiles import data_json
from assistant.language.lexicon import KINDS, in_house, lexicon_hits

__all__ = ["certificate_lookalike", "leading_said", "non_merit", "shape_label", "short_of_title"]

_ALL = frozenset(KINDS)  # every kind taken: a chore's or an organisation's clause (``classify.affirmed_parts``)


@functools.lru_cache(maxsize=1)
def _table() -> dict:
    return data_json("merit.json")


def own_deed(clause: str) -> bool:
    """The speaker is the subject of a verb of solving, making or improving: the clause is the speaker's deed."""
    return bool(re.search(_table()["own_deed"], clause))


def _shape(clause: str, kept: list[tuple[str, frozenset[str]]], others: bool) -> str | None:
    """The non-merit shape ``clause`` is read as, or None."""
    if own_deed(clause) or has_cue("result", clause):
        return None
    if re.search(_table()["aside"], clause):
        return "aside"  # 车间主任说让我报报看, 我自己觉得够呛: talk about applying, no deed told
    if re.search(_table()["visited"], clause):
        return "mention"
    if re.search(_table()["goods_prize"], clause) or (
            subject_other(clause) and re.search(_table()["conferred"], clause) and not has_cue("lead", clause)):
        return "others"  # 我师傅是全国技术能手, 公司的新能源车拿过浙江名牌产品
    if re.search(_table()["still_learning"], clause) or (
            re.search(_table()["learning"], clause) and not lexicon_hits(clause).keys() - {"training"}):
        return "learning"
    if re.search(_table()["other_person"], clause) and not lexicon_hits(clause).keys() - made_kinds():
        return "taken"  # 组长牵头做了一个运维智能体: another's deed of a kind one makes
    if in_house(clause) and not lexicon_hits(clause):  # (one of the certificate near misses, so no certificate)
        return "credential"  # 公司内部认证的首席架构师资格: a near miss of a certificate the notice lists
    parts = [(p, taken) for p, taken in kept if p and p in clause and not headless(p)]
    if not parts:
        return "dropped"  # denied, disowned, a plan or wish, not done yet (还在实审, 还没出师)
    if mention(clause):
        return "mention"
    hits = [set(lexicon_hits(p)) for p, _ in parts]
    if any(hits) and all(h <= taken for h, (_, taken) in zip(hits, parts, strict=True)):
        return "taken"
    if not any(hits) and all(taken >= _ALL or (taken and subject_other(p)) for p, taken in parts):
        return "taken"  # what the organisation or another person holds (我们厂的龙井茶拿过金奖): no kind of the speaker's
    if not any(hits) and (routine(clause) or plain_work(clause)):
        return "routine"
    if others and not any(hits) and all(taken or own_part(p) for p, taken in parts):
        return "share"
    return None


def _tail(clause: str) -> bool:
    """A clause that only goes on about the non-merit one before it (还在实审阶段, 我在售后修了八年)."""
    if lexicon_hits(clause) or has_cue("lead", clause) or has_cue("result", clause) or own_deed(clause) \
            or re.search(_table()["tail_not"], clause):
        return False
    return not re.search(r"我|本人|自己", clause) or bool(re.search(_table()["tail_self"], clause))


@functools.lru_cache(maxsize=4096)  # pure, and asked per merit alternative, per programme, per rerun of a turn
def non_merit(text: str) -> str | None:
    """The shape (a key of ``merit.json``'s ``shapes``) that ``text`` is read as when none of its clauses tells a
    qualifying achievement of the speaker's own, else None."""
    cs = said_clauses(text)
    if not cs:
        return None
    if re.search(_table()["attended"], text) and not any(own_deed(c) or has_cue("result", c) for c in cs) \
            and all(lexicon_hits(c).keys() <= {"training"} for c in cs):
        return "mention"  # 安全生产培训、新设备操作培训我都参加了: the events named first, attending them after
    kept = affirmed_parts(text)
    others = any(taken for _, taken in kept) or len(kept) < len(cs)
    shapes: list[str] = []
    for c in cs:
        if headless(c):
            continue  # 做西湖绸伞的: the subject of what follows, neither a deed nor none
        shape = _shape(c, kept, others)
        if shape == "share" and not shapes:
            shape = None  # the speaker's own part is a chore only beside another's deed said before it
        if shape is None and shapes[-1:] == ["dropped"] and re.search(_table()["plan_goes_on"], c):
            shape = "dropped"  # 下一步想把窍门总结成操作法，再带几个徒弟: the plan goes on
        if shape:
            shapes.append(shape)
        elif not (shapes and _tail(c)):
            return None
    return shapes[0] if shapes else None


def shape_label(shape: str) -> str:
    return _table()["shapes"][shape]


def short_of_title(title: str, text: str) -> bool:
    """Whether ``text`` names ``title`` only as less than the title itself (全国技术能手提名奖, 候选人, 培养对象)."""
    from assistant.language.titles import short_of_words

    at = text.find(title)  # (a word or two may stand between: 全国技术能手的提名)
    return at >= 0 and bool(re.match(rf"[^，。；]{{0,2}}(?:{short_of_words()})", text[at + len(title):]))


def leading_said(text: str) -> bool:
    """Whether a text itself says its certificate is of a leading level (国际领先, 全国首批)."""
    return bool(re.search(_table()["leading"], text))


def certificate_lookalike(text: str) -> str | None:
    """"vendor" for a company's own certification, "level" for a skill-level certificate, None for anything else or
    for a text that itself says the certificate is of a leading level (领先, 全国首批)."""
    if leading_said(text):
        return None
    if re.search(_table()["vendor_cert"], text, flags=re.IGNORECASE):
        return "vendor"
    if re.search(_table()["level_cert"], text):
        return "level"
    return None
