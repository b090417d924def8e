"""Whose facts a message gives: the asker's own, or those of the person the asker asks about.

"我老公在桐庐做茶叶加工机械维修，二十多年了，技师，他能报首席技师吗" and "我是厂里人事，我们厂的老师傅做了30年钳工，
想推荐他" ask about someone else. The profile is the candidate's, so in such a message the candidate is read as the
asker: each clause about the candidate has its subject (我老公, 我们厂的老师傅, 他) put in the first person, so every
reader applies to it as it would to "我…"; a clause whose subject is the speaker ("我是厂里人事", "我在这干了5年")
says nothing of the candidate and is left out. A clause without a subject belongs to the subject before it.
A message that asks about no one else is left as it is ("我徒弟拿了省赛第一" stays the apprentice's result).
"""

from __future__ import annotations

import re

from assistant.extract.patterns import RANKS, TRAINEES
from assistant.language.people import alternation, kin_classes

__all__ = ["about_other", "as_candidate", "names_another", "of_others", "of_workmates", "REQUEST_WORDS", "SURNAMES"]

# a colleague called by 老/小 and the surname ("我们厂里的电工老周", "车间的小王"): common surnames, a closed class
# (also read by chat.rules.answer_types: "王老师的电话" names the contact)
SURNAMES = ("王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈"
             "姚卢姜崔钟谭陆汪范金石廖贾夏韦傅方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤")
# the relatives (every word of language/data/people.json that names a person: 老公, 爸, 外公, 姑父…), longest first
_RELATIVES = "|".join(sorted((w for _, words in kin_classes() for w in words.split("|")), key=len, reverse=True))
_KIN = (rf"(?:{_RELATIVES}|"
        rf"亲戚|家里人|老师傅|师傅|师父|徒弟|师兄|师姐|师弟|师妹|工友|学徒|同事|朋友|老乡|领导|员工|职工|组长|班长|[老小][{SURNAMES}](?![\u4e00-\u9fff]{{0,1}}[了过])"
        r")")
_OURS = r"(?:我们|咱们?|俺们)(?:厂|公司|单位|车间|班组|部门|企业|这边|那边|队|店)?(?:里)?的?"
# the candidate named as a clause's subject: "我老公…", "我们厂的老师傅…", "有个同事…", "他…"
_OWN = r"(?:我|俺)(?:的|家|家的|家里的)?"  # "我老公", "我家那位" is too loose: the relation is named right after
_SOMEONE = r"有(?:一?个|一?位|一?名)|这(?:个|位)"  # "有个同事", "这位师傅"
_HIM = r"(?:他|她)(?!们)"
# one's own family said with no 我 before it ("老公在富阳一家造纸厂做电工…他当年能报吗"): a spouse, a parent or a child
# opening a clause is the speaker's (a colleague or a leader said bare is not: "领导能推荐我吗")
_FAMILY_BARE = r"(?:老公|老婆|爱人|媳妇|丈夫|妻子|老爸|老妈|公公|婆婆|岳父|岳母|儿子|女儿|闺女)"
# (the frame of asking may open it, with the asker in it: "我想问下我老婆…", "想咨询一下我爸…", "请问我师傅…")
_ASK_FRAME = r"(?:(?:我|俺)?(?:就|是)?(?:想|要)?(?:问(?:一?下|问)?|请问|咨询(?:一?下)?|打听(?:一?下)?)|那)?"
_OTHER_SUBJECT = re.compile(rf"^{_ASK_FRAME}(?:{_OWN}{_KIN}|{_FAMILY_BARE}|(?:{_OURS}|{_SOMEONE})"
                            rf"[\u4e00-\u9fff]{{0,4}}?{_KIN}|{_HIM})")
