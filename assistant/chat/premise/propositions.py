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
from dataclasses import dataclass

__all__ = ["Proposition", "RELATIONS", "read", "check", "proposition_premise", "proposition_answer"]

_HAN = r"[\u4e00-\u9fff（）()]"


@dataclass(frozen=True)
class Proposition:
    relation: str  # a RELATIONS key
    objects: tuple[str, ...]  # the field words, the thing said to be the only one, the body
    said: str  # the stretch of the message that asserts it


# How an asker says each relation: a pattern whose named groups are the relation's objects. Data, read by ``read``.
RELATIONS: dict[str, re.Pattern] = {
    # two fields in one box: "岗位和行政职务是填一栏的吧", "技能等级跟职称是合在一个格子里填的吧"
    "merged": re.compile(rf"(?P<a>{_HAN}{{2,8}}?)(?:和|跟|与|同|、)(?P<b>{_HAN}{{2,8}}?)(?:是|都|也)?(?:填|写|放|合|并)?"
                         r"(?:在|成|到)?(?:一栏|一格|一个格子?|一个栏|一个框|同一[栏格框]|一起填|一块填|一处)"),
    # two fields in boxes of their own: "工作单位和职务是分两栏分别填的吧", "…是分开填的吧"
    "split": re.compile(rf"(?P<a>{_HAN}{{2,8}}?)(?:和|跟|与|同|、)(?P<b>{_HAN}{{2,8}}?)(?:是|都|也)?"
                        r"(?:分开|分两栏|分两个格子?|分成两栏|两栏|各一栏|各填|分别填|各有一栏|单独一栏)"),
}
# the words a form is named by in a question, and in its clause's title
_FORMS = (("汇总表", "汇总表"), ("申报表", "申报表|推荐表"), ("推荐表", "推荐表|申报表"))


def read(text: str) -> list[Proposition]:
    """The propositions ``text`` asserts, in RELATIONS' order: the two fields' relations, the one thing said to be
    the only way or the requirement, then a body said to do an act."""
    out = []
    for relation, pattern in RELATIONS.items():
        for m in pattern.finditer(text or ""):
            out.append(Proposition(relation, tuple(v for v in m.groupdict().values() if v), m.group(0)))
    for m in _SOLE.finditer(text or ""):
        thing = _OBJECT_END.split(m.group("o"))[0]
        if len(thing) >= 2:
            # the stretch to the clause's end holds the act ("只有人社部门才能推荐": 推荐)
            out.append(Proposition("sole", (thing,), m.group(0) + re.split(r"[，,。；;？?！!]", text[m.end():])[0]))
    from assistant.chat.step_order import asserted_sequence

    # an order of steps ("领导小组先审定，最后再公示") is step_order's to check, whoever it names doing them: only a
    # step the notice has no body for at all is read then ("公示完还要报省政府批吧")
    acting = _acting(text or "")
    if acting:
        out.append(Proposition("ordered" if asserted_sequence(text or "") else "done_by", acting, text))
    return out


# between a body and the act it is said to do, in one clause: "是市总工会评的", "报省政府批", "由省总工会组织专家评审"
_AGENT_GAP = re.compile(r"[^，,。；;？?！!]{0,6}")


def _acting(text: str) -> tuple[str, ...]:
    """The bodies ``text`` says do a step: each named in the clause of a step's word, before it and close to it
    ("评上杭州工匠就…省总工会发的": the body and 评 are in different clauses, no body doing 评审)."""
    from assistant.chat.agents import bodies_in
    from assistant.chat.answer_types import table
    from assistant.chat.factual_pick import agent_steps

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
_SOLE = re.compile(r"(?:只有|只能|只认|只收|仅限|非得|必须(?:要)?|一定要|得(?=有|是|取得|拿))(?:走|由|是|有|认|收|取得|拿到?|具有)?"
                   rf"(?P<o>{_HAN}{{2,14}})(?=才|就|这条|这一|的吧|吧|吗|，|,|？|\?|$)")
_OBJECT_END = re.compile(r"才|就|这条|这一|的人|的吧|吧|吗|证书?(?=$)|一[个条种项](?:途径|渠道|办法|路子|路)?|途径|渠道")


def _squeeze(s: str) -> str:
    return re.sub(r"\s+", "", s)


