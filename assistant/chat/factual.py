"""Factual answers: the sentence that holds the asked value, in the asked programme's notice, or a plain
"the notice does not say" when no sentence there holds one.

A question is typed (``answer_types``); each retrieved clause offers its best unit holding a value of that type
(``quotes.typed_quote``); for a concrete type (money, a date, a count, a contact, a place) the asked
programme's whole notice is searched too, so the right sentence is found even when retrieval ranked a
neighbouring clause first. Nothing relevant enough holds the value: the notice is silent, and the answer says
so first, gives the contact, and only then, labelled 参考 and uncited, what another programme says.
"""

from __future__ import annotations

import logging
import re
from dataclasses import replace

from assistant.chat import templates as compose
from assistant.chat.answer import Citations
from assistant.chat.answer_types import (
    AskedType,
    classify,
    focus,
    question_parts,
    step_terms,
    table,
    threshold,
)
from assistant.chat.combining import combines, combining_text
from assistant.chat.forms import with_cell_below
from assistant.chat.premise import (
    category_pattern,
    claims,
    correction,
    strip_channels,
    strip_claims,
    unit_pattern,
    waived_item,
)
from assistant.chat.quotes import _ASKS_FORM, Pick, asks_form_field, is_form_row
from assistant.chat.ranking import MIN_STATEMENT, answering, money_rest, program_of, rerank
from assistant.chat.self_apply import asks_self_application, self_application_pick, self_application_text
from assistant.chat.steps import next_step, steps_of, with_body
from assistant.chat.things import Thing, holding_units, holds_thing, is_paper_form, thing, thing_picks
from assistant.notices.tree import Corpus
from assistant.programs import program_ids

__all__ = ["answer_question"]

log = logging.getLogger(__name__)

_ASSERTING = re.compile(r"吧\s*[？?]?\s*$|是[^，。？?]{2,24}的吗|是真的吗|不是说|网上说|有人说|听人说|听人讲|听说|据说|是不是|必须|只要|就行|就能|就可以|才能|应该没问题")
_ASKS_NUMBER = re.compile(r"吗\s*[？?]?\s*$")
_YES_NO_SHAPE = re.compile(r"吗|么|能不能|可不可以|是否|有没有|要不要|需不需要|用不用|会不会|(\w)不\1|吧\s*[？?]?\s*$")
_WH = re.compile(r"哪|什么|啥|怎么|怎样|如何|多少|几")
MAX_PARTS = 3  # a message asking more is answered on its first three asks


def answer_question(text: str, r, deps, cites: Citations) -> str:
    """The offline factual answer (``r`` is the turn's Route). A two-part question ("能报吗？走什么渠道？")
    is answered part by part, each by the sentence holding its own type."""
    corpus = deps.corpus
    if combines(text, r.programs):  # "能同时报吗": no notice rules on it, whatever clause says 同时
        return combining_text(corpus, r.programs)
    # "可以个人自己报名吗", "可以自己报吗，还是必须单位推荐": how candidates come forward answers (a premise, '只能单位
    # 推荐的吧', is corrected below; a message asking more is answered ask by ask).
    if not r.confirm and all(asks_self_application(part) for part in question_parts(text)):
        programs = list(r.programs) or list(program_ids())
        own = self_application_text(corpus, programs, cites, deps.today)
        if own:
            return own
    retriever = deps.get_retriever()
    form_note = ""
    if not r.programs and _FORM_NAMES.search(text):
        # "推荐表里的主要事迹要写多少字": the form named names the programme, its current round if several have it
        named = _form_owner(corpus, text, deps.today)
        if named:
            r = replace(r, programs=(named[0],))
            form_note = f"（您没有说明是哪个项目；以下按{corpus.meta(named[0]).short_name}的{named[1]}回答。）\n"
    # An assumed edition is not a filter: "数字工匠提名奖" is answered by 首届 although 第四届 was assumed.
    program = r.programs[0] if len(r.programs) == 1 and not r.defaulted else None
    home = r.programs[0] if len(r.programs) == 1 else None
    hits = retriever.search(text, program=program, k=5)
    if not hits or not retriever.is_relevant(hits):
        # Retrieval's relevance gate judges whole clauses; for a concrete value asked of a named notice, the
        # notice itself is searched below and says "没有写明" when nothing in it holds the value.
        if not (program and hits and (_searches_notice(classify(text), text) or thing(text))) and not (
                program is None and _held_somewhere(corpus, text)):
            return compose.refusal_text(corpus, list(r.programs))
    ids = list(dict.fromkeys(h.clause_id for h in hits))
    parts = question_parts(text)[:MAX_PARTS]
    if len(parts) > 1:
        return _answer_parts(text, parts, ids, program, home, r, deps, cites)
    asked, picks, main = _answer_part(corpus, text, ids, home, r, whole=text)
    first_asked = asked
    if main is None:
        return _silent(text, first_asked, home, r, deps)
    answered = [main, *_second(asked, main, picks, form=bool(asks_form_field(text) or _FORM_NAMES.search(text)))]
    premise = _premise(text, r, answered)
    note = ""
    cited_programs = {program_of(p.clause_id) for p in answered}
    if r.defaulted and len(cited_programs) == 1:
        from assistant.programs import get_pack

        only = next(iter(cited_programs))
        if get_pack(only).current_of_series:
            note = f"（您没有说明是哪一届，以下按现行的{corpus.meta(only).short_name}回答。）\n"
    if first_asked.type in ("procedure", "actor"):  # "公示以后还要报谁批准": the next step
        answered = next_step(corpus, text, answered)
    # "公示完了还有什么程序" names a step to go on from: the next step answers, not the whole course.
    onward = bool(re.search(table()["next_step"], text))
    steps = steps_of(corpus, answered[0]) if first_asked.overview and not onward else []
    if not steps:
        answered = with_body(corpus, text, answered)
    if asks_form_field(text):  # "出生年月按什么格式填": the form's cell beneath the named field holds the answer
        answered = [replace(p, quote=with_cell_below(corpus.clause(p.clause_id).text, p.quote, text))
                    for p in answered]
    body = compose.qa_text(corpus, cites, text, [(p.clause_id, p.quote) for p in steps or answered], deps.today,
                           premise=premise, steps=bool(steps))
    return form_note + note + body


