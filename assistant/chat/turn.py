"""The chat core: ``respond(session, message) -> Answer``. The CLI, the REPL and the Gradio UI all call it.

Offline by default: a router decides what the message needs (clause Q&A, an eligibility check, a draft,
a comparison), and templates word the answer from retrieval, the checker and the drafter. With an LLM
configured, ``assistant.chat.agent`` words the answer instead, and its citations and verdicts are verified
against the corpus and the checker before anything is shown.

Run with:  assistant ask "第四届要求在杭工作满几年？" --json
"""

from __future__ import annotations

import copy
import dataclasses
import functools
import logging
import re
import time
from collections.abc import Iterator
from typing import TYPE_CHECKING

from assistant.chat import templates as compose
from assistant.chat.answer import Answer, Citations
from assistant.chat.case.brief import standing_line
from assistant.chat.case.home_city import said_city
from assistant.chat.case.said import asked_part
from assistant.chat.case.state import Session
from assistant.chat.case.trade_top import trade_top_note
from assistant.chat.comparison.compare import compare_each_attribute, compare_sides, compared_premise
from assistant.chat.deps import Deps, make_deps
from assistant.chat.drafting import continues_draft, draft_turn, take_draft_facts
from assistant.chat.premise import claims
from assistant.chat.premise.attributes import says_cycle
from assistant.chat.premise.background import background_first
from assistant.chat.premise.first import premise_first
from assistant.chat.premise.given import enough_restated
from assistant.chat.premise.notice_premise import notice_premise
from assistant.chat.premise.propositions import proposition_answer
from assistant.chat.premise.rule_premise import (
    asserting_clause,
    premise_of_body,
    premise_of_kind,
    premise_of_rule,
    premise_on_conditions,
    premise_stretch,
    rule_claim,
)
from assistant.chat.premise.self_doubt import AGREEING, exemption_lead
from assistant.chat.premise.step_order import order_answer
from assistant.chat.premise.sufficiency import premise_of_sufficiency, sufficiency_answer
from assistant.chat.privacy import PII_NOTE, screened
from assistant.chat.routing import (
    Route,
    analogy_rest,
    case_told,
    confirms,
    rhetorical_restated,
    route,
    topic_only,
    unreported,
    waiver_restated,
)
from assistant.chat.rules.case_rule import apply_ask_programs, asks_of_kind, asks_to_apply, rule_of_case
from assistant.chat.rules.choice import choice_of_rules, level_choice_restated, level_owner, level_premise
from assistant.chat.rules.combining import held_title_answer, held_title_span
from assistant.chat.rules.conditions import asked_about, conditions_answer, names_kind
from assistant.chat.rules.counts_as import silence, unnamed_kind, unruled_item
from assistant.chat.rules.factual import answer_question
from assistant.chat.rules.factual_pick import _yes_no_form, asserts
from assistant.chat.rules.follow_up import in_context
from assistant.chat.rules.mentions import mention_answer, mention_ask
from assistant.chat.rules.out_of_scope import out_of_scope
from assistant.chat.rules.own_case import speaks_of_self
from assistant.chat.rules.parts import answerable_part, asserted_premise
from assistant.chat.rules.self_apply import channel_premise
from assistant.chat.rules.sole_notice import owner_note, sole_owner
from assistant.chat.rules.stated import unstated_thing
from assistant.chat.rules.still_open import asks_still_open
from assistant.chat.rules.story import asks_stated_value
from assistant.chat.rules.told_case import without_told_case
from assistant.errors import ServiceError
from assistant.extract.patterns import LIGHT_APPLY
from assistant.extract.plausibility import clean_text, implausible
from assistant.language.ask_kind import asks_the_rules
from assistant.language.asking import asks
from assistant.language.dialect import fold_dialect
from assistant.normalize import normalize_text
from assistant.programs import packs

if TYPE_CHECKING:
    from assistant.eligibility.model import Verdict

__all__ = ["Deps", "make_deps", "respond", "respond_stream", "MAX_MESSAGE", "RETRIEVAL_DOWN"]

log = logging.getLogger(__name__)

MAX_MESSAGE = 2000
RETRIEVAL_DOWN = "抱歉，暂时无法检索通知原文："
_CJK = re.compile(r"[\u4e00-\u9fff]")


def respond(session: Session, message: str, deps: Deps | None = None) -> Answer:
    """Answer one message in the context of ``session`` (whose profile this turn may extend)."""
    answer = None
    for event in respond_stream(session, message, deps):
        if isinstance(event, Answer):
            answer = event
    assert answer is not None
    return answer


def respond_stream(session: Session, message: str, deps: Deps | None = None) -> Iterator[str | Answer]:
    """Yield text deltas while the answer forms, then the final, verified ``Answer``."""
    deps = deps or make_deps()
    text, notes = _clean(message)
    text, personal, only_personal = screened(text)  # nothing below reads, keeps or logs a personal number
    if personal:
        notes += (PII_NOTE,)
    if only_personal:  # "他身份证号是…，电话…": no question to answer, the draft and the check stay as they were
        answer = Answer(PII_NOTE, intents=("privacy",), notes=notes)
        session.remember(text, answer.text)
        yield answer.text
        yield answer
        return
    if not text:
        answer = Answer("请输入您的问题，例如：“第四届杭州数字工匠要求在杭州全职工作几年？”或“我1988年出生，做软件开发8年，能申报吗？”",
                        intents=("empty",), notes=notes)
        yield answer.text
        yield answer
        return
    clock: dict[str, float] = {}  # when the first model call began: the turn's deadline counts from there
    offline = _offline(session, text, deps, notes, clock)
    llm = deps.get_llm()
    if llm is None:
        yield offline.text
        final = offline
    else:
        from assistant.chat.agent import answer_with_llm

        final = yield from answer_with_llm(session, text, deps, offline, started=clock.get("model"))
    session.remember(text, final.text)
    session.asked_back = tuple(final.questions)
    log.info("turn intents=%s citations=%s mode=%s", final.intents, [c.clause_id for c in final.citations], final.mode)
    yield final