# the speaker as a clause's subject, not as the owner of the candidate ("我老公", "我们厂的")
_SPEAKER = re.compile(rf"^(?:我|本人|俺)(?!(?:的|家|家的|家里的)?{_KIN}|们)")
# 能 as "may", not inside a word (技能大赛, 智能, 能手, 能力)
_ASKS = (r"(?:现在|今年|目前|这种情况|这样|还|当年|那年|那时候?|当时|那次)?(?:(?<![技职智功性效才本体动节产])能(?!手|力|源|耗)|可以|能不能|可不可以|"
         r"够不够|够|符合|符不符合|有没有资格|有资格|适合)(?!年)")
# asked about: "推荐他", "他能报吗", "我老公能报吗", "帮我爸看看"; a relation named without an owner ("领导能推荐我吗",
# "职工可以报吗") is no candidate
_ABOUT_OTHER = re.compile(rf"(?:推荐|报|推|申报)(?:一下)?(?:他|她)(?!们)|(?:他|她)(?!们){_ASKS}"
                          # "想帮他报首席技师", "替她问问": a request on his behalf, whoever the speaker said they are
                          r"|(?:帮|替|给)(?:他|她)(?!们)(?:申报|报名?|推荐|看看|问问?|查查)"
                          rf"|推荐(?:一下)?{_OURS}[\u4e00-\u9fff]{{0,6}}?{_KIN}"
                          rf"|(?:{_OWN}|{_OURS}[\u4e00-\u9fff]{{0,4}}?){_KIN}{_ASKS}"
                          rf"|(?:帮|替|给)(?:{_OWN}|{_OURS}[\u4e00-\u9fff]{{0,4}}?|一?[个位名][\u4e00-\u9fff]{{0,4}}?)?{_KIN}"
                          # the relation may be followed by the name ("替同事小李问下", "帮徒弟王师傅看看")
                          rf"(?:[老小][{SURNAMES}]|[{SURNAMES}](?:师傅|师父|工|姐|哥))?"
                          r"(?:看看|问问?|查查|咨询|评估|申报|报)"
                          # "那我徒弟呢", "换成我师傅呢": the follow-up asks the same about the person it names
                          rf"|(?:^|(?<=[,，。;；!！?？\s]))(?:那|换成|换做|换了|要是|如果是)?(?:{_OWN}|{_OURS}[\u4e00-\u9fff]{{0,4}}?)"
                          rf"{_KIN}呢(?=$|[,，。;；!！?？\s])")
_HE = re.compile(_HIM)
# a clause that is only a person's name ("我是人事，李芳，1966年的，…她能报吗"): the candidate, named; a surname
# character opening a common word (高级工, 余杭, 金华, 周末) is no name, hence the characters a name rarely holds
_NAME_ONLY = re.compile(rf"^[{SURNAMES}][\u4e00-\u9fff]{{1,2}}$")
_NOT_IN_NAME = re.compile(r"[工师级岗区县市省年月日的了是在做干过来去有没不也都还就天杭浙厂司店]")


def _names_someone(clause: str) -> bool:
    return bool(_NAME_ONLY.match(clause)) and not _NOT_IN_NAME.search(clause)
# a request to be told or to have something looked at ("我想了解一下申报材料", "问一下名额", "帮我看看"): a question
# without a question's form (the dialogue's switches.bare_reply reads the same words)
REQUEST_WORDS = (r"帮(?:我|忙)?(?:看看?|查查?|问问?|评估|瞧瞧)|想(?:要)?(?:了解|知道|问|咨询|打听)|请问|问一?下|咨询"
                 r"|介绍一?下|说说|讲讲|打听一?下")
# a request or a programme named ("帮我看看浙派工匠", "想问问首席技师"; □ is a programme name blanked by blank_asked)
_REQUEST = re.compile(rf"{REQUEST_WORDS}|□|工匠|首席技师")
# a title named as won ("小王前年评了杭州工匠", "老李是浙江工匠"): a person's honour, no programme asked about
_WON_TITLE = re.compile(r"(?:评|获评|拿|当选|评为|入选|授予|是)(?:上|了|过|为|的)*(?:个|一个)?[^，,。；;？?！!]{0,6}?(?:工匠|首席技师)")
_CLAUSES = re.compile(r"([,，。;；!！?？：:\n])")  # the edge fold makes ： a plain ":"


