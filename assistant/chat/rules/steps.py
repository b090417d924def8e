"""The steps of a procedure, for procedure answers: the steps of the section an answering unit belongs to
("怎么评的"), the step after a named one ("初审过了以后下一步是什么"), and a heading's first sentence.

Split out of ``factual`` to keep it small; the section titles and the next-step cue are data
(``answer_types.toml``).
"""

from __future__ import annotations

import functools
import re
from dataclasses import replace

from assistant.chat.rules.answer_types import focus, table
from assistant.chat.rules.procedure_words import step_words
from assistant.chat.rules.quotes import Pick, bigrams
from assistant.notices.tree import Corpus

__all__ = ["MAX_STEPS", "steps_of", "names_course", "next_step", "with_body", "in_procedure", "is_procedure", "inline_steps",
           "body_step", "titled_step"]

MAX_STEPS = 6
# the fewest steps a run is listed with
MIN_RUN = 2


def _leaves(corpus: Corpus, clause_id: str) -> list[str]:
    clause = corpus.clause(clause_id)
    if not clause.children:
        return [clause_id]
    return [leaf for child in clause.children for leaf in _leaves(corpus, child)]


# A section that announces its items as the steps of a procedure in its own lead ("三、组织推荐 … 具体步骤如下："),
# whatever its title says: the words a notice announces a sequence with.
_ANNOUNCES_STEPS = re.compile(r"(?:步骤|程序|流程|环节)(?:如下|是|为)[：:]|按(?:以下|下列|如下)(?:步骤|程序|流程)")


def is_procedure(clause) -> bool:
    """Whether a clause is a procedure: titled as one (section_titles in data), or announcing its items as steps
    in its own text before them (首席技师 三 "组织推荐": "具体步骤如下：")."""
    lead = (clause.own_text or "").split("\n")
    return bool(re.search(table()["section_titles"], clause.title or "")) or (
        bool(clause.children) and any(_ANNOUNCES_STEPS.search(line) for line in lead))


def in_procedure(corpus: Corpus, clause_id: str) -> bool:
    """Whether the clause or a clause above it is a procedure (``is_procedure``)."""
    program, _, path = clause_id.partition("#")
    parts = path.split("/")
    ids = [f"{program}#{'/'.join(parts[:i])}" for i in range(1, len(parts) + 1)]
    return any(corpus.has(i) and is_procedure(corpus.clause(i)) for i in ids)


# The words a notice names the parts of its procedure with ("（一）推荐阶段", "（二）评审公示阶段"): a question
# saying one ("分几个阶段") counts the parts so named, not the steps inside them.
# (counted or listed: "几个阶段", "哪些环节"; "宣传阶段要做哪些事" names one part, whose steps it asks)
_PART_WORDS = re.compile(r"(?:几|哪些|多少)(?:个|大)?(阶段|环节|步骤)")


def steps_of(corpus: Corpus, main: Pick, text: str = "") -> list[Pick]:
    """For a question about the whole course ("怎么评的"), the steps of the procedure the answering unit belongs
    to, in the notice's order: the widest enclosing section that is a procedure (``is_procedure``)
    whose steps (its leaf clauses, else its direct parts) number at most MAX_STEPS; its direct parts when the
    question (``text``) counts them by the word they are all titled with ("几个阶段"). Empty when the answering
    unit is not one step of several."""

    clause, chosen = corpus.clause(main.clause_id), []
    if clause.children and in_procedure(corpus, clause.clause_id) \
            and MIN_RUN <= len(own := _leaves(corpus, clause.clause_id)) <= MAX_STEPS:
        chosen = own  # "宣传阶段要做哪些事" answered by the stage itself: its steps, unless a wider run says more
    while clause.parent:
        parent = corpus.clause(clause.parent)
        if parent.depth < 1 or not is_procedure(parent):
            break
        leaves = _leaves(corpus, parent.clause_id)
        parts = list(parent.children)
        titles = [corpus.clause(cid).title or "" for cid in parts]
        said = set(_PART_WORDS.findall(text or ""))
        by_part = len(parts) >= 2 and any(all(w in t for t in titles) for w in said)
        units = parts if by_part or len(leaves) > MAX_STEPS else leaves
        if len(units) > MAX_STEPS:
            break
        if chosen and not by_part and units is parts and any(_heading_only(corpus.clause(c)) for c in parts):
            # widening to parts only titled ("（三）评审阶段（2023年4月）") would quote headings in place of the steps
            # of the run already found ("（1）初审…", "2.领导小组审定…"): the narrower run is the answer
            break
        chosen, clause = units, parent
    if len(chosen) < 2:
        # a clause laying its steps out as paragraphs, each opening with its name (首届杭州工匠 五: "资格审核。…
        # 专家评审。… 社会公示。经专家评审后，…"): those paragraphs are the steps, and say what each follows
        return inline_steps(corpus, main)
    return [Pick(cid, _step_line(corpus.clause(cid)), main.score, True, main.relevance) for cid in chosen]


