"""A premise about the order of a programme's steps, checked against the order its notice gives them.

"浙派工匠是先在单位里公示，再民主推荐的吧" asserts 公示 before 推荐; the notice's sentence "推荐对象须经所在单位民主推荐、
领导班子集体研究决定，…并在本单位进行脱密公示" has them the other way round. The order a notice gives is read from
one sentence naming both steps (the order it names them in: "按照资格审核、专家评审、社会公示、领导小组审定等四个环节
进行", "公示无异议的，…报送"), else from its numbered items (the clause headed by one step before the clause headed by
the other: "（三）形式初审" before "（四）专家评审"). A reversed order is corrected, and the notice's own order confirmed,
quoting that sentence or those items; an order the notice does not give is left to the rest of the answer.

Run with:  .venv/bin/python -m pytest -q tests/chat/test_step_order.py
"""

from __future__ import annotations

import re

__all__ = ["STEPS", "steps_named", "asserted_order", "asserted_sequence", "order_premise", "order_answer", "skipped_steps", "skip_premise", "units"]

# The steps a notice's procedure is made of: each one's words in an asker's mouth, and in a notice's sentence. A
# notice's 推荐 is the act only (not 推荐名额, 推荐对象, 推荐表 …, which name things of the act).
STEPS: dict[str, tuple[str, str]] = {
    "推荐": (r"民主推荐|单位推荐|推荐|推选|自荐|推上去|推上来|推到|推了", r"民主推荐|推荐选拔|组织推荐|单位推荐|自荐|推荐(?![名对表人范条工原单信材情意方阶截产])"),
    "公示": (r"公示", r"公示"),
    "初审": (r"初审|资格审核|资格审查|形式审查|审资格", r"初审|资格审核|形式审查"),
    "评审": (r"专家评审|评审|评议|专家评", r"专家评审|评审(?!结果|专家|团队)|评议"),
    "征求意见": (r"征求[^，,。？?]{0,8}意见|问[^，,。？?]{0,6}意见", r"征求[^，。；]{0,12}意见"),
    "审定": (r"审定|定下来|定人选|定名单|拍板", r"审定"),
    "报送": (r"报送|上报|报到|报给|报上去|交上去|送上去|报省里|报市里", r"报送|上报|报请|申报推荐"),
    "批准": (r"批准|审批|批了|批下来|(?<!审)批", r"批准"),
    "发布": (r"发布|公布结果|公布名单", r"发布|公布"),
}
# An asserted sequence: 先…再/然后/才, or one step done (完了/以后/之后/后) before the next; the words that carry a
# telling on to its next step ("接着", "随后", "跟着", "最后") are of the same class.
_THEN = re.compile(r"再|然后|之后|以后|才|完了?|过了|好了|后|接着|随后|跟着")
_FIRST = re.compile(r"先")
_SKIPPED = re.compile(r"(?:不用|不需要|无需|不必|用不着|免了|省掉|跳过|不走)[^，,。？?]{0,6}$")
_BEFORE = re.compile(r"之前|以前|前")
_RELATION = re.compile(r"\s*(?:(之前|以前|前面|前头|前)|(之后|以后|后面|后头|后))")
# a step's word that qualifies the object of another act, no step taken there: "对初审入围人员进行专业评审",
# "对被推荐人选资格…进行形式审查", "评审通过的"
_QUALIFIES = re.compile(r"入围|通过的|合格的")
_ASIDE = re.compile(r"[（(][^（()）]*[）)]")  # "（须包含推荐、公示等情况）": what a paper holds, no step taken


def _qualifies(text: str, m: re.Match) -> bool:
    return bool(_QUALIFIES.match(text, m.end())) or (m.start() > 0 and text[m.start() - 1] in "对被")


def _mentions(text: str, side: int) -> list[tuple[int, str]]:
    """(position, step) for each step named in ``text``, in order; ``side`` 0 reads an asker's words, 1 a notice's."""
    found: list[tuple[int, int, str]] = []
    for name, words in STEPS.items():
        found += [(m.start(), -len(m.group(0)), name) for m in re.finditer(words[side], text or "")
                  if not (side and _qualifies(text, m))]
    out: list[tuple[int, str]] = []
    taken = -1
    for start, size, name in sorted(found):
        if start >= taken:  # the longest word at a place ("专家评审", not 评审 inside it again)
            out.append((start, name))
            taken = start - size
    return out