def _clean(message: str) -> tuple[str, tuple[str, ...]]:
    # the one edge fold (繁→简, zero-width, Wu words)
    text = fold_dialect(normalize_text(clean_text(message if isinstance(message, str) else ""))).strip()
    notes: tuple[str, ...] = ()
    if len(text) > MAX_MESSAGE:
        text, notes = text[:MAX_MESSAGE], (compose.CLIP_NOTE,)
    return text, notes


# The asker asks whether they themself qualify ("我中级工符合首席技师条件吗", "我这样能报浙派吗"): a check asked in
# words, which the reading by meaning (language.ask_kind) must not turn into a rule question (hypothesis found
# "主导制定团体标准2项我中级工符合首席技师条件吗。我已经退休了。能申报浙派工匠吗？" answered with a refusal).
# The one asked for may be the relative whose case was told ("我爸…高级工 厂里说他可以报浙派工匠 是真的吗" was answered
# as a premise about years): 他/她 asks that person's check as 我 asks the asker's
_ASKS_OWN_CHECK = re.compile(rf"[我他她俺][^，,。；;？?！!]{{0,12}}(?:能不能|能否|可不可以){LIGHT_APPLY}"
                             r"(?=$|[，,。？?！!\s吗么伐啊呀嘛])"  # "我想问问我能不能弄": applying said with a light verb
                             r"|[我他她俺][^，,。；;？?！!]{0,12}(?:符合|够格|够条件|够不够|有没有资格|(?:能|可以)(?:报|申报|评|申请|参评))"
                             r"[^，,。；;？?！!]{0,12}(?:吗|么|不|伐|[？?])"
                             # one's chances asked with no 我 ("这样有戏伐", "我这情况有没有希望", "能评得上不"): whose
                             # chances is the asker's, whatever the clauses before it told
                             r"|(?:有戏|有没有戏|有希望|有没有希望|评得上|评不评得上)[^，,。；;]{0,4}$"
                             r"|(?:有戏|有没有戏|有希望|有没有希望|评得上|评不评得上)[^，,。；;]{0,4}(?:吗|么|不|伐|没|啊|呀|[？?])")


