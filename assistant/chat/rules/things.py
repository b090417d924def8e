"""The thing a yes/no question asks about, and whether a notice holds it.

"第四届数字工匠评审要不要现场答辩？" asks about 现场答辩; a sentence about 评审 answers nothing when no
sentence of the notice says 答辩. The thing is what follows the question's last yes/no word (the table's
``[thing]`` operators), in words of two or more characters that are not generic (applying, rules in general);
a sentence holds it when it holds every one of those words, or the notice vocabulary a word expands to. The
asker's own case said before the yes/no word ("我们单位没建工会，我还能报吗") is a condition, not the thing.

Run with:  python -c "from assistant.chat.rules.things import thing; print(thing('需要体检吗？'))"
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from assistant.chat.rules.answer_types import table, trailing_no
from assistant.chat.rules.conditional import case_and_question
from assistant.chat.rules.own_case import speaks_of_self

__all__ = ["Thing", "thing", "in_dictionary", "holds_thing", "asker_may", "holding_units", "thing_picks", "is_paper_form", "unheard_of",
           "content_words", "asks_requirement", "is_limit", "said_as", "acts_on_papers",
           "said_before_asking"]

_COMPARING = re.compile(r"区别|不同|差别|差异|变化|一样|分别|各自|相比|两者|两个|都")
# "准备PPT": a Latin word is a word too, and so is a size or format said with a digit ("A4纸", "Word2016")
_CJK_WORD = re.compile(r"[\u4e00-\u9fff]{2,}|[A-Za-z][A-Za-z0-9]+")
_SPACES = re.compile(r"[ \u3000]+")
_STOP = re.compile(r"[吗呢吧伐嘛？?，,。！!；;]")  # 伐: Wu dialect's 吗


@dataclass(frozen=True)
class Thing:
    """What a yes/no question asks about: its words, and the question it makes ("是否需要现场答辩"). ``about``
    are the words of what it is asked of ("评审专家名单会不会公开": 评审, 专家, 名单), said before the yes/no
    word: the clause holding the thing must name one of them."""

    words: tuple[str, ...]
    label: str
    about: tuple[str, ...] = ()


@functools.lru_cache(maxsize=1)
def _operators() -> tuple[re.Pattern, dict[str, str]]:
    rows = table()["thing"]["operators"]
    names = {word: said for word, said in rows}
    return re.compile("|".join(re.escape(w) for w in sorted(names, key=len, reverse=True))), names


@functools.lru_cache(maxsize=1)
def _word_starts() -> tuple[re.Pattern, re.Pattern]:
    """Words that begin with a yes/no word but are words of their own (要求, 有关), and the adverbs the segmenter
    joins to one (还要, 也得): the table's ``not_operators`` and ``adverbs``."""
    return re.compile(table()["thing"]["not_operators"]), re.compile(f"(?:{table()['thing']['adverbs']})$")


@functools.lru_cache(maxsize=1)
def _generic() -> re.Pattern:
    return re.compile(table()["thing"]["generic"])


@functools.lru_cache(maxsize=1)
def _a_not_a() -> re.Pattern:
    verbs = "".join(table()["thing"].get("one_char_verbs", {}))
    return re.compile(rf"(?P<v>[{verbs}])不(?P=v)")


def content_words(text: str) -> tuple[str, ...]:
    """The words of ``text`` a thing is made of: two or more characters (or a Latin word), not generic."""
    from assistant.retrieval.segment import segmenter

    # "退回来", "寄过去": the direction a verb takes is not in the notice's word (退回)
    # "还给我", "退给单位": 给 says to whom, the verb is the word before it
    words = (re.sub(r"(?<=.)给$", "", re.sub(r"(?<=..)(回来|过来|过去|[来去])$", lambda m: "回" if m.group(1) == "回来" else "", w))
             for w in segmenter().lcut(text) if _CJK_WORD.fullmatch(w) and not _generic().match(w))
    words = (w for w in words if _CJK_WORD.fullmatch(w))
    return tuple(dict.fromkeys(words))


