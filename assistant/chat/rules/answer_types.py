"""What a factual question asks for (money, a date, a count, a contact, a place, materials, a procedure step, a
yes/no rule, a difference) and whether a sentence holds a value of that kind.

The cue table, the value patterns and the answerability threshold are data (``answer_types.toml``). A question
that no cue row matches is classified by its sentence vector's nearest type examples (the retrieval embedder),
so a phrasing the table misses still gets a type; the vectors are the shared language layer's
(``assistant.language``).

Run with:  python -c "from assistant.chat.rules.answer_types import classify; print(classify('能拿多少奖金？'))"
"""

from __future__ import annotations

import functools
import logging
import re
from dataclasses import dataclass, replace

from assistant.chat.case.said import asks
from assistant.chat.rules.answer_table import table
from assistant.chat.rules.conditional import the_question
from assistant.chat.rules.own_case import opens_with_self
from assistant.chat.rules.programme_words import topic_only
from assistant.language.asking import without_a_not_a
from assistant.limits import EMBED_QUERY_CHARS

__all__ = ["AskedType", "TYPES", "classify", "holds", "threshold", "untyped_weight", "question_parts", "OR_ALTERNATIVE",
           "is_comparison", "table", "focus", "count_unit", "type_words",
           "place_kind", "without_own_case", "the_ask", "trailing_no", "holidays", "holiday_words", "is_ask",
           "asks_notice_value", "asks_course"]

log = logging.getLogger(__name__)

TYPES = ("money", "date", "count", "contact", "place", "materials", "procedure", "actor", "yes_no", "difference")
# A difference is a comparison of some other attribute: the inner type says which.
_COMPARISON = re.compile(r"区别|不同|差别|差异|变化|一样吗|一样不一样|一不一样|分别|各自|哪个(多|少|严|高|低|长|早|晚)|相比|还有吗|有何变|改了什么|差多少|差在哪|(哪里|哪儿|什么地方)不一样")


@dataclass(frozen=True)
class AskedType:
    """The asked type, the value set a sentence must match, and what a silent notice is said to lack."""

    type: str
    values: str
    label: str
    strict: bool  # a concrete value (an amount, a date …): a notice without one is silent on the question
    source: str = "table"  # "table" | "vectors" | "default"
    inner: str | None = None  # for a difference: the type of the compared attribute
    narrow: str | None = None  # a regex that replaces the value set (a premise's unit: "岁", "工作日" …)
    overview: bool = False  # a procedure question about the whole course ("怎么评的", "要走哪几步")
    listing: bool = False  # a materials question asking for the list ("要交哪些材料"): the unit naming the most answers
    thing: tuple[str, ...] = ()  # a yes/no question's thing no sentence of the asked notice holds (chat/rules/things.py)
    unit_asked: bool = False  # the question asks for a number in a unit it names ("几寸", "多少字"), not a premise's
    unnamed_agent: str = ""  # an actor question's step the answering sentence states without its doer ("颁发证书")
    # a sentence saying the asked thing at another level than asked (chat.rules.levels): (clause id, quote, its level),
    # shown as a labelled 参考 after the silence, never cited
    nearby: tuple[str, str, str] = ()

    @property
    def pattern(self) -> re.Pattern:
        return re.compile(self.narrow) if self.narrow else _values()[self.values]


def trailing_no() -> str:
    """The regex of a yes/no question said as "V不" ("要答辩不"): the table's one ``trailing_no``."""
    return table()["trailing_no"]


def holidays() -> dict[str, int]:
    """Holiday -> the month it falls in (0: a lunar holiday, no fixed month): the table's one ``[holidays]``."""
    return dict(table()["holidays"])


def holiday_words() -> str:
    """A regex group of the holidays' names."""
    return "(?:" + "|".join(map(re.escape, holidays())) + ")"


def _expand(pattern: str) -> str:
    """A table pattern with its shared pieces filled in (``<trailing_no>``, ``<holiday>``, ``<which_body>``,
    ``<acting>``, ``<span_steps>``, ``<when_words>``, ``<hand_over_what>``, ``<passes>``)."""
    return (pattern.replace("<passes>", table()["passes"]).replace("<trailing_no>", trailing_no()).replace("<holiday>", holiday_words())
            .replace("<which_body>", table()["which_body"]).replace("<acting>", table()["acting"])
            .replace("<span_steps>", table()["span_steps"]).replace("<when_words>", table()["when_words"])
            .replace("<hand_over_what>", table()["hand_over_what"]))


