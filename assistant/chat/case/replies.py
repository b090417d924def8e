"""Read a reply to the question the assistant asked back, as a value of that question's field.

"您是工会会员吗？" -> "是" / "不是" / "厂里工会我一直是会员"; "没有请填“无”" -> "无"; "十年", "2019年3月",
"萧山", "高级工", "自由职业" … A bare reply means nothing on its own, so it is read only against the pending
question's field and its kind of answer. The full extractor still reads the same message for anything else.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from assistant.chat.case.reply_words import plain_reply
from assistant.chat.case.said import asks, clauses_of
from assistant.chat.case.then_now import left_it, now_said
from assistant.language.correcting import said_wrong_at
from assistant.language.holding import others_named
from assistant.language.honour_lists import kept_out, without_honours
from assistant.profile import LIST_FIELDS, SKILL_LEVELS

__all__ = ["CUES", "LIST_CUES", "TENTATIVE", "Expect", "EXPECT", "expect_for", "read_reply", "higher_exists", "open_span", "names_field", "question_text",
           "names_trade_top",
           "ceiling_levels", "past_clause",
           "not_known", "titles_named", "yes_opening", "yes_to_another"]

BOOL_FIELDS = ("union_member", "rehired", "is_highest_level_of_occupation", "is_digital_economy")
YEAR_FIELDS = ("years_in_field", "years_full_time_in_hangzhou", "years_full_time_in_zhejiang")
START_OF = {"years_full_time_in_hangzhou": "hangzhou_full_time_start", "years_in_field": "digital_work_start"}


@dataclass(frozen=True)
class Expect:
    """What kind of answer a field's question expects, and the choices offered as buttons."""

    kind: str  # "bool" | "list" | "enum" | "years" | "month" | "city" | "text"
    options: tuple[str, ...] = ()


# enum replies: (what the user may say, the value)
_ENUMS: dict[str, tuple[tuple[str, str], ...]] = {
    "employment": (("自由职业|自己(?:干|接|做|开)|个体|打零工|接(?:私)?活|单干", "freelance"), ("兼职", "part_time"),
                   ("(?:没|未|不|没有)退休|在岗|在职|上班|普通|不是领导|员工|工程师|技术人员|职工", "full_time"), ("返聘|退休|退了|退下来", "retired"), ("公务员|参公|参照公务员", "civil_servant"),
                   ("事业单位.{0,4}(?:领导|干部|中层)", "public_institution_cadre"),
                   ("国企.{0,4}(?:领导|高管|班子)", "soe_leader"), ("全职|正式|合同工|在职", "full_time")),
    "role_type": (("管理|管人|领导|主任|经理|主管|负责人", "management"), ("行政|文员|后勤|人事|办公室", "administrative"),
                  ("一线|技术|操作|生产|研发|开发|维修|车间|工人|岗位上", "frontline_technical")),
    "employer_type": (("民营|民企|私企|私营|外企|个体|私人|公司", "private"), ("国企|国有|央企|国营", "soe"),
                      ("事业单位|事业编|医院|学校|研究院", "public_institution"), ("机关|政府|公务员", "government_agency"),
                      ("没有单位|无单位", "none")),
}
_SKILL_WORDS = (("首席技师", "首席技师"), ("特级技师", "特级技师"), ("高级技师|一级", "高级技师"), ("技师|二级", "技师"),
                ("高级工|三级", "高级工"), ("中级|四级", "中级工"), ("初级|五级", "初级工"))

# yes/no questions of belonging or having ("您是工会会员吗？"): "无" (none) denies them as it answers a list question;
# to a question of being or doing ("您是否从事数字经济行业工作？") a bare "无" says nothing
HAVING = frozenset({"union_member"})

EXPECT: dict[str, Expect] = {
    **{f: Expect("bool", ("是", "否")) for f in BOOL_FIELDS},
    **{f: Expect("list", ("无",)) for f in LIST_FIELDS},
    **{f: Expect("years") for f in YEAR_FIELDS},
    "birth_date": Expect("month"),
    "employer_city": Expect("city", ("杭州", "浙江省内其他城市", "浙江省外")),
    "nationality": Expect("text", ("中国", "其他国籍")),
    "skill_level": Expect("enum", ("无", "初级工", "中级工", "高级工", "技师", "高级技师")),
    "employment": Expect("enum", ("全职", "兼职", "自由职业", "退休返聘", "公务员或参公")),
    "role_type": Expect("enum", ("一线技术岗位", "管理岗位", "行政岗位")),
    "employer_type": Expect("enum", ("民营企业", "国有企业", "事业单位", "机关")),
    "trained_apprentices": Expect("text", ("无",)),
    "occupation": Expect("text"),
}

_YES = re.compile(r"^(?:应该|应当|大概)?(?:是|是的|对|对的|嗯+|恩+|有|有的|是啊|没错|当然|当然是|属于|算|算是|肯定|yes|y|ok|好)"
                  r"(?:的|啊|呀|吧|哈|呢|滴|呐)?"
                  r"[。！!.~～]*$", re.IGNORECASE)
_NO = re.compile(r"^(?:不是|否|不|没有|没|无|都没有|没有的|不算|不属于|还没有?|从来没有|从没|暂无|没得|木有|不太是|no|n)"
                 r"(?:的|啊|呀|哦|过|呢)?[。！!.~～]*$", re.IGNORECASE)
# a no put as a question back: "哪有", "哪来的工会", "我们这种小厂哪有", "怎么可能有" (there is none to have)
RHETORICAL_NO = re.compile(r"哪(?:里|儿)?(?:有|来的?)(?:什么|啥)?(?:工会|会员|称号|奖|证)?(?:啊|呀|嘛|哦|的|呢)?$|怎么(?:可能|会)有")
_NONE = re.compile(r"^(?:无|没有|没|都没有|都没|啥都没有|什么都没有|一个都没有|一个也没有|暂无|没有过|没得过|没拿过|没参加过|"
                   r"从来没有|还没有|木有|none|没有呢|都没拿过|没评过|没有获得过)")
