"""Judgements over an applicant's words: which condition an achievement speaks to, digital work, role type.

Each judgement is a table of labelled examples (``data/*.jsonl``, the applicant's own kind of words, near misses
included) and a small model over sentence vectors (``assistant.language.models``). For achievements the model
also sees the clause's character n-grams and the hits of the lexicon kept as data (``assistant.language.lexicon``),
so a lexicon word alone does not decide (a near miss keeps its words); the reason names the lexicon word, the
condition's own wording or the nearest example. Negated clauses and plans support nothing.

Run ``python bench/classifiers.py`` for precision and recall on the held-out rows in ``eval/labels/``.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from typing import Literal

import numpy as np

from assistant.language.acts import mention
from assistant.language.agency import (
    chores,
    dismissal,
    disowns,
    led,
    made_kinds,
    own_part,
    plain_work,
    someone_else,
    the_units,
    without_setting,
)
from assistant.language.clauses import Clause, clauses, negated, says_none, says_unknown, subject_only
from assistant.language.datafiles import data_json
from assistant.language.denials import denied_kinds, names_prizes, names_whole, says_nothing
from assistant.language.lexicon import (
    KIND_LABELS,
    KINDS,
    irrealis,
    kinds_of_groups,
    lexicon_groups,
    lexicon_hits,
    ruled_out,
    unshown,
)
from assistant.language.models import (
    _EMBEDDER_NAME,
    Classifiers,
    Linear,
    _logistic,
    classifiers,
    prepare,
    weights_key,
    weights_path,
)
from assistant.language.status import bought, not_done, not_own, post_only
from assistant.language.whose import others_deed, subjectless, third_person

__all__ = ["KINDS", "digital_contest", "KIND_LABELS", "Match", "achievement_kinds", "checked_exception", "said_clauses", "says_no_achievement", "denied_only", "is_digital_occupation",
           "digital_judgement", "traditional_trade", "tool_aided_making", "controls_sector", "controls_reading", "digital_probabilities", "digital_margin",
           "role_type", "role_judgement", "lexicon_groups", "glossed",
           "set_embedder", "Classifiers", "Linear", "RoleType", "kinds_of_groups", "prepare", "weights_key",
           "weights_path"]

RoleType = Literal["frontline_technical", "management", "administrative"]
NO_ROLE = "none"  # the label of the role table's rows that describe no post
HOW_LEXICON, HOW_EXAMPLES, HOW_CONDITION = "词表", "例句", "条件原文"


@dataclass(frozen=True)
class Match:
    """Why an achievement speaks to a kind: how it matched (词表/例句/条件原文), the clause, and the evidence."""

    kind: str
    how: str
    clause: str
    evidence: str  # the word found, the nearest example, or the condition's wording
    score: float  # 1.0 for a lexicon word; a probability or cosine otherwise


def set_embedder(name: str) -> None:
    """Use the embedder registered under ``name`` (tests register a fake); refits the models."""
    _EMBEDDER_NAME[0] = name
    classifiers.cache_clear()
    _achievement_kinds.cache_clear()


# -- the judgements ----------------------------------------------------------------------------------------

def achievement_kinds(text: str, *, use_model: bool = True) -> dict[str, Match]:
    """The kinds of condition ``text`` speaks to, each with how it matched; negated clauses support nothing.

    Memoised: the checker asks about the same achievement for every rule, programme and what-if rerun, and a
    500-character achievement costs milliseconds (issue 17: a maximal profile took 3 s to check)."""
    return dict(_achievement_kinds(text, use_model))


@functools.lru_cache(maxsize=4096)
def _achievement_kinds(text: str, use_model: bool) -> dict[str, Match]:
    parts = affirmed_parts(text)
    if not use_model:
        found: dict[str, Match] = {}
        for clause, taken in parts:
            for kind, term in lexicon_hits(clause).items():
                if kind not in taken:
                    found.setdefault(kind, Match(kind, HOW_LEXICON, clause, term, 1.0))
        return {k: found[k] for k in KINDS if k in found}
    return _model_kinds(classifiers(), parts)


def affirmed_parts(text: str) -> list[tuple[str, frozenset[str]]]:
    """The clauses of ``text`` that can support a condition (not negated, not a plan), each with the kinds its
    context takes away: a later clause saying what the speaker's own part was (我负责测试, 我做项目文档), with no
    lead cue and no achievement word of its own, leaves the earlier clauses without a lead cue none of the
    things one makes (``agency.made_kinds``): 所在部门开发了一个AI客服，我负责测试提需求; an own part that is only
    chores (``agency.chores``) leaves them without any kind: 公司获得了省科技进步奖，我当时负责后勤; so does a clause
    saying what the organisation is or holds, where the speaker names no part of their own (``agency.the_units``), and
    one telling the deed of another person (``whose.third_person``: 团队的张工拿了省科技进步奖), and one that only
    mentions the kind's words as the topic of what the speaker attended, heard or read (``acts.mention``: 参加了标准宣贯
    培训, 听过技术革新讲座). A clause naming a thing
    made by an organisation or another person (``whose.others_deed``: 医院上了一套智慧病房系统) supports none of the
    things one makes. A negated clause saying
    the speaker had no part (我没参与, 不是我的) leaves the clauses before it out altogether."""
    said = clauses(text)
    # (干的也不是传统手艺: the subject cut off before a denied predicate is denied with it)
    denied = [not _said(c) or i + 1 < len(said) and not _said(said[i + 1]) and subject_only(c.text, said[i + 1].text)
              for i, c in enumerate(said)]
    disowning = [i for i, c in enumerate(said) if denied[i] and disowns(c.text)]
    disowned = max(disowning, default=-1)
    # 不是我起草的，而是我们总工牵头编的: the 而是 clause after a disowning one says who did it instead
    instead = {i + 1 for i in disowning if i + 1 < len(said) and someone_else(said[i + 1].text)}
    wished = {i for i, c in enumerate(said) if irrealis(c.text)}
    # 方案还没批下来, 还在实审, 最后没拿到名次, 明年要搞: not done yet (``status.not_done``)
    wished |= not_done([c.text for c in said])
    for i in range(1, len(said)):  # 准备以后自己也总结一下, cut at 也: the wish spans the clauses a connective cut
        joined = re.search(re.escape(said[i - 1].text) + r"[^，,。．；;！!？?\n]{0,3}" + re.escape(said[i].text), text)
        if joined and irrealis(joined.group()):
            wished |= {i - 1, i}
    kept = [without_setting(c.text) for i, c in enumerate(said)
            if not denied[i] and i not in wished and i > disowned and i not in instead]
    # a duty (``status.not_own``: 我负责写周报) supports nothing, but it still says what the speaker's own part was
    last = max((j for j, c in enumerate(kept) if own_part(c) and not lexicon_hits(c)), default=-1)
    taken = frozenset(KINDS) if last >= 0 and chores(kept[last]) else made_kinds()
    own = [not not_own(c) for c in kept]
    parts = [c for c, keep in zip(kept, own, strict=True) if keep]
    last = sum(own[:last]) if last >= 0 else -1  # its place among the clauses kept: those before it come before
    # 我们公司是高新技术企业，有二十多项专利: the unit's, not the speaker's; 我们班组长带出了好几个技师: a person's
    units = the_units(parts) | {i for i, c in enumerate(parts) if third_person(c)}
    for i, c in enumerate(parts):  # 老张发明了一个快速换模装置，还拿了专利: the second is 老张's too
        if i - 1 in units and third_person(parts[i - 1]) and subjectless(c):
            units.add(i)
    # 参加了标准宣贯培训, 听过技术革新讲座: the kind's words name what the speaker attended or heard, not a deed
    units |= {i for i, c in enumerate(parts) if mention(c)}
    return [(c, frozenset(KINDS) if i in units else taken if i < last and not led(c)
             else made_kinds() if bought(c) or others_deed(c) else frozenset())
            for i, c in enumerate(parts) if not post_only(c)]


def _said(clause: Clause) -> bool:
    """Whether a clause counts as said for the matcher: not negated, or negated only by words that deny no
    achievement (``benign_negation`` in ``data/lexicon.json``: 没出过一个不合格焊缝, 误差不超过0.1毫米, 在不停电的情况下,
    判断轴承坏没坏). A clause negated by the clause before it (a 、 list, 也没有) stays negated."""
    if not clause.negated:
        return True
    # an item sharing the negated verb phrase before it (没有稻草编的老式蓑衣、草鞋现在没人会了) is denied with it, even
    # where its own negation alone would deny no achievement (没人会了)
    if clause.shared or not negated(clause.text):
        return False
    pattern = data_json("lexicon.json")["benign_negation"]["pattern"]
    return not negated(re.sub(pattern, lambda m: "，" * len(m.group()), clause.text))


def said_clauses(text: str) -> list[str]:
    """The clauses of ``text`` the matcher reads as said (``_said``): 焊了二十年没出过一个不合格焊缝 is one."""
    parts = clauses(text)
    # (干的也不是传统手艺: the subject cut off before a denied predicate is denied with it)
    return [c.text for i, c in enumerate(parts) if _said(c) and not (
        i + 1 < len(parts) and not _said(parts[i + 1]) and subject_only(c.text, parts[i + 1].text))]


def says_no_achievement(text: str) -> bool:
    """Whether ``text`` states an absence of achievements (没有, 无): every clause denied, none of them only by
    words that deny no achievement (没出过差错 says something done well). Beside a denial, a clause that says there is
    nothing to show (白板一个, ``denials.says_nothing``) or only the plain work of the job (就是老老实实干活的,
    ``agency.plain_work``) tells nothing the denial left out: 一样都没有，就是老老实实干活的 is a no."""
    if says_none(text) and not said_clauses(text):
        return True
    if not text or says_unknown(text):
        return False
    parts = clauses(text)
    # "做的也不是传统手艺": the subject cut off before a denied predicate is that denial's, not a clause of its own
    subject = {i for i, c in enumerate(parts[:-1]) if not c.negated and parts[i + 1].negated and subject_only(c.text, parts[i + 1].text)}
    rest = [c for i, c in enumerate(parts) if i not in subject and not (c.negated and not _said(c))
            and not says_nothing(c.text)]
    return bool(parts) and len(rest) < len(parts) and all(not c.negated and plain_work(c.text) for c in rest)


# the deeds made in one's work: not the records the notices check by their own rows (certificates, awards), nor the
# people one trained
MADE = frozenset(KINDS) - {"certificate", "training"}


def denied_only(texts: list[str]) -> frozenset[str] | None:
    """The kinds of achievement ``texts``, each a denial (``says_no_achievement``), deny when every denied clause names
    a kind (革新没搞过, 标准没参与过, 没教过人: ``denials.denied_kinds``); None when one names none or says there is
    nothing (没什么成果, 一样都没有): that denial reaches every alternative. "革新没搞过" says nothing of the
    apprentices: the alternatives of kinds not named are not denied (docs/verdict-policy.md: 只有明说没有才是否)."""
    kinds: set[str] = set()
    for text in texts:
        # a denial's clauses are read together: in "徒弟嘛，也没正经带过" the kind is the topic, the predicate bare
        parts = clauses(text)
        denied = [c.text for c in parts if c.negated]
        named = frozenset().union(*(denied_kinds(c) for c in denied))
        if not named or any(says_nothing(c) or names_whole(c) for c in denied):
            return None  # 成果证书奖项统统没有: the whole named beside kinds is still the whole
        kinds |= named
        if any(not c.negated and dismissal(c.text) for c in parts):
            # the work dismissed as ordinary beside a denial: no deed of the work is left to tell (没什么绝活 就是老老
            # 实实干活 denies every made deed, the apprentices and the records unsaid); beside a denial of the records
            # too (就是普通干活的 啥奖也没有) nothing is left at all, a denial of every alternative
            if "certificate" in named or any(names_prizes(c) for c in denied):
                return None
            kinds |= MADE
    return frozenset(kinds) or None


def checked_exception(text: str) -> str:
    """The frame of ``text`` that excepts a thing from a denial of a record the notices check (证书除了一个平面设计师
    （四级）以外没有别的: up to its 没), or "" (``checked_exception`` in ``data/lexicon.json``). The excepted thing is a certificate,
    an award or a competition, for their own rows to judge, not a deed for the experts."""
    table = data_json("lexicon.json")["checked_exception"]
    m = re.search(table["frame"], text.strip())
    if not m or not re.search(table["topic"], m["topic"]):
        return ""
    return m[0]  # the topic (奖项方面), the excepted thing and the denial: no clause of it is a deed


def _units(parts: list[tuple[str, frozenset[str]]]) -> list[tuple[str, frozenset[str]]]:
    """What the model reads, each with the kinds its context takes away: every deed of the affirmed clauses (a
    clause joining two deeds, 建设智能工厂的同时开发了排产智能体, read deed by deed), a clause that only says what
    came of the one before it (效率提升了25%) read with it, one that goes on about the deed before it (``goes_on``) only in
    the whole, and, for several, all of them together
    (``units`` in ``data/lexicon.json``)."""
    cues = data_json("lexicon.json")["units"]
    merged: list[tuple[str, frozenset[str]]] = []
    for clause, taken in parts:
        outcome = re.search(cues["result"], clause) or re.search(data_json("context.json")["measure"], clause)
        if merged and outcome and not led(clause) and not deed_words(clause):
            before, was = merged[-1]
            merged[-1] = (f"{before}，{clause}", was | taken)
        elif merged and not led(clause) and not lexicon_hits(clause) and goes_on(merged[-1][0], clause):
            continue  # more about the deed before it: read in the whole, not alone
        else:
            merged.append((clause, taken))
    units = [(deed, taken) for clause, taken in merged
             for deed in (d.strip() for d in re.split(cues["coordinator"], clause)) if deed]
    whole = "，".join(c for c, _ in parts)
    if len(units) > 1 or (len(parts) > 1 and [u for u, _ in units] != [whole]):  # a tail left out: the whole still
        units.append((whole, frozenset().union(*(t for _, t in parts))))
    return units


def deed_words(clause: str) -> dict[str, str]:
    """The lexicon words of ``clause`` that name a deed: not a measured result (``context.json`` ``not_evidence``:
    换一次模具从四十分钟缩短到八分钟 says what came of the 作业法 before it, and is read with it)."""
    return {k: w for k, w in lexicon_hits(clause).items() if not re.search(data_json("context.json")["not_evidence"], w)}


def goes_on(before: str, clause: str) -> bool:
    """Whether ``clause`` (with no lexicon word and no lead cue) goes on about the deed ``before`` names (a lexicon
    word or a lead cue) rather than telling one of its own: no 我/本人/自己 of its own (自己搭了个故障诊断智能体，产线一报警
    就自动出维修方案; 摸索出软土地层里的姿态纠偏办法，管片错台从平均8毫米压到3毫米). Read alone, such a clause gets the
    kind of whatever example it resembles (an alarm, a precision in millimetres) though it tells no deed of its own;
    it is read only in the whole."""
    return bool((led(before) or lexicon_hits(before)) and not re.search(data_json("context.json")["self"], clause))


Scored = list[tuple[str, dict[str, float], set[str], dict[str, str]]]


def scored_units(model: Classifiers, parts: list[tuple[str, frozenset[str]]]) -> Scored:
    """Each unit the model reads (``_units``) with its probability per kind, the kinds ruled out of it (a near-miss
    pattern, its context (``affirmed_parts``), or a claim it does not show: ``lexicon.unshown``) and its lexicon
    words; fragments (等, 两项) left out."""
    out: Scored = []
    for unit, taken in _units(parts):
        if len(unit) < 4:  # a fragment left over from a split (等, 两项) says no achievement of its own
            continue
        words = lexicon_hits(unit)
        out.append((unit, model.kind_probabilities(unit), ruled_out(unit) | taken | unshown(unit, words), words))
    return out


Bar = float | dict[str, float]  # one bar for every kind, or a bar per kind


def _bar(bar: Bar, kind: str) -> float:
    return bar[kind] if isinstance(bar, dict) else bar


def picked(scored: Scored, p_kind: Bar, p_word: Bar, p_second: float, p_own: float = 1.01,
           p_disagree: float = 0.0) -> list[tuple[str, int]]:
    """The kinds found at these bars, each with the index of the unit that found it first.

    A unit speaks to a kind when the model gives it ``p_kind`` or more (``p_word`` when the unit has the kind's
    lexicon words; either may be a bar per kind) and the kind is not ruled out of it. One clause mostly speaks to
    one condition, so a second kind of the same unit needs ``p_second`` (操作法 that saved money is not also 技术革新
    unless the model is sure), or ``p_own`` when it has evidence of its own (``own_evidence``: 拿了两项发明专利，其中
    一项已转让给企业投产 is a patent and its transfer, each named by its own words). Where the lexicon and the model
    disagree (the unit has words of another kind, none of this one) the model's kind needs ``p_disagree``: a missed
    kind is only needs_review, a confident wrong one reads as met; and the kind of the unit's words is read first,
    so that the model's kind is the second one."""
    found: dict[str, int] = {}
    for i, (unit, probs, excluded, words) in enumerate(scored):
        worded = {k for k in words if k not in excluded}
        bar = {k: _bar(p_word, k) if k in words else max(_bar(p_kind, k), p_disagree if worded else 0.0)
               for k in KINDS}
        # a kind the unit's own words name comes before one the model alone finds (我的专利被一家工具厂买去生产:
        # the words say transfer, the model is surer of the patent's innovation, which the transfer brings anyway)
        ranked = sorted((k for k in KINDS if probs[k] >= bar[k] and k not in excluded),
                        key=lambda k: (k not in worded, -probs[k]))
        passed = [kind for j, kind in enumerate(ranked)
                  if j == 0 or probs[kind] >= p_second
                  or (probs[kind] >= p_own and own_evidence(unit, words, ranked[0], kind))]
        for kind in [*passed, *implied(unit, passed, excluded)]:
            found.setdefault(kind, i)
    return list(found.items())