@functools.lru_cache(maxsize=1)
def _values() -> dict[str, re.Pattern]:
    return {name: re.compile(_expand(pattern)) for name, pattern in table()["values"].items()}


@functools.lru_cache(maxsize=1)
def _cues() -> tuple[tuple[re.Pattern, dict], ...]:
    return tuple((re.compile(_expand(row["pattern"])), row) for row in table()["cue"])


@functools.lru_cache(maxsize=16)
def type_words(type_name: str) -> re.Pattern:
    """The cue rows' patterns for one answer type, as one regex (the words that say that type is asked), their
    shared pieces (``<trailing_no>``) filled in as in ``_cues``."""
    return re.compile("|".join(f"(?:{pattern.pattern})" for pattern, row in _cues() if row["type"] == type_name))


def asks_course(text: str) -> bool:
    """Whether a question asks the whole course of a procedure ("怎么评的", "分几步走"): the table's ``overview``,
    read also of a comparison, whose type is a difference."""
    return bool(re.search(_expand(table()["overview"]), text or ""))


def threshold() -> float:
    return float(table()["threshold"])


def untyped_weight() -> float:
    return float(table()["untyped_weight"])


def is_comparison(question: str) -> bool:
    from assistant.chat.comparison.everyday_asks import asks_in_everyday_words

    return bool(_COMPARISON.search(question or "")) or asks_in_everyday_words(question)


def _from_row(row: dict, source: str = "table") -> AskedType:
    # Silence is claimed only for a type read from the question's own words: a guessed type is never strict.
    strict = bool(table()["types"][row["type"]]["strict"]) and source == "table"
    return AskedType(row["type"], row["values"], row["label"], strict, source)


def _row(type_name: str) -> dict:
    """The type's general row: the one whose value set bears the type's name, else its first row."""
    rows = [r for _, r in _cues() if r["type"] == type_name]
    return next((r for r in rows if r["values"] == type_name), rows[0])


_STRETCH_END = re.compile(r"(?<=[，,。；;！!？?])")  # a message's stretches end at its punctuation, which they keep


def without_own_case(question: str) -> str:
    """The message without the asker's own case: a message opening with it ("我在商场卖家电，连续三年销售冠军，…
    是指我这种吗") keeps only its last stretch, the ask."""
    stretches = [s for s in _STRETCH_END.split(question) if s.strip()]
    if len(stretches) > 1 and opens_with_self(stretches[0]):
        return stretches[-1]
    return the_ask(question)


def the_ask(question: str) -> str:
    """The message's ask, with the asker's own case told after it left out ("报名还要单位盖章吗？我们是小公司",
    "能推几个？我们是市交通产业工会"): the case only qualifies an ask that names its own topic, so it must not
    lead retrieval or the choice of sentence ("公司" found 前言's "数据集团有限公司"). An ask with no topic of its
    own ("我还能报吗") keeps the case, which is then its topic ("我们单位没建工会，我还能报吗")."""
    stretches = [s for s in _STRETCH_END.split(question or "") if s.strip()]
    first = next((i for i, s in enumerate(stretches) if is_ask(s.rstrip("，,；;。！! "))), None)
    if first is None:
        return question
    # a case told before the ask sets it ("我们是市里的产业工会，也能推6个吧"): it stays
    kept = stretches[:first + 1] + [s for s in stretches[first + 1:] if not (opens_with_self(s) and not is_ask(s))]
    if len(kept) == len(stretches) or not _names_topic("".join(kept)):
        return question
    return "".join(kept).rstrip("，,；;")


MIN_TOPIC = 2  # CJK characters of topic left after the question words: "报名还要单位盖章吗" has one, "我还能报吗" none


def _names_topic(ask: str) -> bool:
    return len(re.findall(r"[\u4e00-\u9fff]", focus(ask))) >= MIN_TOPIC + 1


# A yes/no question that asserts a value ("是4月30日截止吧", "要干满5年对吧") asks about that value.
_ASSERTED = ("date", "amount", "count")
# Numerals that point at the things compared, not a count asserted: "两个比比看", "这两个哪个好", "两个都…", and the
# distributive "一个好像是给搭平台，一个好像有个论坛" (one … the other).
_PRONOUN_COUNT = re.compile(r"(?:这|那)?两个(?=[比都哪一有的里中相]|项目|荣誉|称号)"
                            r"|(?<![0-9０-９])(?:另)?一个(?=[^，。？?]{0,14}[，,；;]\s*(?:另)?一个)"
                            r"|(?<=[，,；;])\s*(?:另)?一个(?=好像|是|要|有|说|讲|呢|则)")


