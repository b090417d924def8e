"""A choice question ("线上还是线下", "税前还是税后", "交纸质的还是电子的"): the answer is the notice's sentence
naming one of the alternatives, or, when no sentence of the asked notice names either, "通知没有写明是…还是…".

The alternatives are the words either side of 还是 (jieba words of two or more characters, the generic ones
dropped as for a yes/no thing); a sentence names one when it holds its words or the notice vocabulary they
expand to (``notices.vocabulary``: 线上 -> 电子版, 邮箱 …).

Run with:  .venv/bin/python -m pytest -q tests/chat/test_loose_factual.py -k "choice or alternatives"
"""

from __future__ import annotations

import functools
import re

from assistant.chat.premise import CHANNELS, HANDED_IN, claims
from assistant.chat.rules.programme_words import topic_only
from assistant.chat.rules.things import Thing, _present, content_words, holds_thing, thing_picks
from assistant.notices.text import parts

__all__ = ["alternatives", "choice_lead", "silent_side", "choice_answers", "choice_picks", "level_premise", "choice_of_rules", "level_of", "level_picks", "level_owner", "level_choice_restated"]

# 还是 between two alternatives: the stretch before it (after a verb of being or handing in), in its clause or, when
# 还是 opens a clause ("是直接打到个人卡上，还是先拨给单位再转"), in the clause before; and the stretch after it, up to
# the clause's end.
# 还是 may also open the next sentence after a question mark ("每个月有补贴伐？还是就一次性给钱"): the second
# sentence offers the other side of the same ask (answer_types.OR_ALTERNATIVE reads it as one ask too)
# A space ends a side as a comma does in a run-on message ("公示是在专家评审前面还是后面 我在写厂史要写清楚": the
# side is 后面, not the aside after it)
_CHOICE = re.compile(r"([^，,。；;？?！!]{1,16}?)(?:[，,？?]\s*)?还是(?:说|就)?([^，,。；;？?！!\s]{1,16})")
_LEAD = re.compile(r"^.*?(?:是|要|用|走|按|在|得|需)(?=.)")
# a one-character verb first: "线上交" is 线上 + 交, not 线 + 上交
# a verb with its direction ("单位报上去", "我自己去开", "交过去") is how, not which, either
_VERB_TAIL = re.compile(r"(?<=..)(?:去|来)?[报交发寄送填开办弄](?:上去|上来|过去|过来|上|去|来|掉)?$"
                        r"|(?<=.)(?:申报|报名|提交|报送|递交)$|(?<=..)(?:过去|过来|上去|上来)$")
_TAIL = re.compile(r"(的|啊|呀|呢|吗|么|伐|好|啦|哦)+$")
# the asker or any one person as a side ("单位去开还是我自己去开", "发给个人还是发给单位"): the notices say 个人
# ("人社厅自己定" is the body acting alone: 自己 after a noun is no person)
_SELF = re.compile(r"(?:^|我|咱|俺)自己|本人|个人|^(?:我|咱|俺)|(?:给|到|归)(?:我|咱|俺)")
_PERSON = "个人"
# a side that is only a question word with its measure ("几份", "多少个"): not 几 as "several" ("几个部门一起定",
# "分几年给"), which is an alternative
_ASKING = re.compile(r"^(?:几|多少|哪)[个份张本套名人次项页]?$")