def implied(unit: str, kinds: list[str], excluded: set[str] | frozenset[str]) -> dict[str, str]:
    """The kinds that ``kinds`` found in ``unit`` bring with them, each with the words that bring it
    (``data/implied.json``): the transfer of the speaker's own creation (我发明的节水阀授权给厂家生产, 自己研发的算法做成了
    产品) is also the creation, the innovation kind, unless the creation is an organisation's or another person's
    (高校的专利技术, 和高校联合研发的) or the kind is ruled out of the unit (someone else's deed)."""
    out: dict[str, str] = {}
    for kind in kinds:
        for other, rule in data_json("implied.json").get(kind, {}).items():
            if other in excluded or other in kinds or other in out:
                continue
            if (m := re.search(rule["creation"], unit)) and not re.search(rule["others"], unit):
                out[other] = m.group()
    return out


def own_evidence(unit: str, words: dict[str, str], first: str, kind: str) -> bool:
    """Whether ``kind`` has words of its own in ``unit`` beside those of the kind read first: both have lexicon
    words, at places apart (neither inside the other), the second's not inside a title (《工业互联网平台数据采集规范》
    names a standard's subject, not a digital project) and not a measured result (从两小时降到二十分钟 says what came
    of the deed, not a deed of its own: ``context.json`` ``not_evidence``)."""
    if first not in words or kind not in words:
        return False
    a, b = unit.find(words[first]), unit.find(words[kind])
    if a < 0 or b < 0 or a < b + len(words[kind]) and b < a + len(words[first]):
        return False
    titled = any(m.start() < b < m.end() for m in re.finditer(r"《[^》]*》", unit))
    return not titled and not re.search(data_json("context.json")["not_evidence"], words[kind])