def _cells(text: str) -> list[str]:
    """A form clause's boxes: the stretches between tabs and line ends, spaces inside a label dropped ("职 务")."""
    return [c for c in (_squeeze(s) for s in re.split(r"[\t\n]+", text)) if c]


def _is_form(clause) -> bool:
    """Whether a clause is a form: an attachment of boxes, which names bodies only as the ones signing it."""
    return bool(clause.path) and clause.path[0].startswith("附件") and "\t" in clause.text


def _forms(corpus, program: str, question: str) -> list:
    """The asked programme's form clauses (an attachment holding boxes), the one the question names first."""
    forms = [c for c in corpus.clauses(program) if _is_form(c)]
    for said, titled in _FORMS:
        if said in question:
            named = [c for c in forms if re.search(titled, c.text[:60])]
            return named + [c for c in forms if c not in named]
    return forms


def _field_cells(cells: list[str], word: str, suffix: bool) -> tuple[str, list[str]] | None:
    """(the part of the asker's word a box holds, the boxes holding it): the longest end (for the first field) or
    start (for the second) of ``word`` found in a box, so "表上技能等级" is 技能等级 and "职称是" 职称."""
    for size in range(len(word), 1, -1):
        part = word[-size:] if suffix else word[:size]
        holding = [c for c in cells if part in c]
        if holding:
            return part, holding
    return None


def _fields_check(corpus, program: str, question: str, prop: Proposition) -> tuple[str, list[tuple[str, str]]] | None:
    """Whether two fields share a box on the asked form: "不对" when the claim ("一栏" / "分两栏") is the other way."""
    a_word, b_word = prop.objects
    for form in _forms(corpus, program, question):
        cells = _cells(form.text)
        a = _field_cells(cells, a_word, suffix=True)
        b = _field_cells(cells, b_word, suffix=False)
        if not a or not b or a[0] == b[0]:
            continue
        shared = [c for c in a[1] if c in b[1]]
        # the box that is the field itself, not one whose note mentions it ("主要成果和曾获荣誉请选择…")
        own_a = min(a[1], key=len)
        own_b = min(b[1], key=len)
        title = _form_title(form.text)
        if shared:
            box = min(shared, key=len)
            quote = _raw(form.text, box)
            said = f"“{box}”是同一栏"
            right = prop.relation == "merged"
        else:
            quote = _span(form.text, own_a, own_b)
            said = f"“{own_a}”和“{own_b}”是分开的两栏"
            right = prop.relation == "split"
        if quote is None:
            continue
        lead = ("是的，" if right else "不对，") + f"{title}上{said}：见下面的原文。"
        return lead, [(form.clause_id, quote)]
    return None


def _form_title(text: str) -> str:
    m = re.search(r"[^\n]*(?:表)", text[:80].split("\n\n", 1)[-1])
    return _squeeze(m.group(0)) if m else "表格"


def _raw(text: str, box: str) -> str | None:
    """The stretch of ``text`` that is the box ``box`` (spaces as the notice writes them)."""
    pattern = r"\s*".join(map(re.escape, box))
    m = re.search(pattern, text)
    return m.group(0) if m else None


def _span(text: str, first: str, second: str) -> str | None:
    """The stretch of the form from one box to the other when they sit on one line, else the first box's line."""
    a = re.search(r"\s*".join(map(re.escape, first)), text)
    b = re.search(r"\s*".join(map(re.escape, second)), text)
    if not a or not b:
        return None
    lo, hi = sorted((a, b), key=lambda m: m.start())
    between = text[lo.start():hi.end()]
    if "\n" not in between and len(between) <= 80:
        return between
    line = text[lo.start():].split("\n", 1)[0]
    return line


# Words after 可 that open a route or a kind to applicants ("社会团体可申报推荐", "个人可通过…自荐报名", "自由职业者也
#可申请认定"); "（可通过网上校验的无需提供）" waives a paper, opens nothing: its 可 follows no subject.
_OPENS = re.compile(r"[\u4e00-\u9fff](?:也)?(?:可|可以)(?:通过|申报|申请|推荐|自荐|报名|参评)")
# an alternative beside the thing in its own stretch of a sentence
_OR = re.compile(r"或|或者|之一")


