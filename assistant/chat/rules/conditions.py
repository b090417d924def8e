"""Questions about the conditions themselves ("浙派工匠要什么条件", "有年龄限制吗", "公务员能报吗"), answered from
the asked programme's rules table: the checker's rows are the structured knowledge of the conditions, each
with its clause ID and quoted sentence.

An overview lists the basic conditions (hard and soft rows, the exclusions) and then the alternatives, "并符合
下列条件之一", one short quote each. A question about one attribute (age, years, level, union membership,
residence, civil servants, retirees, freelancers, …; the table is ``conditions.toml``) quotes the rows that
test it; when none does, the notice is silent on it, and the answer says so first, then quotes the scope or
the basic conditions as 参考, with the contact where the notice leaves a person's case open.

Questions with facts about the asker go to the eligibility checker before this (``routing.route``); false
premises, deadlines, quotas, money and materials stay with the factual path (``factual``).
"""

from __future__ import annotations

import functools
import re
import tomllib
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from assistant.chat.rules.own_case import tells_own_case
from assistant.chat.templates import local_id, status_lines
from assistant.language.asking import asks, clauses_of

if TYPE_CHECKING:
    from assistant.chat.answer import Citations
    from assistant.eligibility.model import Rule
    from assistant.notices.tree import Corpus

__all__ = ["Attribute", "Asked", "asked_about", "asks_rule_of_case", "asks_of_kind", "ask_clause", "told_clauses",
           "most_told", "names_kind", "conditions_answer", "attributes",
           # read by rule_premise, which answers a premise on the same rows
           "conditions_table", "rules_of", "matching", "grouped", "rule_line", "attribute_lines", "overview_lines"]

_TABLE = Path(__file__).with_name("conditions.toml")
# A confirmation or a rule the asker states ("听说必须45岁以下才能报？"): the factual path corrects premises.
_HEARSAY = re.compile(r"听说|据说|网上说|有人说|听人说|不是说|是真的吗")
_STATED_RULE = re.compile(r"必须|只要|才能|就能|就行|以下|以上|不超过|不能超过|满")
# An attribute question asks whether or what; "哪个机关负责评审" names a word of the table but asks neither.
_ASKS = re.compile(r"吗|么|算不算|属不属于|能否|能不能|可不可以|可以|行不行|有没有|要不要|会不会|是否|要求|限制|规定|需要|必须|得|几|多少|"
                   r"多久|多大|什么|啥|哪些|门槛|条件|呢|能(申报|报|评|参评|申请|参加)|不\s*[？?]?\s*$")
# "这样能报吗", "现在还能报吗": no kind of person is named before 能报.
# "个人能报吗", "单位能报吗", "行业协会能不能报" ask about a channel or a recommender, not a kind of person.
_NOT_A_PERSON = re.compile(r"什么|哪|怎|这|那|谁|啥|样|现在|今年|明年|去年|目前|今天|时候|已经|之前|以前|个人|单位|自己|本人|协会|社团|组织|部门|机构|工会")
# Answer types the factual path owns: the question asks for a date, an amount, a contact, a place, a step.
_OTHER_TYPES = frozenset({"money", "date", "contact", "place", "actor", "procedure"})
_CJK = re.compile(r"[\u4e00-\u9fff]")
# "我们单位没建工会，我还能报吗": the own case with an ask about applying asks how the rules treat that kind
_APPLY_ASK = re.compile(r"(?:还|也)?(?:能|可以|能不能|可不可以|能否)(?:再)?(?:报|申报|评|参评|申请|被推荐)")
_SAYS_KIND = re.compile(r"不予推荐|不得|不作为|不再|不受|直接认定")
OVERVIEW_QUOTE = 24  # characters of a quoted sentence in an overview line
ALTERNATIVE_QUOTE = 16  # an alternative's label says what it is; its quote only shows where
LABEL_SAID = 0.6
# Rows whose whole quoted sentence says what they require; an alternative's or an exemption's label says which.
_NOT_REQUIRED = frozenset({"alternative", "exemption", "direct", "info"})  # rows that require nothing of everyone
_LABEL_OPTIONAL = frozenset({"hard", "soft", "exclusion_hard", "exclusion_soft"})
MAX_ALTERNATIVES = 6

# What a row of each kind means for the asker, said beside its label.
KIND_NOTES = {
    "hard": "要求", "soft": "原则上要求", "alternative": "可选条件之一，满足所列条件之一即可", "exemption": "例外",
    "exclusion_hard": "不能申报", "exclusion_soft": "原则上不予推荐", "direct": "直接认定", "info": "说明",
}


