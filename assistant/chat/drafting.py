"""Drafting the 主要事迹 inside a conversation: which programme, for whom, what facts; then the draft.

The state is ``Session.drafting`` (``DraftState``): the programme, the person, each person's facts and the
question pending. A message in a drafting conversation is read here, not by the eligibility dialogue: its
facts are about the person being drafted for (often not the user), so they go to that person's facts and
never to the user's own profile. What is still missing is asked, one question at a time, with quick replies.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import TYPE_CHECKING

from assistant.chat import templates as compose
from assistant.chat.answer import Citations
from assistant.chat.case.state import Session
from assistant.chat.deps import Deps
from assistant.chat.people import OTHERS, asks_to_write, attribute, is_nickname, request_target, same_person
from assistant.chat.routing import (
    INTENT_PATTERNS,
    Route,
    detect_programs,
    is_injection,
    without_programme,
)
from assistant.chat.rules.quotes import best_quote
from assistant.language.correcting import corrects, only_correction

if TYPE_CHECKING:
    from assistant.drafting.model import Draft

__all__ = ["take_draft_facts", "draft_turn", "continues_draft", "person_facts"]

_CUT = re.compile(r"[，,；;。！!？?\n]+")
# What is left of a clause naming a programme besides its name ("第四届“杭州数字工匠”（300字以内）" is a quick reply)
_FILLER = re.compile(r"[（(]\d+字以内[)）]|推荐表|申报表|主要事迹|事迹|材料|稿子|项目|申报|推荐|参评|参选|(?:要|想|准备|打算)?报|换成|改成|改为|按|的|届|年|吧"
                     r"|[“”\"，。\s]")
# Once the name is taken out, a clause of only these asks to write ("给赵磊写", "写刘洋的吧"): it states no fact.
_REQUEST_WORDS = re.compile(r"[请帮我给为替麻烦写起草撰拟就是一下份个同志师傅的吧啊呢他她叫姓名字要想准备打算报参评对象候选人推荐申：:\s]+")
_WHERE = re.compile(r"(?:他|她|都|也|一直|现在)*在[\u4e00-\u9fff]{1,10}(?:部|科|室|车间|班组|中心|处|所|厂|队)(?:工作|上班)?"
                    r"|(?:他|她|都|也)*是(?:一个|同一个)?[\u4e00-\u9fff]{0,8}(?:组|部|科|室|车间|班组|团队|队)的")
_A_ONE = re.compile(r"^(?:一)?(?:个|名|位)?(?:老|资深)?(?=.{2})")
_DOING = re.compile(r"(?:做|搞|干|从事)(?![了部过])(.{2,16}?)(?:工作)?的?")
# A head before a colon that only labels what follows ("补充一下", "再补充", "另外还有", "他的情况如下").
_LABEL = re.compile(r"(?:再|还|另外|另)?(?:补充|追加|更正|说明|还有|加上)(?:一下|几点|一点|两点|一句)?|(?:他|她|该同志)?的?(?:情况|材料|事迹)(?:如下|是)?"
                    r"|以下是(?:他|她)?的?(?:情况|材料)")
# "不对，是2015年入职": the first clause only says a correction follows (``only_correction``); the second is the
# fact, without its 是.
_CORRECTED = re.compile(r"^(?:应该是|其实是|正确的是|实际是|是)")
# The asker speaking of themself ("我自己也是焊工…"), not of someone to draft for
_OWN = re.compile(r"^(?:那|那么|对了|另外)?[，,]?(?:我|本人)(?!们)")
# "下一个，…", "另一个是陆家豪，…": the message goes on to the next person, whose name follows
_NEXT_ONE = re.compile(r"^(?:下一个|下一位|另一个|另一位|另外一个|另外一位|还有一个|还有一位|再来一个|再来一位|再写一个|再写一位"
                       r"|再一个|再一位|第二个|第二位)(?:人)?(?:是|叫)?[，,：:\s]*")
_ASKS = re.compile(r"[？?]|吗|呢|多少|几[个年项位]|怎么|如何|哪|什么|谁|是否|能不能|可不可以|要不要")
# Identity clauses: what the form's identity boxes and the draft's opening take, not deeds.
_EMPLOYER = r"[\u4e00-\u9fff（）()A-Za-z0-9]{2,30}?(?:公司|集团|研究院|研究所|医院|学校|学院|大学|中心|厂)"
_OUR = re.compile(r"^(?:(?:我们|我|本|该|咱们?)(?:公司|单位|厂|集团|部门|车间|中心|医院)的?|(?:我们|咱们?)的)")
_POSITION = (
    re.compile(rf"^(?:他|她|该同志)?在(?P<emp>{_EMPLOYER})(?:担任|任|做|当)(?P<pos>[\u4e00-\u9fffA-Za-z]{{2,16}})$"),
    re.compile(rf"^(?:他|她|该同志)?(?:是|现任|担任|任|现为)(?:(?P<emp>{_EMPLOYER})的?)?(?P<pos>.{{2,24}})$"),
)
_SINCE = re.compile(r"^(?P<y>\d{4})\s*年(?:(?P<m>\d{1,2})\s*月份?)?(?:就)?(?:入职|进(?:入|了|的)?|加入|来(?:到|了|的)?|到)"
                    r"(?:我们|我|本|咱们?)?(?:公司|单位|厂|集团|我司)?(?:工作)?(?:至今|以来)?的?$")
# "在杭州汽轮机厂干了25年", "一直在华东医院工作了十二年": where the person works and for how long, one clause
_AT_FOR = re.compile(rf"^(?:他|她|该同志)?(?:一直|已经|先后)?在(?P<emp>{_EMPLOYER})(?:干|工作|上班|做)了?(?:有|快|近|整整)?"
                     r"(?P<n>\d{1,2}|[一二两三四五六七八九十]{1,3})\s*(?:多)?年(?:了|多|整)?$")
_SPAN_ONLY = re.compile(r"^(?:是|有|已经|整整|都)?(?P<n>\d{1,2}|[一二两三四五六七八九十]{1,3})\s*年(?:了|整)?$")
_WORK_START = re.compile(r"^(?P<y>\d{4})\s*年(?:(?P<m>\d{1,2})\s*月份?)?参加工作(?:至今|以来)?$")
# "数控车工高级技师", "他是高级技师": the trade is optional, and a subject or 是 before the level is not the trade
_LEVEL = re.compile(r"^(?:他|她|该同志)?(?:是|为|现为|系)?(?P<occ>[\u4e00-\u9fff]{2,10}?)??(?P<lvl>高级技师|技师|高级工|中级工|初级工)$")
# "短一点", "字数再压一压", "控制在200字以内", "能不能精简到150字": the last draft, shorter; no new fact
_SHORTER = re.compile(r"短一?[点些]|精简|压缩|简短|简练|删减|缩短|字数.{0,4}(?:少|压|控制|减)|少写|太长|"
                      r"(?:控制在|压到|缩到|精简到|写)\s*\d{2,3}\s*字")
_ASKED_LIMIT = re.compile(r"(\d{2,3})\s*字")
MIN_LIMIT = 60  # shorter than this, a 主要事迹 is no longer one
_SCALAR = ("skill_level", "title_level", "occupation", "years_in_field", "birth_date", "facts_as_of", "employer_city",
           "trained_apprentices", "name", "employer", "position", "employer_since", "work_start")


def continues_draft(session: Session, text: str, r: Route, has_facts: bool = False) -> bool:
    """Whether a message answers the drafting question pending: it says something a draft takes (a fact the
    extractor reads, a name, a deed, a correction, the programme alone) and is not a new question or intent.
    "第四届的申报截止时间" while a draft is open is a question about the notice, not a deed."""
    st = session.drafting
    if asks_to_write(text) and "compare" not in r.intents:  # "第四届数字工匠的事迹帮郭峰写一下", "浙派工匠，写钱芳"
        return True
    if st.asked is None or session.topic != "draft" or "compare" in r.intents:
        return False
    if "eligibility" in r.intents and (_ASKS.search(text) or INTENT_PATTERNS["eligibility"].search(text)
                                       or _OWN.match(text)):
        return False  # "那他够条件吗", "我自己能报吗": a check asked for, not the next person's facts
    # "老周，钳工，干了二十年…报浙派" after a draft: the next one to draft for, no request needed (the 报 is theirs)
    if st.asked == "more" and _asks_shorter(text):  # "能不能短一点？" asks of the draft, not of the notice
        return True
    named = request_target(text)
    if _ASKS.search(text) and not named:
        return False
    programme_only = bool(r.programs) and len(_FILLER.sub("", without_programme(text))) <= 1
    if st.asked == "person":
        return bool(named)
    if st.asked == "program" and r.programs:
        return True
    return bool(has_facts or named or programme_only or corrects(text) or _deed(text))


def _asks_shorter(text: str) -> bool:
    """"短一点", "压缩到200字": the draft shorter. "交付周期缩短了30%" states a result: a number that is not a
    length in 字, or a deed, makes the message a fact, whatever shortening word it holds."""
    if not _SHORTER.search(text):
        return False
    return not (re.search(r"\d(?!\d*\s*字)|[一二两三四五六七八九十百千万]+(?:成|倍|个|项|人|名|次|%)", text) or _deed(text))


def _deed(text: str) -> bool:
    # imported here: assistant.drafting (docx export, the composer) loads when a draft is asked for, not at chat start
    from assistant.drafting.clauses import DEED_VERB

    return bool(DEED_VERB.search(text))


def _body(text: str) -> list[str]:
    """The clauses of a message that state facts: the request ("帮…写一下…的主要事迹：") and a clause that only
    names the programme ("首席技师") are taken off. A terse writer's space ends a clause as a comma does ("帮王师傅写
    个浙派的主要事迹 他做电梯维保二十年 带了十二个徒弟": the request is one clause, each fact another)."""
    from assistant.extract.text import spaces_end_clauses

    text = spaces_end_clauses(text)
    head, colon, tail = text.partition("：") if "：" in text else text.partition(":")
    if colon and (INTENT_PATTERNS["draft"].search(head) or asks_to_write(head) or _LABEL.fullmatch(head.strip())):
        text = tail  # "补充一下：…", "再补充：…": a label before the facts, not one of them
    out = []
    correcting = False
    for clause in (c.strip() for c in _CUT.split(text)):
        if only_correction(clause):
            correcting = True
            continue
        if correcting:
            clause = _CORRECTED.sub("", clause)
        if not clause or INTENT_PATTERNS["draft"].search(clause) or asks_to_write(clause) or is_injection(clause):
            continue
        target = request_target(clause)
        if target and _REQUEST_WORDS.fullmatch(clause.replace(target, "")):
            continue
        if target and detect_programs(clause)[0] and len(_REQUEST_WORDS.sub("", _OUR.sub("", _FILLER.sub(
                "", _unnamed(clause)).replace(target, "")))) <= 1:
            continue  # "我们公司的夏军要报杭州工匠": who and for what, no deed
        if detect_programs(clause)[0] and len(_FILLER.sub("", _unnamed(clause))) <= 1:
            continue  # "报浙派", "也报杭州工匠": the programme the person is put up for
        if detect_programs(clause)[0] and _PUTS_UP.search(clause) and not _deed(clause):
            continue  # "想给我们车间的主任申报首席技师": who is put up for what
        out.append(clause)
    return out


