"""What a turn is about: a programme opened, a follow-up on another programme ("那首席技师呢"), an edition switch,
a recommendation, direct recognition, the same question asked again, the person the talk is about, and titles named
only to be denied or said as held.
"""

from __future__ import annotations

import copy
import re

from assistant.chat.case.said import ASKING_JI, asked_part, asks
from assistant.chat.case.state import Session
from assistant.chat.case.together import RELATIONS
from assistant.chat.routing import Route
from assistant.chat.rules.answer_types import asks_notice_value
from assistant.extract.subject import REQUEST_WORDS

MAX_FOCUS = 3  # programmes kept in focus (the newest first)


RECOMMEND = re.compile(
    r"哪(?:个|一个|项|些|几个|种).{0,8}(?:最?适合|合适|最好|更好|能报|可以报|能申报|可以申报|好报|有戏|有希望|机会大|把握)|"
    r"(?:能|可以|适合|值得)(?:报|申报|评|参评|申请).{0,3}哪(?:些|几个|个|项|一个)|适合.{0,4}(?:哪个|哪些|什么)|"
    r"(?:给我|帮我)推荐.{0,2}(?:哪个|哪些|一个)|(?:报|申报)什么(?:好|合适|荣誉)|我?能报哪|都能报吗|"
    r"有哪些.{0,6}(?:能|可以)(?:报|申报)|"
    r"(?:报|申报|评|参评|申请|选)(?:哪|什么)(?:个|一个|项|些|种)?.{0,4}(?:好|合适|划算|靠谱|有戏|容易|稳)|"
    r"(?:应该|该|要|最好|得)(?:报|申报|选|参评)哪|"
    r"(?:能|可以)(?:报|申报|评|参评|申请)(?:点)?(?:别的|其他|其它)|(?:别的|其他|其它)(?:的|荣誉|项目|称号)?(?:能|可以|还能)(?:报|申报|评)"
)


# "哪个最对我路子", "哪个跟我情况最搭", "这几个哪个对我来说最容易": which of the honours (two or more named, or none,
# so all five) fits the asker, however the fitting is said; the table above lists the common sayings, this reads the
# shape (which one + the asker), so a new way of saying "fits me" needs no row (a body or a time asked is no honour)
_WHICH_FOR_ME = re.compile(r"哪(?:个|一个|项|些|几个|种)(?:荣誉|称号|项目)?(?!部门|单位|机构|人|时候|时间|网站|邮箱|窗口|级|天)"
                           r"[^，,。；;？?！!]{0,8}(?<![你他她])(?:我|俺)(?!们)")


def asks_which_fits(text: str, programs: tuple[str, ...]) -> bool:
    """Whether ``text`` asks which honour suits the asker: a recommendation ("哪个最适合我" and its kin)."""
    return bool(RECOMMEND.search(text)) or (len(programs) != 1 and bool(_WHICH_FOR_ME.search(text)))


# "那首席技师呢？", "那浙派呢", "换成2016年那届呢": the same question about another programme.
# a short turn that asks the same of another programme or edition: "那浙派呢", "换成第一届呢", and the whole family of
# "may I" tails, a modal or an applying verb asked with 吗/么/伐, V-不 or A-not-A ("报数字工匠可以不", "可不可以",
# "行不", "能评伐", "好报伐")
_MAY_I = r"(?:可以|行|能报|能评|能申请|能申报|好报|报得了|够格|有戏|符合|够|能)"
FOLLOW_UP = re.compile(r"^(?:那|那么|那如果|如果|换成|改成|要是|还有|再看看|看看)?[^。？?]{0,24}(?:呢|怎么样|如何|"
                       rf"{_MAY_I}(?:吗|么|伐|不|没)|(?:可|行|能|够)不(?:可以|行|能|够)|能不能(?:报|评|申请|申报)?|"
                       r"行不行|可以吗|能报吗|有戏吗|符合吗|够吗)[？?!！。]*"
                       # a choice made among the programmes shown ("那就浙派吧", "就报首席技师吧", "先看杭州工匠"):
                       # the check narrows to it, whatever is told after it
                       r"|^(?:那|那么|好|行|嗯)?[，,\s]*(?:就|先|还是)(?:报|选|看|申请|弄|搞)?[^，,。？?\s]{2,12}?(?:吧|好了|算了)?"
                       r"(?=[，,。！!\s]|$)")