# steps a unit must name to lay out the course itself ("按照资格审核、专家评审、社会公示、领导小组审定等四个环节进行")
MIN_COURSE_STEPS = 3


def names_course(quote: str) -> bool:
    """Whether one unit names the course itself, at least MIN_COURSE_STEPS different steps of it."""
    return len(set(step_words().findall(quote or ""))) >= MIN_COURSE_STEPS


def _heading_only(clause) -> bool:
    """A part whose line is its title alone ("（三）评审阶段（2023年4月）", "1. 组织评审："), its steps being its
    children: quoted as a step it says no act."""
    return bool(clause.children) and not _SENTENCE_END.search(_step_line(clause))


def inline_steps(corpus: Corpus, main: Pick) -> list[Pick]:
    """The paragraphs of the answering unit's clause that each open with a step's name, in order, when there are
    at least MIN_INLINE_STEPS of them; else empty."""
    from assistant.chat.rules.quotes import MAX_QUOTE

    clause = corpus.clause(main.clause_id)
    lines = [ln.strip() for ln in (clause.own_text or "").split("\n") if ln.strip()]
    named = [ln for ln in lines if _INLINE_STEP.match(ln)]
    if len(named) < MIN_INLINE_STEPS:
        return []
    return [Pick(clause.clause_id, ln[:STEP_LINE_QUOTES * MAX_QUOTE], main.score, True, main.relevance) for ln in named]


