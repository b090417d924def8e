"""The post one holds, front line or management: read from a present-tense clause about it (``read_role``), and from
a post of leading people with what one's own hands still do (``read_lead``). The classifier judges a clause that names
no post; the language layer reads negation (不在一线, 基本不碰设备)."""

from __future__ import annotations

import re

from assistant.extract.jobs import role_of, technical_work, trade_master
from assistant.extract.judge import denied_before, negated, role_judgement, work_verb
from assistant.extract.patterns import SELF_EMPLOYED
from assistant.extract.people import Candidates, add
from assistant.extract.post_words import executive, hands_on_title
from assistant.extract.support_posts import support_post
from assistant.extract.text import Segment, mask
from assistant.language.people import alternation

__all__ = ["read_role", "read_lead"]

# "参公管理的事业单位" says how the employer is run, not that one manages
# 主管护师, 主任医师 are professional titles (职称), not posts
_POST = re.compile(r"调去|调到|转岗|转到|升职|升为|升任|提拔|岗位|主任(?!医师|护师|药师|技师)|经理|主管(?!护师|药师|技师|医师|检验师|治疗师)|管人|"
                   r"(?<!参公)(?<!公务员法)管理(?!员|师|的?事业单位|单位)|行政|负责人|班组长|厂长|科长|部长|总监|带团队|文员|后勤")
# a 职称, the rank of a profession, says nothing of the post: 主管药师, 主治医师, 副主任护师, 高级工程师, 中级职称
_PROFESSIONAL_TITLE = re.compile(r"(?:副?主任|主管|主治)(?P<practice>医师|护师|药师|技师|检验师|治疗师|营养师)|(?:初级|中级|副高|正高|高级)职称"
                                 r"|(?:助理|中级|高级|正高级)(?:工程师|经济师|会计师|讲师)")
# the head of a post that runs others ("车间副主任", "项目经理", "生产厂长"), not a 职称 (主任医师, 主管药师) nor a team
# leader who works on the line (班组长, 工段长)
_MANAGER_HEAD = re.compile(r"(?:主任|经理|主管|总监|厂长|科长|部长|处长|所长|院长|负责人)(?!医师|护师|药师|技师|医生|检验师|治疗师)")
# the head of a technical line of work ("技术主管", "研发负责人", "测试经理"): a technical post, leading or hands-on
_TECH_HEAD = re.compile(r"(?:技术|研发|开发|测试|运维|工艺|算法|数据|软件|硬件|设备|维修|调试|质检|检测)(?:部|组|科|室|中心)?的?"
                        r"(?:副)?(?:主管|主任|经理|负责人|总监)$")
# "…经理但还在带班干活": within the clause, after the post, hands-on work said too
_STILL = "不过|可是|其实|还在|还是|照样|照旧"  # the words that say the hands are still on the work, both readings
_HANDS_ON = re.compile(rf"但|实际上|{_STILL}|也[上干做带修写]")
# (a phrase of "in fact" may open it: "说白了还是天天修设备", "说实话我也上机床")
_IN_FACT = r"(?:说白了|讲白了|说穿了|说到底|说实话|老实说|实话说|讲真|其实呢|事实上)?"
# (a 可/但/不过 may come before the subject: "可我还是天天上机床干活")
_BUT_ALSO = re.compile(rf"^{_IN_FACT}(?:但是?|可是?|不过)?(?:我|俺)?(?:天天|每天|平时|平常|其实)?(?:但是?|实际上?|平时也|平常也|也|{_STILL})")
# a post held in name only ("挂个技术主管的名", "名义上是主任", "挂名副经理"): it says nothing of the work done
_NOMINAL = re.compile(r"挂(?:了|着)?(?:个|一个)?[^，,。]{0,8}?(?:的)?(?:名头|名|头衔|虚职)(?![\u4e00-\u9fff]?[单字额])|挂名|名义上|空头")
# the speaker naming themself by a post that runs a business, a unit or a shop ("我是老板", "本人是这家厂的厂长", "我现在
#当店长"; language/data/people.json, head): a management post, where "我老板是杭州人" is a person
_SELF_HEAD = re.compile(r"^(?:我|俺|本人)(?:就|也|现在|目前|如今)?(?:是|当|做|任)(?:了)?(?:[\u4e00-\u9fff]{0,8}?的)?"
                        rf"(?:{alternation('head')})(?!的|[\u4e00-\u9fff]{{0,2}}(?:医师|护师|药师|技师))")
