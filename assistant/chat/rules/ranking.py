"""Ranking a question's candidate sentences: each clause's best unit holding a value of the asked type, scored on
the question's topic and retrieval's order, and which of them are relevant enough to answer.

Split out of ``factual`` (the answer path) so that the comparison and the silent answer rank the same way.

Run with:  .venv/bin/python -m pytest -q tests/chat/test_answer_types.py
"""

from __future__ import annotations

import functools
import re
from dataclasses import replace

from assistant.chat.rules.answer_types import (
    AskedType,
    focus,
    table,
    threshold,
    type_words,
    untyped_weight,
)
from assistant.chat.rules.phrasing import asked_words
from assistant.chat.rules.procedure_words import step_terms
from assistant.chat.rules.quotes import FORM_ROW_WEIGHT, Pick, bigrams, is_form_row, typed_quote
from assistant.notices.tree import Corpus
from assistant.retrieval.rewrite import added_terms

__all__ = ["rerank", "notice_picks", "answering", "program_of", "money_rest", "heading_value", "spoken"]

RANK_STEP = 0.15  # each place down the retrieval list costs this share of a clause's score
SCANNED_PRIOR = 0.7  # a clause found by scanning the notice, not by retrieval
MIN_STATEMENT = 8  # characters: shorter is a form's field label, not a sentence stating a value
BARE_TOPIC_BIGRAMS = 2  # a topic this short is no topic: the question asks for the type alone
QUOTE_REWRITE_ROWS = ("own_case", "who_may")  # rewrite.toml rows whose terms also choose the quoted sentence
RELEVANCE_REWRITE_ROWS = ("hand_in", "selected")  # rewrite.toml rows whose terms count as the question's topic


def program_of(clause_id: str) -> str:
    return clause_id.split("#", 1)[0]


def _value(pick: Pick, prior: float) -> float:
    # When no unit shares a word with the question, retrieval's order decides, a form row last.
    tie = 1e-3 * prior * (FORM_ROW_WEIGHT if is_form_row(pick.quote) else 1.0)
    return pick.score * prior * (1.0 if pick.holds else untyped_weight()) + tie