# What may stand before a trade named alone ("焊工", "她是茶叶加工工", "是我们公司的电梯安装维修工").
_TRADE_HEAD = re.compile(r"^(?:他|她|该同志)?(?:是|为|现为|系)?(?:(?:我们|咱们?|本)(?:公司|单位|厂|车间|医院|集团)?的?)?")
# A trade whose worker is a 师 ("中式烹调师", "美发师", "茶艺师"); 技师 alone is a level, 首席技师 a programme.
_MASTER_TRADE = re.compile(r"[\u4e00-\u9fff]{1,8}(?<![技老律])师")
# A clause that puts someone up for a programme ("想给我们车间的主任申报首席技师", "我们推荐卞雪参评") or asks to
# write for it ("帮我写第四届数字工匠"): a request, no deed.
_PUTS_UP = re.compile(r"申报|推荐|参评|参选|(?:要|想|准备|打算)报|(?:帮|给|替|为|麻烦|请)[^，,]{0,4}(?:写|起草|撰写)")


def _unnamed(clause: str) -> str:
    """``clause`` without the programme's names nor the words that name it for short ("报浙派": 报)."""
    from assistant.programs import packs

    text = without_programme(clause)
    for pack in packs():
        if pack.cue:
            text = re.sub(pack.cue, " ", text)
    return text