def _offline(session: Session, text: str, deps: Deps, notes: tuple[str, ...],
             clock: dict[str, float] | None = None) -> Answer:
    """The deterministic answer: always computed, also in LLM mode (it carries the verdicts and the fallback)."""
    from assistant.chat.case.asked_person import one_of_several
    from assistant.chat.case.dialogue import advance
    from assistant.chat.case.reply_topic import joined_echo
    from assistant.chat.case.together import for_asker, joint_note, joint_people
    from assistant.chat.people import asks_to_write
    from assistant.extract import extract

    answering = session.pending is not None  # a reply to the assistant's question, read as that field's value
    # "省首席技师？一八年评上了": the echoed word of the question is the answer's topic, for the extractor and the
    # router; the dialogue state gets the reply as said, whose echo it reads itself (reply_topic.without_echo)
    as_said, text = text, joined_echo(text) if answering else text
    echoed = as_said != text  # only then does the dialogue state read the reply as said, not as rewritten below
    checking = session.topic in ("eligibility", "recommend")  # a check under way before this message
    told_case = False  # the message tells the asker's case around a question about the rules (language.ask_kind)
    # "我想跟徒弟一起报": the honours are each person's; the asker's case is read alone, the other asked after
    joint = joint_people(text) if session.awaiting != "draft" else None
    if joint:
        text = for_asker(text)
    # "老陈…；小林…；小王…。我主要问小王": only the asked person's words are read for facts (chat.case.asked_person)
    # (a request to write, or a drafting talk, keeps each person's facts apart itself: chat.drafting)
    person_said = one_of_several(text) if session.pending is None and session.awaiting != "draft" \
        and not asks_to_write(text) else None
    # "杭州工匠要在杭干满十年的，我这种肯定不行了是吧": the rule the asker takes for granted is no fact of theirs
    claim = rule_claim(text) if person_said is None else None
    claimed_at = asserting_clause(claim) if claim else ""
    read_text = text.replace(claimed_at, "，") if claimed_at and claimed_at in text else text
    extraction = extract(person_said or read_text, deps.today, where=said_city(session))
    profile_llm = deps.get_profile_llm()
    if profile_llm is not None:  # LLM mode: the model reads the profile, the rules fill in and cross-check
        if clock is not None:
            clock["model"] = time.monotonic()
        extraction = _with_model_profile(profile_llm, text, extraction, session, deps)
    # Contradictory facts are facts about the asker too: the turn must ask about them, not answer a rule.
    if extraction.profile and session.pending is None and (premise_of_kind(text, extraction.profile)
                                                           or premise_of_rule(text)
                                                           or premise_of_body(text)  # "…领导小组是市人社局…成立的，没错吧"
                                                           or premise_of_sufficiency(text, extraction.profile, deps.today)
                                                           or choice_of_rules(text, extraction.profile)
                                                           or says_cycle(text)):  # "两年搞一回": the rounds' years
        # "首席技师得在国企上班才能报的吧，民营的不行是吧": the kind is a premise about the rules, no fact of the asker's
        extraction = dataclasses.replace(extraction, profile={}, found=(), wants_eligibility=False)
    spoke_of_self = bool(extraction.profile or extraction.contradictions)
    # "首届数字工匠赶得上不" asks the round's deadline, not the asker's eligibility (decided here, not in routing,
    # which answer_types imports: still_open reads answer_types' table, tests/test_layers.py forbids the loop)
    wants = extraction.wants_eligibility and (spoke_of_self or not asks_still_open(text))
    if wants and mention_ask(text):  # "我们做IoT的，…认定范围里提没提到物联网": a look in the text, not a check
        wants = False
    if wants and session.pending is None and rule_of_case(text, extraction.profile):
        wants = False  # "我们单位没建工会，我还能报吗": how the rules treat that kind of case, not a check of it
    # "已经是首席技师了还能评杭州工匠吗": a title said as held, by no one in particular, is the topic of a rule question
    # (the asked notice's rule on holders), not a fact that makes "还能评…吗" a check of the asker; "我19年就评上浙江省
    # 首席技师了，…还能报吗" tells the asker's own case, which the checker answers
    held_span = held_title_span(text) if session.pending is None else None
    held = bool(held_span and held_span[1]) and not speaks_of_self(text)
    # "…，杭州市首席技师台胞能不能报": the ask is said of a kind of case, not the asker; the facts told around it do not
    # make its 能不能报 a check
    told_only = session.pending is None and case_told(text)  # a case told with no question: nothing asked of a kind
    of_kind = session.pending is None and not told_only and asks_of_kind(text)
    # "我是台湾过来的，…浙派工匠台胞能不能参评": a kind no unit of the notice names asks the rule on it,
    # which the notice does not state; the checker's rows on other conditions are no answer to it
    unnamed = session.pending is None and not told_only and unnamed_kind(deps.corpus, text) is not None
    r = route(text, wants_eligibility=wants and not held and not unnamed, awaiting=session.awaiting,
              has_new_facts=spoke_of_self and not held and not of_kind and not unnamed)
    if mention_ask(text) and r.intents and r.intents[0] in ("eligibility", "recommend"):
        r = dataclasses.replace(r, intents=("qa",))  # the text looked up, whatever the asker said of their work
    if held_span and held_span[1] and not held:
        # "我2023年已经评上首届杭州数字工匠了 今年第四届还能再报吗": the asker's own title names a programme not asked
        # (a title held by no one in particular is the topic of the rule question answered above: its programme stays)
        from assistant.notices.names import name_programs

        clause = next((c for c in re.split(r"[，,。；;？?！!\s]", text) if held_span[0] in c), "")
        won_it = re.search(r"评上|获评|被?认定为|已经是|评过|获得|拿到", clause) and not re.search(r"没|未|不是", clause)
        only_held = set(name_programs(held_span[0])[0]) - set(held_span[1]) if won_it else set()
        if only_held and set(r.programs) - only_held:
            asked = tuple(p for p in r.programs if p not in only_held)
            # "那第四届呢 我二三年首届就评上杭州数字工匠了 还能再报吗": the title's edition was no side of a comparison;
            # one programme asked of by someone who holds a title is their check (blind batch ak dlg-ak123)
            intents = ("eligibility",) if r.intents == ("compare",) and len(asked) == 1 and session.programs \
                else r.intents  # (in a check under way; a first message is answered by the rule, then the check)
            r = dataclasses.replace(r, programs=asked, intents=intents)
    if person_said is not None:  # a title another colleague holds ("老陈2019年评上杭州工匠") names no programme asked
        mine = route(person_said, wants_eligibility=wants and not held, awaiting=session.awaiting,
                     has_new_facts=spoke_of_self and not held)
        r = mine if mine.programs else r
    if continues_draft(session, text, r, spoke_of_self) or (r.intents and r.intents[0] == "draft"):
        # a drafting message speaks of the one drafted for, not the user: not read into the user's profile
        from assistant.chat.case.dialogue import Step

        step = Step({}, (), (), ("draft",), r.programs or session.programs)
    else:
        step = advance(session, person_said or (as_said if echoed else text), extraction, r, deps.today,  # the state: reply, facts,
                       of_another=person_said is not None)                        # intent
    if unnamed and step.intents and step.intents[0] == "eligibility":
        step = dataclasses.replace(step, intents=("qa",))  # what the asker told is kept; the ask is the rule's
    elif step.intents and step.intents[0] == "eligibility" and not answering and not checking and asks(text) \
            and not _ASKS_OWN_CHECK.search(text) and (asks_the_rules(text) or asks_stated_value(text)):
        # "我们车间主任讲首席技师要党员才能报，我是群众…是不是这一条就把我卡死了？": facts told around a question about
        # the rules; judged by meaning (language.ask_kind), since the word tables missed it one phrasing at a time.
        # Only when no check is under way: in a check's talk a short "那首席呢" or "那我呢" goes on with it.
        step = dataclasses.replace(step, intents=("qa",))
        told_case = True
    claimed_rule = (claim if person_said is None else rule_claim(text)) \
        if set(step.intents) & {"eligibility", "recommend"} else None
    if claimed_rule and step.intents[0] != "qa":
        # "我做焊工7年，浙派要求干满10年对吧": the rule the asker takes for granted is answered (and corrected) first,
        # then their case is checked
        step = dataclasses.replace(step, intents=("qa", *(i for i in step.intents if i != "qa")))
    if step.programs:
        session.programs = step.programs
    session.about = step.about  # "能直接认定吗" frames the turns after it while the topic holds
    readings = extraction.readings  # "…第3名”按个人成绩理解": a reading the words left open, said so it can be corrected
    top_note = extraction.top_note or trade_top_note(session)  # the trade said in an earlier turn than the level
    if top_note and "zj_craftsman_2023" in (session.programs or ()):  # matters to 浙派 alone
        readings = (*readings, top_note)
    if "draft" in step.intents:  # a draft's readings are those of the drafted person's facts, not a colleague's
        readings = take_draft_facts(session, text, deps.today)
    cites = Citations()
    parts: list[str] = []
    verdicts = None
    draft = None
    questions: list[dict] = []
    notes = notes + ((compose.INJECTION_NOTE,) if r.injection else ())
    notes += implausible(text, deps.today)  # 2026年13月, a future birth date …: say so, don't drop it silently
    answers_rules = bool(step.intents) and set(step.intents) <= {"qa", "compare"}
    if joint:  # said before any reading of the asker's case: whose case follows
        notes += (joint_note(joint),)
    if not answers_rules and not claimed_rule:  # in an answer about the rules the first sentence is the answer (a
        notes += readings  # premise corrected); how the asker's own case was read follows it
    if step.corrected and step.intents[0] in ("eligibility", "recommend"):
        from assistant.chat.case.brief import corrected_note

        notes += corrected_note(session, step.corrected)  # "不对，…" is acknowledged: the user sees what changed
    if getattr(step, "restored", False) and session.subject:  # "他…" after the asker's aside about themself
        notes += (f"回到{session.subject}的情况：您前面说的{session.subject}的情况仍然算数，您本人的情况不计入。",)
    elif getattr(step, "restored", False):
        notes += ("回到您本人的情况：您前面说的自己的情况仍然算数，另一位的情况不计入。",)
    elif getattr(step, "switched", False):
        notes += (f"以下按{session.subject or '您本人'}的情况重新判断，刚才说的另一位的情况不再计入。",)
    if not _CJK.search(text) and re.search(r"[^\W\d_]", text) and not r.injection:  # "2016", "12" are answers
        notes += ("本助手用中文回答；您也可以直接用中文提问。",)
    session.awaiting = None
    if not set(step.intents) <= {"qa", "compare"}:
        session.pending = None  # a question about the rules in between ("我想了解一下申报材料"): the asked one still waits
    last_ask, asked = session.last_ask, None
    for intent in step.intents:
        if intent in ("eligibility", "recommend"):
            body, verdicts, questions = _eligibility(session, step, intent, extraction, deps, cites)
        elif intent == "overview":
            body, questions = _overview(session, step, deps, cites)
        elif intent == "draft":
            body, draft, asked = draft_turn(session, r, deps, cites)
            questions.extend(asked)
        elif intent == "compare":
            body = _retrieving(lambda: _compare(text, r, deps, cites))
        else:
            # "推荐表要写多少字" after a 浙派 question is about 浙派; "那数字工匠呢" asks the last question again
            # after an answer in the same message ("中国，那要交什么材料？"), the question is the part that asks
            own = claimed_rule or (asked_part(text) if {"eligibility", "recommend"} & set(step.intents) else
                                   without_told_case(text, deps.today) if told_case else text)
            own_route = r if own == text else route(own)
            if own != text and not own_route.programs and r.programs:  # a part of this message: its programme
                own_route = dataclasses.replace(own_route, programs=r.programs)  # ("…首席技师，…单位不用挑的，对伐")
            question, qr, note = in_context(own, own_route, step.programs, last_ask, bool(session.history),
                                            lambda p: deps.corpus.meta(p).short_name)
            asked = last_ask if note else own  # the note says the last question was asked again
            body = _retrieving(lambda q=question, qr=qr: _qa(q, qr, deps, cites, step.programs))
            body = f"{note}\n{body}" if note else body
        parts.append(body)
    if step.intents and step.intents[0] in ("eligibility", "recommend", "draft", "overview"):
        session.topic = "eligibility" if step.intents[0] == "overview" else step.intents[0]
    session.last_ask = asked
    if verdicts is None and answers_rules and not answering and person_said is None and not joint and not of_kind \
            and extraction.profile and (extraction.wants_eligibility or asks_to_apply(text)):
        # "首届的时候评上过杭州数字工匠，第四届还能再报一次吗": the rule answers the question; the asker told their own
        # case with it and asks whether they may apply, so the checker's verdict on that case comes with the answer
        # (CONTRACT: verdicts are present when the question asks about the asker's eligibility) — only a decided one:
        # an open case is the rule's to answer. "对我这种有啥说法" asks the rule, not whether they may apply: no verdict
        # a rule answer that finds the notice silent on the case ("没有写明…能否申报") is not followed by a verdict that
        # decides it: the case's reading would then claim what the answer just said the notice does not
        # a message asking of another programme first: the case is checked on the programmes the apply ask names, and
        # only a rule found silent on those (not on the other programme asked about) holds the verdict back
        asked = apply_ask_programs(text, step.programs, lambda s: route(s).programs)
        names = [deps.corpus.meta(p).short_name for p in asked]
        silent = [line for line in "\n".join(parts).splitlines() if _SILENT_RULE.search(line)]
        held_back = any(not names or any(n in line for n in names) or not any(
            deps.corpus.meta(p).short_name in line for p in step.programs) for line in silent)
        case = None if held_back else _own_case(
            session, dataclasses.replace(step, programs=asked) if asked else step, extraction, deps)
        if case:
            from assistant.chat.case.brief import case_lines

            verdicts = case
            lines = case_lines(deps.corpus, cites, case, deps.today, session.subject)
            # after rule answers on another programme the first screen runs out before a line put last: it leads
            parts.insert(0 if asked else len(parts), lines)
    if claimed_rule and verdicts and parts and AGREEING in parts[0]:
        # "…要在杭干满十年的，我这种肯定不行了是吧": the rule agreed with, the conclusion not, when an exemption waives it
        lead = exemption_lead(text, verdicts, cites)
        if lead:  # the correction leads
            parts[0] = parts[0].replace(AGREEING, lead, 1)
    if claimed_rule and not answers_rules and readings and parts:
        parts.insert(1, "\n".join(readings))  # the rule the asker took for granted first; how their case was read next
    answer_text = "\n\n".join(list(notes) + parts + (list(readings) if answers_rules else []))
    if verdicts:  # notes or a second part before the card count toward the first screen too
        from assistant.chat.case.brief import fit_first_screen, shown_questions

        answer_text = fit_first_screen(answer_text)
        shown = shown_questions(answer_text, questions)
        if len(shown) < len(questions):  # a second question the screen had no room for is not asked
            _unask(session, questions[len(shown):])
            questions = shown
    standing = verdicts is None and answers_rules and session.topic in ("eligibility", "recommend") \
        and bool(session.last_verdicts)
    if standing:
        # "那要准备啥材料" after a check: a question in between leaves the asker's verdicts as they were, and the
        # answer (and the card above the input) still carries them, said as such
        verdicts = list(session.last_verdicts)
        answer_text += "\n\n" + standing_line(deps.corpus, verdicts, session.subject)
    if session.subject and step.intents and step.intents[0] in ("eligibility", "recommend", "overview"):
        from assistant.chat.case.brief import (
            of_person,  # "我师傅…他能报吗": the answer speaks of him, not "您"
        )

        answer_text = of_person(answer_text, session.subject)
        questions = [{**q, "text": of_person(q["text"], session.subject)} for q in questions]
    return Answer(answer_text, cites.freeze(), "offline", tuple(verdicts) if verdicts is not None else None,
                  step.intents, notes, draft, questions=tuple(questions), standing=standing)