def rerank(corpus: Corpus, query: str, clause_ids: list[str], asked: AskedType, depth: int = 5,
           scan: tuple[str, ...] = (), ranked: bool = True, topic_of: str | None = None,
           forms: bool = False, phrasing: bool = False) -> list[Pick]:
    """Picks of the retrieved clauses (and of every clause of the ``scan`` programmes), best first.

    Retrieval ranks whole clauses; a clause can win on shared programme words while its neighbour holds the
    sentence asked about. The retrieval order still breaks ties. Relevance is scored on the topic of
    ``topic_of`` (default ``query``); with ``phrasing`` (one plain ask for content) the asker's phrasing is no part
    of that topic (chat.rules.phrasing).
    """
    valued: dict[str, tuple[float, Pick]] = {}
    topic = focus(topic_of or query)
    if asked.type == "money" or asked.inner == "money":
        # The words that say a reward is asked ("奖金", "疗休养", "奖牌") name the type, not the topic: what is
        # left ("税前还是税后", "能带家属") must be in the sentence too, or the notice is silent on it.
        # When nothing is left ("能去疗休养吗"), the named reward is the topic after all.
        # A generic word for what one gets ("有哪些福利", "有啥好处", "待遇") names no reward: any unit holding one is on topic.
        topic = money_rest(topic) or _reward_words()[0].sub(" ", topic)
    elif asked.type == "contact":
        # "有问题找谁", "有事找谁咨询": the words asking for a contact (找谁, 电话) name the type, not a topic; with at
        # most two word pairs left ("有事找"), any sentence giving a contact is on topic (not a form's blank field)
        # The type's words are cut from the question before its question words are: "哪位老师" asks for a contact,
        # but once 哪位 is gone as a question word the 老师 left over would pass for a topic.
        rest = type_words("contact").sub(" ", focus(type_words("contact").sub(" ", topic_of or query)))
        topic = rest if len({g for chunk in rest.split() for g in bigrams(chunk)}) > BARE_TOPIC_BIGRAMS else ""
    elif asked.type == "place":
        # "交到哪里": handing in is what a place question asks about, not its topic; with nothing else left,
        # any sentence saying where things go is on topic. A thing named ("什么地址", "哪个邮箱") stays; papers said
        # generically ("材料交到哪里") are also the forms a notice names instead (申报表…报市总技协办).
        topic = re.sub(table()["hand_in_words"], " ", topic)
        papers = table()["handed_papers"]
        topic = f"{topic} {papers['forms']}" if re.search(papers["said"], topic) else topic
    # "本来打算评多少个", "评上的人拿多少奖金": the asker's verbs and adverbs no notice says are no point of the topic
    if phrasing:
        topic = asked_words(topic)
    # "材料啥时候得交上去" is about the submission: the notice's words for it (报送, 截止) are on topic too.
    topic = " ".join([topic, *added_terms(topic_of or query, only=RELEVANCE_REWRITE_ROWS)])
    steps = step_terms(topic_of or query) if asked.type == "actor" else ()
    # "谁来拍板定名单": the step is named in the notice's words (审定), for relevance and for the quote.
    topic = " ".join([topic, *steps])
    # The asker's own case ("我在技师学院当老师，能推我吗") asks about the conditions: the sentence is chosen with
    # the notice terms retrieval's rewriting added (推荐对象, 不作为推荐对象 …).
    extra = added_terms(topic_of or query, only=QUOTE_REWRITE_ROWS) + steps
    # "评上了发点什么？": nothing but the asked type is left of the question; any unit holding it is on topic.
    # Bigrams within each word left of the question, not across the gaps its question words left
    # ("认定 人" has 认定, not 定人).
    topic_grams = {g for chunk in topic.split() for g in bigrams(chunk)}
    bare = len(topic_grams) <= BARE_TOPIC_BIGRAMS
    for i, cid in enumerate(clause_ids[:depth]):
        clause = corpus.clause(cid)
        pick = _bare(typed_quote(clause, query, asked, extra_terms=extra, focus=topic), bare, topic_grams, asked, forms,
                     clause.title or "")
        valued[cid] = (_value(pick, max(SCANNED_PRIOR, 1 - RANK_STEP * i) if ranked else 1.0), pick)
    for program in scan:
        for clause in corpus.clauses(program):
            if clause.clause_id in valued:
                continue
            pick = _bare(typed_quote(clause, query, asked, extra_terms=extra, focus=topic), bare, topic_grams, asked, forms,
                         clause.title or "")
            if pick.holds or (forms and is_form_row(pick.quote)):  # a form's field answers a question about it
                valued[clause.clause_id] = (_value(pick, SCANNED_PRIOR), pick)
    _headed(valued)
    return [p for _, p in sorted(valued.values(), key=lambda t: -t[0])]


# A heading and the items under it ("（三）评审阶段（2023年4月）" over "由…专家…进行专业评审") are read as one text: the
# heading's value (a month, a count) belongs to the items under it, and their topic to the heading. ``_headed`` ranks
# the heading by its items' relevance, ``spoken`` lets the items speak with the heading's value; both by ``_under``.


def _under(item: str, heading: str) -> bool:
    """Whether the clause ``item`` stands under the heading ``heading`` (its id below the heading's)."""
    return item.startswith(heading + "/")


def _headed(valued: dict[str, tuple[float, Pick]]) -> None:
    """A heading holding the asked value dates or counts what is under it: where an item under it is on topic ("由…
    专家…进行专业评审" for "专家几月份评的") but holds no value, the heading is as relevant as that item."""
    for cid, (value, pick) in list(valued.items()):
        if not pick.holds:
            continue
        under = [p.relevance for c, (_, p) in valued.items() if _under(c, cid) and not p.holds]
        if under and max(under) > pick.relevance:
            valued[cid] = (value, replace(pick, relevance=max(under)))


def heading_value(pick: Pick, asked: AskedType) -> bool:
    """Whether a heading holds a value of the asked type itself ("（三）评审阶段（2023年4月）" for "专家几月份评的"):
    a heading is text, and the date in it dates the step it heads (a bare number and title state nothing)."""
    return asked.type in ("date", "count", "money") and pick.holds and bool(asked.pattern.search(pick.quote))