def _model_kinds(model: Classifiers, parts: list[tuple[str, frozenset[str]]]) -> dict[str, Match]:
    """The kinds the model finds in the affirmed clauses, each clause alone and, for several, all together
    (``picked`` at the model's bars ``P_KIND``, ``P_WORD``, ``P_SECOND``, ``P_OWN``, ``P_DISAGREE``).

    The reason says how: the lexicon word when the clause has one, else the condition's own wording when the
    clause is that close to it, else the nearest labelled example."""
    scored = scored_units(model, parts)
    found: dict[str, Match] = {}
    for kind, i in picked(scored, model.P_KIND, model.P_WORD, model.P_SECOND, model.P_OWN, model.P_DISAGREE):
        unit, probs, excluded, words = scored[i]
        if kind in words:
            found[kind] = Match(kind, HOW_LEXICON, unit, words[kind], probs[kind])
        elif brought := implied(unit, [k for k in words if k != kind], excluded).get(kind):
            found[kind] = Match(kind, HOW_LEXICON, unit, brought, probs[kind])
        elif (cond := model.condition_similarity(unit)[kind])[0] >= model.COS_CONDITION:
            found[kind] = Match(kind, HOW_CONDITION, unit, cond[1], probs[kind])
        else:
            found[kind] = Match(kind, HOW_EXAMPLES, unit, model.nearest_example(unit, kind), probs[kind])
    return {k: found[k] for k in KINDS if k in found}