def steps_named(sentence: str) -> tuple[str, ...]:
    """The steps a notice's ``sentence`` names, each once, in order."""
    return tuple(dict.fromkeys(name for _, name in _mentions(sentence, 1)))


def asserted_order(question: str) -> tuple[str, str] | None:
    """(the step said to come first, the step said to come after) when ``question`` asserts a sequence of two
    steps ("先公示再推荐", "报上去以后再公示", "审定之前先评审"); None otherwise, and when a step is said to be left out
    ("不用再组织专家评议了吧" says no order)."""
    said = _mentions(question, 0)
    steps = list(dict.fromkeys(name for _, name in said))
    if len(steps) != 2:
        return None
    first_at = next(at for at, name in said if name == steps[0])
    second_at = next(at for at, name in said if name == steps[1])
    if any(_SKIPPED.search(question[max(0, at - 8):at]) for at, _ in said):
        return None
    between = question[first_at:second_at]
    if _BEFORE.search(between) and _FIRST.search(question[max(0, second_at - 3):second_at]):
        return steps[1], steps[0]  # "审定之前先评审"
    # "X在Y之前" puts X first, "X在Y之后" puts Y first: the relation word right after the second step
    second = re.match(STEPS[steps[1]][0], question[second_at:])
    relation = _RELATION.match(question[second_at + (second.end() if second else 0):])
    if relation and re.search(r"在|放在|排在|要在|得在", between):
        return (steps[0], steps[1]) if relation.group(1) else (steps[1], steps[0])
    if _THEN.search(between):
        return steps[0], steps[1]
    return None


def asserted_sequence(question: str) -> list[tuple[str, str]]:
    """Each pair of steps, the one said to come first and the one said to follow it, that ``question`` asserts: for
    two steps what ``asserted_order`` reads; for a telling of three or more ("领导小组先审定人选，然后专家评审把关，最后
    再公示"), each step and the next one named after a word carrying the telling on (再, 然后, 最后, 完了 …). Empty
    when it asserts no order or says a step is left out."""
    said = _mentions(question, 0)
    steps = list(dict.fromkeys(name for _, name in said))
    if len(steps) < 3:
        order = asserted_order(question)
        return [order] if order else []
    if any(_SKIPPED.search(question[max(0, at - 8):at]) for at, _ in said):
        return []
    # each step where the telling first names it, in the order told
    firsts = sorted((next(at for at, name in said if name == step), step) for step in steps)
    return [(a, b) for (at_a, a), (at_b, b) in zip(firsts, firsts[1:], strict=False)
            if _THEN.search(question[at_a:at_b])]


def _heading(clause) -> str:
    """A clause's own heading, an inline one included ("（三）形式初审。省人力社保厅…" -> 形式初审), without its dates
    and the word 阶段 ("（一）推荐阶段（2022年12月—2023年3月）" -> 推荐)."""
    from assistant.notices.text import sentences

    line = (clause.own_text or "").split("\n")[0]
    inline = re.match(r"[^。：:]{1,16}[。：:]", line)
    # an item that is one sentence, its title cut short ("（2）由市、区（县市）总工会…"), is headed by all of it
    head = inline.group(0) if inline else (sentences(line)[0] if clause.title.endswith("…") and line else clause.title)
    return re.sub(r"[（(][^（()）]*[）)]|阶段|[…。：:\s]", "", head)


def units(clause, headed: bool = False) -> list[str]:
    """The sentences of a clause's own paragraphs, its heading line left out; with ``headed``, a sentence that is only
    an inline heading ("资格审核。") goes with the one after it (to be quoted, not to read an order from: "社会公示。经
    专家评审后…" names 公示 first only as the item's name)."""
    from assistant.notices.text import sentences

    lines = [ln.strip() for ln in (clause.own_text or "").split("\n") if ln.strip()]
    out: list[str] = []
    for line in lines:
        if line == clause.title:
            continue
        parts = sentences(line)
        merged: list[str] = []
        for part in parts:
            if headed and merged and len(merged[-1]) < _HEADING_SIZE:
                merged[-1] = line[line.find(merged[-1]):line.find(part) + len(part)]
            else:
                merged.append(part)
        out += merged
    return out


