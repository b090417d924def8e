"""What a title said with modifiers tells, and employment inferred from a present-tense description of work.

- A title: "我是宁波的数控高级技师", "我是厂里的数控高级技师", "我是我们公司的高级技师". What stands before the last
  的 qualifies the title: a place there is where one works (employer_city 宁波), a workplace there (厂里, 我们公司)
  says one works for an employer. The title's own words without the level are the occupation (数控); the level
  itself is read by ``honours.read_skill`` from the whole clause, so the modifier never hides it.
- Employment: a present-tense description of doing a job, for an employer or in a place ("我在西湖区做大数据开发",
  "在一家民企当测试", "我是做直播电商运营的，在杭州干了6年"), means one is employed there, full time, unless a
  status is talked about (兼职, 退休, 返聘, 自由职业, 个体, 公务员, 事业编 …; then the status is asked, not
  inferred) or the work is past ("以前在…", a clause that is not ``current``). The reading is an inference, not a
  word said: ``extract`` names the field in ``Extraction.inferred``, the dialogue never lets it replace a status
  said, and the answer says it was inferred and how to correct it ("我是兼职的").
"""

from __future__ import annotations

import re

from assistant.extract import judge
from assistant.extract.patterns import SELF_EMPLOYED, STATUS_TALK, TAKES_ORDERS, TECHNICAL_FIELDS
from assistant.extract.people import SIDE_JOB, Candidates, add
from assistant.extract.support_posts import support_post
from assistant.extract.text import Segment, mask

__all__ = ["TURN", "WORKPLACE_NOUNS", "split_title", "title_place", "read_job_description", "read_self_employed", "technical_work", "trade_master", "office_department", "role_of"]

# running a business, not doing its work: "自己开公司当老板，主要跑业务"
_RUNS_BUSINESS = re.compile(r"开(?:了)?(?:家|个|一家)?[\u4e00-\u9fff]{0,4}公司|老板|跑业务|合伙人|招人|请人")
# a workplace named before a title's 的 ("厂里的", "我们公司的", "单位的"): one works for an employer
# (the head nouns of a workplace's name, shared with chat.premise: "一家纺织厂" names a workplace, it counts no one)
WORKPLACE_NOUNS = "厂|公司|单位|企业|集团|车间|店|研究院|研究所|医院|学校|工地|项目部|民企|国企|私企|外企|央企"
_WORKPLACE = re.compile(WORKPLACE_NOUNS)
# doing a job, now: a verb of work with what is done ("做大数据开发", "当测试", "干数控"), or working somewhere
_DOING = re.compile(r"(?:做|干|当|搞|从事|负责|修)(?![了过着的]?[0-9一二两三四五六七八九十几]+年)"
                    r"(?![了过着]?(?:过|什么|啥|哪|这行|那行|同样))[\u4e00-\u9fffA-Za-z]"
                    r"|上班|任职|就职|打工|工作(?!过|年限|经历|单位在)")
# a place or an employer the work is done for or in
_PLACED = re.compile(r"在[\u4e00-\u9fff]{1,12}?(?:公司|厂|单位|企业|集团|研究院|研究所|医院|学校|中心|民企|私企|外企|国企|"
                     r"央企|店|车间|工地|基地|园区)|一家|公司|厂里|单位里|企业里")
_NOT_NOW = re.compile(r"以前|之前|曾经|原来|过去|早年|当年|从前|此前|那时|那会|已经不|不干了|不做了|离开")


# words of a post or of work off the technical line: with them, a technical field names the team one leads or
# the trade of the employer, not the work one does ("负责算法团队", "软件公司的会计")
_OFF_LINE = re.compile(r"管理(?!员)|管人|主任(?!医师|护师|药师|技师)|经理|主管(?!护师|药师|技师|医师|检验师|治疗师)|总监|组长|班长|队长|领导|负责人|团队|带队|部门|行政|人事|文员|后勤|"
                       r"财务|会计|出纳|办公室|销售|客服|商务|市场|采购|运营|老板|合伙人|干部|厂长|总工|部长|科长|HR", re.I)
# a field right before a word for the employer or a trade as a whole names the employer's trade ("一家软件公司")
_TRADE_OF = re.compile(r"^[\u4e00-\u9fffA-Za-z0-9]{0,3}?(?:公司|企业|厂|集团|单位|机构|行业|领域|园区|产业)")
# a worker of a trade named alone as the job ("钳工", "数控车工", "老木匠"), not a status (员工, 职工, 打工, 零工)
_TRADE_WORKER = re.compile(r"(?:[\u4e00-\u9fff]{0,6}(?<![员职打零民普杂])工|[\u4e00-\u9fff]{0,6}(?:技工|工人|匠|师傅))")
# a verb of doing before the field ("搞算法", "负责系统运维", "我是做网络安全的")
# (or the field as the head after 的 of a longer object: "负责MES系统的运维", glossed 负责制造执行系统系统的运维)
_DOING_FIELD = re.compile(r"(?:做|搞|干|从事|负责|写|跑|调)(?:[^,，。]{0,6}|[^,，。的]{0,12}的)$")