_FORM_NAMES = re.compile(r"推荐信息汇总表|推荐申报人员汇总表|汇总表|推荐表|申报表|推荐报告")


def _form_owner(corpus: Corpus, text: str, today) -> tuple[str, str] | None:
    """(programme, form name): the one programme in its current round whose attached form the question names;
    None when no form is named or it leaves more than one programme."""
    said = _FORM_NAMES.search(text or "")
    if not said:
        return None
    owners = [p for p in program_ids() if any(
        c.path and c.path[0].startswith("附件") and said.group(0) in (c.title or "") for c in corpus.clauses(p))]
    current = [p for p in owners if not corpus.round_status(p, today).superseded_by]
    return (current[0], said.group(0)) if len(current) == 1 else None


def _answer_parts(text: str, parts: list[str], ids: list[str], program: str | None, home: str | None, r, deps,
                  cites: Citations) -> str:
    """A message asking two or three things ("名额多少，怎么报"): each ask by the sentence holding its own type,
    under the ask it answers, or "没有写明" for that ask alone. An ask whose best sentence already answered an
    earlier one takes its next sentence holding its type; with none, it is silent."""
    corpus = deps.corpus
    retriever = deps.get_retriever()
    items: list[tuple[str, Pick | None, str]] = []
    for i, part in enumerate(parts):
        part_ids = list(dict.fromkeys(ids + [h.clause_id for h in retriever.search(part, program=program, k=5)]))
        # An ask carries the topic of the asks before it ("走什么渠道推荐" after "自由职业者可以申请吗"), never of
        # those after it ("哪些表" is not about the 纸质 or 电子 asked next).
        asked, picks, main = _answer_part(corpus, part, part_ids, home, r, whole="".join(parts[:i + 1]))
        used = {p.quote for _, p, _ in items if p is not None}
        if main is not None and main.quote in used:
            # Another sentence on this ask's topic answers it; with none, the one sentence answers both asks
            # ("要交哪些材料，交到哪里": 将推荐表…报送至市总工会经济工作部), never a false "没有写明".
            other = next((p for p in picks if p.holds and p.quote not in used and p.relevance >= threshold()
                          and (home is None or program_of(p.clause_id) == home)), None)
            # the same sentence answers again only when it is on this ask's own topic ("交到哪里" yes; "税前还是
            # 税后", after "给多少奖金", no)
            again = rerank(corpus, part, [main.clause_id], asked, topic_of=part)
            main = other or (main if again and again[0].quote == main.quote
                             and again[0].relevance >= threshold() else None)
        if home is None and main is not None and i == 0:
            home = program_of(main.clause_id)  # the asks of one message are about one programme
        if main is not None and main.relevance < threshold():
            main = None  # one ask of several must be on its own topic to be answered
        own = self_application_pick(corpus, home) if home and asks_self_application(part) else None
        if own is not None:  # "个人能不能自己报名？在哪报？": the first ask by how candidates come forward
            main = Pick(own[0], own[1], threshold(), True, threshold())
        # a guessed type names no value of its own: "税前还是税后" is silent on "您问的这一点", not on a date
        items.append((part, main, asked.label if asked.source == "table" else "您问的这一点"))
    if all(p is None for _, p, _ in items):
        return _silent(text, classify(parts[0]), home, r, deps)
    premise = _premise(text, r, [p for _, p, _ in items if p is not None])
    return compose.parts_text(corpus, cites, [(part, (p.clause_id, p.quote) if p else None, label)
                                              for part, p, label in items], deps.today, home, premise=premise)


