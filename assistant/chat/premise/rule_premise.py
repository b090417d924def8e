"""A false premise about who may apply: "首席技师得在国企上班才能报的吧", "第四届数字工匠超过50岁就不能报了对吧",
"浙派工匠是不是只收45岁以下的".

The notice's conditions are a closed list (the checker's rules table), so a requirement or an age cap the asker
takes for granted and no row of the asked programme tests is not silence: it is no condition, and the answer
corrects it first ("不对，…的通知没有规定年龄限制"), then quotes what the notice does say on the point (the 40 周岁
of a share) or the scope of who may apply ("各类所有制经济"), cited. A row that does test it ("须60周岁以下")
leaves the premise to the factual path, which checks the number against that sentence.

Run with:  .venv/bin/python -m pytest -q tests/chat/test_rule_premise.py
"""

from __future__ import annotations

import functools
import re

from assistant.chat.rules.conditions import (
    Asked,
    attribute_lines,
    attributes,
    conditions_table,
    grouped,
    matching,
    overview_lines,
    rule_line,
    rules_of,
)
from assistant.chat.templates import status_lines

__all__ = ["premise_of_body", "premise_on_conditions", "premise_of_kind", "premise_of_rule", "rule_claim", "asserting_clause",
           "premise_stretch"]


@functools.lru_cache(maxsize=1)
def _patterns() -> tuple[re.Pattern, re.Pattern, re.Pattern]:
    row = conditions_table()["premise"]
    return re.compile(row["requires"]), re.compile(row["cap"]), re.compile(row["barred"])


@functools.lru_cache(maxsize=1)
def _scoped() -> tuple[str, int, str, str]:
    row = conditions_table()["premise"]
    return row["required_before"], row["gap"], row["waived_before"], row["denied_before"]


# an open question put before the verb ("学历是不是要本科以上", "是否需要党员"): asked, not taken for granted
_OPEN = re.compile(r"(?:是不是|是否|要不要|需不需要|需要不需要|用不用|得不得)$")


def _before(verbs: str, topic: str, attribute) -> bool:
    """Whether one of ``verbs`` scopes over the attribute's word: said right before it in the same clause, at most
    the table's gap apart ("要本科学历", "得是党员", "还要看职称"; "不看学历"), and not asked open ("是不是要…")."""
    _, gap, _, _ = _scoped()
    return any(not _OPEN.search(topic[:m.start()])
               for m in re.finditer(rf"(?:{verbs})[^，,。；;？?！!]{{0,{gap}}}?(?:{attribute.ask.pattern})", topic))


def _states_rule(topic: str, key: str, attribute=None) -> bool:
    """Whether the topic states a requirement ("得在国企才能报", "要党员吧": a requirement verb over the attribute's
    word) or, for a number, a cap ("超过50岁就不能报")."""
    requires, cap, barred = _patterns()
    if requires.search(topic):
        return True
    # not for a number ("是不是要在杭州交满几年社保"): a cap or a count is read above and checked against its sentence
    if attribute is not None and key not in _NUMBERED and _before(_scoped()[0], topic, attribute) \
            and not _before(_scoped()[3], topic, attribute):
        return True
    return key in ("age", "years", "local_years") and bool(cap.search(topic)) and bool(
        barred.search(topic) or requires.search(topic) or re.search(r"以下|以内", topic))


def _names_channel(text: str) -> bool:
    """Whether a premise names a body or channel the papers go through ("找区人社局推荐", "交到市总工会")."""
    from assistant.chat.premise import category_pattern

    found = category_pattern(text)
    return found is not None and found[0] == "channel"