# "干了十几年", "好几年", "这几年": a count said with 几 is no question of how many years (said.ASKING_JI)
RULE_QUESTION = re.compile(ASKING_JI + r"年|多久|多长时间|多少|什么时候|何时|截止|哪天|几号|怎么报|如何申报|流程|材料|名额|字数|奖励|要求|条件是|需要什么")


def kept_in_focus(session: Session, named: tuple[str, ...]) -> tuple[str, ...]:
    """The programmes in focus after a turn: those named first, then those the talk was about, at most MAX_FOCUS."""
    return tuple(dict.fromkeys((*named, *session.programs)))[:MAX_FOCUS]


# What a message that only opens a programme says around its name: greetings, "想问问", "了解一下", "是干嘛的"
_OPENING = re.compile(r"你好|您好|请问|老师|师傅们?好?|大家好|在吗|打扰了?|想|问问|问一?下|了解(?:一?下)?|咨询(?:一?下)?|"
                      r"介绍(?:一?下)?|打听(?:一?下)?|说说|讲讲|聊聊|关于|那个|这个|有关|的事情?|的情况|情况|"
                      r"是(?:干嘛|干啥|干什么|做什么|什么|啥)(?:的|东西)?|怎么回事|是怎么样的|看看|我|俺|本人|一下|下|"
                      r"呢|啊|吧|呀|哈|嗯|哦|了|的|事|东西|项目|荣誉|称号|评选|认定|申报|这块|方面")


_FEMALE = re.compile(r"她|老婆|妻子|媳妇|爱人她|妈|母亲|姐(?!夫)|妹(?!夫)|女儿|阿姨|大妈|婶")  # 姐夫, 妹夫: men


# "那我老婆呢？她在下沙做质检", "那说说我徒弟，技师…", "换我爸看看": a follow-up that turns the talk to a person named
# (as "那浙派工匠呢" to a programme). The person is one of one's own (我/俺 + the relation); what turns to them is a
# turning word before it (那, 换成, 说说, 再问问…) or an ask after it (呢, 怎么样, 能报吗).
_TURNING = r"(?:那|那么|那要是|要是|换成|换|还有|再|说说|讲讲|看看|问问|问下|问一下|轮到|接着|然后|帮)"
_ONES_OWN = rf"(?:我|俺)(?:的|家)?(?:{RELATIONS})"
_OTHER_NEXT = re.compile(rf"^(?:{_TURNING}+{_ONES_OWN}(?:呢|吧|的情况|[，,。；;\s]|$)|{_TURNING}*{_ONES_OWN}"
                         r"(?:呢|怎么样|行不行|可以吗|能报吗|能不能报))")
# A message that only turns the talk to another person, and so says no fact of them ("那说说我徒弟", "换个人问问，我一个
#同事", "我还想问问我爱人的", "那我带的那个徒弟呢", "先不说我了，说说我们店里的小王", "我徒弟能不能报？"): turning words,
# then one's own person (with where they are and which one: 店里的, 带的那个, 一个), then only an ask or a particle.
_SWITCH_CUE = (r"(?:那|那么|那要是|要是|先不说我了?|不说我了|我的说完了|换个人|换一个人|换成|换|我?还想|我?也想|我?想|还|也|再|"
               r"说说|讲讲|看看|问问|问下|问一下|帮我?|替我?|轮到|接着|然后|下面|接下来)")
_OWN_MORE = r"师兄|师姐|师弟|师妹|搭档|领导|班长|组长|小伙伴"  # one's own people besides RELATIONS (chat.case.together)
_WHICH_ONE = (r"(?:(?:店|厂|车间|单位|公司|班组|组|队|家|部门|科室|团队)里?的?)?"
              r"(?:带的|带过的|带出来的|教的|教出来的|收的|新来的)?(?:那个|那位|这个|这位|一个|一位|个|位)?")