def technical_work(text: str) -> bool:
    """Does ``text`` name a technical field as the work one does, with no word of a post: "我在公司搞算法",
    "做网络安全的", "负责系统运维", or the field alone as a job ("算法", "网络安全")? Then the post is front-line
    technical work, as is a trade's worker named alone ("钳工"). "负责算法团队", "在一家软件公司当会计", "没做过开发"
    are not; Latin-lettered work is read in the Chinese words of its field ("做数字IC设计", "负责MES运维")."""
    from assistant.language.classify import glossed

    said = re.sub(r"[\W_]", "", glossed(text or ""))  # 做数字IC设计: the letters in the words of their field (芯片)
    if not said or _OFF_LINE.search(said) or judge.negated(said):
        return False
    if _TRADE_WORKER.fullmatch(said):
        return True  # "钳工", "电焊工", "木匠": a worker of a trade works on the line
    for m in TECHNICAL_FIELDS.finditer(said):
        if _TRADE_OF.match(said[m.end():]):
            continue  # "在一家软件公司上班": the employer's trade
        if _DOING_FIELD.search(said[:m.start()]) or len(said) <= 8:
            return True
    return False


def split_title(job: str) -> tuple[str, str]:
    """(modifier, title): "宁波的数控高级技师" -> ("宁波", "数控高级技师"); no 的 inside -> ("", job)."""
    i = job.rfind("的")
    if 0 < i < len(job) - 1:
        return job[:i], job[i + 1:]
    return "", job


def title_place(modifier: str) -> tuple[str | None, bool]:
    """(city, at a workplace) named in a title's modifier: "宁波" -> ("宁波", False), "厂里" -> (None, True)."""
    from assistant.extract.places import cities_in

    found = [city for _s, _e, city, _p in cities_in(modifier)]
    return (found[-1] if found else None), bool(_WORKPLACE.search(modifier) or found)


def read_job_description(segs: list[Segment], placed_by_title: bool = False) -> Candidates:
    """``_employed_inferred``: the message describes doing a job now, for an employer or in a place, and says
    nothing of another status. ``placed_by_title``: a title was said with a place or workplace before it."""
    from assistant.extract.places import cities_in

    out: Candidates = {}
    if any(STATUS_TALK.search(s.text) and not SIDE_JOB.search(s.text) for s in segs):
        return out
    described = placed = False
    for seg in (s for s in segs if s.current):
        text = mask(seg.text)
        if SIDE_JOB.search(text) or _NOT_NOW.search(text):
            continue
        m = _DOING.search(text)
        if m and not judge.denied_before(text, m.start()):
            described = True
        elif not m and judge.work_verb(text):  # "在一家化工厂管中控室", "在物流公司开叉车": any verb of work
            described = True
        p = _PLACED.search(text)
        if (p and not judge.denied_at(text, p.start(), p.end(), 2)) or (
                cities_in(text) and re.search(r"在|于|来|到", text)):
            placed = True
    if placed_by_title:
        described = placed = True
    if described and placed:
        add(out, "_employed_inferred", True)
    return out


def read_self_employed(segs: list[Segment]) -> Candidates:
    """Working for oneself, said of now ("自己接订单做旗袍", "接私活做小程序开发，没挂靠单位", "自己开了个小作坊接活"),
    is front-line work, since one's own hands do it (``_role_described``), unless the message speaks of running a
    business ("当老板，主要跑业务") or of a post off the line. Taking one's own orders (``TAKES_ORDERS``) also says one
    works for no employer (``_self_employed``: employment freelance where no other status is said, see ``resolve``);
    a shop or workshop of one's own ("开了家小店，自己干") may be a business with staff, so the status is asked."""
    out: Candidates = {}
    said = [mask(s.text) for s in segs if s.current and not SIDE_JOB.search(s.text)]
    if any(_RUNS_BUSINESS.search(t) or _OFF_LINE.search(t) for t in said) or not any(
            (m := SELF_EMPLOYED.search(t)) and not judge.denied_before(t, m.start(), 2)
            for t in said):
        return out
    add(out, "_role_described", "frontline_technical")
    if any((m := TAKES_ORDERS.search(t)) and not judge.denied_before(t, m.start(), 2) for t in said):
        add(out, "_self_employed", True)
    return out


# a master of a hands-on trade named alone ("发型师", "绣娘", "面点师", "老木匠"): the classifier reads a bare noun
# with no verb poorly (发型师 as no post, 制茶师 as office work), while the suffix family 师/匠/娘 of the trades says
# the hands do the work. The 师 of office and professional posts, and of titles read elsewhere (技师, 工程师: a
# level, not a role), are not trades; 娘 of kinship or of a boss is not either.
_TRADE_MASTER = re.compile(r"[\u4e00-\u9fff]{1,6}(?:师傅|师|匠|娘)")
_NOT_A_TRADE = re.compile(r"(?:会计|审计|律|税务|经济|统计|分析|咨询|规划|策划|理财|精算|评估|教|讲|老|导|牧|设计|工程|"
                          r"技|医|药|护|培训|管理|社工|心理|建筑|造价|监理|顾问)师$|(?:新|姑|老板|大|婆|姨|丈母|老)娘$")