def glossed(text: str) -> str:
    """``text`` with its Latin-lettered words of work spelled out in the Chinese words of their field
    (``data/latin_terms.json``): 做数字IC设计 -> 做数字芯片设计, 负责MES运维 -> 负责制造执行系统运维. The sentence embedder
    reads the letters poorly in a short description (做数字IC设计 named no post), the Chinese words well."""
    terms = _latin_terms()
    return _LATIN_WORD.sub(lambda m: terms.get(m.group().lower(), m.group()), text or "")


@functools.cache
def _latin_terms() -> dict[str, str]:
    """The Latin words of work, lower-cased once (``glossed`` runs on every description the models read)."""
    return {k.lower(): v for k, v in data_json("latin_terms.json")["terms"].items()}


_LATIN_WORD = re.compile(r"(?<![A-Za-z])[A-Za-z][A-Za-z0-9+]*(?![A-Za-z])")


def is_digital_occupation(text: str) -> bool | None:
    """Whether the occupation described is digital-economy work; ``None`` for no text, and for a borderline
    description (``digital_judgement``), which the notices leave to the review rather than to a yes or a no."""
    return digital_judgement(text)[0]


def traditional_trade(text: str) -> str:
    """The traditional trade or service post ``text`` names as the speaker's work, where what it says of the work
    names no digital work, whoever the employer (``data/trades.json``): 茶艺师（在一家互联网公司） -> 茶艺,
    某人工智能公司员工餐厅的厨师长 -> 厨师; 在茶叶公司做电商数据分析 -> "" (digital work at a traditional company),
    数控编程员 -> "" (编程 is digital work: the model's to judge, or the review's). The occupation then decides, as a
    stated fact would: a traditional trade at a digital company is not digital work (docs/verdict-policy.md)."""
    if not text or not text.strip():
        return ""
    table = data_json("trades.json")
    said = re.sub(r"[（(][^）)]*[）)]", "，", text)  # an aside says where, not what the work is
    said = re.sub(table["employer"], "，", said)  # 在一家互联网公司做茶艺师: the employer's name is not the work
    trade = re.search(table["trades"], said)
    if not trade or re.search(table["digital_work"], said):
        return ""
    return trade.group()


