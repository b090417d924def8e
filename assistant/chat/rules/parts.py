"""Which ask of a several-part message stands on its own: "首届杭州工匠推荐表要交几份，面试在哪里考" asks about 面试 in its
second part, so that part is answered (or found silent) by its own topic, not by 推荐表's; "自由职业者可以申请吗？走什么
渠道推荐" asks its second part of the first part's topic, which it carries over.

An ask has a topic of its own when, without the words that only say what kind of value is asked (the answer-type cue
table: 在哪, 什么时候, 渠道, 几份 …) and the question words, a content word is left (面试, 结果, 材料).

An ask of a named thing answers only from a sentence that holds that thing with the asked attribute of it: "杭州工匠评完
以后不是要搞那个风采展示嘛，一般放在哪个场馆搞的？" names 风采展示 in its context, and 将举办“杭州工匠”风采展示 holds no
place of it (the 杭州电视台 after the comma is where the 纪录片 is shown); "这个到底啥意思" is not answered by a form
row that only lists the term. The classes of words are in ``parts.toml``.

Run with:  .venv/bin/python -m pytest -q tests/chat/test_multi_part.py
"""

from __future__ import annotations

import functools
import re
import tomllib
from pathlib import Path

__all__ = ["own_topic", "answerable_part", "asserted_premise", "ask_and_context", "thing_nouns", "asked_nouns",
           "speaks_to", "asks_conditions", "asks_definition", "topic_after", "heard_claim", "paper_asked",
           "restates_ask", "chooses_again", "silent_alone", "unrestated", "asks_if_written", "unnamed_own"]

_TABLE = Path(__file__).with_name("parts.toml")
# the stretches of a quoted sentence: a thing and its attribute are said in one ("报送截止时间为 7 月 15 日")
_STRETCH = re.compile(r"[，,；;。！!？?]")
_SENTENCE = re.compile(r"[；;。！!？?]")


@functools.lru_cache(maxsize=1)
def _table() -> dict:
    t = tomllib.loads(_TABLE.read_text(encoding="utf-8"))
    # a table of patterns stays a table (acts: the words a notice says an act with)
    return {key: value if isinstance(value, dict) else re.compile(value) for key, value in t.items()}


def own_topic(part: str) -> tuple[str, ...]:
    """The content words of ``part`` once its answer-type cues and question words are taken out; empty when the ask
    only names the kind of value it wants ("在哪报", "走什么渠道推荐", "交到哪里")."""
    from assistant.chat.rules.answer_types import _cues, focus
    from assistant.chat.rules.things import content_words

    text = part or ""
    for pattern, _ in _cues():
        text = pattern.sub(" ", text)
    return content_words(focus(text))


def answerable_part(text: str) -> bool:
    """Whether a message of several asks has one the notices may answer although another is on a topic no notice
    covers ("首席技师名额多少，评上以后有没有工资补贴"): each ask is answered, the uncovered one said to be silent,
    instead of one refusal for the whole message."""
    from assistant.chat.rules.answer_types import question_parts
    from assistant.chat.rules.out_of_scope import out_of_scope

    parts = question_parts(text)
    return len(parts) > 1 and any(out_of_scope(part) is None for part in parts)


def asserted_premise(text: str) -> str | None:
    """The clause of ``text`` asking to be told that something the notices settle holds, when another stretch of
    it is on a topic no notice covers ("浙派工匠今年没评上明年还能再报，是每年都评的没错吧？": 以后各届 is not
    covered, 每年都评 is checked against 每5年评选一次). A premise in scope is answered first, corrected if wrong, and
    the rest said to be silent after it, not refused with the rest. None when no such clause, or when it is itself
    out of scope."""
    from assistant.chat.routing import confirms
    from assistant.chat.rules.out_of_scope import out_of_scope
    from assistant.language.asking import clauses_of

    clauses = clauses_of(text or "")
    if len(clauses) < 2:
        return None
    return next((c for c in clauses if confirms(c) and out_of_scope(c) is None), None)


