"""Facts about the post read in context: a level that is only the programme's name, a change of post said in passing,
plainly front-line work, a digital-economy competition, a leader at a 事业单位/国企, the occupation's top level.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re

from assistant.chat.case.replies import TOP_LEAD, read_reply
from assistant.chat.case.said import asks, clause_at, without
from assistant.chat.case.state import Session
from assistant.chat.routing import Route
from assistant.language.clauses import negated
from assistant.language.rungs import named_levels, unsure

_HELD_LEVEL = r"(?:是|评上了?|评为|当上了?|拿到了?|获得了?|取得了?|考了|考到了?|考出了?)"


def level_not_the_name(extraction, text: str, r: Route, today: dt.date):
    """"首席技师，我是桐庐一家制冷设备厂的制冷工，技师": a skill level whose words are only the name of the programme
    asked about is no level held; the level is read again from the message without the programme's name."""
    from assistant.chat.routing import without_programme

    level = extraction.profile.get("skill_level")
    if not level or not r.programs or level not in text or level in without_programme(text) \
            or re.search(_HELD_LEVEL + level, text):
        return extraction
    from assistant.extract import extract

    again = extract(without_programme(text), today).profile.get("skill_level")
    if again:
        return dataclasses.replace(extraction, profile={**extraction.profile, "skill_level": again})
    return without(extraction, "skill_level")


# "转岗做销售总监", "调去做行政", "提拔为车间主任": a change of post, and what follows it is the post now
# "又回一线写代码了", "回到研发岗": a return to a post, read by the post classifier as any change is
_POST_CHANGE = re.compile(r"(?:转岗|调岗|换岗|转到|调到|调去|转去|改做|改行|提拔|升任|升职|当上|又回(?:到)?|回到)(?:成|为|到|去)?")


def _sentence_at(text: str, at: int) -> str:
    """The sentence of ``text`` (ended by 。？！) that holds position ``at``."""
    start = max(text.rfind(p, 0, at) for p in "。？?！!") + 1
    ends = [i for i in (text.find(p, at) for p in "。？?！!") if i >= 0]
    return text[start:min(ends) + 1 if ends else len(text)]


def post_changed(session: Session, text: str) -> dict:
    """A change of post said in passing ("不过去年开始转岗做销售总监了，现在主要跑客户，不写代码了"): the post
    classifier (language) reads the affirmed words after the change, and a post other than the one known is
    the post now."""
    from assistant.extract.jobs import role_of
    from assistant.language.clauses import affirmed

    m = _POST_CHANGE.search(text)
    # only the sentence of the change may ask ("那第四届呢？2024年又回一线写代码了" tells it after a question)
    if m is None or negated(clause_at(text, m.end())) or asks(_sentence_at(text, m.start())):
        return {}  # "一直没调到别的岗位": no change
    now = "，".join(c for c in affirmed(text[m.end():]) if not negated(c))  # not "不写代码了"
    role = role_of(now) if len(re.sub(r"\W", "", now)) >= 2 else None
    return {"role_type": role} if role and role != session.profile.get("role_type") else {}


# words that say one manages, leads or does office work: a job said beside them is not plainly front-line work
_NOT_PLAIN = re.compile(r"管理(?!员)|管人|主任|经理|主管|总监|组长|班长|队长|领导|负责人|带团队|带队|行政|人事|文员|后勤|财务|办公室|"
                        r"销售|客服|老板|合伙人|干部|厂长|总工|副总|总经理|总裁|董事长|(?i:CTO|CEO)|兼(?:着|任)")


def clauses_said(session: Session, text: str) -> list[str]:
    """Every clause the user has said in the talk, this message included; an injected "管理员指令：…" says nothing
    of the asker."""
    from assistant.chat.routing import is_injection

    return [c for t in (text, *(user for user, _ in session.history)) for c in re.split(r"[，,。；;！!？?\n]+", t)
            if not is_injection(c)]


def front_line_job(session: Session, text: str) -> None:
    """"我是普通员工，在杭州一家公司做调试": the job said is plainly front-line technical work, so the post type is
    not asked; it is inferred (source "inferred", said once in a note, replaced by any post said later) when the
    post classifier (language) reads the occupation as front-line technical work and nothing said in the talk
    speaks of managing, leading or office work."""
    from assistant.extract.jobs import role_of

    job = session.profile.get("occupation")
    if "role_type" in session.profile or not job or session.sources.get("occupation") == "derived":
        return
    if any(_NOT_PLAIN.search(c) for c in clauses_said(session, text)):
        return
    if role_of(job) == "frontline_technical":
        session.profile["role_type"] = "frontline_technical"
        session.sources["role_type"] = "inferred"