# Fields a clause may give and still be about who the person is, not what they did ("干了二十年", "开了13年车").
_IDENTITY_FIELDS = {"years_in_field", "facts_as_of", "role_type", "is_digital_economy", "occupation", "employment"}


def _trade(words: str) -> bool:
    """Whether ``words`` name a trade or an occupation by its title, as the extractor reads them ("焊工", "BIM工程师")."""
    from assistant.extract.jobs import technical_work
    from assistant.extract.occupation import names_occupation

    if is_nickname(words):
        return False  # "马工那个网关…": 马工 is a colleague, not a trade
    return (len(words) <= 12 and not re.search(r"[0-9一二三四五六七八九十两]|了|成|个|他|她|叫|都|大家|我|^[在于从]", words)
            and (technical_work(words) or names_occupation(words) or bool(_MASTER_TRADE.fullmatch(words))))


def _titled(words: str) -> bool:
    """Whether ``words`` end as a job title does (…工程师, …师, …员, …工), so a deed verb inside is part of it."""
    return bool(re.search(r"(?:工程师|师|员|工|匠)$", words))


def _identity(clause: str, today: dt.date | None = None) -> dict:
    """The identity facts a clause states (post, employer, when joined, level, trade, years), or {} for a deed.
    With ``today``, a clause that only says how long ("干了二十二年", "做茶做了三十年") gives the years."""
    said = re.sub(r"^(?:他|她|该同志)(?=\d)|^(?:他|她|该同志)是(?=\d{4})", "", clause)  # "他2016年入职"
    m = _SINCE.match(said) or _WORK_START.match(said)
    if m:
        start = m.group("y") + (f"-{int(m.group('m')):02d}" if m.group("m") else "")
        return {"employer_since" if m.re is _SINCE else "work_start": start}
    m = _AT_FOR.match(said)
    if m:
        from assistant.drafting.text import cn_value

        value = float(m.group("n")) if m.group("n").isdigit() else cn_value(m.group("n"))
        out = {"years_in_field": value} if value else {}
        if not _OUR.match(m.group("emp") + "的"):  # "在我们公司干了十年": the unit, unnamed
            out["employer"] = m.group("emp")
        return out
    m = _SPAN_ONLY.match(said)
    if m:  # "不对，是二十三年": a span said alone is the years (a correction's clause comes without its 是)
        from assistant.drafting.text import cn_value

        value = float(m.group("n")) if m.group("n").isdigit() else cn_value(m.group("n"))
        return {"years_in_field": value} if value else {}
    m = _LEVEL.match(clause)
    if m:
        if m.group("occ") and not _trade(m.group("occ")):
            return {}  # "其中四个成了技师": the apprentices' level, not a trade and a level
        return {"skill_level": m.group("lvl"), **({"occupation": m.group("occ")} if m.group("occ") else {})}
    for pattern in _POSITION:
        m = pattern.match(clause)
        if m and _WHERE.fullmatch(clause):
            return {}
        if m and not re.search(r"\d|获|奖|称号|主导|参与|负责|带", m.group("pos")):
            pos = _A_ONE.sub("", _OUR.sub("", m.group("pos")).strip())  # "他是个老钳工": 钳工
            field = _DOING.fullmatch(pos)
            if field and not m.group("emp"):  # "她是做跨境电商运营的": the line of work, not a post
                return {"field_detail": field.group(1)}
            emp = m.group("emp")
            # a trade (钳工, 数控车工) is the line of work, not a post the unit appointed
            out = {"occupation" if re.search(r"[^员]工$|技师$", pos) and not emp else "position": pos} if pos else {}
            if emp and not _OUR.match(emp + "的"):
                out["employer"] = emp
            return out
    trade = _TRADE_HEAD.sub("", clause)
    if trade and _trade(trade) and (not _deed(clause) or _titled(trade)):  # "前端开发工程师": 开发 is in the title
        return {"occupation": trade}
    if today is not None and not _deed(clause):
        from assistant.drafting.text import about_others
        from assistant.extract import extract

        found = extract(clause, today).profile
        if "years_in_field" in found and set(found) <= _IDENTITY_FIELDS and not about_others(clause):
            trade = found.get("occupation") if _trade(found.get("occupation") or "") else None  # "干了26年钳工"
            return {"years_in_field": found["years_in_field"], "facts_as_of": found.get("facts_as_of"), "occupation": trade}
    return {}