# A denial of a statement ("不是", "不对") answers a yes/no; to a what-question ("有哪些？没有请填“无”") it says
# "that's wrong" about something else, and is no list said empty (the nationality question reads it the same way).
_DISAGREES = re.compile(r"^(?:不是|不对|不不|并不是|也不是)")
MAX_BARE = 12  # longer replies are read by the extractor
_HEDGE_YES_NO = re.compile(r"^(?:应该|好像|大概|可能|估计)(?:是|不是|算|不算|有|没有?)[的吧啊呀]*$")
# Which count a start or count in a reply speaks of is said by its verb, whatever question was asked: an arrival
# ("2019年来的", "一九年过来的", "18年来杭州") starts the stay in a place; the work's own verbs ("开始做", "入行",
# "打16年就干这个", "毕业就干") start the trade. The question asked decides only a reply with neither ("2019", "七年").
ARRIVED = re.compile(r"(?:[0-9〇零一二两三四五六七八九十]年|月份?|年底|年初|年末)(?:就|才)?(?:过|调|搬|回)?(?:来|到)(?!现在|今天|目前|这行)"
                     r"|(?:来|到)(?:的)?(?:杭州|这边|这里|浙江)|过来的|调过来")
STARTED_WORK = re.compile(r"入行|开始(?:做|干|搞|从事|接触|学)|(?:就|一直)(?:干|做|搞)(?:这|了)|从事|毕业就(?:干|做|进|入)"
                          r"|(?:干|做)(?:这行|这个|这块)|干到现在|做到现在|起(?:一直)?(?:干|做)"
                          # "做RPA是2022年开始的": the work named, then its start
                          r"|(?:做|干|搞|学)[^，,。；;]{0,10}?(?:是|从)[0-9〇零一二两三四五六七八九十]{2,4}年[^，,。；;]{0,4}?(?:开始|起)")


# joining the workplace now held ("毕业就进了这家公司", "2019年入职", "在这家干到现在"): where that workplace is known
# to be in Hangzhou, the start is also the start of the full-time stay there
JOINED = re.compile(r"进(?:了|的)?(?:这家|现在这家|现在的|我们|公司|单位|厂)|入职|进来|在这家|来这家")


# "14年毕业的" to the trade's question: the year the work began on leaving school
_WORK_TIME = re.compile(r"干|做|从事|工作|来|到|在|入行|全职|上班|搞|开始|进|起|年了|多年|几年|毕业")
# "打16年就干这个", "自打2015年": 打 is the spoken 从 (since), so the year that follows is a start, not a count
_SINCE = re.compile(r"(?:自打|打从|打)(?=(?:19|20)?[0-9]{2}年|[〇零一二九][〇零一二三四五六七八九]年)")
_NOT_WORK_TIME = re.compile(r"奖|赛|第一|第二|第三|名次|称号|证书|考的|拿证|出生|生的|岁|退休")
# the words that name a yes/no field's topic ("是会员", "会费每月扣的", "返聘的"): a reply naming one is about that
# field; reply_topic.TOPIC reads the same words for these fields
# 入 with its object left out ("入职就入了", "没入过", "早入了") is joining the union, the one yes/no here whose verb
# it is; 入 of a job, a trade, the party, the army, a school, shares, a household, a post list or a final is not
_JOINED_BARE = r"(?:就|早就|早|已经|也|都|刚|没|没有|还没|未)(?:入|加入)(?:了|过)?(?![职行党伍学股户编围选会])"
CUES = {"union_member": re.compile(r"会员|入会|入了会|工会|会费|^(?:早就|早|已经|也)?(?:入|加入|参加)了|" + _JOINED_BARE),
        "rehired": re.compile(r"返聘"),
         "is_highest_level_of_occupation": re.compile(r"最高")}


# "最高是高级技师", "最高就到技师": the occupation's top level named, not a yes or a no
# the words before the level (the dialogue reads the level named after them as the occupation's ceiling)
TOP_LEAD = r"最高(?:的)?(?:等级|级别|级)?(?:也)?(?:好像|应该|大概|估计|可能|据说|听说)?(?:也)?(?:就|只)?(?:是|到|有)"
# to "是否已是本职业的最高等级？", a level said to exist ("有高级技师的", "还有个高级技师") is one above the held level,
# which the asker would have confirmed with 是 had it been their own
_HIGHER_EXISTS = re.compile(r"^(?:这行|我们这行|本工种|这个工种)?(?:上面|上头|往上|再往上)?(?:还|也)?有(?:个|一个)?"
                            r"(?:首席技师|特级技师|高级技师|技师|高级工|中级工)(?:的|呢|啊|呀|哦|嘛)?$")


def higher_exists(reply: str) -> bool:
    """Whether a reply to the top-level question says a level exists in the trade ("有高级技师的"): one above."""
    return bool(_HIGHER_EXISTS.match(re.sub(r"[，,。！!？?\s~～…]", "", reply or "")))


_TOP_NAMED = re.compile(TOP_LEAD + r"(?:首席技师|特级技师|高级技师|技师|高级工|中级工|初级工|[一二三四五]级)")


# A yes needs the asker as the holder: "有工会" says the organisation exists, "是会员"/"入了会" that one belongs.
# Dues are paid by members only ("一直在交会费的", "会费每月扣的").
_HOLDER = {"union_member": re.compile(r"会员|入|加入|参加|是|会费")}


_BARE_VALUE = 6  # the length of a bare value said after a yes ("高级工", "杭州工匠", "在宁波"); a longer rest tells more
_CONTRAST = re.compile(r"不过|但是|但|可是|只是|就是说")  # "是，不过…": what follows is told beside the yes


def bare_head(text: str) -> str | None:
    """The bare yes or no a reply of several clauses opens with ("是 不过我18年才来杭州" -> "是", "不是，我是外包的"
    -> "不是"), or None: a message of one clause, or one whose first clause says more than yes or no."""
    first, *rest = re.split(r"[，,。；;！!\s]+", (text or "").strip(), maxsplit=1)
    if not rest or not rest[0] or len(re.sub(r"\W", "", first)) > 6:
        return None
    return first if _YES.match(first) or _NO.match(first) or _HEDGE_YES_NO.match(first) else None


def names_field(field: str, text: str) -> bool:
    """Whether a yes/no reply names its own topic ("是会员" is about the union; a bare "是" could be anything)."""
    cue = CUES.get(field)
    return bool(cue and cue.search(text or ""))