_HEADING_SIZE = 12


def _sentence_order(corpus, program: str, question: str, first: str, then: str):
    """(does ``first`` come before ``then``, [(clause_id, sentence)…]) from the sentence naming both that shares the
    most with the question, and the next one giving the same order; None when no sentence names both."""
    from assistant.chat.routing import without_programme
    from assistant.notices.text import bigrams

    asked = bigrams(without_programme(question))  # the programme's name is in every sentence about it
    found = []
    for clause in corpus.clauses(program):
        if not clause.path:
            continue
        for unit in units(clause):
            said = _mentions(_ASIDE.sub(lambda m: " " * len(m.group(0)), unit), 1)
            names = [name for _, name in said]
            if first in names and then in names:
                found.append((-len(asked & bigrams(unit)), names.index(first) < names.index(then), (clause.clause_id, unit)))
    if not found:
        return None
    found.sort(key=lambda f: f[0])
    # a second sentence giving the same order says it in other words ("按照…四个环节" and "经专家评审后，…进行社会公示")
    return found[0][1], [f[2] for f in found if f[1] == found[0][1]][:2]


def _item_order(corpus, program: str, first: str, then: str):
    """(does ``first`` come before ``then``, [the earlier item's quote, the later one's]) from the notice's numbered
    items: an item headed by one step and not the other, against one headed by the other and apart from it (neither
    holds the other), the narrowest of each ("2. 公示", not "（二）评审公示阶段" above it); None when none."""
    clauses = [c for c in corpus.clauses(program) if c.path]

    def headed(step: str, other: str) -> list:
        found = [c for c in clauses if step in (names := [n for _, n in _mentions(_heading(c), 1)]) and other not in names]
        return [c for c in found if not any(o.clause_id.startswith(c.clause_id + "/") for o in found)]

    def apart(a, b) -> bool:
        return not (a.clause_id.startswith(b.clause_id + "/") or b.clause_id.startswith(a.clause_id + "/"))

    pairs = [(a, b) for a in headed(first, then) for b in headed(then, first) if apart(a, b)]
    if not pairs:
        return None
    a, b = pairs[0]
    return a.start < b.start, [(c.clause_id, _quote(c)) for c in sorted((a, b), key=lambda c: c.start)]


def _quote(clause) -> str:
    """An item's heading with what it says ("（三）形式初审。省人力社保厅组织对…进行形式审查。"), or, when its heading
    stands on a line of its own ("（一）推荐阶段"), the first sentence after it."""
    from assistant.notices.text import sentences

    lines = [ln.strip() for ln in (clause.own_text or clause.text).split("\n") if ln.strip()]
    if len(lines) > 1 and len(lines[0]) < 20:
        return sentences(lines[1])[0]
    return lines[0]


def order_premise(corpus, program: str, question: str) -> tuple[str, list[tuple[str, str]]] | None:
    """("不对，…", the quotes giving the notice's order) when ``question`` asserts two of ``program``'s steps in the
    order the notice reverses, ("是的，…", the same) when in its order; None when it asserts no order, or the notice
    gives none."""
    confirmed = None
    # a telling of several steps is as wrong as its first pair told the other way round, and confirmed only when
    # every pair the notice orders is in its order
    for first, then in asserted_sequence(question):
        found = _sentence_order(corpus, program, question, first, then) or _item_order(corpus, program, first, then)
        if found is None:
            continue
        agrees, quotes = found
        if not agrees:
            return f"不对，通知里是先{then}、后{first}，不是先{first}再{then}：见下面的原文。", quotes
        # "单位公示完就可以报上去了吧": the order the notice gives, said so with its sentence
        confirmed = confirmed or (f"是的，通知里是先{first}、后{then}：见下面的原文。", quotes)
    return confirmed


# A yes/no ask for whether a step comes after another ("专家评完了还要公示吗", "评审之前要先公示吗"), not a request for
# what comes next ("公示完了下一步是什么": steps.next_step) or for a thing of the step ("…还要交什么材料").
_YES_NO_END = re.compile(r"(?:吗|么|嘛|没有|不)[？?！!。]?\s*$")


