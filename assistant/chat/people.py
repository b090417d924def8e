"""Whose facts are these? Person names in a drafting message, and each clause attributed to its person.

Unit HR often speaks of several people at once ("我们部门王芳和刘洋都参加了…，王芳拿了省赛第一名，刘洋主导了…"). A
draft for 刘洋 must not claim 王芳's prize, so the facts are attributed before anything is drafted: a clause whose
head names people is theirs (both of them for "王芳和刘洋都…"), a clause opening with 他/她 or with no subject
is the previous clause's (the topic carries on), and the subject words are taken off what the draft will say.

A name is a common surname and one or two more characters, found only where a name stands: at a clause's
head before a verb or a conjunction, alone as a clause, after 给/帮/为 … 写, before …的事迹, after 叫/姓名. A
dictionary word (方法, 高级工) is not a name even where one could stand. A nickname (老周, 小王, 周师傅, 王工, 刘姐)
is a person too, and the person drafted for when its surname is theirs ("周德明……周师傅是我们厂的木模工").
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from assistant.language.datafiles import data_json, words_pattern

__all__ = ["Attributed", "names_in", "attribute", "request_target", "asks_to_write", "NAME", "OTHERS", "is_nickname",
           "same_person"]

_SINGLE = ("王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜"
           "崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔汤温康施牛樊葛"
           "邢齐易乔伍庞颜倪庄聂章鲁岳翟殷詹欧耿关兰焦俞左柳甘祝包宁尚符舒阮柯纪梅童凌毕单季裴霍涂苗谷盛曲翁冉骆蓝"
           "游辛靳管柴蒙鲍华喻祁蒲房滕屈饶解牟艾尤穆卓古吉缪简车项连麦褚娄窦戚岑景党宫费卜冷晏席卫米柏宗瞿桂佟臧"
           "闵苟邬卞姬仇栾隋商刁沙荣巫寇桑郎甄丛仲虞敖巩佘池苑迟邝封谈匡鞠荆冀郁胥栗燕楚鄢谌奚粟冼蔺楼闻厉伊"
           "向常文成申阎洪安")
_COMPOUND = ("欧阳", "司马", "上官", "诸葛", "东方", "皇甫", "尉迟", "公孙", "慕容", "令狐", "夏侯", "长孙", "宇文",
             "司徒", "端木", "独孤", "南宫")
# How colleagues call each other: 老/小 before the surname, 师傅/工/总/姐/哥 after it.
_NICK_BEFORE = "老小"
_NICK_AFTER = ("师傅", "师父", "工", "总", "姐", "哥")
_NICK = rf"(?:[{_NICK_BEFORE}][{_SINGLE}]|[{_SINGLE}](?:{'|'.join(_NICK_AFTER)}))"
# Words of a nickname's shape that are words ("误差小于0.1毫米", "小车", "小麦"); a dictionary word ending in 工 is a
# trade or a title (车工, 高工, 施工), not a nickname.
_NOT_NICKNAMES = frozenset({"小于", "小孔", "小康", "小牛", "小包", "小曲", "小车", "小麦", "小费", "小米", "小楼", "小龙",
                            "老翁", "小丁", "老成", "小成", "老常", "小常", "老万", "小万", "老于", "老左", "小左", "老向",
                            "小向", "老江", "老师傅", "老牛"})
NAME = rf"(?:{_NICK}|(?:{'|'.join(_COMPOUND)}|[{_SINGLE}])[\u4e00-\u9fff]{{1,2}}?)"
_CONJ = r"(?:和|与|跟|及|、)"
# What follows a name at a clause's head: a verb or a particle of the subject.
# (and the reflexive after it: "李建国自己总结了一套装夹法" is 李建国's own, after a clause about others)
_AFTER_SUBJECT = (r"(?=同志|自己|本人|亲自|独自|独立|总结|都|也|还|均|一起|共同|是|在|从|于|曾|先后|主|参|负|牵|带|获|荣|拿|夺|被|作为|担|任|现|研|开|设|那边|这边|那个|这个|[去今前]年|"
                  r"打|完|攻|改|发|创|建|组|搭|制|编|提|申|取|培|指|从事|做|干|有|的|\d|，|,|$)")
# "另外他的同事李明…", "还有我们车间的徒弟赵亮…": a linking word and the person's relation come before the name
_LEAD = r"(?:另外|此外|还有|同时|以及|而)?(?:(?:他|她|我)们?的?)?"
_RELATION = r"(?:同事|徒弟|师傅|师父|搭档|队友|组长|班长|同组的|同班组的)?"
# "郭峰和他同事崔浩都是…": the second person named by their relation to the first
_OTHER_OF = rf"(?:(?:他|她)的?)?{_RELATION}"
_HEAD = re.compile(rf"^{_LEAD}(?:单位|公司|部门|车间|班组|团队|厂|科室|中心)?(?:的)?{_RELATION}(?P<names>{NAME}(?:{_CONJ}{_OTHER_OF}{NAME})*)"
                   rf"(?:同志|师傅)?{_AFTER_SUBJECT}")
_SUBJECT_WORDS = re.compile(r"^(?:同志|师傅)?(?:都|也|均|一起|共同)?")
_PRONOUN = re.compile(r"^(?:他|她|其|该同志)(?:们)?")
# The person a request is for: "给张伟写", "帮我们单位的张伟写一下", "写刘洋的", "刘洋的主要事迹", "为王芳起草".
_VERB = r"(?:写|起草|撰写|拟|弄|整理|准备|生成)"
_TARGET = (
    re.compile(rf"(?:给|帮|替|为)(?:我们?)?(?:单位|公司|部门|车间|班组|团队|厂)?的?(?P<n>{NAME})(?:同志|师傅)?(?:写|起草|撰写|拟|弄|整理|准备|生成|的)"),
    re.compile(rf"{_VERB}(?:一下|一份|个|下)?(?P<n>{NAME})(?:同志|师傅)?的"),
    re.compile(rf"(?P<n>{NAME})(?:同志|师傅)?的[^，,。；;]{{0,10}}?(?:事迹|推荐表|申报表|材料)"),  # "王强的首席技师事迹材料"
    re.compile(rf"(?:他|她|对方|候选人)?(?:叫|姓名[是:：]?|名字[是叫:：]?)\s*(?P<n>{NAME})(?=[，,。；;\s]|$)"),
    re.compile(rf"^(?:写|就|是)?(?P<n>{NAME})(?:同志|师傅)?(?:的|吧|啊)?$"),  # the whole reply is the name
    re.compile(rf"(?:^|[，,。：:；;\s])(?:写|起草)(?:一下|一份|个|下)?(?P<n>{NAME})(?:同志|师傅)?的?(?=[，,。！!；;\s]|$)"),  # "浙派工匠，写钱芳。"
    re.compile(rf"(?:^|的)(?P<n>{NAME})(?:同志|师傅)?(?:要|想|准备|打算)(?:报|申报|参评|参选)"),  # "我们公司的夏军要报杭州工匠"
    # "对象是赵刚", "候选人周敏", "申报人是钟涛", "人叫廖平", "推荐人选孙浩的材料", "推荐张磊参评"
    re.compile(rf"(?:对象|人选|候选人|申报人|推荐人|参评人|人)(?:是|为|叫|：|:)?(?P<n>{NAME})(?:同志|师傅)?(?=[，,。；;\s的]|$|参评|申报)"),
    re.compile(rf"推荐(?P<n>{NAME})(?:同志|师傅)?(?=参评|申报|报|[，,。；;\s]|$)"),
    # "帮我起草浙派工匠的事迹，给褚卫东。": the one written for, said last and alone
    re.compile(rf"(?:^|[，,：:；;\s])(?:给|为|替)(?P<n>{NAME})(?:同志|师傅)?(?:的|写)?(?=[，,。！!；;\s]|$)"),
)
# Asking to write, the form named first: "第四届数字工匠的事迹帮郭峰写一下", "首席技师的主要事迹帮我起草".
_WRITE_OBJECT_FIRST = re.compile(r"(?:事迹|推荐表|申报表|申报材料|事迹简介).{0,10}?(?:帮|给|(?<![代接顶])替|(?<![作因认成以行])为|麻烦)"
                                 r"[^？?。]{0,8}?(?:写|起草|撰写|拟)")
_WRITE_VERB = re.compile(r"写|起草|撰写|拟")
# A request in other words: a helping word, a verb of writing up (not done: no 了/过 after it) and what is written,
# near each other in one sentence that asks nothing ("浙派工匠推荐材料，帮忙弄一下王强的", "给咱们厂老周写个杭州工匠的材料",
# "主要事迹那栏帮我填一下", "帮我把邵军的事迹整理成推荐表的格式"); or a draft said to be needed ("需要一份浙派工匠的主要事迹").
# 替 and 为 only as "for": in 代替/接替/顶替 (replace) and 作为/因为/认为/成为/以为 they help no one ("能不能用电子签章代替手写")
_HELP = r"(?:帮|给|(?<![代接顶])替|(?<![作因认成以行])为|麻烦|请)"
_UP_VERB = r"(?:写|起草|撰写|拟|整理|弄|填|准备|出(?:个|一)?(?:稿|稿子)|形成|生成)(?![了过])"
_PAPER = r"(?:事迹|推荐表|申报表|推荐材料|事迹材料|申报材料|材料|稿子|初稿)"
_WRITE_UP = re.compile(rf"{_HELP}[^。；;？?]{{0,12}}?{_UP_VERB}[^。；;？?]{{0,14}}?{_PAPER}"
                       rf"|{_PAPER}[^。；;？?]{{0,14}}?{_HELP}[^。；;？?]{{0,10}}?{_UP_VERB}"
                       rf"|{_HELP}[^。；;？?]{{0,6}}?{_UP_VERB}(?:一下|一份|一版|下)?[^。；;？?]{{0,6}}?的(?:[，,。]|$)"
                       rf"|{_HELP}[^。；;？?]{{0,6}}?出(?:个|一份|一版)?(?:稿子|初稿|稿)"
                       rf"|(?:需要|要|想要)(?:一份|一版|一段|份)[^。；;？?]{{0,14}}?{_PAPER}"
                       rf"|^(?:写|起草|撰写)(?:一下|一份|个|下)?[^。；;？?，,]{{0,14}}?{_PAPER}")
_ASKING = re.compile(r"[？?]|吗|几份|多少|怎么|如何|什么|哪些|要不要|是否")
# "我平时负责帮领导写材料": one's own work, not a request
_OWN_WORK = re.compile(r"负责|平时|经常|一直|日常|工作是|我(?:们)?(?:主要|也|还|就是)?(?:帮|给|替|为)")
# Whose facts are not the candidate's. A clause whose subject is someone related to the candidate or the unit as a
# whole ("他同事…", "他徒弟小张…", "我们单位去年被评为…", "她团队的小伙子们…") speaks of them; a clause that disowns
# the one before it ("不用写", "别算他头上", "那是集体的", "这个是店里的不是她的") says that one was not the candidate's.
OTHERS = "#others"
_OTHER_SUBJECT = re.compile(
    r"^(?:另外|此外|还有|同时|而)?(?:(?:他|她|我|咱)们?的?)?(?:(?:车间|部门|班组|单位|公司|团队|店|厂)(?:里)?的?)?"
    # ("我们厂的技术中心主任": the post may be named with its department before it)
    r"(?:(?:(?![是为当任做干])[\u4e00-\u9fff]){1,6}?(?=主任|主管|经理|科长|处长|部长|总监|总工))?"
    r"(?:同事|主管|经理|科长|处长|部长|总监|总工|徒弟|学徒|师傅|师父|搭档|队友|领导|上级|主任|车间主任|班长|组长|儿子|女儿|爱人|老婆|丈夫|妻子|父亲|母亲"
    r"|同组的|同班组的|小伙子们?|年轻人们?|成员们?)"
    r"|^(?:另外|此外|还有|同时|而)?(?:(?:他|她|我|咱)们)?的?(?:单位|公司|车间|部门|班组|店|厂|集团|医院)(?:里)?"
    r"(?:去年|今年|前年|\d{4}年)?(?:也|还|曾)?(?:被评为|被授予|获评|获得|荣获|获|拿了|拿过|是|的(?:年|产值|营业额|销售额))")


def _disowning() -> tuple[str, re.Pattern[str]]:
    """The word not to write a thing (``language/data/disowning.json``): said alone after a pointing word ("这个不用写"),
    and said at a clause's end after the thing it names ("…李工搞的专利不要写进去", "那个团体奖就别提了")."""
    t = data_json("disowning.json")
    negators, verbs = words_pattern(t["negators"]), words_pattern(t["verbs"])
    alone = f"^(?:{words_pattern(t['pointing'])})?(?:就)?(?:{negators})(?:{verbs})"
    after = (f"(?:就|也|都)?(?:{negators})(?:再)?(?:{verbs})(?:{words_pattern(t['placed'])})?"
             f"(?:{words_pattern(t['particles'])})?$")
    return alone, re.compile(after)