def _with_model_profile(llm, text: str, extraction, session: Session, deps: Deps):
    from assistant.extract.llm_profile import cross_check, llm_profile
    from assistant.llm import bounded_call

    # Half the turn's budget at most: the agent that words the answer needs the rest (chat.agent's deadline).
    model = bounded_call(lambda: llm_profile(llm, text, deps.today, known=session.profile), deps.settings.llm_timeout,
                         {}, "llm profile extraction")
    if not model:
        return extraction
    merged, _ = cross_check(model, extraction.profile)
    if any(f in merged for f in ("years_in_field", "years_full_time_in_hangzhou", "years_full_time_in_zhejiang")):
        merged.setdefault("facts_as_of", deps.today.isoformat())
    found = tuple(dict.fromkeys([*extraction.found, *(f for f in model if f != "facts_as_of")]))
    return dataclasses.replace(extraction, profile=merged, found=found)


def _retrieving(answer) -> str:
    try:
        return answer()
    except ServiceError as exc:  # the index or the Chroma server is down: say so, keep the session
        log.warning("retrieval unavailable: %s", exc.message)
        return f"{RETRIEVAL_DOWN}{exc.message}\n资格检查和事迹起草不受影响，可以继续使用；请稍后再问这个问题。"


def _qa(text: str, r: Route, deps: Deps, cites: Citations, focus: tuple[str, ...] = ()) -> str:
    text = premise_stretch(text) or text  # "…市里自己发的吧，我们市人社的同志说…": the asker's remark is not checked
    if confirms(text):  # "领导讲浙派工匠一次就评二十个人，是不是真的": who said the premise is no part of it (领导
        text = unreported(text)  # would find 领导班子); the reported words are what is checked
    text = waiver_restated(text)  # "就不用管年限了吧" asks whether 不受工作年限限制 applies
    text = rhetorical_restated(text)  # "材料不是交人社局吗" asserts 交人社局: a premise to check, not a 是否 question
    text = enough_restated(text)  # "发个电子版到邮箱就行了吧" asserts one form suffices, not where the mail goes
    text = level_choice_restated(text)  # "是省里评还是市里评": the act as the notices say it (组织评审)
    owned = sole_owner(deps.corpus, text) if not (r.programs or focus) else None
    note = owner_note(deps.corpus, *owned) if owned else ""
    if owned is None and not (r.programs or focus):  # "是省里评还是市里评": only 浙派's notice has a 省 body acting
        owned = level_owner(deps.corpus, text)
        note = (f"（您没有说明是哪个项目；这五份通知里只有{deps.corpus.meta(owned[0]).short_name}写到{owned[1]}的部门"
                f"在办这件事，以下按它回答。）") if owned else ""
    if owned is not None:  # "优先推荐企业类型只能选一个吗": a thing only one notice has names that notice
        trial = Citations()
        _qa_of(text, r, deps, trial, focus)
        cited = {c.clause_id.split("#")[0] for c in trial.freeze()}
        if cited != {owned[0]}:  # unless the answer without a programme already came from that notice alone
            r = dataclasses.replace(r, programs=(owned[0],))
            return f"{note}\n{_qa_of(text, r, deps, cites, focus)}"
    return _qa_of(text, r, deps, cites, focus)