_THEIR_ASK = (r"(?:的情况|的事|的|也|跟你|给你|和你|吧|呢|啊|呀|嘛|说一下|说说|讲讲|讲一下|问一下|问问|看看|看一下|"
              r"怎么样|咋样|行不行|可以吗|能报吗|能不能报|能报不|能不能申报|能不能评|够不够|符合吗|有戏吗|"
              r"(?:能|可以)(?:报|申报|评)(?:吗|么|不)?)*")
_SWITCH_ONLY = re.compile(rf"(?:{_SWITCH_CUE}[，,。\s]*)*(?:我|俺)(?:们|家)?的?{_WHICH_ONE}"
                          rf"(?:{RELATIONS}|{_OWN_MORE}|(?:小|老|阿)[\u4e00-\u9fff]){_THEIR_ASK}[？?！!。，,\s]*")


def switch_only(text: str) -> bool:
    """Whether the message only turns the talk to another person: it names no fact of them (the 带 of "我带的那个徒弟"
    and the 徒弟 of "说说我徒弟" are who they are, not what they did)."""
    return bool(_SWITCH_ONLY.fullmatch((text or "").strip()))


# "我师傅让我问问，他62年的…", "我爸托我打听一下": one's own person sends the asker to ask, so the talk is about them
_ON_BEHALF = re.compile(rf"{_ONES_OWN}(?:让|叫|托|要|喊)(?:我|俺)(?:帮(?:他|她|忙))?(?:来)?(?:问|打听|咨询|了解|看看)")
# back to the asker; "说说我徒弟" turns to the apprentice, not to oneself
_SELF_AGAIN = re.compile(rf"我自己|我本人|那我呢|(?:换成|说说|看看)我(?!的?(?:{RELATIONS})|家)|我的情况")


# (``then``: what was said of an earlier round's time is that person's too)
_PERSONAL = ("profile", "sources", "asked", "early", "skill_dates", "said", "tentative", "denials", "then")


def forget_person(session: Session) -> None:
    """Set aside what was said of the person the talk was about; the programmes and the topic stay. The asker's
    own facts are kept aside (``session.own_case``) to be given back when the talk turns to the asker again."""
    kept = {name: copy.deepcopy(getattr(session, name)) for name in _PERSONAL}
    kept["spans"] = list(session.spans)
    if session.subject is None:
        session.own_case = kept
    elif any(f != "facts_as_of" for f in session.profile):
        session.other_case = {**kept, "subject": session.subject}
    for kept in (session.profile, session.sources, session.asked, session.early, session.skill_dates, session.said,
                 session.then):
        kept.clear()
    session.spans.clear()
    session.pending, session.last_verdicts, session.counted, session.asked_back = None, (), None, ()


# who a 他/她 can be besides the one the talk is about: a relative, a colleague, a named person ("老周", "小何")
_SOMEONE_NAMED = re.compile(r"老婆|老公|爱人|媳妇|对象|丈夫|妻子|爸|妈|父亲|母亲|儿子|女儿|闺女|哥|姐|弟|妹|叔|舅|姑|姨|亲戚|"
                            r"同事|师傅|师父|徒弟|学生|朋友|老乡|领导|组长|班长|主任|老板|员工|职工|"
                            r"(?:小|老|阿)[\u4e00-\u9fff](?:[他她]|的|是|在|[，,。\s])")


_APPRENTICES = re.compile(r"徒弟|学生|学徒")  # one's own apprentices are one's own record, not a candidate


def back_to_asker(session: Session) -> bool:
    """After "还是说我自己吧": the asker's own facts set aside when the talk turned to another person, given back.
    True when there were any."""
    kept, session.own_case = session.own_case, {}
    return _restore(session, kept)


# a message that speaks of "him"/"her" first ("他一九年带的徒弟…", "对了 她二三年那会儿…"): its first clause's subject
_THEM_FIRST = re.compile(r"^(?:那|对了|还有|另外|哦|噢|嗯|再说|说回)?[，,。\s]*(?:他|她)(?!们)")