def thing(question: str, *, whole: bool = False) -> Thing | None:
    """The thing ``question`` asks about, or None when it names none (only applying, or no yes/no word).
    With ``whole`` (a comparison: "都要求是工会会员吗") the topic of the whole question is the thing."""
    from assistant.chat.routing import topic_only

    # "要是跳槽到别的厂，称号还算数不": the conditional clause is the case asked in, not the thing asked about
    case, asked = case_and_question(question or "")
    text = _TAG.sub("", topic_only(asked).strip())  # "…也能报对吧": 对吧 asks for agreement only
    if whole:
        # word by word, so that the question's own words go whole ("要求是工会会员" is not 求是 + 工会会员)
        skip = re.compile(f"(?:{table()['question_words']})$")
        words = tuple(w for w in content_words(_COMPARING.sub(" ", text)) if not skip.match(w))
        return Thing(words, "相关规定") if words else None
    # "还不还给我", "改不改得了": an A-not-A of a one-character verb asks whether it is done, as "会还给我吗" does
    text = _a_not_a().sub(lambda m: "会" + m.group("v"), text)
    last = _last_operator(text)
    if last is None:
        # "如果换了单位，这个称号还有效吗": a question asked of a case, with no yes/no word of its own (有效 is a word,
        # 不 a tag), asks whether what it says holds in that case
        # "发布会邀请家属参加吗": a yes/no question with no yes/no word but 吗 asks whether what it says holds, too
        # (not "要求是什么": a question word asks for content, whatever 么 ends it)
        from assistant.language.asking import asks_content

        return _said_of_case(text) if _YES_NO_END.search(asked) and (case or not asks_content(asked)) else None
    at, word = last
    rest = _STOP.split(text[at + len(word):])[0].strip()
    rest = _RECIPIENT.sub("", rest)  # "退给本人": to whom it goes is not the thing
    rest = _TAIL.sub("", rest)  # "要不要面试的": a closing particle is no part of the thing
    if len(rest) <= _CLOSING_VERB and _earlier_operator(text, at) and content_words(
            _STOP.split(text[:at])[-1].split(_earlier_operator(text, at))[-1]):
        # "有没有范文能照着写", "有没有现成的模板可以套": the last yes/no word only closes the question with a short
        # verb of using what the A-not-A word before it asks about (范文, 模板)
        return thing(re.sub(f"(?:{table()['thing']['adverbs']})$", "", text[:at]))  # "签字才能报": 才 goes with 能
    words = content_words(rest)
    if _only_handing(rest):
        # "证书原件要交上去吗", "原件要不要交": handing in is the question's form; the paper before it is the thing
        before = _LEAD.sub("", re.split(r"[，,。；;！!？?]", text[:at])[-1]).strip()
        words = _papers(content_words(before))
        before = re.sub(r"^[\s的]+", "", before)
        return Thing(words, f"{before}{_operators()[1][word]}{rest}") if words else None
    # "会不会A、B", "有没有A、B" list ways of saying one thing; "要交A、B吗" asks for each (a requirement)
    words = _papers(_alternatives(rest, words, listed=not re.fullmatch(table()["thing"]["requirement"], word)))
    carried = _carried_verb(rest)
    if carried:  # "名额能转给别的区吗": 名额 alone is a word of the ask, the verb says what is asked of it
        words = (carried, *words)
    said_verb = re.sub(r"给$", "", re.sub(r"[\s吗呢吧么啊呀了？?。！!]", "", rest))
    # a one-character verb with its directional complement ("还回来", "退回去", "改过来") is that verb
    verb = table()["thing"].get("one_char_verbs", {}).get(_COMPLEMENT.sub("", said_verb))
    if verb and all(w in said_verb for w in words):
        words = ()  # "还回来": 回来 is the verb's complement, no thing of its own
    if not words and verb:  # "交上去以后发现填错了，还能改吗": 修改
        return Thing((verb,), f"{_operators()[1][word]}{verb}")
    if not words and word in _PERMITTING and re.sub(r"[\s吗呢吧么伐嘛啊呀？?。！!]", "", rest) in ("", "行", "成"):
        # "申报表盖合同专用章可以吗": a permission asked at the end is asked of the act said before it in the same
        # clause (盖合同专用章), which a notice never naming 合同专用章 is silent on; the asker's own case before it
        # ("我兼职可以吗") is a rule question of that case, left to the checker
        before = _LEAD.sub("", re.split(r"[，,。；;！!？?]", text[:at])[-1]).strip()
        if not speaks_of_self(before):
            words, said = content_words(before), re.sub(r"^[\s的]+", "", before)
            return Thing(words, f"{said}是否可以") if words else None
    if not words and _RECOMMENDING.search(rest):
        # "协会这种社会组织有没有推荐资格", "产业工会能不能推荐": whether the body said before the yes/no word is among
        # those who put people forward; the sentence must name it and 推荐 ("专业学会、行业协会…可申报推荐")
        before = _APPOSITION.split(_LEAD.sub("", re.split(r"[，,。；;！!？?]", text[:at])[-1]))[0].strip()
        body = content_words(before)
        if body and not speaks_of_self(before):
            return Thing((body[-1], "推荐"), f"{before}是否可以推荐")
    if not words and _RULE.search(rest):
        # "对学历有要求吗", "年龄有没有限制": the thing is named before the yes/no word
        before = _LEAD.sub("", re.split(r"[，,。；;！!？?]", text[:at])[-1]).strip()
        # "发邮件打包的文件名有要求吗": the head of "X的Y" (文件名) is what the rule is on; X only says which one
        # (the notice: "压缩包文件名为…"), so its words narrow as ``about`` does, not as words the unit must hold
        modifier, _, head = before.rpartition("的")
        if modifier and content_words(head):
            return Thing(content_words(head), f"对{before}的{rest}", content_words(modifier))
        words = content_words(before)
        return Thing(words, f"对{before}的{rest}") if words else None
    before = re.split(r"[，,。；;！!？?]", text[:at])[-1]
    about = () if speaks_of_self(before) else content_words(before)
    subject = re.sub(r"^[\s的]+", "", _LEAD.sub("", before)).strip() if about else ""
    subject = re.sub(r"(?:是不是|是否)$", "", subject)  # "单位是不是必须…": the label says 是否 once
    words, about = _locative_levels(words, about, rest)
    return Thing(words, subject + _operators()[1][word] + rest, about) if words else None