def next_step(corpus: Corpus, text: str, answered: list[Pick]) -> list[Pick]:
    """"推荐上去以后区里会做什么": the step after the one the question names, among the steps of the procedure
    the answering unit belongs to (its section's steps, else its siblings), in the notice's order."""

    m = re.search(table()["next_step"], text)
    if not m or not answered:
        return answered
    named_step = _named_step(corpus, text[:m.start()], answered)
    main = named_step or answered[0]
    inline = _inline_next(corpus.clause(main.clause_id), main.quote, text[:m.start()])
    if inline:
        return [replace(main, quote=inline)]
    summary = _course_said_after(corpus, text[:m.start()], answered) if named_step is None else None
    if summary is not None:
        return [summary]
    if named_step is None and not in_procedure(corpus, main.clause_id):
        # "推上去以后第一关是咋审的" answered first by a unit outside the procedure (一's "个人第一名" shares 第一): the
        # step the question says done, found in the notice's own course, is followed by the course's next step
        course = _notice_course(corpus, main.clause_id.partition("#")[0])
        acts = [(name, notice) for name, (asker, notice) in _step_table().items() if re.search(asker, _said_before(text, m))]
        # (a step named as handing up, "单位申报", is the 报送 an asker says as 报上去)
        titled = acts + ([("申报", "申报")] if any(name == "报送" for name, _ in acts) else [])
        done = [i for i, cid in enumerate(course[:-1])
                if any(name in n or re.search(notice, n) for n in _names_within(corpus, cid) for name, notice in titled)]
        if done:
            course = course[done[-1] + 1:][:max(1, _asks_rest(text[m.start():]))]
            return [replace(main, clause_id=cid, quote=_step_line(corpus.clause(cid))) for cid in course]
        inline = _notice_inline_course(corpus, main.clause_id.partition("#")[0], main)
        if acts and inline and not any(re.search(notice, p.quote) for p in inline for _, notice in acts):
            # 首届杭州工匠 五 lays its course out as paragraphs (资格审核。… 专家评审。…) after 四、推荐选送: a step said done
            # that none of them names (推荐, 报送) comes before the course, whose first step answers
            return inline[:max(1, _asks_rest(text[m.start():]))]
    steps = [p.clause_id for p in steps_of(corpus, main)]
    if not steps:
        parent = corpus.clause(main.clause_id).parent
        steps = list(corpus.clause(parent).children) if parent else []
    if len(steps) < 2:
        return answered
    before = {g for chunk in focus(text[:m.start()]).split() for g in bigrams(chunk)}
    from assistant.chat.rules.quotes import score

    def named(i: int) -> float:
        return score(before, _step_line(corpus.clause(steps[i])))

    # The step the question names: the one whose heading's name it says in full ("初审过了以后" names
    # "(1)初审…"); else the answering unit when it shares the question's words; else the best-sharing step.
    said = text[:m.start()]
    by_name = [i for i, cid in enumerate(steps) if (name := _step_name(corpus.clause(cid).title)) and name in said]
    parent = corpus.clause(main.clause_id).parent
    siblings = list(corpus.clause(parent).children) if parent else []
    if not by_name and main.clause_id not in steps and main.clause_id in siblings:
        # the answering unit is a step of a narrower run than the widest procedure ("2.领导小组审定" under
        # "（三）评审阶段"): the step named among its own siblings, followed by the sibling after it
        own = [i for i, cid in enumerate(siblings) if (name := _step_name(corpus.clause(cid).title)) and name in said]
        if not own and score(before, _step_line(corpus.clause(main.clause_id))) > 0:
            own = [siblings.index(main.clause_id)]  # "初审完了以后呢": the answering step says 初审
        if own and own[-1] + 1 < len(siblings):
            following = siblings[own[-1] + 1]
            return [replace(main, clause_id=following, quote=_step_line(corpus.clause(following)))]
    first = steps.index(main.clause_id) if main.clause_id in steps else None
    # else the step whose name holds the step word the question says ("公示结束以后" names "(五)评审结果公示";
    # step_words in data, so "推荐上去" names no "推荐申报"), before a step only mentioning it in its body
    said_steps = set(step_words().findall(said))
    in_name = [(score(before, name), i) for i, cid in enumerate(steps)
               if (name := _step_name(corpus.clause(cid).title)) and said_steps & set(step_words().findall(name))]
    # else the step whose name says, in a notice's words, an act the question names in an asker's ("推荐到省里以后"
    # names "（二）人选推荐"; step_order.STEPS); not the last step, since asking what follows presumes a step does
    asked_acts = _asked_acts(said)
    # (the last of a run of sub-steps is followed by the wider course's next unit: "人选报送" is the last of
    # 浙派 四/(二)'s four, and "（三）形式初审" follows it)
    open_end = len(steps) if _after_in_course(corpus, steps[-1]) else len(steps) - 1
    # (a step listed as a part names its sub-steps too: "市里把人报上去以后" names 浙派 "（二）人选推荐" by its
    # "4.人选报送", when the course is listed by parts)
    in_words = [i for i, cid in enumerate(steps[:open_end])
                if any(re.search(w, name) for name in _names_within(corpus, cid) for w in asked_acts)]
    if by_name:
        anchor = by_name[-1]
    elif in_name:
        anchor = max(in_name)[1]
    elif in_words:
        anchor = in_words[-1]
    elif first is not None and named(first) > 0:
        anchor = first
    else:
        anchor = max(range(len(steps)), key=lambda i: (named(i), -i))
        if named(anchor) <= 0:
            return answered
    if anchor + 1 < len(steps):
        following = steps[anchor + 1]
    else:
        following = _after_in_course(corpus, steps[anchor])
    if following is None:
        # "认定以后，后面还有哪些培养措施": after the last step comes what the notice does for those recognised
        after = _after_course(corpus, steps[-1])
        return [replace(main, clause_id=after.clause_id, quote=_body_line(after))] if after is not None else answered
    course = [following]
    if (wanted := _asks_rest(text[m.start():])):
        # "报上去以后呢" asks how it goes on, not for one step: the course from there, in the notice's order
        while len(course) < wanted and (later := _after_in_course(corpus, course[-1])) is not None:
            course.append(later)
    return [replace(main, clause_id=cid, quote=_step_line(corpus.clause(cid))) for cid in course]