def _longest_in(thing: str, text: str) -> str:
    """The longest stretch of ``thing`` (3 characters or more) that ``text`` holds, or ""."""
    for size in range(len(thing), 2, -1):
        for at in range(len(thing) - size + 1):
            if thing[at:at + size] in text:
                return thing[at:at + size]
    return ""


_SOLE_FILLER = frozenset("只能有由可以吧吗呢的是来才就人里不行得都也这那个一 ，,。？?")


def _sole_body(corpus, program: str, thing: str, said: str) -> tuple[str, list[tuple[str, str]]] | None:
    """"不对" when the only one is a body doing a duty ("只能由区里人社局推荐") that the notice gives to several bodies
    together ("推荐工作由区、县(市)人力社保部门及市各主管部门、行业协会负责进行")."""
    from assistant.chat.agents import bodies_in
    from assistant.chat.duties import _names, duties

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


def _sole_check(corpus, program: str, question: str, prop: Proposition) -> tuple[str, list[tuple[str, str]]] | None:
    """"不对" when the thing said to be the only one (or the one requirement) stands in the notice beside others: an
    "或" in its own stretch of the sentence ("取得高级技师以上职业资格…或本职业（工种）最高职业资格"), or it heads one of
    several items that each open a way ("（一）单位推荐 …（四）个人自荐：个人可通过…自荐报名")."""
    from assistant.chat.step_order import units

    thing = prop.objects[0]
    body = _sole_body(corpus, program, thing, prop.said)
    if body is not None:
        return body
    clauses = [c for c in corpus.clauses(program) if c.path and not _is_form(c)]
    best = None  # (size of the stretch found, clause, unit)
    for clause in clauses:
        heading = _squeeze(clause.title or "")
        found = _longest_in(thing, heading)
        if found and len(found) >= len(thing) - 1:
            siblings = [c for c in clauses if c.path[:-1] == clause.path[:-1] and c is not clause
                        and len(c.path) == len(clause.path)]
            opening = [c for c in siblings if _OPENS.search(c.own_text or c.text)]
            if siblings and len(opening) * 2 >= len(siblings):
                names = "、".join(_squeeze(re.sub(r"^[（(][^）)]*[）)]", "", c.title or "")) for c in siblings)
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


def _notice_words(steps: tuple[str, ...]) -> tuple[str, ...]:
    """The words a notice writes ``steps`` by (step_order.STEPS: 评审 is also 评议), lookaheads dropped."""
    from assistant.chat.step_order import STEPS

    out = list(steps)
    for step in steps:
        if step in STEPS:
            out += re.sub(r"\(\?<?[!=][^)]*\)", "", STEPS[step][1]).split("|")
    return tuple(dict.fromkeys(w for w in out if w))


def _done_by_check(corpus, program: str, question: str, prop: Proposition) -> tuple[str, list[tuple[str, str]]] | None:
    """Who does the act the premise gives a body, read from every sentence of the notice, not only the one retrieval
    picked: "不对" when the sentence doing the act names other bodies, or when no sentence does the act and the notice
    names the asker's body nowhere (the procedure has no such step: its last steps are quoted); "是的" when the
    sentence names that body alone."""
    from assistant.chat.agents import _agents, _same, agent_agrees, agent_correction, bodies_in
    from assistant.chat.factual_pick import agent_steps
    from assistant.chat.routing import topic_only
    from assistant.chat.step_order import STEPS, _mentions, units
    from assistant.notices.text import bigrams

    bare = topic_only(question)
    # the act as the actor table reads it (评 → 评审) and as the step table does ("资格审核" is the 初审 step)
    steps = _notice_words(tuple(dict.fromkeys([*agent_steps(question), *(n for _, n in _mentions(bare, 0))])))
    asked = bigrams(bare)
    # an inline heading ("资格审核。") goes with its sentence, so the words it shares with the question count
    own = [(c.clause_id, unit) for c in corpus.clauses(program) if not _is_form(c) for unit in units(c, headed=True)]
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


CHECKS: dict[str, Callable] = {"merged": _fields_check, "split": _fields_check, "sole": _sole_check,
                               "done_by": _done_by_check, "ordered": _done_by_check}


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

    from assistant.chat.answer_types import question_parts
    from assistant.chat.premise.first import ALSO_ASKED
    from assistant.chat.routing import confirms
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