@dataclass(frozen=True)
class Attribute:
    key: str
    ask: re.Pattern
    label: str
    silent: str
    fields: frozenset[str]
    words: re.Pattern | None
    fallback: str  # "scope" | "contact" | "overview" | "none"
    scope_fields: frozenset[str]
    info_answers: bool = False  # an info row quoting the words answers (自由职业者也可申请), not only 参考
    profiles: tuple[tuple[str, dict], ...] = ()  # said regex -> the kind of person as a profile (chat/kind_verdict)


@dataclass(frozen=True)
class Asked:
    kind: str  # "overview" | "attribute"
    attribute: Attribute | None = None
    said: str = ""  # the asker's word for the attribute ("公务员")


@functools.lru_cache(maxsize=1)
def conditions_table() -> dict:
    return tomllib.loads(_TABLE.read_text(encoding="utf-8"))


@functools.lru_cache(maxsize=1)
def attributes() -> tuple[Attribute, ...]:
    from assistant.chat.rules.answer_table import table

    not_title = table()["address"]["not_title"]  # "老师傅" is no teacher: one rule with the address reader's
    return tuple(Attribute(row["key"], re.compile(row["ask"].replace("<not_title>", not_title)), row["label"],
                           row["silent"], frozenset(row["fields"]),
                           re.compile(row["words"]) if row["words"] else None, row["fallback"],
                           frozenset(row["scope_fields"]), row.get("info_answers", False),
                           tuple(row.get("profiles", {}).items()))
                 for row in conditions_table()["attribute"])


@functools.lru_cache(maxsize=1)
def _patterns() -> tuple[re.Pattern, re.Pattern, re.Pattern]:
    t = conditions_table()
    return re.compile(t["not_conditions"]), re.compile(t["overview"]), re.compile(t["overview_filler"])


def asks_rule_of_case(text: str) -> bool:
    """Whether a message that tells the asker's own case asks what the rule says of it ("我在事业单位当科长，第四届
    数字工匠对我这种有啥说法", "…这条是硬性的吗"), the table's ``rule_of_case``, rather than to have it checked."""
    return bool(re.search(conditions_table()["rule_of_case"], text or ""))


@functools.lru_cache(maxsize=1)
def _ask_table() -> tuple[re.Pattern, re.Pattern, re.Pattern, re.Pattern, re.Pattern, int, int]:
    t = conditions_table()["ask_of_kind"]
    return (re.compile(t["kinds"]), re.compile(t["treats"]), re.compile(t["applies"]), re.compile(t["asker"]),
            re.compile(t["not_term"]), int(t["term_run"]), int(t["most_told"]))


@functools.lru_cache(maxsize=1)
def _rule_words() -> str:
    """Every rule's quoted sentence, of every programme: the words a thing may be asked to count as."""
    from assistant.programs import program_ids

    return "\n".join(rule.quote for p in program_ids() for rule in rules_of(p))


def _names_rule_words(said: str, run: int) -> bool:
    """Whether ``said`` holds ``run`` characters in a row of some rule's quoted sentence ("杭州市在职职工")."""
    words = _rule_words()
    plain = re.sub(r"[^\u4e00-\u9fff0-9]", "", said)
    return any(plain[i:i + run] in words for i in range(len(plain) - run + 1))


def ask_clause(text: str) -> str:
    """The last clause of ``text`` that asks ("…，第四届对我们这种担任领导职务的是什么说法" -> that clause), else ""."""
    return next((c for c in reversed(clauses_of(text or "")) if asks(c)), "")


# what an ask says of a thing only by pointing back at it ("这个算不算", "首席技师那边这种的能不能算"), the programme taken out
# (a pointer must be said: "第四届数字工匠能报吗" after "…兼职做数据标注" asks of the asker, not of the 兼职)
_POINTING = re.compile(r"(?:那么|所以)?(?:这个|这种|这样的?|这些|那个|那种|那些|那边|这边|那条|这条|这|那)"
                       r"(?:的|情况|成绩|名次|那边|这边|那条|这条)*")


# how far before the ask the kind may end and still be what it is said of: "派遣工", "香港身份的", "这个团体成绩那边",
# "部队里的年头"; "退伍后在杭州做焊工12年能报吗" has the kind far back, telling the case, not naming what is asked of
KIND_BEFORE_ASK = 4