_ASK_CLAUSE = re.compile(rf"{_ASKS}.*(?:吗|么|嘛|不|没|[?？]|$)|行不行|有戏|有没有希望")


# "不是我 是我老公 他在滨江…", "不是我自己，问的是我妈": the asker says whose case it is, correcting the one taken so far
_NOT_THE_SPEAKER = re.compile(rf"^\W*(?:不对|不是这样|哦|噢|其实|搞错了|说错了|弄错了)?[，,。；;\s]*不是(?:我|俺|本人)(?:自己)?"
                              rf"(?:的事|的情况)?[，,。；;\s]*(?:而是|是|说的是|问的是)?{_OWN}{_KIN}")


def about_other(text: str) -> bool:
    """Does the message ask about someone other than the asker (推荐他, 我老公能报吗, 他符合吗)?

    The asking clause often names no one ("我爸是竹编手艺人，富阳的，做了四十多年，能评浙派工匠吗"): its subject is
    the topic carried from the clauses before, as in any Chinese narrative, so the person last named as a clause's
    subject is the one asked about, unless the asking clause names its own."""
    if _ABOUT_OTHER.search(text) or _NOT_THE_SPEAKER.match(text):
        return True
    subject, speaker_said, named, deferred = "speaker", False, "", False
    for clause in _CLAUSES.split(text)[::2]:
        if _OTHER_SUBJECT.match(clause):
            subject, named = "other", _OTHER_SUBJECT.match(clause).group(0)
        elif _SPEAKER.match(clause):
            subject, speaker_said = "speaker", True
        ask = _ASK_CLAUSE.search(clause)
        if ask and not deferred:
            # "我老婆说我能报" asks about the speaker: the asking verb's own subject comes first
            own = re.search(r"(?:我|俺|本人)(?:自己)?(?:现在|今年|也|还)?$", clause[:ask.start()])
            if subject == "other" or speaker_said or own or _HE.search(clause):
                if subject == "other" and speaker_said and not own and not _HE.search(clause) \
                        and re.search(r"徒弟|学生|学徒", named):
                    return False  # "我是硫化工，…有个徒弟拿了省赛第八名，这样有戏伐": a trainee's result is the asker's
                return subject == "other" and not own  # record (as below), and the ask names no one else
            # "浙派工匠能不能报，我爸在绍兴做黄酒": an opening ask names no one; the clauses after it say whom it is about
            deferred = True
    if deferred:
        return subject == "other" and not speaker_said and not re.search(r"徒弟|学生|学徒", named)
    # No clause asks in so many words ("帮我看看浙派工匠，我妈在绍兴做黄酒，酿了三十多年"): the request names no
    # candidate, so the one the statements are about is; the asker only when a clause says 我 of themself. An
    # apprentice's result ("我徒弟拿了省赛第一名") is the asker's own 带徒 record, not a candidate.
    # A bare statement ("我爸以前是工会会员") asks nothing: only a request or a programme makes its person the candidate.
    return subject == "other" and not speaker_said and not re.search(r"徒弟|学生|学徒", named) \
        and bool(_REQUEST.search(_WON_TITLE.sub("", text)))


# the speaker's unit as a clause's subject, said by its staff ("我们是萧山一家纺织厂", "我们单位在余杭", "咱们公司
#位于宁波北仑"): where the unit is, which is where the colleague asked about works
_UNIT = re.compile(r"^(?:我们|咱们?|俺们)(?:这边|那边|这里)?(?:的)?(?:厂|公司|单位|企业|车间|工厂|集团|店|医院|学校|作坊|工作室)?"
                   r"(?P<verb>是|在|位于|设在|就在|坐落在|地处)")
