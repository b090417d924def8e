"""Whether one may apply oneself ("可以个人自己报名吗", "能自荐吗", "还是必须单位推荐"): answered from how the asked
notice says candidates come forward.

A notice providing for self-application says so (杭州工匠 四/(四) 个人自荐; 首席技师 三/(一) "由个人向单位自荐、
单位组织推荐相结合"): that sentence answers. A notice that does not is not silent on the question: its candidates
are put forward by units or bodies, and its recommendation clause (the first whose heading names the
recommendation, ``answer_types.toml`` ``[self_apply]``) is quoted after saying that it provides no self-application.

A premise on the ways ("学会、协会这种社团插不上手的，对吧", "个人也可以自己在网上自荐报名的吧") is settled by the sentence
of the recommendation clause naming the way said (``channel_premise``): a way said barred that the notice names is
corrected with it, a way said open that the notice lists as a way of its own is agreed with it. The ways and what is
said of them are data (``answer_types.toml`` ``[channel_ways]``, ``[channel_premise]``).

Run with:  .venv/bin/python -m pytest -q tests/chat/test_channel_premise.py; python -c "from assistant.chat.rules.self_apply import asks_self_application as a; print(a('能自荐吗'))"
"""

from __future__ import annotations

import functools
import re

from assistant.chat.rules.answer_types import table
from assistant.chat.templates import cite_line, status_lines
from assistant.notices.text import sentences

__all__ = ["asks_channel", "asks_self_application", "channel_premise", "channels_text", "self_application_pick",
           "self_application_text", "ways_said"]


@functools.lru_cache(maxsize=1)
def _cues() -> dict[str, re.Pattern]:
    return {key: re.compile(value) for key, value in table()["self_apply"].items()}


def asks_self_application(text: str) -> bool:
    return bool(_cues()["ask"].search(text or ""))


def asks_channel(text: str, *, part: bool = False) -> bool:
    """Whether ``text`` asks how a candidate is put forward: the way, putting someone else forward, who hands in.
    With ``part`` (one ask of a message whose whole names the putting forward: "…能推他评吗？走啥路子？") the way
    asked is enough."""
    said = bool(_cues()["channels"].search(text or ""))
    return said and (part or bool(_PUT_FORWARD.search(text or "")))


# the ask is of putting a candidate forward ("社会公示通过什么渠道发" asks the channel of a notice, not of a candidate)
_PUT_FORWARD = re.compile(r"推|报|评|交")


MIN_SENTENCE = 12  # characters: shorter is a heading ("（二）人选推荐。"), not a sentence saying who recommends


def _own(corpus, program: str) -> tuple[str, str] | None:
    """(clause_id, sentence) of the notice's sentence providing for self-application, or None."""
    said = _cues()["provides"]
    for clause in corpus.clauses(program):
        if not clause.path:
            continue
        for sentence in sentences(clause.own_text or clause.text):
            if said.search(sentence) and sentence in clause.text and len(sentence) >= MIN_SENTENCE:
                return clause.clause_id, sentence
    return None


def _recommending(corpus, program: str) -> tuple[str, str] | None:
    """(clause_id, first sentence) of the clause saying how candidates are put forward, or None."""
    clause = _recommending_clause(corpus, program)
    return (clause.clause_id, _first(clause)) if clause is not None else None


def _recommending_clause(corpus, program: str):
    """The first clause whose heading names the recommendation and which says something under it, or None."""
    heading = _cues()["heading"]
    return next((c for c in corpus.clauses(program) if c.path and heading.search(c.title or "") and _first(c)), None)


def _first(clause) -> str | None:
    """The first sentence of ``clause`` that says something, not its heading ("（二）人选推荐。")."""
    return next((s for s in sentences(clause.own_text or clause.text)
                 if len(s) >= MIN_SENTENCE and s in clause.text and s not in (clause.title or "")), None)


def self_application_pick(corpus, program: str) -> tuple[str, str] | None:
    """(clause_id, sentence): the notice's sentence providing for self-application, else its recommendation
    clause's first sentence; None when it has neither."""
    return _own(corpus, program) or _recommending(corpus, program)


def self_application_text(corpus, programs: list[str], cites, today) -> str | None:
    """Each asked programme's answer; None when no programme's notice has a sentence to quote."""
    lines: list[str] = []
    for program in programs:
        short = corpus.meta(program).short_name
        own = _own(corpus, program)
        if own:
            lines.append("根据通知原文，" + cite_line(corpus, cites, *own))
            continue
        recommending = _recommending(corpus, program)
        if recommending:
            lines.append(f"{short}的通知没有写明个人可以自荐，写的是由单位或组织推荐："
                         + cite_line(corpus, cites, *recommending))
    if not lines:
        return None
    return "\n".join(lines + status_lines(corpus, programs, today))