def _answer_part(corpus: Corpus, text: str, ids: list[str], home: str | None, r,
                 whole: str | None = None) -> tuple[AskedType, list[Pick], Pick | None]:
    """The asked type, the ranked picks and the answering pick (None: the asked notice is silent). ``whole``
    is the whole message when ``text`` is one part of it: its topic ("自由职业者…") carries over."""
    asked = classify(text)
    categorical, actor = False, None
    held: list[Pick] = []
    # A premise with no value of its own ("要交体检报告吧") is checked the same way; one stating a value, a
    # waived item or a channel is settled against the sentence that states it, below.
    # "证书原件要交上去吗" is a yes/no question about papers: the thing (原件) decides it as for any yes/no rule.
    yes_no = asked.type == "yes_no" or (asked.type == "materials" and bool(_YES_NO_SHAPE.search(text))
                                        and not _WH.search(text))
    if yes_no and (not _asserts(text, r) or not (claims(text) or waived_item(text) or category_pattern(text))):
        # "要不要现场答辩": when no sentence of the asked notice holds the thing, a sentence about 评审 is no answer
        asked_thing = thing(text)
        if asked.type == "materials" and not (asked_thing and is_paper_form(asked_thing)):
            asked_thing = None  # "推荐表要交纸质的吗" is answered by the sentence saying 电子版: the type decides
        if asked_thing is not None and home:
            held = thing_picks(corpus, home, asked_thing, text)
            if not held:
                return replace(asked, label=asked_thing.label, thing=asked_thing.words), [], None
        elif asked_thing is not None:  # no programme named: the notices that hold the thing answer
            held = sorted((p for program in program_ids() for p in thing_picks(corpus, program, asked_thing, text)),
                          key=lambda p: -p.score)
    # One half of a two-part question keeps the topic of the whole ("自由职业者 … 走什么渠道推荐").
    scoring = text if whole is None or whole == text else f"{text} {focus(whole)}"
    if _asserts(text, r):
        # A premise's own value ("是5月搞的吧") must not pull the quote toward a sentence that repeats it.
        scoring = strip_claims(text)
        narrow = unit_pattern(text)  # "必须45岁以下？": the answer is the sentence that states an age
        waived = waived_item(text)
        if waived and not narrow:  # "推荐表不用单位盖章吧": the answer is the sentence that asks for it
            asked = replace(asked, type="materials", values="materials", label="所需材料", strict=True,
                            narrow=re.escape(waived))
        elif narrow:  # an asserted number makes it a question about that number ("占一半就行了吧")
            asked = replace(asked, narrow=narrow) if asked.strict else replace(
                asked, type="count", values="count", label="具体数量", strict=True, narrow=narrow)
        else:
            # A named category ("交到市总工会的吧", "要有高级技师证才能报吧") is the value asked about: the
            # answer is the sentence naming one of its kind, which need share fewer words with the question.
            category = category_pattern(text)
            if category and category[0] == "level":
                categorical = True
                asked = replace(asked, type="yes_no", values="yes_no", label="相关规定", strict=True,
                                narrow=category[1])
            elif category:  # a channel: where things go (报送至, 由…报送, 邮箱 …), else which body acts
                categorical = True
                actor = category[1]
                asked = replace(asked, type="place", values="place", label="具体地点或渠道", strict=True)
    # A question about a form ("汇总表的出生年月按什么格式填") is answered by the notice's own forms, which
    # retrieval ranks low: the asked notice is searched for a unit holding the value.
    form = asks_form_field(text)
    scan = (home,) if home and (asked.strict or form or (asked.type == "materials" and _ASKS_FORM.search(text))) else ()
    topic_of = whole or text
    if categorical and asked.type == "place":
        # The body the premise names ("省总工会评的吧") is its value, not its topic.
        topic_of = strip_channels(topic_of)
    picks = rerank(corpus, scoring, ids, asked, scan=scan, topic_of=topic_of, forms=form)
    if whole and whole != text:
        # One ask of several is on topic by its own words too ("交到哪里", beside "要交哪些材料"), as well as
        # by the whole message's ("走什么渠道推荐" after "自由职业者可以申请吗").
        own = {(p.clause_id, p.quote): p.relevance
               for p in rerank(corpus, scoring, ids, asked, scan=scan, topic_of=text, forms=form)}
        picks = [replace(p, relevance=max(p.relevance, own.get((p.clause_id, p.quote), 0.0))) for p in picks]
    log.info("qa type=%s(%s) home=%s top=%s", asked.type, asked.source, home,
             [(p.clause_id, round(p.score, 2), p.holds) for p in picks[:3]])
    if asked.type == "money" and money_rest(focus(topic_of)) and any(
            p.holds and (home is None or program_of(p.clause_id) == home) for p in picks):
        # Silent on "奖金打到哪个账户" is silent on that point, not on the amount the notice does state.
        asked = replace(asked, label="您问的这一点")
    if asked.strict:
        found = answering(picks, home, CATEGORY_SHARE if categorical else 1.0)
        # "是各市总工会往省里报的吧": with the body named taken out nothing is left but handing in, so the notice's
        # sentence saying where things go (else which body sends them) answers, whatever words it shares.
        bare = bool(actor) and _only_handing_in(topic_of)
        if not found and bare:
            found = _handing_in(picks, home)
        if not found and actor:  # no sentence says where things go: the one saying which body acts
            asked = replace(asked, narrow=actor)
            picks = rerank(corpus, scoring, ids, asked, scan=scan, topic_of=topic_of, forms=form)
            found = answering(picks, home, CATEGORY_SHARE)
            if not found and bare:
                found = _handing_in(picks, home)
        return asked, picks, (found[0] if found else None)
    in_home = [p for p in picks if home is None or program_of(p.clause_id) == home]
    if held and not any(asked_thing_in(held, p) for p in in_home[:1]):
        # The best-ranked unit does not hold the thing asked about: the best unit that does answers.
        return asked, picks, held[0]
    if held and _titled(corpus, held[0], asked_thing) and not _titled(corpus, in_home[0], asked_thing):
        # "要经过初审吗": the clause headed 初审 answers, not one mentioning 初审入围人员 in passing
        return asked, picks, held[0]
    if held:  # the best-ranked unit is one sentence of a run holding the thing: the run answers whole
        top = in_home[0]
        run = next((h for h in held if h.clause_id == top.clause_id and top.quote in h.quote), None)
        if run is not None and len(run.quote) > len(top.quote):
            return asked, picks, replace(top, quote=run.quote)
    if asked.type == "actor" and home and step_terms(topic_of):
        # Who does a named step: the asked notice is searched whole for the unit naming who does it; when none
        # does, retrieval's ranking decides as for any procedure question.
        scanned = rerank(corpus, scoring, ids, asked, scan=(home,), topic_of=topic_of)
        acting = _acting(corpus, [p for p in scanned if program_of(p.clause_id) == home], step_terms(topic_of))
        if acting:
            return asked, picks, acting
    return asked, picks, (in_home or picks or [None])[0]