_DISOWNS_ALONE, _DISOWNS_AFTER = _disowning()
_DISOWNS = re.compile(
    _DISOWNS_ALONE + r"|^(?:这个|这|那个|那)?(?:是|都是|属于)?(?:[\u4e00-\u9fff]{1,4})?(?:的)?(?:不是|不算)(?:他|她|本人|该同志)(?:本人|个人)?的"
    r"|^(?:这个|这|那个|那)(?:是|都是|属于)(?:集体|团队|单位|公司|车间|店里|厂里|部门|大家|他们|[\u4e00-\u9fff]{2,3})的$"
    r"|^(?:这个|这|那个|那)(?:是|都是|属于)(?:集体|团队|单位|公司|车间|班组|部门)的?(?:荣誉|奖项|成绩|称号|奖)$"
    r"|^(?:跟|和|与)?(?:他|她)?(?:不相关|无关|没关系)$")


def asks_to_write(text: str) -> bool:
    """Whether a message asks to write for someone: the form named before the verb, or a write verb before a name."""
    if _WRITE_OBJECT_FIRST.search(text):
        return True
    # a message, not a notice: ！ ends a sentence but ？ does not, so a request asked as a question stays one sentence
    # with its ？ ("能帮我写吗？帮张伟写推荐材料" is asked, and _ASKING reads it so); notices.text.sentences would split it
    for sentence in re.split(r"[。；;！!\n]", text):
        head = sentence.split("：")[0].split(":")[0]
        if _WRITE_UP.search(head) and not _ASKING.search(head) and not _OWN_WORK.search(head):
            return True
    target = request_target(text)
    # "我在临平一家做APP的小公司 写安卓 干了七年了": a write verb beside a word, where the asker tells their own work,
    # is that work, not a request, unless a word of asking or of whom it is for comes with it ("给张伟写一下");
    # with no work of one's own told, a bare "杭州工匠，写陶红梅。" is a request
    if not (target and (_REQUESTED.search(text) or not _OWN_WORK_TOLD.search(text))):
        return False
    near = re.compile(rf"(?:{_WRITE_VERB.pattern})[^，,。]{{0,8}}{re.escape(target)}"
                      rf"|{re.escape(target)}[^，,。]{{0,8}}(?:{_WRITE_VERB.pattern})")
    # with no word of asking for it, a write verb in a question is asked about ("申报表上…还是有专门写荣誉的地方？":
    # where a thing is written, and jieba tags 荣誉 a name), not a request to write for someone
    return any(near.search(sentence) and (_REQUESTED.search(text) or _CAN_WRITE.search(sentence)
                                          or not _ASKING.search(sentence))
               for sentence in re.split(r"(?<=[。；;！!？?\n])", text))