def _said_before(text: str, m: re.Match) -> str:
    """The question up to its next-step cue: what it says was done."""
    return text[:m.start()]


def _step_table() -> dict[str, tuple[str, str]]:
    from assistant.chat.premise.step_order import STEPS

    return STEPS


def _notice_course(corpus: Corpus, program: str) -> list[str]:
    """The leaves of a notice's first outermost section that is a procedure (``is_procedure``; 首届数字工匠's sits in
    附件1), in order; empty if none."""
    root = next((c for c in corpus.clauses(program) if c.path and c.children and is_procedure(c)
                 and _widest_procedure(corpus, c.clause_id) is None), None)
    return _leaves(corpus, root.clause_id) if root is not None else []


def _notice_inline_course(corpus: Corpus, program: str, main: Pick) -> list[Pick]:
    """The steps of a notice's first procedure section laid out as paragraphs each opening with its step's name
    (``inline_steps``), as picks; empty when it has none."""
    for clause in corpus.clauses(program):
        if clause.path and not clause.children and is_procedure(clause):
            found = inline_steps(corpus, replace(main, clause_id=clause.clause_id))
            if found:
                return found
    return []


def _names_within(corpus: Corpus, clause_id: str) -> list[str]:
    """The step names of a clause and of the clauses under it ("（二）人选推荐" and its "1.单位申报" … "4.人选报送")."""
    names = [_step_name(corpus.clause(clause_id).title)]
    names += [_step_name(corpus.clause(cid).title) for cid in corpus.clause(clause_id).children
              for cid in [cid, *_leaves(corpus, cid)]]
    return [n for n in dict.fromkeys(names) if n]


def _named_step(corpus: Corpus, said: str, answered: list[Pick]) -> Pick | None:
    """When the best-ranked answering unit is in no procedure ("推荐工作结束后，将按…流程" of 首届数字工匠 三), the
    answering unit that is a step the question names, in full or by a step word ("领导小组审定以后呢" names "2. 领导小组
    审定"), or the step it is part of, so that the step after it answers; None when the first unit is itself in a
    procedure or no other is so named."""
    if in_procedure(corpus, answered[0].clause_id):
        return None
    said_steps = set(step_words().findall(said))
    for pick in answered[1:]:
        clause = corpus.clause(pick.clause_id)
        # (or the step it is part of: "（2）…进行专业评审" is part of "1. 组织评审", which "专家评审完了" names by
        # its step word 评审)
        while clause is not None and clause.depth >= 1 and in_procedure(corpus, clause.clause_id):
            name = _step_name(clause.title)
            if name and (name in said or said_steps & set(step_words().findall(name))):
                return pick if clause.clause_id == pick.clause_id else replace(
                    pick, clause_id=clause.clause_id, quote=_step_line(clause))
            clause = corpus.clause(clause.parent) if clause.parent else None
    return None


# A sentence saying what follows an act, as a course of its own: "推荐工作结束后，将按专家评审、领导小组审定、社会公示等
# 流程开展认定工作" (首届数字工匠 三, outside the procedure 附件1 lays out). The act done is before 后, the steps after.
_SAID_AFTER = re.compile(r"^([^，,。；]{2,20}?)(?:结束|完成|完毕)?(?:以后|之后|后)[，,]([^。；]+)")
# steps a sentence must name after the act to say how the course goes on (not "校验后，将原件退回")
MIN_SAID_STEPS = 2


def _course_said_after(corpus: Corpus, said: str, answered: list[Pick]) -> Pick | None:
    """When the answering units are in no procedure: a sentence of their clauses opening with an act the question
    says it has done ("推荐表报上去以后呢": 推荐) followed by 后 and naming at least MIN_SAID_STEPS steps; else None."""
    from assistant.chat.rules.quotes import score

    if not answered or in_procedure(corpus, answered[0].clause_id):
        return None
    before = {g for chunk in focus(said).split() for g in bigrams(chunk)}
    for pick in answered:
        for sentence in re.split(r"(?<=[。；])", corpus.clause(pick.clause_id).own_text or ""):
            sentence = sentence.strip()
            m = _SAID_AFTER.match(sentence)
            if not m or len(set(step_words().findall(m.group(2)))) < MIN_SAID_STEPS:
                continue
            done = m.group(1)
            if score(before, done) > 0 or any(re.search(w, done) for w in _asked_acts(said)):
                return replace(pick, quote=sentence)
    return None