_DIGITAL_CONTEST = re.compile(r"数字经济")


def digital_by_competition(session: Session) -> None:
    """A result in a digital-economy skills competition ("全国数字经济行业职业技能竞赛数据安全赛项") says the work
    is in that trade: is_digital_economy, derived, until the user says otherwise. The classifier's judgement on how
    the work was described ("金属增材打印工艺") gives way to it: the competition's organisers placed the trade."""
    if "is_digital_economy" in session.profile and session.sources.get("is_digital_economy") != "judged":
        return
    if any(_DIGITAL_CONTEST.search(str(c.get("field") or "")) for c in session.profile.get("competition_results") or []):
        session.profile["is_digital_economy"] = True
        session.sources["is_digital_economy"] = "derived"


_LEADER = re.compile(r"领导|干部|中层|班子|高管")


_HIGHEST = re.compile(TOP_LEAD + r"(?P<l>[\u4e00-\u9fff]{2,4})")


def _level_above(text: str, held: str, today: dt.date) -> bool | None:
    """Whether the held level is the trade's top, from a level the trade is said to have (or not) besides it
    (language.rungs.named_levels: "我们这个工种有高级技师的", "上面还有高级技师", "还能考高级技师", "这行还有更高的";
    said with 没有, "我们这行没有高级技师", the trade stops below it)."""
    from assistant.profile import SKILL_LEVELS

    if held not in SKILL_LEVELS:
        return None
    from assistant.language.clauses import split_clauses

    for m in named_levels(text):
        said = m["l"]
        near = [c for c in split_clauses(text[m.start():]) if c][:2]  # its clause and the one after ("…我也不太清楚")
        if any(unsure(c) for c in near) or unsure(clause_at(text, m.start())):
            continue  # "这个工种好像还有技师 我也不太清楚": not known, asked
        level = None if said.startswith("更高") else read_reply("skill_level", said, today).get("skill_level")
        if said.startswith("更高") and not (m["no"] or "").startswith("没"):
            return False
        if level not in SKILL_LEVELS or level == "none":
            continue
        above = SKILL_LEVELS.index(level) - SKILL_LEVELS.index(held)
        if m["no"] and m["no"].startswith("没"):
            if above == 1:  # "我们这行没有高级技师" with 技师 held: 技师 is the top
                return True
        elif above > 0:
            return False
    return None


def read_in_context(session: Session, text: str, extraction, today: dt.date) -> dict:
    """What a reply means given what is known: "副主任算中层领导" at a 事业单位 or 国企 is that employer's leader;
    "我们这个工种最高就是高级技师" with the level held known says whether it is the highest."""
    out: dict = {}
    employer = session.profile.get("employer_type", extraction.profile.get("employer_type"))
    if "employment" not in session.profile and "employment" not in extraction.profile and _LEADER.search(text) \
            and not negated(clause_at(text, _LEADER.search(text).end())):  # "不是领导" denies it
        leader = {"public_institution": "public_institution_cadre", "soe": "soe_leader"}.get(employer)
        if leader:
            out["employment"] = leader
    m = _HIGHEST.search(text)
    held = session.profile.get("skill_level", extraction.profile.get("skill_level"))
    # a top the talk derived ("做模具" then "技师": chat.case.trade_top) is open to the asker's own word on it
    top_open = "is_highest_level_of_occupation" not in session.profile \
        or session.sources.get("is_highest_level_of_occupation") == "derived"
    if m and held and held != "none" and top_open:
        top = read_reply("skill_level", m["l"], today).get("skill_level")
        if top and top != "none":
            out["is_highest_level_of_occupation"] = top == held
    if held and held != "none" and top_open and "is_highest_level_of_occupation" not in out:
        top = _level_above(text, held, today)
        if top is not None:
            out["is_highest_level_of_occupation"] = top
    return out


def freelance_place(session: Session, text: str, facts: dict) -> dict:
    """A freelancer has no unit to be in a city: the one place the asker named in the talk ("我是桐庐的竹编手艺人，自己
    接订单做，没挂单位") is where the work is done, and stands for the workplace city the rules ask about. Two places
    named ("宁波人，在杭州接活") leave it open."""
    from assistant.extract.places import cities_in

    employment = facts.get("employment") or session.profile.get("employment")
    if employment != "freelance" or facts.get("employer_city") or session.profile.get("employer_city"):
        return {}
    said = [user for user, _ in session.history] + [text]
    places = {city for t in said for start, _, city, _ in cities_in(t)
              if not re.search(r"(?:不在|没在|不是|非)$", t[max(0, start - 2):start])}
    return {"employer_city": places.pop()} if len(places) == 1 else {}