def _qa_of(text: str, r: Route, deps: Deps, cites: Citations, focus: tuple[str, ...] = ()) -> str:
    # "拿过浙江工匠再报浙派算重复吗": the asked notice's rule on that held title, or that it is silent on it
    # "首席技师只要拿过全国技术能手就够条件了吧": where that condition stands among the notice's, and what else it requires
    named = mention_answer(text, r.programs or focus, deps, cites)  # "通知里提没提到物联网": the text looked up
    if named is not None:
        return named
    # "我知道浙派工匠的证书是人社厅发的，那奖金多少": a premise said as background, not marked by 对吧, leads checked
    stated = background_first(text, r, cites, lambda q, qr, c: _qa_of(q, qr, deps, c, focus))
    if stated is not None:
        return stated
    # "岗位和行政职务是填一栏的吧", "只能走单位推荐这条路吧": a premise about a rule, a form or a body, read as a relation
    # and checked against the whole notice (chat.premise.propositions), leads; the message's other asks follow it
    told = proposition_answer(text, r, deps, cites, lambda q, qr: _qa_of(q, qr, deps, cites, focus))
    if told is not None:
        return told
    # "首席技师要党员才能报吧？另外材料交到哪里": the premise among several asks is answered first, as a message of its
    # own, then the other asks (chat.premise.first); a check of the whole message would drop the other asks
    led = premise_first(text, r, cites, lambda q, qr, c: _qa_of(q, qr, deps, c, focus),
                        lambda q, qr, c: answer_question(q, qr, deps, c))
    if led is not None:
        return led
    if len(r.programs) == 1 and not asserts(text, r):
        # "专家评完了还要公示吗": whether one step follows another, from the notice's order of the two
        ordered = order_answer(deps.corpus, r.programs[0], text)
        if ordered is not None:
            line, said = ordered
            return compose.qa_text(deps.corpus, cites, text, said, deps.today, premise=line)
    sufficient = sufficiency_answer(text, r, deps, cites)
    if sufficient is not None:
        return sufficient
    held = held_title_answer(text, deps, cites)
    if held is not None:
        return held
    # "这个团体名次算不算我个人的": a rule naming the kind (前三名) is not on the item; no unit naming it, the notice is silent
    unruled = unruled_item(deps.corpus, text, r.programs or focus)
    kind = unnamed_kind(deps.corpus, text) if unruled is None else None
    if kind is not None and not names_kind(kind.said):  # a kind the rules table reads (退休, 教师, 自由职业) is its own
        unruled = kind
    if unruled is not None:
        trial = Citations()
        said = conditions_answer(text, r, deps, trial, context=focus)
        if said is not None and not trial.freeze():
            return said  # the rules table's own silence on that kind of case ("没有明确提到国籍")
        return silence(deps.corpus, r.programs or focus, unruled, deps.today)
    # "要什么条件", "有年龄限制吗": from the rules table; "那公务员能报吗" of the programme the conversation is about
    # "首席技师要不要计算机等级证书": a rows answer only for a thing some unit of the asked notice holds; else the
    # factual path says the notice is silent on it (chat.rules.stated)
    # a premise stating a value ("…满3年吧") is checked against its sentence; one stating none ("证书是省长签发的吗")
    # asks of a thing as a question does
    rows_asked = asked_about(text, r)
    unstated = rows_asked and unstated_thing(
        deps.corpus, text, r.programs or focus, yes_no_form=_yes_no_form(text),
        asserting=asserts(text, r) and bool(claims(text)),
        accounted=rows_asked.attribute.ask if rows_asked.attribute else None)
    conditions = conditions_answer(text, r, deps, cites, context=focus) if not unstated else None
    if conditions is not None:
        return conditions
    corrected = premise_on_conditions(text, r, deps, cites)  # "得在国企上班才能报的吧": no such condition
    if corrected is not None:
        return corrected
    if len(r.programs) == 1 and asserts(text, r):  # "浙派工匠奖金是市里发的吧": the level of the body that does it
        # "学会、协会这种社团插不上手的，对吧", "个人也可以自己在网上自荐报名的吧": a way of coming forward said barred or
        # open is settled by the recommendation clause's sentence naming it (self_apply.channel_premise), before the
        # route checks, which took the way for a route of papers and cited another way
        way = channel_premise(deps.corpus, r.programs[0], text)
        if way is not None:
            line, said = way
            return compose.qa_text(deps.corpus, cites, text, [said], deps.today, premise=line)
        # "只认国务院特殊津贴吧", "不用经过市里吧": a slot the notice states in one place, checked there
        leveled = notice_premise(deps.corpus, r.programs[0], text)
        if leveled is None and (by_level := level_premise(deps.corpus, r.programs[0], text)) is not None:
            leveled = by_level[0], [by_level[1]]
        if leveled is not None:
            line, said = leveled
            return compose.qa_text(deps.corpus, cites, text, said, deps.today, premise=line)
    topic = out_of_scope(text)
    if topic and not answerable_part(text):  # "名额多少，评上以后有没有工资补贴": the 名额 is still answered
        premise = asserted_premise(text)
        if premise and r.programs:  # "首席技师名额是50个对吧，评上以后涨工资吗": the premise leads, corrected
            lines = answer_question(premise, r, deps, cites).split("\n")
            at = next((i for i, ln in enumerate(lines) if i and ln.startswith("（")), len(lines))  # before the status
            return "\n".join([*lines[:at], f"另外，关于{topic}，通知没有写明。", *lines[at:]])
        return compose.refusal_text(deps.corpus, list(r.programs), topic, today=deps.today)
    return answer_question(text, r, deps, cites)


