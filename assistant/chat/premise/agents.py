"""Which body acts on a step, in a question's premise and in a notice's sentence, and whether they are the same.

"浙派工匠是市政府批的对吧" asserts an agent (市政府) of a step (批准); the notice says "由省政府批准授予". Bodies are
compared by their level (省, 市, 区县 …: the level table ``levels.toml``) and kind (政府, 人社, 总工会 …: the answer
table's ``[bodies]``), so that 市人社局 and 市人力社保局 are one body and 省政府 and 市政府 two. A premise that one
body acts alone ("市总工会一家定的") is wrong where the sentence names several acting together.

Run with:  .venv/bin/python -m pytest -q tests/chat/test_agents.py
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from assistant.chat.rules.answer_table import table
from assistant.notices.text import parts

__all__ = ["Body", "bodies_in", "acting_in", "agent_correction", "agent_agrees", "acts"]


@dataclass(frozen=True)
class Body:
    level: str  # "" when not said
    kind: str
    said: str  # as written
    start: int = 0
    end: int = 0


@functools.lru_cache(maxsize=1)
def _patterns() -> tuple[re.Pattern, dict[str, re.Pattern], dict[str, re.Pattern], re.Pattern]:
    from assistant.chat.rules.level_table import rows as level_rows

    rows = table()["bodies"]
    # a body's level: the level table's ``body`` words, highest first
    said = {row.key: "|".join(row.body) for row in level_rows() if row.body}
    levels = {name: re.compile(f"(?:{p})$") for name, p in said.items()}
    kinds = {name: re.compile(f"(?:{p})") for name, p in rows["kinds"].items()}
    level_words = "|".join(f"(?:{p})" for p in said.values())
    kind_words = "|".join(f"(?:{p})" for p in rows["kinds"].values())
    # a level, a few characters of name ("省直有关"), then the kind; or the kind alone
    body = re.compile(rf"(?:(?P<level>{level_words})[\u4e00-\u9fff]{{0,4}}?)?(?P<kind>{kind_words})"
                      rf"(?:{rows['suffix']})?")
    return body, levels, kinds, re.compile(rows["alone"])


def bodies_in(text: str) -> list[Body]:
    """The bodies ``text`` names, in order."""
    body, levels, kinds, _ = _patterns()
    out = []
    for m in body.finditer(text or ""):
        level = next((name for name, p in levels.items() if m.group("level") and p.search(m.group("level"))), "")
        kind = next(name for name, p in kinds.items() if p.search(m.group("kind")))
        out.append(Body(level, kind, m.group(0), m.start(), m.end()))
    return out


# what makes the body after it the one acting: "领导小组是市人社局牵头成立的", "宣传由市总工会负责"
_ACTOR_MARK = re.compile(r"是|由|归")


def acting_in(text: str) -> list[Body]:
    """The bodies ``text`` says act: those after a 是/由/归 that follows another body, which is then the topic, not
    an actor ("首届数字工匠的领导小组是市人社局牵头成立的吧": 市人社局); all of them when no body comes before it."""
    said = bodies_in(text)
    for i in range(len(said) - 1):
        if _ACTOR_MARK.search(text[said[i].end:said[i + 1].start]):
            return said[i + 1:]
    return said


def _same(said: Body, written: Body) -> bool:
    return said.kind == written.kind and (not said.level or not written.level or said.level == written.level)


# A step's word that qualifies the object of another act, not the act: after 对/经/将 ("对初审入围人员进行把关"),
# or before the ones it let through ("初审入围", "评审通过的").
_OBJECT_OF = re.compile(r"[对将把]$")
_DONE_BEFORE = re.compile(r"入围|合格|通过的|后的|过的")

AGENT_SPAN = 40  # characters before the step's verb within which a sentence names who does it
# who invites others to do a step does it: the bodies after 邀请 are those invited ("由主办和承办单位邀请市总工会…成立")
_INVITED = re.compile(r"(?:由(?P<by>[^，,。；;]{2,20}?))?邀请")


def _agents(quote: str, steps: tuple[str, ...]) -> tuple[list[Body], str]:
    """The bodies a sentence of ``quote`` names before one of the steps (within one sentence), and the step."""
    for sentence in parts(quote):
        named = bodies_in(sentence)
        for step in steps:
            for m in re.finditer(re.escape(step), sentence):
                at = m.start()
                if any(b.start <= at < b.end for b in named):
                    continue  # "专家评审团队": the step's word inside a body's name is no step done
                if _OBJECT_OF.search(sentence[max(0, at - 2):at]) or _DONE_BEFORE.match(sentence[m.end():]):
                    continue  # "对初审入围人员进行把关": those the step let through, the object of another act
                before = sentence[max(0, at - AGENT_SPAN):at]
                found = bodies_in(before)
                invited = _INVITED.search(before)
                if invited:  # "由主办和承办单位邀请市总工会、…等单位成立…": those invited are no agents of it
                    found = [b for b in found if b.end <= invited.start()]
                    if not found and invited.group("by"):
                        return [Body("", "", invited.group("by"))], step  # the agent, named by no body's word
                if found:
                    return _nearest_list(found, before), step
                # "推荐工作由区、县(市)人力社保部门及市各主管部门、行业协会负责进行": the agent after 由
                after = _BY_AFTER.match(sentence[m.end():])
                if after:
                    found = bodies_in(after.group(1))
                    if found:
                        return _first_list(found, after.group(1)), step
    return [], ""


def acts(text: str, steps: tuple[str, ...]) -> bool:
    """Whether ``text`` names a body doing one of ``steps``."""
    return bool(_agents(text, steps)[0])


_LISTED = re.compile(r"[、，,和及与\s]*(?:以及)?[、，,和及与\s]*")


_BY_AFTER = re.compile(rf"[^，。；]{{0,4}}?由([^，。；]{{1,{AGENT_SPAN}}})")


def _first_list(found: list[Body], text: str) -> list[Body]:
    """The body first named after 由, with those listed after it."""
    out = [found[0]]
    for body in found[1:]:
        if not re.fullmatch(r"[、，,和及与\s]*(?:以及)?[、，,和及与\s]*|[^，。；]{0,6}及", text[out[-1].end:body.start]):
            break
        out.append(body)
    return out


def _nearest_list(found: list[Body], text: str) -> list[Body]:
    """The body nearest the step, with those listed with it ("市总工会、市人力社保局…联合审定"); one named
    before them ("省人力社保厅…报请省政府批准") is not the step's agent."""
    out = [found[-1]]
    for body in reversed(found[:-1]):
        if not _LISTED.fullmatch(text[body.end:out[0].start]):
            break
        out.insert(0, body)
    return out


