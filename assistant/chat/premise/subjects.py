"""Whose value a premise asserts: the nouns, places, acts and qualifiers that tie a count to its subject, so that a
premise is checked against the value the notice states of the same thing ("协会能推4个人" against 协会's quota, not a
district's), and the clauses in which the asker says who they are.

Run with:  .venv/bin/python -m pytest -q tests/chat/test_premise_qualifiers.py tests/chat/test_premise_recipients.py
"""

from __future__ import annotations

import re

from assistant.chat.premise.counts import _claims_in_context
from assistant.chat.rules.own_case import asker_is
from assistant.notices.text import shared_pairs

_CLAUSE = re.compile(r"[，,；;。]")
_RECIPIENT = re.compile(r"\s*(?:对|向|给|为)(?!于)[\u4e00-\u9fff“”]{2,}")


def _said_of_another(context: str, quote: str, value: float, unit: str) -> str | None:
    """The clause of ``quote`` that speaks of the premise's subject when the asserted value is said of another
    subject there: two or more nouns of the premise's context that the value's own clause lacks are in another
    clause, which holds no value of that unit and none of the value's own subject's nouns ("对培育突出贡献单位颁发奖牌" beside "对突出贡献浙派工匠每人奖励
    1万元"). None otherwise."""
    clauses = [c for c in _CLAUSE.split(quote or "") if c.strip()]
    holding = [c for c in clauses if any(v == value and u == unit for v, u, _ in _claims_in_context(c))]
    if len(holding) != 1:
        return None
    asked = {w for w in _nouns(context) if len(w) > 1}
    extra = asked - _nouns(holding[0]) - {w for w in asked if w in holding[0]}
    # clauses in parallel, each opening with its recipient ("对突出贡献浙派工匠每人奖励 1万元…，对培育突出贡献单位颁发
    # 奖牌"): one noun of the premise's naming the other recipient is enough ("评上的单位也是奖一万块的吧")
    parallel = [c for c in clauses if _RECIPIENT.match(c)]
    least = 1 if holding[0] in parallel and len(parallel) > 1 else 2
    if len(extra) < least:
        return None
    # the clause of the premise's subject alone, not one naming both ("…工匠和培育…单位由省政府…颁发证书和奖金")
    theirs = {w for w in _nouns(holding[0]) if len(w) > 1} - asked
    found = sorted((sum(w in c for w in theirs), -sum(w in c for w in extra), i, c) for i, c in enumerate(clauses)
                   if c is not holding[0] and not any(u == unit for _, u, _ in _claims_in_context(c))
                   and sum(w in c for w in extra) >= least and (least == 2 or c in parallel))
    if found and 2 * found[0][0] < len(theirs):
        return found[0][3].strip()
    return None


def _nouns(text: str) -> set[str]:
    """The nouns of ``text`` (jieba's n*, vn, and the notices' own terms, which it tags x)."""
    from assistant.retrieval.segment import tags

    tagged = tags(text)
    # the word a distributive or a numeral points at is its noun, whatever jieba tags it ("每个县": 县 zg)
    pointed = {w for (_, before), (w, _) in zip(tagged, tagged[1:], strict=False)
               if before in ("r", "m") and re.fullmatch(r"[\u4e00-\u9fff]+", w)}
    return pointed | {w for w, flag in tagged if flag.startswith("n") or flag == "vn"
                      or (flag == "x" and len(w) > 1 and w.isalnum())}


def _same_subject(a: str, b: str) -> int:
    """How strongly two stretches speak of the same thing: a shared noun outweighs shared verbs and adverbs
    ("培育单位每次评选50个" is about 单位, like "培育突出贡献单位 30个", not like "每次评选…工匠 50名"); a one-character
    noun said in the other stretch counts too ("每个区" is about the 区县 of "各区县(市)总工会推荐不超过 4 名")."""
    na, nb = _nouns(a), _nouns(b)
    inside = sum(1 for x, other in ((na, b), (nb, a)) for w in x if len(w) == 1 and w in other)
    # a noun within one of the notice's compound terms is shared too ("工作" of "在杭全职工作", which jieba's
    # dictionary keeps whole)
    shared = (na & nb) | {w for w in na if len(w) > 1 and any(w in v or v in w for v in nb if len(v) > 1)}
    # a place named on both sides is the most particular subject ("我们是西湖区总工会的…能推8个" is about the 西湖区
    # of "滨江区、西湖区、余杭区可推荐不超过 6 名", not the 区县 in general of "各区县(市)总工会…4 名")
    named = _places(a) & _places(b)
    return 3 * len(shared) + 3 * len(named) + shared_pairs(a, b) + inside