_FILLER_HEAD = re.compile(r"^(?:嗯+|恩+|哦+|噢|啊|呃|额|对了|那个|就是|我|俺|咱|本人)+")
_FILLER_TAIL = re.compile(r"(?:吧|啊|呀|哦|哈|呢|啦|嘛|的呀|滴|呐|哇)+$")
# a stance said before a yes or a no ("好像是吧", "那肯定是的", "应该算吧"): the answer is the yes or no after it;
# 可能/也许 are left out, they say the asker does not know
_STANCE = re.compile(r"^(?:那|那么)?(?:好像|应该|应当|大概|估计|肯定|当然|确实|绝对|基本)(?:上)?(?:也)?")
# a hedge that still answers ("应该是吧", "好像入了", "大概是技师", "应该没评过"): the answer is taken, and said back
# as one to confirm (chat.case.presume.note_tentative); 可能/也许 say the asker does not know (_STANCE), and the 大概 of a
# count is a span of years (open_span), no hedge on a yes or a no
TENTATIVE = re.compile(r"好像|应该|应当|大概|估计|八成|印象中|印象里|貌似|似乎|没记错的话|差不多吧")
_FOREIGN = re.compile(r"外国|外籍|美国|英国|日本|韩国|德国|法国|加拿大|澳大利亚|新加坡|马来西亚|俄罗斯|其他国籍")
_LOCAL = re.compile(r"本地|土生土长|当地人")
_CHINESE = re.compile(r"^(?:是)?(?:中国|中国籍|中国人|中华人民共和国|中国国籍|国内|汉族|大陆)")


QUESTION_TEXT = {
    "years_in_field": "您从事本职业（工种）或本行业多少年了？",
    "years_full_time_in_hangzhou": "您在杭州全职工作多少年了（或从哪年哪月开始）？",
    "years_full_time_in_zhejiang": "您在浙江全职工作多少年了（或从哪年哪月开始）？",
    "skill_level": "您的职业资格或职业技能等级是？没有请填“无”。",
    "occupation": "您的职业（工种）是？",
}


def question_text(field: str) -> str:
    from assistant.eligibility.report import questions as phrase

    return QUESTION_TEXT.get(field) or phrase((field,))[0]


def expect_for(field: str) -> Expect:
    return EXPECT.get(field, Expect("text"))


# not knowing, said as a negation, an optional degree word and a verb of knowing ("不是很清楚", "不大确定", "不怎么
#了解", "不是太记得"), or a saying of it ("说不准", "没印象了"): the whole family, where the lexicon lists forms
# having to find out from someone or some paper first ("要问下单位", "回头问问人事", "得查一下合同", "问问厂里才知道"):
# the finding out names where the answer is, never the answer (人事 is whom to ask, not the post held)
_FIND_OUT_FROM = r"(?:单位|厂里|公司|人事|工会|HR|hr|老板|领导|证书|证件|合同|社保|档案|财务|行政|车间|班长|主任|家里)"
FIND_OUT = re.compile(r"(?:要|得|需要|回头|我去|我再|等我|还得|要去|得去)(?:再)?(?:问|查|翻|看)(?:问|查|翻|看|一下|下|一)?(?:一下|下)?"
                      + _FIND_OUT_FROM + r"|(?:问|查)(?:问|一下|下)" + _FIND_OUT_FROM + r"(?:才知道|才晓得|才清楚)")
# not knowing, said as such, as never having noticed, or as having to find out first
_NOT_KNOWING = re.compile(r"(?:不|没)(?:是)?(?:很|太|大|怎么|太怎么)?(?:清楚|确定|了解|记得|知道|晓得|明白|肯定)"
                          r"|说不(?:准|好|清|上来)|不好说|没(?:啥|什么)?印象|没(?:太)?(?:注意|留意|关注|关心|在意)(?:过)?"
                          r"|" + FIND_OUT.pattern)


def not_known(text: str) -> bool:
    """Whether ``text`` says the asker does not know ("不清楚", "不是很清楚", "记不清", "不好说"): neither yes nor no."""
    from assistant.language.clauses import says_unknown

    return bool(_NOT_KNOWING.search(text or "")) or says_unknown(text)  # and the language lexicon's words


def titles_named(text: str) -> list[str]:
    """The honour titles a reply names, as the checker reads them (each pack's ``title_aliases``)."""
    from assistant.extract.honours import titles_in
    from assistant.programs import title_aliases

    key = re.sub(r"[\s\W_]+", "", text.lower())
    found = []
    for alias, title in title_aliases():  # longest first: 杭州数字工匠 before 杭州工匠
        if alias and alias in key:
            found.append(title)
            key = key.replace(alias, "□")
    # and the short forms the extractor's table knows ("省首席", "数字工匠 第二届")
    return list(dict.fromkeys([*found, *titles_in(key)]))


def _native_place(short: str) -> bool:
    """Whether a reply to "您的国籍是？" names where in China one is from ("河南人", "老家安徽", "东阳的"): the
    place as jionlp's ``parse_location`` reads it, the one place reader of the extractor."""
    from assistant.extract.places import province_in

    return bool(re.search(r"人|的|老家|来的", short)) and province_in(short) is not None


# a denial names the list it denies by its verb or noun: "没评过" (titles), "没拿过奖", "比赛没参加过", "没带过徒弟"
# 荣誉 names both honour lists: applicants say it of titles held and of awards won alike
LIST_CUES = (("prior_titles", re.compile(r"称号|工匠|评过|评上|评选|被评|荣誉")), ("awards", re.compile(r"奖|能手|津贴|荣誉")),
              ("competition_results", re.compile(r"比赛|竞赛|大赛")), ("trained_apprentices", re.compile(r"徒")),
              # the kinds of deed the notices' alternative conditions name, each a way of saying the achievements
              ("achievements", re.compile(r"业绩|成果|专利|发明|革新|技改|技术改造|数字化改造|攻关|标准|操作法|绝活|绝技|绝招|"
                                          r"智能体")))