def _locative_levels(words: tuple[str, ...], about: tuple[str, ...],
                     rest: str) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """"要占区里的推荐名额吗", "会不会跟市里的撞车": a level said with 里 and 的 (区里的, 市里的) only says whose the
    thing is, which the notices say in their bodies' own names (各区县(市)总工会), never as 区里: it narrows as
    ``about`` does, and the thing is the words left. Where it is the place things go ("要报到市里吗"), or all that is
    asked, it stays the thing."""
    levels = tuple(w for w in words if w.endswith("里") and _is_level(w) and f"{w}的" in rest)
    kept = tuple(w for w in words if w not in levels)
    return (kept, (*about, *levels)) if levels and kept else (words, about)


_YES_NO_END = re.compile(r"(?:吗|么|嘛|" + trailing_no() + r")\s*[？?。]*\s*$")
_HOLDS_STILL = re.compile(r"(还|也|都|仍然|仍|依然|会|能)")


# "培训或者活动", "奖牌或奖杯": things joined by 或 are alternatives; a sentence naming one of them holds the thing
_OR = re.compile(r"(?:或者是|或者|或是|或)(?!许)")


_LISTED = re.compile(r"[、]")


def _alternatives(rest: str, words: tuple[str, ...], listed: bool = False) -> tuple[str, ...]:
    """``words`` with the two words either side of each 或 made one alternative ("培训|活动"), which ``_present``
    finds when either is there ("会组织培训或者活动吗" is answered by "参加创新培训营…等各类活动")."""
    pieces = [content_words(p) for p in _LISTED.split(rest)] if listed else []
    if len(pieces) > 1 and all(pieces):
        # "会不会评不满、出现空缺": things listed with 、 in the predicate are the asker's ways of saying what is
        # asked; a sentence holding every word of one of them holds the thing ("允许奖项空缺")
        return ("|".join("&".join(piece) for piece in pieces),)
    pieces = [content_words(p) for p in _OR.split(rest)]
    if len(pieces) < 2 or not all(pieces):
        return words
    out = list(pieces[0])
    for piece in pieces[1:]:
        out[-1] = f"{out[-1]}|{piece[0]}"
        out += piece[1:]
    return tuple(out)


