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


# a lead verb said bare (牵头, 主持) is the applicant's only with no one else named before it in its clause:
# "主持了省重点项目", "项目由我牵头" are; "那是我们研发总监牵头的" is another's (blind batch ak pf-935)
_BARE_LEAD = frozenset({"主持", "牵头", "领衔", "主导"})
_SELF = re.compile(r"我(?!们)|本人|自己")
_NO_SUBJECT = re.compile(r"^(?:那|这|也|还|都|是|曾|曾经|一直|亲自|负责|参与)*$")


def _led_by_another(clause: str, own: re.Match[str]) -> bool:
    before = clause[:own.start()]
    return own.group() in _BARE_LEAD and not _SELF.search(before) and not _NO_SUBJECT.match(before)


def unit_award(texts: list[str] | tuple[str, ...]) -> str | None:
    """The clause telling a science award as an organisation's, a team's or a project's ("我们公司二〇年获得浙江省科学
    技术进步奖"), or saying the applicant is not on it ("获奖名单里没有我"); None when any affirmed clause of ``texts``
    says the applicant's own part as a completer (第三完成人, 我主持的项目, 证书上有我名字), or none tells it so."""
    found: list[str] = []
    pattern = _patterns()
    for text in texts:
        for clause in clauses(text):
            own = pattern["own"].search(clause.text)
            if not clause.negated and own and not _led_by_another(clause.text, own):
                return None
            if (clause.negated and pattern["disowned"].search(clause.text)) or pattern["unit"].search(clause.text):
                found.append(clause.text)
    return found[0] if found else None