_TWO_EDITIONS = re.compile(r"(?:首|第[一二三四五六1-6])届\s*(?:和|跟|与|及|、|同|对比|比)\s*(?:首|第[一二三四五六1-6])届")


def _compare(text: str, r: Route, deps: Deps, cites: Citations) -> str:
    programs = list(r.programs)
    if len(programs) < 2:  # "两届数字工匠": every edition of a series the question names
        editions = [p.id for p in packs() if p.series and re.search(p.series_cue, text)]
        # "第四届和首届的年龄要求…": two editions said side by side, the series named by the one edition only it has
        named = {p.series for p in packs() if p.id in programs and p.series}
        editions = editions or [p.id for p in packs() if p.series in named and _TWO_EDITIONS.search(text)]
        programs = editions if len(editions) >= 2 else programs
    if len(programs) < 2:
        return compose.refusal_text(deps.corpus, programs, today=deps.today)
    rest = analogy_rest(text) if confirms(text) else None
    if rest is not None:
        # "首席技师跟杭州工匠一样，也得在一线干满10年吧": the premise is the subject's, checked as one programme's is
        subject = route(rest)
        if len(subject.programs) == 1 and "compare" not in subject.intents:
            return _qa(rest, subject, deps, cites)
    before = len(cites.freeze())
    sides = compare_each_attribute(text, programs, deps, cites) or compare_sides(text, topic_only(text), programs, deps, cites)
    # "杭州工匠和浙派工匠奖金都是一万对吧": a premise said of every side is corrected first, for the sides it is false of
    lead = compared_premise(deps.corpus, text, list(cites.freeze()[before:]), programs)
    return f"{lead}\n{sides}" if lead else sides


