"""Read the proposition a premise asserts about a rule, a form or a body, and check it against the asked notice.

A confirmation ("…对吧", "是不是…", "不是…吗", "我记得…", "听说…") about a rule rather than a number is read as a
relation over what the notice writes: two fields of a form said to share one box or to have a box each ("岗位和行政
职务是填一栏的吧"), one thing said to be the only way or the one requirement ("只能走单位推荐这条路吧", "得有高级技师
证才行吧"), a body said to do an act ("是市总工会评的吧"). Each relation is one row of ``RELATIONS`` (how an asker
says it) and one pure check over the notice's clauses (the form's cells; the sentence or the sibling items giving the
thing with its alternatives; the bodies the notice names at all). The check gives "不对，…" or "是的，…" with the
clause that shows it, or None when the notice does not settle it, and the rest of the answer proceeds as before.

Run with:  .venv/bin/python -m pytest -q tests/chat/test_propositions.py
"""

from __future__ import annotations

import re
from collections.abc import Callable

from assistant.chat.premise.attributes import attribute_check, read_attributes
from assistant.chat.premise.done_by import acting, done_by_check
from assistant.chat.premise.form_fields import HAN as _HAN
from assistant.chat.premise.form_fields import fields_check
from assistant.chat.premise.relation import Proposition
from assistant.chat.premise.sole import OBJECT_END, SOLE, sole_check

__all__ = ["Proposition", "RELATIONS", "read", "check", "proposition_premise", "proposition_answer"]


# How an asker says each relation: a pattern whose named groups are the relation's objects. Data, read by ``read``.
RELATIONS: dict[str, re.Pattern] = {
    # two fields in one box: "岗位和行政职务是填一栏的吧", "技能等级跟职称是合在一个格子里填的吧"
    "merged": re.compile(rf"(?P<a>{_HAN}{{2,8}}?)(?:和|跟|与|同|、)(?P<b>{_HAN}{{2,8}}?)(?:是|都|也)?(?:填|写|放|合|并)?"
                         r"(?:在|成|到)?(?:一栏|一格|一个格子?|一个栏|一个框|同一[栏格框]|一起填|一块填|一处)"),
    # two fields in boxes of their own: "工作单位和职务是分两栏分别填的吧", "…是分开填的吧"
    "split": re.compile(rf"(?P<a>{_HAN}{{2,8}}?)(?:和|跟|与|同|、)(?P<b>{_HAN}{{2,8}}?)(?:是|都|也)?"
                        r"(?:分开|分两栏|分两个格子?|分成两栏|两栏|各一栏|各填|分别填|各有一栏|单独一栏)"),
}


def read(text: str) -> list[Proposition]:
    """The propositions ``text`` asserts, in RELATIONS' order: the two fields' relations, the one thing said to be
    the only way or the requirement, then a body said to do an act."""
    out = []
    for relation, pattern in RELATIONS.items():
        for m in pattern.finditer(text or ""):
            out.append(Proposition(relation, tuple(v for v in m.groupdict().values() if v), m.group(0)))
    for m in SOLE.finditer(text or ""):
        thing = OBJECT_END.split(m.group("o"))[0]
        if len(thing) >= 2:
            # the stretch to the clause's end holds the act ("只有人社部门才能推荐": 推荐)
            out.append(Proposition("sole", (thing,), m.group(0) + re.split(r"[，,。；;？?！!]", text[m.end():])[0]))
    # an attribute with the value asserted of it ("是市数字经济局主办的吧", "两年评一回吧", "重点产业包括新能源汽车吧"),
    # from the attributes table: before a body said to do a step, which reads only the steps' verbs
    out += read_attributes(text)
    from assistant.chat.premise.step_order import asserted_sequence

    # an order of steps ("领导小组先审定，最后再公示") is step_order's to check, whoever it names doing them: only a
    # step the notice has no body for at all is read then ("公示完还要报省政府批吧")
    bodies = acting(text or "")
    if bodies:
        out.append(Proposition("ordered" if asserted_sequence(text or "") else "done_by", bodies, text))
    return out


CHECKS: dict[str, Callable] = {"merged": fields_check, "split": fields_check, "sole": sole_check,
                               "attribute": attribute_check, "done_by": done_by_check, "ordered": done_by_check}


def check(corpus, program: str, question: str, prop: Proposition) -> tuple[str, list[tuple[str, str]]] | None:
    """The verdict on one proposition against ``program``'s notice: ("不对，…" or "是的，…", quotes), or None."""
    return CHECKS[prop.relation](corpus, program, question, prop)


def proposition_premise(corpus, program: str, question: str) -> tuple[str, list[tuple[str, str]]] | None:
    """The first proposition ``question`` asserts that the notice settles, with its verdict and quotes."""
    for prop in read(question):
        found = check(corpus, program, question, prop)
        if found is not None:
            return found
    return None


def proposition_answer(text: str, r, deps, cites, answer_rest: Callable[[str, object], str]) -> str | None:
    """The answer to a confirmation whose premise one ask of the message asserts and the notice settles: its verdict
    and clause lead; the message's other asks follow, answered by ``answer_rest(asks, route)`` under the heading
    premise.first uses. None when the message has no such premise, or several asks hold one."""
    import dataclasses

    from assistant.chat.premise.first import ALSO_ASKED
    from assistant.chat.routing import confirms
    from assistant.chat.rules.answer_types import question_parts
    from assistant.chat.templates import cite_line, qa_text

    if len(r.programs) != 1:
        return None
    program = r.programs[0]
    parts = [p for p in question_parts(text) if p.strip()] or [text]
    found = [(i, f) for i, part in enumerate(parts)
             if (r.confirm or confirms(part)) and (f := proposition_premise(deps.corpus, program, part))]
    if len(found) != 1:
        return None
    at, (line, quotes) = found[0]
    first = qa_text(deps.corpus, cites, parts[at], quotes[:1], deps.today, premise=line).split("\n")
    # every quote that shows it, not only the main one and one related: the items a list has besides the thing
    first[2:2] = ["相关条款：" + cite_line(deps.corpus, cites, cid, quote) for cid, quote in quotes[1:]]
    rest = [p for i, p in enumerate(parts) if i != at]
    if not rest:
        return "\n".join(first)
    others = answer_rest("".join(rest), dataclasses.replace(r, confirm=False)).split("\n")
    status = next((i for i, ln in enumerate(first) if i and ln.startswith("（")), len(first))
    closing = first[status:] + [ln for ln in others if ln.startswith("（") and ln not in first[status:]]
    asks = "".join(rest).strip("，,。；; ")
    return "\n".join([*first[:status], ALSO_ASKED.format(asks=asks),
                      *[ln for ln in others if not ln.startswith("（")], *closing])