# ... or said by the one on its staff who asks for a colleague ("我是富阳一家电动牙刷厂的人事", "本人是某集团工会的"):
# the unit named before the post that handles applications is the colleague's too
_STAFF = re.compile(r"^(?:我|本人)(?:是|在)(?P<unit>[^，,。；;]{2,24}?)的?(?:人事|HR|hr|人力资源?|劳资|行政|办公室|综合办|工会)"
                    r"(?:部|科|处|办)?(?:的)?(?:专员|干事|主管|经理|主席|副主席|负责人|老师|同事)?(?:的)?$")
# a relative asked about ("我老公…，我们单位在余杭"): the speaker's unit is not the candidate's
_KINFOLK = re.compile(alternation("kinfolk"))  # language/data/people.json, matched inside words


# who a person word names, so two words for one person are one ("老爸" and "我爸", "老公" and "爱人"): kin by the
# relation, workmates by the name (老陈, 陈师傅, 陈工 are one man); a role said without a name (同事, 徒弟, 师傅, 员工)
# can be anyone, so it is never another person than the one asked about
_KIN_CLASSES = kin_classes()  # (person, words), language/data/people.json
_KIN_WORD = re.compile("|".join(rf"(?P<k{i}>{words})" for i, (_, words) in enumerate(_KIN_CLASSES)))
_BY_NAME = re.compile(rf"[老小](?P<a>[{SURNAMES}])(?![\u4e00-\u9fff]?[了过])|(?P<b>[{SURNAMES}])(?:师傅|师父|工(?![作厂人资种艺程])|主任|姐|哥)")
# a clause's head before its subject: a linking word ("另外老陈…", "还有小林…", "至于我妈…")
_LINK = r"(?:另外|还有|至于|而|但是?|可是?|不过|其中|那个?|这个?|我们?(?:厂|公司|单位|车间|班组|部门)?(?:里)?的?|我家的?|俺家?的?){0,2}"


def _person(word: str) -> str | None:
    """The person a name or kin word names (``_KIN_CLASSES``), or None for a role that can be anyone."""
    m = _KIN_WORD.fullmatch(word)
    if m:
        return _KIN_CLASSES[int(m.lastgroup[1:])][0]
    m = _BY_NAME.fullmatch(word)
    return "姓" + (m["a"] or m["b"]) if m else None


def _head(clause: str) -> tuple[str | None, int]:
    """The particular person ``clause`` opens with (我爸, 老陈, 陈师傅 after a linking word), or None, and where
    the words naming them end."""
    m = re.match(rf"{_LINK}(?P<w>{_KIN_WORD.pattern}|{_BY_NAME.pattern})", clause)
    who = _person(m["w"]) if m else None
    return who, m.end() if who else 0


def _asked_person(text: str) -> str | None:
    """The particular person the message asks about: the one its request or its asking clause names
    ("帮我爸问问", "第四届数字工匠小王能直接认定不"); None when it names no one in particular ("帮同事问问…他能报吗")."""
    m = _ABOUT_OTHER.search(text)
    found = [m.group()] if m else []
    found += [c for c in _CLAUSES.split(text)[::2] if _ASK_CLAUSE.search(c)]
    for said in found:
        for who in _persons_in(said):
            return who
    return None


def _persons_in(text: str) -> list[str]:
    """The particular people ``text`` names anywhere (``_person``), in order."""
    return [who for w in re.finditer(rf"{_KIN_WORD.pattern}|{_BY_NAME.pattern}", text) if (who := _person(w.group()))]