def _act_fit(asked: str, stated: str) -> int:
    """How the act the asker counts fits the act a stated count is of: a count of those awarded ("认定名额30名") is
    the 认定 20 名's, not a body's 推荐名额 4 人 that shares the noun 名额: another act outweighs shared nouns (-8);
    the same act adds nothing, since the nouns still tell which count of the act ("培育单位每次评选50个" is the 单位' 30)."""
    said, there = _act(asked), _act(stated)
    return -8 if said is not None and there is not None and said != there else 0


# The acts a count is said of, as classes: those awarded or chosen, and those put forward.
_ACTS_COUNTED = {"award": re.compile(r"认定|评选|评出|评上|授予|表彰"), "put": re.compile(r"推荐|推|报送|上报|报")}


def _act(text: str) -> str | None:
    """The one act class ``text`` says a count of, or None when it says none or both."""
    found = [name for name, pattern in _ACTS_COUNTED.items() if pattern.search(text or "")]
    return found[0] if len(found) == 1 else None


def _notice_words(text: str) -> list[str]:
    """The notices' words for the asker's (``notices.vocabulary``: "年轻" -> 青年)."""
    from assistant.notices.vocabulary import expansions

    return expansions(text)


def _places(text: str) -> set[str]:
    from assistant.chat.premise.places import places

    return places(text)  # "在杭州" is the 在杭 of "在杭全职工作", "余杭区" the 余杭区 of a list of districts


# Mutually exclusive qualifiers a value may be attached to in a notice: a rank limit differs per competition
# class and level, a quota per kind of recommending body. A stated value whose own words name another member
# of a family than the question's is another qualifier's value, whatever words the two stretches share
# ("国家二类技能竞赛前六名…吧" is checked against "二类技能竞赛前三名", not "国家一类技能竞赛中前六名").
QUALIFIER_FAMILIES: dict[str, dict[str, str]] = {
    "竞赛类别": {"一类": "一类", "二类": "二类", "三类": "三类"},
    "竞赛级别": {"世界": "世界", "国家": "国家|全国|国赛", "省": "省(?:级|里|内|技能|职业|一类|二类|赛)|省赛",
                 "市": "市(?:级|里|内|技能|职业|一类|二类|赛)|市赛"},
    "个人或团体": {"个人": "个人", "团体": "团体|集体"},
    "推荐单位": {"区县": "区|县", "产业工会": "产业工会", "主管部门": "主管部门", "协会": "协会|学会"},
}


def _qualifiers(text: str) -> dict[str, set[str]]:
    out: dict[str, set[str]] = {}
    for family, members in QUALIFIER_FAMILIES.items():
        named = {m for m, pattern in members.items() if re.search(pattern, text or "")}
        if named:
            out[family] = named
    return out


def same_qualifier(asked_context: str, candidates: list, context_of, scope_of=None, strict: bool = False) -> list:
    """The candidates (stated values) not attached to another qualifier than the asker's: for each family the
    question names, a candidate naming members of it and none of the question's is dropped. A family the
    candidate's own words leave out is read in its ``scope`` (the sentence up to it: "省级一类技能竞赛前三名、二类技能
    竞赛第一名" — the 二类 item is 省级 too). All of them when that would leave none (the question's qualifier is
    not one the notice distinguishes), unless ``strict``: then none, the stretch being about other qualifiers only
    ("市级职业技能大赛第1名" says nothing of a 世界技能大赛 placing)."""
    asked = _qualifiers(asked_context)
    if not asked:
        return candidates

    def read(c) -> dict[str, set[str]]:
        own = _qualifiers(context_of(c))
        return {**(_qualifiers(scope_of(c)) if scope_of else {}), **own}

    kept = [c for c in candidates
            if not any(fam in q and not (q[fam] & named) for fam, named in asked.items() for q in [read(c)])]
    return kept if strict else (kept or candidates)


_CLAUSE_KEEP = re.compile(r"[^，,；;。？?！!]+[，,；;。？?！!]*")


def _without_identity(text: str) -> str:
    """``text`` without the clauses in which the asker says what they are ("我们是上城区人社局的")."""
    from assistant.chat.rules.own_case import opens_with_self

    return "".join(c for c in _CLAUSE_KEEP.findall(text or "") if not (opens_with_self(c) and asker_is(c)))