def returns_to_other(session: Session, text: str) -> str | None:
    """The person whose facts were set aside when the asker spoke of themself ("帮我老公问…", then "我自己也是技师 在同
    一个厂做质检的"), when a message speaks of them again with no one else named ("他一九年带的徒弟拿了…"): the 他/她
    of a talk that was about them is still them, as the asker never calls themself 他. None otherwise."""
    kept = session.other_case
    said = (text or "").strip()
    if session.subject is not None or not kept or not _THEM_FIRST.match(said) \
            or _SOMEONE_NAMED.search(_APPRENTICES.sub("", said)):
        return None
    return kept["subject"]


def back_to_other(session: Session) -> bool:
    """After ``returns_to_other``: that person's facts, set aside while the asker spoke of themself, given back."""
    kept, session.other_case = session.other_case, {}
    return _restore(session, kept)


def _restore(session: Session, kept: dict) -> bool:
    """One person's facts, set aside earlier (``kept``), put back as the session's; False when none were kept."""
    if not kept:
        return False
    for name in _PERSONAL:
        value = getattr(session, name)
        value.clear()
        value.update(kept[name])
    session.spans[:] = kept["spans"]
    return True


def same_one_named(session: Session, text: str) -> str | None:
    """The 他/她 of a reply to the question put to "您", when it names the one the talk was about all along: an HR
    officer or a relative answering for the candidate ("省首席技师？他没有" after "想问老周够不够首席技师"). The
    asker never calls themself 他, so with someone named earlier in the talk and no one else named in the reply, the
    facts said so far were that person's and the talk is about them from here; nothing is set aside. None otherwise."""
    if session.subject is not None or session.pending is None or not re.search(r"[他她](?!们)", text) \
            or _SOMEONE_NAMED.search(text) \
            or not any(_SOMEONE_NAMED.search(_APPRENTICES.sub("", user)) for user, _ in session.history):
        return None
    return "她" if re.search(r"她(?!们)", text) else "他"


def subject_of(session: Session, text: str) -> str | None:
    """Who the talk is about: "他"/"她" once a message asks about someone else ("我师傅…他能报吗", "我老婆能报吗"),
    until a message turns to the asker ("那我自己呢")."""
    from assistant.extract.subject import about_other

    if about_other(text) or _OTHER_NEXT.match(text) or _ON_BEHALF.search(text) or switch_only(text):
        return "她" if _FEMALE.search(text) else "他"
    if _SELF_AGAIN.search(text):
        return None
    return session.subject


GREETING = re.compile(r"(?:你好|您好|哈喽|嗨|hi|hello|在吗|在不在|有人吗|老师好|师傅好|师傅们好|大家好|打扰了|请问|"
                       r"早上好|下午好|晚上好|嗯|哦|啊|呀|哈|吧|呢)+", re.IGNORECASE)


GREETING_WORD = re.compile(r"你好|您好|哈喽|嗨|hi|hello|在吗|在不在|有人吗|老师好|师傅好|师傅们好|大家好|早上好|下午好|晚上好",
                            re.IGNORECASE)  # a bare "嗯" goes on with the talk


# Whether one may apply, asked with no subject and nothing said about oneself ("第四届数字工匠能报吗", "首席技师够格
# 不", "浙派工匠有戏吗", "能不能申请杭州工匠"): no fact to check yet. Every verb of applying the notices
# use (报/申报/申请/评/参评/参加/认定), with each way of asking yes-or-no (吗/么/伐/不/A不A) and of asking fitness
# (够格, 够资格, 有资格, 符合, 行, 有戏, 有希望).
_MAY_APPLY = re.compile(r"(?:能|可以|可|能够)(?:不(?:能|可以))?(?:去)?(?:报名|申报|报|申请|参评|评上?|参加|认定)"
                        r"|(?:报|申报|申请|参评)(?:得了|得上)|能不能|可不可以|够格|够不够格|够资格|够不够|有(?:没有)?资格|"
                        r"符不符合|符合|行不行|行|有戏|有希望|有机会|能行|资格|条件够|够|可以|能够|能|可|不|么|吗|伐|没")

_ASKER = re.compile(r"我|俺|本人|咱")


