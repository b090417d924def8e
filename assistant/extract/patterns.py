"""The extractor's rules as data: phrase tables for each profile field, and the guard lexicons.

Every table is read top to bottom; where two rows could match the same words, the longer or more specific
row comes first (``杭州数字工匠提名奖`` before ``杭州数字工匠``, ``高级技师`` before ``技师``).
Patterns run on normalised text (NFKC, no quotes, no spaces), one clause at a time.
"""

from __future__ import annotations

import re

from assistant.language.lexicon import competition_events, competition_names
from assistant.notices.names import denied_verb
from assistant.profile import HANGZHOU_DISTRICTS

__all__ = [
    "CLOSED_RANGE",
    "TRAINEES", "STATUS_WORKER",
    "SELF", "HYPOTHETICAL", "RULE_TALK", "PAST", "INJECTION", "MISSED",
    "MASKED_NAMES", "TITLES", "TITLE_VERBS", "NO_TITLES", "WON", "AWARDS", "SCI_TECH_AWARD", "AWARD_LEVEL_PREFIX", "SKILL_LEVELS",
    "SKILL_NOT_HELD", "AWAY_UNNAMED", "BACK_TO_WORK", "HIGHEST_LEVEL", "COMPETITION_NAME", "CLASS_NAME", "COMPETITION_LEVELS", "RANKS",
    "NOT_OWN_RESULT", "OTHER_PEOPLE", "EMPLOYMENT_RULES", "NO_POST", "EMPLOYED", "SELF_EMPLOYED", "TAKES_ORDERS", "STATUS_TALK", "EMPLOYMENT_PRIORITY", "CITIES", "DISTRICTS", "ZHEJIANG_CITIES",
    "DIGITAL_TERMS", "TECHNICAL_FIELDS", "NOT_DIGITAL", "ASKS_DIGITAL", "WORK_WORDS", "PLACE_HZ", "PLACE_ZJ", "FIELD_SPECIFIC", "FIELD_VERBS",
    "FIELD_OBJECT", "MACHINES",
    "LIGHT_APPLY", "UNION_NO", "UNION_YES", "UNION_HAS", "NO_UNION_AT_WORK", "WANTS_ELIGIBILITY", "ACHIEVEMENT_WORDS", "APPRENTICE_WORDS", "APPLICATION_TALK",
    "NATIONALITY", "MESSAGES", "YEAR_FIELD_WORDS", "COMPETITION_WORDS", "COMPETITION_SHORT",
]


def _re(*alternatives: str, flags: int = 0) -> re.Pattern[str]:
    return re.compile("|".join(alternatives), flags)


# --- Competition words: the language layer's one table (data/lexicon.json ``competition``), never spelled here ----
_NAME_ENDS, _SHORT_NAMES = competition_names()
COMPETITION_WORDS = "|".join(competition_events())  # 比赛|竞赛|大赛|技能赛|比武|技能节, as one alternation for the readers
COMPETITION_SHORT = "|".join(_SHORT_NAMES)  # 世赛|国赛|省赛|市赛: a name by itself


# A closed stretch of calendar years ("2012年到2016年", "19到21年", "2012—2016年"): one pattern for the clause splitter
# (a closed stretch is over), the years, gaps and timeline readers
CLOSED_RANGE = re.compile(r"(?P<a>(?:19|20)[0-9]{2}|[0-9]{2})年?(?:到|至|—|-|~)(?P<b>(?:19|20)[0-9]{2}|[0-9]{2})年")


# --- Guards: who is speaking, and is it a statement -------------------------------------------------------
SELF = _re("我", "本人", "俺", "咱", "自己")
# (主要是 is no 要是: "现在主要是管人排班" says what one does)
HYPOTHETICAL = _re("如果", "假如", "(?<![主重需还])要是", "若是", "假设", "万一", "倘若", "的话", "就能", "就可以", "才能",
                   "才可以", "只要")
# What someone else says of the asker ("有人说我在杭州市区才八年", "听说要十年") is a claim to check, not a fact they
# state: the language layer's one reporting frame (``language.status.reported``) marks such a clause, as a
# supposition is marked.
RULE_TALK = _re("需要", "必须", "要求", "规定", "应当", "应该", "得是", "须是", "须为", "应为", "条件是", "门槛")
# "五年前调到安全科", like "八年前来的杭州", is a move whose result holds now: not the past
PAST = _re("以前", "之前", "曾经", "原来", "(?<!不)过去", "早年", "当年", "从前", "此前", "先前", "早先", "原先",
           # "前面在宁波", "前头都是做外贸的": 前面/前头 as a time before a place or a job, not "前面说的"
           "前(?:面|头)(?=在|是|做|干|都|也|一直|几年|那几年)",
           # "前几年都在安徽芜湖", "早些年在上海": a stretch some years back (not "前几年来的杭州", a start up to now)
           "(?:前|早)(?:几|些)年(?!来|到|开始|入行|进|就|调|起|才|刚|回|过来|搬)",
           # "刚毕业那会在杭州待过两年": a stay said with the experiential 过 and its length is finished (那会/那时
           # alone are not: "2016年那时候也天天在车间" gives the facts as of a past edition)
           "(?:待|呆|干|做|工作|上|住|跑)过(?:了)?(?:[0-9]+|[一二两三四五六七八九十几半]+)(?:多|来)?(?:年|个月)",
           # "在宁波那几年也是全职干这个的": a stay at a place marked off as a stretch of time (那几年, 那段时间) is
           # one behind the asker, however the clause goes on (the present job is where they moved to)
           "在[\u4e00-\u9fff]{1,8}?(?:那几年|那些年|那段(?:时间|日子)|那阵子?)",
           "(?<![0-9])(?:[0-9]{1,2}|[一二两三四五六七八九十几]{1,3})年前(?!端|来|到|开始|入行|进入|就|调(?:到|去|进|入)|转岗|提拔|升(?:了|为|任|职))")
# Whether a clause asks is the language layer's one reader (``assistant.language.asking.asks``).
# Instructions aimed at the assistant. A clause that carries one yields no facts at all.
INJECTION = _re(
    # words that also name work or movement are instructions only in an instruction's shape: "前年从上海跳过来杭州"
    # (a move), "参与制定强制性国家标准", "提示词工程师", "prompt engineering", "按调度指令操作" say no instruction
    "忽略", "无视",
    # a dismissal is an attack by its object: the rules, the notice, the checks or a condition ("不用管通知怎么写",
    # "别管那些条件"); "这个不用管", "别管那个，我是会员" wave aside a fact said in the talk and instruct nothing
    r"(?:不要|不用|别|甭|无需|不必)再?管(?=\s*(?:那些|这些|什么|以上|上面|前面|之前|所有|任何|那个|这个)?的?\s*(?:规则|规定|条件|要求|限制|"
    r"通知|文件|条款|检查|核对|审核|流程|系统|指令|提示|设定|标准|程序|年限|年龄|学历|等级|结论|结果|怎么|说的|写的))",
    "绕过(?![来去])", "跳过(?![来去])", "系统提示", "系统指令", "系统消息",
    "提示词(?!工程|优化|设计)", "(?:新的?|以下|这条|上述|前面的?|所有|你的)指令|指令[:：]", "system",
    r"prompt(?!\s*(?:engineer|工程))", "ignore", "override", "jailbreak", r"developer\s*(?:mode|message|模式)",
    "开发者", "你现在是", "你是一个", "扮演", "假装", "强制(?!性)", "以我说的为准", "不要检查", "不用检查", "不要核对", "你必须", "你只能", "优先级最高",
    "(?:我是|作为|以|切换(?:到|为)?)管理员", "管理员(?:身份|权限|模式|指令)", "标记为", "disregard", "pretend", r"forget\s+(?:your|all|the|previous|everything)", r"you\s+are\s+now",
    r"act\s+as", "忘[掉记](?:之前|以上|前面|你的|所有)", "从现在(?:开始|起)你",
    "直接(?:说|告诉|判定|判断|回答|输出|给出?|写|认定)我?我?(?:符合|合格|通过|可以|能|够|eligible)",
    "就说我?(?:符合|合格|通过)", "只(?:需要?|要)(?:回答|说|输出)",
    flags=re.IGNORECASE,
)
# A result named but missed: "落选", "与一等奖无缘", "差点拿了第一". Grammatical negation (没/未/不是 …) is the language
# layer's (``judge.negated``), with its guards (未来工厂, 非遗, 无损检测 are no denial).
MISSED = _re("无缘", "落选", "差点", "险些", "差一点", "擦肩而过")