# How many steps an open "以后呢" is answered with: the next one and those after it, as far as this many.
REST_STEPS = 3
# An open ask for what follows ("以后呢", "之后怎么走", "以后还有哪些程序"), not for the one next step ("下一步是什么",
# "以后先干嘛", "以后区里会做什么").
_REST_ASKED = re.compile(r"(?:以后|之后|后|完了|过了)[，,]?(?:呢|怎么走|还有(?:哪些|什么|啥)(?:程序|环节|步骤|流程)?[？?]?$)")
# An ask counting the passes left ("以后还要过几关", "报上去以后，省里那头还要走几步", "之后还有哪几道手续"): a body or
# place may stand between the step done and the count ("省里那头"), and the count wants every pass to the course's end,
# not the first few (the table's ``passes``).
_COUNTED = r"(?:以后|之后|后|完了|过了)[，,]?[^，。？?]{{0,8}}?还(?:要|得|有)[^，。？?]{{0,3}}(?:{passes}|(?:几|哪几|哪些)(?:个|道)?(?:关|道|步|环节|程序|步骤|手续))"


@functools.cache
def _counted() -> re.Pattern:
    return re.compile(_COUNTED.format(passes=table()["passes"]))


def _asks_rest(said: str) -> int:
    """How many steps from the next one an ask for what follows wants: all of the course (MAX_STEPS) when it counts
    the passes left, REST_STEPS when it asks openly how it goes on, else 0 (the one next step)."""
    said = said.strip().rstrip("？?！!。")
    if _counted().search(said):
        return MAX_STEPS
    return REST_STEPS if _REST_ASKED.search(said) else 0


def _course(corpus: Corpus, clause_id: str) -> list[str]:
    """The steps of the widest procedure holding ``clause_id`` (``is_procedure``), flattened to its leaf clauses
    in the notice's order, however many; empty when no clause above it is a procedure."""
    root = _widest_procedure(corpus, clause_id)
    return _leaves(corpus, root.clause_id) if root is not None else []


def _widest_procedure(corpus: Corpus, clause_id: str):
    """The highest clause above ``clause_id`` (below the notice's top) that is a procedure (``is_procedure``), or
    None."""
    clause, root = corpus.clause(clause_id), None
    while clause.parent:
        parent = corpus.clause(clause.parent)
        if parent.depth < 1:
            break
        if is_procedure(parent):
            root = parent
        clause = parent
    return root


def _after_in_course(corpus: Corpus, clause_id: str) -> str | None:
    """The step after ``clause_id`` in the flattened course it belongs to (the first leaf after its own last
    leaf), or None at the course's end or outside any."""
    course = _course(corpus, clause_id)
    own = [i for i, cid in enumerate(course) if cid == clause_id or cid.startswith(clause_id + "/")]
    if not own or own[-1] + 1 >= len(course):
        return None
    return course[own[-1] + 1]


# The sections on what follows a whole procedure for those it recognised (第四届 四、培育计划, 首届 附件1/四、奖励办法,
# 杭州工匠 七、奖励办法, 浙派 五、荣誉授予): the reward headings the answer table keeps for every reader of them
# (chat.comparison.compare_awarded, chat.rules.factual); a notice with none after its procedure (首席技师: 四、推荐名额, 五、工作要求)
# has nothing after its last step.
@functools.cache
def _after_course_heading() -> re.Pattern:
    from assistant.chat.rules.answer_table import table

    return re.compile(table()["reward"]["headings"])


def _after_course(corpus: Corpus, last_step: str):
    """The first section after the widest procedure holding ``last_step`` whose title is about what follows it
    (the reward headings), or None."""
    root = _widest_procedure(corpus, last_step)
    if root is None or not root.parent:
        return None
    # (a notice's top sections hang off 前言 without being listed as its children: their order is the notice's)
    siblings = [c.clause_id for c in corpus.clauses(root.clause_id.partition("#")[0]) if c.parent == root.parent]
    later = siblings[siblings.index(root.clause_id) + 1:] if root.clause_id in siblings else []
    return next((corpus.clause(cid) for cid in later if _after_course_heading().search(corpus.clause(cid).title or "")), None)