# the words of a bare turn to a programme ("算了，还是问数字工匠吧", "说回首席技师", "不对，我想问的其实是浙派", "那就浙派
# 工匠吧"): with the programme named and nothing else said, the asker's case is checked under it, as "那X呢" is
_TURN_TO = re.compile(r"算了|还是|不对|不是|其实|想|问回|说回|回到|回来|换回|换成|改成|转到|改问|再问|问问|问|说说|说|聊|看看|看|"
                      r"我|俺|那就|那么|那|就|先|吧|的|了|呢|啊|呀|吗|那个|这个|一下|好了|行吧|好吧|嗯|哦|是")


def turns_to(text: str, r: Route) -> bool:
    """Whether ``text`` only turns the talk to the programme(s) it names ("还是问第四届数字工匠吧"), asking nothing
    about the rules: a follow-up on the asker's case, like "那X呢"."""
    from assistant.chat.routing import without_programme

    if not r.programs or "draft" in r.intents or "compare" in r.intents:
        return False
    rest = _EDITION.sub("", _named_by_cue(without_programme(text)))
    return not re.sub(r"[\W_\s]", "", _TURN_TO.sub("", rest))


# an edition said around a programme's name: "2016年那届", "21年的那次", "这一届"
_EDITION = re.compile(r"(?:(?:19|20)?\d{2}年?的?(?:那|这)?|的?(?:那|这))一?(?:届|次|回|轮)")


def _named_by_cue(text: str) -> str:
    """``text`` less the words the packs' cues name a programme by ("浙派", "突出贡献"): how routing found it."""
    from assistant.programs import packs

    for pack in packs():
        for cue in (pack.cue, pack.series_cue, pack.alone_cue):
            if cue:
                text = re.sub(cue, " ", text)
    return text


def opens_programme(text: str, r: Route) -> bool:
    """"我想问问第四届数字工匠", "首席技师那个我想了解下", "浙派工匠", "第四届数字工匠能报吗": a programme named with
    nothing asked about it but, with no subject, whether one may apply, and nothing said about the asker, only
    greetings and words that open a topic. The programme's first deciding question is then asked, so the next
    reply ("电焊工，在余杭") answers it; a question about the rules ("怎么报", "要什么条件") keeps more words and is answered from the notice."""
    from assistant.chat.routing import without_programme

    if not r.programs or "draft" in r.intents or "compare" in r.intents:
        return False
    rest = re.sub(r"[\W_\s]", "", _OPENING.sub("", without_programme(text)))
    if len(rest) <= 1:
        return True
    # "第四届数字工匠能报吗" asks of no one in particular (whether one may apply at all, or whether the asker may):
    # what the programme asks and its first deciding question answer both; "我能报吗" is the asker's own case
    return not _ASKER.search(text) and len(re.sub(r"[\W_\s]", "", _MAY_APPLY.sub("", rest))) <= 1


DIRECT = re.compile(r"直接(?:认定|评上?|认|给|拿|当选|入选|就能评)|免评|不用评(?:审|选)?(?:就|直接)")


DIRECT_RULE = re.compile(r"哪些人|什么人|哪种人|什么样的人|什么情况|什么条件|哪些条件|条件是|需要什么|要求是|流程|材料|名额")


def direct_holds(session: Session, text: str, intents: list[str], programs: tuple[str, ...]) -> bool:
    """A turn after "能直接认定吗" stays on direct recognition while the talk goes on about eligibility ("我是做网络
    安全的，在杭州干了6年", "是工会会员"); a recommendation, another intent, or a programme named that has no direct
    path ("那首席技师呢") ends it."""
    from assistant.chat.case.asking import has_direct

    return session.about == "direct" and intents[:1] == ["eligibility"] and not RECOMMEND.search(text) \
        and all(has_direct(p) for p in programs)


def edition_in_focus(session: Session, text: str) -> tuple[str, ...]:
    """An edition named without its honour ("换成2023年那届呢", "那首届呢"): the edition of the series of a
    programme the talk is about (in focus first, then those last checked); none when no series in focus has it."""
    from assistant.programs import get_pack, packs

    talked = dict.fromkeys((*session.programs, *(v.program for v in session.last_verdicts)))
    for program in talked:
        series = get_pack(program).series
        if not series:
            continue
        hits = [p.id for p in packs() if p.series == series and p.edition_cue and re.search(p.edition_cue, text)]
        if len(hits) == 1:
            return (hits[0],)
    hits = [p.id for p in packs() if p.series and p.edition_cue and re.search(p.edition_cue, text)]
    return tuple(hits) if len(hits) == 1 and talked else ()  # the one honour with editions that has it