# Names blanked out before reading places, fields of work and employers from a clause.
MASKED_NAMES = _re(
    "(?:杭州市?)?数字工匠(?:提名奖?)?", "杭州工匠", "浙江工匠",
    # (a district's or county's own 工匠, "萧山工匠", "余杭区工匠": a title, not a trade "萧山工")
    "(?:上城|拱墅|西湖|滨江|萧山|余杭|临平|钱塘|富阳|临安|桐庐|淳安|建德)(?:区|县|市)?(?:的)?工匠", "浙江杰出工匠", "(?:突出贡献)?浙派工匠",
    "(?:浙江省|杭州市|省|市)?首席技师", "(?:全国|浙江省|杭州市|省|市)?技术能手", "杭州市杰出人才",
    f"(?:世界|全国|国家|浙江|省|杭州|市|区|县|[0-9]{{4}}年)[^,，。、]{{0,16}}?(?:{COMPETITION_WORDS})", COMPETITION_SHORT,
)

# --- Prior titles (prior_titles) ------------------------------------------------------------------------
TITLES: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("杭州数字工匠提名奖", _re("(?:杭州市?)?数字工匠的?提名奖?")),
    ("杭州数字工匠", _re("杭州市?数字工匠", "(?<![区县省])数字工匠")),
    ("浙江杰出工匠", _re("浙江杰出工匠")),
    # (the level said in the name, "浙江省工匠", "杭州市级工匠", or alone, "省级工匠", "市里评的工匠", as for 首席 below)
    ("浙江工匠", _re("浙江省?级?的?工匠", "(?<![浙江杭州市区县])省(?:级|里|里的|里评的|里评上的|里那个|里这个)?工匠")),
    ("杭州工匠", _re("杭州市?级?的?工匠", "(?<![杭州省区县城都超])市(?:级|里|里的|里评的|里评上的|里那个|里这个)工匠")),
    # "评过省首席": the short name; "省里的首席技师", "市里评的首席", "省里那个首席": the level said loosely, as for the awards below
    # (the place with 的 before the title, "杭州市的首席技师", "浙江省的首席技师"; the short 市首席 as 省首席)
    ("浙江省首席技师", _re("浙江省?的?首席(?:技师)?", "(?<!浙江)省首席(?:技师)?", "(?:省里|省级|全省)(?:的|评的|评上的|评过的|那个|这个)?首席(?:技师)?")),
    ("杭州市首席技师", _re("杭州市?的?首席技师", "(?<!杭州)(?<![城都超])市首席(?:技师)?",
                          "(?:市里|市级|全市)(?:的|评的|评上的|评过的|那个|这个)?首席(?:技师)?")),
    ("突出贡献浙派工匠", _re("(?:浙江省)?(?:新时代)?突出贡献浙派工匠", "浙派工匠")),
    ("大国工匠", _re("大国工匠")),
)
# A title of the same family given by a body the notices do not name: a company or group's own (集团首席技师,
# 公司级首席技师), a district's or county's (萧山区首席技师, 区里的首席技师, 滨江工匠), a trade's or association's. Read as
# held under its own name (the known titles above are read first and blanked), so that the checker can say the notice
# is silent on it (eligibility.preds.RELATED_TITLE, docs/verdict-policy.md) instead of reading no title at all.
OTHER_BODY_TITLE = _re(
    # (the body's name holds no verb or particle: "一八年评过萧山区首席技师" is 萧山区's)
    "(?:(?:(?![评获拿授过了着我你他她的是在和与及被给把年月])[\u4e00-\u9fff]){0,6}?(?:区|县|集团|公司|企业|厂|行业|系统|协会|学会|总工会)|"
    "上城|拱墅|西湖|滨江|萧山|余杭|临平|钱塘|富阳|临安|桐庐|淳安|建德)"
    "(?:级|内部|内|里|的|里的|评的)*(?:首席技师|数字工匠|工匠|技能大师)")
# A title counts only when the clause says it was won, before the name.
def _obtaining() -> str:
    """The verbs of obtaining, from the language layer's one table (``data/verbs.json``'s ``obtaining`` heads): a head
    of one character with its result (评上, 拿到, 考过; 参评 and 拿着 obtain nothing), a longer one (荣获, 当选) as it is."""
    from assistant.language.datafiles import data_json

    heads = data_json("verbs.json")["obtaining"]
    short = "|".join(h for h in heads if len(h) == 1 and h != "获")
    return rf"(?:{short})(?:上|过|了|到|为|选为)|" + "|".join(h for h in heads if len(h) > 1 or h == "获")


# the obtaining verbs, and the words of holding a title (授予, 成为, 我是, 已经是)
# "我是报第四届还是首届那个老的数字工匠": 是 before a verb of applying or asking says what one does, not what one is
_IS_NOT_DOING = "(?!报|申报|参评|想|要|问|在|准备|打算|来|去|不是)"
# (a year may come between: "我21年就是杭州市首席技师了")
# (a title worn as a hat, "头上顶着个杭州数字工匠的帽子")
# (the conferring body made the subject, the asker its object: "省里把我评成了浙江工匠")
TITLE_VERBS = _re(_obtaining(), "认定为", "命名为", "授予", "成为", "把(?:我|本人|俺)评成", "(?:顶着|戴着|戴上了|顶上了)(?:个|一个|一顶)?",
                  f"(?:我|本人)(?:[0-9〇零一二三四五六七八九]{{2,4}}年|去年|前年)?(?:其实|确实|本身|已经|也|现在|目前|就)?(?:是|系){_IS_NOT_DOING}",
                  "已经是", "已是", "也是", "同时是",
                  # held a while already ("老早就是杭州工匠了", "本来就是浙江工匠"): 就是 alone introduces ("我就是想问")
                  "(?:早就|老早就|早已|早都|本来就|原来就)是")

# "没获得过任何荣誉称号": a stated absence of titles (prior_titles = []), which the checker needs to hear.
NO_TITLES = _re(denied_verb() + "过?"
                "(?:任何|什么|其他|别的)?(?:工匠|荣誉)?(?:称号|荣誉|头衔)",
                "没有?(?:任何|什么|其他|别的)(?:工匠|荣誉)?(?:称号|头衔)", "(?:荣誉)?称号(?:一个)?(?:都|也)没有",
                "(?:啥|什么)称号都没")

# The verb of winning a prize or a place ("荣获", "拿了", "夺得", "评为"): one table, read by the honours reader (is a
# clause about winning?) and the competitions reader (where a contest's name starts after the verb). Longest first.
WON = "荣获|获得|夺得|得到|评上|评为|拿|获|得|夺"