def digital_contest(text: str) -> str:
    """The words of a contest's name that say it is of the digital economy (``data/trades.json``'s
    ``digital_contest``): 省数字技能大赛 -> 数字技能, 杭州市数字经济职业技能竞赛 -> 数字经济; "" when its name says neither."""
    found = re.search(data_json("trades.json")["digital_contest"]["pattern"], text or "")
    return found.group() if found else ""


def digital_probabilities(text: str) -> dict[str, float] | None:
    """The occupation model's probability of each class (digital, not_digital, borderline: ``models.OCCUPATION_CLASSES``)
    for ``text``; ``None`` for no text."""
    if not text or not text.strip():
        return None
    from assistant.language.titles import without_level

    model = classifiers()
    said = without_level(glossed(text))  # the level said with a title (数控高级技师) says nothing about the field
    x = model.occupation_features([said], model.vector(said)[None, :])
    scores = np.asarray(model.occupation_model.decision(x), dtype=np.float64)
    scores = scores.reshape(-1)
    if scores.size == 1:  # a model fitted on two classes (a test's table): the logistic of the one score
        positive = float(_logistic(scores)[0])
        return {str(model.occupation_model.classes[1]): positive, str(model.occupation_model.classes[0]): 1 - positive}
    probs = np.exp(scores - scores.max())
    probs /= probs.sum()
    return {str(c): float(p) for c, p in zip(model.occupation_model.classes, probs, strict=True)}