def _cue_row(question: str) -> dict | None:
    """The first cue row whose words the question says, or None."""
    return next((row for pattern, row in _cues() if pattern.search(question)), None)


def _by_table(question: str) -> AskedType | None:
    row = _cue_row(question)
    if row is None:
        return None
    if row["type"] == "yes_no":
        # A value in the asker's own case ("我…连续三年销售冠军，…是指我这种吗") asserts nothing of the notice.
        # nor does one in the case a conditional clause sets ("倘若材料里有一项是假的，会被取消吗")
        asserted = _PRONOUN_COUNT.sub(" ", without_own_case(the_question(question)))
        for values in _ASSERTED:
            if _values()[values].search(asserted):
                # the value set's general row: rows go from specific to general, so its last one ("公示时长" is a
                # span's own row, not what "能推3个人吧" asserts)
                return _from_row([r for _, r in _cues() if r["values"] == values][-1])
    return _from_row(row)


def _by_vectors(question: str) -> AskedType | None:
    """The type whose example questions are nearest in sentence-vector space; None if no embedder loads."""
    try:
        name = _embedder_name()
        centroids = _centroids(name)
        vector = _embedder(name).encode([question[:EMBED_QUERY_CHARS]])[0]  # bounded cost (assistant.limits)
    except Exception as exc:  # noqa: BLE001 - the fallback must never break an answer
        log.info("answer-type vectors unavailable: %s", exc)
        return None
    name = max(centroids, key=lambda t: float(centroids[t] @ vector))
    return _from_row(_row(name), "vectors")


def _embedder_name() -> str:
    """The sentence-vector model of the shared language layer (``assistant.language.set_embedder`` swaps it
    for both, so the conversation's classifiers and this one always read the same vectors)."""
    from assistant.language import classify as language

    return language._EMBEDDER_NAME[0]


def _embedder(name: str):
    from assistant.retrieval.embedding import load_embedder

    return load_embedder(name)


@functools.lru_cache(maxsize=4)
def _centroids(name: str) -> dict:
    import numpy as np

    embedder = _embedder(name)
    out = {}
    for name, spec in table()["types"].items():
        if not spec.get("vectors", True):  # a type read only from the question's own words
            continue
        vectors = embedder.encode(list(spec["examples"]))
        mean = vectors.mean(axis=0)
        out[name] = mean / (np.linalg.norm(mean) or 1.0)
    return out


# The answer types whose value a notice states: a question asking one is about the notice, not the asker's case.
NOTICE_VALUES = frozenset({"money", "date", "count", "contact", "place", "materials"})
def is_ask(text: str) -> bool:
    """Whether a stretch of a message asks something (not "我带的徒弟好几个成了骨干", "也没评过什么", "干了十几年",
    "应该算吧"): the dialogue's one reading, ``said.asks``."""
    return asks(text)


def asks_notice_value(text: str) -> bool:
    """Whether the message's ask (its last asking stretch; what comes before is the asker's case: "杭州工匠，我55岁，
    中国国籍，够格吗") asks for a value the notices state (money, a date, a count, a contact, a place, materials):
    by the table's own words only (sentence vectors type "第四届咋弄" or a statement as a value too readily).
    A yes/no row stays yes/no here, whatever value it asserts."""
    asks = asking_stretches(text)
    if not asks:
        return False
    row = _cue_row(asks[-1])
    return row is not None and row["type"] in NOTICE_VALUES


def last_question(text: str) -> str:
    """The closing question of a message whose sentences before it only tell ("算半个管理吧，不过每天还有一半时间在
    开机床。首席技师是不是非得纯一线的才能报？"): the one question mark is the ask; else the whole message."""
    sentences = [s for s in re.split(r"(?<=[。！!？?])", text) if s.strip()]
    if len(sentences) > 1 and re.search(r"[？?]\s*$", sentences[-1]) \
            and not any(re.search(r"[？?]", s) for s in sentences[:-1]):
        return sentences[-1]
    return text