# a head's post joined to a hands-on one by 兼 ("老板兼师傅", "厂长兼技术员", "店长兼主厨"): the hands are on the work too
_ALSO_HANDS_ON_TITLE = re.compile(r"兼(?:任|做|当)?[\u4e00-\u9fff]{0,4}?(?:师傅|师父|技术员|技师|厨|工|匠)")
_ALSO_GRADE = re.compile(r"^(?:我|俺)?(?:同时)?也是[^，,。]{0,6}?(?:高级技师|技师|高级工|中级工|初级工|工程师|会员|党员)(?:证)?$")
# a placing or a prize said ("第三名", "拿了一等奖", "前六名"): the clause tells a result, not the post
_PLACING = re.compile(r"第[0-9一二三四五六七八九十]+名|前[0-9一二三四五六七八九十]+名?|[一二三特]等奖|金牌|银牌|铜牌|冠军|亚军|季军")
# how sure the role classifier must be of a clause that names no post (a post named is judged at any margin)
P_DESCRIBED = 0.7
P_DESCRIBED_OFF_LINE = 0.85  # surer still for a post off the line: a false one fails the front-line rules outright


# a start said before the post ("打2012年起我就在…装配线上", "2019年开始在…做维修"): when it began is no part of what
# the post is, and the sentence vector of the date drowns a short description of the work
_DATED_OPENING = re.compile(r"^(?:我|俺|本人)?(?:从|打|自)?(?:(?:19|20)?[0-9]{2}|[〇零一二三四五六七八九]{2,4})年(?:[0-9]{1,2}月份?)?"
                            r"(?:底|初|末)?(?:起|开始|以来|以后|之后|到现在|至今)?(?:的时候)?(?=[\u4e00-\u9fff])")


# the speaker and "now" opening a clause, and 了 closing it ("我现在坐办公室了"): the present is read by _NOW, and
# these words say nothing of the post (daily words, 天天/平时, stay: "天天在产线上" is the line)
_SPEAKER_NOW = re.compile(r"^(?:我|俺|本人)?(?:现在|目前|如今|眼下|当前)?(?:就|也|都)?")


def _undated(text: str) -> str:
    """``text`` without a date or start that opens it, for the classifier's judgement of the post."""
    m = _DATED_OPENING.match(text)
    return text[m.end():] if m and len(text) - m.end() >= 4 else text


def _judged(text: str) -> tuple[str | None, float]:
    """The classifier's judgement of the post a clause describes, read on the clause and on its core (no date, no
    speaker or "now" before it, no 了 after it): the core where it judges the same post or the clause judges none,
    since the words cut only dilute the sentence vector ("我现在坐办公室了" 0.62, "坐办公室" 0.92)."""
    role, p = role_judgement(text)
    core = re.sub(r"了$", "", _SPEAKER_NOW.sub("", _undated(text)))
    if core == text or len(core) < 3:
        return role, p
    core_role, core_p = role_judgement(core)
    if core_role and (core_role == role or role is None) and core_p > p:
        return core_role, core_p
    return role, p


# a clause that dates itself to now ("现在在办公室收物业费", "目前主要管人"): after a past post ("原来在杭钢炼钢，炉前工")
# the post it names is the present one, whatever the clauses before it said
_NOW = re.compile(r"^(?:我|俺|本人)?(?:现在|目前|如今|眼下|当前)")


def read_role(segs: list[Segment]) -> Candidates:
    """role_type judged on a present-tense clause about one's post, where the keyword table says nothing, or
    where it reads the shop floor and the classifier reads a manager ("现在当车间主任主要管人"). A clause with a
    negation is left to the table, which reads "不在一线" itself. The role a clause dated to now names is kept
    apart too (``_role_now``), so that it outranks the post of a clause that only seemed present."""
    from assistant.extract.people import read_employment

    out: Candidates = {}
    current = [s for s in segs if s.current]
    readings = [_one(current, i) for i in range(len(current))]
    for i, seg in enumerate(current):
        for field, values in readings[i].items():
            for value in values:
                add(out, field, value)
        if _NOW.search(seg.text) and not readings[i].get("_role_open"):  # with the clause after it when it names none: "现在嘛，主要管人"
            own = readings[i] or (readings[i + 1] if i + 1 < len(current) else {})
            # the classifier's judgement outranks the table, as in resolve ("车间主任" is no shop-floor post)
            said = own.get("_role_judged", []) + read_employment([seg]).get("role_type", []) \
                + own.get("role_type", []) + own.get("_role_described", [])
            for role in said[:1]:
                add(out, "_role_now", role)
    return out


