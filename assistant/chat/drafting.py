"""Drafting the 主要事迹 inside a conversation: collect the facts by asking, then draft and show the count.

The chat asks for what ``drafting.draft_questions`` says is missing; the user's replies become the
achievements (in their own words) and the 推荐表's identity fields (姓名, 单位, 职务).
"""

from __future__ import annotations

import datetime as dt
import re
from typing import TYPE_CHECKING

from assistant.chat import templates as compose
from assistant.chat.answer import Citations
from assistant.chat.deps import Deps
from assistant.chat.quotes import best_quote, sentences
from assistant.chat.routing import Route
from assistant.chat.state import Session

if TYPE_CHECKING:
    from assistant.drafting.model import Draft

__all__ = ["take_draft_facts", "draft_turn"]

_IDENTITY = (
    ("name", re.compile(r"(?:姓名[:：是]?|(?:他|她|我)叫|名字[:：是]?)\s*([\u4e00-\u9fff]{2,4}?)(?=[，,。；;\s]|$|同志|，)")),
    ("employer", re.compile(r"(?:单位[:：是]?|在)\s*([\u4e00-\u9fff（）()A-Za-z0-9]{2,30}?(?:公司|集团|研究院|研究所|医院|学校|学院|大学|中心|局|厂))")),
    ("position", re.compile(r"(?:职务[:：是]?|担任|任)\s*([\u4e00-\u9fff]{2,12}?)(?=[，,。；;\s]|$)")),
)


def _take_achievements(session: Session, text: str, today: dt.date) -> None:
    """The reply to "请列出主要业绩" is the achievements, sentence by sentence, in the user's own words.

    A sentence the extractor reads as a structured fact only (a competition place, years in Hangzhou) is
    left to those fields, so the draft does not say it twice.
    """
    from assistant.chat.routing import INTENT_PATTERNS, is_injection
    from assistant.extract import extract

    said = []
    for sentence in (s.strip(" ，,。；;！!？?") for s in sentences(text)):
        if (len(sentence) < 6 or is_injection(sentence) or INTENT_PATTERNS["draft"].search(sentence)
                or _IDENTITY[0][1].search(sentence)):
            continue
        facts = extract(sentence, today).profile
        if facts and "achievements" not in facts and "trained_apprentices" not in facts:
            continue
        said.append(sentence)
    known = session.facts.setdefault("achievements", [])
    known.extend(s for s in said if s not in known)
    # The extractor's shorter pieces of the same sentences would repeat them.
    session.profile["achievements"] = [a for a in session.profile.get("achievements", [])
                                       if not any(a in s for s in known)]




def take_draft_facts(session: Session, text: str, today: dt.date) -> None:
    """Read a reply to the drafting questions into the session's drafting facts."""
    for field, pattern in _IDENTITY:
        m = pattern.search(text)
        if m:
            session.facts[field] = m.group(1)
    _take_achievements(session, text, today)


def _which_programme() -> str:
    """Ask which programme to draft for, naming every registered one."""
    from assistant.programs import packs

    labels = [p.draft_label or p.title for p in packs()]
    listed = "、".join(labels[:-1]) + "，还是" + labels[-1] if len(labels) > 1 else labels[0]
    return f"请告诉我要为哪个项目起草主要事迹：{listed}？"


def draft_turn(session: Session, r: Route, deps: Deps, cites: Citations) -> tuple[str, Draft | None]:
    from assistant.drafting import draft, draft_questions
    from assistant.errors import InputError

    programs = list(r.programs or session.programs)
    if not programs:
        session.awaiting = "draft"
        return _which_programme(), None
    program = programs[0]
    facts = {**session.profile, **session.facts}
    facts["achievements"] = list(dict.fromkeys([*session.profile.get("achievements", []), *session.facts.get("achievements", [])]))
    questions = draft_questions(facts, program, deps.today)
    if questions:
        session.awaiting = "draft"
        asked = "\n".join(f"  {i}. {q}" for i, q in enumerate(questions, start=1))
        return f"起草{deps.corpus.meta(program).short_name}的主要事迹前，还需要您提供：\n{asked}", None
    try:
        result = draft(facts, program, corpus=deps.corpus, today=deps.today)
    except InputError as exc:
        session.awaiting = "draft"
        return exc.message, None
    lines = [f"以下是{deps.corpus.meta(program).short_name}推荐表“主要事迹”的草稿（{result.char_count}/{result.limit}字）：",
             "", result.text, ""]
    for clause_id in result.clause_ids:
        clause = deps.corpus.clause(clause_id)
        quote = best_quote(clause, result.text)
        lines.append(f"对应推荐条件 {compose.local_id(clause_id)}：“{quote}”{cites.mark(clause_id, quote)}")
    if result.unsupported:
        lines.append("⚠️ 以下内容在您提供的事实中找不到依据，请核对或删除：" + "、".join(result.unsupported))
    for warning in result.warnings:
        lines.append(f"⚠️ {warning}")
    if result.suggestions:
        lines.append("可以补充的信息（补充后草稿会更完整）：" + "；".join(result.suggestions[:4]))
    return "\n".join(lines), result