_OWN_WORK_TOLD = re.compile(r"我[^，,。？?]{0,6}(?:在|做|干|从事)")
_REQUESTED = re.compile(r"帮|给|替|为|请|麻烦|代|能不能|可不可以|可以|需要|要一份|来一份"
                        r"|(?:写|起草|撰写|拟)(?:一下|一份|一版|个|下)")  # the imperative: "写一下张伟的"
_CAN_WRITE = re.compile(rf"能(?:帮|给|替)?(?:{_WRITE_VERB.pattern})")  # "能写陶红梅的吗？": asked, and a request
_COMMON = 200  # a dictionary word this frequent is a word, not a name


@functools.lru_cache(maxsize=1)
def _freq() -> dict:
    from assistant.retrieval.segment import segmenter

    seg = segmenter()
    seg.check_initialized()
    return seg.FREQ


# a pronoun is never part of a name: "别写成他的" holds 成 (a surname) before 他, and no person 成他
_PRONOUN_CHAR = re.compile(r"[他她它我你您们咱]")


def is_nickname(candidate: str) -> bool:
    """老周, 小王, 周师傅, 王工, 刘姐: a surname with how colleagues call each other; not 小麦, 车工, 施工."""
    if candidate in _NOT_NICKNAMES:
        return False
    if re.fullmatch(rf"[{_NICK_BEFORE}][{_SINGLE}]", candidate):
        return True
    m = re.fullmatch(rf"[{_SINGLE}]({'|'.join(_NICK_AFTER)})", candidate)
    return bool(m) and not (m.group(1) == "工" and _freq().get(candidate))