def premise_on_conditions(text: str, r, deps, cites) -> str | None:
    """The correction of a requirement or cap on applicants the asked notice does not set, or None."""
    from assistant.chat.premise import bypassed
    from assistant.chat.routing import unreported, without_programme
    from assistant.chat.rules.factual_pick import asserts

    if len(r.programs) != 1 or not asserts(text, r) or bypassed(text) or _names_channel(text):
        # "自由职业的自己单独报就行，不用经过协会吧" is a premise about the route, checked against its sentence; so is
        # "自由职业者直接找区人社局推荐就可以了吧", which names the body to go through
        return None
    text = unreported(text)  # "我们单位领导说…": the speaker of a premise is no kind of applicant
    # "上面讲“必须是工会会员”。…入会时间有没有讲究": the notice's own words, quoted, are no premise of the asker's
    text = _QUOTED.sub(lambda m: "" if _notice_says(deps.corpus, r.programs[0], m.group(1)) else m.group(0), text)
    topic = without_programme(text)
    attribute = next((a for a in attributes() if a.ask.search(topic)), None)
    if attribute is None:
        return None
    if attribute.key in _NUMBERED and _SHARE.search(topic):
        return None  # "40岁以下的青年占比不低于五成吧": a share of a group, checked against the share the notice states
    program = r.programs[0]
    testing, _ = matching(rules_of(program), attribute)
    corpus = deps.corpus
    said = attribute.ask.search(topic).group(0)
    if testing and attribute.key not in _NUMBERED:
        # "自由职业的没单位就报不了了吧": a kind the notice rules on; its own 能 / 不能 settles the premise
        return _kind_checked(text, topic, program, Asked("attribute", attribute, said), deps, cites)
    if testing:
        return None  # a number the notice sets is checked against its sentence by the factual path
    short = corpus.meta(program).short_name
    silent = attribute.silent.format(said=said)
    waiver = _waiver(corpus, program, attribute)
    denied = _before(_scoped()[3], topic, attribute)
    if denied or not _states_rule(topic, attribute.key, attribute):
        # "杭州工匠不看学历的，对吧": the premise that no such condition is set, right where the notice sets none
        if not denied or attribute.key in _NUMBERED:
            return None
        lead = f"是的，{short}的通知" + (f"写的是“{waiver[2]}”" if waiver else f"没有{silent}") + "。"
        lines = [lead, *_waiver_lines(corpus, cites, waiver)] if waiver else [lead]
        if len(lines) == 1:
            lines += ["它对申报人的要求是：", *overview_lines(corpus, cites, program, compact=True)]
        return "\n".join(lines + status_lines(corpus, [program], deps.today))
    # "还要看职称的吧" against "不唯学历、不唯职称": the notice's own words that it is not required lead, cited first
    waived = _waiver_lines(corpus, cites, waiver) if waiver else []
    lines = attribute_lines(corpus, cites, program, Asked("attribute", attribute, said), text, deps.today)
    lines[0] = f"不对，{short}的通知没有{silent}，这不是它的申报条件。"
    if waiver:
        lines = [f"不对，{short}的通知写的是“{waiver[2]}”，没有{silent}，这不是它的申报条件。", *waived, *lines[1:]]
    lines = [ln for ln in lines if not ln.startswith("您的情况能否申报，通知未明确")]
    if attribute.key == "age":  # "我今年52了，是不是就没戏了": where the notice bars by age it is retirement
        retired = next(a for a in attributes() if a.key == "retired")
        barred = [g for g in grouped(matching(rules_of(program), retired)[0]) if g[0].kind.startswith("exclusion")]
        if barred:
            lines += ["与年龄相关，通知写的是：", *(rule_line(corpus, cites, g) for g in barred)]
    if len(lines) == 1:  # nothing on the point: what the notice does require of applicants, cited
        lines += ["它对申报人的要求是：", *overview_lines(corpus, cites, program, compact=True)]
    return "\n".join(lines + status_lines(corpus, [program], deps.today))


_NUMBERED = ("age", "years", "local_years")
_QUOTED = re.compile(r"[“\"]([^”\"]{2,60})[”\"]")


def _notice_says(corpus, program: str, words: str) -> bool:
    """Whether ``words`` (a stretch the asker quotes) stand in ``program``'s notice as written, spaces aside."""
    squeeze = lambda s: re.sub(r"\s+", "", s)  # noqa: E731 - the notices' own spacing ("40 周岁") is no difference
    said = squeeze(words)
    return any(said in squeeze(c.text) for c in corpus.clauses(program))


def _waiver(corpus, program: str, attribute) -> tuple[str, str, str] | None:
    """(clause ID, its sentence, the stretch) where ``program``'s notice says the attribute is not required ("不唯学历、
    不唯职称" for 职称, 学历), or None. The deepest clause holding it is the one that says it."""
    from assistant.notices.text import sentences

    said = re.compile(rf"(?:{_scoped()[2]})(?:{attribute.ask.pattern})")
    found = None
    for clause in corpus.clauses(program):
        if not clause.path or clause.path[0].startswith("附件"):
            continue
        for sentence in sentences(clause.own_text or clause.text):
            stretch = next((seg for seg in re.split(r"[，,；;。]", sentence) if said.search(seg)), None)
            if stretch:  # "坚持德才兼备、好中选优、不唯学历、不唯职称…": the listed items that waive, not the whole list
                stretch = "、".join(i for i in stretch.split("、") if re.match(_scoped()[2], i.strip())) or stretch
            if stretch and (found is None or len(clause.path) > len(found[0])):
                found = (clause.path, clause.clause_id, sentence.strip(), stretch.strip())
    return found[1:] if found else None


