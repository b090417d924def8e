"""Questions the five notices do not answer, recognised before retrieval has a chance to quote something
merely nearby. Kept as data: each row is (pattern, what the user asked about).

Retrieval's score threshold catches questions far from the notices (公积金怎么提取); this table catches the
common ones that sit close to them (评上以后工资涨多少) and would otherwise get an off-point quote.
"""

from __future__ import annotations

import re

__all__ = ["OUT_OF_SCOPE", "out_of_scope", "held_round"]

OUT_OF_SCOPE: tuple[tuple[re.Pattern, str], ...] = tuple((re.compile(p), topic) for p, topic in (
    (r"工资|薪资|薪水|涨薪|加薪|收入", "评上以后的工资待遇"),
    (r"落户|户口|户籍|积分入学", "落户和户籍"),
    # 人力社保厅/局/部门 is a body (the 人力资源和社会保障 department), not social insurance
    (r"公积金|(?<!人力)社保(?![厅局部]|那边|那里|中心|窗口|所)|个税|个人所得税|医保", "公积金、社保和个税"),
    # the age of retiring is national policy; the notices only say who may apply ("退休人员不作为推荐对象")
    (r"退休年龄|(延迟|推迟|延后|延长|晚点?|往后延?)[^，,。？?]{0,3}退休|退休[^，,。？?]{0,6}(延迟|推迟|延后|往后延|晚几年)",
     "退休年龄和延迟退休"),
    (r"人才房|住房|购房|租房补贴|安家费", "住房和安家待遇"),
    (r"孩子|子女|上学|入学", "子女入学"),
    # 加分 is any bonus in the selection (退伍军人、党员、少数民族加分), not only a child's school place
    (r"加分|优待|照顾政策|优先照顾", "申报评审中的加分或优待"),
    (r"高级工程师|职称评审|评职称|职称评定", "职称评审"),
    # how long a title lasts, however asked: 管多久, 能保持几年, 几年有效, 荣誉能用多长时间 (not "技师证拿了几年":
    # only a title or honour said with a span)
    (r"有效期|过期|失效|复审|年审|终身|永久有效|一直有效|管几年|管多久|管多长|几年有效|有效几年|多久有效|"
     r"(称号|荣誉|头衔)[^，,。？?]{0,6}(多久|几年|多长时间|一辈子|长期)",
     "称号或证书的有效期"),
    # tax on a reward (扣税, 交不交税, 个税): no notice says; 税务 (a body asked for its view) is not tax. "税前还是
    # 税后" is left to the named notice's own silence on the choice (chat/rules/choice.py), which names the programme.
    (r"(扣|交|缴|纳|免|代扣|代缴)[^，,。？?]{0,3}税(?!务)|完税|纳税|所得税", "奖金是否扣税"),
    (r"报名费|评审费|收费|费用|交.{0,3}钱|报销", "申报费用"),
    (r"打分|评分|分值|细则|权重|各占", "评审打分细则"),
    (r"第五届|第[五六七八九]届|下一届|下届|明年.{0,6}(报|申报|评)", "以后各届的安排"),
    (r"名单.{0,4}(在哪|哪里|哪儿)|在哪(看|查)|结果.{0,4}(查询|在哪)", "认定结果的公布与查询"),
    (r"提示词|系统提示|system prompt|你的设置|你的指令", "本助手的内部设置"),
))
_YEAR = re.compile(r"((?:19|20)\d{2})\s*年?|今年|明年|去年")