def _one(current: list[Segment], i: int) -> Candidates:
    """The role the present clause ``current[i]`` says (the clause after it read with it where it says the hands
    are still on the work)."""
    from assistant.extract.people import read_employment

    out: Candidates = {}
    seg = current[i]
    text = mask(seg.text)
    if negated(text):
        return out  # "不在一线了" is left to the table; "不过…转岗做销售总监了" is no negation
    if _NOMINAL.search(text):
        return out  # a post in name only: what one does is said, if at all, by the clauses around it
    top = executive(text)
    if top and not seg.question and seg.asserts:
        rest = [text[top.end():], *(mask(s.text) for s in current[i + 1:] if not s.question)]
        hands = any((_OWN_HANDS.search(t) or _TOOLS_IN_HAND.search(t) or _own_technical_work(t)) and not negated(t)
                    and not _off_tools(t)
                    for t in rest)
        # "技术副总，还经常下车间带着调机床": the head of the company with hands on the work is asked, not decided;
        # "我是公司副总": management
        if not hands and _technical_line(text, top) and not any(_off_tools(mask(s.text)) for s in current):
            # "技术副总", "CTO": the head of the technical line, like a 研发经理 (_TECH_HEAD), may or may not work by
            # hand; whether it is still 技术岗位 is asked, not decided (dev dlg-ac106)
            add(out, "_role_open", True)
            return out
        add(out, "_exec_hands" if hands else "_role_judged", True if hands else "management")
        return out
    also = _ALSO_HOLDS.match(text)
    if also and not seg.question and seg.asserts and role_of(text[also.end():]) == "frontline_technical" \
            and not any(technical_work(mask(s.text)) for s in current if s is not seg):
        # "其实我还兼着首席架构师": a technical post held beside another, said elsewhere (技术副总): the post is both,
        # and is asked; beside a technical post of the same message ("云平台工程师 兼着…做技术培训") it is that post
        add(out, "_exec_hands", True)
        return out
    head = _SELF_HEAD.search(text)
    if head and not seg.question and seg.asserts:
        after = current[i + 1].text if i + 1 < len(current) else ""
        # "自己也修车" is hands on the work; "也是高级技师" is a grade held, which says nothing of the work done
        hands = (_BUT_ALSO.match(after) or _OWN_HANDS.search(after)) and not negated(after) and not _ALSO_GRADE.match(after)
        if not hands and _hands_told_later(current, i):
            # "我是车间主任 管三十个人 但也天天上机床干活": the head's post with the hands on the work, two clauses on
            add(out, "_exec_hands", True)
            return out
        if not hands and not _HANDS_ON.search(text, head.end()) and not _OWN_HANDS.search(text, head.end()) \
                and not _ALSO_HANDS_ON_TITLE.match(text, head.end()):
            add(out, "_role_judged", "management")  # "我是老板": the post is said, nothing of hands on the work
            return out
    if not seg.question and seg.asserts and technical_work(text):
        add(out, "role_type", "frontline_technical")  # "我在公司搞算法": a technical field is the work done
        return out
    if not seg.question and seg.asserts and (trade_master(text) or hands_on_title(text)):
        add(out, "_role_described", "frontline_technical")  # "我是绣娘": a hands-on trade's master, inferred
        return out
    ranked = _PROFESSIONAL_TITLE.search(text)
    text = _PROFESSIONAL_TITLE.sub(lambda m: "□" * len(m.group()), text)  # 主管药师 is a rank, not a post
    if ranked and ranked["practice"] and not _POST.search(text) and seg.asserts and not seg.question:
        add(out, "_role_described", "frontline_technical")  # a practitioner's rank: one who does the work
        return out
    if SELF_EMPLOYED.search(text) and not _POST.search(text):
        return out  # "自己接订单做": working for oneself, read by jobs.read_self_employed, not as office work
    if not seg.question and seg.asserts and support_post(text, "，".join(s.text for s in current)) \
            and not hands_later(current, i):
        add(out, "_role_judged", "administrative")  # "在仓库做仓管", "前年转去做财务了": a post beside the work
        return out
    if not _POST.search(text):
        # a clause naming no post may still say what one does all day ("天天在流水线上", "每天守着机床"): the
        # classifier's table has rows that describe no post (工会会员, 2019年来的杭州), and it must be sure
        # (a contest's placing, "顶管工第三名", tells a result, not what one does all day: no post to judge)
        if not seg.question and not read_employment([seg]).get("role_type") and len(text.replace("□", "")) >= 4 \
                and not _PLACING.search(text):
            role, p = _judged(text)
            if role and p >= (P_DESCRIBED if role == "frontline_technical" else P_DESCRIBED_OFF_LINE):
                add(out, "_role_described", role)
        return out
    table = set(read_employment([seg]).get("role_type", []))
    if table - {"frontline_technical"}:
        return out
    after = current[i + 1].text if i + 1 < len(current) else ""
    hands_on = bool(_BUT_ALSO.match(after)) and not negated(after)
    if hands_on:
        text = f"{text}，但{after}"  # "车间副主任，平时也上机床": the clause after the title says what one does
    role = role_of(text) or role_of(_undated(text))  # (a date opening the clause drowns a short post: _undated)
    head = _MANAGER_HEAD.search(text)
    if head and _TECH_HEAD.search(text[:head.end()]) and not hands_on and not _off_tools(text) \
            and not any(_off_tools(mask(s.text)) for s in current):
        add(out, "_role_open", True)  # "车间的技术主管", "研发经理": a technical post whose head may or may not
        return out  # work by hand: asked, whatever the keyword table reads in 技术 (extract.resolve)
    if role == "frontline_technical" and not hands_on and head and not _HANDS_ON.search(text, head.end()):
        role = "management"  # "后来当了车间副主任": the post's head is a manager's, whatever shop it heads
    if role == "management" and _hands_told_later(current, i):
        # "当副总经理，分管技术，自己还在写核心代码", "车间主任，管三十个人，但也天天上机床干活" (a later clause's own
        # 但/也, as after "我是车间主任"), "车间副主任，兼着干装配": a head's post with the hands on the work is asked,
        # as "我是车间主任…" is (a classifier reading of the later clause alone must not make it the front line)
        add(out, "_exec_hands", True)
        return out
    if role and (not table or role == "management"):
        add(out, "_role_judged", role)
    return out