def alternatives(question: str) -> tuple[Thing, Thing] | None:
    """The two alternatives a choice question offers, as things; None when it offers none (an adverbial 还是:
    "我还是想问一下"). The words both sides share ("发给个人，还是发给单位", "抽签出来的还是推荐出来的") are no
    alternative: each side is what is left once the shared opening and closing words are dropped. Each thing's
    ``about`` is what the question asks the choice of (its other words: 奖金, 评审专家), so a sentence naming a side
    answers only when its clause is about that ("单位" in any clause is no answer)."""
    topic = topic_only(question or "")
    found = _CHOICE.search(topic)
    if not found:
        return None
    left = _TAIL.sub("", _LEAD.sub("", found.group(1)).strip())
    left = left.rsplit("的", 1)[-1] or left  # "材料线上交": what the choice is of ends at its 的
    right = _TAIL.sub("", found.group(2).strip())
    # the verb of handing in after a channel is not the alternative ("线上报" would be 线 + 上报)
    left, right = (_VERB_TAIL.sub("", said) or said for said in (left, right))
    if any(_ASKING.fullmatch(said) for said in (left, right)):
        return None  # "交一份还是几份": a side that is itself a question word asks the value, it offers no choice
    sides = []
    for said in _distinct(left, right):
        if _SELF.search(said):
            sides.append(Thing((_PERSON,), said))
            continue
        words = content_words(said) or _bare_side(said)
        if not words:
            return None
        sides.append(Thing(words[-1:], said))  # the last word of a stretch is the alternative ("网上发" -> 网上)
    if all(_ORDER.fullmatch(side.words[-1]) for side in sides):
        return None  # "公示在评审前头还是后头": the order of two steps, which the procedure sentence gives
    # what the choice is of: the question's words outside the two sides ("浙派工匠的奖金是…": 奖金)
    outside = topic[:found.start(1)] + found.group(1)[:max(found.group(1).rfind(left), 0)] + topic[found.end():]
    chosen = {w for side in sides for w in side.words}
    about = tuple(w for w in content_words(outside) if w not in chosen and w != _PERSON)
    return Thing(sides[0].words, sides[0].label, about), Thing(sides[1].words, sides[1].label, about)


# what the extractor infers from a noun alone ("评审专家是摇号定的还是…" reads 评审专家 as a trade, "领导小组定还是专家
# 定" a front-line role, "总工会一家定" a full-time post): in a choice question saying nothing of the asker, no fact
_INFERRED = frozenset({"occupation", "is_digital_economy", "facts_as_of", "role_type", "employment"})


def choice_of_rules(text: str, profile: dict) -> bool:
    """Whether a message is a choice question about the notices ("评审专家是摇号定的还是省厅指派的") whose only
    facts are what the extractor inferred from its nouns: they are no facts of the asker's, and the question is
    answered from the notice, not by the checker. A message speaking of the asker keeps its facts."""
    from assistant.chat.rules.own_case import speaks_of_self

    return (bool(profile) and set(profile) <= _INFERRED and not speaks_of_self(text)
            and alternatives(text) is not None)


# a side that says how often or for how long something is given ("每年都给", "按月发", "分三年", "终身"): the generic
# filter drops such words from a thing, but between two ways of giving they are the alternative
_HOW_OFTEN = re.compile(r"(?:每|按|逐)[年月季天周期]|分[期批一二两三四五六七八九十几]|终身|长期|一次性?|一年一|一直")
_GIVEN = re.compile(r"(?:都|也|就|再)?(?:给|发|拿|领|补|算)(?:的|了)?$")


def _bare_side(said: str) -> tuple[str, ...]:
    """A side with no content word of its own, said as how often or how long ("每年都给" -> 每年, "按月" -> 按月):
    the stretch itself, its verb of giving dropped."""
    bare = _GIVEN.sub("", said)
    found = _HOW_OFTEN.match(bare)
    return (bare,) if found and len(bare) - found.end() <= 2 and len(bare) >= 2 else ()


def _distinct(left: str, right: str) -> tuple[str, str]:
    """Both sides without the words they share at the start and at the end, each left with a word."""
    from assistant.retrieval.segment import segmenter

    a, b = segmenter().lcut(left), segmenter().lcut(right)
    while len(a) > 1 and len(b) > 1 and a[0] == b[0]:
        a, b = a[1:], b[1:]
    while len(a) > 1 and len(b) > 1 and a[-1] == b[-1]:
        a, b = a[:-1], b[:-1]
    return "".join(a), "".join(b)


_ORDER = re.compile(r"[之以]?[前后先]头?面?|前头|后头|前面|后面|先|后")