# a bare yes opening a reply, cut from what follows it ("是的 一直在浙江", "对，还在车间修机器")
_YES_OPENING = re.compile(r"^\s*(?:是|是的|是啊|对|对的|对啊|嗯+|恩+|没错)[，,。；;！!？?\s]+")


def yes_opening(text: str) -> str | None:
    """What follows a bare yes opening ``text`` ("是的 一直在浙江" -> "一直在浙江"), or None when it opens otherwise."""
    m = _YES_OPENING.match(text)
    return text[m.end():] if m else None


def _names_deed(rest: str) -> bool:
    """Whether ``rest`` names a deed: its words of the kinds of deed, of apprentices, of results, or a kind of
    achievement the classifier finds in it."""
    from assistant.extract.patterns import ACHIEVEMENT_WORDS, APPRENTICE_WORDS
    from assistant.language import achievement_kinds

    return bool(LIST_CUES[-1][1].search(rest) or ACHIEVEMENT_WORDS.search(rest) or APPRENTICE_WORDS.search(rest)
                or re.search(r"[0-9０-９]|提高|降低|缩短|节约|节省|省下|减少", rest) or achievement_kinds(rest))


def yes_to_another(text: str) -> bool:
    """Whether ``text`` opens with a bare yes and names no deed after it: a yes to something else (the post, the
    level), not a deed (the achievements and apprentices questions ask which ones)."""
    rest = yes_opening(text)
    return bool(rest and rest.strip()) and not _names_deed(rest)


# an exam named without its completion ("技师还在考", "明年考技师"; not "考出来的", "考过了", "2018年考的") is no level held
_EXAM_TO_PASS = re.compile(r"考(?!出|过|到|了|下|上|取|的|完|好)")
_NOW = re.compile(r"现在|目前|如今|眼下")


def past_clause(clause: str) -> bool:
    """Whether ``clause`` speaks of the past ("以前是高级工", "之前在合肥"), as the extractor's clause guards read it."""
    return _past(clause)


def _past(clause: str) -> bool:
    """Whether ``clause`` speaks of the past ("以前是高级工"), as the extractor's clause guards read it."""
    from assistant.extract.text import normalize, segments

    return any(seg.past for seg in segments(normalize(clause)))


_UNSURE = re.compile(r"可能|也许|不一定|说不准|不确定|或许|问|查|回头|记不|忘|清楚|知道|晓得|确定|记得")
# the yes/no questions whose answer is the asker's own standing, said by any verb ("单位统一入的", "返聘的"); whether the
# work is digital or the level the top one is judged on what is said, not on its polarity ("做焊接的" is no yes)
_STANDING = ("union_member", "rehired")


def _states_another(short: str) -> bool:
    """Whether a reply that does not name the question's topic only says what the asker is: a noun with no verb but
    the copula ("我是党员", "党员", "是正式工", "我是技术骨干"), by jieba's tags. An answer about one's standing says it
    with a verb of its own ("单位统一入的", "交的", "早入了") or a bare yes ("是的")."""
    from assistant.retrieval.segment import tags

    words = [(w, f) for w, f in tags(short) if not re.fullmatch(r"[嗯恩哦噢啊呃额]+", w)]  # "恩恩" is tagged a noun
    return any(f.startswith("n") for _, f in words) and not any(f.startswith("v") and w != "是" for w, f in words)


def _polarity(field: str, short: str, today: dt.date) -> dict:
    """A short reply to a yes/no question that is neither a bare yes nor a bare no ("单位统一入的", "交的", "还没加入",
    "这个没有"): its polarity, by the language layer's negation, is the answer; unless it is unsure, asks, or names
    another fact (a place, a level, a count, a choice, a list), which it then answers instead."""
    from assistant.extract.numbers import NUM, durations
    from assistant.language.clauses import negated

    # (a bare count in words, "八", "十二", "三个", is a count said for another question, no yes)
    if field not in _STANDING or len(short) > 8 or _UNSURE.search(short) or asks(short) or _names_another(field, short, today) \
            or durations(short) or re.search(r"[0-9]", short) or re.fullmatch(rf"{NUM}(?:个|项|次|名|位|岁|多|来)*", short) \
            or any(cue.search(short) for _, cue in LIST_CUES) \
            or any(read_reply(other, short, today) for other in _ENUMS):
        return {}
    return {field: not negated(short)}


# a clause naming the occupation's top level or one above the asker's ("最高是高级技师", "上面还有高级技师"), and the
# asker's place below it said in steps ("我还差一级", "低两级")
_CEILING = re.compile(TOP_LEAD + r"|(?:上面|往上|再上|之上)(?:一级)?(?:还)?(?:有|是)")
_BELOW = re.compile(r"(?:差|低|少|下面)(?:了)?(?:一|两|二|1|2)(?:个)?(?:级|档|等)")
# the trade named as the one whose top is said ("我们这行最高是…", "这个工种最高…"); "不是，最高是高级技师" to the level
# question says the asker's own highest
_TRADE = re.compile(r"行|工种|职业|我们|这个|本")
_ABOVE = re.compile(r"(?:上面|往上|再上|之上)")


def _trade_ceiling(clause: str) -> bool:
    """Whether ``clause`` names the trade's top or a level above the asker's, not the level held."""
    m = _CEILING.search(clause)
    return bool(m) and (bool(_ABOVE.search(m[0])) or bool(_TRADE.search(clause[:m.start()])))


# a clause that only lists levels ("上面还有技师 高级技师": the second clause), which goes on with the clause before it
_ANY_LEVEL = re.compile("|".join(w for w, _ in _SKILL_WORDS))
_LEVELS_ONLY = re.compile(r"^(?:" + "|".join(w for w, _ in _SKILL_WORDS) + r"|[、和跟及与，,\s])+$")