def direct_focus(programs: tuple[str, ...]) -> tuple[str, ...]:
    """The programmes a direct-recognition question is about: those named or in focus (a notice without a direct
    path then says so), else every programme that has one."""
    from assistant.chat.case.asking import has_direct
    from assistant.programs import packs

    return programs or tuple(p.id for p in packs() if has_direct(p.id))


BARE_ANSWER = re.compile(r"^(?:是的?|对的?|嗯+|好的?|行|没有?了?|无|都没有|不是|不|没了|知道了|明白了?|谢谢)[。！!，,~～]*$")


def not_held(programs: tuple[str, ...], facts: dict, session: Session, text: str = "") -> tuple[str, ...]:
    """"不过我2024年已经被评为杭州工匠了": a title said as held names no programme to check, unless it is the
    only programme the talk is about ("我已经评上杭州数字工匠了，还能再报吗"), or the one asked to apply for again
    after it ("那第四届呢 我二三年首届就评上杭州数字工匠了 还能再报吗": 第四届, in a talk about 首届)."""
    from assistant.chat.rules.combining import held_title_span
    from assistant.programs import canonical_title, get_pack

    held = set(facts.get("prior_titles") or [])
    if not held or not programs:
        return programs
    kept = tuple(p for p in programs if (get_pack(p).held_title or canonical_title(get_pack(p).title)) not in held)
    if not kept and session.programs and text:
        span = held_title_span(text)
        kept = tuple(p for p in programs if span and p in span[1])
    return kept if kept or session.programs else programs


_TITLE_VERB = re.compile(r"评|获|拿|得|当选|认定")


def not_denied(programs: tuple[str, ...], text: str) -> tuple[str, ...]:
    """"从没评过浙江工匠杭州工匠", "浙江省首席技师没评过": titles named only to deny holding them name no programme
    to check; a programme named elsewhere in the message still counts ("没评过杭州工匠，能报首席技师吗")."""
    from assistant.chat.case.replies import titles_named
    from assistant.chat.routing import detect_programs
    from assistant.language.clauses import negated  # its scope knows 能不能/可不可以 ask, they do not deny

    if not programs:
        return programs
    clauses = [c for c in re.split(r"[，,。；;：:！!？?]+", text) if c]
    denials = [c for c in clauses if negated(c) and _TITLE_VERB.search(c) and titles_named(c)
               and not asks(c)]
    if not denials:
        return programs
    named, _ = detect_programs("，".join(c for c in clauses if c not in denials))
    return tuple(p for p in programs if p in named)


_SELF_ASK = re.compile(r"我.{0,30}(?:能|可以|还能|能不能|可不可以|够)[再还也]?(?:报|申报|评|参评|申请|认定)")


def asks_again(session: Session, text: str, programs: tuple[str, ...]) -> bool:
    """"能报吗", "那我符合吗", "我这样够格吗" with no programme named: the asker's own case under the programme the
    talk is about, not a new question to look up (it had been refused as "通知里没有涉及这个问题")."""
    from assistant.chat.routing import INTENT_PATTERNS

    short = re.sub(r"[\W_]", "", text)
    if programs or not (session.programs or session.topic in ("eligibility", "recommend")) or len(short) > 14 \
            or not (INTENT_PATTERNS["eligibility"].search(short) or _CHANCES.search(short)) \
            or RULE_QUESTION.search(short):
        return False
    # nothing but the asker and fillers besides the asking words: "那公务员能报吗" asks about a kind of person
    return not _FILLERS.sub("", _CHANCES.sub("", INTENT_PATTERNS["eligibility"].sub("", short)))


_CHANCES = re.compile(r"有戏|有希望|有机会|有可能|没戏|没希望|希望大|机会大|行不行|行吗|还行")


_FILLERS = re.compile(r"那么?|那样|所以|我|他|她|本人|俺|这样|这种|情况|条件|的话|现在|目前|还|也|到底|究竟|是不是|啊|呀|呢|吧|吗|么|"
                      r"了|的|就|能|可以|不|没有?|够格?|报|申报|评|上|行")