def classify(question: str, *, vectors: bool = True) -> AskedType:
    """The answer type of ``question`` (the table first, then sentence vectors, else yes_no)."""
    text = question or ""
    comparison = is_comparison(text)
    core = _COMPARISON.sub(" ", text) if comparison else text
    # the asker's own case told first ("…每天还有一半时间在开机床。首席技师是不是非得纯一线的才能报？") sets the
    # ask, it does not ask: a value word in it (时间) is no type of the answer when the ask names its own topic
    ask = without_own_case(core)
    if ask == core:
        ask = last_question(core)
    if ask != core and _names_topic(ask):
        core = ask
    asked = _by_table(core) or (_by_vectors(core) if vectors else None)
    if asked is None:
        asked = _from_row(_row("yes_no"), "default")
    if asked.type == "count" and asked.values == "count" and asked.source == "table":  # a period names no unit
        asked = replace(asked, narrow=count_unit(core), unit_asked=count_unit(core) is not None,
                        label=_count_label(core) or asked.label)
    if asked.type == "money" and asked.values == "amount" and asked.source == "table":
        named = next((label for words, label in table().get("money_labels", {}).items() if re.search(words, core)), None)
        asked = replace(asked, label=named or asked.label)
    if asked.type in ("place", "contact") and asked.values in ("place", "contact") and asked.source == "table":
        kind = place_kind(core, label=True)
        if kind:
            asked = replace(asked, narrow=kind[0], label=kind[1])
    if asked.type == "procedure" and re.search(_expand(table()["overview"]), core):
        asked = replace(asked, overview=True)
    if asked.type == "materials" and re.search(_expand(table()["materials_list"]), core):
        asked = replace(asked, listing=True)
    if comparison:
        return AskedType("difference", asked.values, asked.label, asked.strict, asked.source, inner=asked.type,
                         narrow=asked.narrow)
    return asked


# A count, not the tail of a calendar year ("2017年" states no number of years) nor an ordinal ("第一名").
_NUMERAL = r"(?<![0-9０-９第])(?:[0-9０-９]{1,3}|[一二两三四五六七八九十百千]+)\s*(?:个)?"


def count_unit(question: str) -> str | None:
    """A regex for a number in the unit the question counts in ("多少人" -> 名|人), or None."""
    units = units_asked(question)
    return f"{_NUMERAL}(?:{'|'.join(units)})" if units else None


def units_asked(question: str) -> list[str]:
    """The units of the table's count_units rows whose cue the question's asking stretches say (shared pieces
    filled in)."""
    asked = "，".join(asking_stretches(question)) or question or ""  # none asks on its own: the whole message
    return [unit for cue, unit in table().get("count_units", {}).items() if re.search(_expand(cue), asked)]


_STRETCH_CUT = re.compile(r"[，,。；;！!\n]")


def asking_stretches(text: str) -> list[str]:
    """The stretches of a message that ask; what the others tell is the asker's case. The unit counted is the one
    asked, not one the asker tells: in "在杭州干了十几年钳工……公示几天啊" the count asked is of days, and "十几年" (a
    dozen-odd years, not "how many years") is the asker's case."""
    return [s for s in _STRETCH_CUT.split(text or "") if s.strip() and is_ask(s)]


def _count_label(question: str) -> str | None:
    """How an answer names the count asked ("多少字" -> 字数), from the table's count_labels, or None."""
    from assistant.chat.rules.procedure_words import step_words

    labels = table().get("count_labels", {})
    units = units_asked(question)
    label = next((labels[u] for u in units if u in labels and isinstance(labels[u], str)), None)
    # the step said last, nearest the count: "市人社局审核推荐那一步，市里公示几天" spans 公示, not 审核
    step = ([None] + list(step_words().finditer(question or "")))[-1]
    if label in labels.get("step_spans", ()) and step:  # "首届数字工匠公示了几天": 公示天数, not a day of anything
        return f"{step.group(0)}{label}"
    return label


def place_kind(question: str, label: bool = False):
    """A regex for the kind of place the question names ("哪个处室" -> an office), or None; with ``label``
    (regex, what a silent notice lacks)."""
    kinds = [kind for cue, kind in table().get("place_kinds", {}).items() if re.search(cue, question or "")]
    if not kinds:
        return None
    pattern = "|".join(f"(?:{k[0]})" for k in kinds)
    return (pattern, "、".join(k[1] for k in kinds)) if label else pattern


def holds(asked: AskedType, text: str) -> bool:
    """Whether ``text`` holds a value of the asked type."""
    return bool(asked.pattern.search(text or ""))


def focus(question: str) -> str:
    """The question's topic: without the words that only make it a question (the table's question_words)
    or say which programme is meant."""
    text = _COMPARISON.sub(" ", topic_only(question or ""))
    text = without_a_not_a(text)  # "发不发", "给不给": the form of a yes/no question, not its topic
    text = _address().sub(" ", text)  # "王老师的电话": a person named by surname and title is the contact asked for
    # "区里能推几个": the level named (区), not a word pair 区里 no notice says; a space, not nothing, so that the words
    # after it segment as before ("区里最多报几个": 最多, which the notices say as 不超过, not 区最 + 多报)
    text = _LOCATIVE.sub(" ", text)
    return _question_words().sub(" ", _without_adverbs(text))