def spoken(corpus: Corpus, pick: Pick, asked: AskedType) -> tuple[str, ...]:
    """What a quote speaks by: the quote, and for a heading holding the asked value the step it heads as well
    ("（三）评审阶段（2023年4月）" speaks to "专家几月份评的" by the 专家…专业评审 under it)."""
    if not heading_value(pick, asked):
        return (pick.quote,)
    under = [corpus.clause(pick.clause_id).text.replace(pick.quote, " ", 1)] + [
        c.text for c in corpus.clauses(program_of(pick.clause_id)) if _under(c.clause_id, pick.clause_id)]
    # each stretch under the heading carries the heading's value, as the notice means it (the step's month)
    stretches = [seg for text in under for seg in re.split(r"[，。；,;：:\n]+", text) if seg.strip()]
    return pick.quote, "；".join(f"{pick.quote.strip()}{seg}" for seg in stretches)


@functools.lru_cache(maxsize=1)
def _reward_words() -> tuple[re.Pattern, re.Pattern]:
    """(a generic word for what one gets: "福利", "好处"; the frame of being awarded: "评上以后"): the table's
    ``[reward]``, beside the reward rows whose words it sorts."""
    rows = table()["reward"]
    return re.compile(rows["generic"]), re.compile(rows["awarded"])


def awarded_frame() -> re.Pattern:
    """The frame of being awarded ("评上以后", "认定后", "当选了"): the table's ``[reward] awarded``."""
    return _reward_words()[1]


def money_rest(topic: str) -> str:
    """A money question's topic without the words that say money is asked, or "" if nothing of two
    characters is left ("税前还是税后" is left of "奖金是税前还是税后"; nothing of "能拿多少奖金")."""
    # a generic word for what one gets ("评上以后会安排些啥": 安排) is no point of its own either
    rest = _reward_words()[0].sub(" ", _reward_words()[1].sub(" ", type_words("money").sub(" ", topic or "")))
    # how the sum is paid ("按月发的吧", "分月到账"): the manner table judges it against the amount's sentence, whose
    # silence on instalments is the answer, so it is no point of its own the notice must hold
    rest = _pay_manner().sub(" ", rest)
    # "评上了会给多少钱": a modal before the verb of giving ("会给", "能拿", "可以领") says no more than "给多少" does
    rest = _MODAL_GIVING.sub(" ", rest)
    return rest if any(len(chunk) >= 2 for chunk in re.split(r"[\s？?，,。！!]+", rest)) else ""


_MODAL_GIVING = re.compile(r"(?:会|能|可以|可|将|要|还|都|就)(?:给|发|拿|领|得到|有)")


@functools.lru_cache(maxsize=1)
def _pay_manner() -> re.Pattern:
    from assistant.chat.premise.manners import MANNER_FAMILIES

    family = next(f for f in MANNER_FAMILIES if f.label == "发放方式")
    manner = "|".join(f"(?:{p})" for p in family.members.values())
    return re.compile(f"(?:{manner})\\s*(?:发放|发给|发|给|付|拨付|拨|领取|领|到账|打)?")


_SEGMENT = re.compile(r"[，。；,;：:！？]")


def _bare(pick: Pick, bare: bool, topic_grams: set[str], asked: AskedType, forms: bool = False,
          heading: str = "") -> Pick:
    """A short topic ("认定多少人", "公示什么时候开始") is on topic wherever the value's own segment of the
    sentence names it ("中认定30名"), or the clause's heading does ("名额多少": 一、评选周期及名额 … 50名: a
    heading is text too); an empty one ("评上了发点什么") anywhere the value is."""
    if not bare or not pick.holds or len(pick.quote) < MIN_STATEMENT or (is_form_row(pick.quote) and not forms):
        return pick  # a field's label ("联系地址", "联系电话\t手机") holds a word of the type but states no value
    if topic_grams and not topic_grams & bigrams(heading) and not any(
            topic_grams & bigrams(seg) for seg in _SEGMENT.split(pick.quote) if asked.pattern.search(seg)):
        return pick
    return replace(pick, relevance=max(pick.relevance, threshold()))


def answering(picks: list[Pick], program: str | None = None, share: float = 1.0) -> list[Pick]:
    """Picks that hold the asked value and are relevant enough to answer (in ``program`` if given)."""
    return [p for p in picks if p.holds and p.relevance >= threshold() * share
            and (program is None or program_of(p.clause_id) == program)]


def notice_picks(corpus: Corpus, query: str, program: str, asked: AskedType) -> list[Pick]:
    """Every clause of one programme's notice, as picks answering ``query``, best first."""
    ids = [c.clause_id for c in corpus.clauses(program) if c.path]
    return rerank(corpus, query, ids, asked, depth=len(ids), ranked=False)