@functools.lru_cache(maxsize=256)
def ask_and_context(part: str) -> tuple[str, str]:
    """The stretch of ``part`` that asks (its last asking clause) and what is said before it: the premise, hearsay or
    context it is asked in: the premises and topics said before it ("听说评上杭州工匠以后要搞个风采展示" before
    "是在哪里搞的"), not the asker's own case.
    ``part`` and "" when no clause asks on its own."""
    from assistant.chat.rules.answer_types import OR_ALTERNATIVE
    from assistant.chat.rules.own_case import speaks_of_self

    clauses = _clauses(part)
    asking = [i for i, c in enumerate(clauses) if is_ask_clause(c)]
    if not asking:
        return part or "", ""
    # "要不要本人到场答辩，或者现场操作一手给专家看看": the alternative offered after an ask is another answer to it, not
    # the ask; the ask is the clause it is the alternative of
    asking = [i for n, i in enumerate(asking) if not (n and OR_ALTERNATIVE.match(clauses[i].strip()))]
    at = asking[-1]
    # a premise or a topic said first ("首届数字工匠那个认定发布会，") is what the ask is asked of; the asker's own case
    # ("我们单位第一次报首席技师") names no thing of the notice, and an earlier clause that asks ("材料送到哪里，有具体
    # 地址吗") is the same ask said twice
    return clauses[at], "，".join(c for i, c in enumerate(clauses[:at])
                                 if _premise(c) or (i not in asking and not speaks_of_self(c)))


def _clauses(part: str) -> list[str]:
    from assistant.language.asking import clauses_of

    return [c for c in clauses_of(part or "") if c.strip()]


def is_ask_clause(clause: str) -> bool:
    """Whether ``clause`` asks something, not a premise said as a question ("…没错吧", "不是…嘛")."""
    from assistant.chat.rules.answer_types import is_ask

    return is_ask(clause) and not _premise(clause)


def _premise(clause: str) -> bool:
    """Whether ``clause`` says what the asker takes as given (parts.toml's premise_clause)."""
    return bool(_table()["premise_clause"].search(re.sub(r"[\s？?！!。，,～~]+$", "", clause)))


def thing_nouns(text: str) -> tuple[str, ...]:
    """The words of ``text`` that name things (nouns by the segmenter's tags, two characters or more), without the
    programmes' names, the kind of value asked (场馆 in 哪个场馆) and the words of the ask's frame (意思, 情况)."""
    from assistant.chat.rules.programme_words import without_names
    from assistant.retrieval.segment import tags

    t = _table()
    words = [(w, f) for w, f in tags(t["a_little"].sub("", without_names(text or ""))) if w.strip()]
    out = []
    for i, (word, flag) in enumerate(words):
        if len(word) < 2 or not t["noun_flags"].match(flag) or t["not_things"].search(word):
            continue
        if i and t["asking_kind"].search(words[i - 1][0]):
            continue
        out.append(word)
    return tuple(dict.fromkeys(out))


def asked_nouns(part: str, earlier: tuple[str, ...] = (), vocabulary: tuple[str, ...] | None = None) -> tuple[str, ...]:
    """The things ``part`` asks about: those its ask names; with none ("是在哪里搞的", "要不要自己去报名"), those of
    the premise said before it in the same part, else ``earlier`` (the topic a premise before set: ``topic_after``).

    A stretch saying when ("表交到市总以后还有啥环节") is the case of a wh-ask, whose thing is read after it; a yes/no
    ask with nothing after it ("佐证材料原件交上去以后还会还给我吗") asks of what it names. With ``vocabulary`` (the
    asked notice's clauses) a wh-ask's words count only where the notice names them in a clause or two: an asker's
    word (拍板, 人家) says nothing of which sentence holds the value, nor does a word the notice says throughout
    (材料, 单位); a yes/no ask of a thing the notice never names (让给萧山) is exactly what it is silent on."""
    return _asked(part, earlier, vocabulary)[0]