def _said_of_case(text: str) -> Thing | None:
    """The thing of a question asked of a case that has no yes/no word ("称号还算数", "证书还有效"): its own words,
    and "是否" before the first adverb saying it still holds ("称号是否还算数")."""
    ask = _STOP.split(re.split(r"[，,。；;！!？?]\s*(?=[^，,。；;！!？?]+$)", text.strip("，,。？? "))[-1])[0].strip()
    ask = re.sub(r"^[\s的]+", "", ask)  # "浙派工匠的证书是…": the 的 after the programme's name is no part of the ask
    # an A-not-A word opening it ("有没有有效期") is the 是否 the label puts in: "是否有效期", not "有没有是否有效期"
    ask = re.sub(r"^(?:有没有|是不是|要不要|能不能|会不会)(?=..)", "", ask)
    words = content_words(ask)
    if not words:
        return None
    from assistant.retrieval.segment import segmenter

    # the adverb as a word of its own ("还算数"), not 会 inside 发布会
    at, still = 0, None
    for token in segmenter().lcut(ask):
        if _HOLDS_STILL.fullmatch(token):
            still = at
            break
        at += len(token)
    copula = re.search(r"(?<=..)是(?![否不])", ask)
    if still is not None:
        label = f"{ask[:still]}是否{ask[still:]}"
    elif copula:  # "那一万块奖金是直接打到卡上": 是否 where the copula links what is asked about to what is said of it
        label = f"{ask[:copula.start()]}是否{ask[copula.end():]}"
    else:
        label = f"是否{re.sub(r'^是(?!否)', '', ask)}"
    return Thing(words, label)


def _carried_verb(rest: str) -> str:
    """The notices' words for the one-character verb ``rest`` begins with when it carries the predicate (the thing
    table's ``carried_verbs``: "转给别的区" -> 转给|转让|调剂), else ""."""
    from assistant.retrieval.segment import segmenter

    # an adverb before the verb ("直接升", "再转") is no part of it
    tokens = [t for t in segmenter().lcut(rest.strip()) if t.strip()]
    while tokens and (_generic().match(tokens[0]) or re.fullmatch(table()["thing"]["adverbs"], tokens[0])):
        tokens = tokens[1:]
    first = re.sub(r"(?<=.)(?:给|到|成|为|上)$", "", tokens[0]) if tokens else ""
    return table()["thing"].get("carried_verbs", {}).get(first, "")


def _papers(words: tuple[str, ...]) -> tuple[str, ...]:
    """Words of a paper's form ("证书原件", "获奖证书…原件") without the generic kind of paper, which the notices name
    otherwise (佐证材料, 荣誉证书), nor the verb of handing it in: what happens to originals is asked, whichever
    paper they are of."""
    form, kind, handing = _paper_patterns()
    if not any(form.fullmatch(w) for w in words):
        return words
    return tuple(w for w in words if not kind.fullmatch(w) and not handing.fullmatch(w))


def is_limit(thing_: Thing) -> bool:
    """Whether the thing is only a limit ("上限", "限额", "最多"): of a count question ("字数有上限吗") it asks the
    count itself, which a sentence stating the number answers."""
    limits = re.compile(f"(?:{table()['thing']['limits']})")
    return bool(thing_.words) and all(limits.fullmatch(w) for w in thing_.words)


def acts_on_papers(asked_thing: Thing) -> bool:
    """"原件交上去会还给我吗", "交了还能改吗": the thing is what is done with the papers (the table's verbs in the
    notices' words: 退回, 修改, 撤回 …), which a sentence must say; the type (materials) does not answer it."""
    acts = re.compile(f"(?:{table()['thing']['paper_acts']})")
    # "订起来" is 装订 as the notices say it (the thing table's families)
    return any(acts.fullmatch(t) for w in asked_thing.words for t in said_as(w))


def is_paper_form(thing_: Thing) -> bool:
    """Whether the thing is a paper's form (原件, 复印件 …), which a materials question asks about as a yes/no."""
    return any(_paper_patterns()[0].fullmatch(w) for w in thing_.words)