# the line of the business an executive heads, said before it ("技术副总", "研发副总裁"), or the executive named by it (CTO)
_TECH_LINE = re.compile(r"(?:技术|研发|开发|软件|算法|数据|信息)(?:的|部的?|中心的?)?(?:分管)?$")
# a second post held beside the one said: "兼着首席架构师", "还兼任技术负责人"
_ALSO_HOLDS = re.compile(r"^(?:其实|另外|同时)?(?:我|俺)?(?:现在|目前)?(?:还|也|同时)?兼(?:着|任|了|做)?")


def _technical_line(text: str, top: re.Match[str]) -> bool:
    """Whether the executive post ``top`` in ``text`` heads the technical line of the business."""
    return top.group().upper() == "CTO" or bool(_TECH_LINE.search(text[:top.start()]))


# hands-on work held beside the post, said by 兼 ("兼着干装配", "还兼着修设备"); not a desk post held beside it (兼着干行政)
_ALSO_DOING = re.compile(r"^(?:我|俺)?(?:还|也|同时)?兼(?:着|带着)?(?:干|修|焊|开|装|调|车|铣|磨)"
                         r"(?!行政|管理|人事|财务|销售|后勤|文员|采购|仓管)")


def _hands_told_later(current: list[Segment], i: int) -> bool:
    """Whether a present clause after ``current[i]`` says the hands are on the work, with its own 但/也 ("但也天天上机床
    干活") or its own subject (hands_later), and none says they are off it."""
    said = [mask(s.text) for s in current if not s.question]
    later = [mask(s.text) for s in current[i + 1:] if not s.question]
    told = any((_BUT_ALSO.match(t) and _TOOLS_IN_HAND.search(t) or _ALSO_DOING.match(t)) and not negated(t) for t in later)
    return (told and not any(_off_tools(t) for t in said)) or hands_later(current, i)


def hands_later(current: list[Segment], i: int) -> bool:
    """Whether a present clause after ``current[i]`` says one's own hands are still on the work ("自己还在写核心代码",
    "我也天天上线") and no clause of the message says they are off it ("主要管人", "基本不碰设备"): a head's post said
    with hands-on work is neither plainly management nor plainly the front line, and is asked, not decided."""
    said = [mask(s.text) for s in current if not s.question]
    later = [mask(s.text) for s in current[i + 1:] if not s.question]
    return any((_OWN_HANDS.search(t) or _own_technical_work(t)) and not negated(t) for t in later) \
        and not any(_off_tools(t) for t in said)