def _asked(part: str, earlier: tuple[str, ...], vocabulary: tuple[str, ...] | None) -> tuple[tuple[str, ...], bool, bool]:
    """(the things asked about, whether the ask names them itself, whether it is a yes/no one)."""
    from assistant.chat.rules.own_case import speaks_of_self
    from assistant.chat.rules.things import Thing, holds_thing
    from assistant.language.asking import asks_content

    def known(words: tuple[str, ...]) -> tuple[str, ...]:
        if vocabulary is None:
            return tuple(words)
        # a word the notice says in a clause or two is its own thing there, however many more its near words
        # ("评委" said on one form, held by 评审's clauses too) reach
        return tuple(w for w in words
                     if 0 < sum(holds_thing(Thing((w,), w), unit) for unit in vocabulary) <= SPECIFIC_MAX
                     or 0 < sum(w in unit for unit in vocabulary) <= SPECIFIC_MAX)

    ask, context = ask_and_context(part)
    yes_no = not asks_content(ask)  # the ask's own form: "能不能让给萧山用用" whatever type a count in it suggested
    when = _table()["when_clause"].match(ask)
    own = thing_nouns(ask[when.end():] if when else ask) or (thing_nouns(ask) if yes_no else ())
    if own and earlier and yes_no and _table()["counts_ask"].search(ask) and speaks_of_self(ask):
        # "我们公司算不算" after "…“领军型浙江数商”，这到底是个啥": whether the asker's own case counts as the thing
        # asked of before; a sentence naming a 公司 (the issuing 数据集团有限公司) says nothing of it
        own = ()
    if own:
        return (own if yes_no else known(own)), True, yes_no
    return known(thing_nouns(context)) or known(tuple(earlier)), False, yes_no


def topic_after(part: str, earlier: tuple[str, ...] = (), silent: bool = False) -> tuple[str, ...]:
    """The topic a premise sets, carried to the asks after it that name no thing ("…论坛对吧，这个论坛在哪里开？要不要
    自己去报名": 报名 for the 论坛): the things of this part's premise; none once an ask names a thing of its own
    (the next ask, "地址多少" after "材料送到哪个地方", asks another value, not one of the 材料), unless the notice
    is ``silent`` on that ask: an ask after it naming nothing goes on about its thing ("这种算不算在浙全职？要开啥证明伐":
    a 证明 of 在浙全职, which 异议…提供…必要的证明材料 is not; ``carried_on``); for an ask naming none, the topic said
    before it ("…“领军型浙江数商”，这到底是个啥？"); else the topic before."""
    ask, _ = ask_and_context(part)
    # a premise, not a topic said first ("首届数字工匠报材料，文件名咋起？发到哪个邮箱": 邮箱 is not one of the 材料's)
    said = thing_nouns("，".join(c for c in _clauses(part) if _premise(c)))
    if said:
        return said
    if thing_nouns(ask):
        return thing_nouns(ask) if silent else ()
    # "推荐表省级那栏有个“领军型浙江数商”，这到底是个啥？我们公司算不算": an ask naming nothing is asked of the
    # topic said before it, and so is the elliptical ask after it
    _, context = ask_and_context(part)
    return thing_nouns(context) or tuple(earlier)


# A thing the notice names in at most this many of its clauses is a thing of its own (疗休养, 发布会, 风采展示); a word
# it says throughout (材料, 单位, 专家) is the notice's general vocabulary, on which any clause may give the value
SPECIFIC_MAX = 2