def choice_picks(corpus, program: str, question: str) -> tuple[tuple[Thing, Thing] | None, list]:
    """(the alternatives, the units of ``program``'s notice naming either, best first); no alternatives: (None, [])."""
    sides = alternatives(question)
    if sides is None:
        return None, []
    # "首席技师的补贴是打到个人卡上还是拨给单位": a choice of a thing the asked notice never names (补贴) is no choice
    # it settles; the thing's own silence answers. Otherwise a side must be named where that thing is.
    text = "\n".join(c.text for c in corpus.clauses(program))
    about = tuple(w for w in sides[0].about if _present(w, text))
    if sides[0].about and not about:
        return None, []
    sides = tuple(Thing(side.words, side.label, about) for side in sides)
    if sides[0].about and _alone_or_together(sides):
        # "名单是总工会一家定，还是几个部门一起定": who acts on the thing, one body or several, is in the sentence where
        # bodies act on it ("市总工会、市人力社保局…联合审定…名单")
        return sides, together_picks(corpus, program, question, sides[0].about)
    levels = [level_of(side.label) for side in sides]
    if all(levels) and levels[0] != levels[1]:
        # "是省里评还是市里评": each side is a level of government; the sentence where a body of that level acts
        # on what is asked decides, whichever side it is
        return sides, level_picks(corpus, program, question, levels, about)
    channels = [_channel(side) for side in sides]
    if all(channels):
        # "寄纸质的还是发邮件": the alternatives are ways of handing papers in; a unit names one only where it says
        # how papers go ("推荐材料电子版发送至邮箱", "纸质材料和电子文档各一份"), not "纸质媒体" in the publicity
        picks = [p for side, channel in zip(sides, channels, strict=True)
                 for thing_ in (side, *(Thing((word,), word, side.about) for word in CHANNELS[channel]))
                 for p in thing_picks(corpus, program, thing_, question)
                 if _hands_in(p.quote, thing_, channel) or _does(p.quote, thing_, channel)]
        return sides, _best_first(picks)
    picks = [p for side in sides for p in thing_picks(corpus, program, side, question)]
    return sides, sorted(picks, key=lambda p: -p.score)


def _channel(side: Thing) -> str | None:
    """The channel of handing in an alternative names (纸质, 电子, 网上, 现场 …: ``premise.CHANNELS``), or None."""
    said = side.label
    return next((name for name, words in CHANNELS.items() if any(w in said for w in words)), None)


# a paper's form said of papers ("纸质材料", "电子文档", "电子版"), not of media ("纸质媒体")
_OF_PAPERS = re.compile(r"材料|文档|文件|版|表")


def _hands_in(quote: str, thing_: Thing, channel: str) -> bool:
    """Whether a stretch of ``quote`` naming the alternative says how papers are handed in: a verb of handing in,
    or the channel's word said of papers ("纸质材料")."""
    return any(holds_thing(thing_, stretch) and (HANDED_IN.search(stretch) or any(
        _OF_PAPERS.match(stretch[at + len(w):]) for w in CHANNELS[channel] for at in _all(stretch, w)))
        for stretch in re.split(r"[，,。；;]", quote))


# The channels that are bodies: a body is also who does what the choice is of ("证书是省政府发还是人社厅发": 浙派's
# "由省政府批准授予并颁发相应证书和奖金"), not only where papers go.
_BODIES = frozenset({"人社", "总工会", "经信", "协会", "政府"})


def _does(quote: str, thing_: Thing, channel: str) -> bool:
    """Whether one sentence of ``quote`` names the body alternative together with every word of what the choice is
    of (证书, 名单): the body acts on that thing there."""
    return channel in _BODIES and bool(thing_.about) and any(
        holds_thing(thing_, sentence) and all(_present(w, sentence) for w in thing_.about)
        for sentence in parts(quote))


def _all(text: str, word: str) -> list[int]:
    return [m.start() for m in re.finditer(re.escape(word), text)]


def _best_first(picks: list) -> list:
    seen, out = set(), []
    for p in sorted(picks, key=lambda p: -p.score):
        if (p.clause_id, p.quote) not in seen:
            seen.add((p.clause_id, p.quote))
            out.append(p)
    return out


# Levels of government a side may name ("省里评还是市里评", "是省级的还是市级的"): the ``side`` words of the level
# table (``levels.toml``), and the bodies of that level as the notices name them (its ``bodies``). A bare level's
# character counts before a verb of acting ("省评", "区定").
_ACTS_AHEAD = "(?=评|批|定|发|管|负责|组织|审)"


@functools.lru_cache(maxsize=1)
def _level_bodies() -> dict[str, tuple[str, tuple[str, ...]]]:
    """{level: (the pattern of its side words, its bodies)} for the levels a side may name, highest first."""
    from assistant.chat.rules.level_table import rows

    return {row.key: ("|".join([*row.side, *([row.side_acting + _ACTS_AHEAD] if row.side_acting else [])]), row.bodies)
            for row in rows() if row.side}


# what a body does in a sentence that makes it the one acting (or receiving what is handed in)
_ACTING = re.compile(r"负责|组织|部署|审核|审定|评审|评议|复核|审查|推荐|报送|受理|批准|授予|颁发|认定|公示|确定|"
                     r"初审|抽取|开展|报请|报")