def _body_line(clause) -> str:
    """A section's first line after its heading ("组织第四届…参加创新培训营…"), as a step's line is quoted."""
    from assistant.chat.rules.quotes import MAX_QUOTE

    lines = [ln.strip() for ln in (clause.own_text or clause.text).split("\n") if ln.strip()]
    body = next((ln for ln in lines if ln != clause.title.strip()), lines[0] if lines else clause.title)
    limit = STEP_LINE_QUOTES * MAX_QUOTE
    if len(body) <= limit:
        return body
    ends = [m.end() for m in _SENTENCE_END.finditer(body[:limit])]
    return body[:ends[-1]] if ends else body[:MAX_QUOTE]


def _asked_acts(said: str) -> list[str]:
    """The notice's words (step_order.STEPS) for each act of the procedure ``said`` names in an asker's words."""
    from assistant.chat.premise.step_order import STEPS

    return [notice for asker, notice in STEPS.values() if re.search(asker, said or "")]


# A paragraph that opens with its step's name ("社会公示。经专家评审后，…"): one step of a procedure the clause
# lays out in paragraphs rather than in numbered items.
_INLINE_STEP = re.compile(r"^([\u4e00-\u9fff]{2,8})。")
MIN_INLINE_STEPS = 2


def _inline_next(clause, quote: str, said: str) -> str | None:
    """The paragraph after the named step, when the clause lays its steps out as paragraphs each opening with
    the step's name (首届杭州工匠 五: 资格审核。… 专家评审。… 社会公示。… 领导小组审定。…); None otherwise. The
    step named is the one whose name the question says, else the paragraph holding the answering quote."""
    lines = [ln.strip() for ln in clause.own_text.split("\n") if ln.strip()]
    named = [i for i, ln in enumerate(lines) if _INLINE_STEP.match(ln)]
    if len(named) < MIN_INLINE_STEPS:
        return None
    by_name = [i for i in named if _INLINE_STEP.match(lines[i]).group(1) in said]
    holding = [i for i in named if quote and (quote in lines[i] or lines[i] in quote)]
    anchor = (by_name or holding or [None])[-1]
    if anchor is None or anchor + 1 >= len(lines):
        return None
    from assistant.chat.rules.quotes import MAX_QUOTE

    return lines[anchor + 1][:MAX_QUOTE]


_NUMBERING = re.compile(r"^\s*[\(（]?[一二三四五六七八九十0-9]+[\)）、.．]?\s*")


def _step_name(title: str) -> str:
    """"(1)初审…" -> "初审": a step's name, without its numbering."""
    return _NUMBERING.sub("", title or "").rstrip("…。：: ")


# A step is one unit of the course: its line is quoted whole up to this many quote lengths ("(二) 推荐申报。…组织专家
# …进行评议…报市人力社保局。" is 226 characters; cut at 120 it lost where the papers go, mid-title "《杭"), and a
# longer one up to its last full stop within that.
STEP_LINE_QUOTES = 2
_SENTENCE_END = re.compile(r"[。；;！!？?]")


def _step_line(clause) -> str:
    """A step as the notice words it: the first line of the clause's own text ("(1) 初审。按照…"), whole when it fits
    STEP_LINE_QUOTES quotes, else up to its last sentence end that does (else cut at a quote's length)."""
    from assistant.chat.rules.quotes import MAX_QUOTE

    line = next((ln.strip() for ln in clause.own_text.split("\n") if ln.strip()), clause.title)
    limit = STEP_LINE_QUOTES * MAX_QUOTE
    if len(line) <= limit:
        return line
    ends = [m.end() for m in _SENTENCE_END.finditer(line[:limit])]
    return line[:ends[-1]] if ends else line[:MAX_QUOTE]


