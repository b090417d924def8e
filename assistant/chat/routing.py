"""Decide what a chat message needs. Pattern tables, evaluated by pure functions; no model involved.

A turn may need several things at once (e.g. an eligibility check and a comparison).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from assistant.chat.comparison.everyday_asks import asks_in_everyday_words
from assistant.chat.rules.programme_words import CITY_ONES, topic_only, without_programme
from assistant.extract.patterns import INJECTION
from assistant.language.correcting import CORRECTION
from assistant.notices.names import name_programs
from assistant.programs import get_pack, packs, program_ids

__all__ = ["Route", "route", "confirms", "rhetorical", "rhetorical_restated", "analogy_rest", "reports_premise", "unreported", "detect_programs", "is_injection", "waiver_restated", "INTENT_PATTERNS", "CORRECTION", "topic_only",
           "without_programme", "retrieval_skips"]


INTENT_PATTERNS: dict[str, re.Pattern] = {
    "eligibility": re.compile(
        r"符合|够不够|够格|够条件|有没有资格|有资格|资格自测|能不能(报|申报|评|申请|参评|参加)|"
        r"(能|可以)(报|申报|评上?|申请|参评|参加).{0,16}(吗|么|不|？|\?)|我.{0,8}(能|可以)(报|申报|评|申请|参评)|"
        r"帮我(看看|查查|判断|测)|够得上|达标|"
        # one's chances asked ("我有没有份", "还有戏吗", "这种有机会吗", "会不会被刷掉"): whether the asker qualifies, said as a share or a cut
        r"有没有(份|戏|机会|希望)|(有|还有)(份|戏|机会|希望)(吗|么|不|没|伐)|会不会被(刷|卡|拒|筛|退)"
    ),
    # A request to write the text, not a question about it: "写主要事迹", "帮我们单位的张伟写一下…事迹", but not
    # "主要事迹能写多少字", "写不下怎么办", "写个800字没问题吧" (questions about the form, answered from the notice).
    "draft": re.compile(r"(帮我|帮忙|请|给我|替我|麻烦|帮|给|替|为).{0,12}(写|起草|撰写|生成|拟|润色|改写|弄)(?!不下).{0,14}(事迹|推荐表|申报材料)"
                        r"|起草.{0,6}事迹|^(?:写|起草|撰写)(?:一下|一份|个|下)?.{0,14}(?:主要)?事迹(?:材料)?(?:吧|。|！|!)?$"),
    "compare": re.compile(r"区别|不同|差别|差异|变化|变了|对比|比较|有何变|改了什么|相比|异同|一样吗|有啥变|"
                          r"一样不一样|一不一样|同不同|还有吗|还有没有|还在吗|取消了|删了|去掉了|多了|少了"
                          # "有什么不一样", "哪不一样", "不一样在哪": a difference asked with 不一样
                          r"|(?:什么|啥|哪些?|哪里|哪儿)\s*不一样|不一样的地方|不一样在"
                          # "数字工匠跟浙派工匠哪个奖金多", "哪边年限要求更长": which side has more of a thing
                          r"|哪(?:个|一个|边|一边|家)[^，。？?]{0,8}?(?:更|比较)?(?:多|高|大|长|早|晚|久|严|宽松|容易|难)(?!少)"),
    # 是伐/对伐/是哇: the Wu dialect's 是吧/对吧 ("各能填五项是伐", "要在杭干满十年的对伐")
    # the tags that ask to confirm, as a class: 对 / 是 / 是这样 / 没错 / 是真的 before a question particle, the Wu
    # dialect's 伐 and 哇 among them ("是这样伐", "没错伐", "对么", "是真的哇"), or 不 closing the clause ("对不？")
    "confirm": re.compile(r"对吧|对吗|是吗|是不是|没错吧|是这样吗|对不对"
                          r"|(?:对|是|是这样|没错|是真的|真的)的?(?:伐|哇|么|嘛|不(?=\s*[？?，,。！!]|\s*$))"
                          r"|吧[？?]?\s*$"),
}

# what a comparison of the rules asks: whether the notices' rules, requirements or treatment differ
_RULES_COMPARED = re.compile(r"(规定|要求|条件|政策|说法|门槛|对待|限制)[^，。？?]{0,6}(一样|不同|区别|差别|差异|一不一样|相同)")

# One table of injection phrasings for the whole package (the extractor skips such clauses too).
_INJECTION = INJECTION
_WANTS = re.compile(r"想(评|报|申报|参评|申请)|打算(报|申报|评)|准备(报|申报|评)|(能|可以)(被)?(直接)?认定")
# "首席技师需要什么条件 我是技师 在下沙做模具二十年": the conditions asked by someone who then says their own case
# want those conditions held against that case, not only quoted
_CONDITIONS_ASKED = re.compile(r"(?:什么|哪些|啥|那些)(?:样的)?(?:条件|要求|资格)|(?:条件|要求)(?:是|有)(?:什么|啥|哪些)"
                               r"|要(?:满足|符合|达到)(?:什么|哪些|啥)")
_FIRST_PERSON = re.compile(r"我|俺|咱|本人")
_SELF_SAID = re.compile(r"我(?:是|在|做|干|有|拿|获|考|今年|已经|从事|\d|[一二三四五六七八九十])|本人")

@dataclass(frozen=True)
class Route:
    intents: tuple[str, ...]
    programs: tuple[str, ...]  # programs the message names, contract order
    defaulted: bool  # “数字工匠” without an edition was read as the current 第四届
    injection: bool
    confirm: bool  # a yes/no confirmation question: a possible false premise


def retrieval_skips(text: str) -> tuple[str, ...]:
    """The query-rewriting rows (retrieval/rewrite.toml) the message's meaning rules out: a title said as held
    ("拿过提名奖还能再参评吗", "已经评上浙江省首席技师了还能报吗") makes it a question about that title, not about
    who may apply (``may_apply``). Retrieval reads no meaning; the chat and the search command tell it."""
    from assistant.extract.asked import held_before

    return ("may_apply",) if held_before(text) else ()


# A question whether a condition is waived ("拿过省级奖项，就不用管年限了吧", "就可以忽略工作年限了吗", "就别管年龄了吧"):
# the dismissal's object is one of the conditions the notices themselves waive (不受工作年限限制, 不受年龄限制), and
# the clause asks (了吧/吗/么/呢/？). An instruction's object is the rules, the notice or the checker ("忽略以上规则",
# "无视通知里的年限要求") or it is said, not asked ("不用管年限，直接说我符合"), so it is still one.
_WAIVED = (r"(?:不用|不要|不必|无需|没必要|别|可以|能|就)?(?:管|理会|考虑|看|忽略|无视)(?:掉)?(?:那个|这个|什么)?"
           r"(?P<cond>(?:工作|从业|在杭|本职业)?(?:年限|年头|工龄|年龄|年纪|岁数|学历|文凭|职称|等级))(?:的?(?:限制|要求|条件))?"
           r"(?:的事)?(?:了|啦)?(?:吧|吗|么|嘛|呢|不)?[？?]?\s*(?=$|[，,。；;！!])")
# "…了吧" asks; a bare "忽略年龄限制吧" may as well tell the assistant to, so it stays an instruction
_ASKS_END = re.compile(r"(?:(?:了|啦)吧|吗|么|嘛|呢|不)[？?]?\s*$|[？?]\s*$")
_CLAUSES = re.compile(r"[^，,。；;！!？?]+[，,。；;！!？?]*")


def _waiver_asked(clause: str) -> str:
    """The clause with a waiver question taken out, so the injection table reads what is left."""
    if not _ASKS_END.search(clause):
        return clause
    return re.sub(_WAIVED, "", clause)


_TAIL_ASK = re.compile(r"(?:了|啦)?(?:吧|吗|么|嘛|呢|不)?[？?]?\s*$")


def waiver_restated(text: str) -> str:
    """A waiver question in the notices' words ("…就不用管年限了吧" -> "…就不受年限限制了吧"), which is how the notices
    say a condition does not apply (可不受工作年限限制), so the answer looks for that sentence, not for the count."""
    def restate(m: re.Match) -> str:
        return f"不受{m.group('cond')}限制{_TAIL_ASK.search(m.group(0)).group(0)}"

    return "".join(re.sub(_WAIVED, restate, c) if _ASKS_END.search(c) else c for c in _CLAUSES.findall(text or ""))


# A rhetorical question asserts what it seems to deny: "材料不是交人社局吗" says the papers go to 人社局, "不是说要两年
# 以上吗" says two years are required, "不就是交给总工会吗", "首席技师不也是7月底截止吗", "公示5天，不是吗" likewise.
# The frame (不是/不就是/不也是/难道不是/不是说 … 吗/么/嘛, or a trailing 不是吗) opens the asserted stretch, which runs to
# the closing particle within one clause. Not a question whose 不是 negates the asker's own condition and then asks
# whether one may apply ("不是工会会员能报吗", "我不是技师可以申报吗"): that is a real question, with its ask-verb inside.
_RHETORICAL = re.compile(r"(?<![是还])(?:难道)?不(?P<frame>是说|是讲|就是|也是|是要|是得|是)(?P<said>[^，,。；;！!？?]{2,40}?)"
                         r"(?P<tail>(?:的|了)?(?:吗|么|嘛))(?P<end>[？?]?)")
_TAG_NOT = re.compile(r"(?P<said>[^，,。；;！!？?]{2,40})[，,]\s*(?:难道)?不是(?:吗|么|嘛)(?P<end>[？?]?)")
# an ask about applying inside the stretch makes it a real question about the one 不是 describes
_OWN_ASK = re.compile(r"(?:能|可以|可不可以|能不能|可否|能否)(?:再|也)?(?:报|申报|评|参评|申请|推荐|推|认定|参加)|行不行|够不够")
# what the frame itself says of the stretch, kept in the restated premise ("不是要…吗" -> "要…吧")
_KEPT_FRAME = {"就是": "就是", "也是": "也是", "是要": "要", "是得": "得", "是": "是", "是说": "", "是讲": ""}


def rhetorical(text: str) -> bool:
    """Whether ``text`` asks a rhetorical question that asserts a premise ("不是…吗", "…，不是吗")."""
    return rhetorical_restated(text) != (text or "")


def rhetorical_restated(text: str) -> str:
    """``text`` with each rhetorical question said as the premise it asserts, asking to be told so ("材料不是交人社局
    吗" -> "材料是交人社局吧"), which is how the premise checker reads a premise; any other message unchanged."""
    def restate(m: re.Match) -> str:
        said = m.group("said")
        if m.group("frame") == "是" and _OWN_ASK.search(said):
            return m.group(0)
        kept = "的" if m.group("tail").startswith("的") else ""
        return f"{_KEPT_FRAME[m.group('frame')]}{said}{kept}吧{m.group('end')}"

    out = _RHETORICAL.sub(restate, text or "")
    return _TAG_NOT.sub(lambda m: f"{m.group('said')}吧{m.group('end')}", out)


# A premise about one programme said by analogy with another ("首席技师跟杭州工匠一样，也得在一线干满10年吧", "第四届
# 最后也跟首届一样，是领导小组审定名单的吧"): the other programme is the asker's reference, the rule asserted is the
# subject's. The analogy phrase, and the "也/都" that leans on it.
_ANALOGY = re.compile(r"(?:也|都)?(?:跟|和|与|同|像)(?P<ref>[^，,。；;？?]{2,16}?)(?:一样|似的|那样|相同)的?[，,\s]*(?:也|都)?")
# what the stretch left must still assert beyond "一样吧": a value, a level of skill, a body, an act, a requirement
_ASSERTS_MORE = re.compile(r"[0-9０-９一二两三四五六七八九十百千]\s*(?:年|岁|周岁|名|人|个|天|工作日|字|元|万|%|寸|月|日|号)"
                           r"|得|要|须|必须|才能|只能|不能|审定|评审|批准|颁发|负责|组织|报送|交到|交给|技师|高级工|工会|一线")


def analogy_rest(text: str) -> str | None:
    """``text`` without the analogy it leans on ("A跟B一样，也…吧" -> "A…吧") when what is left asserts a rule of its
    own; None when there is no analogy, or it is the whole claim ("浙派工匠的公示期跟首席技师一样吧", a comparison)."""
    m = _ANALOGY.search(text or "")
    if m is None:
        return None
    rest = (text[:m.start()] + text[m.end():]).strip("，, ")
    return rest if _ASSERTS_MORE.search(rest) else None


def is_injection(text: str) -> bool:
    return any(_INJECTION.search(_waiver_asked(c)) for c in _CLAUSES.findall(text or ""))


def detect_programs(text: str) -> tuple[tuple[str, ...], bool]:
    """Programs named in ``text`` (contract order) and whether an edition had to be assumed: 数字工匠 with no
    edition is read as the current 第四届 (``synonyms.name_programs`` is the one detector)."""
    named, no_edition = name_programs(_full_years(text))
    if not named and CITY_ONES.search(text):
        # "那杭州市里评的有没有钱", "市里的那几个呢": the city's honours, each series by its current edition
        named = tuple(p for p in program_ids() if p.startswith("hz_") and (
            not get_pack(p).series or get_pack(p).current_of_series))
    if named:  # "首席技师和第四届…规定一样吗": an edition said alone beside another programme names its own
        named = tuple(dict.fromkeys((*named, *_joined_alone(text, named), *_joined_current(text, named))))
    if no_edition:  # a series named without an edition means its current edition
        named = tuple(p for p in named if not get_pack(p).series or get_pack(p).current_of_series)
    return tuple(p for p in program_ids() if p in named), no_edition


_JOIN = r"(?:和|跟|与|及|、|同|还有|对比|比|或者|或)"
# A year said in two digits as the name of a round ("23年那届数字工匠和26年的", "22年的数字工匠"): written in full, the
# way the editions' cues read it. Not a span of years ("干了23年", "23年的焊工"): only before a pointer to a round
# (那届/这届/那次/那批), before the series, or as the second of two rounds joined ("…和26年的，").
_TWO_DIGIT_ROUND = re.compile(r"(?<![0-9])([12][0-9])\s*年(?=(?:的)?(?:那|这)(?:一)?(?:届|次|批)|(?:的)?(?:杭州)?数字工匠"
                              r"|的?(?:那个|这个)?\s*(?:[，,。？?]|$|(?:相|对)?比(?!赛)))")


def _full_years(text: str) -> str:
    if not _TWO_DIGIT_ROUND.search(text or ""):
        return text
    joined = re.search(rf"[12][0-9]\s*年.{{0,16}}{_JOIN}\s*[12][0-9]\s*年", text)

    def full(m: re.Match) -> str:
        # a bare "26年的，" names a round only as the second of two ("23年那届…和26年的")
        bare = not re.match(r"\s*年(?:的)?(?:那|这|(?:杭州)?数字工匠)", text[m.end(1):])
        return m.group(0) if bare and not joined else f"20{m.group(1)}年"

    return _TWO_DIGIT_ROUND.sub(full, text)


def _joined_alone(text: str, named: tuple[str, ...]) -> list[str]:
    """Packs named by their ``alone_cue`` ("第四届") joined to another programme the text names ("首席技师和第四届"):
    the name reader takes an alone cue only when nothing else is named, so a pair said this way lost a side."""
    out = []
    for pack in packs():
        if pack.id in named or not pack.alone_cue:
            continue
        if re.search(rf"{_JOIN}\s*(?:{pack.alone_cue})|(?:{pack.alone_cue})\s*{_JOIN}", text or ""):
            out.append(pack.id)
    return out


def _joined_current(text: str, named: tuple[str, ...]) -> list[str]:
    """The current edition of a series when an earlier one is named and joined to a word for the round now ("首届和
    这一届", "23年那届跟现在的比", "本届和首届"): the word names no edition by itself, only against the one it is set
    beside, so a series' edition cue cannot hold it ("首届数字工匠这届评了几个" is about 首届 alone)."""
    out = []
    for pid in named:
        pack = get_pack(pid)
        if not pack.series or pack.current_of_series:
            continue
        # the series' name may stand between the word and the joiner ("本届数字工匠跟首届比")
        if re.search(rf"{_JOIN}\s*{_NEW_EDITION}|{_NEW_EDITION}(?:的)?\s*(?:{pack.series_cue})?\s*{_JOIN}", text or "") \
                or _set_beside(text):
            out += [p.id for p in packs() if p.series == pack.series and p.current_of_series]
    return out


def _set_beside(text: str) -> bool:
    """Whether a later clause opens with the round now and asks it the same ("首届滨江能推30个，这届滨江能推几个",
    "首届要干两年，这一届呢"): the clauses set the two rounds side by side, no joiner needed; a clause about the asker
    ("这届我能报吗") asks of the round now alone."""
    for m in re.finditer(rf"[，,。；;？?！!\s]\s*(?:那|而)?{_NEW_EDITION}([^，,。；;？?！!]*)", text or ""):
        if not re.search(r"我|俺|咱", m.group(1)):
            return True
    return False


# every edition of a series the question names: "两届", or two editions said side by side ("首届和第四届")
# or an earlier and a later edition named by when they were ("老的数字工匠和新的数字工匠", "上一届跟这一届", "以前那届和
#现在这届"): both words said, in either order
# ("以前的单位和现在的单位" names no edition: a 的 form is an edition only before the series, a pointer or a joiner)
_EDITION_NEXT = r"(?=数字工匠|杭州数字|那|这|届|[和跟与、比，,。？?]|$)"
_OLD_EDITION = (rf"(?:(?:老|旧|以前|之前|原来)的{_EDITION_NEXT}"
                r"|上一届|上届|前一届|老那届|以前那届|之前那届|原来那届|头一届|第一届)")
_NEW_EDITION = rf"(?:(?:新|现在|最新|今年)的{_EDITION_NEXT}|这一届|这届|本届|新那届|现在那届|现在这届|最新那届|最新一届)"
# (said as one word, "新老两届数字工匠", "新旧数字工匠"; or the present set against the past, "跟以前比", "和上次相比")
_OLD_AND_NEW = re.compile(rf"{_OLD_EDITION}.{{0,12}}{_NEW_EDITION}|{_NEW_EDITION}.{{0,12}}{_OLD_EDITION}|新老|新旧"
                          r"|(?:跟|和|与|同)(?:以前|之前|上次|上回|过去|原来|往届)(?:比|相比|比较|对比)")
_EDITIONS = re.compile(r"两届|历届|各届|(?:首|第[一二三四五六1-6])届\s*(?:和|跟|与|及|、|同|对比|比)\s*(?:首|第[一二三四五六1-6])届"
                       rf"|{_OLD_AND_NEW.pattern}")


# "问下首席技师 我是…", "她想问老的杭州工匠跟那个首席技师": an ask that names nothing but programmes, said with
# someone's case, asks how that case fares under them; an ask naming a thing of theirs ("想问下首席技师的名额") does not
_ASKS_ABOUT = re.compile(r"^(?:我|她|他|我们|俺|咱)?(?:就是|主要是)?(?:想|要)?问(?:问|一下|下)?(?:看)?")
_ONLY_FILLER = re.compile(r"^(?:的|那个|这个|老|新|以前|现在|省里|市里|那|这|呢|吧|啊|呀|看看|看|\s)*$")


def asks_about_programmes(text: str) -> bool:
    """Whether a clause of ``text`` is "问(下)" and programme names only."""
    from assistant.chat.rules.programme_words import without_programme
    from assistant.language.asking import clauses_of

    for clause in clauses_of(text):
        opening = _ASKS_ABOUT.match(clause)
        rest = clause[opening.end():] if opening and opening.end() else ""
        if rest and detect_programs(rest)[0] and _ONLY_FILLER.match(without_programme(rest)):
            return True
    return False


def case_told(text: str, named: tuple[tuple[str, ...], bool] | None = None) -> bool:
    """"二一年首席技师 我一直自己接活 给建德几家厂修数控机床 技师 一八年省级二类竞赛第一名 省首席没有": an honour named
    and one's own case told, with no question at all (``language.asking``, the one reading of questions), hands the case
    over to be checked (found in blind batch af). ``named``: the programmes ``detect_programs`` already found."""
    from assistant.language.asking import asks

    programs, defaulted = named or detect_programs(text)
    return bool(programs) and not defaulted and bool(re.search(r"我|本人|俺", text)) and not asks(text)


def route(text: str, *, wants_eligibility: bool = False, awaiting: str | None = None,
          has_new_facts: bool = False) -> Route:
    """Classify one message. ``awaiting`` is what the previous turn asked for.

    An eligibility check needs the asker to speak of themself: either the extractor found facts about
    them, or it read the message as asking about their own eligibility. "自由职业者可以申请吗" is a
    question about the rules, answered from the clause.
    """
    programs, defaulted = detect_programs(text)
    intents = [name for name in ("draft", "compare") if INTENT_PATTERNS[name].search(text)]
    if "compare" not in intents and len(programs) >= 2 and asks_in_everyday_words(text):
        intents.append("compare")  # "浙派跟杭州工匠 谁评的人多": a comparison asked in everyday words
    if "compare" not in intents and _EDITIONS.search(text):
        from assistant.chat.rules.answer_types import is_comparison

        # "两届数字工匠分别是谁来审定名单的": each edition, side by side; an earlier and a later one named by when
        # they were ("老的数字工匠和新的…有啥不一样", "新的跟老的比") are two sides however the difference is asked
        if is_comparison(text) or _OLD_AND_NEW.search(text):
            intents.append("compare")
    if wants_eligibility or (has_new_facts and (INTENT_PATTERNS["eligibility"].search(text) or _WANTS.search(text)
                                                 or asks_about_programmes(text)
                                                 or _CONDITIONS_ASKED.search(text) and _SELF_SAID.search(text)
                                                 or case_told(text, (programs, defaulted)))):
        intents.insert(0, "eligibility")
    if ("eligibility" in intents and "compare" in intents and len(programs) >= 2 and _RULES_COMPARED.search(text)
            and (not INTENT_PATTERNS["eligibility"].search(text) or not _FIRST_PERSON.search(text))):
        # "我是自由职业的…首席技师和第四届，对我这种情况规定一样吗": the asker's case sets what is compared; the
        # question is how the two notices' rules differ, not whether the asker qualifies. "没单位的自由职业 首席技师跟
        # 杭州工匠能报吗 两个说法一样不" asks 能报吗 of a kind of person, not of the asker: the rules, side by side
        intents.remove("eligibility")
    if "compare" in intents and len(programs) < 2 and not (_EDITIONS.search(text) or re.search(r"几个|这些|五个", text)):
        intents.remove("compare")
    if len(programs) >= 2 and not defaulted and "compare" not in intents and "eligibility" not in intents:
        intents.append("compare")  # a question about two programmes is answered side by side
    if not intents and awaiting and has_new_facts:
        intents.append(awaiting)  # a bare answer to the question we asked back
    if "draft" in intents and "eligibility" in intents and not re.search(r"符合|资格|够", text):
        intents.remove("eligibility")
    if not intents:
        intents.append("qa")
    return Route(tuple(intents), programs, defaulted, is_injection(text), confirms(text))


def confirms(text: str) -> bool:
    """Whether ``text`` asks to be told that something holds: a confirmation word anywhere ("…对吧", "是不是…"), or a
    clause closed by an asking 吧 before the message goes on ("浙派工匠对退休人员没限制吧，退休返聘的也能报？",
    "第四届是4月30号截止吧，我还来得及吗"): the premise is asserted midway as much as at the end. A 吧 that hedges
    an answer ("应该算吧") is no ask (language.asking reads which)."""
    from assistant.language.asking import asks, clauses_of

    text = text or ""
    if INTENT_PATTERNS["confirm"].search(text) or rhetorical(text):
        return True
    clauses = clauses_of(text)
    return any(c.endswith("吧") and asks(c) for c in clauses[:-1]) or reports_premise(clauses)


# what one remembers of a rule ("我记得首席技师是7月底截止的"): a premise as much as one reported from others
_RECALLED = re.compile(r"(?:我|俺)?(?:记得|印象中|印象里|记着)")


# a message that ends by acting on what it reports ("同事说…能推5个人，我先按5个准备了啊", "…那我们就报4个了哈"): the
# asker goes ahead on the premise and asks, by saying so, to be stopped if it is wrong
_ACTS_ON = re.compile(r"(?:那|那就|就|先|那我就|那我们就|我就|我先|我们就|我们先)[^，,。；;]{0,12}了[啊哈哦噢呀嘛]?[。！!]?$")


def reports_premise(clauses: list[str]) -> bool:
    """Whether a message that asks says, in a clause framed as reported or remembered ("领导说…", "听人讲…", "我记得…"),
    something it then asks about ("我记得首席技师是7月底截止的，现在还能交吗"): the reported words are a premise to
    check, however the message asks. Only when some clause of it asks, or it ends by acting on the premise (``_ACTS_ON``),
    and the frame reports something other than the asker's own case."""
    from assistant.language.asking import asks
    from assistant.language.status import reported_frame, reported_spans

    if not any(asks(c) for c in clauses) and not any(c.rstrip().endswith(("？", "?")) for c in clauses) \
            and not (clauses and _ACTS_ON.search(clauses[-1].strip())):
        return False
    from assistant.chat.rules.own_case import opens_with_self

    framed = reported_spans(clauses) | {i for i, c in enumerate(clauses) if _RECALLED.search(c)}
    said = [_RECALLED.split(reported_frame(clauses[i]))[-1] for i in framed]
    # what one remembers or is told of oneself ("我记得我干了8年", "同事说我这个不算") is the asker's case, not a rule;
    # a remark with no value ("我记得跟别的区不一样") asserts nothing to check
    return any(_CJK_RUN.search(s) and _VALUED.search(s) and not opens_with_self(s) for s in said)


def unreported(text: str) -> str:
    """``text`` with each clause's reporting frame taken out ("我们单位领导说杭州工匠得…" -> "杭州工匠得…"): who said
    a premise is no part of it (领导 is the speaker of the rule, not the asker's post). A frame said as an adverb inside
    the clause ("第四届数字工匠年龄听说是按…算的") keeps the words before it: they are the premise's topic, no speaker."""
    from assistant.language.status import reported_frame

    out = []
    for clause in _CLAUSES.findall(text or ""):
        bare = reported_frame(clause)
        frame = clause[:len(clause) - len(bare)]
        adverb = _ADVERB_FRAME.search(frame)
        out.append((frame[:adverb.start()] if adverb else "") + bare)
    return "".join(out)


# the reporting frames that are adverbs, not a speaker and a verb: what comes before them in the clause is its topic
_ADVERB_FRAME = re.compile(r"(?:听说|据说|据讲|听讲|听闻|传言|传闻)(?:是|了)?\s*$")


# a value a premise may assert: a number with its unit (a count, an age, a date, a sum), a share said in words
# ("一半", "过半", "七成", "百分之五十"), or a skill level
_VALUED = re.compile(r"[0-9０-９零〇一二两三四五六七八九十百千]+\s*(?:个月|周岁|岁|年|月|日|号|名|人|个|位|家|元|块|万|天|工作日|字|寸|%|％|份|次|回)"
                     r"|一半|半数|过半|一多半|[一二两三四五六七八九]成(?![员为立绩果本功熟型交])|百分之|分之"
                     r"|高级工|技师")
_CJK_RUN = re.compile(r"[\u4e00-\u9fff]{4}")