# --- Awards (awards) -----------------------------------------------------------------------------------
# the level said loosely before an honour ("市里的技术能手", "省里评的劳模", "全市的五一劳动奖章")
_CONFERRED = "(?:的|评的|评上的|评过的|发的|给的|颁的)?"
_LOOSE_PROVINCE = f"(?:省里|省级|全省){_CONFERRED}"
_LOOSE_CITY = f"(?:市里|市级|全市){_CONFERRED}"
AWARDS: tuple[tuple[str, str, re.Pattern[str]], ...] = (  # (kind, level, pattern)
    ("国务院特殊津贴", "national", _re("国务院(?:政府)?特殊津贴", "国务院津贴", "国务院特贴")),
    ("中华技能大奖", "national", _re("中华技能大奖")),
    ("全国技术能手", "national", _re("全国技术能手")),
    ("全国劳动模范", "national", _re("全国劳动模范", "全国劳模")),
    ("全国五一劳动奖章", "national", _re("全国五一劳动奖章")),
    ("浙江省技术能手", "provincial", _re("浙江省技术能手", "(?<!浙江)省技术能手", _LOOSE_PROVINCE + "技术能手")),
    ("浙江省劳动模范", "provincial", _re("浙江省劳动模范", "浙江省劳模", "(?<!浙江)省劳(?:动)?模(?:范)?",
                                  _LOOSE_PROVINCE + "劳(?:动)?模(?:范)?")),
    ("浙江省五一劳动奖章", "provincial", _re("浙江省五一劳动奖章", "(?<!浙江)省五一劳动奖章", _LOOSE_PROVINCE + "五一劳动奖章")),
    ("杭州市杰出人才", "municipal", _re("杭州市杰出人才")),
    ("杭州市技术能手", "municipal", _re("杭州市技术能手", "(?<!杭州)市技术能手", _LOOSE_CITY + "技术能手")),
    ("杭州市劳动模范", "municipal", _re("杭州市劳动模范", "杭州市劳模", "(?<![杭州省])市劳(?:动)?模(?:范)?",
                                  _LOOSE_CITY + "劳(?:动)?模(?:范)?")),
    ("杭州市五一劳动奖章", "municipal", _re("杭州市五一劳动奖章", "(?<!杭州)市五一劳动奖章", _LOOSE_CITY + "五一劳动奖章")),
    ("杭州市政府特殊津贴", "municipal", _re("(?:杭州)?市政府特殊津贴")),
    # the youth league's honour for young skilled workers, given at each level ("市里的青年岗位能手"): an honour of the
    # same family as 技术能手, which the checker weighs against each notice's list
    ("全国青年岗位能手", "national", _re("全国青年岗位能手")),
    ("浙江省青年岗位能手", "provincial", _re("浙江省青年岗位能手", "(?<!浙江)省青年岗位能手", _LOOSE_PROVINCE + "青年岗位能手")),
    ("杭州市青年岗位能手", "municipal", _re("杭州市青年岗位能手", "(?<!杭州)市青年岗位能手", _LOOSE_CITY + "青年岗位能手")),
)
SCI_TECH_AWARD = re.compile(
    r"(?P<pre>国家|浙江省|省级|省|杭州市|市级|市)?(?:科学技术|科技)(?:进步|技术发明|发明|创新)?"
    r"(?:奖(?:特等奖|[一二三]等奖)?|特等奖|[一二三]等奖)"
)
AWARD_LEVEL_PREFIX = {"国家": "national", "浙江省": "provincial", "省级": "provincial", "省": "provincial",
                      "杭州市": "municipal", "市级": "municipal", "市": "municipal"}

# --- Skill level (skill_level) ----------------------------------------------------------------------------
# 国家职业资格 一级=高级技师, 二级=技师, 三级=高级工, 四级=中级工, 五级=初级工 (also "二级技师" -> 技师).
_GRADE = "(?:职业资格|技能等级|职业技能等级)(?:证书?)?"
# a level's certificate named by its grade alone ("四级证", "高级证书", "三级的证"): not another exam's grade
# (计算机二级证, 英语四级证, 普通话二级) nor a professional title's (中级职称证)
_CERT = "(?<!计算机)(?<!英语)(?<!普通话)(?<!日语)(?<![职称])(?:{})级(?:的)?证"
# the same said the other way round ("等级证书是一级的", "我的证是三级", "证书考的是高级"): the certificate, then its grade
# (a time may stand before the verb of taking it: "证是前几年考的高级")
_CERT_IS = ("(?<!计算机)(?<!英语)(?<!普通话)(?<!日语)(?<!职称)(?:等级|资格|技能)?证(?:书)?"
            "(?:是|为|(?:是)?(?:[0-9]{{2,4}}年|[〇零一二三四五六七八九]{{2,4}}年|去年|前年|今年|前几年|头几年|早几年|早些年|前些年|几年前|那年|当年)?"
            "(?:拿的是|考的是|考的|拿的))"
            "(?:国家)?(?:{})级(?!职称|工程师)")
SKILL_LEVELS: tuple[tuple[str, re.Pattern[str]], ...] = (
    # "2021年首席技师：", "2021首席技师", "21届首席技师" name the programme's round, not a level held
    ("首席技师", _re("(?<![省市年届0-9])首席技师(?![:：])")),
    ("特级技师", _re("特级技师")),
    ("高级技师", _re("高级技师(?!学院)", "一级技师", f"{_GRADE}一级", "一级(?:的)?" + _GRADE, "高技(?![术能校工学])", _CERT.format("一"), _CERT_IS.format("一"))),
    ("技师", _re("(?<![高特级席])技师(?!学院)", "二级技师", f"{_GRADE}二级", "二级(?:的)?" + _GRADE, _CERT.format("二"), _CERT_IS.format("二"))),
    # a level glued before a trade ("高级电工", "高级育婴师", "三级健康管理师") is read by language.titles
    ("高级工", _re("高级工(?!程|作|资|艺)", "高级技工", f"{_GRADE}三级", "三级(?:的)?" + _GRADE, _CERT.format("三|高"), _CERT_IS.format("三|高"))),
    ("中级工", _re("中级工(?!程|作|资|艺)", f"{_GRADE}四级", "四级(?:的)?" + _GRADE, _CERT.format("四|中"), _CERT_IS.format("四|中"))),
    ("初级工", _re("初级工(?!程|作|资|艺)", f"{_GRADE}五级", "五级(?:的)?" + _GRADE, _CERT.format("五|初"), _CERT_IS.format("五|初"))),
)
# "这个工种最高是高级技师": a level named as the ceiling or a goal is not held.
# (还有 only as the ceiling, "往上还有技师"; "另外还有高级工证" holds it)
SKILL_NOT_HELD = _re("没", "未", "不是", "准备", "正在", "打算", "想", "要考", "报考", "在考", "考不", "还差", "最高", "上面",
                     "之上", "往上还有", "上头还有", "再往上",
                     "目标", "以后", "将来", "下一步")
# ... said of one's trade in plain words too ("高级工就是我们这行最高的了": the level said is the top)
_TRADE_SCOPE = r"本职业|本工种|这个工种|该工种|这个职业|我们工种|我这个工种|这个行当|(?:我们|咱们|俺们)?这一?行|本行|我们行业"
HIGHEST_LEVEL = re.compile(rf"(?P<neg>不是|并非|还不是|没到|未到|还没到)?(?:(?:{_TRADE_SCOPE})?的?最高(?:等级|级别|级|一级|的等级)"
                           rf"|(?:{_TRADE_SCOPE})的?最高的(?=了|啦|啊|$|[，,。！!]))")

# --- Competitions (competition_results) -------------------------------------------------------------------
# Greedy: "世界技能大赛浙江省选拔赛" is a provincial selection, named by its last part.
COMPETITION_NAME = re.compile(rf"[^,，。、]{{0,24}}(?:{'|'.join(_NAME_ENDS)})|{COMPETITION_SHORT}")
# The notices' classes of contest said without the contest's noun, as the notices' own lists read ("省级一类第二名",
# "市级一类第一", "国家二类前三"): the level and the class name the contest, only right before the placing in its own
# clause, and only where no contest is named ("…大赛 省级一类 拿了第三": the 大赛 is the name, 省级一类 its class).
CLASS_NAME = re.compile(r"(?:国家级?|全国|浙江省|省级?|杭州市|市级?)(?:的)?[一二]类(?:竞赛|比赛)?(?:个人|团体)?$")
COMPETITION_LEVELS: tuple[tuple[str | None, re.Pattern[str]], ...] = (  # the last level word named wins
    ("world", _re("世界技能大赛", "世赛", "世界")),
    ("national", _re("全国", "国家级", "国赛", "国家", "中国")),
    # (the province or city named without 省/市: "浙江数字经济技能大赛", "杭州数字经济职业技能竞赛")
    ("provincial", _re("浙江省", "浙江", "省级", "省赛", "省")),
    # (市 inside a noun names no body: 城市轨道交通, 都市, 超市, 市场, 市民)
    ("municipal", _re("杭州市", "杭州", "市级", "市赛", "(?<![城都超门])市(?![场民])")),
    # below the listed levels, no contract level: a district's or county's, a town's, or one's employer's own
    (None, _re("区级", "区赛", "县级", "县赛", "区(?!块)", "县", "镇里", "街道", "企业", "公司", "厂", "集团", "内部",
               "车间", "班组", "单位")),
)
# (pattern, rank). 一等奖/金奖/优胜奖 name a band of winners, not a place: they give no entry (the sentence is
# kept as an achievement). Medals of 世赛/国赛 are one per event: 金牌=1, 银牌=2, 铜牌=3. 前N名 -> rank N.
RANKS: tuple[tuple[re.Pattern[str], int | None], ...] = (
    (re.compile(r"第(?P<n>[0-9]{1,2}|[一二三四五六七八九十]{1,3})名"), None),
    # "个人第一（个人赛）", "拿了第一(是个人赛)": a bracketed aside after the placing ends it as the clause's end does
    (re.compile(r"第(?P<n>[0-9]{1,2}|[一二三四五六七八九十]{1,3})(?=$|、|和|及|与|[（(])"), None),
    (re.compile(r"前(?P<n>[0-9]{1,2}|[一二三四五六七八九十]{1,3})名?"), None),
    (re.compile(r"冠军|金牌|头名|夺冠"), 1),  # (夺冠: the first place won, "个人赛夺冠")
    (re.compile(r"亚军|银牌"), 2),
    (re.compile(r"季军|铜牌"), 3),
)
# "带徒12人，其中2人获省赛第一", "带过十几个徒弟，有两个拿了市里比赛第一": the apprentices won
# ("有两个去年评上了技师": a date may stand between the count of them and what they won)
_THEY = ("(?:其中[0-9一二三四五六七八九十两]+(?:人|名|位)|^有[0-9一二三四五六七八九十两几]+(?:个人|个|人|名|位)"
         "(?=(?:去年|前年|今年|那年|[0-9〇零一二三四五六七八九]{2,4}年)?(?:拿|获|得|进|考|在|评)))")