def channels_text(corpus, programs: list[str], cites, today) -> str | None:
    """Each asked programme's recommendation clause, way by way: its sub-clauses' first sentences ("（三）他人推荐 …",
    "（四）个人自荐 …"); None when no asked programme's clause lists two or more."""
    lines: list[str] = []
    for program in programs:
        found = _recommending_clause(corpus, program)
        if found is None:
            continue
        short = corpus.meta(program).short_name
        ways = [c for c in corpus.clauses(program) if c.clause_id.startswith(found.clause_id + "/")
                and c.clause_id.count("/") == found.clause_id.count("/") + 1]
        # only a clause listing the ways (or the steps) answers; one that only sets quotas ("各区县总工会推荐不超过
        # 4 名") leaves "单位报还是自己交" to the sentence on handing in, found the usual way
        picked = [(c.clause_id, s) for c in ways for s in [_first(c)] if s]
        if len(picked) < 2:
            continue
        lines.append(f"{short}的通知是这样写推荐的：")
        lines += ["· " + cite_line(corpus, cites, cid, sentence) for cid, sentence in picked]
    if not lines:
        return None
    return "\n".join(lines + status_lines(corpus, programs, today))



# the marks between the clauses of a message: what is said of a way is said in its own clause
_CLAUSE_END = re.compile(r"[，,。；;？?！!\s]+")


def ways_said(question: str) -> list[tuple[str, bool, bool]]:
    """[(way, barred, confirmed)] for each way of coming forward ``question`` says something of, in the order said:
    barred when its clause of the message bars it ("协会推不了"), open when it says it may ("个人也可以…自荐报名");
    confirmed when that clause or the next asks to be told so ("…的吧", "，对吧"). A way only named ("协会推荐的话要交
    什么") or said with a count ("协会能推4个人吧": a premise on the quota) is left out."""
    words = table()["channel_premise"]
    segments = [s for s in _CLAUSE_END.split(question or "") if s]
    out: list[tuple[str, bool, bool]] = []
    for at, segment in enumerate(segments):
        if re.search(words["counted"], segment):
            continue
        plain = re.sub(words["asking"], "", segment)  # "能不能自荐" asks; its 不能 bars nothing
        confirmed = bool(re.search(words["confirm"], segment) or (
            at + 1 < len(segments) and re.fullmatch(words["confirm"].rstrip("$"), segments[at + 1])))
        for way, (asked, _) in table()["channel_ways"].items():
            if way in (w for w, _, _ in out) or not re.search(asked, segment):
                continue
            if re.search(words["barred"], plain):
                out.append((way, True, confirmed))
            elif re.search(words["open"], plain):
                out.append((way, False, confirmed))
    return out


def _way_sentence(corpus, program: str, written: str) -> tuple[str, str, bool] | None:
    """(clause_id, sentence, listed) of the sentence of ``program``'s recommendation clause (or a clause under it)
    naming the way (``written``); ``listed`` when its clause's heading names the way too (杭州工匠 四/(二)（社团推荐）: a way
    of its own, not a word in another way's step), which is preferred, else the clause highest up (首席技师 三: "推荐
    工作由…行业协会负责进行", not the step of 三/(二) where the associations assess)."""
    found = _recommending_clause(corpus, program)
    if found is None:
        return None
    units = [c for c in corpus.clauses(program) if c.clause_id == found.clause_id
             or c.clause_id.startswith(found.clause_id + "/")]
    held = [(clause.clause_id, sentence, bool(re.search(written, clause.title or "")))
            for clause in units for sentence in sentences(clause.own_text or clause.text)
            if re.search(written, sentence) and sentence in clause.text and len(sentence) >= MIN_SENTENCE
            and sentence not in (clause.title or "")]
    return min(held, key=lambda h: (not h[2], h[0].count("/")), default=None)


def channel_premise(corpus, program: str, question: str) -> tuple[str, tuple[str, str]] | None:
    """("不对，…" or "是的，…", (clause_id, sentence)) when ``question`` says a way of coming forward is barred that
    ``program``'s recommendation clause names, or open (asked to be told so) that it lists as a way of its own; None otherwise (a way the
    notice does not name is left to the readers after: its silence, or the ways it does name)."""
    for way, barred, confirmed in ways_said(question):
        found = _way_sentence(corpus, program, table()["channel_ways"][way][1])
        if found is None:
            continue
        clause_id, sentence, listed = found
        if barred:
            return f"不对，通知写了{way}这条路：见下面的原文。", (clause_id, sentence)
        if listed and confirmed:
            return f"是的，通知写了{way}这条路：见下面的原文。", (clause_id, sentence)
    return None