def _merge(into: dict, new: dict) -> None:
    for key, value in new.items():
        if isinstance(value, list) and key not in _SCALAR:
            known = into.setdefault(key, [])
            known.extend(v for v in value if v not in known)
            continue
        old = into.get(key)
        if isinstance(old, str) and old != value and into.get("achievements"):
            # a corrected fact ("不对，是带了8个徒弟") replaces the deed that said the old one
            into["achievements"] = [a for a in into["achievements"] if old not in a]
        into[key] = value


def _read(clauses: list[str], today: dt.date) -> tuple[dict, tuple[str, ...]]:
    """One person's drafting facts from the clauses about them: identity, the extractor's structured facts
    (awards, places, apprentices, level) and the deeds in the user's words; and how the extractor read what
    the words left open ("按个人成绩理解"), to be said to the user."""
    from assistant.extract import extract

    facts: dict = {}
    deeds: list[str] = []
    readings: tuple[str, ...] = ()
    from assistant.language import affirmed

    for clause in clauses:
        identity = {k: v for k, v in _identity(clause, today).items() if v is not None}
        facts.update(identity)
        # "没带过徒弟", "啥奖都没报过": a denied fact is not written, and not read as one
        # a word or two with no verb and no number ("柏林", a name the name finder took for a word) is no deed
        if _WHERE.fullmatch(clause):
            continue  # "都在数据部": where they sit, no deed (the unit's boxes take the department)
        if (not identity or "skill_level" in identity) and affirmed(clause) and (len(clause) > 2 or re.search(r"\d", clause)):
            deeds.append(clause)
    if deeds:
        extraction = extract("，".join(deeds), today)
        found, readings = extraction.profile, tuple(extraction.readings)
        found.pop("achievements", None)
        if "skill_level" in facts:
            found.pop("skill_level", None)
        if found.get("occupation") and not _trade(found["occupation"]):
            found.pop("occupation")  # "要报杭州工匠高级技师": a trade is read only where the words name one
        if str(found.get("field_detail") or "").startswith(("在", "于")):
            found.pop("field_detail")  # "都在数据部": where they work, not the line of work
        _merge(facts, {k: v for k, v in found.items() if k not in facts})
    deeds = [d for d in deeds if not _LEVEL.match(d)]
    if deeds:
        facts["achievements"] = ["，".join(deeds)]
    return facts, readings