def agent_correction(question: str, quote: str, steps: tuple[str, ...]) -> str | None:
    """"不对，…" when the question names a body doing one of ``steps`` and the quote names another doing it, or
    several together where the question says one alone; None when the quote names no agent of the step or
    agrees."""
    said = acting_in(question)
    if not said or not steps:
        return None
    written, step = _agents(quote, steps)
    if not written:
        return None
    names = "、".join(dict.fromkeys(b.said for b in written))
    if any(_squeezed(w.said) in _squeezed(question) for w in written) and not _patterns()[3].search(question):
        return None  # the agent as the notice writes it is the one said ("是主办和承办单位成立的吧")
    if _patterns()[3].search(question) and len({(b.level, b.kind) for b in written}) > 1:
        return f"不对，通知写的是{names}共同{step}，不是{said[0].said}一家：见下面的原文。"
    if not any(_same(s, w) for s in said for w in written):
        return f"不对，通知写的是{names}{step}，不是{said[0].said}：见下面的原文。"
    return None


def _squeezed(text: str) -> str:
    """``text`` without spaces and list joiners, which a question's reading may have turned into spaces."""
    return re.sub(r"[\s和及与、，,]", "", text)


def agent_agrees(question: str, quote: str, steps: tuple[str, ...]) -> bool:
    """Whether the body the question names is the one the quote names doing the step ("是省政府批准授予的吧")."""
    from assistant.chat.premise.manners import manner_correction

    said = acting_in(question)
    written, _ = _agents(quote, steps)
    # the right body doing it another way is no agreement ("人社厅点名指定的吧" where it draws experts at random)
    return bool(said and written) and all(any(_same(s, w) for w in written) for s in said) \
        and manner_correction(question, quote) is None