def digital_judgement(text: str) -> tuple[bool | None, float]:
    """(digital or not, the margin between the most probable label and the next); the judgement is ``None`` for no
    text, where the table's borderline class is the most probable, and where the margin is under ``digital_margin``
    in ``data/judgements.json``. The notice defines its scope by sectors (数字产业化、产业数字化、治理数字化、数据价值化),
    and a description the examples do not place clearly on either side (无人机飞手巡检电网, 外卖站点调度, 数控编程) is
    the reviewers' to judge, not a hard no. The margin was chosen by nested cross-validation on the probes' half A
    (``bench/classifiers.py --margin``).

    The work is judged, not the employer (``the_work``): 在一家服装厂做UI设计 is read as 做UI设计; where the work's own
    words leave it open (纺织厂做运维，管织布机和空压机: 运维 of what?) the whole description, employer and all, is
    read; where nothing names work at all (在国企上班, 这个工种是有高级技师的) there is no judgement."""
    if traditional_trade(text):
        return False, 1.0  # the trade decides, whatever the employer the description names
    work = the_work(text)
    if not work:
        return None, 0.0  # 在国企上班, 在一家科技公司工作: no work named, nothing to judge
    if tool_aided_making(work):
        return None, 0.0  # 数控编程, 三维激光扫描: the scope neither names nor excludes it (docs/verdict-policy.md)
    judged, margin = _judged_side(work)
    if judged is None and work != text.strip():
        return _judged_side(text)  # the work's own words leave it open: the employer's trade says what they mean
    return judged, margin