def take_draft_facts(session: Session, text: str, today: dt.date) -> tuple[str, ...]:
    """Read a drafting message into the drafting state: the person it is for and each person's facts.
    Returns the extractor's readings of the drafted person's facts (a colleague's are not theirs to confirm)."""
    st = session.drafting
    if st.asked == "more" and _asks_shorter(text):
        st.limit = _shorter(text, st.length)
        return ()
    text = _NEXT_ONE.sub("", text)
    target = request_target(text)
    clauses = _body(text)
    opening = None if target else _opening_person(clauses)
    if opening and st.person and not same_person(opening, st.person):
        st.person = opening  # "老周，钳工，干了二十年…报浙派" after a draft: the next person, their facts follow
    if target and target != st.person:
        if st.person is None and "" in st.people and target not in st.people:
            st.people[target] = st.people.pop("")  # "他叫张伟": the one talked about so far is 张伟
        elif st.person and is_nickname(st.person) and same_person(st.person, target) and target not in st.people:
            st.people[target] = st.people.pop(st.person, {})  # "老周全名叫周建国": the one drafted for, named
        st.person = target
    for part in attribute(clauses, st.person):
        if part.only_name:
            if len(part.people) == 1 and st.person is None:
                st.person = part.people[0]
            continue
        if part.people == (OTHERS,):  # a colleague's, the unit's, or a fact the user said not to write
            continue
        for person in part.people or (st.person or "",):
            st.people.setdefault(person, {}).setdefault("_clauses", []).append(part.text)
    readings: dict[str, tuple[str, ...]] = {}
    for person, facts in st.people.items():
        said = facts.pop("_clauses", None)
        if said:
            new, readings[person] = _read(said, today)
            _merge(facts, new)
        if person and not is_nickname(person):
            facts["name"] = person  # a nickname is no name for a form: the draft says 该同志 and asks the name
        elif person:
            facts.pop("name", None)
    if st.person is None and len([p for p in st.people if p]) == 1:
        st.person = next(p for p in st.people if p)
    session.facts = person_facts(session)
    return readings.get(st.person or "", ())


