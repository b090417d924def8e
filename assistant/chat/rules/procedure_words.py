"""The words of the procedure in a question or a notice unit: which step a question names (step_words, the
notice verb an actor question asks about: step_terms) and the notice's own issue date (is_dateline, asks_issue).

Moved out of ``answer_types`` (which types the question) as a reader of its own; its readers import it
directly. Reads only the answer-type table.
"""

from __future__ import annotations

import functools
import re

from assistant.chat.rules.answer_table import table

__all__ = ["step_words", "step_terms", "notice_steps", "is_dateline", "asks_issue"]


@functools.lru_cache(maxsize=1)
def step_words() -> re.Pattern:
    """The words naming a step of the procedure (初审, 评审, 公示 …): the table's ``step_words``."""
    return re.compile(table()["step_words"])


def step_terms(question: str) -> tuple[str, ...]:
    """The notice verb for the step an actor question names ("谁来拍板定名单" -> 审定): the first matching
    actor_steps row matching what follows "谁", else the question's own verb after "谁" ("由谁抽取" -> 抽取),
    else the first row matching the whole question."""
    text = question or ""
    own = _own_step().search(text)
    # What follows "谁" says the step ("评审专家由谁抽取": 抽取, not 评审); else the whole question does.
    rows = table().get("actor_steps", {}).items()
    if own and _GIVES.match(own.group(1)) and re.search(table()["actor_unnamed"]["things"], text):
        # "证书由哪个单位出", "奖金由谁给": giving a thing (授予), whatever plain verb says it
        return ("授予",)
    if _given_by(text):  # "浙派工匠的证书是省人社厅发的吧": a reward said given, whatever plain verb says it
        return ("授予",)
    if own and not own.group(0).startswith("谁") and not re.match(rf"[的是]?(?:{table()['acting']})", own.group(1)):
        own = None  # "要征求哪些部门的意见": no step is acted on by the body asked for
    if own and _GENERIC_ACT.fullmatch(own.group(1)):
        # "初审是哪个部门负责": a bare doing verb names no step; the step is said before it (初审), and only
        # when none is does the verb stand for the step ("宣传工作是哪个部门负责": 负责)
        named = next((_terms(term) for cue, term in rows if re.search(cue, text[:own.start()])), ())
        if named:
            return named
    if own:
        # "初审是谁来审": the verb after 谁 only repeats the step named before it (审 of 初审), which is the step
        said = re.sub(r"^[来去在]", "", own.group(1))[:1]
        named = next((term for cue, term in rows if re.search(cue, text[:own.start()])), None)
        if said and named and said in named:
            return _terms(named)
        term = next((term for cue, term in rows if re.search(cue, own.group(1))), None)
        if term == "授予" and own.group(1).startswith("发") and re.search(table()["actor_unnamed"]["issued"], text[:own.start()]):
            term = "发布"  # "这个通知是谁发的": a notice is issued (发布), a certificate given (授予)
        verb = re.match(r"[\u4e00-\u9fff]{2}", own.group(1))
        if term or verb:
            return _terms(term) if term else (verb.group(0),)
    return next((_terms(term) for cue, term in rows if re.search(cue, text)), ())


# verbs that say only that a body does something, never which step: the step is named elsewhere in the question
_GENERIC_ACT = re.compile(r"(?:在|来|去)?(?:负责|管|主管|经办|办|办理|搞|弄|做|干|操办|牵头负责)(?:的|呢|啊|呀)?\s*")


def _terms(term: str | list[str]) -> tuple[str, ...]:
    """A row's notice verb, or its verbs where the notices say one step in more than one way (the final say: 审定,
    批准)."""
    return (term,) if isinstance(term, str) else tuple(term)


def notice_steps() -> frozenset[str]:
    """Every notice verb the actor_steps rows give."""
    return frozenset(t for term in table().get("actor_steps", {}).values() for t in _terms(term))


# A plain verb of giving right after the who-words ("由哪个单位给/发/出/颁"); not 发布, 发通知, 出台.
_GIVES = re.compile(r"[的是]?(?:来|负责)?(?:给|发|出|颁)(?!布|通知|文|台|具)")


@functools.lru_cache(maxsize=1)
def _reward_given() -> re.Pattern:
    """A reward, then within its clause 是/由 a few characters (the body) and a plain verb of giving, then 的."""
    return re.compile(rf"(?:{table()['actor_unnamed']['rewards']})[^，,。？?！!]{{0,6}}?(?:是|由)"
                      rf"[^，,。？?！!]{{2,16}}?{_GIVES.pattern}的")


def _given_by(text: str) -> bool:
    return bool(_reward_given().search(text))


@functools.lru_cache(maxsize=1)
def _own_step() -> re.Pattern:
    """What follows "谁" or "哪个部门" ("浙派工匠是哪个部门评的": 评的) says the step."""
    return re.compile(rf"(?:谁|{table()['which_body']})(?:来|去|负责|把人?)?([^，。？?！!]+)")


@functools.lru_cache(maxsize=1)
def _issue() -> tuple[re.Pattern, re.Pattern]:
    return re.compile(table()["dateline"]), re.compile(table()["issue_cue"])


def is_dateline(text: str) -> bool:
    """A unit that is only a date: the notice's issue date (its signature), not a date of any step."""
    return bool(_issue()[0].search(text or ""))


def asks_issue(question: str) -> bool:
    """Whether the question asks when the notice itself was issued."""
    return bool(_issue()[1].search(question or ""))