def _kind_is_said_of(kinds: re.Pattern, said_of: str) -> bool:
    """Whether a kind ends the words the ask is said of, within ``KIND_BEFORE_ASK`` characters of the ask."""
    found = list(kinds.finditer(said_of))
    last = found[-1] if found else None
    return last is not None and len(re.sub(r"\s", "", said_of[last.end():])) <= KIND_BEFORE_ASK


def most_told() -> int:
    """Told clauses beyond this are a description of oneself, a case to check (``[ask_of_kind]`` ``most_told``)."""
    return _ask_table()[-1]


def told_clauses(text: str, before: int | None = None) -> int:
    """How many clauses of ``text`` (before its clause ``before``, else all) tell rather than ask: a few told around
    a question are the case it is asked about; many are a description of oneself to check."""
    return sum(1 for c in clauses_of(text or "")[:before] if not asks(c))


def asks_of_kind(text: str) -> bool:
    """Whether the ask clause of ``text`` asks how a rule treats a kind of case rather than for a check of the asker:
    the ask (算不算, 能不能合并, 能不能报 …) is said of a kind of case ("台胞能不能报", "这个团体成绩…算不算我个人的",
    "两段能合并吗"), or of a thing asked to count as a rule's own words ("这样算不算杭州市在职职工"). An ask said of the
    asker ("我能报浙派工匠吗", "我这种算不算") is a check, and so is any ask after more than a few clauses telling the
    case (a description of oneself, conditions.toml ``[ask_of_kind]``)."""
    from assistant.chat.routing import without_programme

    kinds, treats, applies, asker, not_term, run, most_told = _ask_table()
    clauses = clauses_of(text or "")
    for i in range(len(clauses) - 1, -1, -1):
        clause = clauses[i]
        found = treats.search(clause) or applies.search(clause)
        if found:
            break
    else:
        return False
    if told_clauses(text, i) > most_told:
        return False
    said_of = without_programme(clause[:found.start()])
    if asker.search(said_of):
        return False
    if _kind_is_said_of(kinds, said_of) and treats.search(found.group()):
        # only an ask of how it counts: "…，外籍的能报吗" after a case told is checked, the held-out eligibility half
        # lost two items (rows not looked at) when a kind before 能报 made it a rule question
        return True
    if i and _POINTING.fullmatch(said_of.strip()) and kinds.search(clauses[i - 1]):
        return True  # "我们是三个人组队的团体第二名，这个算不算我个人的": 这个 points back at the kind just told
    said = clause[found.end():]
    return bool(treats.fullmatch(found.group()) and found.group().startswith("算") and not not_term.search(said)
                and _names_rule_words(said, run))


# The attributes that are measures, not kinds of person: "我干了8年，能报吗" is a case to check.
_MEASURES = frozenset({"age", "years", "local_years", "skill"})


def names_kind(text: str) -> bool:
    """Whether ``text`` names a kind of applicant the table rules on ("没建工会", "事业单位", "退休返聘"), not a
    measure (age, years, level)."""
    from assistant.chat.routing import without_programme

    topic = without_programme(text or "")
    return any(a.ask.search(topic) for a in attributes() if a.key not in _MEASURES)


def asked_about(text: str, r) -> Asked | None:
    """Whether ``text`` (routed as ``r``) asks about the conditions: an overview or one attribute, else None."""
    from assistant.chat.premise import claims
    from assistant.chat.routing import without_programme
    from assistant.chat.rules.answer_types import classify, question_parts
    from assistant.chat.rules.out_of_scope import out_of_scope

    if len(r.programs) > 1 or r.confirm or _HEARSAY.search(text) or len(question_parts(text)) > 1:
        return None
    from assistant.chat.rules.asked_heads import asked_heads

    if asked_heads(text):  # "技师证拿到手要满几年": an attribute the rules table has no field for (持证年限, not 工作年限)
        return None
    if tells_own_case(text) and not (asks_rule_of_case(text) or _APPLY_ASK.search(text) or asks_of_kind(text)):  # "我们是事业单位，…有没有优先推荐谁的说法" asks another thing
        return None
    if claims(text) and _STATED_RULE.search(text):  # "要在杭州工作满2年吗": a premise to correct
        return None
    not_conditions, overview, filler = _patterns()
    topic = without_programme(text)
    if not_conditions.search(topic):
        return None
    asked_type = classify(text, vectors=False)
    if asked_type.source == "table" and asked_type.type in _OTHER_TYPES:
        return None
    found = None
    if _ASKS.search(topic) or asks_of_kind(text):  # "这种挂靠的算哪边的人" asks by its ask of a kind
        found = next(((a, m.group(0)) for a in attributes() if (m := a.ask.search(topic))), None)
    if found:
        attribute, said = found
        if attribute.key in _MEASURES and asks_of_kind(text):
            # "杭州工匠的10年学徒那几年算不算": the ask is said of a kind of span (学徒期, 两段, 服役), which the rows on the
            # measure do not decide; the notice's words on that kind, or its silence, answer (the factual path)
            return None
        if out_of_scope(text) and not (attribute.key == "residence" and "落户" not in text):
            return None  # "评上能落户吗": a benefit the notices do not cover, not a condition
        if asked_type.type == "materials" and attribute.key != "skill":
            return None
        return Asked("attribute", attribute, said)
    if out_of_scope(text):
        return None
    rest = filler.sub("", overview.sub("", topic))
    if overview.search(topic) and len(_CJK.findall(rest)) < 2:  # "推荐表有什么要求" has a topic of its own
        return Asked("overview")
    return _person(topic)