_DIRECT_FIELDS = ("competition_results",)  # what a direct-recognition path reads


def _eligibility(session: Session, step, intent: str, extraction, deps: Deps,
                 cites: Citations) -> tuple[str, list[Verdict], list[dict]]:
    """Check the programmes in focus (all of them, ranked, for a recommendation or when none is named), then
    ask the one next question that decides the most."""
    from assistant.chat.case.asking import next_questions, set_pending
    from assistant.chat.case.brief import recommend_text, verdict_text
    from assistant.chat.case.months import settle
    from assistant.chat.case.presume import note_asked, note_inferred, note_tentative, presume
    from assistant.chat.case.rounds import profile_for
    from assistant.eligibility import check, check_all
    from assistant.errors import InputError

    def checked(program: str) -> Verdict:  # both ends of a start said by year only (months.settle)
        profile = profile_for(session, program, deps.corpus)
        def run(p: dict) -> Verdict:
            return check(p, program, as_of=deps.today, corpus=deps.corpus)

        settled = settle(session, run(profile), profile, deps.today, run)
        if step.about == "direct":  # "能直接认定吗": the competition result is the question, not presumed absent
            return note_tentative(note_inferred(settled, session.sources), session.tentative, profile)
        settled = note_inferred(presume(settled, profile, lambda p: settle(session, run(p), p, deps.today, run)),
                                session.sources)
        settled = note_tentative(settled, session.tentative, profile)  # "应该是吧": taken, to be confirmed
        # "我这个算数字经济行业吗": answered from the rule that reads it, with the notice's definition
        return note_asked(settled, getattr(extraction, "asks", ()), profile, bool(profile.get("occupation")))

    # "首席技师和浙派工匠，哪个最适合我": the best fit among the programmes the question names, not among all five
    @functools.cache
    def everyone() -> tuple[Verdict, ...]:  # every programme on the same profile, checked once per turn
        return tuple(check_all(session.profile, as_of=deps.today, corpus=deps.corpus))

    named = list(step.programs) if intent == "recommend" and len(step.programs) >= 2 else []
    programs = list(step.programs) if intent == "eligibility" else named
    try:
        if programs:
            results = [checked(p) for p in programs]
            if named:
                rank = {v.program: v for v in everyone()}
                results = sorted((dataclasses.replace(v, fit_rank=rank[v.program].fit_rank,
                                                      best_fit=rank[v.program].best_fit) for v in results),
                                 key=lambda v: v.fit_rank or 0)
        else:
            results = [dataclasses.replace(presume(v, session.profile, lambda p, v=v: check(
                           p, v.program, as_of=deps.today, corpus=deps.corpus)), fit_rank=v.fit_rank, best_fit=v.best_fit)
                       if profile_for(session, v.program, deps.corpus) is session.profile and not session.early
                       else dataclasses.replace(checked(v.program), fit_rank=v.fit_rank, best_fit=v.best_fit)
                       for v in everyone()]
            results.sort(key=lambda v: v.fit_rank or 0)
    except InputError as exc:  # e.g. a birth date after today: ask, don't crash
        return f"您提供的信息有一处需要更正：{exc.message}", [], []
    results = _say_once(session, results, shown=1 if programs else 0)
    # a fact said two ways is settled first ("您之前说…，这次说…"): the question that asks it leads
    disputed = tuple(getattr(step, "disputed", ()))
    first = _DIRECT_FIELDS if step.about == "direct" else disputed
    questions = next_questions(results, session, first=first, everything=getattr(step, "whats_left", False),
                               **({"limit": 1} if disputed else {}))
    set_pending(session, questions)
    contradictions = list(dict.fromkeys([*extraction.contradictions, *getattr(step, "conflicts", ()),
                                         *(c for v in results for c in v.contradictions)]))
    if questions or contradictions:
        session.awaiting = "eligibility"
    session.last_verdicts = tuple(results)
    if not programs or (named and results[0].verdict != "not_eligible"):
        return recommend_text(deps.corpus, cites, results, questions, deps.today), results, questions
    alternatives = None
    if results[0].verdict == "not_eligible":  # tell a clearly ineligible asker which honours fit instead
        others = [v for v in everyone()
                  if v.program not in programs]
        alternatives = sorted(others, key=lambda v: v.fit_rank or 0)
    text = verdict_text(deps.corpus, cites, results, questions, contradictions, deps.today, alternatives,
                        occupation=session.profile.get("occupation"), about=step.about)
    return text, results, questions