def _waiver_lines(corpus, cites, waiver: tuple[str, str, str]) -> list[str]:
    from assistant.chat.templates import local_id

    clause_id, sentence, _ = waiver
    return ["依据通知原文：", f"· {local_id(clause_id)}“{sentence}”{cites.mark(clause_id, sentence)}"]
# a share of a group said beside an age or years ("40岁以下的占比不低于五成", "青年要占一半"): the words for a share
_SHARE = re.compile(r"比例|占比|占[^，。？?]{0,4}(?:%|％|成|一半|半数)|百分之|[一二两三四五六七八九]成(?![员为立绩果本功熟型交])|%|％")
_OTHER_RULES = "其他相关规定（依据通知原文）："
# how a premise says a kind may apply ("也能报吧", "照样能推的吧", "不影响吧"), beside the barred words ("报不了") and
# those saying nothing is required of it ("对是不是工会会员没要求", conditions.toml denied_before)
_MAY = re.compile(r"(?:能|可以|可|照样|也|还)[^，,。？?]{0,3}(?:报|申报|评|参评|申请|推|推荐)|不影响|没影响|没关系|不碍事|不卡|没问题")


def _kind_checked(text: str, topic: str, program: str, asked: Asked, deps, cites) -> str | None:
    """A premise that a kind of applicant may not ("报不了", "不行") or may ("也能报吧") apply, against the notice's
    own 能 / 不能 for that kind: "不对，" or "是的，" leads the conditions answer. None when the notice's answer
    opens with neither (it lists the rows; the factual path answers)."""
    from assistant.chat.rules.kind_verdict import kind_profile, lead

    _, _, barred = _patterns()
    if not (barred.search(topic) or _MAY.search(topic) or re.search(_scoped()[3], topic)):
        # "入会时间有没有讲究，要不要满一年": the message says neither that the kind may apply nor that it may not; its
        # ask is about something else, which a verdict on the kind would not answer
        return None
    attribute = asked.attribute
    profile = kind_profile(dict(attribute.profiles), text)
    if profile is None:  # a kind with no field to check ("技工学校的老师", "民营的"): the sentence naming it decides
        return _scope_checked(topic, program, asked, deps, cites)
    testing, _ = matching(rules_of(program), attribute)
    decided = lead(deps.corpus, cites, program, profile, asked.said or attribute.label, testing, deps.today)
    verdict = "不能" if decided.startswith("不能") else "能" if decided.startswith("能") else None
    if verdict is None:
        return None
    right = (verdict == "不能") == bool(barred.search(topic))
    # the conditions answer's own lines after its lead, its header among them when the message read as a yes/no
    # question there too ("…也能报，是这样吗"): the header is written once, here
    rest = [line for line in attribute_lines(deps.corpus, cites, program, asked, text, deps.today)[1:]
            if not any(q in decided for q in re.findall(r"“([^”]+)”", line)) and line != _OTHER_RULES]
    lines = [("是的，" if right else "不对，") + decided] + ([_OTHER_RULES, *rest] if rest else [])
    return "\n".join(lines + status_lines(deps.corpus, [program], deps.today))


# A sentence leaving a kind out ("退休人员不作为推荐对象"), not one naming it among those included ("含技能人才培养院校、
# 教师", "各级各类所有制经济").
_EXCLUDING = re.compile(r"不作为|不得|不予|不能|不再|除外|不含|不包括|不属于|不在")
_PREDICATE_ONLY = re.compile(r"\s*(?:原则上|一律|均|都|也|不|可|应|须|必须)")