# Others whose results and facts are theirs, not the asker's: one list for a clause's subject
# (competitions._OTHERS_SUBJECT) and for a word anywhere in it (NOT_OWN_RESULT)
TRAINEES = ("徒弟", "学生", "学员", "学徒")  # those one trains: their results and levels are theirs (one's 带徒 record)
OTHER_PEOPLE = (*TRAINEES, "选手", "同事", "队友", "他们", "她们")
# A worker named by the terms of employment, not by a trade ("正式工", "合同工", "劳务派遣工", "普通员工"): no
# occupation, read by the extractor and by the dialogue's re-read of a bare reply alike
STATUS_WORKER = re.compile(r"(?:合同|正式|临时|派遣|劳务派遣|劳务|外包|小时|季节|协议|零|农民|普通|在编|编外|编内|聘用|长期|短期)?"
                           r"(?:工|员工|职工|工人)")
NOT_OWN_RESULT = _re(*OTHER_PEOPLE, "带的", "指导", "培养", "带出", "教的", _THEY)

# --- Employment (employment, employer_type, rehired, role_type) -------------------------------------------
# taken back on after retiring, in ordinary words: asked, hired or called back (请回去, 聘回来, 叫回厂里), or gone
# back to the old unit to work (又回原单位上班): rehired (read only in a message that says the retirement), and no
# move to a place (the start reader leaves such a clause alone: "去年退了又被厂里返聘回来")
BACK_TO_WORK = re.compile(r"(?:请|聘|叫|喊|招|找|拉|返)(?:我|俺)?回(?:去|来|厂|单位|原单位|公司)|"
                          r"又回(?:到)?(?:原来的?|原)?(?:厂|单位|公司|岗位)|回(?:到)?(?:原单位|原来的?单位|厂里|老单位)(?:上班|干|做|带|工作)")
# In work, holding no post: the family of ways to say one is a plain employee, not a leader ("普通工程师", "不是领导",
# "不带人", "没有职务", "不是干部", "基层员工"). Read on the clause as said (``read_employment`` does not let the role rows
# before it blank 工程师 or 员工 out of it), since the same words name the post's kind too.
NO_POST = _re("在职", "在岗", "正式(?:工|员工|职工)(?!吗|么)", "(?:普通|一般|基层)(?:的)?(?:员工|职工|技术人员|工程师|技术员|程序员|开发|工人)",
              "(?:不是|不当|不担任|没当|没有当|没担任|不算)(?:什么|啥)?(?:领导|干部|管理层|中层|负责人)",
              "(?:没有|没|无|不担任)(?:任何)?(?:行政|领导)?职务", "不带人", "不管人", "不带团队", "不带队伍")
# when a retirement was: a year ("一七年", "2018年底"), a year counted from now ("前年", "三年前"), or some years ago
_RETIRE_WHEN = (r"(?:[0-9]{2,4}|[〇零一二三四五六七八九]{2,4})年(?:底|初|头|末|中)?|大?前年(?:底|初)?|去年(?:底|初)?|"
                r"早(?:几|些|两)年|(?:[0-9]+|[一二两三四五六七八九十几]+)年(?:以)?前")
# A leader's post at a 事业单位 or 国企 (the notices' "担任事业单位、国有企业领导职务", 原则上不予推荐): one table for both
# employers, so "国企…信息中心副主任" is read as "事业单位…副主任" is (a 中层 post is for the review to weigh, not cleared)
# (not a leader who acts on the asker: "国企…车间主任让我报报看", "领导说可以推荐")
_LEADER_POSTS = ("(?:领导|中层|高管|班子|干部|负责人|书记|董事长|总经理|副总|处长|科长|院长|所长|部长|主任)"
                 "(?!说|让|叫|要我|推荐|觉得|同意|批|签|带我|找我)")
EMPLOYMENT_RULES: tuple[tuple[re.Pattern[str], dict], ...] = (
    # taken back on after retiring, by the word for it (返聘, 回聘, 退休再聘)
    (_re("返聘", "回聘", "退休(?:后|以后)?再聘"), {"employment": "retired", "rehired": True}),
    # not a retirement to come ("快退休", "明年就到退休年纪了", "到退休的岁数还差两年")
    (_re("(?<![快没未要将到])(?:已经?)?退休(?!前|后|年龄|年纪|岁数|的年纪|的岁数|的年龄|以后|之前)",
         # "我爸去年刚退", "早就退下来了": 退 said alone, done, closing the clause
         # "到点退了", "到龄就退了": the age reached said as the time of it
         "(?<![快没未要将到])(?:刚刚?|已经?|早就?|才|(?:到点|到龄|到了?年纪|到了?岁数)(?:就|便)?)退(?:下来)?(?:了|啦)?"
         "(?=[，,。；;！!？?]|$)", "退下来了",
         # "一七年就退了", "他二零年退的", "前年从厂里退下来": a year, then 退 closing the clause; the year must open the
         # clause or follow the person, so a goods return ("那批货前年就退了") is no retirement
         # a clause opened by a turn of talk (不过, 但是) is still opened by the year: "不过去年到点就退了"
         rf"(?:^|(?<=[我俺他她爸妈人公婆傅])|(?<=^不过)|(?<=^但是)|(?<=^可是)|(?<=^只是))(?:{_RETIRE_WHEN})(?:就|都|便)?"
         r"(?:到点|到龄|到了?年纪|到了?岁数)?(?:就|都|便)?(?:刚刚?|已经?|早就?|才)?"
         r"(?:从(?:厂里|单位|公司|老单位|岗位上)?)?退(?:下来)?(?:了|啦|的)?(?=[，,。；;！!？?]|$)"),
     {"employment": "retired"}),
    (_re("参公", "参照公务员"), {"employment": "civil_servant", "employer_type": "public_institution"}),
    (_re("公务员", "机关(?:单位|工作|上班)", "[在是]机关", "政府部门", "党政机关"),
     {"employment": "civil_servant", "employer_type": "government_agency"}),
    (_re(f"事业单位.{{0,6}}{_LEADER_POSTS}"),
     {"employment": "public_institution_cadre", "employer_type": "public_institution"}),
    (_re("事业单位", "事业编"), {"employer_type": "public_institution"}),
    (_re(f"(?:国企|国有企业|央企).{{0,8}}{_LEADER_POSTS}"),
     {"employment": "soe_leader", "employer_type": "soe"}),
    (_re("国企", "国有企业", "央企"), {"employer_type": "soe"}),
    (_re("民企", "私企", "民营", "私营", "互联网公司", "互联网企业", "外企", "外资企业", "创业公司", "私人企业"),
     {"employer_type": "private"}),
    (_re("自由职业"), {"employment": "freelance"}),
    (_re("兼职(?![^,，。]{0,3}(?:在外面|做点|搞点|赚点|接点|接些|做些|搞些))"), {"employment": "part_time"}),
    # "全职" says full time, not whether one leads: in a 事业单位 or 国企 that is still to be asked (see resolve)
    (_re("全职"), {"_full_time_word": True}),
    # off the front line, said as a move away from it ("离开一线三年了", "调离了生产一线", "早就不在一线了"): read
    # before 一线 and 车间, which the move blanks; "没离开过一线" is denied and left to them
    (_re("(?:离开|脱离|退出|调离|撤下|下了|离了)(?:了|过)?(?:生产|技术|操作)?(?:一线|车间|现场|岗位)",
         "(?:不|没)(?:再)?(?:在|上|下|跑)(?:生产)?(?:一线|车间|现场|产线|线上)(?:了|干了)",
         # the work itself no longer done by one's hands ("具体的活不干了", "手上的活早就不碰了", "现在不动手了"):
         # a move away said of the work, not of the place
         "(?:具体|手上|一线|实际|技术)?的?活(?:儿)?(?:现在|已经|早就|早|基本上?|都|就)?(?:不|没)(?:再)?(?:干|做|碰|上手)了",
         "(?:现在|已经|早就|基本上?)?(?:不|没)(?:再)?(?:动手|上手|干活|碰活)了"),
     {"role_type": "management"}),
    (_re("一线", "车间", "技术岗", "研发岗", "开发岗", "做技术", "搞技术", "干技术", "写代码", "敲代码",
         "(?:做|搞|干|从事)[^,，。]{0,6}?(?:研发|开发|编程|测试|运维)", "研发工作", "开发工作",
         "技术骨干", "工程师", "程序员", "技术员", "操作工"), {"role_type": "frontline_technical"}),
    (_re("管理岗", "做管理", "搞管理", "转管理", "管理层", "管理工作"), {"role_type": "management"}),
    (_re("行政岗", "做行政", "行政工作", "行政人员", "文员", "厂办", "办公室工作", "后勤"), {"role_type": "administrative"}),
    (NO_POST, {"employment": "full_time"}),
)
# Working at a company now ("在滨江一家民企做开发") says one is employed there; weak, so it never outranks a
# status said outright, and says nothing about leadership posts in a 事业单位 or 国企 (see resolve).
EMPLOYED = _re("在[^,，。]{0,14}(?:公司|厂|单位|企业|集团|研究院|研究所|医院|学校|中心|民企|私企|外企|店)[^,，。]{0,10}"
               "(?:做|当|上班|工作|干|搞|负责|任|修|开发|研发)",
               "(?:公司|厂|单位|企业|民企|私企)[^,，。]{0,3}(?:上班|工作)",
               # "2018年7月入职杭州某公司至今": joined a unit and still there
               "入职[^,，。]{0,14}(?:至今|到现在|到今天)")