def _only_handing(rest: str) -> bool:
    """Whether what follows the yes/no word is only a verb of handing in ("交上去", "提供", "交")."""
    # "寄过去", "交上来", "送过去": the direction the verb takes is no thing of its own
    said = re.sub(r"[\s吗呢吧么伐嘛？?。！!]", "", rest)
    return bool(_paper_patterns()[2].fullmatch(said) or _paper_patterns()[2].fullmatch(_COMPLEMENT.sub("", said)))


@functools.lru_cache(maxsize=1)
def _paper_patterns() -> tuple[re.Pattern, re.Pattern, re.Pattern]:
    rows = table()["thing"]
    return re.compile(rows["paper_form"]), re.compile(rows["paper_kind"]), re.compile(rows["handing"])


# a tag asking for agreement, or the 不 of "要答辩不" (a yes/no question said as "V不")
_TAG = re.compile(r"[，,]?\s*(?:(?:对吧|是吧|对不对|是不是|没错吧|对么|是么|吧)\s*[？?]*$|" + trailing_no() + ")")
_RULE = re.compile(r"要求|规定|限制|讲究|说法")
_RECOMMENDING = re.compile(r"推荐|推人|推荐人|报人|推荐权|推荐资格")
_APPOSITION = re.compile(r"这种|这类|这样的|那种|那类|之类的?|等")  # "协会这种社会组织": the body is said first
_TAIL = re.compile(r"(?<=.)(?:的|呀|啊|哈|哦|呐|啦)+$")
_COMPLEMENT = re.compile(r"(?<=.)(?:回来|回去|过来|过去|回|给我|给本人|给)$")
_RECIPIENT = re.compile(r"(?<=给)(?:我们|我|他们|他|她|本人|个人|单位|申报人)")
_LEAD = re.compile(r"^(那|那么|请问)?\s*对于?|的$")


def _last_operator(text: str) -> tuple[int, str] | None:
    """(position, word) of the last yes/no word. A one-character one (要, 能, 有) counts only where a word
    begins ("要交", "还要", not 技能 or 主要), and not as the start of a word of its own (要求, 有关)."""
    from assistant.retrieval.segment import segmenter

    pattern, _ = _operators()
    starts, at = {}, 0
    for token in segmenter().lcut(text):
        starts[at] = token
        at += len(token)
    not_yes_no, adverb = _word_starts()
    for begin, token in list(starts.items()):  # "还要": the segmenter's one token is an adverb and 要
        if len(token) == 2 and adverb.match(token[0]):
            starts.setdefault(begin + 1, token[1:])
        elif len(token) > 1 and not in_dictionary(token):
            # "落选的人会通知吗": jieba's HMM glued 人会, a token its dictionary does not hold; such a token is
            # no word, so each of its characters may begin one (技能, 主要, 工会 are dictionary words)
            for i in range(1, len(token)):
                starts.setdefault(begin + i, token[i:])
    # "要交" is 要 + 交; "要求", "技能", "主要" are words of their own.
    found = [(m.start(), m.group(0)) for m in pattern.finditer(text)
             if len(m.group(0)) > 1 or (m.start() in starts and not not_yes_no.match(starts[m.start()]))]
    # "有没有有效期": a one-character word right after an A-not-A one begins its object (有效期), it asks nothing more
    found = [f for i, f in enumerate(found)
             if not (i and len(f[1]) == 1 and len(found[i - 1][1]) > 1 and found[i - 1][0] + len(found[i - 1][1]) == f[0])]
    return found[-1] if found else None


# the yes/no words that are a question by their form alone (A-not-A, 是否): never the verb or the 有 of a statement
_FORM_OPERATORS = re.compile(r"(\w)不\1|(\w)没\2|是否|可不可以|需不需要")


# yes/no words that ask permission for what is said before them ("…可以吗", "…能行吗": 行 adds nothing)
_PERMITTING = ("可以", "能", "还能", "允许")
_CLOSING_VERB = 3  # characters: "照着写", "可以套" after the yes/no word is a verb closing the question