def as_candidate(text: str) -> str:
    """``text`` with the candidate as the first person and the speaker's own clauses left out, when the message
    asks about someone else; else ``text`` unchanged. Clause delimiters stay, so clause boundaries do not move.
    Where the message asks about a particular person (小王, 我爸), a clause that opens with another particular
    person ("另外老陈19年评过杭州工匠", "我妈是会计") tells that person's facts, and those of the clauses after it
    until a clause names the candidate or the speaker again: they are neither the candidate's nor the speaker's."""
    if not about_other(text):
        return text
    parts = _CLAUSES.split(text)
    out: list[str] = []
    subject = "speaker"
    asked = _asked_person(text)
    for i in range(0, len(parts), 2):
        clause, delimiter = parts[i], parts[i + 1] if i + 1 < len(parts) else ""
        head, named = _head(clause) if asked else (None, 0)
        if head and head != asked:
            subject = "third"
            out.append(delimiter)
            continue
        # ("…另外老陈19年评过杭州工匠，那个不用管。第四届数字工匠小王能直接认定不": the candidate named again ends it)
        # a bare 他/她 goes on with the third person just named ("至于王师傅，他18年评上了杭州工匠"), unless it asks
        going_on = not _OTHER_SUBJECT.match(clause) or (_HE.match(clause) and not _ASK_CLAUSE.search(clause))
        if subject == "third" and not head and not _SPEAKER.match(clause) and going_on \
                and asked not in _persons_in(clause):
            out.append(delimiter)  # the third person's, going on
            continue
        m = _OTHER_SUBJECT.match(clause)
        unit = None if m or _KINFOLK.search(text) else _UNIT.match(clause)
        if head:  # "小王在仓前的厂里做…": the candidate by name, as the first person
            subject, clause = "other", "我" + clause[named:]
        elif m:
            subject, clause = "other", "我" + clause[m.end():]
        elif unit:  # "我们是萧山一家纺织厂": the unit's place is the colleague's employer's, whoever speaks
            out.append("单位" + clause[unit.start("verb"):] + delimiter)
            continue
        elif not _KINFOLK.search(text) and (staff := _STAFF.match(clause)):
            out.append("单位是" + staff["unit"] + delimiter)
            continue
        elif _names_someone(clause):
            subject, clause = "other", ""
        elif _SPEAKER.match(clause):
            subject = "speaker"
        elif _HE.search(clause) or re.search(_KIN, clause):
            subject = "other"
        if subject == "other":
            out.append(_HE.sub("我", clause) + delimiter)
        else:
            out.append(delimiter)
    return "".join(out)


# a relation whose own facts are not the asker's ("我哥是高级技师", "我老公是杭州市首席技师", "我徒弟拿过省赛第一名");
# a group the asker belongs to ("我们厂的职工都入了工会") is not one
_GROUP = r"(?:员工|职工|工人|同事们|大家)"
# the candidate's subject (_OTHER_SUBJECT) after a linking word, but not a group of ours ("我们厂的职工")
# ("我们班长是高级技师，我自己才初级", "我们车间主任是技师": a colleague of ours, named by the post, is another person)
_POST = rf"(?:{alternation('post')})"
# a relation said without 我 before it, at the head of a clause, in a message in which the asker speaks of themself
# ("儿子在阿里做算法，我自己在临平纺织厂做保全工", "师傅干了三十年，我才六年"): whose it is goes without saying
_FAMILY = rf"(?:{alternation('family')})"
# the people of one's work said bare at a clause's head ("同事老李是高级技师", "车间主任是技师", "徒弟们都没比过赛",
# "几个学生都考了中级"): one family of words for those one works beside, above or over, with a name or a count
_WORKMATES = rf"(?:{alternation('workmate')})"
_NAMED = rf"(?:[老小][{SURNAMES}]|[{SURNAMES}](?:师傅|师父|工|姐|哥|主任))"
# where one works, said before a workmate with no 我们 ("隔壁车间老李", "厂里的张师傅", "同班组的小王")
_AT_WORK = r"(?:(?:隔壁|对面|旁边|楼上|楼下|同一?个?)?(?:车间|班组|厂|单位|公司|部门|组|科室|线|工地|店)(?:里|上)?的?)"
_COUNTED = r"(?:(?:那|这|好)?[几两三四五六七八九十]+(?:个|位|名)|那(?:个|位)|有的|其他)"
# a time may stand between the person and the verb ("老陈19年评过杭州工匠", "师傅前年拿了省赛第一")
_THEN = r"(?:(?:[0-9]{2}|[0-9]{4}|[〇零一二三四五六七八九]{2,4})年(?:底|初|的时候|那会儿?)?|去年|前年|今年|早年|当年|那年|以前|之前|早就|早些年)?"
_BARE_FAMILY = (rf"(?:{_COUNTED})?(?:{_FAMILY}|{_WORKMATES})(?:们)?(?:{_NAMED})?{_THEN}(?=[在是也都还就干做当拿评考有今去前比一没从被获])"
                rf"|{_NAMED}{_THEN}(?=[在是也都还就干做当拿评考有今去前被获])")