# Working for oneself: one takes the orders ("自己接订单做", "接私活", "自己开了个小作坊接活", "没挂靠单位",
# "个体户"), so one is no employee, and one's own hands do the work unless a word of running a business says otherwise
# Of these, taking one's own orders for no employer ("自己接订单做旗袍", "在家接活", "没挂靠单位") is freelance work
# (``TAKES_ORDERS``); a shop or workshop of one's own (个体, 开店, 小作坊) may be a business with staff, so it is asked.
TAKES_ORDERS = re.compile(r"自由职业|自己(?:接|揽)|接(?:了)?(?:点|些)?(?:私活|单|活|订单|散活)|揽活|"
                          r"(?:没|不|没有)挂(?:靠)?(?:在)?(?:任何)?(?:单位|公司)|"
                          # no employer at all ("个体户，没有单位", "没单位"), not none to recommend or stamp
                          r"(?:没|没有|无)(?:固定|任何)?(?:的)?(?:工作)?单位(?![^,，。]{0,4}(?:推荐|盖章|愿意|肯|同意|出具|证明|要))")
SELF_EMPLOYED = re.compile(TAKES_ORDERS.pattern + r"|个体|个人工作室|自己开|开店|"
                           r"开了?(?:家|个|一家)[^,，。]{0,6}?(?:店|馆|作坊|工作室|铺|摊)")
# Any talk of a status other than plain employment, even a past one, leaves the status to be asked.
# Employed through an agency or an outsourcer ("劳务派遣", "派遣工", "外包驻场的"): the notices say nothing of these
# relations, so the status is neither full time nor part time; it is left to be confirmed (extract._readings says why)
DISPATCHED = re.compile(r"劳务派遣|派遣(?:工|员工|人员|制|过来|来的|到|的)|外包(?:过来|来的|驻场|人员|员工|的|公司)|驻场(?:的|人员|员工)")
STATUS_TALK = re.compile(DISPATCHED.pattern + "|" + SELF_EMPLOYED.pattern + r"|自己干|自己做|开了家|开了个|作坊|自己有(?:个|家|一家)|公务员|参公|退休|返聘|兼职|"
                         r"事业编|编制|领导|干部|失业|待业|下岗|辞职|离职|没上班|没工作|灵活就业|打零工|零工|临时工|劳务派遣|实习")
# One person has one status; the most restrictive one said wins (返聘 after 退休 is still 退休).
EMPLOYMENT_PRIORITY = ("retired", "civil_servant", "public_institution_cadre", "soe_leader", "freelance",
                       "part_time", "full_time")
ZHEJIANG_CITIES = ("杭州", "宁波", "温州", "嘉兴", "湖州", "绍兴", "金华", "衢州", "舟山", "台州", "丽水", "义乌")
CITIES = (*ZHEJIANG_CITIES, "上海", "北京", "深圳", "广州", "南京", "苏州", "合肥", "成都", "武汉", "西安")
DISTRICTS = HANGZHOU_DISTRICTS  # all in 杭州
_COUNTRIES = r"中国|美国|英国|日本|韩国|德国|法国|加拿大|澳大利亚|新加坡|马来西亚|俄罗斯|外国"
# "中国籍", "美国人", "外籍"; and the form's order, "国籍中国", "国籍：中国", "国籍是中国"
# Residents of 台湾, 香港, 澳门 and 华侨 are Chinese nationals (中国国籍); 美籍, 外籍华人 are not
_COMPATRIOT = r"(?:台湾|香港|澳门|港澳|港澳台)(?:同胞|居民|人(?!民|寿|保)|籍)|台胞|华侨"
# A citizen of a country, or the holder of its passport, has its nationality ("中国公民", "持中国护照", "拿的是加拿大护照",
# "护照是新加坡的"): the passport is the document of nationality (a 绿卡 or 签证 is residence, not read)
NATIONALITY = re.compile(rf"(?P<n>{_COUNTRIES})(?:国籍|籍|人(?!民|寿|保)|公民|的?护照)|(?P<f>外籍|[美日韩英德法加澳俄]籍)"
                         rf"|(?P<c>{_COMPATRIOT})|(?:国籍|护照)(?:是|为|属于|[:：])?(?P<m>{_COUNTRIES})")

# --- Years (years_in_field, years_full_time_in_hangzhou, years_full_time_in_zhejiang) --------------------
# 杭州湾 is the bay, not the city: its 新区 is in 宁波 and its 开发区 in 上虞 (extract.places reads the names)
PLACE_HZ = _re("(?:在|来|到|赴|留)杭(?!州(?:湾|大道|跨海))", "杭州(?!湾|大道|跨海)", *DISTRICTS)
# a place away said without its name ("在老家做了一年", "中间回家带了两年娃", "在外地干了三年"): not Hangzhou, not said to
# be Zhejiang; read by the years reader (a span there) and the gaps reader (time away inside a stay)
AWAY_UNNAMED = re.compile(r"老家|外地|外省|省外|家乡|回家|外面|别的(?:城市|地方)")
PLACE_ZJ = _re("在浙", "来浙", "到浙", "浙江", "省内", "杭州湾", "前湾新区", *[c for c in ZHEJIANG_CITIES if c != "杭州"])
# Words that name the occupation or field itself: with a place they make the span count for both.
FIELD_SPECIFIC = _re("从事", "这行", "本行", "这一行", "行业", "领域", "专业", "工种", "职业", "数字", "软件",
                     "开发", "研发", "编程", "代码", "技术", "技能", "从业", "入行", "岗位", "数据", "算法", "一线", "工龄",
                     # learning the trade under a master is years in it ("跟师傅学了十二年", "跟着他学了八年手艺")
                     "跟(?:着)?[^,，。]{0,4}?学(?!校|历|生|员|习班|车)", "学手艺", "当学徒", "拜师")
# Generic verbs of doing the job: enough for years_in_field only when no place is named.
FIELD_VERBS = _re("干", "做", "搞", "从事")
# A generic verb with an object names the job ("在杭州做电工5年"); "在杭州干了8年" names only the place.
# A machine or vehicle one operates for a living ("开挖掘机", "开吊车"): 开 with it names the work (开 alone is too
# wide: 开店, 开会, 开发)
MACHINES = (r"(?:挖掘机|挖机|塔吊|吊车|行车|叉车|铲车|推土机|压路机|车床|铣床|磨床|冲床|机床|货车|卡车|公交车?|出租车?|地铁|"
            r"动车|火车|高铁|大巴|船|盾构机|网约车|专车|拖拉机|收割机)")