def _person(topic: str) -> Asked | None:
    """"党员能报吗", "民营企业的可以报吗": a kind of person the table does not list, asked about by name."""
    m = _person_pattern().search(topic)
    if not m or _NOT_A_PERSON.search(m.group("who")) or (len(m.group("who")) < 2 and not m.group("kind")):
        return None  # one character is a kind of person only with 的/人 after it ("女的")
    who = m.group("who") + ("的" if len(m.group("who")) < 2 else "")
    row = conditions_table()["person"]
    return Asked("attribute", Attribute("person", _person_pattern(), row["label"].format(said=who), row["silent"],
                                        frozenset(), re.compile(re.escape(who)), row["fallback"],
                                        frozenset(row["scope_fields"]), info_answers=True), who)


@functools.lru_cache(maxsize=1)
def _person_pattern() -> re.Pattern:
    return re.compile(conditions_table()["person"]["ask"])


def conditions_answer(text: str, r, deps, cites: Citations, context: tuple[str, ...] = ()) -> str | None:
    """The answer to a question about the conditions, or None when ``text`` asks something else. ``context``:
    the programmes the conversation is about; one of them answers a question that names none."""
    asked = asked_about(text, r)
    if asked is None:
        return None
    corpus = deps.corpus
    programs = r.programs or (tuple(context) if len(context) == 1 else ())
    if not programs:
        return _which(corpus, asked)
    program = programs[0]
    lines = []
    if r.defaulted:
        from assistant.programs import get_pack

        if get_pack(program).current_of_series:
            lines.append(f"（您没有说明是哪一届，以下按现行的{corpus.meta(program).short_name}回答。）")
    if asked.kind == "overview":
        lines += overview_lines(corpus, cites, program)
        lines.append("说说您的情况，我可以按这些条件逐条核对。")
    else:
        lines += attribute_lines(corpus, cites, program, asked, text, deps.today)
    lines += status_lines(corpus, [program], deps.today)
    return "\n".join(lines)


def rules_of(program: str) -> tuple[Rule, ...]:
    from assistant.eligibility.api import get_program

    # A row that only records the notice's silence (titles_silent: "已获称号（通知未作规定）") states no condition.
    return tuple(rule for rule in get_program(program).rules if "未作规定" not in rule.label)