def ceiling_levels(text: str) -> set[str]:
    """The levels ``text`` names as rungs above the one held, never held: those of a clause naming them ("上面还有
    技师"), and of the bare list of levels that goes on with it ("…技师 高级技师 没去考" to "是不是本职业最高等级":
    高级技师 is a rung above, not a level said against the 高级工 held). The trade's top alone ("我们这个工种最高就是
    技师") may be the level held, so it is not among them."""
    from assistant.chat.case.said import clauses_of

    def named(words: str) -> set[str]:  # each level word once, the longest first (高级技师, not its 技师 too)
        return {next(v for w, v in _SKILL_WORDS if re.fullmatch(w, m[0])) for m in _ANY_LEVEL.finditer(words)}

    out: set[str] = set()
    listing = False
    for clause in clauses_of(text) or [text]:
        if _trade_ceiling(clause) and _ABOVE.search(clause):  # the top alone ("最高就是技师") may be the one held
            listing = True
            out |= named(_CEILING.split(clause)[-1])
        elif listing and _LEVELS_ONLY.match(clause):
            out |= named(clause)
        else:
            listing = False
    return out


def names_trade_top(text: str) -> bool:
    """Whether ``text`` names the trade's top apart from the level held ("我们这行最高是高级技师，我还差一级"), not
    the asker's own highest ("不是，最高是高级技师" to the level question)."""
    from assistant.chat.case.said import clauses_of

    return _relative_level(text) is not None or any(_trade_ceiling(c) for c in clauses_of(text) or [text])


_AT_TOP = re.compile(r"已经是了|我就是|就是最高|到顶了?|最高的了|已经是最高")
_TOP_LEAD = re.compile(TOP_LEAD)  # "上面还有高级技师" names a level above; only the top can be held
def _relative_level(text: str) -> str | None:
    """The level held, said by its place under the occupation's top ("我们这行最高是高级技师，我还差一级" -> 技师,
    "上面还有高级技师，我低两级" -> 高级工, "最高就是技师，我已经是了" -> 技师); None when no place is said."""
    from assistant.chat.case.said import clauses_of

    parts = clauses_of(text) or [text]
    ceiling = next((c for c in parts if _CEILING.search(c)), None)
    below = _BELOW.search(text)
    if ceiling is None or below is None and not _AT_TOP.search(text):
        return None
    top = next((v for words, v in _SKILL_WORDS if re.search(words, _CEILING.split(ceiling)[-1])), None)
    steps = 0 if below is None else 2 if re.search(r"两|二|2", below[0]) else 1
    if top is None or not steps and not _TOP_LEAD.search(ceiling) or SKILL_LEVELS.index(top) - steps < 1:
        return None  # "上面还有高级技师，已经是了" says no place
    return SKILL_LEVELS[SKILL_LEVELS.index(top) - steps]


_HAS_NOT = re.compile(r"没|无|未|木有|不曾")  # the negations of having: 不 alone negates another verb ("不在身边")
# a none to a which-ones question is a none of having (没, 无, 未 …), of reaching one ("谈不上", "够不上", "挨不上")
# or a form's 否; a reply whose only negation is 不 of another verb ("干活的 不管人", "不带人", "不上机", "不是领导")
# tells the post, another fact, and leaves the list asked (dlg-bf probes); to the deeds question such a reply says
# there is nothing but the job (pending_answers.none_but_the_job), a none as before
_NONE_OF_HAVING = re.compile(_HAS_NOT.pattern + r"|[谈算够挨说排轮评拿得]不[上到着]|不沾|^否$")
_CLAUSE_BREAK = re.compile(r"[，,。；;！!？?\s~～…、]+")


def _clause_naming(cue: re.Pattern | None, text: str) -> str | None:
    """The one clause of a several-clause reply that names the yes/no question's topic ("会员是的" of "会员是的，称号
    没评过"), when the others each say something of their own: a negation is read within its clause, so the 没 of
    another topic's clause says nothing of this one. None when the topic is said first and its yes or no after it
    ("工会会员，没有", "工会？应该是吧": that bare yes or no is the answer), or when no single clause names it."""
    if cue is None:
        return None
    parts = [p for p in _CLAUSE_BREAK.split(text) if p]
    named = [p for p in parts if cue.search(p)]
    if len(parts) < 2 or len(named) != 1:
        return None
    bare = [p for p in parts if p != named[0] and (_YES.match(_FILLER_TAIL.sub("", p) or p) or _NO.match(p)
                                                   or _HEDGE_YES_NO.match(p) or not_known(p))]
    return None if bare else named[0]


_CONFIRM_HEAD = re.compile(r"^(?:对|对的|是的|是啊|是|嗯+|恩+|没错)[，,。！!\s]+")


def _confirms_another(field: str, text: str) -> bool:
    """Whether a reply to a list question opens with a yes and then denies something that is not the list ("对，单人
    赛，不是组队的" confirms the individual result the answer assumed): a yes says something else is right, and the
    no after it is that thing's, not a none to the list. "对，没评过" (the list's verb) and "对，没有" (bare) say none."""
    m = _CONFIRM_HEAD.match(text.strip())
    if m is None:
        return False
    rest = text.strip()[m.end():]
    bare = _NONE.match(re.sub(r"[，,。！!\s]", "", rest)) and len(re.sub(r"\W", "", rest)) <= 4
    return not bare and not any(f == field and cue.search(rest) for f, cue in LIST_CUES)


_OPENS_NONE = re.compile(r"^(?:都|全都|一样都|啥都|什么都)?(?:没有|没|无)(?:的|啊|呀|哦|嘞)?[，,。；;\s]")


def _kind_scoped(text: str) -> bool:
    """Whether ``text`` denies achievements of the kinds it names only (``language.classify.denied_only``)."""
    from assistant.language.classify import denied_only, says_no_achievement

    return says_no_achievement(text) and denied_only([text]) is not None


def _says_none(text: str) -> bool:
    from assistant.language.clauses import says_none

    if _NONE.match(text):
        return True
    try:
        return says_none(text)
    except Exception:  # noqa: BLE001 - a classifier failure must not lose the turn
        return False


def _years(text: str, today: dt.date) -> tuple[float | None, str | None]:
    """A year count ("十年", "两年半", "8年多") or a start date ("2019年3月", "18年底") -> (years, start month).
    A start whose month is open counts from its latest month (``open_span`` gives the earliest too)."""
    from assistant.extract.numbers import durations
    from assistant.extract.resolve import since
    from assistant.extract.start_dates import YEAR_THEN_CAME, start_span

    spans = [] if YEAR_THEN_CAME.search(text) else durations(text)  # "19年过来的" is a year, not 19 years
    if spans:
        return spans[0].years, None
    span = start_span(text, today)  # "2008年来的", "去年8月", "2021年下半年"
    if span is not None:
        return since(span[1], today), span[1]
    bare = re.fullmatch(r"\s*([0-9]+(?:\.[0-9]+)?|[一二两三四五六七八九十]+)\s*", text)
    if bare:
        from assistant.extract.numbers import to_number

        value = to_number(bare.group(1))
        return (value, None) if value is not None and value <= 60 else (None, None)
    return None, None


