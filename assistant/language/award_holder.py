"""Whose a science award told in the achievements is: the applicant's, or an organisation's, a team's or a project's
with the applicant's part as a completer not said (data: ``data/award_holder.json``).

条件(三) of the digital-craftsman notices asks that the applicant 获得过 a science award; "我们公司拿了省科技进步奖"
or "团队拿过…，我在里面做测试" tells an award that is someone's, not that the applicant is one of those it names.
"""

from __future__ import annotations

import functools
import re

from assistant.language.clauses import clauses
from assistant.language.datafiles import data_json

__all__ = ["unit_award"]


@functools.cache
def _patterns() -> dict[str, re.Pattern[str]]:
    data = data_json("award_holder.json")
    return {key: re.compile(data[key]) for key in ("own", "unit", "disowned")}


def unit_award(texts: list[str] | tuple[str, ...]) -> str | None:
    """The clause telling a science award as an organisation's, a team's or a project's ("我们公司二〇年获得浙江省科学
    技术进步奖"), or saying the applicant is not on it ("获奖名单里没有我"); None when any affirmed clause of ``texts``
    says the applicant's own part as a completer (第三完成人, 我主持的项目, 证书上有我名字), or none tells it so."""
    found: list[str] = []
    pattern = _patterns()
    for text in texts:
        for clause in clauses(text):
            if not clause.negated and pattern["own"].search(clause.text):
                return None
            if (clause.negated and pattern["disowned"].search(clause.text)) or pattern["unit"].search(clause.text):
                found.append(clause.text)
    return found[0] if found else None