def tool_aided_making(work: str, whole: str = "") -> str:
    """The digital tool ``work`` makes or measures physical things with (``tool_aided_making`` in
    ``data/judgements.json``), where it names no digital work of the notices' fields besides: 五轴数控编程 -> 数控,
    外业做三维激光扫描 -> 三维; 建模软件开发, MES运维 -> "" (the model judges them). A plant's controllers programmed
    (PLC: ``controls``) count where neither the work nor ``whole``, the description with its employer, names
    an automation or digital sector (``sector``): 醋厂发酵罐温控的PLC编程 -> PLC; 智能制造公司写PLC程序 -> ""
    (``controls_sector`` says which)."""
    table = data_json("judgements.json")["tool_aided_making"]
    aid = re.search(table["aids"], work)
    if aid and not re.search(table["digital"], work):
        return aid.group()
    control = _controls(work)
    if not control:
        return ""
    # PLC程序, PLC编程 name the controller's own program, not software work of the notices' fields
    rest = re.sub(f"(?:{table['controls']})(?:软件|程序|编程)?", "", work)
    if re.search(table["digital"], rest) or controls_sector(f"{work}，{whole}"):
        return ""
    return control.group()


def _controls(work: str) -> re.Match | None:
    """Where ``work`` says a plant's controllers are programmed (``controls`` in ``data/judgements.json``: PLC)."""
    return re.search(data_json("judgements.json")["tool_aided_making"]["controls"], work or "")


def controls_reading(work: str, whole: str = "") -> str:
    """How ``work``, said in ``whole`` (the description with its employer), reads where it programs a plant's
    controllers: "digital" where ``whole`` names an automation or digital sector (智能制造公司写PLC程序), "open" where
    ``tool_aided_making`` leaves it to the review (醋厂发酵罐温控的PLC编程), "" where no controllers are programmed or
    the work itself names digital work or a sector. The sector is searched once in each text: ``sector`` is an
    alternation of words with no comma, so it is found in "work，whole" exactly where it is in one of them."""
    if not _controls(work):
        return ""
    if controls_sector(whole):
        return "digital"
    return "open" if tool_aided_making(work) else ""


def controls_sector(text: str) -> str:
    """The automation or digital sector ``text`` names (``sector`` in ``data/judgements.json``: 智能制造, 工业互联网,
    数据采集…), where a plant's controllers programmed there read as digital work (docs/verdict-policy.md)."""
    m = re.search(data_json("judgements.json")["tool_aided_making"]["sector"], text or "")
    return m.group() if m else ""


def _judged_side(text: str) -> tuple[bool | None, float]:
    probs = digital_probabilities(text)
    if probs is None:
        return None, 0.0
    ranked = sorted(((p, _SIDE.get(c, c)) for c, p in probs.items()), reverse=True)
    margin = ranked[0][0] - ranked[1][0]
    if ranked[0][1] == "borderline" or margin < digital_margin():
        return None, margin
    return ranked[0][1] == "digital", margin