FIELD_OBJECT = re.compile(rf"开[\u4e00-\u9fff]{{0,4}}?{MACHINES}|"
                          r"(?:干|做|搞|当)(?![了过着的]|[0-9〇零一二两三四五六七八九十半])[\u4e00-\u9fff]"
                          # "在萧山做了12年焊工", "当了6年钳工": the job after the count
                          r"|(?:干|做|搞|当)[了过]?(?:[0-9〇零一二两三四五六七八九十半多几来余]+(?:个月|年)(?:多|半)?|一辈子|半辈子|好多年|好些年|多年)的?"
                          r"[\u4e00-\u9fff]{0,6}?(?:工|师|员|匠|手|开发|设计|运维|测试|研发)(?![\u4e00-\u9fff]?(?:证|等级))")

# --- Union membership (union_member) ----------------------------------------------------------------------
# a denial by 不是/不算 or by a 说不上-kind of word ("算不上会员", "会员谈不上"), the member named before or after it
_NOT_ONE = "(?:不是|不算|算不上|谈不上|称不上|说不上(?!来))"
# (the joining denied with a word of getting round to it between, "没顾上入", "没来得及加"; "没加入任何工会")
_NOT_GOT_ROUND = "(?:顾上|顾得上|来得及)?"
UNION_NO = _re(f"{_NOT_ONE}(?:工会)?会员", f"(?:工会)?会员(?:也|都|还)?{_NOT_ONE}", "非工会会员",
               f"(?:没|未|没有|还没|尚未|从没|从来没)(?:有)?{_NOT_GOT_ROUND}(?:加入|入|参加|进|加)(?:了|过)?(?:任何|什么)?(?:的)?工会",
               f"工会.{{0,6}}(?:不是|没(?:有)?{_NOT_GOT_ROUND}(?:加入|入|参加|进|加)(?:过|了)?(?!工))",
               # a clause that is only the union denied ("工会：无", "工会？没有" folded to it): the form's question is
               # membership; "厂里没工会" names the unit and stays asked
               "^(?:无|没有|没)工会(?:会员)?$", "^无会员$", "^(?:我|本人|俺)?(?:是)?非(?:工会)?会员$", "(?:不是|没入|没加入|没参加)[^,，。]{0,4}工会",
               "(?:没|未|没有|还没|尚未)入会", "不在工会", "退出(?:了)?工会", "没有工会会员",
               # (no union where one works, "厂里没工会", says nothing of one's own membership: one may join through
               # a regional or trade union, so it stays asked; tests/extract/test_extract.py)
               # the card or the dues, denied ("会员证没有", "会费从没交过")
               "会员(?:证|卡)[^,，。]{0,3}(?:没有|没办|没领)", "(?:没|从没|从来没|未)(?:有)?(?:办|领|拿)(?:过|到)?(?:工会)?会员(?:证|卡)", "(?:没|从没|从来没|未)(?:有)?(?:交|缴)(?:过)?(?:工会)?会费",
               "会费[^,，。]{0,4}(?:没|未)(?:有)?(?:交|缴)",
               # joining denied through its asker or its roll: nobody asked one to join, one was never entered
               # ("也没人拉我入会", "没人叫我入工会", "工会那边没登记过我", "工会名单上没有我")
               "(?:没|没有)(?:人|谁)[^,，。]{0,4}(?:入会|(?:加入|入|参加|加)(?:了|过)?工会)",
               "工会[^,，。]{0,6}(?:没|未)(?:有)?(?:登记|录入|登|记)(?:过)?(?:我|俺)", "工会[^,，。]{0,4}没有(?:我|俺)",
               # the union refusing one ("人家工会不收我们这种的", "派遣的工会不让入", "没让我们入"), or the joining's form
               # not handed in ("入会申请表一直没交")
               "工会[^,，。]{0,6}(?:不收|不要|不让|没让|不肯收|不接收|轮不到|轮不上|没份|没我们的份)",
               # the joining not got round to ("工会一直没顾得上", the topic folded so) or not let (没让填工会的表)
               "工会[^,，。]{0,6}(?:没|未)(?:顾得?上|来得及|顾)", "没让[^,，。]{0,4}(?:工会|入会)",
               "(?:入会|工会)(?:的)?(?:申请)?(?:表|申请书|申请)[^,，。]{0,6}(?:没|未|没有)(?:去)?(?:填|交|递|签)",
               # a form's field answered no ("工会会员：否", "是否工会会员 否", "会员（无）")
               r"(?:是否)?(?:工会)?会员[：:（(\s]*(?:否|无|不是|非|没有)[）)]?$", r"^(?:是否)?工会[：:（(\s]*(?:否|非会员)[）)]?$")
# No union where one works ("厂里没工会", "我们公司压根没成立工会", "我们这种小作坊哪有什么工会", "单位没有工会组织"): the
# asker is no member there. One may still join a regional or trade union, so it is a reading said back to the asker
# (extract._readings), and any membership said outright outranks it (extract.resolve).
NO_UNION_AT_WORK = _re(
    r"^(?:我们|咱们|俺们)?(?:这种|这样的|这个|那个|这家|那家)?[\u4e00-\u9fff]{0,5}?(?:厂|公司|单位|企业|店|作坊|车间|工地|工作室|"
    r"这边|那边|这里|那里|这儿|那儿)?(?:里|里面|里头)?(?:压根儿?|根本|本来就|就|都|也|一直|从来)?"
    r"(?:没有|没|没成立|没设|没建|没组建|不设|未设|未成立|未建立|没建立|哪有|哪来的?|哪里有|谈不上|说不上有)(?:过)?(?:什么|啥|任何)?(?:的)?"
    r"(?:单独的?|自己的|专门的?|独立的?)?工会(?:组织)?(?:这个东西|这种东西|这回事|这一说|这个)?(?:的|啊|呀|嘛|吧|呢|哦)?$",
    # the union said first, its founding denied after it ("工会压根没成立过", "工会根本没设"; a topic folded so)
    r"^工会(?:组织)?(?:也|都|就|压根儿?|根本|从来|一直|本来就)*(?:没有?|未)(?:成立|设|建|组建|建立)(?:过|起来)?(?:的|啊|呀)?$")