def level_of(said: str) -> str | None:
    """The level of government a choice's side names ("省里", "市级", "区里"), or None."""
    return next((level for level, (asked, _) in _level_bodies().items() if re.search(asked, said or "")), None)


def level_picks(corpus, program: str, question: str, levels: list[str], about: tuple[str, ...]) -> list:
    """The units of ``program``'s notice where a body of one of the ``levels`` acts, holding what the choice is of
    (``about``) when the notice names it; best first. The quote names the body, so its level is the answer."""
    picks = []
    for level in levels:
        for body in _level_bodies()[level][1]:
            side = Thing((body,), body, about)
            picks += [p for p in thing_picks(corpus, program, side, question)
                      if any(body in seg and _ACTING.search(seg) for seg in parts(p.quote))]
    if not picks and about:  # "推荐这一步是市里还是省里": 一步 points at the step, no sentence says it
        return level_picks(corpus, program, question, levels, ())
    return _best_first(picks)


# A level side said with a bare one-character verb ("省里评还是市里评", "市里定还是区里定", "省里发还是市里发"): the
# notices say the act with its full verb (组织评审, 审定, 颁发 …), which is what retrieval and the sentence picker read.
_LEVEL_VERBS = {"评": "组织评审", "审": "审核", "定": "审定", "批": "批准", "发": "颁发", "管": "负责", "推": "推荐"}


@functools.lru_cache(maxsize=1)
def _level_said() -> str:
    """The words saying a level alone, which a bare verb may follow (the level table's ``alone``: 省里, 区上 …)."""
    from assistant.chat.rules.level_table import rows

    return "|".join(word for row in rows() for word in row.alone)


@functools.lru_cache(maxsize=1)
def _bare_level_verb() -> re.Pattern:
    return re.compile(rf"({_level_said()})(来|去|负责)?([{''.join(_LEVEL_VERBS)}])(?![审选定准放理荐送奖])")


def level_choice_restated(question: str) -> str:
    """A choice between levels in the notices' verbs ("是省里评还是市里评" -> "是省里组织评审还是市里组织评审"); any
    other message unchanged."""
    sides = alternatives(question or "")
    if not sides or not all(level_of(side.label) for side in sides):
        return question
    return _bare_level_verb().sub(lambda m: m.group(1) + _LEVEL_VERBS[m.group(3)], question)


def level_owner(corpus, question: str) -> tuple[str, str] | None:
    """(programme, the level only its notice has acting) for a choice between levels naming no programme ("是省里评
    还是市里评"): the asker speaks of the one honour where a body of each level acts, or where a body of one of the
    levels acts at all, and that is one notice alone (浙派工匠, the only one where a provincial body acts). None
    when the question offers no such choice, or several notices fit."""
    sides = alternatives(question)
    levels = [level_of(side.label) for side in sides] if sides else []
    if len(levels) != 2 or not all(levels) or levels[0] == levels[1]:
        return None
    acting = {program: {level for level in levels if level_picks(corpus, program, question, [level], ())}
              for program in corpus.program_ids}
    for wanted in (set(levels), *({level} for level in levels)):
        having = [program for program, found in acting.items() if wanted <= found]
        if len(having) == 1:
            return having[0], "、".join(f"{level}里" for level in levels if level in wanted)
    return None


# one body acting alone against several together ("总工会一家定，还是几个部门一起定")
_ALONE = re.compile(r"一家|单独|独自|自己")
_TOGETHER = re.compile(r"一起|联合|共同|一块|几个|多个|几家|多家")


def _alone_or_together(sides) -> bool:
    labels = [side.label for side in sides]
    return any(_ALONE.search(a) and _TOGETHER.search(b) for a, b in (labels, labels[::-1]))


def together_picks(corpus, program: str, question: str, about: tuple[str, ...]) -> list:
    """The units of ``program``'s notice where one or more bodies act on what the choice is of, best first."""
    from assistant.chat.premise.agents import bodies_in

    picks = [p for p in thing_picks(corpus, program, Thing(about, "", ()), question)
             if any(bodies_in(seg) and _ACTING.search(seg) for seg in parts(p.quote))]
    return _best_first(picks)


# a quote saying both forms of papers are wanted ("纸质材料和电子文档各一份", "均需…和…"): both sides answer
_BOTH = re.compile(r"各一份|均需|都要|同时提交|以及|和")