# one's own apprentices or students by what one did for them ("我带的徒弟", "我教过的学生", "我带出来的几个")
# (the people must be named: "我带的组有6个人" is the asker's team, whose work the asker shares)
# ("我手下两个学徒", "俺底下的几个徒弟": 手下/底下 name the people without 的)
_MINE = (r"(?:我|俺)(?:(?:带|教|培养|带出来|手把手带|手下)(?:过|出来)?的|(?:手下|底下|名下)(?:的)?)(?:(?:[几两三四五六七八九十]+个)?(?:徒弟|学生|学徒|学员|选手)(?:们)?"
         r"|[几两三四五六七八九十]+个(?=[都也还在是拿考]))")
# others in the plural ("他们一场比赛都没参加过"): the people just named, never the speaker
_THEM = r"(?:他|她)们"
_OTHERS_SUBJECT = re.compile(rf"^(?:但|可|不过|而且|另外)?(?:{_MINE}|{_THEM}|{_OWN}{_KIN}|{_BARE_FAMILY}|(?:{_SOMEONE})"
                             rf"[\u4e00-\u9fff]{{0,4}}?{_KIN}|{_OURS}[\u4e00-\u9fff]{{0,4}}?(?!{_GROUP}|员工|职工)(?:{_KIN}|{_POST}|{_NAMED})"
                             rf"|{_AT_WORK}(?:{_WORKMATES}|{_POST})?{_NAMED}|{_HIM})")
# the people one works beside or taught, said bare (a post said bare, "组长也写代码", may be the asker's own)
_PEERS = r"(?:徒弟|学徒|学生|学员|师傅|师父|同事|工友|师兄|师弟|师姐|师妹)"
# the people of one's work, apprentices and colleagues by name ("我徒弟", "隔壁车间老李", "我们厂的张师傅"): a message
# is never about them as the candidate unless it asks about them (about_other), so their clauses are theirs even
# where the asker never says 我 of themself; kin and 他 are left to the candidate's reading (a later turn about 我爸)
_WORK_PEOPLE = re.compile(rf"^(?:但|可|不过|而且|另外)?(?:{_MINE}|(?:{_OWN}|{_HIM}的?)(?:{_WORKMATES})|{_OURS}[\u4e00-\u9fff]{{0,4}}?"
                          rf"(?!{_GROUP}|员工|职工)(?:{_POST}|{_NAMED})|{_AT_WORK}(?:{_WORKMATES}|{_POST})?{_NAMED}"
                          rf"|{_PEERS}(?:们)?{_NAMED}?{_THEN}(?=[在是也都还就干做当拿评考有今去前比一没从被获])"
                          # "带出来的徒弟有三个当了班组长", "我教过的学生现在是组长": the people one trained, named by
                          # the training, are the subject of the post they came to hold ("带的徒弟也没一个参加过比赛"
                          # still tells what the asker's training came to)
                          rf"|(?:我|俺)?(?:亲手|手把手)?(?:带|教|培养|收)[\u4e00-\u9fff]{{0,3}}?的{_PEERS}"
                          rf"(?=[^，,。]*(?:当了|当上|成了|成为|升了|升为|提拔|现在是|如今是|都是)))")
