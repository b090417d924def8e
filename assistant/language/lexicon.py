"""The achievement vocabulary, kept as data (``data/lexicon.json``): the kinds of condition an achievement can speak
to, the words that point to each, the near misses that stop them, and the plans that are no achievement yet.

The checker matches by these words alone; the models of ``assistant.language.models`` take their hits as inputs.
"""

from __future__ import annotations

import re

from assistant.language.agency import has_cue, made_kinds, only_used
from assistant.language.datafiles import data_json as _json

__all__ = ["KINDS", "KIND_LABELS", "below_city_awards", "competition_events", "competition_words", "competition_names", "competition_pattern",
           "honour_named", "in_house", "irrealis", "kinds_of_groups", "lexicon_groups", "lexicon_hits", "names_trainee", "place_remark",
           "placing_story", "ruled_out", "unshown"]

KINDS = ("standards", "innovation", "ai_agent", "certificate", "training", "knack", "craft", "method",
         "transfer", "digital")
# Chinese names of the kinds, for messages (the conversation and the checker's reasons).
KIND_LABELS = {"standards": "标准化建设", "innovation": "技术革新、攻关", "ai_agent": "打造AI智能体",
               "certificate": "资质证书、科学技术类奖项", "training": "带徒传技、培养人才", "knack": "绝技绝活",
               "craft": "传统工艺", "method": "先进操作方法", "transfer": "科技成果转化", "digital": "数字化改革、智能制造"}


def lexicon_groups() -> dict[str, tuple[str, ...]]:
    """The condition vocabulary groups (TERM_GROUPS), kept as data in ``data/lexicon.json``."""
    return {k: tuple(v) for k, v in _json("lexicon.json")["groups"].items()}


def irrealis(clause: str) -> bool:
    """A plan or a wish (打算带徒弟, 正在申请专利) is not an achievement yet."""
    return bool(re.search(_json("lexicon.json")["irrealis"], clause))


def competition_events() -> tuple[str, ...]:
    """The words naming a competition (比赛, 大赛, 比武 …): ``competition`` in ``data/lexicon.json``, the one table."""
    return tuple(_json("lexicon.json")["competition"]["events"])


def competition_words() -> tuple[str, ...]:
    """The words naming a competition and the abbreviations that are names by themselves (省赛, 国赛): what the
    checker, the drafter and the near misses read as a competition spoken of ("一三年省赛拿了个第二")."""
    return (*competition_events(), *_json("lexicon.json")["competition"]["short"])


def competition_names() -> tuple[tuple[str, ...], tuple[str, ...]]:
    """(the words a competition's name may end in: the events and 锦标赛/挑战赛/选拔赛; the abbreviations that are
    names by themselves: 世赛, 国赛 …), from the same table, for the extractor's name readers."""
    table = _json("lexicon.json")["competition"]
    return (*competition_events(), *table["named"]), tuple(table["short"])


def competition_pattern() -> str:
    """A competition or its placing (拿了第三名, 进了前五, 银牌) as one alternation, from the same table; the
    abbreviations that are names by themselves (省赛, 国赛) name one too ("一三年省赛拿了个第二")."""
    return "|".join((*competition_words(), *_json("lexicon.json")["competition"]["placings"]))


def honour_named(clause: str) -> bool:
    """Whether ``clause`` names an honour conferred on a person (先进工作者, 十佳员工, 技术能手, 二等奖: ``honour`` in
    ``data/lexicon.json``, a class of words). The caller decides whether it also tells a deed."""
    honour = _json("lexicon.json")["honour"]
    return bool(re.search(honour["heads"], clause) or re.search(honour["conferred"], clause)) \
        or bool(below_city_awards(clause))


def below_city_awards(clause: str) -> list[re.Match]:
    """The honours or awards ``clause`` names with a body below the city (厂里评的技术革新一等奖, 公司的科技进步奖, 西湖区
    科技进步奖, 集团的先进集体: ``honour.below_city``): records no notice lists, whatever kind's words their names hold."""
    return [m for m in re.finditer(_json("lexicon.json")["honour"]["below_city"], clause) if m.group()]


def names_trainee(text: str) -> bool:
    """Whether ``text`` tells of someone trained (徒弟, 选手, 学员, 带的, 小王: ``trainee``): only there is a placing an
    apprentice's or a coached player's; 个人第四名 in the speaker's own words is the speaker's."""
    return bool(re.search(_json("lexicon.json")["trainee"]["pattern"], text))


def place_remark(clause: str) -> bool:
    """Whether ``clause`` only says the speaker's place in a record named before it (我排第三, 第二完成人)."""
    return bool(re.search(_json("lexicon.json")["honour"]["remark"], clause.strip()))