# A level of government or a workplace said with a locative ("区里", "市里头", "省上", "县这边"): the notices name the level
# itself (各区县, 市各主管部门, 省人力社保厅), never the locative.
_LOCATIVE = re.compile(r"(?<=[区县市省])(?:里面|里头|这边|那边|里|上)(?![级报交送去来面])")


# A word limiting a premise's scope ("只能推3个", "仅限", "只有单位能报"): how much is claimed, never the topic.
_RESTRICTIVE = re.compile(r"^(?:只|仅|光|就只)")


def _without_adverbs(text: str) -> str:
    """``text`` without its one-character adverbs (jieba's ``d``: 只, 仅, 也, 还, 就 …; "一次性", "直接" say what is
    asked and stay) and restrictive words (只能, 只有): they
    scope what is said and glue onto the words beside them once question words are cut out ("每个区只能推" left
    "区只", a topic no sentence shares)."""
    from assistant.retrieval.segment import tags

    return "".join(" " if (flag == "d" and len(word) == 1) or _RESTRICTIVE.match(word) else word
                   for word, flag in tags(text))


@functools.lru_cache(maxsize=1)
def _question_words() -> re.Pattern:
    return re.compile(table()["question_words"])


@functools.lru_cache(maxsize=1)
def _address() -> re.Pattern:
    """A person addressed by surname and title ("王老师", "沈老师", "叶主任"): the table's address row."""
    from assistant.extract.subject import SURNAMES

    return re.compile(f"[{SURNAMES}](?:{table()['address']['titles']}){table()['address']['not_title']}")
_PART_END = re.compile(r"(?<=[？?，,；;])")
_SPACE_END = re.compile(r"(?<=[\u4e00-\u9fff])\s+(?=[\u4e00-\u9fff])")
MIN_PART = 3  # "怎么报" stands as a question; "是吗", "对吧" lean on the part before them
# a stretch closed by a confirmation ("…主办的吧", "…，没错吧") asserts a premise of its own after a closed ask, when
# it is long enough to say one
_CONFIRM_END = re.compile(r"(?:对吧|是吧|没错吧|对不对|是不是|对伐|是伐|吧)[？?！!。\s]*$")
_MIN_PREMISE = 6


@functools.lru_cache(maxsize=1)
def _part_cue() -> re.Pattern:
    return re.compile(table()["part_cue"])


# a name quoted from a notice or its form ("“是否为两代表一委员”"), whose words are the name's, not the asker's
_QUOTED_NAME = re.compile(r"“[^”]{1,40}”")


def _asks_past_matter(piece: str) -> bool:
    """Whether ``piece`` asks beyond the matter it names ("…发哪个邮箱，有问题打哪个电话": 打哪个电话 asks, in the same
    piece as 有问题), so that it is an ask of its own, not the occasion of the next."""
    rest = re.sub(table()["contact"]["matter"], "", piece)
    return bool(_part_cue().search(rest)) and is_ask(rest)