_SELF_IN = re.compile(rf"(?:我|俺|本人)(?!(?:的|家|家的|家里的)?{_KIN})")
# the asker only relaying what the candidate says ("我问问他……他说一八年评过浙江工匠", "我帮我爸问了下"): the clause
# names the asker as the one who asks, not as the one whose facts follow
_RELAY = re.compile(rf"^(?:那|好|行|等下|等等)?(?:我|俺)(?:去|再|刚|刚刚|已经|这就)?(?:帮(?:他|她|{_KIN}|我{_KIN})?)?"
                    r"(?:问(?:问|了|过)?|打听(?:了|过)?)(?:一?下)?(?:他|她|我?[一-鿿]{0,3}?)?(?:了|过)?(?:一?下)?"
                    r"(?:啊|哈|吧|哦|噢|呀)?$")


def names_another(clause: str) -> str | None:
    """The person ``clause`` opens with, other than the asker (我爱人, 同事, 他们 …); None when it opens with none."""
    m = _OTHERS_SUBJECT.match(clause)
    return m.group() if m else None


# apprentices said first as the object of the asker's verb of taking them on, with no other object ("徒弟也没带过",
# "徒弟倒是没收过", "徒弟带过三个"), unlike "徒弟们都没比过赛" (they did not compete)
_TAKEN_ON = re.compile(r"^(?:徒弟|学徒|学生)(?:们)?(?:嘛|呢|的话)?(?:我|俺)?(?:也|都|还|倒是|倒|从来|从|一个|一直|正式)*"
                       r"(?:没有?|未|不曾)?(?:正式|正经|好好|真正)?(?:带|收|教|培养)(?:出来)?(?:过|了|的)?(?:[0-9一二两三四五六七八九十几]+个)?"
                       r"(?:吧|啊|呀)?$")


# some of the people just named, counted ("徒弟带了二十几个，有三个现在是厂里的班组长", "其中两个当了技师"): the
# subject is them, not the asker
_SOME_OF_THEM = re.compile(r"^(?:其中|里面|里头)?(?:有|也有)?[0-9一二两三四五六七八九十几]+(?:个|位|名)(?:人)?"
                           r"(?=现在|已经|如今|后来|都|也|还|当|是|成|评|拿|考|做|在)")
_PEOPLE_NAMED = re.compile(r"徒弟|学徒|学生|学员|选手|员工|组员|手下|带出")


def of_others(clauses: list[str]) -> list[bool]:
    """For a message about the asker: which clauses state another person's facts (``_of_others``), and a clause
    counting some of the people the clause before it named ("有三个现在是厂里的班组长")."""
    out = _of_others(clauses)
    return [other or bool(i and _SOME_OF_THEM.match(c) and _PEOPLE_NAMED.search(clauses[i - 1]))
            for i, (c, other) in enumerate(zip(clauses, out, strict=True))]


def of_workmates(clauses: list[str]) -> list[bool]:
    """Which clauses open on a person of the candidate's work (我师傅, 她同事, 隔壁车间老李) and say no more of the
    candidate: theirs whoever the message is about ("我妈…她师傅退休返聘了" is not her being rehired)."""
    return [bool(m := _WORK_PEOPLE.match(c)) and not _SELF_IN.search(c[m.end():]) and not _TAKEN_ON.match(c)
            for c in clauses]