def _only_handing_in(topic_of: str) -> bool:
    """Whether a question's topic, without the words of handing in ("往…报", "交到"), is too short to be one."""
    from assistant.chat.quotes import bigrams

    rest = re.sub(f"{table()['hand_in_words']}|往|报|交|送|省里|市里|区里|上面|上去", " ", focus(topic_of))
    return len({g for chunk in rest.split() for g in bigrams(chunk)}) <= BARE_TOPIC


BARE_TOPIC = 1  # bigrams: a topic this short ("是各") names nothing of its own; "评审 答辩" names two things
_SUBMITS = re.compile(r"报送|申报|上报|报至|送至|发送至|报市|报省|提交")


def _handing_in(picks: list[Pick], home: str | None) -> list[Pick]:
    """The picks of the asked notice holding the value whose sentence is about handing in (报送, 申报 …)."""
    return [p for p in picks if p.holds and (home is None or program_of(p.clause_id) == home)
            and _SUBMITS.search(p.quote)]


def _titled(corpus: Corpus, pick: Pick, asked_thing: Thing) -> bool:
    """Whether the pick's clause heading names the thing asked about."""
    return holds_thing(asked_thing, corpus.clause(pick.clause_id).title or "")


def asked_thing_in(held: list[Pick], pick: Pick) -> bool:
    """Whether ``pick`` is (within) one of the units holding the asked thing."""
    return any(pick.clause_id == h.clause_id and (pick.quote in h.quote or h.quote in pick.quote) for h in held)