_YES_NO_HEAD = re.compile(r"^(?:是的|是啊|是|对的|对|嗯+|恩+|没错|不是|不|没有|没)")


def _names_another(field: str, short: str, today: dt.date) -> bool:
    """Whether a yes/no reply names the topic or value of another field ("是的会员", "会员是的", "对，高级工"):
    it answers that field, not this one. A bare "是" names nothing and answers the question asked."""
    if any(names_field(other, short) for other in BOOL_FIELDS if other != field):
        return True
    rest = _FILLER_TAIL.sub("", _YES_NO_HEAD.sub("", short))
    if len(rest) < 2:
        return False
    return any(read_reply(other, rest, today) for other in ("skill_level", "employer_city", "nationality")
               if other != field) or bool(titles_named(rest))


def _elsewhere(field: str, text: str) -> bool:
    """A count said in a place outside the one ``field`` counts ("在上海干了4年" for the years in Hangzhou)."""
    from assistant.extract.places import cities_in

    where = {"years_full_time_in_hangzhou": "杭州", "years_full_time_in_zhejiang": "浙江省"}.get(field)
    places = cities_in(text)
    if where is None or not places:
        return False
    _, _, city, province = places[-1]
    return (city if where == "杭州" else province) != where


# "二十好几年", "十好几年": a round ten and some more, said as the counts' own "二十几年" (extract.numbers reads that)
_SOME_MORE = re.compile(r"(?<=十)(?:好|好些|大)几(?=年)")


def _some_more(text: str) -> str:
    return _SOME_MORE.sub("几", text)


def open_span(field: str, text: str, today: dt.date) -> tuple | None:
    """(earliest, latest) start month of a reply to a year-count question that names a start without its month
    ("2019年来的" -> 2019-01..2019-12), or (highest, lowest) of a hedged count ("二十多年" -> 29.99, 20.0); None
    when the reply is an exact count or an exact month."""
    if field == "birth_date":  # "1956年的": January to December, the month asked only if it decides
        born = read_reply(field, text, today).get(field)
        if born and born.endswith("-01") and not re.search(r"月|岁|初|一月|元月", text):
            return born, f"{born[:4]}-12"
        return None
    if expect_for(field).kind != "years":
        return None
    from assistant.extract.numbers import durations
    from assistant.extract.start_dates import start_span

    short = _some_more(re.sub(r"[，,。！!？?\s~～…]", "", text or ""))
    spans = durations(short)
    if spans:  # "二十多年": (29.99, 20.0), a hedged count's highest and lowest; an exact count closes it
        return (spans[0].span[1], spans[0].span[0]) if len(spans) == 1 and spans[0].span is not None else None
    span = start_span(short, today)
    return span if span and span[0] != span[1] else None


# a numeral said alone in a reply, with at most a stance before it and a softener after it ("〇三", "是一三吧", "九八左右")
_LONE_NUMERAL = re.compile(r"(?:(?<=^)|(?<=[\s，,。；;]))(?:是|就是|大概|应该是|好像是|估计是)?"
                           r"([0-9]{2}|[0-9]{4}|[〇零一二三四五六七八九]{2}|[〇零一二三四五六七八九]{4})"
                           r"(?=(?:吧|啊|呢|的样子|左右|那样)?(?:$|[\s，,。；;！!？?]))")


def years_said_bare(text: str, today: dt.date) -> str:
    """``text`` with each numeral said alone that can only be a year ("〇三", "一三吧", "九八 一直在这个厂") written as
    that year ("2003年"): to a question about the years, the year the work began said without its 年 (``bare_year``);
    a count ("十二", "13") and two neighbouring digits ("二三", two or three) are left as said."""
    from assistant.extract.numbers import bare_year

    def year(m: re.Match) -> str:
        said = bare_year(m.group(1), today)
        return m.group(0) if said is None else m.group(0).replace(m.group(1), f"{said}年", 1)
    return _LONE_NUMERAL.sub(year, text)