def speaks_to(part: str, quote: str, value: re.Pattern | None = None, earlier: tuple[str, ...] = (),
              vocabulary: tuple[str, ...] | None = None, everywhere: str = "") -> bool:
    """Whether ``quote`` answers ``part`` about the thing it asks of: some stretch of the quote names one of the
    asked things, and (for a concrete value, ``value``) that stretch holds the value; for "这是啥意思", the quote
    says what the thing is. True when the ask names no thing the notice (``vocabulary``) names, and for a part that
    only states a premise ("全市要认定30个，没错吧"), which is checked as one, not answered."""
    from assistant.chat.rules.choice import alternatives
    from assistant.chat.rules.things import Thing, holds_thing, thing

    ask, context = ask_and_context(part)
    if context:
        # "浙派工匠说退休人员不作为推荐对象，那返聘回来的算不算退休人员": what the asker says they know answers nothing
        # of the ask after it; the quote speaks to it by its other stretches, if any
        quote = unrestated(quote, context)
        if not quote:
            return False
    if _act_unsaid(ask, quote):
        # "奖牌是多大的" by "颁发奖牌" (no size), "校验那天本人要不要到" by "…须报送上级部门校验" (no one comes)
        return False
    if not _doer_said(ask, quote, value, thing_nouns(ask)):
        # "那这两万块是哪家出的钱", "市总工会出还是单位自己出": who pays, which "颁发…一次性奖励20000元" (no one named)
        # and "市总工会负责…组织、协调" (another act) do not say
        return False
    if ask == (part or "") and not context and not any(is_ask_clause(c) for c in _clauses(part)):
        return True
    if vocabulary is not None and unnamed_kind(ask, vocabulary):
        # "那邮件标题要怎么写": the title of a mail, which the notice never names; the zip's 文件名 is another thing's
        return False
    words, own, yes_no = _asked(part, earlier, vocabulary)
    if own and not yes_no and vocabulary is not None and unnamed_own(ask, vocabulary, everywhere):
        return False
    if not words:
        return True
    if yes_no and not own:
        # "到专家评审那一步，要不要本人到场答辩": the thing after the yes/no word (本人到场答辩) names no noun, so the
        # ask's words came from its context (专家评审); a sentence of that context answers only if it holds the thing
        # (not an ask whether the case counts, "那个“数字经济产业”把我们这种算进去伐": the context's sentence says it)
        asked_thing = thing(ask)
        if asked_thing is not None and not _table()["counts_ask"].search(ask) and not holds_thing(asked_thing, quote):
            return False
    if yes_no and own:
        # a yes/no ask naming its thing ("剩下两个能不能让给隔壁萧山用用", "申报材料要不要装订"): the thing after its
        # yes/no word must be in the sentence (chat.rules.things), whatever else of the ask it shares
        asked_thing = thing(ask)
        sides = alternatives(ask) if asked_thing is None else None
        if sides is not None and any(holds_thing(side, quote) for side in sides):
            # "浙派评的是各行各业还是主要评工厂里的技术工人": an either-or ask is of both its sides, and a sentence naming
            # either (…主要面向…各行各业技能人才) says which; its last noun is the second side's only
            return True
        if asked_thing is None:
            # "领导还等着我回话报不报销路费": no thing read after a yes/no word, so the ask is of the last thing it names
            # (the object of its verb), which the sentence must hold; an asker's word before it (领导) is no answer.
            # Whether the case counts ("把我们这种算进去伐") is asked of the thing it names, not of the verb
            return bool(_table()["counts_ask"].search(ask)) or holds_thing(Thing((words[-1],), words[-1]), quote)
        if not holds_thing(asked_thing, quote) or (vocabulary is not None
                                                    and _asked_of_another(ask, asked_thing, quote, vocabulary)):
            return False
        # "奖章另外还有奖金吗": 奖金 asked of the 奖章; a sentence naming the 奖章 says it of the 奖章 in the sentence
        # that names it, not in the one beside it (一次性奖励20000元 is the title's, said before the ；); a comma
        # goes on about the same thing ("奖项评审坚持质量标准，允许奖项空缺": 空缺 of the 评审)
        of = [w for w in thing_nouns("".join(asked_thing.about)) if holds_thing(Thing((w,), w), quote)]
        return not of or any(holds_thing(asked_thing, s) and any(holds_thing(Thing((w,), w), s) for w in of)
                             for s in _SENTENCE.split(quote))
    if _table()["content_ask"].search(ask):
        # "那公安那边具体查些什么": the stretch naming the thing lists what the act covers, or it only says it is done
        return any(_table()["listing"].search(s) for s in _STRETCH.split(quote or "")
                   if any(holds_thing(Thing((w,), w), s) for w in words))
    if asks_definition(part):
        return any(_table()["defining"].match(quote[m.end():]) for w in words for m in re.finditer(re.escape(w), quote))
    # "各区、县（市）总工会": askers say 区县, with no enumeration comma
    # "评审结果公示几天": the count is of the step named nearest it (公示), whose stretch holds the value
    # ("…进行公示，公示时间不少于 5个工作日"), not of the 结果 said first
    words = (*words, *_step_nearest(ask))
    held = [s for s in _STRETCH.split(quote or "")
            if any(holds_thing(Thing((w,), w), s) or holds_thing(Thing((w,), w), s.replace("、", "")) for w in words)]
    if not held:
        return False
    return value is None or any(value.search(s) for s in held)