def _of_others(clauses: list[str]) -> list[bool]:
    """For a message about the asker: which clauses state another person's facts. A clause whose subject is a
    relation of the asker (我哥, 我老公, 我徒弟, 他) is, and so is a clause without a subject after it, until a
    clause names the asker again ("我哥是高级技师，在萧山干了二十年，我只是个中级工": the first two). Only a message
    that names the asker beside the other person is read so."""
    if not any(_SELF_IN.search(c) and not _OTHERS_SUBJECT.match(c) and not _RELAY.match(c) for c in clauses):
        # "我爸…他能报吗" then "他现在被返聘了": about the candidate, whose facts these are; but a workmate's or an
        # apprentice's clause ("我徒弟前年评了杭州工匠", "隔壁车间老李去年评上了杭州工匠") is theirs all the same
        # ("徒弟没带过" names what the asker took on, no one's subject, here too)
        return of_workmates(clauses)
    out: list[bool] = []
    other = False
    trainee_placed = False  # the people one trained were last named, and their placing has been told
    held: set[str] = set()  # the posts the asker said they hold ("我是…机修班的班长")
    for index, clause in enumerate(clauses):
        held.update(m.group(1) for m in _HOLDS.finditer(clause))
        if _TAKEN_ON.match(clause):  # "徒弟也没带过": the apprentices are what the asker took on, no one's subject
            other = False
            out.append(other)
            continue
        m = _OTHERS_SUBJECT.match(clause)
        if m and m.group() in held:
            # "我是机修班的班长，班长也是干活的，…": the post the asker holds, said bare, is the asker (the clauses after
            # it, "2018年评上全国技术能手", are theirs); "我们班长" or "班长老王" names someone else
            other = False
            out.append(other)
            continue
        if m and _ASIDE.match(clause[m.end():]):
            # "在淳安一家修理店当师傅，老板是我表哥，干了十一年": who someone is, said in passing, is theirs; the
            # clauses after it are still the asker's (they took the 十一年 and 中级工 over to the boss)
            out.append(True)
            continue
        if m and not re.match(_GROUP, clause[m.end():]):
            other = not _SELF_IN.search(clause[m.end():])
            trainee_placed = False
        elif _SELF_IN.search(clause):
            other = False
        elif trainee_placed:
            # "我带的选手 二二年全国赛拿了第三名和第五名 工会会员 没评过工匠": the placing ends what is told of the people
            # one trained; the bare clauses after it go back to the asker, whose case it is
            other = False
        out.append(other)
        if other and _placed(clause) and _trained(clauses, index):
            trainee_placed = True
    return out


# the asker saying which post they hold ("我是杭州一家电缆厂挤塑机台的班组长", "我现在当班长"): the post's word said
# bare at a later clause's head is the asker again, not a workmate ("班组长也天天守着机台干活")
_HOLDS = re.compile(rf"(?:我|俺|本人)(?:现在|目前|也|就|还|一直)?(?:是|当|做|任|干)(?:了|过|着)?"
                    rf"(?:[^，,。；;！!？?]{{0,16}}?的)?({_WORKMATES}|{_POST})(?![\u4e00-\u9fff])")

# the rest of a clause that only says who its subject is to the asker ("老板是我表哥", "师傅是我舅舅")
_ASIDE = re.compile(r"^(?:就|也)?是(?:我|俺)的?[\u4e00-\u9fff]{1,3}$")
_TRAINEES = "|".join((*TRAINEES, "选手"))
_TRAINED = re.compile(rf"(?:我|俺)(?:带|教|培养|辅导|指导)(?:出来)?(?:的|过的)(?:{_TRAINEES})|(?:我的|我)(?:{_TRAINEES})")


def _placed(clause: str) -> bool:
    """A placing (the competition reader's ranks) or a band award (一等奖, 金奖)."""
    return any(p.search(clause) for p, _ in RANKS) or bool(re.search(r"[一二三]等奖|[金银铜]奖", clause))


def _trained(clauses: list[str], index: int) -> bool:
    """Whether the person the clause at ``index`` speaks of is one the asker trained (named in it or before it)."""
    return any(_TRAINED.search(c) for c in clauses[max(0, index - 3):index + 1])
