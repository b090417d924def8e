"""The asker's own workplace, named without a verb of work ("我是万向集团的", "本人在杭州某机械厂"): one who belongs to
a named unit works there now, so the employment is read as the verdict policy reads a described job (在职、全职,
inferred and said so), and 用工情况 is not the first thing asked of someone who has just named their factory."""

from __future__ import annotations

import re

from assistant.chat.said import clauses_of

__all__ = ["workplace_named", "employment_of_workplace"]

# a unit one belongs to, by the kinds the notices and applicants name (厂, 公司, 集团, 单位 …)
_UNIT = r"(?:集团|公司|工厂|厂|企业|单位|车间|医院|学校|研究院|研究所|分公司|子公司|工地|项目部)"
# "我是万向集团的", "本人是富阳某造纸厂的", "我在杭州汽轮机厂", "我就在吉利的工厂里": the asker at or of a unit, and no more
_OF_UNIT = re.compile(rf"^(?:我|本人|俺)(?:现在|目前|就)?(?:是|在)[\u4e00-\u9fff]{{1,14}}?{_UNIT}(?:里|里面|里头)?(?:的)?"
                      r"(?:人|员工|职工)?$")
# a past or another status talked about: nothing is inferred (the status is asked, or read by the extractor)
_NOT_NOW = re.compile(r"以前|之前|原来|过去|当年|退休|返聘|兼职|自由职业|个体|公务员|参公|事业编|编制|离职|辞职|倒闭|待业|"
                      r"失业|下岗|没上班|没工作|派遣|实习|外包|挂靠|自己干|自己做|老板")


def workplace_named(text: str) -> bool:
    """Whether a clause of ``text`` says the asker is of or at a named unit, now ("我是万向集团的")."""
    if _NOT_NOW.search(text or ""):
        return False
    return any(_OF_UNIT.match(c.strip()) for c in clauses_of(text or "") or [text or ""])


# the kinds of employer that say one works for someone ("民企", "国企"); a public unit may be 参公 or a cadre's post, which
# the extractor asks about, so it says nothing here
_EMPLOYERS = ("private", "soe")


def employment_of_workplace(profile: dict, facts: dict, text: str) -> dict:
    """``{"employment": "full_time"}`` when the asker names their workplace, or the kind of firm they work for ("会员
    民企"), and no employment is known or said."""
    if "employment" in profile or "employment" in facts or _NOT_NOW.search(text or ""):
        return {}
    kind = facts.get("employer_type", profile.get("employer_type"))
    if workplace_named(text) or kind in _EMPLOYERS and "employer_type" in facts:
        return {"employment": "full_time"}
    return {}