def read_reply(field: str, text: str, today: dt.date) -> dict:
    """Profile facts the reply ``text`` gives for ``field`` (``{}`` when it does not answer it)."""
    text = (text or "").strip()
    if not text:
        return {}
    kind = expect_for(field).kind
    if kind == "years":  # the question asks the years: "〇三" is the year 2003 the work began
        text = years_said_bare(text, today)
        wrong = said_wrong_at(text)  # "一三年进的厂 不对 记错了 是〇三年": the years said after the correction
        if wrong is not None and text[wrong.end():].strip():
            got = read_reply(field, text[wrong.end():], today)
            if got:
                return got
    short = raw = _some_more(re.sub(r"[，,。！!？?\s~～…]", "", text))
    short = _FILLER_HEAD.sub("", short) or short  # "嗯，是的" / "我是" / "就是中国的"
    short = _FILLER_TAIL.sub("", short) or short
    short = plain_reply(short)  # "对头", "嗯呐" -> 是; "冇得", "一个都冇" -> 没有
    head = bare_head(text) if kind == "bool" else None
    told = re.sub(r"\W", "", text.strip()[len(head):]) if head is not None else ""
    if head is not None and (len(short) > MAX_BARE or not any(cue.search(text) for cue in CUES.values())
                             and (len(told) > _BARE_VALUE or _CONTRAST.match(told))):
        # "应该不是吧，听说还有高级技师", "是 不过我在杭州才干了两年": a bare yes or no said first answers the yes/no
        # question asked, however short the rest, when the rest tells something of its own (a reason, another fact:
        # the extractor's). A short reply naming a yes/no topic ("是，会员") or a bare value after the yes ("是的，
        # 高级工", "是，在宁波": the yes confirms that value) is read below, as before
        return read_reply(field, head, today)
    relative = _relative_level(text) if field in ("skill_level", "is_highest_level_of_occupation") else None
    if relative:  # "最高是高级技师，我还差一级": the level held, and that it is not the top
        return {field: relative} if field == "skill_level" else {field: _BELOW.search(text) is None}
    if len(short) > MAX_BARE and kind in ("bool", "enum", "text") or len(short) > MAX_BARE and kind == "list" \
            and field != "achievements" and not (field == "prior_titles" and len(short) <= 2 * MAX_BARE):
        # (the titles held, named with their years or beside awards, run longer: "全国技术能手、浙江省首席技师",
        # "浙江省首席技师（2018年）" are read as the reply below, up to twice the bare length)
        return {}  # a long message is read by the extractor, not as a bare reply
    if kind == "bool":
        short = _STANCE.sub("", short) or short
        short = _FILLER_TAIL.sub("", short) or short
        if short == "无" or not_known(short):
            return {}  # "无" answers a list question ("没有请填“无”"); "不清楚" says nothing either way
        if field == "is_highest_level_of_occupation" and _TOP_NAMED.search(short) and not _NO.match(short):
            return {}  # "最高是高级技师" names the top level; whether the asker holds it is read in context
        if field == "is_highest_level_of_occupation" and higher_exists(short):
            return {field: False}  # "有高级技师的", "上面还有高级技师": a level above the one held exists in the trade
        cue = CUES.get(field)
        own = _clause_naming(cue, text)
        got = read_reply(field, own, today) if own is not None else {}
        if got:  # "会员是的，称号没评过": the 没 of the titles' clause is no "no" to the union
            return got
        if RHETORICAL_NO.search(short) and len(short) <= MAX_BARE and not any(
                names_field(other, short) for other in CUES if other != field) \
                and not any(cue.search(short) for _, cue in LIST_CUES):  # "我们这种小厂哪有": none to be had
            return {field: False}
        if cue is not None and cue.search(short) and len(short) <= MAX_BARE:  # "会员", "入了会的", "没入会"
            negative = bool(re.search(r"不|没|非|未|无", short))
            holder = _HOLDER.get(field)
            if not negative and holder is not None and not holder.search(short):
                return {}  # "我们厂有工会": the union exists; whether the asker is a member is not said
            from assistant.extract.people import rehire_not_now

            if not negative and field == "rehired" and rehire_not_now(short):
                return {}  # "以后退休了想返聘", "返聘的老师傅很多": a rehire ahead, or other people's
            return {field: not negative}
        if _NO.match(short):  # a bare no ("木有") names nothing else
            return {field: False}
        if _names_another(field, short, today):
            return {}  # "是的会员" to "是否为本工种最高等级？": the yes is the union's, named in the same breath
        if len(short) <= 6 and re.match(r"^(?:不|没|无|非|未)", short):  # a bare no returned above
            return {field: False}
        if field in _STANDING and _states_another(short):
            return {}  # "我是党员", "是正式工" to the union question: what the asker is, another thing, no yes
        if _YES.match(short) or _YES.match(raw) or (len(short) <= 6 and re.match(r"^(?:是|有|对|算)", short)):
            return {field: True}
        now = now_said(text)
        if now is not None:  # "以前是 后来退了": the state now answers, the one before does not
            return {field: False} if left_it(now) else read_reply(field, now, today)
        first = re.split(r"[，,。；;！!\s]+", text.strip())[0]
        if first and first != text.strip():  # "算是吧，每年交会费": the yes or no said first answers
            return read_reply(field, first, today)
        return _polarity(field, short, today)
    # "没有别的，就杭州工匠", "不是省里的，是杭州工匠": the no keeps a title out of it, which is held (honour_lists.only)
    kept = field == "prior_titles" and kept_out(short) != without_honours(short)
    if field == "prior_titles" and len(short) > MAX_BARE and others_named(without_honours(short)):
        return {}  # "我带的徒弟前年评上了杭州工匠": whose title it is, the extractor reads (as it did before held21)
    if kind in ("list", "text") and _DISAGREES.match(short) and not kept:
        return {}  # "不是，他一直在车间修设备" to "他的主要业绩有哪些？": a no to something else said, not "none"
    if kind == "list":
        if len(short) <= MAX_BARE and (_says_none(short) and (field == "achievements" or _NONE_OF_HAVING.search(short))
                                         or RHETORICAL_NO.search(short)) \
                and not _confirms_another(field, text) and not kept:
            # "标准没碰过，攻关也谈不上": a no naming kinds closes those kinds only, so it is kept as said
            # (docs/verdict-policy.md, 明说没有); a no naming none ("都没有") is the empty list
            # ("没有的，标准啥的没碰过…": a reply opening with a no of its own answers the question whole)
            return {field: [text]} if field == "achievements" and _kind_scoped(text) and not _OPENS_NONE.match(text) \
                else {field: []}
        if field == "prior_titles" and len(short) <= 2 * MAX_BARE \
                and not re.search(r"没|未|不是|无|提名|想|能|吗", kept_out(short)) \
                and not asks(without_honours(text)):  # "浙派工匠那个我够不够" asks about the programme; it holds no title
            # (the honours' names blanked: "市技术能手、杭州工匠" asks nothing by 技术能手's 能; and a denial keeping one
            # out, "没有别的，就杭州工匠", denies the others only)
            from assistant.extract.honours import below_titles

            # "集团评的数字工匠 内部的": a body below the city's own title, which a notice names not
            titles = below_titles(text) or titles_named(short)  # "杭州工匠", "评过杭州工匠，2020年的": the titles the packs know
            return {field: titles} if titles else {}
        # what one achieved is free text: the reply itself, verbatim, is the achievement
        # "在浙江多少年不太清楚，反正很久了" beside the deeds question: what the asker does not know is no deed
        # "是的 一直在浙江" to "她的主要业绩有哪些？": a bare yes opening a reply to a which-ones question agrees to
        # something else (the asker answers a question of their own making); with no deed said after it, no deed
        return {field: [text]} if field == "achievements" and len(short) >= 6 and not asks(short) \
            and not not_known(short) and not yes_to_another(text) else {}
    if kind == "years":
        short, text = _SINCE.sub("从", short), _SINCE.sub("从", text)
        if len(short) > MAX_BARE:  # a longer reply: the clause about the work, not an award's or a birth year
            parts = clauses_of(text)
            clauses = [c for c in parts if not _NOT_WORK_TIME.search(c) and _WORK_TIME.search(c)]
            # "2018年来杭州读研，2020年7月毕业就进了这家公司": the trade's start is the clause of the work, not the arrival
            clauses.sort(key=lambda c: field == "years_in_field" and bool(ARRIVED.search(c)) and not (
                STARTED_WORK.search(c) or JOINED.search(c)))
            short = next((c for c in clauses if _years(c, today)[0] is not None), "")
            if not short and clauses:  # "大学毕业那年开始干的，2013年": the work's clause, and its year said apart
                short = next((c for c in parts if c not in clauses and not _NOT_WORK_TIME.search(c)
                              and _years(c, today)[0] is not None and re.search(r"[0-9〇零一二]{2,4}年", c)), "")
            if not short:
                return {}
        elif _NOT_WORK_TIME.search(short) and not _WORK_TIME.search(short):
            # "拿过市五一劳动奖章" to the years question: an award (its 五一 no May), no time at work; a count said
            # in a clause of its own beside it ("三年，拿过区里的奖") still answers
            short = next((c for c in clauses_of(text) if not _NOT_WORK_TIME.search(c)
                          and _years(c, today)[0] is not None), "")
            if not short:
                return {}
        if _elsewhere(field, short):
            return {}  # "之前在上海还干了4年" counts no years in Hangzhou
        years, start = _years(short, today)
        if years is None and len(clauses_of(text)) > 1:  # "毕业就干 14年毕业的": the year in a clause of its own
            years, start = next((got for c in clauses_of(text) if not _NOT_WORK_TIME.search(c)
                                 for got in [_years(c, today)] if got[0] is not None), (None, None))
        if years is None:
            return {}
        out: dict = {field: years, "facts_as_of": today.isoformat()}
        if start and field in START_OF:
            out[START_OF[field]] = start
        return out
    if kind == "month":
        from assistant.extract import extract
        from assistant.extract.when import parse_when

        said = extract(text, today).profile.get("birth_date")  # "今年45岁", "88年的": the extractor's rules
        if said or "岁" in short:
            return {field: said} if said else {}

        when = parse_when(short, today)
        return {field: when.last_month if when.first.month == when.last.month else f"{when.first.year}-01"} if when \
            else {}
    if kind == "city":
        from assistant.extract.places import city_now

        city = city_now(text)  # "不在杭州，在嘉兴": the place said last, not denied, not of the past
        if city:
            return {field: city}
        if re.search(r"省外|外地|外省", short):
            return {field: "外省"}
        return {}
    if field == "nationality":
        if _CHINESE.match(short):
            return {field: "中国"}
        if _FOREIGN.search(short):
            return {field: "外国"}
        if _LOCAL.search(short) or _native_place(short):
            return {field: "中国"}  # "本地人，土生土长的", "河南人", "老家安徽的": from a place in China
        # The question is "您的国籍是？", not "是中国国籍吗？": a bare "没有"/"不是" answers some other question the
        # applicant had in mind, and reading it as "foreign" turned a 余杭 lathe operator not_eligible.
        return {}
    if field == "skill_level":
        from assistant.extract.honours import without_titles
        from assistant.language.clauses import clauses
        from assistant.language.lexicon import irrealis

        # the level held is named in an affirmed clause of now: "高级工，技师还没去考" holds 高级工, not the 技师 not
        # yet taken; "技师还在考，现在高级工" not the exam still to pass; "以前是高级工，现在技师了" not the past one
        held = []
        for clause in clauses(re.sub(r"\s+", "，", text)):
            if clause.negated or _EXAM_TO_PASS.search(clause.text) or irrealis(clause.text) or _past(clause.text) \
                    or _trade_ceiling(clause.text):  # "我们这行最高是高级技师", "上面还有高级技师": not the level held
                continue
            # the 一级 of "还差一级" is a step, not the grade 一级 (高级技师); "那个是淳安县的首席技师" names a
            # title (the extractor's level reader blanks them too), not the level held
            named = _BELOW.sub("", without_titles(clause.text))
            value = next((v for words, v in _SKILL_WORDS if re.search(words, named)), None)
            if value:
                held.append((not _NOW.search(clause.text), value, bool(_CEILING.search(clause.text))))
        if any(not top for *_, top in held):  # "最高是高级技师，我是技师": a top named beside the level held is the trade's
            held = [h for h in held if not h[2]]
        if held:
            return {field: min(held, key=lambda h: h[0])[1]}  # a level said of now first, else the first said
        if re.fullmatch(r"(?:无|没有|没|都没有|暂无|木有|没考过?|还没有?)(?:的|呢|啊|哦)?", short) or re.search(r"没有?(?:证|等级|考)|(?:证|等级).{0,3}(?:没有|无)", short) \
                or re.search(r"证|等级|资格|技能", short) and _HAS_NOT.search(short) and _says_none(short):
            # not "没退休，在厂里上班"; and a 不 of place or memory ("证书不在身边", "证书号不记得") holds one
            return {field: "none"}
        return {}
    if field == "role_type":
        from assistant.extract.post_words import own_hands, post_in_words

        post = post_in_words(text)  # "前年调去管生产了", "仓管": the post in everyday words, before the table's words
        if post:  # ("技术副总，但也常下车间": a head with hands on the work answers neither way, and stays asked)
            return {} if post == "open" else {field: post}
        if own_hands(text):  # "活都是我自己干", "不是管理 就是干活的": one's own hands on the work, the front line
            return {field: "frontline_technical"}
    if field in _ENUMS:
        if field == "employment" and re.search(r"返聘", short):
            return {"employment": "retired", "rehired": True}
        for words, value in _ENUMS[field]:
            if re.search(words, short):
                return {field: value}
        return {}
    if field == "trained_apprentices":  # (a bare yes with no deed after it agrees to something else, as above)
        return {field: "无"} if _says_none(short) else {} if yes_to_another(text) else {field: text}
    return {}


assert set(SKILL_LEVELS) >= {v for _, v in _SKILL_WORDS}