# The joining verb may take 了/过/的 ("去年才加的工会"); a bare 加 needs one of them, so 加工 is never read as it.
UNION_YES = _re("是工会会员", "有[^,，。]{0,4}工会会费",  # "工资条上有一项工会会费": dues taken, a member
                "(?:加入|入|参加)[了过的]?(?:公司|厂里|厂|单位|集团|店里)?(?:的)?工会",
                # the union's roll, said of oneself ("厂里工会有我", "工会名单上有我")
                "工会(?:里|名单上|名单里|那边|这边|那里)?(?:也|一直)?有(?:我|俺)",
                # ... or one's name on it ("工会里有名字", "工会名单上有我的名字"), or a clause that is only being in
                # it ("在工会里", "我也在工会": said as a reply, the union's people; working for it is 在工会上班/工作)
                "工会(?:里|名单上|名单里|那边|这边|那里)?(?:也|一直)?有(?:我的|俺的)?名字",
                "^(?:我|本人|俺)?(?:也|一直|早就)?在工会(?:里|里面)?(?:的)?$",
                # the asker on the union's roll ("我在工会里登记过的", "工会那边登记了我")
                "工会(?:里|那边|这边)?(?:也|都)?登记(?:过|了)(?:的|我)?(?![吗么没])", "加[了过的]工会", "已入会", "入会了", "工会会员证", "工会会员",
                "工会[^,，。]{0,8}(?:是|当|算)[^,，。]{0,3}会员", "工会[^,，。]{0,4}(?:交|缴)[^,，。]{0,2}会费",
                "工会会费[^,，。]{0,6}(?:交|缴)", "工会(?:会员)?卡",
                # "入会好几年了", "入会三年": joining, then how long ago (入会费, 入会吗 are no statement)
                "(?<![没未])入会(?![费吗么没]|的?(?:申请|表|手续|条件|材料|流程|资格))", "(?<![没未不])入[了过]会(?![费吗么没计])",
                # a clause that is only 会员 ("63年的 会员 中国人", "是会员的"): of these honours' questions, the union's
                "^(?:我|本人|俺)?(?:也|一直|早就|当然|反正|肯定|老早就|很早就|早几年就|早些年就|一直都)?(?:是)?会员(?:的|啊|呀|嘛|哈|了|没错)?$",
                # the asker one of the union's people ("是工会的", "我也是工会的人"); the 是 dropped in a reply
                # ("工会的 中国人" to the union and nationality questions: a clause that is only 工会的)
                "^(?:我|本人|俺)?(?:也|早就|一直)?(?:是)?工会的(?:人|一员)?(?:啊|呀)?$",
                # "厂里工会也入了", "工会早就入了": the union named first, then joined
                "工会(?:我|俺)?(?:也|早就|早|都|已经|一直)?(?:入|加入|参加|加)(?:了|过)",
                # ... or with when it was joined between ("工会是去年入的", "工会进厂那年就加了"); no denial or wish
                # in between (工会没入, 工会想加的), no people counted after it (工会加的人多)
                "工会(?:是|我|俺)?[^,，。没未不想要准打]{1,8}?(?:入|加入|参加|加)(?:了|过|的)(?![人吗么])",
                # what members have and do, said in ordinary words: the card, the dues, being one of the union's
                # people or holding a post in it ("会员证有的", "会费一直在交", "每月工资里扣会费", "一直是工会的人",
                # "当过工会小组长")
                "会员(?:证|卡)", "会费[^,，。]{0,8}(?:交|缴|扣)", "(?:交|缴|扣)[^,，。]{0,8}会费",
                "工会的人", "工会(?:小组长|组长|委员|主席|副主席|干事|积极分子|小组)",
                # what the union gives its members, received ("每年过节工会都发东西给我们", "工会发的米和油",
                # "工会福利每年都有")
                "工会[^,，。没未不]{0,6}(?:发|送|给)(?:了|的|过)?[^,，。]{0,6}(?:东西|福利|米|油|礼品|礼物|年货|慰问|"
                "过节费|购物卡|电影票|体检|疗休养)", "工会(?:的)?(?:福利|慰问品|年货|礼品)(?:[^,，。没未不]{0,4}(?:有|拿|领|发))",
                "入会申请", r"是否(?:工会)?会员[：:（(\s]*是")
# The union named, then only 有/在 ("工会，有的" folded to 工会有的, "工会也有", "工会倒是一直在"): the form's question
# answered yes, unless another clause says more (工会是有的，我没参加过: the union exists, the asker is no member), so
# it is read only where nothing else is said of membership (extract.resolve)
# (the adverbs of always and long since too: "工会一直有的", "工会早就有了")
UNION_HAS = _re("^工会(?:会员)?(?:我|俺)?(?:也|都|倒是|是|当然|肯定|一直|一直都|早就|早都|老早就|向来|从来都)*(?:有|在|一直在|是的)"
                "(?:的|了|啊|呀|哦|嘛)?$")

# --- Digital economy (is_digital_economy) -----------------------------------------------------------------
# Fields of digital technical work, and the sectors of the digital economy: both say the work is digital; only
# a field said as what one does ("搞算法", "做网络安全的", "负责系统运维") says the work is technical.
_DIGITAL_FIELDS = ("软件", "大数据", "数据", "人工智能", "AI", "算法", "大模型", "智能体", "云计算", "云平台", "物联网",
                   "芯片", "集成电路", "半导体", "区块链", "5G", "通信", "网络安全", "信息安全", "信息技术", "编程",
                   "程序员", "代码", "计算机", "虚拟现实", "增强现实", "元宇宙", "嵌入式", "数据库", "运维", "前端", "后端",
                   # the work told in a developer's own words, not the field's name ("写车机系统", "做方言语音识别")
                   "车联网", "车机", "操作系统", "机器学习", "深度学习", "机器视觉", "计算机视觉", "语音识别", "自然语言处理",
                   "知识图谱", "推荐系统", "推荐算法", "搜索引擎", "渗透测试", "自动驾驶", "云原生", "微服务", "EDA", "FPGA",
                   "(?:小程序|APP|App|网站|网页|公众号)(?:和[^,，。]{0,6})?(?:开发|前端|后端)")
_DIGITAL_SECTORS = ("互联网", "电子商务", "电商", "数字经济", "数字化", "数字孪生", "IT行业")
DIGITAL_TERMS = _re(*_DIGITAL_FIELDS, *_DIGITAL_SECTORS, flags=re.IGNORECASE)
# (and the hands-on service of equipment, said as the work done: "在拱墅一家电梯公司做维保", "负责设备检修")
TECHNICAL_FIELDS = _re(*_DIGITAL_FIELDS, "研发", "开发", "编程", "测试", "调试",
                       "维修", "维保", "检修", "保养", "装调", "巡检", "抢修", "装配", "焊接", flags=re.IGNORECASE)
# "我这个算数字经济行业吗", "做跨境电商算不算数字经济": a question whether one's work is digital, not a statement
ASKS_DIGITAL = _re("(?:算不算|算是|算|属于|属不属于|是不是|是否|归|沾边|挨得上|够得上)[^,，。？?]{0,8}数字(?:经济|化|产业)",
                   "数字(?:经济|化|产业)[^,，。]{0,8}(?:吗|么|嘛|不|没)$")
NOT_DIGITAL = _re("不是数字", "不属于数字", "非数字", "跟数字.{0,4}没关系", "和数字.{0,4}无关", "不算数字")
WORK_WORDS = _re("从事", "做", "干", "搞", "负责", "工作", "岗", "工程师", "开发", "研发", "程序员", "公司",
                 "企业", "行业", "这行", "专业", "领域", "写", "运维")

# --- Asking about one's own eligibility (wants_eligibility) -----------------------------------------------
# the light verbs that stand in for 报 when the programme is the topic ("我能不能弄", "可不可以试试"); also read by the
# chat's guard on checks asked in words (chat.turn)
LIGHT_APPLY = r"(?:弄|搞|整|试试|试一下|试一试|冲一下|冲一冲)"
_ASK = "(?:申报|报名?|评|参评|参加|申请|被认定|认定|入选|直接认定|符合)"
WANTS_ELIGIBILITY = _re(
    f"我(?:现在|目前|今年|这种情况|这样|这个条件)?(?:能|可以|可不可以|能不能|能否|是否|还能|也能|有没有资格){_ASK}",
    "我(?:现在|目前|这种情况|这样|这个条件)?(?:符合|符不符合|够不够|够|有没有资格|有资格|算不算|配不配)",
    "(?:符合|够)(?:条件|资格|要求)?(?:吗|么|不)", "符不符合", "够不够(?:格|条件|资格)", "够格", "有(?:没有)?资格",
    f"能不能{_ASK}", f"能否{_ASK}", f"可以{_ASK}(?:吗|么|不)", f"能{_ASK}(?:吗|么|不|上)",
    "评得上", "有戏", "有希望", "帮我(?:看看|判断|查查|评估|算算)",
    # applying said with a light verb and no object ("我想问问我能不能弄", "能搞吗", "可以试试伐"): 弄/搞/试 stand in
    # for 报 when the programme is the topic; with an object after ("能不能弄成电子版") they are something else
    rf"(?:能不能|能否|可不可以|可以|能){LIGHT_APPLY}(?:吗|么|不|伐|啊|呀|嘛)?(?=$|[，,。？?！!\s])",
    # being put forward is applying: "首届杭州数字工匠当时还能推荐我吗", "单位能不能推荐我"
    "(?:能|可以|可不可以|能不能|能否|还能|会不会|会|够格)(?:被)?推荐[我□]", "推荐我(?:吗|么|不|没)",
    # whether one is let, still needs, or has a share to apply, or would apply in vain: "这回还让报吗", "我还要不要报",
    # "准不准我报", "报了会不会白报", "还有我的份吗"
    "(?:让|准|许)(?:不(?:让|准|许))?(?:我|俺)?(?:再)?(?:报|申报|参评|评)(?:吗|么|不|没|伐|$)", "要不要(?:再)?(?:报|申报|参评)",
    "(?:会不会|是不是|岂不是|不就)白(?:报|申报|评)", "有(?:我|俺)(?:的)?份",
)

