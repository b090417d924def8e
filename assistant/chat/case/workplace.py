"""The asker's own workplace, named without a verb of work ("我是万向集团的", "本人在杭州某机械厂"): one who belongs to
a named unit works there now, so the employment is read as the verdict policy reads a described job (在职、全职,
inferred and said so), and 用工情况 is not the first thing asked of someone who has just named their factory."""

from __future__ import annotations

import re

from assistant.chat.case.said import clauses_of

__all__ = ["workplace_named", "employment_of_workplace", "moved_within"]

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


# a move to another unit ("上个月又进了瓯海一家打火机厂", "去年跳槽到余杭一家厂", "换了一家公司"): a start at the new
# workplace, not an arrival in its city or province
_JOB_CHANGE = re.compile(rf"(?:跳槽|又进了?|进了|换了?(?:一家|个|家)|换到|跳到|转到)[^，,。；;]{{0,14}}?{_UNIT}")
# an arrival said with it ("从苏州过来…", "回到杭州…", "调到杭州…"): the readers of arrivals count it
_ARRIVAL = re.compile(r"来|回到|回了|搬到|搬去|迁到|调到|调来|调回|过去")
_PLACE_FIELDS = {"years_full_time_in_hangzhou": "杭州", "years_full_time_in_zhejiang": None}


def moved_within(profile: dict, facts: dict, text: str) -> tuple[str, ...]:
    """The place counts ``facts`` restarts only because the asker moved to another unit in the same place: "上个月又进
    了瓯海一家打火机厂" after twelve years at a 温州 lighter works is a new job in 温州, not a first month in Zhejiang,
    and the Zhejiang years said before stand (the new count is dropped). Only a smaller count than the one held,
    with the workplace before and after both in Hangzhou (for Hangzhou's) or both in Zhejiang (for Zhejiang's)."""
    from assistant.extract.places import city_of, outside_zhejiang

    if not _JOB_CHANGE.search(text or "") or _ARRIVAL.search(text or ""):
        return ()
    before, after = profile.get("employer_city"), facts.get("employer_city", profile.get("employer_city"))
    if not before or not after:
        return ()
    out = []
    for field, city in _PLACE_FIELDS.items():
        held, new = profile.get(field), facts.get(field)
        if not isinstance(held, int | float) or not isinstance(new, int | float) or new >= held:
            continue
        if city is not None and before == after == city or city is None and not any(
                outside_zhejiang(c) or city_of(c) is None for c in (before, after)):
            out.append(field)
    return tuple(out)