def _step_nearest(ask: str) -> tuple[str, ...]:
    """The step of the procedure ``ask`` names last (公示 in "评审结果公示几天"), for a count asked of it; none for
    other asks."""
    from assistant.chat.rules.answer_types import classify
    from assistant.chat.rules.procedure_words import step_words

    said = list(step_words().finditer(ask or ""))
    return (said[-1].group(0),) if said and classify(ask, vectors=False).type == "count" else ()


def unnamed_own(ask: str, vocabulary: tuple[str, ...], everywhere: str = "") -> bool:
    """Whether a content ask names things of its own before its question word and the notice (``vocabulary``) names
    none of them anywhere ("公示期间有人匿名举报怎么处理": 匿名举报): no sentence of it states a value of a thing it
    never names, whatever words of the ask's frame (公示) it shares. The people an asker speaks of (领导, 老板, 师傅)
    are who asks, not what; a stretch saying when is the case the ask is in; the words after the question word say
    what is asked of the thing, in the asker's words ("谁拍板定人", "多久才能出结果"). An asker's name for a thing of
    the notice is no unnamed thing: a word another notice says (``everywhere``: 名单 for 人选), or one sharing two
    characters running with a word of this notice (压缩文件, 压缩包)."""
    from assistant.chat.rules.things import Thing, holds_thing

    people = _people()
    t = _table()
    when = t["when_clause"].match(ask or "")
    said = (ask or "")[when.end():] if when else (ask or "")
    asking = t["asking_word"].search(said)
    own = [w for w in thing_nouns(said[:asking.start()] if asking else said) if w not in people]
    notice = "".join(vocabulary)

    def unnamed(word: str) -> bool:
        runs = {word[i:i + 2] for i in range(len(word) - 1)}
        return (word not in everywhere and not any(run in notice for run in runs)
                and not any(holds_thing(Thing((word,), word), unit) for unit in vocabulary))

    return bool(own) and all(unnamed(w) for w in own)


@functools.lru_cache(maxsize=1)
def _people() -> frozenset[str]:
    """The words for people an asker speaks of (领导, 老板, 师傅): who asks, never what is asked."""
    from assistant.language.people import TAGS, words_of

    return frozenset(w for tag in TAGS for w in words_of(tag))


def _asked_of_another(ask: str, asked_thing, quote: str, vocabulary: tuple[str, ...]) -> bool:
    """Whether ``quote`` holds the asked thing of something other than what the ask names before its yes/no word
    ("提名奖有没有证书奖牌发的": 证书、奖牌 asked of the 提名奖; "被认定为…的人员…颁发证书、奖牌" says them of the
    认定 ones): a thing of the notice's (one some clause names) that the sentence does not name. The people who ask
    (领导问我) are no such thing, nor is a form (推荐表): its cells never name it; a yes/no word inside quotes
    (“是否为两代表一委员”) names a field, it asks nothing. Only a noun after the yes/no word makes what is named
    before it another thing, the one asked of."""
    from assistant.chat.rules.forms import FORM_NAMES
    from assistant.chat.rules.things import Thing, holds_thing

    said = _table()["yes_no_word"].search(re.sub(r"“[^”]*”|\"[^\"]*\"", lambda m: " " * len(m.group(0)), ask or ""))
    if not said or not thing_nouns(ask[said.end():]):
        # "证书原件要不要交上去": with no noun after the yes/no word, what is named before it is the thing itself
        return False
    before = [w for w in thing_nouns(ask[:said.start()])
              if w not in _people() and w not in asked_thing.words and not FORM_NAMES.search(w)]
    return any(not holds_thing(Thing((w,), w), quote) and any(holds_thing(Thing((w,), w), u) for u in vocabulary)
               for w in before)