# --- Narrative (achievements, trained_apprentices) --------------------------------------------------------
# Those one trains, and a result of theirs: "学员拿了个人第二名", "我带的学生进了省赛前五" are the asker's record of
# training (培养选手…获得前五名), however the clause names the trainees; a bare 选手 may be the asker, so it needs 带/教
_TRAINEES = f"(?<![是当])(?:{'|'.join(TRAINEES)})(?!时代|时期|时候|的时候)"
_TRAINEE_WIN = f"{_TRAINEES}们?[^，。；]{{0,12}}(?:拿|获|得|进|夺|考上|考取|考出)"
# the asker as someone's apprentice ("我是他徒弟", "当过老周的徒弟", "是王师傅的徒弟") trained no one
# (是/当 + 徒弟 with the master between: 他, 老周, 王师傅; the lookbehinds are fixed-width, one per width)
_ONES_APPRENTICE = (r"(?<![是当])(?<!是他|是她|当过|做过|是个|当个)(?<!是[他她]的|当过的)(?<!是[老小].的|当[老小].的)"
                    r"(?<!当过[老小].的|是.师[傅父]的)(?<!当过.师[傅父]的)徒弟")
# Achievements told by what changed rather than by a word of the notices: a measured result ("故障处理时间从两小时降到
# 十分钟", "效率提高了30%", "一年省了二十多万") or a thing one made, said with a light verb and 了/过/出
# ("搞过一个自动化巡检平台", "做了一套工装夹具"). A job said in the present ("在做平台运维") is no such telling.
_AMOUNT = (r"(?:(?:[0-9.]+|[一二三四五六七八九十两百千万几]+)(?:多|来)?(?:%|％|个百分点|倍|成|万|元|块|个?小时|个?钟头|分钟|天|秒|个人|人"
           r"|件|台|套|吨|单|箱|车|趟|次)|一半|大半|近半)")
_MEASURED = (rf"(?<!工资)(?<!收入)(?<!待遇)(?<!奖金)(?<!年纪)(?<!岁数)(?:提高|提升|降低|减少|缩短|节约|节省|省了|省下|增加|增长|压缩|翻了|降了|减了"
             # a change said with a plain adjective ("断头少了将近一半", "换型快了一倍", "废品率低了三成")
             rf"|(?<![人岁])(?:少|快|短|低)了)[^，。；]{{0,10}}?{_AMOUNT}"
             rf"|从[^，。；]{{1,12}}?(?:降|减|缩短|压缩|提高|提升|增加|涨)(?:到|至|成)")
_MADE_THINGS_WORDS = "平台|系统|工具|装置|工装|夹具|治具|模具|模型|软件|程序|算法|小程序|脚本|框架|中台|产线|生产线|设备|机器人|机械手"
_MADE = (r"(?:搞|做|弄|整|搭|建|写|编|改|造|研制|开发|设计|发明)(?:了|过|出了?|成了?)(?:一[个套台款项种批])?[^，。；]{0,12}?"
         r"(?:平台|系统|工具|装置|工装|夹具|治具|模具|模型|软件|程序|算法|小程序|脚本|框架|中台|产线|生产线|设备|机器人|机械手)")
# the thing made said as the speaker's, before what came of it ("我搞的那个压榨辊快换工装全省同行都来学")
_MADE_MINE = (rf"我(?:自己|亲手|一个人|一手)?(?:搞|做|弄|整|搭|建|写|编|改|造|研制|开发|设计|发明)(?:出来|起来)?的(?:那|这)?[个套台款项种批]?"
              rf"[^，。；]{{0,10}}?(?:{_MADE_THINGS_WORDS})")
# the thing made said first, its maker after it: "焊接机器人的程序都是我编的", "那套模具是我自己改过的"
_MADE_THINGS = r"平台|系统|工具|装置|工装|夹具|治具|模具|模型|软件|程序|算法|小程序|脚本|框架|中台|产线|生产线|设备|机器人|机械手"
_MADE_FIRST = (rf"(?:{_MADE_THINGS})[^，。；]{{0,6}}?(?:都|全|全都)?是?我(?:自己|亲手|一个人|一手)?"
               r"(?:搞|做|弄|整|搭|建|写|编|改|造|研制|开发|设计|发明)(?:出来|起来)?(?:的|了|过)")
# a gain said with 少/多 before the verb it measures ("一天少停机两个小时", "每班多干两百件", "少用三个人"), a problem
# said solved ("解决了卡件问题"), a way of working spread beyond one's own shop ("公司推广到了全省的分拣中心")
_MEASURED_VERB = (rf"(?<![人岁])(?:少|多)(?:停|用|花|跑|走|耗|干|出|做|产|装|修|焊|拉|返)[\u4e00-\u9fff]{{0,2}}?{_AMOUNT}")
_SOLVED = r"(?:解决|改掉|改好|改了|根治|治好|处理好|消除)(?:了|掉)?[^，。；]{0,10}?(?:问题|毛病|故障|隐患|瓶颈)"
_SPREAD = (r"推广(?:到|至|给|开|应用)|(?:全省|全市|全国|全行业|全集团|全公司)[^，。；]{0,6}推广"
           # others come to learn it ("全省同行都来学", "外地厂里专门来取经"): spread beyond one's own shop too
           r"|(?:全省|全市|全国|全行业|同行|外地|兄弟单位|别的厂)[^，。；]{0,6}(?:来学|来取经|来参观|学过去|照着做)")
ACHIEVEMENT_WORDS = _re(
    _MEASURED, _MEASURED_VERB, _SOLVED, _SPREAD, _MADE, _MADE_FIRST, _MADE_MINE,
    "革新", "技改", "技术改造", "标准", "专利", "攻关", "攻克", "难关", "难题", "智能体", "发明", "首创",
    "软著", "著作权", "论文", "效益", "节约", "节省", "降本", "增效", "产值", "成果", "突破", "填补",
    "领先", "操作法", "绝技", "绝活", "带徒", _ONES_APPRENTICE, "培养", "主导", "牵头", "研发了", "开发了", "设计了",
    "获奖", "课题", "项目", _THEY, _TRAINEE_WIN,
)
APPRENTICE_WORDS = _re("带徒", _ONES_APPRENTICE, "师带徒", "带教", "传帮带", "培养.{0,8}(?:选手|人才|学员|骨干|技师)",
                       "指导.{0,6}选手", "带出", "(?:带|教|指导)(?:过|的|了|出)?的?.{0,4}(?:学员|学生|学徒|选手)",
                       # people new to the work, taught by the speaker ("带过七八个新来的护工", "教过好多新人")
                       "(?:带|教)(?:过|了)[^，,。；]{0,4}?(?:新人|新手|新员工|新来的|新进的|新招的|新入职的)(?![^，,。；]{0,6}?(?:去|到|来|回))",
                       _TRAINEE_WIN, _THEY)
# Talk about the notices or the application, not about what one achieved ("首届有培养徒弟那一条").
APPLICATION_TALK = _re("符合", "条件", "申报", "资格", "认定", "能不能", "能否", "可以报", "推荐表", "字数", "一条",
                       "这条", "那条", "哪条", "工匠", "首席技师", "届")

MESSAGES = {
    "two_ages": "您先说自己{a}岁，又说{b}岁，两者矛盾，请确认出生年月。",
    "two_births": "您提到的出生年份（{a}、{b}）不一致，请确认出生年月。",
    "age_birth": "您说自己{age}岁，又说{year}年出生，两者矛盾，请确认出生年月。",
    "years_age": "您说{what}{years}年，但按您的年龄（{age}岁）推算，16岁以前不计工作年限，两者矛盾，请确认。",
    "two_years": "您先说{what}{a}年，又说{b}年，两者矛盾，请确认。",
    "field_below_hz": "您说从事本行{a}年，但在杭州做这一行就有{b}年，从事本行的年限不会少于在杭州的年限，请确认两个年数。",
    "count_start": "您说{what}{years}年，又说是{year}年开始的（算下来约{since}年），两者对不上，请确认是哪一个。",
    "count_turns": "您之前说{what}{a}年，这次说的算下来约{b}年，两者对不上，请确认是哪一个。",
    "union": "您既说是工会会员，又说不是工会会员，两者矛盾，请确认是否为工会会员。",
}
YEAR_FIELD_WORDS = {
    "years_in_field": "从事本行",
    "years_full_time_in_hangzhou": "在杭州全职工作",
    "years_full_time_in_zhejiang": "在浙江全职工作",
}