def same_person(name: str, other: str | None) -> bool:
    """Whether ``name`` is ``other`` or a nickname of theirs: 周师傅 and 老周 are 周德明, 小王 is 王晓东 (one
    surname, one of them a full name)."""
    if not other or name == other:
        return name == other
    nick, full = (name, other) if is_nickname(name) else (other, name)
    if not is_nickname(nick) or is_nickname(full):
        return False
    surname = nick[1] if nick[0] in _NICK_BEFORE else nick[0]
    return full.startswith(surname)


def _is_name(candidate: str) -> bool:
    if _PRONOUN_CHAR.search(candidate):
        return False
    if is_nickname(candidate):
        return True
    freq = _freq()
    head = "" if candidate.startswith(_COMPOUND) else candidate[:2]  # 欧阳 is a word and a surname
    if (freq.get(candidate) or 0) >= _COMMON or (freq.get(head) or 0) >= _COMMON:
        return False
    return not re.search(r"[师工员长家手匠届省市区县]$", candidate)


def _names(span: str) -> list[str]:
    return [re.sub(rf"^{_OTHER_OF}", "", n) for n in re.split(_CONJ, span) if n]


def _unglued(text: str, at: int, candidate: str) -> str:
    """``candidate`` less a first character that ends the word before it: "班组长孙立平" is 班组长 and 孙立平, not the
    compound surname 长孙 (a word of the text before the name wins over a rare surname)."""
    if candidate.startswith(_COMPOUND) and at >= 1 and any(
            (_freq().get(text[at - k:at + 1]) or 0) >= _COMMON for k in (1, 2) if at >= k):
        return candidate[1:]
    return candidate