_SILENT_RULE = re.compile(r"没有写明|没有涉及|没有专门写|不能凭猜测|通知未明确")


def _own_case(session: Session, step, extraction, deps: Deps) -> list[Verdict] | None:
    """The checker's verdicts on the asker's case told in a question about the rules, when every one is decided
    (not 需人工核实): checked as an eligibility turn would, on a copy, so nothing is asked and nothing is pending."""
    if not 1 <= len(step.programs) <= 2:
        return None
    trial = copy.deepcopy(session)
    _, results, _ = _eligibility(trial, dataclasses.replace(step, intents=("eligibility",)), "eligibility",
                                 extraction, deps, Citations())
    if not results or any(v.verdict == "needs_review" for v in results):
        return None
    session.last_verdicts = tuple(results)
    return list(results)


def _overview(session: Session, step, deps: Deps, cites: Citations) -> tuple[str, list[dict]]:
    """A programme opened with nothing said yet ("我想问问第四届数字工匠"): what it is about, in a line or two with
    its clauses, and the one question that decides the most first; the talk is about the asker's case from here."""
    from assistant.chat.case.asking import opening_question, set_pending
    from assistant.chat.case.brief import overview_text
    from assistant.eligibility import check

    if not step.programs:  # a greeting: what the assistant does, and the honours it knows
        from assistant.programs import program_ids

        names = "、".join(deps.corpus.meta(p).short_name for p in program_ids())
        return ("您好！我按五份通知原文回答：能不能报（说说您的工作、年限、等级、获奖，我逐条核对）、要什么条件和材料、"
                f"帮您起草主要事迹。您想了解哪一项？{names}。"), []
    program = step.programs[0]
    verdict = check(session.profile, program, as_of=deps.today, corpus=deps.corpus)
    questions = opening_question(verdict, session)
    set_pending(session, questions)
    session.awaiting = "eligibility"
    session.last_verdicts = (verdict,)
    return overview_text(deps.corpus, cites, program, questions, deps.today), questions


def _unask(session: Session, dropped: list[dict]) -> None:
    """Take questions back that the answer does not show: not pending, not counted as asked."""
    fields = {q["field"] for q in dropped}
    for field in fields:
        if session.asked.get(field, 0) > 0:
            session.asked[field] -= 1
    if session.pending is not None:
        kept = [(f, o) for f, o in zip(session.pending.also, session.pending.also_options or [()] * len(
            session.pending.also), strict=False) if f not in fields]
        session.pending = dataclasses.replace(session.pending, also=tuple(f for f, _ in kept),
                                              also_options=tuple(o for _, o in kept))


def _say_once(session: Session, results: list, shown: int) -> list:
    """A note on what was inferred from the work ("从您说的工作看，以上按“在职全职”判断…") is said once: the turns
    after the one that said it leave it out (``session.said``). ``shown``: how many leading verdicts' notes the
    answer shows (the recommendation shows none)."""
    out = []
    for v in results:
        kept = tuple(n for n in v.notes if not (n.rule.startswith("inferred_") and n.rule in session.said))
        out.append(dataclasses.replace(v, notes=kept) if len(kept) != len(v.notes) else v)
    session.said.update(n.rule for v in out[:shown] for n in v.notes if n.rule.startswith("inferred_"))
    return out