def question_parts(question: str) -> list[str]:
    """The sub-questions of a message that asks two things ("能报吗？走什么渠道？", "名额多少，怎么报"), each
    long enough to stand. A stretch that asks nothing ("我们单位没建工会，") is the context of the ask after it
    and stays with it; a tag ("…就行了，是吧？") stays with the ask before it."""
    from assistant.chat.rules.conditional import is_case

    # "浙派工匠省里一共评多少个 杭州能分到几个": a terse writer's space between two asks ends the first, as a comma does
    spaced = _SPACE_END.sub("，", question or "")
    pieces = [p for p in _PART_END.split(spaced) if p.strip()]
    parts: list[str] = []
    carry = ""
    for piece in pieces:
        text = carry + piece
        if parts and not carry and _POINTING_BACK.fullmatch(_bare(piece)):
            parts[-1] += piece.rstrip()  # "证明人是不是得单位领导来当？…写他行不行？": the same ask, another candidate
            continue
        if parts and not carry and OR_ALTERNATIVE.match(_bare(piece)):
            parts[-1] += piece.rstrip()
            continue
        if parts and not carry and _NOTICE_TAG.match(_bare(piece)):
            parts[-1] += piece.rstrip()  # "…要不要给配套奖励，通知里有说吗": whether the notice says the ask before it
            continue
        if is_case(piece):  # "要是我们对哪个人选有意见，往哪儿提？": the case goes with the ask after it
            carry = text
            continue
        if re.search(table()["contact"]["matter"], piece) and not re.search(r"[吗呢？?]\s*$", piece.strip(" ，,")) \
                and not _asks_past_matter(piece):
            # "有啥搞不清的地方，该打哪个电话问": a matter one may have is the occasion of the ask after it, not an ask
            carry = text
            continue
        # "网上能查到的也要交？": a question mark makes an ask of its own, with or without a question word
        # "要交哪些材料，几份": a count in a unit of its own ("几份", "多少字") is an ask however short
        # "那栏他啥也没有，": a question word said as an indefinite (啥也没有, 什么都不会) asks nothing (language.asking)
        # "推荐表上有个“是否为两代表一委员”，": a question word inside a quoted name (a form's row) asks nothing
        said = _QUOTED_NAME.sub("“”", piece)
        if (_part_cue().search(said) and is_ask(said) or piece.rstrip().endswith(("？", "?"))) and (
                len(_bare(piece)) >= MIN_PART or (parts and not carry and count_unit(piece) is not None)):
            parts.append(text.strip())
            carry = ""
        else:
            carry = text
    if carry:
        if parts and parts[-1].rstrip().endswith(("？", "?")) and _CONFIRM_END.search(carry) \
                and len(_bare(carry)) >= _MIN_PREMISE:
            parts.append(carry.strip())  # "多少人能评上？另外是市科技局主办的吧": a premise asked after a closed ask
        elif parts:
            parts[-1] += carry.rstrip()
        else:
            return [question]
    parts = _with_bare_amounts(parts)
    return parts if len(parts) > 1 else [question]


def _with_bare_amounts(parts: list[str]) -> list[str]:
    """"有没有奖金，大概多少": an ask for a number that names nothing ("大概多少", "几个") asks it of the thing the
    ask before it named, and goes with it."""
    out: list[str] = []
    for part in parts:
        asked = _by_table(part)
        # "一个月多少", "每人给多少": the rate an amount is per (a month, a head, a year) names no thing of its own
        rest = re.sub(table()["per_rate"], " ", _question_words().sub(" ", part))
        bare = not re.search(r"[\u4e00-\u9fff]{2}", rest)
        # "按月给多少": an amount of money asked bare leans on the ask before it as a count does
        # only an ask for how much ("多少", "几"): "奖的钱要不要退" names money but asks whether, a yes/no of its own
        if out and bare and asked is not None and (asked.type == "count" or asked.values == "amount") and count_unit(
                part) is None and _HOW_MUCH.search(part):
            out[-1] += part
        else:
            out.append(part)
    return out


_HOW_MUCH = re.compile(r"多少|几|多大|多高|多长|多久|咋算|怎么算|怎么给|啥标准|什么标准")


# an ask that only points back with a pronoun and a tag of permission ("写他行不行", "那这样可以吗", "用她的行吗"): it
# asks the ask before it again of another case, and names no topic of its own
_POINTING_BACK = re.compile(r"(?:那|那么|那要是)?[\u4e00-\u9fff]{0,2}(?:他|她|它|他们|这样|那样|这个|那个|这种|那种)"
                            r"(?:的|来|去)?(?:行不行|可不可以|可以吗|可以不|行吗|行不|成吗|成不|好不好|算不算|算吗)")


# an ask about the notice itself, not a topic of its own: "通知里有说吗", "文件上有规定吗", "有没有写", "这个提到没"
_NOTICE_TAG = re.compile(r"^(?:那|这个|这些|这)?(?:通知|文件|政策|上面|里面|原文)?(?:里面?|上面?|中)?(?:有没有|有|没)?"
                         r"(?:说|写|提|规定|讲|明确)(?:过|到|明|了)?(?:吗|么|没有?|不|呢)?$")


# "要不要本人到场答辩，或者现场操作一手给专家看看？", "要交个税吗？还是说到手就是一万整？": a stretch opening with "or"
# offers another answer to the ask before it, which is one ask with it (plain 还是 also means "still": 还是要交吗)
OR_ALTERNATIVE = re.compile(r"^(?:那|那么)?(?:或者|或是|或者说|要么|抑或|还是说)")


def _bare(piece: str) -> str:
    return re.sub(r"[\s？?，,；;。！!]", "", piece)