# a self-introduction or a modifier before the noun: "我是个美发师", "干了多年的裱花师"
_INTRO = re.compile(r"^(?:我|他|她|本人)?(?:是|当|做)?(?:一名|一个|一位|个|名|位)?")

# the current post in a department of office work ("调到市场部去做品牌推广", "后来去了人事部门", "在党办"); the last
# department named is where one is now ("以前在市场部，后来调回技术部"), and a department of technical or production
# work keeps one on the line
_DEPARTMENT = re.compile(
    r"(?P<office>(?:市场|人事|人力资源|人力|行政|财务|销售|营销|综合|党群|宣传|采购|法务|企划|品牌|公关|客服|商务|后勤|"
    r"审计|纪检|运营)(?:部门|部|处|科|中心)|(?:综合)?办公室|党办|工会办(?:公室)?|厂办|院办|总经办)"
    r"|(?P<line>(?:技术|研发|开发|生产|工程|设备|工艺|质检|维修|制造)(?:部门|部|处|科|中心)|车间|产线|生产线|一线)")
_HEADS = re.compile(r"经理|主管|总监|部长|主任|科长|处长|负责人|领导|带团队|管着")


def trade_master(text: str) -> bool:
    """Is ``text`` a master of a hands-on trade named alone: "发型师", "我是个美发师", "干了多年的裱花师", "绣娘"?
    "会计师", "律师", "高级技师", "老板娘" are not."""
    said = re.sub(r"[\W_]", "", text or "")
    noun = _INTRO.sub("", said[said.rfind("的") + 1:])
    return bool(_TRADE_MASTER.fullmatch(noun)) and not _NOT_A_TRADE.search(noun) and not _OFF_LINE.search(noun)


def office_department(text: str) -> bool:
    """Is the last department named in ``text`` one of office work, with no word of heading it: "调到市场部",
    "后来去了人事部门", "现在在党办"? "以前在市场部，后来又调回技术部", "在市场部当经理" are not."""
    said = re.sub(r"[\W_]", "", text or "")
    found = list(_DEPARTMENT.finditer(said))
    last = found[-1] if found else None
    return bool(last and last.group("office") and not _HEADS.search(said[last.start():]))


def role_of(text: str) -> str | None:
    """frontline_technical | management | administrative, for a description of the current post. Work named by
    its technical field with no word of a post ("搞算法", "做网络安全", "算法") is front-line technical work
    (``technical_work``), as is a hands-on trade's master named alone (``trade_master``): the classifier reads such
    short words poorly (做网络安全 as office work, 发型师 as no post). A department of office work as the current post
    (``office_department``: 调到市场部, 在党办) is administrative, whatever the work one did before. Kept here, not in
    ``judge``, so that judge never imports jobs back (tests/test_layers.py forbids the loop)."""
    from assistant.extract.post_words import hands_on_title
    from assistant.language.classify import glossed

    text = glossed(text)  # 做数字IC设计 -> 做数字芯片设计: the letters named no field the readers know
    if office_department(text) or support_post(text):
        return "administrative"  # (support_post: "在仓库做仓管", "调去人事了", the everyday words of such posts)
    if technical_work(text) or trade_master(text) or hands_on_title(text):
        return "frontline_technical"  # (hands_on_title: "养老护理员", "质检员", read poorly by the classifier)
    role, p = judge.role_judgement(text)
    if role in ("management", "administrative") and p < P_OFF_LINE and not off_line_words(text):
        return None  # "做3D打印的", "做SEO和信息流投放": no word of a post off the line, and the model unsure
    return role


# how sure the classifier must be of a post off the line in words that name none: a wrong one fails the front-line
# rules outright (a hard no), while no reading only asks the post (as ``roles.P_DESCRIBED_OFF_LINE``)
P_OFF_LINE = 0.85
# words of office work done, beside the words of a post (``_OFF_LINE``, ``_HEADS``): "主要开会排产", "管文件和公章"
_OFFICE_WORK = re.compile(r"开会|排产|排班|招聘|报销|审批|协调|对接|跑客户|跑业务|做计划|坐办公室|写材料|写报告|公章|文件|"
                          r"推广|宣传|策划|接待|带团队|管人")


def off_line_words(text: str) -> bool:
    """Whether ``text`` has a word of a post off the line or of office work (经理, 行政, 主任, 开会排产, 管文件): the
    classifier's reading of management or office work stands on such words at any margin, and without them only
    when it is sure (``P_OFF_LINE``)."""
    said = re.sub(r"[\W_]", "", text or "")
    return bool(_OFF_LINE.search(said) or _HEADS.search(said) or _OFFICE_WORK.search(said))


# a change of trade said outright (the stints and the timeline read the same table)
TURN = re.compile(r"转行|改行|换行|换了行|跨行|转做|改做|改干|转到?[\u4e00-\u9fff]{0,4}?行业")