# a way of handing in as the answer says it ("是在网上自荐" is said "是网上")
_FORM_SAID = {"纸质": "纸质的", "电子": "电子版", "网上": "网上", "现场": "现场"}


def choice_lead(question: str, quote: str) -> str | None:
    """The first sentence of an answer to a choice question, naming the side the quoted sentence bears out ("证书是省里
    发还是市里发" against "由省政府批准授予并颁发相应证书" -> "是省里（省政府）：…"); "两样都要" when it asks for both forms
    of papers ("纸质材料和电子文档各一份"). Only for levels of government and ways of handing in, whose words the notices
    use for nothing else. None otherwise, or when the quote names neither side or both: the quote alone answers then."""
    sides = alternatives(question or "")
    if sides is None or not quote:
        return None
    levels = [level_of(side.label) for side in sides]
    if all(levels) and levels[0] != levels[1]:
        acting = {level: body for level in levels for body in _level_bodies()[level][1]
                  if any(body in seg and _ACTING.search(seg) for seg in re.split(r"[，,。；;]", quote))}
        if len(acting) == 1:
            level, body = next(iter(acting.items()))
            label = sides[levels.index(level)].label
            return f"是{label}（通知写的是{body}）：见下面的原文。"
        if len(acting) == 2:  # "评议是区里组织还是市里组织": bodies of both levels do it
            return f"{sides[0].label}和{sides[1].label}都有（通知写的是{'、'.join(acting[lv] for lv in levels)}）：见下面的原文。"
        return None
    channels = [_channel(side) for side in sides]
    if all(channels) and channels[0] != channels[1]:
        named = [side for side, channel in zip(sides, channels, strict=True)
                 if any(w in quote for w in CHANNELS[channel]) or holds_thing(side, quote)]
        if len(named) == 2 and set(channels) == {"纸质", "电子"} and _BOTH.search(quote):
            return f"{channels[0]}和{channels[1]}的都要：见下面的原文。"
        if len(named) == 1:
            said = _FORM_SAID.get(channels[sides.index(named[0])], named[0].label)
            return f"是{said}：见下面的原文。"
    # other alternatives ("发给个人还是发给单位") are named in sentences about other things too ("培育突出贡献单位"):
    # the quote answers without a lead
    return None


def silent_side(corpus, program: str, question: str, quote: str) -> str | None:
    """The one side of a choice question that ``program``'s notice never names ("浙派工匠评上了是每个月发补贴还是一次性
    给钱": 补贴), said first ("…通知没有写明每个月发补贴"), so that the quoted sentence is read as what the notice does
    say, not as the answer to that side. None when both sides or neither are named, or when the quote names the
    other side ("一次性的还是每年都给" against "一次性奖励20000元": the quote answers the choice then)."""
    sides = alternatives(question or "")
    if sides is None:
        return None
    text = "\n".join(c.text for c in corpus.clauses(program))
    unnamed = [side for side in sides if side.words and not any(_present(w, text) for w in side.words)]
    if len(unnamed) != 1 or any(_bears_out(side, quote) for side in sides if side is not unnamed[0]):
        return None
    label = _AFTER_EVENT.sub("", unnamed[0].label) or unnamed[0].label  # "评上了每个月有补贴" -> "每个月有补贴"
    return f"{corpus.meta(program).short_name}的通知没有写明{label}；通知写明的是下面这一项："


def choice_answers(corpus, program: str | None, question: str, quote: str) -> bool:
    """Whether the choice reader answers ``question`` with ``quote``: a lead naming the side the quote bears out
    (``choice_lead``) or the side ``program``'s notice never names (``silent_side``). An attribute's silence
    (chat.rules.asked_heads) gives way to it: "是每个月发补贴还是一次性给钱" asks which of two things, not how often
    the sum the quote states is paid."""
    return bool(choice_lead(question, quote) or program and silent_side(corpus, program, question, quote))


def _bears_out(side: Thing, quote: str) -> bool:
    """Whether ``quote`` says the side: its how-often word when it has one ("一次性给钱" needs 一次性, not only money)."""
    often = _HOW_OFTEN.search(side.label)
    return often.group(0) in quote if often else holds_thing(side, quote)


_AFTER_EVENT = re.compile(r"^.*?(?:了|以后|之后|后)(?=..)")