def short_quote(quote: str, limit: int = OVERVIEW_QUOTE) -> tuple[str, bool]:
    """A prefix of ``quote`` ending at a pause when one falls late enough, and whether it was cut."""
    if len(quote) <= limit:
        return quote, False
    # A clause's pause first, a list's 、 only late in the window, else the window's end (the …… says so).
    strong = [m.start() for m in re.finditer(r"[，,；;：:。]", quote[:limit + 1]) if m.start() >= limit // 3]
    weak = [m.start() for m in re.finditer(r"、", quote[:limit + 1]) if m.start() >= limit * 2 // 3]
    return quote[:max(strong or weak or [limit])], True


def rule_line(corpus: Corpus, cites: Citations, rules: list[Rule], limit: int | None = None, note: bool = True,
          alone: bool = False) -> str:
    """One line for rows sharing one quoted sentence (BASIC: 在职职工、工会会员 are one sentence)."""
    head = rules[0]
    labels = [re.sub(r"（原则上）$", "", rule.label) for rule in rules]
    label = "、".join(dict.fromkeys(labels)) + ("（原则上）" if any(rule.label.endswith("（原则上）") for rule in rules) else "")
    quote, cut = short_quote(head.quote, limit) if limit else (head.quote, False)
    # An alternative is marked as one when it stands alone; under "并符合下列条件之一" the heading says so.
    plain = ("hard", "soft") if alone else ("hard", "soft", "alternative")
    kind = KIND_NOTES.get(head.kind, "") if note and head.kind not in plain else ""
    if kind and (kind in label or _SAYS_KIND.search(label)):  # "…原则上不予推荐" says it already
        kind = ""
    shown = f"“{quote}……”" if cut else f"“{quote}”"
    if not cut and head.kind in _LABEL_OPTIONAL and _said_by(label, quote):  # "在杭全职工作1年以上" needs no label before the same words
        return f"· {local_id(head.clause_id)}{shown}{cites.mark(head.clause_id, quote)}"
    return f"· {label}{f'（{kind}）' if kind else ''}：{local_id(head.clause_id)}{shown}{cites.mark(head.clause_id, quote)}"


def _said_by(label: str, quote: str) -> bool:
    """Whether the quoted sentence already says the label (most of its character pairs are in it)."""
    plain = re.sub(r"（[^）]*）|[“”\s]", "", label)
    pairs = {plain[i:i + 2] for i in range(len(plain) - 1)}
    return bool(pairs) and sum(p in quote for p in pairs) >= LABEL_SAID * len(pairs)


def grouped(rules: list[Rule]) -> list[list[Rule]]:
    groups: dict[tuple[str, str], list[Rule]] = {}
    for rule in rules:
        groups.setdefault((rule.clause_id, rule.quote), []).append(rule)
    return list(groups.values())


def overview_lines(corpus: Corpus, cites: Citations, program: str, compact: bool = False) -> list[str]:
    """The basic conditions, the exclusions, then "并符合下列条件之一" with the alternatives; one short quote each."""
    rules = rules_of(program)
    basic = [r for r in rules if r.kind in ("hard", "soft")]
    excluded = [r for r in rules if r.kind in ("exclusion_hard", "exclusion_soft")]
    alternatives = [r for r in rules if r.kind == "alternative"]
    others = [r for r in rules if r.kind in ("exemption", "direct")]
    name = corpus.meta(program).short_name
    lines = [] if compact else [f"{name}的申报条件（依据通知原文）："]
    lines += [rule_line(corpus, cites, g, OVERVIEW_QUOTE) for g in grouped(basic)]
    if not compact:
        lines += [rule_line(corpus, cites, g, OVERVIEW_QUOTE) for g in grouped(excluded)]
    if alternatives:
        lines.append("并符合下列条件之一：")
        lines += [rule_line(corpus, cites, g, ALTERNATIVE_QUOTE) for g in grouped(alternatives)[:MAX_ALTERNATIVES]]
    if others and not compact:  # exemptions and direct recognition, each says what it is
        lines += [rule_line(corpus, cites, g, OVERVIEW_QUOTE) for g in grouped(others)]
    return lines


def matching(rules: tuple[Rule, ...], attribute: Attribute) -> tuple[list[Rule], list[Rule]]:
    """The rows testing ``attribute`` (with the exemptions waiving them), and info rows that only relate to it."""
    def quoted(rule: Rule) -> bool:
        return bool(attribute.words and attribute.words.search(rule.quote))

    testing = [r for r in rules if r.kind != "info" and (attribute.fields & set(r.fields) or quoted(r))]
    ids = {r.id for r in testing}
    testing += [r for r in rules if r.kind == "exemption" and r not in testing and set(r.waives) & ids]
    related = [r for r in rules if r.kind == "info" and quoted(r)]
    if attribute.info_answers:
        testing, related = testing + related, []
    order = {id(r): i for i, r in enumerate(rules)}
    return sorted(testing, key=lambda r: order[id(r)]), related


def attribute_lines(corpus: Corpus, cites: Citations, program: str, asked: Asked, text: str = "",
                    today=None) -> list[str]:
    """The rows of ``program`` testing the asked attribute, each quoted whole; or the notice's silence first. A
    yes/no question about a kind of person ("自由职业能报吗") opens with 能 / 不能 and the deciding clause."""
    attribute = asked.attribute
    assert attribute is not None
    meta = corpus.meta(program)
    rules = rules_of(program)
    testing, related = matching(rules, attribute)
    decided = _decided(corpus, cites, program, asked, text, today, testing)
    if decided and (testing or not decided.startswith("通知没有")):
        rest = [g for g in grouped(testing) if g[0].quote not in decided]  # the deciding clause is quoted already
        header = "依据通知原文：" if decided.startswith("通知没有") else "其他相关规定（依据通知原文）："
        lines = [decided] + ([header] if rest else [])
        lines += [rule_line(corpus, cites, g, alone=True) for g in rest]
        if related:
            lines.append("相关规定：")
            lines += [rule_line(corpus, cites, g, note=False) for g in grouped(related)]
        return lines
    if testing:
        if all(r.kind in _NOT_REQUIRED for r in testing) and any(r.kind == "alternative" for r in testing):  # "要什么证书": only one of the alternatives names one
            lines = [f"{meta.short_name}的通知没有把{attribute.label}列为必备条件，只在以下规定中提到（依据通知原文）："]
        else:
            lines = [f"{meta.short_name}对{attribute.label}的规定（依据通知原文）："]
        lines += [rule_line(corpus, cites, g, alone=True) for g in grouped(testing)]
        if related:
            lines.append("相关规定：")
            lines += [rule_line(corpus, cites, g, note=False) for g in grouped(related)]
        return lines
    silent = attribute.silent.format(said=asked.said or attribute.label)
    # Where the conditions are a closed list (years, level, age), their silence is the answer: none is set. On a
    # kind of person (公务员, 自由职业者) the notice leaves the case open: say so, and who can settle it.
    open_case = attribute.fallback in ("scope", "contact")
    lines = [f"{meta.short_name}的通知没有{silent}" + ("，我不能凭猜测说能或不能。" if open_case else "。")]
    if related:
        lines.append("与此相关，通知写的是：")
        lines += [rule_line(corpus, cites, g, note=False) for g in grouped(related)]
    if attribute.fallback == "overview":
        lines.append("它对申报人的要求是：")
        lines += overview_lines(corpus, cites, program, compact=True)
    elif attribute.fallback == "contact":
        # "台胞能报吗": no sentence on the scope speaks to it (在职职工 says nothing of nationality); the contact
        # settles it, and nothing is cited for a claim the notice does not make
        if meta.contacts:
            lines.append(f"您的情况能否申报，通知未明确，请向发文单位咨询确认：{'；'.join(meta.contacts)}。")
    elif attribute.fallback == "scope":
        scope = [r for r in rules if r.kind in ("hard", "soft") and attribute.scope_fields & set(r.fields)]
        if scope:
            lines.append("参考：通知对申报对象是这样写的：")
            lines += [rule_line(corpus, cites, g, note=False) for g in grouped(scope)]
        if meta.contacts:
            lines.append(f"您的情况能否申报，通知未明确，请向发文单位咨询确认：{'；'.join(meta.contacts)}。")
    return lines


def _decided(corpus: Corpus, cites: Citations, program: str, asked: Asked, text: str, today, testing) -> str | None:
    """能 / 不能 for a yes/no question naming a kind of person the table has a profile for, else None."""
    from assistant.chat.rules.kind_verdict import asks_yes_no, kind_profile, lead

    attribute = asked.attribute
    profile = kind_profile(dict(attribute.profiles), text) if attribute and today and asks_yes_no(text) else None
    if profile is None:
        return None
    return lead(corpus, cites, program, profile, asked.said or attribute.label, testing, today)


def _which(corpus: Corpus, asked: Asked) -> str:
    """No programme named: ask which one, naming them (each has its own conditions)."""
    from assistant.programs import packs

    names = "、".join(corpus.meta(p.id).short_name for p in packs() if p.id in corpus.program_ids)
    attribute = asked.attribute
    if attribute is not None and attribute.fallback == "contact" \
            and not any(matching(rules_of(p.id), attribute)[0] for p in packs() if p.id in corpus.program_ids):
        # "驻场的算不算杭州市在职职工": no notice has a row on it, so no choice of notice changes the answer
        said = attribute.silent.format(said=asked.said or attribute.label)
        return f"{names}的通知都没有{said}，我不能凭猜测说能或不能；请说明您问的是哪一项，我告诉您该向哪个单位咨询。"
    what = "的申报条件" if asked.kind == "overview" else f"对{asked.attribute.label}的规定" if asked.attribute else "的规定"
    return f"这几个项目{what}各不相同，请问您问的是哪一个？本助手有：{names}。"