def self_statement(text: str) -> bool:
    """"我是普通技术人员，不是领导": the asker telling more about themself, not asking."""
    short = re.sub(r"[，,。！!\s]", "", text)
    return bool(re.match(r"^(?:我|本人|俺|他|她)", short)) and len(short) <= 30 and not asks(short)


def bare_reply(text: str) -> bool:
    """A short statement, not a question: after a question asked back, it is the answer to it."""
    short = re.sub(r"[，,。！!\s]", "", text)
    return len(short) <= 12 and not asks(short) and not _ASKS_TO_KNOW.search(short)


# "我想了解一下申报材料", "问一下名额": a request to be told something, a question without a question's form
_ASKS_TO_KNOW = re.compile(REQUEST_WORDS)


def describes_self(extraction, programs: tuple[str, ...], text: str = "") -> bool:
    """A message that tells about the asker: facts under a programme's name ("2021年首席技师：我是…技师，一直
    一线，…"), or a self-description of several facts. A question with a fact or two is a question about the
    rules ("我们是事业单位，推第四届有没有优先推荐谁的说法？")."""
    found = [f for f in extraction.found if f not in ("facts_as_of",)]
    if asks(text) and len(found) < 3:
        return bool(programs) and bool(found) and bool(_SELF_ASK.search(text))
    return (bool(programs) and len(found) >= 1) or len(found) >= 3


def editions(text: str) -> list[str]:
    from assistant.programs import packs

    return [p.id for p in packs() if p.series and re.search(p.series_cue, text)]


# The asker asking whether they may apply ("我能不能报", "我够格吗"); "我的技师证网上能查到的" is no such ask.
_SELF_ELIGIBILITY = re.compile(r"我.{0,6}(?:(?:能|可以|还能|能不能|可不可以)[再还也]?(?:报|申报|评|参评|申请|认定)|符合|够)")

# An ask about applying, whoever it is about ("第四届能报伐", "来得及报吗", "算不算…证书"): the checker's question.
_APPLY_ASK = re.compile(r"(?:能|可以|还能|能不能|可不可以|来得及|赶得上|可否|能否)[再还也]?(?:报|申报|评|参评|申请|认定)"
                        r"|算不算|属不属于|够不够|够格|符合")


# Two readings of a rule set against each other ("能不能累计算？还是一定要连续干满十年", "有没有市级的？还是只认省里的",
# "评的是各行各业还是主要评工厂里的"), or a way of counting asked ("两段能不能累计"): how the rule reads, which the
# notice answers or is silent on, whatever the asker said of their own case around it
_READINGS = re.compile(r"还是(?:说)?(?:一定要|一定得|必须|非得|只(?:认|算|看|要|评|收|能|限)|主要|仅|光)"
                       r"|(?:能不能|可不可以|能否|可以)(?:累计|累加|合并|叠加|折算|连起来|加起来|合起来)")


def asks_rule(text: str) -> bool:
    """A question about what the notice says, not the asker's eligibility, whatever facts the extractor read into
    it ("浙派工匠单位要准备啥东西", "首席技师评上了给不给钱"): the words name a rule (``RULE_QUESTION``), set two
    readings of one against each other (``_READINGS``), or the question asks for a value the notices state
    (``answer_types.asks_notice_value``)."""
    if _SELF_ELIGIBILITY.search(text):
        return False
    return bool(RULE_QUESTION.search(text) or _READINGS.search(text)) \
        or (not _APPLY_ASK.search(text) and asks_notice_value(text))




# "那我还差什么", "还缺啥条件", "还需要补充什么", "哪条不够", "卡在哪儿": what the check still lacks or finds unmet, asked
# of the asker's own case in the talk (the papers to hand in, "还要准备啥材料", are the notice's list, a rule question)
WHATS_LEFT = re.compile(r"(?:还|都|总共)?(?:差|缺|少|欠)(?:些|点|了)?(?:什么|啥|哪些|哪样|哪几样|哪条|几条|哪个)"
                        r"|还(?:需要|要|得)(?:我)?(?:补充|补|说明|提供|确认)(?:些|点)?(?:什么|啥|哪些)"
                        r"|(?:哪|什么|啥)(?:条|个|些|一条|方面)?(?:条件)?(?:不够|不符合|不满足|没达到|达不到|过不了)"
                        r"|卡在(?:哪|什么|啥)")