def placing_story(clause: str) -> bool:
    """Whether ``clause`` tells the story around a placing said before it (裁判讲跟第一只差零点几分, 可惜, 师傅安慰我
    说下回再来): the margin, regret, others' words about it, and the contest's own course (进了复赛就被刷了, 赛前集训了两个月,
    三个人一组: ``contest_story``); the caller checks that it names no kind of deed."""
    honour = _json("lexicon.json")["honour"]
    return bool(re.search(honour["story"], clause.strip()) or re.search(honour["contest_story"], clause.strip()))


def ruled_out(clause: str) -> set[str]:
    """Kinds a near-miss pattern rules out of ``clause`` (参加培训 is no training of others, by words or model);
    ``{competition}`` in a pattern stands for the competition words, ``{in_house}`` for an employer's own
    certification (``credential.in_house``)."""
    lex = _json("lexicon.json")
    events = "|".join(competition_words())
    near = {k for k, pattern in lex["near_misses"].items()
            if pattern and re.search(pattern.replace("{competition}", events).replace("{in_house}", _in_house()),
                                     clause, flags=re.IGNORECASE)}
    return near | (made_kinds() if only_used(clause) else set())


def _in_house() -> str:
    return _json("lexicon.json")["credential"]["in_house"]


def in_house(clause: str) -> bool:
    """Whether ``clause`` names a certification the employer itself gives (公司内部认证的…, 集团评定的…)."""
    return bool(re.search(_in_house(), clause))


def unshown(clause: str, hits: dict[str, str] | None = None) -> set[str]:
    """Kinds whose claim ``clause`` does not show (``kind_evidence`` in ``data/lexicon.json``): neither the kind's
    evidence pattern nor its own words (``hits``, the clause's ``lexicon_hits`` when not given) are in it. 能开好几种
    型号的机床 says a skill held, no feat beyond others, so it is no 绝活 however much it looks like one."""
    table = {k: v for k, v in _json("lexicon.json")["kind_evidence"].items() if k in KINDS}
    if hits is None:
        hits = lexicon_hits(clause)
    return {k for k, pattern in table.items() if k not in hits and not re.search(pattern, clause, flags=re.IGNORECASE)}


def lexicon_hits(clause: str) -> dict[str, str]:
    """Kind -> the words that matched, by the kind's patterns in ``data/lexicon.json`` (near misses excluded).

    A kind's words that lie inside a longer match of another kind are that kind's (``_subsumed``): 发明 in 国家技术发明奖
    is an award, in 发明了一种新的捆扎方法 a method; the neighbour keeps the kind only with words of its own elsewhere."""
    lex = _json("lexicon.json")
    excluded = ruled_out(clause)
    spans: dict[str, list[re.Match]] = {}
    for kind in KINDS:
        if kind in excluded:
            continue
        found = [m for p in lex["kind_terms"][kind] for m in re.finditer(p, clause, flags=re.IGNORECASE) if m.group()]
        if found:
            spans[kind] = found
    # an award's name below the city holds a kind's words as its name (厂里的技术革新一等奖): no deed of that kind,
    # unless the speaker's lead is told beside it (主导的工装改造获得了公司技术革新一等奖)
    # or the speaker's own deed is named inside it (厂里评了我的技术革新一等奖)
    records = [m for m in below_city_awards(clause) if not re.search(r"我的|自己的|本人的", m.group())]
    rest = "".join(clause[a:b] for a, b in _gaps(records, len(clause)))
    # or the award is said of a deed told before it (…改成伺服驱动，这个项目还拿了厂里的技改奖: 这个/这项/该 point back)
    if records and not ((m := has_cue("lead", rest)) and m.group()) and not _ANAPHOR.search(rest):
        spans["_record"] = records
    hits = {}
    for kind, found in spans.items():
        if kind == "_record":
            continue
        own = [m for m in found if not _subsumed(m, kind, spans)]
        if own:
            hits[kind] = own[0].group()
    return {k: hits[k] for k in KINDS if k in hits}


_ANAPHOR = re.compile(r"这个|这项|这套|这一|那个项目|那项|该项目|该成果|此项")


def _gaps(spans: list[re.Match], n: int) -> list[tuple[int, int]]:
    """The stretches of a text of length ``n`` outside ``spans`` (in order, not overlapping)."""
    edges = [0, *(x for m in spans for x in (m.start(), m.end())), n]
    return list(zip(edges[::2], edges[1::2], strict=True))


def _subsumed(m: re.Match, kind: str, spans: dict[str, list[re.Match]]) -> bool:
    """Whether another kind's match strictly contains ``m`` (the longer, more specific words decide)."""
    return any(o.start() <= m.start() and m.end() <= o.end() and (o.end() - o.start()) > (m.end() - m.start())
               for other, found in spans.items() if other != kind for o in found)


def kinds_of_groups(groups) -> frozenset[str]:
    """The achievement kinds that a condition's vocabulary groups (a pack's ``groups``) speak to."""
    mapping = _json("lexicon.json")["group_kinds"]
    return frozenset(mapping.get(g, g) for g in groups)
