"""One thing said to be the only way or the one requirement ("只能走单位推荐这条路吧", "得有高级技师证才行吧"): wrong
when the notice lists other items that each open a way, an "或" stands beside the thing, or the task is given to
several bodies together (chat.premise.propositions reads the premise).
"""

from __future__ import annotations

import re

from assistant.chat.premise.form_fields import HAN as _HAN
from assistant.chat.premise.form_fields import is_form, squeeze
from assistant.chat.premise.relation import Proposition

__all__ = ["SOLE", "OBJECT_END", "sole_check"]

SOLE = re.compile(r"(?:只有|只能|只认|只收|仅限|非得|必须(?:要)?|一定要|得(?=有|是|取得|拿))(?:走|由|是|有|认|收|取得|拿到?|具有)?"
                   rf"(?P<o>{_HAN}{{2,14}})(?=才|就|这条|这一|的吧|吧|吗|，|,|？|\?|$)")
OBJECT_END = re.compile(r"才|就|这条|这一|的人|的吧|吧|吗|证书?(?=$)|一[个条种项](?:途径|渠道|办法|路子|路)?|途径|渠道")


# Words after 可 that open a route or a kind to applicants ("社会团体可申报推荐", "个人可通过…自荐报名", "自由职业者也
#可申请认定"); "（可通过网上校验的无需提供）" waives a paper, opens nothing: its 可 follows no subject.
_OPENS = re.compile(r"[\u4e00-\u9fff](?:也)?(?:可|可以)(?:通过|申报|申请|推荐|自荐|报名|参评)")
# an alternative beside the thing in its own stretch of a sentence
_OR = re.compile(r"或|或者|之一")


def _longest_in(thing: str, text: str, shortest: int = 3) -> str:
    """The longest stretch of ``thing`` (``shortest`` characters or more) that ``text`` holds, or ""."""
    for size in range(len(thing), shortest - 1, -1):
        for at in range(len(thing) - size + 1):
            if thing[at:at + size] in text:
                return thing[at:at + size]
    return ""


_SOLE_FILLER = frozenset("只能有由可以吧吗呢的是来才就人里不行得都也这那个一 ，,。？?")


def _sole_body(corpus, program: str, thing: str, said: str) -> tuple[str, list[tuple[str, str]]] | None:
    """"不对" when the only one is a body doing a duty ("只能由区里人社局推荐") that the notice gives to several bodies
    together ("推荐工作由区、县(市)人力社保部门及市各主管部门、行业协会负责进行")."""
    from assistant.chat.premise.agents import bodies_in
    from assistant.chat.premise.duties import _names, duties

    named = bodies_in(thing)
    if not named:
        return None
    # the act said beside the body shares a character of the duty ("来推" / "推荐工作": 推), the words of 只能由…才
    # and the asker's fillers aside
    rest = set(said.replace(named[0].said, " ")) - _SOLE_FILLER
    for who, what, cid, unit in duties(corpus, program):
        if _names(who, named[0]) and len(bodies_in(who)) > 1 and rest & set(what):
            return f"不对，通知写的是由{who}负责，不只{named[0].said}：见下面的原文。", [(cid, unit)]
    return None


def sole_check(corpus, program: str, question: str, prop: Proposition) -> tuple[str, list[tuple[str, str]]] | None:
    """"不对" when the thing said to be the only one (or the one requirement) stands in the notice beside others: an
    "或" in its own stretch of the sentence ("取得高级技师以上职业资格…或本职业（工种）最高职业资格"), or it heads one of
    several items that each open a way ("（一）单位推荐 …（四）个人自荐：个人可通过…自荐报名")."""
    from assistant.chat.premise.step_order import units

    thing = prop.objects[0]
    body = _sole_body(corpus, program, thing, prop.said)
    if body is not None:
        return body
    clauses = [c for c in corpus.clauses(program) if c.path and not is_form(c)]
    best = None  # (size of the stretch found, clause, unit)
    for clause in clauses:
        heading = squeeze(clause.title or "")
        found = _longest_in(thing, heading)
        if found and len(found) >= len(thing) - 1:
            siblings = [c for c in clauses if c.path[:-1] == clause.path[:-1] and c is not clause
                        and len(c.path) == len(clause.path)]
            opening = [c for c in siblings if _OPENS.search(c.own_text or c.text)]
            if siblings and len(opening) * 2 >= len(siblings):
                names = "、".join(squeeze(re.sub(r"^[（(][^）)]*[）)]", "", c.title or "")) for c in siblings)
                quotes = [(clause.clause_id, units(clause)[0] if units(clause) else clause.text)]
                quotes += [(c.clause_id, units(c)[0]) for c in opening if units(c)]
                return f"不对，通知列的不只“{found}”一条，还有{names}：见下面的原文。", quotes
        for unit in units(clause):
            found = _longest_in(thing, unit)
            if found and (best is None or len(found) > best[0]):
                best = (len(found), clause, unit, found)
    if best is None or best[0] < 4:
        return None
    _, clause, unit, found = best
    at = unit.index(found)
    stretch = re.split(r"[，,；;。]", unit[at:])[0]
    before = re.split(r"[，,；;。]", unit[:at])[-1]
    if _OR.search(before + stretch):
        return f"不对，通知写的是“{before + stretch}”，不只“{found}”这一种：见下面的原文。", [(clause.clause_id, unit)]
    return None