def _earlier_operator(text: str, at: int) -> str:
    """The last A-not-A yes/no word ("有没有", "能不能", "是否") of the clause before position ``at``, or ""."""
    clause = re.split(r"[，,。；;！!？?]", text[:at])[-1]
    found = [m.group(0) for m in _FORM_OPERATORS.finditer(clause)]
    return found[-1] if found else ""


def said_before_asking(question: str) -> str:
    """What the question says before its last yes/no word ("退休返聘的老师傅还能被推荐…吗": 退休返聘的老师傅), the
    subject it asks of rather than what it asks; "" when it has no yes/no word ("证书是市长颁发吗")."""
    case, asked = case_and_question(question or "")
    text = _TAG.sub("", asked.strip())
    last = _last_operator(text)
    return f"{case}{text[:last[0]]}" if last else case


def asks_requirement(question: str) -> bool:
    """Whether the question's last yes/no word asks what is required ("要交照片吗", "需不需要盖章"), which a form's
    field answers, rather than what is offered or happens ("有没有培训", "会通知吗"), which a field's label does not."""
    case, asked = case_and_question(question or "")
    last = _last_operator(_TAG.sub("", asked.strip()))
    return last is not None and bool(re.fullmatch(table()["thing"]["requirement"], last[1]))


def in_dictionary(token: str) -> bool:
    """Whether ``token`` is a word of the segmenter's dictionary (a positive frequency), not one its HMM made up
    from characters it had no word for."""
    from assistant.retrieval.segment import segmenter

    return bool(segmenter().FREQ.get(token))


def _present(word: str, text: str) -> bool:
    if "|" in word:  # alternatives ("培训|活动"): one of them is enough
        return any(_present(w, text) for w in word.split("|"))
    if "&" in word:  # one alternative of several words ("出现&空缺"): all of them
        return all(_present(w, text) for w in word.split("&"))
    # a form's cells space their characters ("照 片", "盖 章"): the word is there without the spaces too
    # "落选的人会通知吗" asks whether anyone is told; a notice naming a document ("遴选通知", "…的通知") tells no one
    text = _document_names().sub(" ", text)
    bare = _SPACES.sub("", text)
    # "各区县(市)总工会", "区、县（市）": askers never say the parenthesis ("区县总工会"), so it is read without it too
    plain = _ASIDE.sub("", bare)
    if any(term in text or term in bare or term in plain for term in _terms(word)):
        return True
    # "公示有没有天数要求", "页数有规定吗": a count's noun is held by a number in its units ("不少于 5个工作日");
    # a year's date ("2026年") counts no years
    units = _count_units(word)
    return bool(units) and bool(re.search(rf"(?<![0-9０-９])(?:[0-9０-９]{{1,3}}|[一二两三四五六七八九十百]+)\s*个?(?:{units})",
                                          bare))


@functools.lru_cache(maxsize=256)
def _count_units(word: str) -> str:
    """The units a count's noun is counted in (天数 -> 天|工作日), from the answer-type table's count_units; ""."""
    from assistant.chat.rules.answer_types import _expand

    return next((unit for cue, unit in table().get("count_units", {}).items()
                 if re.fullmatch(_expand(cue), word) and not re.search(r"[几多]", word)), "")


_ASIDE = re.compile(r"[(（][\u4e00-\u9fff]{1,3}[)）]")


@functools.lru_cache(maxsize=1)
def _document_names() -> re.Pattern:
    return re.compile(table()["thing"]["document_names"])


@functools.lru_cache(maxsize=512)
def _terms(word: str) -> tuple[str, ...]:
    """The word and how the notices say it: the synonym table's and the thing table's equivalents (收回 -> 撤销).
    Cached: every unit of a notice is tested against the same few words."""
    from assistant.notices.vocabulary import expansions

    said_otherwise = [t for w, terms in table()["thing"].get("equivalents", {}).items() if w in word for t in terms]
    # "公证" holds the synonym key 证 but is no 证书: a bound word is masked before the table is read
    bound = table()["thing"].get("bound_words")
    widened = expansions(re.sub(bound, "□", word) if bound else word)
    # a family of asker's words read by its shape ("拿掉", "摘掉", "撸了", "保得住" all ask whether a title is taken back)
    by_shape = [t for shape, terms in _families() if shape.search(word) for t in terms]
    return (word, *widened, *said_otherwise, *by_shape)