def asks_conditions(part: str) -> bool:
    """Whether ``part`` asks the conditions or requirements of a thing ("要符合啥条件才给", "有什么要求")."""
    ask, _ = ask_and_context(part)
    return bool(_table()["condition_ask"].search(ask))


def asks_definition(part: str) -> bool:
    """Whether ``part`` asks what a named term means ("这个到底啥意思", "是个啥"): a form row listing the term is no
    answer, whether or not the ask names the form."""
    ask, _ = ask_and_context(part)
    return bool(_table()["definition_ask"].search(ask))


def heard_claim(part: str) -> str | None:
    """The yes/no question an ask of whether hearsay is true makes of it ("听人说评上第四届数字工匠能去疗休养，是真的伐"
    -> "评上第四届数字工匠能去疗休养吗"), or None when ``part`` asks something of its own."""
    clauses = _clauses(part)
    if len(clauses) < 2 or not _table()["verify_ask"].match(re.sub(r"[\s？?！!。，,～~]+$", "", clauses[-1])):
        return None
    heard = _table()["hearsay"].sub("", "，".join(clauses[:-1])).strip("，, ")
    return f"{heard}吗" if heard else None


def unnamed_kind(ask: str, vocabulary: tuple[str, ...]) -> bool:
    """Whether ``ask`` names its thing as a kind of another thing the notice (``vocabulary``) never names: a noun
    of no clause right before a noun of the notice it qualifies ("邮件标题": 邮件 nowhere, so no 标题 of the notice
    is its)."""
    from assistant.chat.rules.programme_words import without_names
    from assistant.chat.rules.things import Thing, holds_thing
    from assistant.retrieval.segment import tags

    t = _table()
    words = [(w, f) for w, f in tags(without_names(ask or "")) if w.strip()]

    def noun(word: str, flag: str) -> bool:
        return len(word) >= 2 and bool(t["noun_flags"].match(flag)) and not t["not_things"].search(word)

    def named(word: str) -> bool:
        return any(holds_thing(Thing((word,), word), u) for u in vocabulary)

    # the qualified noun must be one the notice names ("标题" of its files): "拍板定人" is two words of the asker's
    return any(noun(w, f) and noun(*words[i + 1]) and not named(w) and named(words[i + 1][0])
               for i, (w, f) in enumerate(words[:-1]))


def paper_asked(part: str, before: str = "") -> str | None:
    """The paper (a form or report the notices name) ``part`` asks of: the one its ask names, else the one named
    last before its ask, in its own context or the parts ``before`` it ("…要报推荐表和汇总表，可附件就一张推荐表，
    汇总表的模版到哪里下？要填哪几栏": the 汇总表, not the 推荐表 named first)."""
    from assistant.chat.rules.forms import FORM_NAMES

    ask, _ = ask_and_context(part)
    own = FORM_NAMES.findall(ask)
    if own:
        return own[-1]
    at = (part or "").rfind(ask)
    said = FORM_NAMES.findall((before or "") + (part[:at] if at > 0 else ""))
    return said[-1] if said else None


