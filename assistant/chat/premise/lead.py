"""A premise on which body runs a programme as a whole ("杭州工匠是人社局牵头搞的吧", "首席是人社局搞的没错吧"),
checked against the notice's issuers (its metadata, quoted from the issuing line of its head) and its sentences saying
who runs or hosts it: the ``lead`` row of ``notice_attributes.toml``, the sentences a comparison of 谁牵头 quotes.

duties.py reads a body given a named duty ("宣传工作归市总工会管吧"); a premise whose subject is the programme itself
and that names no duty beside the body and the verb giving it is read here. Bodies are compared by level and kind
(agents.py), so 人社局 is the 杭州市人力资源和社会保障局 of a notice.

Run with:  .venv/bin/python -m pytest -q tests/chat/test_lead_premise.py
"""

from __future__ import annotations

import re

__all__ = ["lead_premise", "issuing_lines"]

# the words a premise on the whole programme says beside its body and verb: none of a duty's own
_NO_DUTY = re.compile(r"是|的|吧|吗|呢|么|嘛|伐|对|不对|没错|归|由|来|都|也|就|在|这样|还有|另外|那么|那|听说|我记得|好像|应该|一起|联合|[，,。？?！!\s]")
_ACTOR_MARK = re.compile(r"(?:是|由|归)(?!.*(?:是|由|归))")
LEAD_QUOTES = 2  # the sentences of a notice quoted for who runs it, beside its issuing line
_SPACED = re.compile(r"(?<=[\u4e00-\u9fff])\s+(?=[\u4e00-\u9fff])")


def _lead_row():
    from assistant.chat.comparison.compared_attribute import attributes

    return next(a for a in attributes() if a.key == "lead")


def _runs() -> re.Pattern:
    from assistant.chat.rules.notice_attributes import rows

    return re.compile(next(r for r in rows("runs") if r["key"] == "lead")["runs"])


def issuing_lines(corpus, program: str) -> list[tuple[str, str]]:
    """(clause_id, line) of the head of ``program``'s notice naming each of its issuers ("杭州市人力资源和社会保障局
    文件", "杭 州 市 总 工 会"), in the notice's order."""
    from assistant.chat.rules.quotes import _candidates

    cid = f"{program}#前言"
    if not corpus.has(cid):
        return []
    issuers = [_SPACED.sub("", i) for i in corpus.meta(program).issuers]
    lines = [u for u in _candidates(corpus.clause(cid), "") if any(i in _SPACED.sub("", u) for i in issuers)]
    return [(cid, u) for u in dict.fromkeys(lines)]


def _subject_is_programme(subject: str) -> bool:
    from assistant.chat.routing import detect_programs

    bare = _NO_DUTY.sub("", subject)
    return not bare or bool(detect_programs(subject)[0])


def lead_premise(corpus, program: str, question: str) -> tuple[str, list[tuple[str, str]]] | None:
    """("不对，…" or "是的，…", the lines saying who runs the programme) when ``question`` gives the whole programme to
    one body and names no duty of it; None otherwise, or when the notice names no one running it."""
    from assistant.chat.comparison.compared_attribute import attribute_picks
    from assistant.chat.premise.agents import _same, acting_in, bodies_in
    from assistant.chat.premise.duties import _shapes
    from assistant.chat.routing import topic_only

    text = topic_only(question or "")
    clauses = [c for c in re.split(r"[，,。；;？?！!\s]", text) if bodies_in(c)]
    clause = next((c for c in clauses if len(acting_in(c)) == 1 and _ACTOR_MARK.search(c[:acting_in(c)[0].start])), "")
    said = acting_in(clause)
    if len(said) != 1:
        return None
    body = said[0]
    # another body said, or papers handed to one ("…是市总工会牵头的对吧，材料最后交总工会"), is a premise of its own
    # to check; the same body said again of the whole ("…牵头评的，最后都是宣传部在看") restates this one
    to_body = _shapes()["to_body"]
    if any(not _same(body, b) or (c != clause and to_body.search(c[:b.start])) for c in clauses for b in bodies_in(c)):
        return None
    before, after = clause[:body.start], clause[body.end:]
    mark = _ACTOR_MARK.search(before)
    verbs = _runs()
    if mark is None or not _subject_is_programme(before[:mark.start()]):
        return None  # "宣传是市总工会管的": the subject is a duty, duties.py reads it
    if not verbs.search(after) or _NO_DUTY.sub("", verbs.sub("", after)):
        return None  # no verb giving it, or more said of it than who runs it
    issuing = issuing_lines(corpus, program)
    held = issuing + [(p.clause_id, p.quote)
                      for p in attribute_picks(corpus, program, _lead_row(), question)[:LEAD_QUOTES]]
    named = [(cid, quote, b) for cid, quote in held for b in bodies_in(_SPACED.sub("", quote))]
    if not named:
        return None
    # the issuers, where the head names them, settle it: "省人社厅" is not the 杭州市人力资源和社会保障局 issuing it,
    # however a step's sentence names 人力社保部门 without a level
    issued = [n for n in named if (n[0], n[1]) in issuing]
    agreeing = [(cid, quote) for cid, quote, b in (issued or named) if _same(body, b)]
    if agreeing:
        return (f"是的，按通知原文，{body.said}是组织这项工作的单位：见下面的原文。",
                list(dict.fromkeys(agreeing))[:LEAD_QUOTES])
    # the issuers, where the head names them, are who runs it; the bodies of a step's sentence only otherwise
    named = [n for n in named if (n[0], n[1]) in issuing] or named
    # one body said twice ("浙江省人力资源和社会保障厅", "省人力社保厅") is named once, as first written
    names = "、".join({(b.level, b.kind): b.said for _, _, b in reversed(named)}[k]
                     for k in dict.fromkeys((b.level, b.kind) for _, _, b in named))
    line = f"不对，按通知原文，组织这项工作的是{names}，不是{body.said}"
    own = _own_duty(corpus, program, body)
    if own is not None:  # "是市委宣传部牵头评的吧": what the notice does give that body ("…负责…宣传工作")
        return f"{line}；{own[0]}负责的是{own[1]}：见下面的原文。", [*held[:LEAD_QUOTES], (own[2], own[3])]
    return f"{line}：见下面的原文。", held[:LEAD_QUOTES + 1]


def _own_duty(corpus, program: str, body) -> tuple[str, str, str, str] | None:
    """(who, duty, clause_id, sentence) of the notice's sentence giving ``body`` a duty of its own, or None."""
    from assistant.chat.premise.agents import _same, bodies_in
    from assistant.chat.premise.duties import duties

    return next(((who, what.strip("；;。 "), cid, unit) for who, what, cid, unit in duties(corpus, program)
                 if what != "推荐工作" and any(_same(body, b) for b in bodies_in(who))), None)
