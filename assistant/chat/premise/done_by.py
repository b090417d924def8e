"""A body said to do a step ("是市总工会评的吧", "公示完还要报省政府批吧"): checked against every sentence of the notice
that does that step (chat.premise.propositions reads the premise; an order of steps is step_order's).
"""

from __future__ import annotations

import re

from assistant.chat.premise.form_fields import is_form
from assistant.chat.premise.relation import Proposition

__all__ = ["acting", "done_by_check"]

# between a body and the act it is said to do, in one clause: "是市总工会评的", "报省政府批", "由省总工会组织专家评审"
_AGENT_GAP = re.compile(r"[^，,。；;？?！!]{0,6}")


def acting(text: str) -> tuple[str, ...]:
    """The bodies ``text`` says do a step: each named in the clause of a step's word, before it and close to it
    ("评上杭州工匠就…省总工会发的": the body and 评 are in different clauses, no body doing 评审)."""
    from assistant.chat.premise.agents import bodies_in
    from assistant.chat.rules.answer_types import table
    from assistant.chat.rules.factual_pick import agent_steps

    steps = agent_steps(text)
    if not steps:
        return ()
    # how an asker says those steps: the cues of answer_types.toml [actor_steps] whose step is among them
    cues = [cue for cue, term in table()["actor_steps"].items()
            if set([term] if isinstance(term, str) else term) & set(steps)]
    said = re.compile("|".join(f"(?:{c})" for c in cues)) if cues else None
    out = []
    for b in bodies_in(text):
        m = said.search(text, b.end) if said else None
        # the act said after its body ("是市总工会评的") or, as the topic, before it in the body's clause ("评审是省
        # 人力社保厅组织的")
        clause = re.split(r"[，,。；;？?！!]", text[:b.start])[-1]
        if (m and _AGENT_GAP.fullmatch(text[b.end:m.start()])) or (said and said.search(clause)):
            out.append(b.said)
    return tuple(out)


# One thing said to be the only one ("只能走单位推荐这条路", "只有高级技师才能报", "只认全国比赛的第一名") or the one
# requirement ("得有高级技师证才行", "必须是国企的职工"): the words after the marker, up to what closes the thing.
def _notice_words(steps: tuple[str, ...]) -> tuple[str, ...]:
    """The words a notice writes ``steps`` by (step_order.STEPS: 评审 is also 评议), lookaheads dropped."""
    from assistant.chat.premise.step_order import STEPS

    out = list(steps)
    for step in steps:
        if step in STEPS:
            out += re.sub(r"\(\?<?[!=][^)]*\)", "", STEPS[step][1]).split("|")
    return tuple(dict.fromkeys(w for w in out if w))


def done_by_check(corpus, program: str, question: str, prop: Proposition) -> tuple[str, list[tuple[str, str]]] | None:
    """Who does the act the premise gives a body, read from every sentence of the notice, not only the one retrieval
    picked: "不对" when the sentence doing the act names other bodies, or when no sentence does the act and the notice
    names the asker's body nowhere (the procedure has no such step: its last steps are quoted); "是的" when the
    sentence names that body alone."""
    from assistant.chat.premise.agents import _agents, _same, agent_agrees, agent_correction, bodies_in
    from assistant.chat.premise.step_order import STEPS, _mentions, units
    from assistant.chat.routing import topic_only
    from assistant.chat.rules.factual_pick import agent_steps
    from assistant.notices.text import bigrams

    bare = topic_only(question)
    # the act as the actor table reads it (评 → 评审) and as the step table does ("资格审核" is the 初审 step)
    steps = _notice_words(tuple(dict.fromkeys([*agent_steps(question), *(n for _, n in _mentions(bare, 0))])))
    asked = bigrams(bare)
    # an inline heading ("资格审核。") goes with its sentence, so the words it shares with the question count
    own = [(c.clause_id, unit) for c in corpus.clauses(program) if not is_form(c) for unit in units(c, headed=True)]
    # the sentence sharing most with the question, then the one naming most bodies doing it (the general rule, not
    # the way one kind of applicant goes: "自由职业者…行业协会…组织专家评议")
    doing = [((len(asked & bigrams(unit)), len(_agents(unit, steps)[0])), cid, unit) for cid, unit in own
             if _agents(unit, steps)[0]]
    said = bodies_in(bare)
    written = [b for _, unit in own for b in bodies_in(unit)]
    absent = not any(_same(s, w) for s in said for w in written)
    short = corpus.meta(program).short_name
    if doing and prop.relation == "ordered":
        return None  # the step is done by a body the notice names: the order is step_order's
    if doing and absent:
        # the body is named nowhere in the notice ("首席技师是市总工会评的吧": 人社 runs it): the sentence doing the act
        # that names most bodies is the general rule; its agents lead when the list of them is whole
        _, cid, unit = max(doing, key=lambda d: (len(bodies_in(d[2])), d[0]))
        agents, step = _agents(unit, steps)
        wrong = agent_correction(bare, unit, steps)
        if wrong and len(agents) == len(bodies_in(unit[:unit.find(step)])):
            return wrong, [(cid, unit)]
        return f"不对，{short}的通知里没有写到{said[0].said}，由谁{agent_steps(question)[0]}，见下面的原文。", [(cid, unit)]
    if not doing:
        if not absent:
            return None
        last = [(cid, unit) for cid, unit in own
                if re.search(f"{STEPS['审定'][1]}|{STEPS['发布'][1]}|{STEPS['批准'][1]}", unit)][-2:]
        if not last:
            return None
        return (f"不对，{short}的通知没有写到{said[0].said}，程序里没有由它{agent_steps(question)[0]}这一步：见下面的原文。",
                last)
    doing.sort(key=lambda d: d[0], reverse=True)
    _, cid, unit = doing[0]
    wrong = agent_correction(bare, unit, steps)
    if wrong:
        # and the next sentence of another clause saying the same act is done by others ("报请省政府批准公布", "由省政府
        # 批准授予"): both are the notice's word on it
        also = next(((c, u) for _, c, u in doing[1:] if c != cid and agent_correction(bare, u, steps)), None)
        return wrong, [(cid, unit)] + ([also] if also else [])
    if agent_agrees(bare, unit, steps) and len(said) == 1:
        return "是的，与通知规定一致：见下面的原文。", [(cid, unit)]
    return None