# the speaker's own hands named by the subject and an adverb of still/also: "但自己也还写点代码"
_SELF_STILL = re.compile(r"^(?:但是?|不过|可)?(?:自己|亲自|我|俺)(?:也|还|照样|照旧|都|天天|每天|平时|偶尔)+")


def _own_technical_work(clause: str) -> bool:
    """Whether ``clause`` says the speaker still does technical work themself ("自己也还写点代码", "我还编程序"):
    the work is read by the one reader of technical work (jobs.technical_work), not by a second verb list here."""
    opening = _SELF_STILL.match(clause)
    return bool(opening) and technical_work(clause[opening.end():])


# leading people: "管着30来号人的装配车间", "带着七八个人的班组", "手下五个人" (not "带着徒弟": apprentices)
_LEADS = re.compile(r"(?:管着?|带着?|领着?|手下(?:有|管着?)?|下面(?:有|管着?)?|底下(?:有|管着?)?)"
                    r"(?:[^,，。徒]{0,8}?(?P<team>班组|小组|班|组)(?![长织])|[^,，。徒]{0,8}?(?:团队|队伍|车间|部门)"
                    r"|[0-9一二两三四五六七八九十几百来多余号个]{1,6}(?:号|个)?(?:人|兄弟|工人|员工))")
# the posts that lead a team on the line itself (a shift, a line, a crew), not a unit: their holder works beside the team
LINE_TEAM_POSTS = ("班组长", "班长", "组长", "领班", "线长", "拉长", "工段长", "值班长", "带班")
_LINE_TEAM_POST = re.compile("|".join(LINE_TEAM_POSTS))
# one's own hands still on the work: "自己也上线", "难的活都是我来", "还在一线焊接", "每天和他们一起在线上干"
# (a bare "我在" is where one works, "我在临平一家轴承厂", not the hands: 在 needs an adverb or the line after it)
_OWN_HANDS = re.compile(r"(?:自己|亲自|我)(?:也|还|照样|照旧|都|天天|每天)*(?:上|干|做|修|焊|动手|上手|上线|跑|来|顶)"
                        r"|(?:自己|亲自|我)(?:也|还|照样|照旧|都|天天|每天)+在|(?:自己|亲自|我)在(?:一线|线上|现场|车间|产线|机台|工地)"
                        r"|还在(?:一线|线上|现场|车间)|一起(?:在[^,，。]{0,4})?(?:干|做|修)|活都是我")
# off the tools: "很少动手了", "基本不碰设备", "主要管人", "活都交给下面的人"
# the hands on the work ("碰设备", "上手", "下车间"); off the tools when denied (the language layer: 基本不碰, 没怎么
# 上手, 不再下车间) or said to be rare (很少动手)
_TOOLS_IN_HAND = re.compile(r"碰|动手|上手|干活|上线|下车间|做具体|上(?:机床|车床|铣床|磨床|机台|设备|产线|工地|现场)|下(?:工地|现场|产线)")
_RARELY = re.compile(r"(?:很少|极少|难得|偶尔|不怎么)(?:再|去|自己)?$")
# work that runs others' work, done at a desk or a meeting: handing out jobs, scheduling, signing off
_DESK_WORK = r"派工|派活|分活|分配任务|安排人|安排活|签字|审批|开会"
# a day spent facing customers ("主要跟客户对接", "跟着销售跑客户", "出差谈项目", "做售前"): an office post
_CUSTOMERS = re.compile(r"(?:主要|每天|天天|基本上?|现在)(?:就)?(?:是)?(?:跟|和|陪|跟着)[^，,。]{0,4}?(?:客户|销售|甲方)"
                        r"|跑客户|跑业务|谈(?:项目|业务|合同|客户)|做售前|售前(?:方案|支持|工程)?")
# the work handed to others: "主要管人", "活都交给下面的人"
# (and the day spent at a desk: "主要坐办公室排生产计划", "现在天天坐办公室做报表")
_OTHERS_WORK = re.compile(r"主要(?:是)?(?:在办公室|坐(?:在)?办公室)?(?:管|排班|排产|排[^，,。]{0,4}计划|开会|负责管理|协调|做计划|做报表|跑审批)"
                          r"|交给(?:下面|手下|别人|徒弟|组员)"
                          r"|(?:基本|现在|每天|天天)(?:上)?(?:就)?是(?:在)?(?:开会|排产|排班|做计划|坐办公室)"
                          # the day said by what fills it, others' work handed out or signed off ("主要是派工排班",
                          # "每天就是开会签字", "主要给班组分活")
                          rf"|(?:主要|每天|天天|基本上?)(?:就)?(?:是)?(?:给[^，,。]{{0,4}}?)?(?:{_DESK_WORK})"
                          # the work in hand said to have shrunk ("手上的活少了", "自己的活基本没了")
                          r"|(?:手上|手里|手头|自己)的?活(?:儿)?(?:少了|不多了|基本没了|没了)")