@functools.lru_cache(maxsize=1)
def _families() -> tuple[tuple[re.Pattern, tuple[str, ...]], ...]:
    return tuple((re.compile(shape), tuple(terms)) for shape, terms in table()["thing"].get("families", {}).items())


def said_as(word: str) -> tuple[str, ...]:
    """The word and how the notices say it (the synonym table, the thing table's equivalents and families)."""
    return _terms(word)


def unheard_of(corpus, thing_: Thing) -> bool:
    """Whether some word of the thing is in no notice at all ("PPT", "体检"): no notice's rule on papers says it."""
    every = "\n".join(c.text for c in corpus.clauses())
    return not all(_present(w, every) for w in _leveled(thing_.words))


def holds_thing(thing_: Thing, text: str) -> bool:
    """Whether ``text`` holds every word of the thing (a level adjective read with the word after it)."""
    return all(_present(w, text or "") for w in _leveled(thing_.words))


# A level said as an adjective ("市级", "省级", "国家级") before the thing it qualifies: the notices write the level
# either way ("市未来工厂", "省级隐形冠军企业"), so "有没有市级未来工厂" holds where 市未来工厂 is written, and 市级
# alone (in no sentence beside 未来工厂) holds nothing of it.
_LEVEL_ADJECTIVE = re.compile(r"(国家|省|市|区|县)级")


def _leveled(words: tuple[str, ...]) -> tuple[str, ...]:
    """The thing's words with a level adjective joined to the word after it, as the alternatives the notices
    write ("市级", "未来工厂" -> "市级未来工厂|市未来工厂")."""
    out: list[str] = []
    i = 0
    while i < len(words):
        m = _LEVEL_ADJECTIVE.fullmatch(words[i])
        if m and i + 1 < len(words) and "|" not in words[i + 1] and "&" not in words[i + 1]:
            out.append(f"{words[i]}{words[i + 1]}|{m.group(1)}{words[i + 1]}")
            i += 2
            continue
        out.append(words[i])
        i += 1
    return tuple(out)


def holding_units(corpus, program: str, thing_: Thing) -> list[tuple[str, str]]:
    """(clause_id, unit) of every quotable unit of ``program``'s notice that holds the thing, in notice order."""
    from assistant.chat.rules.quotes import _candidates

    # Only the notices' own words say what is asked of ("评审专家"); the asker's ("的话", "别人") say nothing.
    every = "\n".join(c.text for c in corpus.clauses())
    # What is made public is the outcome ("名单会公布吗", "认定结果会公开吗"): the notices leave it unsaid
    # ("进行社会公示"), so such words do not narrow what the thing is said of; "评审专家名单" still does.
    outcome = re.compile(table()["thing"]["outcome"])
    # A level ("设区市", "区县") or a body ("人社部门") the thing is asked of is matched by its class, not its
    # letters: the level by chat.rules.levels once a unit answers, the body by its kind ("各市人力社保部门" is one).
    about = [w for w in thing_.about if not _is_level(w) and not _names_programme(w)]
    bodies = {w: _body_kind(w) for w in about}
    about = [w for w in about if bodies[w] or (_present(w, every) and not outcome.fullmatch(w))]
    out = []
    for clause in corpus.clauses(program):
        if not clause.path:
            continue
        # A clause's heading is its sentences' context: "在杭州电视台播放…纪录片" under "（一）加大宣传力度" holds
        # 上电视宣传.
        title = clause.title or ""
        if not holds_thing(thing_, f"{title}\n{clause.own_text or clause.text}"):  # cheap test on the clause first
            continue
        # what it is asked of may be named by a heading above the clause ("评审前…征求公安意见": （三）评审阶段)
        context = f"{_headings(corpus, clause.clause_id)}\n{clause.text}"
        if about and not all(_kind_named(bodies[w], context) if bodies[w] else _present(w, context) for w in about):
            continue  # "公开" said of the selection's principles is not said of the experts' list
        out += [(clause.clause_id, u) for u in _runs(clause.text, [u for u in _candidates(clause, "", True)
                                                                    if holds_thing(thing_, f"{title}\n{u}")])]
    return out