def _held_somewhere(corpus: Corpus, text: str) -> bool:
    """"证书原件要交上去吗", no programme named: the thing asked about is in some notice, whatever retrieval's gate
    made of the whole question."""
    asked_thing = thing(text)
    return asked_thing is not None and any(holding_units(corpus, p, asked_thing) for p in program_ids())


def _searches_notice(asked: AskedType, text: str) -> bool:
    """A concrete value, or who acts on a named step: the asked notice is searched whole, past retrieval's
    gate."""
    return asked.strict or (asked.type == "actor" and bool(step_terms(text)))


def _acting(corpus: Corpus, picks: list[Pick], steps: tuple[str, ...]) -> Pick | None:
    """"最后谁来拍板定名单": the best unit naming an organisation or role that does the asked step (the step in the
    notice's words, 审定); None when no unit names one doing that step (the ranking then decides). A
    section's window that runs into its own step's clause gives way to that clause, which names the step alone;
    the clause that is the step ("2. 领导小组审定") comes before one listing it among others."""
    on_step = [p for p in picks if p.holds and any(t in p.quote for t in steps)]
    narrowest = [p for p in on_step if not any(o.clause_id.startswith(p.clause_id + "/") for o in on_step)]
    titled = [p for p in narrowest if any(t in corpus.clause(p.clause_id).title for t in steps)]
    return (titled or narrowest or [None])[0]


CATEGORY_SHARE = 0.5  # a premise naming a channel or a level: its value is the topic, half the relevance will do


def _second(asked: AskedType, main: Pick, picks: list[Pick], form: bool = False) -> list[Pick]:
    """A second quote only when it answers too: another unit of the same programme holding the asked type,
    relevant enough, and not far less relevant than the main one (second_share). Never filler: a form's
    blank field ("联系电话") answers only a question about the form."""
    for pick in picks[1:]:
        if (pick.holds and pick.relevance >= max(threshold(), float(table()["second_share"]) * main.relevance)
                and pick.quote != main.quote and program_of(pick.clause_id) == program_of(main.clause_id)
                and (form or (not is_form_row(pick.quote) and len(pick.quote) >= MIN_STATEMENT))):
            return [pick]
    return []


def _asserts(text: str, r) -> bool:
    """A confirmation question ("…对吧") or one that states a rule to be checked ("听说必须45岁以下？")."""
    # "一共认定15名吗？" asks whether a stated number is right, as "…对吧" does.
    return bool(r.confirm or _ASSERTING.search(text) or (_ASKS_NUMBER.search(text) and claims(text)))


def _premise(text: str, r, quotes: list[Pick]) -> str | None:
    if not _asserts(text, r):
        return None
    verdicts = [correction(text, p.quote) for p in quotes]
    wrong = [v for v in verdicts if v and v.startswith("不对")]
    if wrong:
        return wrong[0]
    return next((v for v in verdicts if v), None) if r.confirm else None


def _silent(text: str, asked: AskedType, home: str | None, r, deps) -> str:
    """No sentence of the asked notice holds the asked value: say so first, then the contact, then 参考."""
    corpus = deps.corpus
    if home is None:
        return compose.refusal_text(corpus, list(r.programs))
    try:
        from assistant.chat.routing import topic_only

        # Without the programme's name, so that retrieval is not narrowed back to the asked notice.
        wider = deps.get_retriever().search(topic_only(text), program=None, k=5)
    except Exception:  # noqa: BLE001 - 参考 is optional; the silent answer stands without it
        wider = []
    elsewhere = [p for p in answering(rerank(corpus, text, [h.clause_id for h in wider], asked))
                 if program_of(p.clause_id) != home
                 and (not asked.thing or holds_thing(Thing(asked.thing, asked.label), p.quote))]
    return compose.silent_text(corpus, home, asked.label, elsewhere[0] if elsewhere else None)