# running a part of the business ("管生产", "负责管质量"), said beside the people one leads
_RUNS = re.compile(r"(?:负责)?管(?:着)?(?:整个|全厂的?|车间的?)?(?:生产|质量|安全|技术|项目|工程|经营|销售|行政|后勤)(?!线|员|部的?[^门]|工)")
# a move up or across to a post off the tools: "调去管生产计划", "提拔成副厂长", "调到安全科"
_MOVED_UP = re.compile(r"调(?:去|到|进|入)|提拔|升(?:了|为|任|职|成)|当上|转岗")


def _off_tools(text: str) -> bool:
    """Whether ``text`` says one's hands are off the work: "基本不碰设备了", "很少动手", "主要管人"."""
    return bool(_OTHERS_WORK.search(text)) or any(
        denied_before(text, m.start(), 4) or _RARELY.search(text[max(0, m.start() - 4):m.start()])
        for m in _TOOLS_IN_HAND.finditer(text))


def read_lead(segs: list[Segment]) -> Candidates:
    """A post of leading people, read with what one says one's own hands do: "管着30来号人的装配车间，但我自己也
    上线" (front line), "手下管着二十多个人，我基本不碰设备了" (management); a team of the line ("带着七八个人的班组")
    is led from the line, as a 班组长's is; leading a workshop or N people with nothing said of one's own work
    is left to be asked."""
    out: Candidates = {}
    said = [mask(s.text) for s in segs if s.current and not s.question]
    lead = next((m for t in said for m in [_LEADS.search(t)] if m), None)
    if lead is None and any(_LINE_TEAM_POST.search(t) for t in said) \
            and any(_OWN_HANDS.search(t) and not negated(t) for t in said) and not any(_off_tools(t) for t in said):
        add(out, "_role_judged", "frontline_technical")  # "虽说是班长，活儿还是跟大家一起干": a line team's head, hands on
        return out
    if lead is None:
        # a manager's post or a move to one, with the hands said to be off the work ("当了副厂长以后车间的活基本不碰
        # 了", "去年升了车间主任，现在主要是开会排产"); a post alone is read by read_role
        post = any(_MANAGER_HEAD.search(_PROFESSIONAL_TITLE.sub("", t)) or _MOVED_UP.search(t) for t in said)
        # with no post named, the day's work said to be others' ("现在主要是管人排班，很少自己上手了") is one too
        others = any(_OTHERS_WORK.search(t) and not negated(t) for t in said)
        hands = any(_OWN_HANDS.search(t) and not negated(t) for t in said)
        # "前年调去管生产了": a move to running a part of the business other than its technique ("调去管技术" is a
        # technical head's post, asked)
        runs = post and any(m and m.group().find("技术") < 0 and not negated(t) for t in said for m in [_RUNS.search(t)])
        if (post and any(_off_tools(t) for t in said) or others or runs) and not hands:
            add(out, "_role_judged", "management")
        elif not hands and not post and any(_CUSTOMERS.search(t) and not negated(t) for t in said):
            # "现在主要跟客户对接，出差谈项目": off the line, at no post (a head's post named, "销售总监", is read as
            # management by read_role)
            add(out, "_role_judged", "administrative")
        return out
    # "现在不直接上机床干活了": a verb of doing the work, negated (the language layer's scope); "在水泥厂管生产，手下
    # 有一百多号人": running a part of the business, people under one
    own_hands = any(_OWN_HANDS.search(t) and not negated(t) for t in said)
    runs = not own_hands and not lead["team"] and any(_RUNS.search(t) and not negated(t) for t in said)
    if runs or any(_off_tools(t) or (negated(t) and work_verb(t)) for t in said):
        add(out, "_role_judged", "management")
    elif any(_OWN_HANDS.search(t) and not negated(t) for t in said) \
            or (lead["team"] and not any(_MANAGER_HEAD.search(t) for t in said)):
        add(out, "_role_judged", "frontline_technical")  # a 车间主任 over three 班组 is left to the post's reading
    return out