def _scope_checked(topic: str, program: str, asked: Asked, deps, cites) -> str | None:
    """A premise that a kind of applicant is left out ("技工学校的老师不在推荐范围里吧", "民营企业的是没份的吧"), for a
    kind the checker has no field for, against the notice's own sentence naming the kind: one that names it among
    those it is for ("含…教师", "各类所有制经济") corrects the premise, one that leaves it out agrees. None when the
    premise does not say the kind is left out, or no testing sentence names it."""
    from assistant.chat.rules.conditions import matching, rules_of

    _, _, barred = _patterns()
    attribute = asked.attribute
    if not barred.search(topic) or not attribute.words:
        return None
    testing, _ = matching(rules_of(program), attribute)
    found = []  # (group, the stretch naming the kind, whether it includes the kind)
    for group in grouped(testing):
        segments = [seg for seg in re.split(r"[，,；;。]", group[0].quote) if seg.strip()]
        at = next((i for i, seg in enumerate(segments) if attribute.words.search(seg)), None)
        if at is None:
            continue
        # a list of kinds whose predicate is the next stretch ("…事业单位工作人员…的人员,原则上不予推荐")
        holding = segments[at] + ("，" + segments[at + 1] if at + 1 < len(segments)
                                  and _PREDICATE_ONLY.match(segments[at + 1]) else "")
        found.append((group, holding.strip(), not _EXCLUDING.search(holding)))
    if not found or len({included for _, _, included in found}) > 1:
        return None  # no sentence names the kind, or the notice both includes and leaves out kinds of it
    group, holding, included = found[0]
    said = asked.said or attribute.label
    short = deps.corpus.meta(program).short_name
    lead = (f"不对，{short}的通知写的是“{holding}”，{said}在它的范围之内。" if included
            else f"是的，{short}的通知写的是“{holding}”。")
    return "\n".join([lead, "依据通知原文：", rule_line(deps.corpus, cites, group),
                      *status_lines(deps.corpus, [program], deps.today)])


# The fields a premise about a kind of applicant fills ("民营的不行是吧", "退休返聘的不能报是吧", "自由职业的也能报是吧").
# A message that also tells years, a union, a trade, results or titles tells the asker's own case, subject or not
# ("前年拿的…个人第一名，现在在上城一家民企…干了六年…是不是直接认定？").
_KIND_FIELDS = frozenset({"employer_type", "employment", "rehired", "role_type", "skill_level",
                          "is_highest_level_of_occupation", "facts_as_of"})


def premise_of_kind(text: str, profile: dict) -> bool:
    """Whether a message is a confirmation about a kind of applicant that does not speak of the asker ("民营的不行
    是吧", "得在国企上班才能报的吧"): the kind the extractor reads in it is the premise's, not a fact of the asker's,
    so the rules answer it, not the checker. Only when ``profile`` (what the extractor read) holds kinds alone: a
    message that also tells years, union, trade, results or titles is the asker's case, said without a subject."""
    from assistant.chat.routing import INTENT_PATTERNS, unreported
    from assistant.chat.rules.own_case import speaks_of_self

    # "我们厂里老李说首席技师一个区能报五六个，是这样伐": the frame reporting the premise, with the place its speaker is
    # in, is no part of the asker's case
    return (set(profile) <= _KIND_FIELDS and bool(INTENT_PATTERNS["confirm"].search(text or ""))
            and not speaks_of_self(unreported(text)))


# A clause stating what a notice requires: a rule word with a value of its own ("浙派工匠要求本职业干满10年才能报",
# "首届数字工匠要求在杭满一年", "浙派工匠有技师证就能报了吧", "要拿冠军才算数吧"), or a rule in itself (premise.asserted).
_REQUIRES = r"要求|规定|必须|须|得|才能|才可以|才行|才算|以上|以下|以内|不超过|最多|至少"
_VALUES = {"count", "level", "placing"}
# a value's rule word, or what the notice makes a value bring ("竞赛第一名直接认定了吧", "第一名不占名额吧", "有奖项就不受
# 年限限制吧"): a placing said with what it brings is a rule of the notice, whoever holds the placing
_RULE_WORDS = re.compile(rf"{_REQUIRES}|就能|就可以|就行|就够|满|直接认定|不占[^，,。；;]{{0,4}}名额|不受[^，,。；;]{{0,6}}限制")