def restates_ask(part: str, before: str) -> bool:
    """Whether ``part`` opens with a condition that takes the ask ``before`` it as given ("两头都推的话，名额算哪边的"
    after "能不能区总工会推一次、产业工会也推一次"): the condition says again a word of what that ask asks. The
    condition may go unmarked before a yes/no word ("考核不过会不会撤销" after "要不要每年考核"): then it must say
    an act (a verb) again, not only the thing both asks are of ("奖金是不是一次性发的" after "奖金要不要交税")."""
    from assistant.retrieval.segment import tags

    clauses = _clauses(part)
    if not clauses or not before:
        return False
    t = _table()
    said = t["condition"].match(clauses[0].strip())
    acts_only = False
    if said:
        condition = said.group("if") or said.group("if2")
    else:
        own, _ = ask_and_context(part)
        unmarked = t["yes_no_word"].search(own)
        if not unmarked:
            return False
        condition, acts_only = own[:unmarked.start()], True
    ask, _ = ask_and_context(before)
    # what the ask asks: after a stretch saying when ("评上以后有没有补贴" asks of 补贴, not of 评上) and after its
    # yes/no word ("能不能区总工会推一次")
    when = t["when_clause"].match(ask)
    ask = ask[when.end():] if when else ask
    yes_no = t["yes_no_word"].search(ask)
    ask = ask[yes_no.end():] if yes_no else ask

    def words(text: str, flags: re.Pattern) -> set[str]:
        return {w for w, f in tags(text) if flags.match(f) and not t["not_restated"].fullmatch(w)}

    return bool(words(condition, t["act_flags"] if acts_only else t["restated_flags"]) & words(ask, t["restated_flags"]))


def _act_unsaid(ask: str, quote: str) -> bool:
    """Whether ``ask`` asks a measure of a thing (多大, 尺寸) that no stretch of ``quote`` gives in a unit of size or
    weight, a remedy for a mishap (打不开怎么办) that ``quote`` does not say, or asks yes or no of an act alone (the yes/no word followed only by a verb of a ``yes_no_verbs`` family:
    "本人要不要到") that ``quote`` does not say in the notice's words for it."""
    t = _table()
    if t["measure_ask"].search(ask or "") and not t["measure_unit"].search(quote or ""):
        return True
    if t["mishap_ask"].search(ask or "") and not t["remedy"].search(quote or ""):
        return True  # "问卷链接打不开怎么办" by the sentence giving the link: no remedy, no mishap
    said = t["yes_no_word"].search(ask or "")
    if said is None:
        return False
    after = re.sub(r"[吗呢啊呀的了么嘛伐？?！!。，,\s]+$", "", ask[said.end():])
    return any(re.fullmatch(verb, after) and not re.search(words, quote or "")
               for verb, words in t["yes_no_verbs"].items())


def _doer_said(ask: str, quote: str, value: re.Pattern | None, words: tuple[str, ...]) -> bool:
    """For an ask of who does an act ("哪家出的钱", "证书谁发", "市总工会出还是单位自己出"), whether the stretch of
    ``quote`` holding the asked value (else the asked thing, else any) names a body that does it; True for any other
    ask. A choice between two doers of one act also needs the act in that stretch: "市总工会负责…组织、协调" names a
    doer, of another act than paying. So does an ask of who does an act the tables list ("评议费谁出", "证书上是谁签的字"):
    "…组织专家对申报人选进行评议" names no one paying, "由省政府批准授予并颁发相应证书" no one signing."""
    from assistant.chat.rules.things import Thing, holds_thing

    t = _table()
    whom = t["doer_ask"].search(ask)
    choice = t["doer_choice"].search(ask)
    if not whom and not choice:
        return True
    stretches = [s for s in _STRETCH.split(quote or "") if s.strip()]
    held = ([s for s in stretches if value.search(s)] if value is not None else []) or [
        s for s in stretches if any(holds_thing(Thing((w,), w), s) for w in words)] or stretches
    # the act asked of: the choice's, else the one right after the doer word (谁签, 谁出), in the notice's words for it
    said = choice.group("act") if choice else whom.group(0)[-1]
    act = t["acts"].get(said) if choice else t["doer_acts"].get(said) or t["acts"].get(said)
    return any(t["body"].search(s) and (act is None or re.search(act, s)) for s in held)