def the_work(text: str) -> str:
    """What ``text`` says of the work itself, without the employer it is done for (``the_work`` in
    ``data/judgements.json``): 在一家服装厂做UI设计 -> 做UI设计; "" where nothing but the employer, a verb of working or
    a level is said (在国企上班, 在一家科技公司工作, 这个工种是有高级技师的): the employer says where one works, not
    what one does."""
    if not text or not text.strip():
        return ""
    table = data_json("judgements.json")["the_work"]
    said = re.sub(r"[（(][^）)]*[）)]", "，", text)
    if not re.sub(table["empty"], "", said):
        return ""
    work = re.sub(table["employer"], "，", said)
    if not re.sub(table["empty"], "", work):
        return ""  # only the employer names anything: where one works, not what one does
    return work.strip("，, ")


# a two-class table's labels are the booleans' strings (a test's table with no borderline rows)
_SIDE = {"True": "digital", "False": "not_digital"}


def digital_margin() -> float:
    return float(data_json("judgements.json")["digital_margin"]["value"])


def role_type(text: str) -> RoleType | None:
    """frontline_technical, management or administrative for a description of someone's job; ``None`` if empty
    or if the words say nothing of the post (the table's ``none`` rows: "工会会员", "2019年来的杭州", "拿过省赛第一"),
    so that any clause about the present can be put to it ("天天在流水线上", "每天守着机床")."""
    role, _ = role_judgement(text)
    return role


def role_judgement(text: str) -> tuple[RoleType | None, float]:
    """The role ``text`` describes (None: no post, or no text) and the model's probability for it, so that a
    caller putting a clause with no word of a post to the model can ask for a sure answer."""
    if not text or not text.strip():
        return None, 0.0
    said = _CONCESSIVE.split(text.strip())
    if len(said) > 1 and len(re.sub(r"\W", "", said[-1])) >= 3:
        text = said[-1]  # "部门经理但还在带班干活", "虽然在车间，不过主要是管人": what follows the 但 is what one does
    text = glossed(text)  # 做数字IC设计: the letters spelled out in the words of their field
    model = classifiers()
    scores = model.role_model.decision(model.vector(text.strip(" ，,。"))[None, :]).reshape(-1)
    probs = np.exp(scores - scores.max())
    probs /= probs.sum()
    classes = [str(c) for c in model.role_model.classes]
    if hands_off(text) and "frontline_technical" in classes:
        # "技术总监，带三个研发组，代码很少写了": whoever says the hands-on work is rare now is not on the front line
        probs[classes.index("frontline_technical")] = 0.0
        probs /= probs.sum()
    best = int(probs.argmax())
    role = classes[best]
    return (None if role == NO_ROLE else role), float(probs[best])  # type: ignore[return-value]


_CONCESSIVE = re.compile(r"但是?|不过|可是|其实|实际上?|只是")
# hands-on work (写代码, 动手, 上手, 摸设备, 下车间 …) said to be rare or over: 很少, 不怎么, 基本不, 不再, or any
# negation word of the shared scope (没怎么上手)
_HANDS_ON = re.compile(r"(?:写|敲)代码|代码[^，。]{0,3}写|动手|上手|摸(?:设备|机床|机器|工具)|干活|下车间|下现场|去现场|"
                       r"上机|操作(?:设备|机床)|一线")
_LEAVE = re.compile(r"离开|脱离|告别|退出")
_RARELY = re.compile(r"很少|极少|几乎不|基本(?:上)?不|不怎么|不太|不再|没怎么|早就不|已经不|好久没|很久没")


def hands_off(text: str) -> bool:
    """Whether a clause of ``text`` says the hands-on work is rare or over (代码很少写了, 基本不上手了, 离开一线了),
    with no later clause taking it back (but: "管着二十人，但难活还是自己上手" has no such clause)."""
    for clause in re.split(r"[，,。；;！!？?]+", text):
        # 不在一线了 and 离开一线了 are off it; 从来没离开过一线 is on it
        if _HANDS_ON.search(clause) and (_RARELY.search(clause) or negated(clause) != bool(_LEAVE.search(clause))):
            return True
    return False
