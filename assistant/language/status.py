"""Done or not, and whose: what a clause's neighbours and frame say about the thing it names.

An achievement is something the speaker has done. The clause naming it can be right and still not be one:
- the thing is not finished: a later clause says it is still not approved, begun or done (计划把老设备改成自动化，
  方案还没批下来), a later clause with no object of its own says it is still under way (报了一个发明专利，还在实审;
  师傅教了我一手绝活，我到现在还在学), or a later clause says the attempt failed (选送的徒弟进了省赛决赛，最后没拿到名次);
- the clause speaks of a time to come (明年要搞智能制造, 下半年准备申请专利);
- the clause says whose it is, someone else's (厂里的绝活都是老师傅的), that it is the post's duties
  (工作内容就是给新工人讲安全须知), or only names the post (我是眼镜店的验光师);
- what the speaker names was bought or brought in, made by others (用公司采购的AI客服回复客户): no kind one makes.
A fact about the speaker can be framed the same way: a reporting frame (有人说, 听说, 据说, 我们主任说, 我老婆觉得,
厂长以为) makes the clause someone's word or belief, not the speaker's fact (``reported``).

The frames are data (``data/context.json``: ``pending``, ``unfinished``, ``attempt``, ``failed``, ``future``,
``others_own``, ``duties``, ``post``, ``bought``); ``classify.affirmed_parts`` reads them for the matcher (the checker's
words-only reading and the model's alike).
"""

from __future__ import annotations

import re

from assistant.language.agency import led
from assistant.language.datafiles import data_json
from assistant.language.lexicon import lexicon_hits

__all__ = ["bought", "failed_attempt", "not_done", "not_own", "pending", "post_only", "reported", "reported_frame", "reported_spans",
           "to_come"]


def _ctx(name: str) -> str:
    return data_json("context.json")[name]


def pending(clause: str) -> bool:
    """Whether ``clause`` says the thing it opens with still stands open (证还在审, 还在实审, 还没出师, 方案还没批下来)."""
    return _status(clause)


def to_come(before: str, after: str = "") -> bool:
    """Whether the status word between ``before`` and ``after`` is said as still ahead: a time to come right before it
    (明年就退休, 还有两年退休, 再干三年就退了) or after it (退休还差三年, 退休还早); data ``to_come``."""
    return bool(re.search(_ctx("to_come"), before[-10:]) or re.search(_ctx("to_come_after"), after))


def _status(clause: str) -> bool:
    """A clause that only says where the thing before it stands (还在实审, 还没出师, 方案还没批下来)."""
    return bool(re.search(_ctx("pending"), clause) or re.search(_ctx("unfinished"), clause))


def not_done(said: list[str]) -> set[int]:
    """The clauses (by index) whose thing is not done: a plan by a time to come, the nearest clause before a
    status clause that is not one itself, and an attempt followed by its failure."""
    out = {i for i, c in enumerate(said) if re.search(_ctx("future"), c)}
    for i in range(1, len(said)):
        if _status(said[i]):
            j = i - 1
            while j > 0 and _status(said[j]):
                j -= 1
            out.add(j)
        elif re.search(_ctx("failed"), said[i]) and re.search(_ctx("attempt"), said[i - 1]):
            out.add(i - 1)
    return out


def failed_attempt(tried: str, then: str) -> bool:
    """Whether ``tried`` says the thing was tried for (报过, 入围了, 申报了两次: the ``attempt`` frame) and ``then``,
    the clause after it, that it was not won: the ``failed`` frame (结果落选了), or a negation right before a verb of
    obtaining (verbs.json's ``obtaining`` heads: 但没评上, 可惜都没选上, 最后也没拿到). "杭州工匠报过但没评上" holds no title."""
    if not re.search(_ctx("attempt"), tried):
        return False
    heads = "|".join(map(re.escape, data_json("verbs.json")["obtaining"]))
    return bool(re.search(_ctx("failed"), then) or re.search(rf"(?:没|未|没有|没能|未能)(?:被)?(?:{heads})", then))


def not_own(clause: str) -> bool:
    """Whether the clause says the thing is someone else's (…都是老师傅的) or only the post's duties (岗位职责是…),
    with no cue of the speaker leading or making it."""
    return bool(re.search(_ctx("others_own"), clause) or re.search(_ctx("duties"), clause)) and not led(clause)


def post_only(clause: str) -> bool:
    """Whether the clause only names the speaker's post (我是眼镜店的验光师, 本人是一名数控车工): no lexicon word, no
    cue of leading or making. It still says who speaks (我是第三完成人 makes the unit's award the speaker's),
    so it is left out only after the context is read."""
    return bool(re.search(_ctx("post"), clause)) and not lexicon_hits(clause) and not led(clause)


def bought(clause: str) -> bool:
    """Whether what the clause names was bought or brought in (采购的, 引进的), with no cue of the speaker making
    something of it (把引进的设备改造成…)."""
    return bool(re.search(_ctx("bought"), clause)) and not led(clause)


def reported(clause: str) -> bool:
    """Whether a reporting frame (data ``reported``: 有人说, 听说, 据说, X说/X觉得/X以为, 我以为) stands over ``clause``:
    what follows it is someone's word or belief, not the speaker's fact."""
    return bool(re.search(_ctx("reported"), clause))


def reported_spans(clauses: list[str]) -> set[int]:
    """The clauses (by index) a reporting frame stands over: its own, and the next one when the frame ends its
    clause ("我们主任说，我这种不算一线"). The speaker's own clause after it ("…，其实我还是高级工") is not one."""
    out: set[int] = set()
    for i, clause in enumerate(clauses):
        m = re.search(_ctx("reported"), clause)
        if not m:
            continue
        out.add(i)
        if not clause[m.end():].strip(" ，,：:。") and i + 1 < len(clauses):
            out.add(i + 1)
    return out


def reported_frame(clause: str) -> str:
    """``clause`` without its reporting frame ("别人都说我干了快二十年了" -> "我干了快二十年了")."""
    m = re.search(_ctx("reported"), clause)
    return clause[m.end():] if m else clause