def chooses_again(part: str, before: str) -> bool:
    """Whether ``part`` asks which one ("盖哪家的章", "名额算哪边的") with no alternatives of its own, after an ask
    ``before`` it that offered two ("那是派遣公司报我还是汽车厂报我？人事审核佐证材料盖哪家的章？"): it chooses between
    the same two, on which a notice silent on the first choice is silent again."""
    from assistant.chat.rules.choice import alternatives

    ask, _ = ask_and_context(part)
    if not _table()["which_one"].search(ask) or alternatives(ask) is not None:
        return False
    return alternatives(ask_and_context(before)[0]) is not None


def silent_alone(corpus, part: str, programs: tuple[str, ...]) -> str | None:
    """What the notice is silent on when ``part`` is asked on its own, by the gates a single question passes before
    the factual path (chat/turn.py ``_qa_of``), else None. A several-part message skips them (each reads one ask),
    so "浙派工匠说退休人员不作为推荐对象，那返聘回来的算不算退休人员？内退的那种又咋算？" quoted 退休人员不作为推荐对象 for
    its first ask, which alone is found silent: an "X 算不算 Y" whose item no unit names (chat.rules.counts_as), a kind of
    person no notice names asked whether it may apply, a yes/no rules ask of a thing no unit holds (chat.rules.stated).
    ``programs``: the message's programme, inherited by every part."""
    from dataclasses import replace

    from assistant.chat.premise import claims
    from assistant.chat.rules.conditions import asked_about, names_kind
    from assistant.chat.rules.counts_as import unnamed_kind, unruled_item
    from assistant.chat.rules.factual_pick import _yes_no_form, asserts
    from assistant.chat.rules.stated import unstated_thing

    unruled = unruled_item(corpus, part, programs)
    if unruled is not None:
        return unruled.label
    kind = unnamed_kind(corpus, part)
    if kind is not None and not names_kind(kind.said):
        return kind.label
    from assistant.chat.routing import route

    # the part's own form (a premise "…对吧" is checked, not gated), with the message's programme
    alone = replace(route(part), programs=tuple(programs))
    rows_asked = asked_about(part, alone)
    if not rows_asked:
        return None
    unstated = unstated_thing(corpus, part, programs, yes_no_form=_yes_no_form(part),
                              asserting=asserts(part, alone) and bool(claims(part)),
                              accounted=rows_asked.attribute.ask if rows_asked.attribute else None)
    return unstated.label if unstated is not None else None


# a stretch of a quote is restated by an ask's context when one run of it said there covers this share of it (and is
# this long): "退休人员不作为推荐对象" said whole, not "有突出贡献的可不受年龄限制" inside "须60周岁以下（…）"
RESTATED_SHARE = 0.6
RESTATED_MIN = 5


def unrestated(quote: str, context: str) -> str:
    """``quote`` without the stretches the asker's ``context`` says again ("通知里说退休人员不作为推荐对象，…"): a
    sentence the asker already cites is the premise of the ask after it, not its answer. "" when every stretch is."""
    from difflib import SequenceMatcher

    said = re.sub(r"\s+", "", context or "")

    def restated(stretch: str) -> bool:
        bare = re.sub(r"\s+", "", stretch)
        if len(bare) < RESTATED_MIN:
            return False
        run = SequenceMatcher(None, bare, said, autojunk=False).find_longest_match(0, len(bare), 0, len(said)).size
        return run >= RESTATED_MIN and run >= RESTATED_SHARE * len(bare)

    pieces = re.split(r"([，,；;。！!？?])", quote or "")
    stretches = [(pieces[i], pieces[i + 1] if i + 1 < len(pieces) else "") for i in range(0, len(pieces), 2)]
    if not any(restated(s) for s, _ in stretches):
        return quote
    return "".join(s + mark for s, mark in stretches if s.strip() and not restated(s)).strip("，,；; ")


def asks_if_written(part: str) -> bool:
    """Whether ``part`` only asks whether the notice says something, naming nothing ("单位现在要写个说明，想参考下，通知上
    有写伐？"): after other asks it asks of them, not of what its context names (说明, 称号)."""
    ask, _ = ask_and_context(part)
    return bool(_table()["written_ask"].match(re.sub(r"[\s？?！!。，,～~]+", "", ask)))