def with_body(corpus: Corpus, text: str, answered: list[Pick]) -> list[Pick]:
    """A quote that is only a heading ("（四）发布阶段（2023年5月）") is followed by its clause's first own
    sentence, which says what the heading dates or names."""
    main = answered[0]
    clause = corpus.clause(main.clause_id)
    if main.quote.strip() != clause.own_text.strip().split("\n", 1)[0].strip() or "\n" not in clause.own_text.strip():
        return answered
    from assistant.chat.rules.quotes import first_unit

    body = first_unit(clause)
    if not body or body == main.quote:
        return answered
    return [main, replace(main, quote=body)] + answered[1:]


def body_step(corpus: Corpus, program: str, text: str) -> Pick | None:
    """The step of ``program``'s procedure done by the body the question names as the doer of what it asks ("单位那一步
    到底要干嘛": (一)单位申报; "协会那边要做些什么": the sentences of (二) on 行业协会), by the table's step_bodies; None
    when the question names no body so, or the procedure has no step of it. A step titled with the body's step
    answers with its line; else the first sentence in the procedure naming the body, with the sentences after it in
    the same paragraph that name it too (the sentence holding the asked value inside a long clause)."""
    rows = table().get("step_bodies", {})
    asks = rows.get("asks", "")
    if _AFTER_SAID.search(text or ""):
        return None  # "省里收到材料后先干啥": the step after one done, which next_step finds
    notice = next((words for said, words in rows.get("bodies", {}).items()
                   if re.search(f"(?:{said}){asks}", text or "")), None)
    if notice is None:
        return None
    procedure = [c for c in corpus.clauses(program) if c.path and in_procedure(corpus, c.clause_id)]
    titled = next((c for c in procedure if re.search(notice, _step_name(c.title))), None)
    if titled is not None:
        return Pick(titled.clause_id, _step_line(titled), 1.0, True, 1.0)
    for clause in procedure:
        for paragraph in (clause.own_text or "").split("\n"):
            if _ANNOUNCES_STEPS.search(paragraph):
                continue  # "…行业协会负责进行。具体步骤如下：" leads into the steps, naming every body
            sentences = [s for s in re.split(r"(?<=[。；])", paragraph.strip()) if s]
            # the body as the one doing it: named near the sentence's start, not in a list of bodies mid-sentence
            naming = [s for s in sentences if (m := re.search(notice, s)) and m.start() < BODY_AT_START]
            if naming:
                start = sentences.index(naming[0])
                return Pick(clause.clause_id, "".join(sentences[start:]), 1.0, True, 1.0)
    return None


# A step's name said as a heading names ("（三）他人推荐", "（四）专家评审", "4.人选报送"): at least this many characters,
# so that a bare 评审 or 公示 (which many clauses say) names none
MIN_STEP_NAME = 4
MAX_STEP_NAME = 8


def titled_step(corpus: Corpus, program: str, text: str) -> Pick | None:
    """The one clause of ``program`` whose heading names a step the question says in full ("那个他人推荐具体是咋弄的":
    "（三）他人推荐"), quoted as a step's line: headings count as text, and a clause titled with the asked step is
    the answer to how that step goes. None when the question says a step done before the ask ("专家评审完了呢":
    the step after it is asked), or names no heading, or names two."""
    if _AFTER_SAID.search(text or ""):
        return None
    named = [c for c in corpus.clauses(program) if c.path and c.title
             and MIN_STEP_NAME <= len(name := _step_name(c.title)) <= MAX_STEP_NAME
             and re.fullmatch(r"[\u4e00-\u9fff]+", name) and name in text]
    if len(named) != 1:
        return None
    # a heading on a line of its own ("（三）他人推荐" over "通过“寻找我身边的杭州工匠”活动…") is followed by its body
    line = _step_line(named[0])
    quote = line if _SENTENCE_END.search(line) else _body_line(named[0])
    return Pick(named[0].clause_id, quote, 1.0, True, 1.0) if _SENTENCE_END.search(quote) else None


# how near a sentence's start the body must be named to be its doer ("自由职业者应通过相应的行业协会…": 9; "区、县(市)
# 人力社保部门及市各主管部门、行业协会组织专家…": 17, one of a list)
BODY_AT_START = 12
# a step said done before the ask ("收到材料后", "报上去以后", "公示完了"): the step after it is asked
_AFTER_SAID = re.compile(r"以后|之后|(?<![前先])后(?![面头边来续])|完了|过了")