def _tagged_name(candidate: str) -> bool:
    """Whether jieba tags ``candidate`` a person's name (向阳, 李娜): trusted only where a request puts a name."""
    from assistant.retrieval.segment import tags

    return tags(candidate) == [(candidate, "nr")] and not re.search(r"[师工员长家手匠届省市区县]$", candidate)


def request_target(text: str) -> str | None:
    """The person a drafting request or reply names as the one to write for. A name that is also a word (向阳,
    李娜) counts here when jieba tags it a name: "给向阳写…" leaves no other reading."""
    for pattern in _TARGET:
        for m in pattern.finditer(text):
            name = _unglued(text, m.start("n"), m.group("n"))
            if not _PRONOUN_CHAR.search(name) and (_is_name(name) or _tagged_name(name)):
                return name
    return None


def _head(clause: str, target: str | None = None) -> tuple[list[str], int]:
    """The people a clause's head names and where the rest of the clause starts; ([], 0) for none. The person
    the request is for is a name wherever it stands, even when it is also a word."""
    m = _HEAD.match(clause)
    if not m:
        return [], 0
    names = _names(m.group("names"))
    if not all(_is_name(n) or n == target for n in names):
        return [], 0
    names = [target if same_person(n, target) else n for n in names]  # "周师傅是…": the one drafted for
    rest = m.end("names")
    rest += _SUBJECT_WORDS.match(clause[rest:]).end()
    return names, rest


def names_in(clauses: list[str]) -> list[str]:
    """The people named at clause heads, in order of first mention."""
    out: list[str] = []
    for clause in clauses:
        for n in _head(clause)[0]:
            if n not in out:
                out.append(n)
    return out


@dataclass(frozen=True)
class Attributed:
    """A clause with the people it is about (empty: no one named yet) and its words without the subject."""

    text: str
    people: tuple[str, ...]
    only_name: bool  # the clause is the name alone ("李强"): it says who, not what


def attribute(clauses: list[str], target: str | None) -> list[Attributed]:
    """Attribute each clause to the people it is about: its head's names, else the previous clause's people."""
    out: list[Attributed] = []
    current: tuple[str, ...] = (target,) if target else ()
    for clause in clauses:
        if _DISOWNS.search(clause):  # "不用写": the clause before was not the candidate's; this one says no fact
            if out and not out[-1].only_name:
                out[-1] = Attributed(out[-1].text, (OTHERS,), False)
            current = (target,) if target else current  # what follows speaks of the candidate again
            continue
        if _DISOWNS_AFTER.search(clause) and len(_DISOWNS_AFTER.sub("", clause)) > 2:
            out.append(Attributed(clause, (OTHERS,), False))  # its own thing, said not to be written
            continue
        if _OTHER_SUBJECT.search(clause) and not _head(clause, target)[0]:
            out.append(Attributed(clause, (OTHERS,), False))
            continue
        names, rest = _head(clause, target)
        if names:
            current = tuple(names)
            words = clause[rest:].lstrip("，, ")
            out.append(Attributed(words, current, not words))
            continue
        pronoun = _PRONOUN.match(clause)
        if out and out[-1].people == (OTHERS,) and not pronoun:  # "他徒弟小张拿过…，还上了电视": still them
            out.append(Attributed(clause, (OTHERS,), False))
            continue
        if pronoun and len(current) > 1:
            current = (target,) if target in current else current[-1:]
        out.append(Attributed(clause, current, False))
    return out