def _names_programme(word: str) -> bool:
    """Whether ``word`` names a programme ("浙派", "首席"): the notice searched is that programme's, whose units never
    repeat its short name ("浙派公示期间提异议…": 公示期间…提出异议), so it narrows nothing."""
    from assistant.notices.names import name_programs

    return bool(name_programs(word)[0])


def _headings(corpus, clause_id: str) -> str:
    """The titles of the clause and of every clause above it ("附件1/三/(三)/1/(3)": 评审阶段, 组织评审 …)."""
    program, _, path = clause_id.partition("#")
    parts = path.split("/")
    ids = [f"{program}#{'/'.join(parts[:i])}" for i in range(1, len(parts) + 1)]
    return "\n".join(corpus.clause(i).title or "" for i in ids if corpus.has(i))


def _runs(text: str, units: list[str]) -> list[str]:
    """Adjacent units that both hold the thing, joined ("佐证材料原件须报送上级部门校验。上级部门校验后，将原件退回。"
    says what happens to originals in two sentences); each run is still a substring of the clause's text."""
    out: list[str] = []
    for unit in units:
        joined = f"{out[-1]}{unit}" if out else ""
        if joined and joined in text and len(joined) <= _MAX:
            out[-1] = joined
        else:
            out.append(unit)
    return out


def asker_may(question: str, unit: str) -> bool:
    """Whether the asker asks what they may do ("我能不能要求…") and ``unit`` says what the applicant may do."""
    rows = table()["thing"]
    return bool(re.search(rows["asker_acts"], question or "") and re.search(rows["applicant"], unit or ""))


def _is_level(word: str) -> bool:
    """Whether ``word`` only says a level ("设区市", "区县", "省里"): chat.rules.levels' class of words."""
    from assistant.chat.rules.levels import is_level_word

    return is_level_word(word)


def _body_kind(word: str) -> str:
    """The kind of body ``word`` is, when it is one whole ("人社部门" -> 人社); else ""."""
    from assistant.chat.premise.agents import bodies_in

    found = bodies_in(word)
    return found[0].kind if len(found) == 1 and found[0].said == word else ""


def _kind_named(kind: str, text: str) -> bool:
    from assistant.chat.premise.agents import bodies_in

    return any(b.kind == kind for b in bodies_in(text))


def thing_picks(corpus, program: str, thing_: Thing, question: str) -> list:
    """The units of ``program``'s notice holding the thing, as ``quotes.Pick``s, the closest to ``question``
    first (a form's row last, unless the question is about the form)."""
    from assistant.chat.rules.quotes import Pick, _query_grams, _window, asks_form_field, is_form_row, score
    from assistant.retrieval.rewrite import added_terms

    # "证书原件要交上去吗": the notice's words for handing in (报送) bring the unit about handing the original in first
    grams = _query_grams(question, added_terms(question, only=("hand_in",)))
    form = asks_form_field(question)
    out = []
    for clause_id, unit in holding_units(corpus, program, thing_):
        value = score(grams, unit) * (0.5 if is_form_row(unit) and not form else 1.0)
        # the clause whose heading names the thing is about it ("(1) 初审。…" for "要经过初审吗"), not one
        # mentioning it in passing ("对初审入围人员进行专业评审")
        value *= TITLED_WEIGHT if holds_thing(thing_, corpus.clause(clause_id).title or "") else 1.0
        # "我能不能要求他别评我": the unit where the applicant is the one who may act
        acts = asker_may(question, unit)
        value *= ASKER_WEIGHT if acts else 1.0
        # not cut before what they may do
        quote = _window(unit, grams, re.compile(table()["thing"]["applicant"]) if acts else None)
        if not holds_thing(thing_, quote):
            quote = unit[:_MAX] if len(unit) > _MAX else unit
        out.append((value, Pick(clause_id, quote, value, True, value)))
    return [p for _, p in sorted(out, key=lambda t: -t[0])]


_MAX = 240
TITLED_WEIGHT = 1.5
ASKER_WEIGHT = 1.5