# One level said as the doer of an act the premise asserts ("浙派工匠奖金是市里发的吧", "首席技师是区里评的对吧", "名单是
# 省里定的吧"): the level, and the act said. Each act's words as the notices say it.
_ACT_WORDS = {"评": r"评审|评议|评选|评定", "找": r"抽取|遴选|聘请|选聘|产生", "选": r"抽取|遴选|选聘|产生|评选",
              "请": r"聘请|抽取|产生", "挑": r"抽取|遴选|产生", "审": r"审核|审查|审定|初审|复核", "定": r"审定|确定|认定",
              "批": r"批准", "发": r"颁发|发放|授予|奖励", "管": r"负责|组织", "推": r"推荐|报送",
              "颁发": r"颁发|授予", "发放": r"颁发|发放", "审定": r"审定", "评审": r"评审|评议", "认定": r"认定|审定",
              "批准": r"批准"}


@functools.lru_cache(maxsize=1)
def _level_asserted() -> re.Pattern:
    return re.compile(rf"({_level_said()}|各市|各地市)(?:自己|自行|来|去|负责)*"
                      rf"(颁发|发放|审定|评审|认定|批准|[找选请挑{''.join(_LEVEL_VERBS)}])")


def level_premise(corpus, program: str, question: str) -> tuple[str, tuple[str, str]] | None:
    """A premise naming the level of government that does something ("浙派工匠奖金是市里发的吧") checked against the
    sentences of ``program``'s notice where a body does that act (on the thing asked, when the notice names it):
    ("不对，…", (clause_id, sentence)) when the bodies acting are of another level, ("是的，…", …) when of that level;
    None when the question names no single level acting, the notice has no such sentence, or its sentences name
    bodies of several levels."""
    from assistant.notices.text import sentences

    topic = topic_only(question or "")
    said = _level_asserted().search(topic)
    if said is None or alternatives(topic) is not None or claims(topic):
        return None  # "每个区县推5个吧" asserts a quota, which its sentence checks
    asserted = level_of(said.group(1))
    act = re.compile(_ACT_WORDS[said.group(2)])
    text = "\n".join(c.text for c in corpus.clauses(program))
    rest = topic[:said.start()] + topic[said.end():]
    about = tuple(w for w in content_words(rest) if _present(w, text) and not level_of(w))
    bodies = sorted(((level, body) for level, (_, names) in _level_bodies().items() for body in names),
                    key=lambda lb: -len(lb[1]))
    found = []  # (clause_id, sentence, {level: first body named})
    for clause in corpus.clauses(program):
        for sentence in sentences(clause.own_text or clause.text):
            if not act.search(sentence) or not all(_present(w, sentence) for w in about):
                continue
            # per level, the body named nearest before the act ("…报请省政府批准": 省政府 approves, not the 省人力社保厅
            # that asks it to)
            acted = act.search(sentence).start()
            named: dict[str, tuple[int, str]] = {}
            for level, body in bodies:
                for m in re.finditer(re.escape(body), sentence[:acted]):  # a body after the act is its object
                    distance = acted - m.start()
                    if level not in named or distance < named[level][0]:
                        named[level] = (distance, body)
            if named:
                found.append((clause.clause_id, sentence, {level: body for level, (_, body) in named.items()}))
    levels = {level for _, _, named in found for level in named}
    if len(levels) > 1 and asserted in levels:
        # "首席技师是市里评的吧" where 区县 bodies and 市 bodies both evaluate: the level said is one of several
        clause_id, sentence, named = next(f for f in found if asserted in f[2])
        others = "、".join(body for level, body in named.items() if level != asserted)
        if others:
            return (f"不全是{said.group(1)}，通知写到的还有{others}：见下面的原文。", (clause_id, sentence))
    if len(levels) != 1:
        return None
    clause_id, sentence, named = found[0]
    level, body = next(iter(named.items()))
    # the bodies listed together with it before the act ("市总工会、市人力社保局…联合审定"), all of them
    stretch = re.split(r"[，,。；;]", sentence[:act.search(sentence).start()])[-1]
    listed = sorted({(stretch.find(b), b) for b in _level_bodies()[level][1] if b in stretch and "、" in stretch})
    listed = [b for _, b in listed if not any(b != other and b in other for _, other in listed)]
    body = "、".join(listed) if len(listed) > 1 else body
    if level == asserted:
        return f"是的，是{said.group(1)}（通知写的是{body}）：见下面的原文。", (clause_id, sentence)
    return f"不对，不是{said.group(1)}，通知写的是由{body}（{level}级）负责：见下面的原文。", (clause_id, sentence)