def _other_round(text: str) -> str | None:
    """"2024年首席技师": a year's round of a recurring programme other than the one whose notice a pack holds
    (``round_year`` in its pack). A year near the programme's name decides; none means the round we hold."""
    from assistant.programs import packs

    text = text or ""
    for pack in (p for p in packs() if p.round_year and p.cue):
        year = r"(?:(?:19|20)\d{2}\s*年?|今年|明年|去年)"
        # the year and the name in one phrase: "2024年的首席技师", "首席技师去年…", not "2015年评上技师，首席技师"
        pattern = rf"{year}[^，,。；;？?！!\s]{{0,3}}(?:{pack.cue})|(?:{pack.cue})[^，,。；;？?！!\s]{{0,4}}{year}"
        for m in re.finditer(pattern, text):
            said = [y.group(1) or y.group(0) for y in _YEAR.finditer(m.group(0))]
            if said and all(y in _RELATIVE for y in said) and (_ASSERTS_VALUE.search(text) or _echoes_notice(pack.id, text)):
                continue  # "首席技师今年认定30个是吧": the notice's own 今年 checked; answered with a note (held_round)
            if said and str(pack.round_year) not in said:
                name = pack.names[0] if pack.names else pack.title
                return f"{pack.round_year}年以外各年度的{name}认定安排（本助手只有{pack.round_year}年的通知）"
    return None


_RELATIVE = ("今年", "明年", "去年")


def _echoes_notice(program: str, text: str) -> bool:
    """Whether every year word of ``text`` is a relative one the held notice itself says, in an ask for a value it
    states ("首席技师今年一共评多少个" beside "今年我市将认定 20 名"): the asker reads the notice's own word, meaning its
    round. Said against another year ("今年没评上，明年可以接着申请吗"), with a calendar year ("今年（2026年）这轮"), or
    asking whether there is a round ("首席技师今年还评吗"), it is the calendar's."""
    from assistant.language.asking import asks_content
    from assistant.notices.tree import load_corpus

    said = {m.group(1) or m.group(0) for m in _YEAR.finditer(text or "")}
    if not said or not said <= set(_RELATIVE) or not asks_content(text):
        return False
    clauses = load_corpus().clauses(program)
    return all(any(word in c.text for c in clauses) for word in said)
# a value asserted for confirmation ("今年认定30个是吧", "今年是7月15号截止对吧"): the asker takes the notice's own
# round (its "今年") for this year's; the tag may stand as a clause of its own ("今年要认定三十个人，没错吧")
_ASSERTS_VALUE = re.compile(r"[0-9０-９一二两三四五六七八九十百]+\s*(?:个|名|人|月|号|日|岁|年|份|万|元)[^，,。？?]{0,12}"
                            r"[，,]?\s*(?:吧|对吧|是吧|对不对|没错吧?|是不是|对吗|是吗|对伐|是伐)\s*[？?]?\s*$")


def held_round(text: str) -> str | None:
    """"首席技师今年认定30个是吧" of a programme whose held round is another year: the note that the answer is the
    held round's notice, or None."""
    from assistant.programs import packs

    asserted = bool(_ASSERTS_VALUE.search(text or ""))
    for pack in (p for p in packs() if p.round_year and p.cue):
        if not asserted and not _echoes_notice(pack.id, text):
            continue
        if re.search(rf"(?:今年|明年|去年)[^，,。；;？?！!\s]{{0,3}}(?:{pack.cue})|(?:{pack.cue})[^，,。；;？?！!\s]{{0,4}}"
                     rf"(?:今年|明年|去年)", text):
            name = pack.names[0] if pack.names else pack.title
            checked = "核对" if asserted else "回答"
            return f"（本助手只有{pack.round_year}年的{name}通知，以下按{pack.round_year}年的通知{checked}。）\n"
    return None


_EDITION = re.compile(r"第\s*([一二三四五六七八九十]{1,3}|\d{1,2})\s*届")


def _edition_not_held(text: str) -> str | None:
    """"第二届杭州工匠": an edition that no programme pack claims (the packs' edition cues say which are held)."""
    from assistant.programs import packs

    for m in _EDITION.finditer(text or ""):
        held = [p for p in packs() if p.edition_cue and re.search(p.edition_cue, m.group(0))]
        if m.group(1) not in ("一", "1") and not held:
            return f"{m.group(0)}的安排（本助手只有已发布的这几届通知）"
    return None


def out_of_scope(text: str) -> str | None:
    """What the question asks that the notices do not cover, or None."""
    for pattern, topic in OUT_OF_SCOPE:
        if pattern.search(text or ""):
            return topic
    edition = _edition_not_held(text)
    if edition:
        return edition
    return _other_round(text)