LEFT_IS_PAPERS = re.compile(r"材料|资料|表格?|证明|复印件|照片|盖章")


def asks_whats_left(text: str) -> bool:
    """"那我还差什么", "还缺啥条件": the asker asks what their own case still lacks (not the papers to hand in)."""
    return bool(WHATS_LEFT.search(text)) and not LEFT_IS_PAPERS.search(text)


def decide_intents(session: Session, text: str, routed: tuple[str, ...], programs: tuple[str, ...], *, answered,
                   pending, spoke_of_self: bool, short_follow_up: bool, patched, corrected: bool,
                   extraction, switched: bool = False) -> list[str]:
    """(c) of a turn: what the message asks for, read against the talk so far. The route's intents hold unless
    the message is a recommendation ("哪个最适合我"), the programme asked again, an answer to the pending question,
    a follow-up on the topic ("那首席技师呢？"), a bare reply with nothing asked, or a statement about oneself."""
    intents = list(routed)
    if asks_which_fits(text, programs):
        intents = ["recommend"] + [i for i in intents if i in ("draft",)]
    elif "draft" in intents or ("compare" in intents and not spoke_of_self):
        pass
    elif "eligibility" in intents:
        pass
    elif session.topic in ("eligibility", "recommend") and asks_whats_left(text):
        intents = [session.topic]  # "那我还差什么": the check again, with what it still lacks and what is unmet
    elif asks_again(session, text, programs):
        intents = ["eligibility"]
    elif answered or (pending is not None and session.topic in ("eligibility", "recommend")
                      and (spoke_of_self or patched or bare_reply(text) and not programs)):
        intents = [session.topic or "eligibility"]
    elif short_follow_up and session.topic in ("eligibility", "recommend"):
        intents = ["eligibility"]
    elif switched and session.topic in ("eligibility", "recommend") and not asks_rule(text):
        intents = [session.topic]  # "还是说我自己吧", "那说说我徒弟": the same check, of the person turned to
    elif session.topic in ("eligibility", "recommend") and intents == ["qa"] and not programs \
            and BARE_ANSWER.match(text.strip()):
        intents = [session.topic]  # "没有", "好的" with nothing asked: the talk goes on; it is no question about rules
    elif session.topic in ("eligibility", "recommend") and (spoke_of_self or self_statement(text)) \
            and (corrected or not asks_rule(text)):
        intents = [session.topic]
    elif session.topic in ("eligibility", "recommend") and intents == ["qa"] and not programs \
            and not asks(text.strip()) and not _ASKS_TO_KNOW.search(text) and not asks_rule(text):
        # "应该入了吧，不太清楚", "2022年全国…竞赛，学员拿了个人第二名" in the middle of a check: a remark or a
        # statement asks the notices nothing,
        # so it is more of the asker's case, whatever its shape; quoting a clause at it answers no question
        intents = [session.topic]
    elif describes_self(extraction, programs, text) and not asks_rule(text):
        intents = ["eligibility"]  # "2021年首席技师：我是…技师，一直一线，…": facts about oneself under a programme
    elif session.profile and not asks(text) and not asks_rule(text) \
            and describes_self(extraction, session.programs, text):
        # "证书我没考过" after "首席技师对学历有要求吗？我在滨江做注塑，一线操作工": the asker, whose case is already
        # known in part, tells more of it under the programme in focus; a statement asks the notices nothing
        intents = ["eligibility"]
    if "eligibility" in intents and "compare" in intents:
        intents.remove("compare")
    if intents and intents[0] in ("eligibility", "recommend") and "qa" not in intents and (answered or spoke_of_self):
        asked = asked_part(text)
        # "中国，那要交什么材料？": the answer, then the question tacked on (the ask that made this a recommendation,
        # "…哪个最对我路子", is not a second question)
        if asked != text and asks_rule(asked) and not (intents[0] == "recommend" and asks_which_fits(asked, programs)):
            intents.append("qa")
    return intents