def order_answer(corpus, program: str, question: str) -> tuple[str, list[tuple[str, str]]] | None:
    """("是的，…" or "不是，…", the quotes giving the notice's order) when ``question`` asks yes or no whether one of
    ``program``'s steps follows another and the notice gives their order (a sentence naming both, else its numbered
    items); None otherwise."""
    if not _YES_NO_END.search(question or ""):
        return None
    found = order_premise(corpus, program, question)
    if found is None:
        return None
    line, quotes = found
    return (line if line.startswith("是的") else "不是，" + line.removeprefix("不对，")), quotes


# Steps a premise may say are left out that every notice keeps for all: the route's own steps (推荐, 报送) are not
# among them, since some notices let a person put themself forward (premise.bypassed reads those).
_KEPT_STEPS = ("公示", "初审", "评审", "征求意见", "审定")
# a step said to be left out after it is named: "资格审核那一步就免了吧", "公示就不用了吧"
_SKIPPED_AFTER = re.compile(r"[^，,。？?]{0,6}?(?:就|也)?(?:免了|省了|省掉|不用了|不用做了|不用搞了|不需要了|可以省|可以免|跳过)")
_WAIVED = re.compile(r"无需|不用|不需|不必|免|不得|不予|不作为|不再")


def skipped_steps(question: str) -> list[str]:
    """The steps ``question`` says can be left out ("不用再组织专家评议了吧", "单位里就不用公示了吧", "资格审核那一步就
    免了吧"), of those every notice keeps."""
    out = []
    said = _mentions(question, 0)
    for i, (at, name) in enumerate(said):
        end = said[i + 1][0] if i + 1 < len(said) else len(question)
        word = re.match(STEPS[name][0], question[at:])
        after = _SKIPPED_AFTER.match(question[:end], at + (word.end() if word else 0))
        if name in _KEPT_STEPS and (_SKIPPED.search(question[max(0, at - 8):at]) or after):
            out.append(name)
    return list(dict.fromkeys(out))


def _listed(text: str, said: list[tuple[int, str]]) -> int:
    """How many steps ``text`` names in a list, one joined to the next by 、 ("资格审核、专家评审、社会公示")."""
    ends = [at + re.match(STEPS[name][1], text[at:]).end() for at, name in said]
    return sum(text[end:nxt].strip() == "、" for end, (nxt, _) in zip(ends, said[1:], strict=False))


def skip_premise(corpus, program: str, question: str) -> tuple[str, list[tuple[str, str]]] | None:
    """("不对，…", the sentence requiring it) when ``question`` says a step can be left out that ``program``'s notice
    has: of its sentences naming the step and waiving nothing, the one sharing most with the question, a sentence
    listing the whole procedure counting less than one doing the step ("资格审核。所有推荐人选，经由市总工会…初审",
    not "按照资格审核、专家评审、社会公示…"); None when it says none is left out, or the notice has no such step."""
    from assistant.chat.routing import without_programme
    from assistant.notices.text import bigrams

    for step in skipped_steps(question):
        # the clause saying the step is left out locates it ("单位里就不用公示了吧"), not the rest of the message;
        # and the programme's name is in every sentence about it
        said_in = next((c for c in re.split(r"[，,。；;？?！!]", question) if re.search(STEPS[step][0], c)), question)
        asked = bigrams(without_programme(said_in))
        found = []
        for clause in corpus.clauses(program):
            if not clause.path:
                continue
            for unit in units(clause, headed=True):
                bare = _ASIDE.sub(lambda m: " " * len(m.group(0)), unit)
                said = _mentions(bare, 1)
                names = [name for _, name in said]
                # a bracketed waiver ("（可通过网上校验的无需提供）") waives what it names, not the step
                if step in names and not _WAIVED.search(bare):
                    listed = _listed(bare, said)
                    # then the sentence saying more of the step ("脱密公示，公示时间不少于 5个工作日") before one naming
                    # it in passing ("…向社会公示")
                    # and the numbered item doing it before a section's paragraph on it
                    found.append((len(asked & bigrams(unit)) - 2 * listed, names.count(step), clause.depth,
                                  -clause.start, (clause.clause_id, unit)))
        if found:
            return f"不对，通知里有{step}这一步，不能省：见下面的原文。", [max(found)[-1]]
    return None
