"""A premise that papers may go straight to the body receiving them, checked against the notice's route sentence.

"材料直接寄给市总工会就行了吧，不用经过谁" and "个人直接把材料寄给省人社厅，不用经过市里吧" skip the bodies a
notice's papers pass through ("由各区县（市）、开发区（集聚区）、产业工会经筛选、审核后…向市总工会申报推荐", "由设区市
政府或省直有关单位…报送"). The step skipped is read as premise.bypassed reads it; the route sentence is looked for in
the whole notice, not only in the sentence retrieval picked, and it is the one that hands papers in through that step
and shares most with the question. A question about a kind of applicant with a route of its own (自由职业者, through a
行业协会) is left to the rest of the answer.

Run with:  .venv/bin/python -m pytest -q tests/chat/test_hand_in.py
"""

from __future__ import annotations

import re

__all__ = ["skipped_route", "route_premise"]

# said straight to a body: "直接寄给市总工会", "直接交到市人社局", "直接发邮箱"
_DIRECT = re.compile(r"直接[^，,。；？?]{0,6}?(?:交|寄|报|送|发|递|提交|申报)")
_SENDS = r"(?:报送|申报推荐|发送至|报市|报省)"
# a kind of applicant whose route the notice gives apart
_OWN_ROUTE = re.compile(r"自由职业|个体|协会")


def skipped_route(question: str) -> list[str]:
    """The route steps ``question`` skips: those premise.bypassed reads, or the employer's when it sends papers
    straight on ("材料直接寄给市总工会就行了吧")."""
    from assistant.chat.premise import bypassed

    said = bypassed(question)
    if not said and _DIRECT.search(question or ""):
        said = ["单位"]
    return said


def route_premise(corpus, program: str, question: str) -> tuple[str, list[tuple[str, str]]] | None:
    """("不对，…", the route sentence) when ``question`` skips a step ``program``'s route goes through; None when it
    skips none, speaks of an applicant with a route of its own, or the notice hands nothing in through that step."""
    from assistant.chat.premise import BYPASSED, HANDED_IN, waived_item
    from assistant.chat.premise.agents import bodies_in
    from assistant.chat.premise.step_order import units
    from assistant.chat.routing import without_programme
    from assistant.notices.text import bigrams

    if _OWN_ROUTE.search(question or "") or waived_item(question):
        return None  # "不用单位盖章吧，直接交上去": the seal waived is the premise (premise.waived_item)
    # a body the papers are said to go to that the notice never hands them to is a wrong channel, which the quoted
    # sentence's check corrects ("首席技师的材料直接交到市总工会就行吧": 报市人力社保局)
    handed = [unit for clause in corpus.clauses(program) if clause.path for unit in units(clause) if HANDED_IN.search(unit)]
    for body in bodies_in(question):
        if not any(b.kind == body.kind and (not b.level or not body.level or b.level == body.level)
                   for unit in handed for b in bodies_in(unit)):
            return None
    asked = bigrams(without_programme(question))
    for name in skipped_route(question):
        # a sentence where the step sends the papers on ("由设区市政府…报送", "各推荐单位…报送至") before one where
        # it only handles them ("各市人力社保部门…对上报材料审核后")
        sends = re.compile(rf"(?:{BYPASSED[name][1]})[^。；;]{{0,40}}?{_SENDS}")
        found = [(3 * bool(sends.search(unit)) + len(asked & bigrams(unit)), -clause.start, (clause.clause_id, unit))
                 for clause in corpus.clauses(program) if clause.path and not clause.clause_id.split("#")[1].startswith("附件")
                 for unit in units(clause) if HANDED_IN.search(unit) and re.search(BYPASSED[name][1], unit)
                 and not _OWN_ROUTE.search(unit)]
        if found:
            # the two sharing most: a route is often said in two steps ("…对上报材料审核后…", "…由设区市政府…报送")
            return f"不对，按通知规定要经过{name}，不能直接报送：见下面的原文。", [f[-1] for f in sorted(found, reverse=True)[:2]]
    return None
