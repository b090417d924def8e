"""Units of a notice said of one kind of applicant only, and whether a question speaks of that kind.

"自由职业者应通过相应的行业协会组织进行推荐。行业协会…应对佐证材料的原件进行校验（原件校验后退回)…推荐人员应在协会内
进行公示" shares many words with "首席技师佐证材料原件交上去还会还回来吗", but it is the freelancers' route; the asker,
who names no such kind, is answered by the general rule ("上级部门校验后，将原件退回"). A unit is said of a kind when its
subject (the stretch before its first comma or full stop) names the kind in the notice's words; a question speaks
of the kind when it says any of the asker's words for it. The kinds are a data table (one row per kind of applicant
a notice gives a rule of its own), not words of one question.

Run with:  .venv/bin/python -m pytest -q tests/chat/test_scopes.py
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TypeVar

__all__ = ["Kind", "KINDS", "scoped_kind", "speaks_of", "scoped_away", "general_first"]


@dataclass(frozen=True)
class Kind:
    """A kind of applicant with a rule of its own: the notice's words for it, and an asker's."""

    name: str
    notice: str  # regex over a unit's subject
    asker: str  # regex over the question


KINDS: tuple[Kind, ...] = (
    # 首席技师 三: the freelancers' route through a 行业协会
    Kind("自由职业者", r"自由职业者", r"自由职业|个体|没有?(?:挂)?单位|无单位|接活|打零工|灵活就业|协会"),
    # 第四届 二: "推荐事业身份人员的，优先推荐本单位数字专员"
    Kind("事业身份人员", r"事业身份人员", r"事业单位|事业编|事业身份|数字专员"),
    # 第四届 三/(一): the competition winners recognised directly take no quota
    Kind("竞赛个人第一名", r"个人第一名人员", r"第一名|头名|冠军|直接认定"),
    # 首届数字工匠 附件1/一: "获得提名奖的人员今后可继续参评"
    Kind("提名奖", r"获得提名奖的人员", r"提名"),
    # 首届数字工匠 附件1/三/(三)/1/(3): the checks asked of a company's technical head, and of everyone else
    Kind("企业技术负责人", r"候选对象为企业内[^，。]*负责人|其他人选", r"负责人"),
    # 首届杭州工匠 附件: only the form's note, said of the form
    Kind("退休人员", r"^退休人员", r"退休|返聘"),
)

_SUBJECT_END = re.compile(r"[，,。；;：:]")
_ASIDE = re.compile(r"[（(][^（()）]*[）)]")  # "（获得提名奖的人员今后可继续参评…）": an aside, no subject


def _subject(unit: str) -> str:
    """The stretch of a unit before its first comma or full stop: where a rule names whom it is said of."""
    text = _ASIDE.sub("", (unit or "").strip())
    end = _SUBJECT_END.search(text)
    return text[:end.start()] if end else text


def scoped_kind(unit: str) -> Kind | None:
    """The kind of applicant a unit is said of ("自由职业者应通过…": 自由职业者), or None for a general rule."""
    subject = _subject(unit)
    return next((k for k in KINDS if re.search(k.notice, subject)), None)


def speaks_of(question: str, kind: Kind) -> bool:
    """Whether the question names that kind of applicant in any of an asker's words for it."""
    return bool(re.search(kind.asker, question or ""))


def scoped_away(question: str, unit: str) -> bool:
    """Whether ``unit`` is said of a kind of applicant the question does not speak of."""
    kind = scoped_kind(unit)
    return kind is not None and not speaks_of(question, kind)


P = TypeVar("P")


def general_first(question: str, picks: list[P], quote=lambda p: p.quote) -> list[P]:
    """``picks`` with those said of a kind the question does not speak of moved behind the rest, order kept."""
    kept = [p for p in picks if not scoped_away(question, quote(p))]
    return kept + [p for p in picks if scoped_away(question, quote(p))]