def rule_claim(text: str) -> str | None:
    """The stretch of a confirmation message that asserts a rule of a notice, when the message also tells the
    asker's own case ("我做焊工刚好7年，浙派要求干满10年对吧"): a premise about the rule, to be answered and
    corrected before any check of the case. The asserting stretch runs from the first clause that states a rule
    with a value and is not about the asker, to the end of its sentence. None when no such clause, or when the
    message is no confirmation."""
    from assistant.chat.premise.asserted import asserted_kinds
    from assistant.chat.routing import INTENT_PATTERNS, confirms, unreported
    from assistant.chat.rules.own_case import opens_with_self, speaks_of_self
    from assistant.language.asking import clauses_of

    requires = _patterns()[0]
    # the confirmation may close the rule's clause before the case is told ("浙派得在浙江干满3年才够格吧？我才来了
    # 两年"), not only the message: routing.confirms reads an asking 吧 midway
    if not (confirms(text or "") and speaks_of_self(text)):
        return None
    for sentence in re.split(r"(?<=[。！!？?])", text):
        clauses = clauses_of(sentence)
        for at, clause in enumerate(clauses):
            kinds = set(asserted_kinds(clause))
            # a value (a count, a level, a placing) with a rule word, or a rule in itself ("只有单位推荐这一条路",
            # "评议公示那些用不着搞", "只要有高级技师证就够了"): the kinds the premise check settles
            # and a requirement said outright ("首席技师要党员才能报"), heard from someone ("我们车间主任讲…": who said it
            # is no case of the asker's)
            stated = (kinds & _VALUES and _RULE_WORDS.search(clause)) or kinds - _VALUES or requires.search(clause)
            if stated and not opens_with_self(unreported(clause)):
                # up to the next clause about the asker ("…要求在杭满一年，我够了吧": 我够了吧 is the case's ask)
                rest = clauses[at:]
                end = next((i for i, c in enumerate(rest) if i and opens_with_self(c)), len(rest))
                # and back over the clauses before it that say what it is of, asserting nothing and not about the
                # asker ("杭州工匠里世界技能大赛那一条，要拿冠军才算数吧": the contest the placing is said of)
                start = at
                while start and not opens_with_self(clauses[start - 1]) and not asserted_kinds(clauses[start - 1]):
                    start -= 1
                stretch = "，".join(clauses[start:at] + rest[:end])
                return stretch if INTENT_PATTERNS["confirm"].search(stretch) else stretch + "，对吧"
    return None


def asserting_clause(claim: str) -> str:
    """The clause of a ``rule_claim`` stretch that asserts the rule: the one the asker's case is read without."""
    from assistant.chat.premise.asserted import asserted_kinds

    clauses = claim.split("，")
    return next((c for c in clauses if asserted_kinds(c)), clauses[0])


# A requirement said outright ("要在杭干满5年吧"), not a state reached ("干满5年了", "就能报了吧" may be either).
_STRONG_RULE = re.compile(rf"{_REQUIRES}|要")


def premise_of_rule(text: str) -> bool:
    """Whether a confirmation that names no asker is a premise about a rule with a value ("杭州工匠要在杭干满5年吧"):
    the years the extractor reads in it are the rule's, not the asker's, so the rules answer it, not the checker.
    A clause stating a state reached ("在杭干满5年了") is a case said without a subject."""
    from assistant.chat.premise import claims
    from assistant.chat.routing import INTENT_PATTERNS
    from assistant.chat.rules.own_case import speaks_of_self
    from assistant.language.asking import clauses_of

    if speaks_of_self(text) or not INTENT_PATTERNS["confirm"].search(text or ""):
        return False
    valued = [c for c in clauses_of(text) if claims(c)]
    return bool(valued) and all(_STRONG_RULE.search(c) and "了" not in c for c in valued)


def premise_of_body(text: str) -> bool:
    """Whether a confirmation that names no asker says which body of the notice acts ("那个认定工作领导小组是市人社局
    出面牵头成立的，没错吧"): a premise about the notice, whose words ("认定工作") tell no work of the asker's."""
    from assistant.chat.premise.agents import acting_in
    from assistant.chat.routing import INTENT_PATTERNS
    from assistant.chat.rules.own_case import speaks_of_self

    if speaks_of_self(text) or not INTENT_PATTERNS["confirm"].search(text or ""):
        return False
    return bool(acting_in(text)) and bool(re.search(r"(?:是|由|归)[^，,。？?！!]{0,20}?的", text))


_CONFIRM_CLOSE = re.compile(r"(?:吧|伐|对吧|是吧|没错吧|对伐|对不对|是不是|对吗|是吗)[？?！!。]?$")


def premise_stretch(text: str) -> str | None:
    """The premise of a confirmation that the asker follows with a remark of their own and no second ask ("浙派工匠的
    奖金是各个市里自己发的吧，我们市人社的同志说到时候他们会通知", "…一百个左右吧？我们区才推了四个上去，感觉机会挺大
    的"): the clauses up to the one the confirmation closes. The remark tells of the asker, so it is no part of what is
    checked, and its words would pull the quote away from the premise's. None when the message goes on to ask, or
    does not go on about the asker."""
    from assistant.chat.rules.own_case import speaks_of_self
    from assistant.language.asking import clause_asks, clauses_of

    clauses = clauses_of(text or "")
    at = next((i for i, c in enumerate(clauses) if _CONFIRM_CLOSE.search(c)), None)
    if at is None or at == len(clauses) - 1:
        return None
    after = clauses[at + 1:]
    if not speaks_of_self(after[0]) or any(clause_asks(c) or _CONFIRM_CLOSE.search(c) for c in after):
        return None
    return "，".join(clauses[:at + 1])