def _opening_person(clauses: list[str]) -> str | None:
    """The person a message opens with, said alone ("老周，钳工，…", "小王，王晓东，电焊工，…"): the full name
    where a nickname and the name are both said, else the one said; None when the message opens otherwise."""
    said: list[str] = []
    for clause in clauses:
        if said and is_nickname(said[0]) and re.fullmatch(r"[\u4e00-\u9fff]{2,4}", clause) and same_person(said[0], clause):
            said.append(clause)  # "小金，金子豪，…": the nickname's full name, though 金子 is also a word
            continue
        part = attribute([clause], None)[0]
        if not part.only_name or len(part.people) != 1:
            break
        said.append(part.people[0])
    if not said or any(not same_person(n, said[0]) and not same_person(said[0], n) for n in said[1:]):
        return None
    return next((n for n in said if not is_nickname(n)), said[0])


def _shorter(text: str, length: int | None) -> int | None:
    """The length asked for: the number said, else about two thirds of the last draft."""
    m = _ASKED_LIMIT.search(text)
    if m:
        return max(MIN_LIMIT, int(m.group(1)))
    return max(MIN_LIMIT, length * 2 // 3) if length else None


def person_facts(session: Session) -> dict:
    """The drafting facts of the person being drafted for; a person not named is the user's own profile too."""
    st = session.drafting
    own = st.people.setdefault(st.person or "", {})
    if st.person is None:
        return {**session.profile, **own}
    return own


def _which_programme() -> tuple[str, dict]:
    from assistant.programs import packs

    labels = [p.draft_label or p.title for p in packs()]
    listed = "、".join(labels[:-1]) + "，还是" + labels[-1] if len(labels) > 1 else labels[0]
    text = f"请告诉我要为哪个项目起草主要事迹：{listed}？"
    return text, {"field": "program", "text": text, "options": labels}


def _ask(session: Session, what: str, text: str, question: dict | None = None) -> tuple[str, None, tuple[dict, ...]]:
    session.drafting.asked = what
    session.awaiting = "draft"
    return text, None, (question,) if question else ()


def draft_turn(session: Session, r: Route, deps: Deps, cites: Citations) -> tuple[str, Draft | None, tuple[dict, ...]]:
    """Ask for what is missing (programme, person, deeds), else draft; returns (text, draft, quick questions)."""
    from assistant.drafting import draft, draft_questions
    from assistant.errors import InputError

    st = session.drafting
    if r.programs:
        st.program = r.programs[0]
    elif st.program is None and session.programs:
        st.program = session.programs[0]
    if st.program is None:
        text, question = _which_programme()
        if not any(st.people.values()):
            text += "\n也请告诉我为谁起草（姓名）、他的岗位和主要业绩（最好带数字），可以一次说完。"
        return _ask(session, "program", text, question)
    named = [p for p in st.people if p]
    if st.person is None and len(named) > 1:
        text = f"您提到了{'、'.join(named)}，这份主要事迹是为谁起草的？"
        return _ask(session, "person", text, {"field": "name", "text": text, "options": named})
    program = st.program
    facts = person_facts(session)
    session.facts = facts
    short = deps.corpus.meta(program).short_name
    questions = draft_questions(facts, program, deps.today)
    if questions:
        asked = "\n".join(f"  {i}. {q}" for i, q in enumerate(questions, start=1))
        who = f"{st.person}同志" if st.person else ""
        return _ask(session, "facts", f"起草{who}{short}的主要事迹前，还需要您提供：\n{asked}")
    try:
        result = draft(facts, program, corpus=deps.corpus, today=deps.today, limit=st.limit)
    except InputError as exc:
        return _ask(session, "facts", exc.message)
    st.asked = "more"  # more facts or a correction may follow: they redraft
    st.length = result.char_count
    form = result.form.form or f"{short}推荐表"  # the form's own name and box: 申报表, 主要事迹简介 …
    asked = f"，按您的要求压缩到{result.limit}字以内" if st.limit and st.limit == result.limit else ""
    lines = [f"以下是{form}“{result.form.field}”的草稿（{result.char_count}/{result.limit}字{asked}）：", "", result.text, ""]
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
    return "\n".join(lines), result, ()
