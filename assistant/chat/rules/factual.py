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
from assistant.chat.premise import claims
from assistant.chat.premise.sibling_edition import sibling_correction
from assistant.chat.premise.step_order import order_answer
from assistant.chat.premise.window_premise import (
    asks_reference_day,
    asks_start,
    plan_premise,
    reference_correction,
    start_correction,
)
from assistant.chat.routing import detect_programs, retrieval_skips
from assistant.chat.rules.alone import asks_how_of_whether, said_alone
from assistant.chat.rules.answer_types import (
    AskedType,
    classify,
    place_kind,
    question_parts,
    table,
    the_ask,
    threshold,
)
from assistant.chat.rules.asked_heads import unheld_head
from assistant.chat.rules.cell_asks import bare_column, off_the_form
from assistant.chat.rules.choice import choice_lead, silent_side
from assistant.chat.rules.combining import combines, combining_text
from assistant.chat.rules.course_lead import course_lead
from assistant.chat.rules.factual_pick import (
    answer_part,
    asserts,
    per_unit_note,
    premise_check,
    region_unstated,
    second,
)
from assistant.chat.rules.forms import (
    FORM_NAMES,
    form_owner,
    in_attachment,
    is_attached_form,
    named_cell,
    named_form_first,
    other_form,
    with_cell_below,
)
from assistant.chat.rules.identity import identity_answer, identity_asked
from assistant.chat.rules.left_open import left_open
from assistant.chat.rules.levels import ask_clause, asked_level
from assistant.chat.rules.out_of_scope import held_round, out_of_scope
from assistant.chat.rules.parts import (
    ask_and_context,
    asks_conditions,
    asks_definition,
    asks_if_written,
    chooses_again,
    heard_claim,
    own_topic,
    paper_asked,
    restates_ask,
    silent_alone,
    speaks_to,
    topic_after,
)
from assistant.chat.rules.procedure_words import step_terms
from assistant.chat.rules.programme_words import topic_only, without_names
from assistant.chat.rules.quotes import Pick, asks_form_field, is_form_row
from assistant.chat.rules.ranking import (
    MIN_STATEMENT,
    answering,
    heading_value,
    notice_picks,
    program_of,
    rerank,
    spoken,
)
from assistant.chat.rules.seals import asks_which_seals, of_seals, seals_text
from assistant.chat.rules.self_apply import (
    asks_channel,
    asks_self_application,
    channels_text,
    self_application_pick,
    self_application_text,
)
from assistant.chat.rules.steps import in_procedure, next_step, steps_of, with_body
from assistant.chat.rules.still_open import asks_deadline, asks_still_open, still_open_text
from assistant.chat.rules.story import without_story
from assistant.chat.rules.things import Thing, holding_units, holds_thing, thing, thing_picks
from assistant.chat.rules.yes_no_lead import negated_lead
from assistant.notices.text import sentences
from assistant.notices.tree import Corpus
from assistant.programs import program_ids

__all__ = ["answer_question"]

log = logging.getLogger(__name__)

MAX_PARTS = 3  # a message asking more is answered on its first three asks


# how a premise's check says the quoted sentence is silent on what the premise asserts (premise/manners.py)
_UNSTATED = "这一点通知没有写明"


def answer_question(text: str, r, deps, cites: Citations) -> str:
    """The offline factual answer (``r`` is the turn's Route). A two-part question ("能报吗？走什么渠道？")
    is answered part by part, each by the sentence holding its own type."""
    corpus = deps.corpus
    if combines(text, r.programs):  # "能同时报吗": no notice rules on it, whatever clause says 同时
        return combining_text(corpus, r.programs, deps.today)
    if asks_still_open(text) and len(r.programs) == 1:
        # "准备国庆过后再报也来得及吧", "我们打算7月10号交，来得及吧": a day the asker plans by, checked against the
        # deadline as a plan (before it is in time, after it is late), not as a claim of what the deadline is
        planned = plan_premise(corpus, r.programs[0], text)
        if planned is not None:
            line, said = planned
            return compose.qa_text(corpus, cites, text, [said], deps.today, premise=line)
    if asks_still_open(text) and not claims(text):
        # "现在还能报吗", "还来得及吗": the deadline and whether it has passed lead ("7月底前报就来得及吧" states a
        # date: a premise, checked below)
        return still_open_text(corpus, cites, list(r.programs), deps.today)
    # "可以个人自己报名吗", "可以自己报吗，还是必须单位推荐": how candidates come forward answers (a premise, '只能单位
    # 推荐的吧', is corrected below; a message asking more is answered ask by ask).
    if not r.confirm and all(asks_self_application(part) for part in question_parts(text)) and not _asks_beyond_applying(text):
        programs = list(r.programs) or list(program_ids())
        own = self_application_text(corpus, programs, cites, deps.today)
        if own:
            return own
    if not r.confirm and len(r.programs) <= 1 and asks_channel(text) and all(
            asks_channel(part, part=True) or asks_self_application(part) for part in question_parts(text)):
        # "能推他评杭州工匠吗？走啥路子？", "要本人去交材料吗 还是单位交": the ways the notice puts candidates forward
        ways = channels_text(corpus, list(r.programs) or list(program_ids()), cites, deps.today)
        if ways:
            return ways
    if not r.programs and classify(text).values == "contact":  # "有问题找谁": each programme's own contact
        return _contacts(corpus, text, cites, deps.today)
    # "报名还要单位盖章吗？我们是小公司": the ask leads retrieval and the choice of sentence; the own case told
    # after it only qualifies it
    whole = text
    text = the_ask(text)
    # "我爸以前也是钳工，现在轮到我了。首届杭州工匠本来打算评多少个": the story told before an ask for a stated value
    # shares no word with the notice and must not pick the sentence
    text = without_story(corpus, text, r.programs[0] if len(r.programs) == 1 else None)
    if len(r.programs) == 1 and asserts(text, r) and asks_start(text, deps.today):
        # "元旦以后才开始收的吧": when the round opened is checked against its window, not a date sentence that
        # shares the question's words ("发布…认定结果")
        opened = start_correction(corpus, r.programs[0], text)
        if opened:
            line, (clause_id, quote) = opened
            return compose.qa_text(corpus, cites, text, [(clause_id, quote)], deps.today, premise=line)
    if len(r.programs) == 1 and asserts(text, r) and asks_reference_day(text):
        # "年龄是按报名那天算的吧": the day the notice counts age and years to, when it states one
        opened = reference_correction(corpus, r.programs[0], text)
        if opened:
            line, (clause_id, quote) = opened
            return compose.qa_text(corpus, cites, text, [(clause_id, quote)], deps.today, premise=line)
        # the notice names no such day: its silence first, not its deadline sentence as if it were that day
        return compose.silent_text(corpus, r.programs[0], REFERENCE_DAY_LABEL, None)
    if len(r.programs) == 1 and asks_reference_day(text) and not asserts(text, r) \
            and reference_correction(corpus, r.programs[0], text) is None:
        # "这个六十周岁是按报名截止那天算，还是按评完那天算": the day age or years are counted to is answered only by a
        # sentence stating that day; a deadline sentence holds a date, not that one
        return compose.silent_text(corpus, r.programs[0], REFERENCE_DAY_LABEL, None)
    retriever = deps.get_retriever()
    form_note = ""
    if not r.programs and FORM_NAMES.search(text):
        # "推荐表里的主要事迹要写多少字": the form named names the programme, its current round if several have it
        named = form_owner(corpus, text, deps.today)
        if named:
            r = replace(r, programs=(named[0],))
            form_note = f"（您没有说明是哪个项目；以下按{corpus.meta(named[0]).short_name}的{named[1]}回答。）\n"
    # An assumed edition is not a filter: "数字工匠提名奖" is answered by 首届 although 第四届 was assumed.
    program = r.programs[0] if len(r.programs) == 1 and not r.defaulted else None
    home = r.programs[0] if len(r.programs) == 1 else None
    named = identity_asked(text) if home else None
    if named is not None:
        # "纪念品具体是什么东西": the sentence saying what it is, or the notice's silence on it when it only names it
        said = identity_answer(corpus, home, named)
        if said is False:
            return (held_round(whole) or "") + form_note + compose.silent_text(corpus, home, named.label, None)
        if said:
            return (held_round(whole) or "") + form_note + compose.qa_text(corpus, cites, text, [said], deps.today)
    if home and asserts(text, r):
        # "单位意见那栏得单位领导签字吧": who signs or seals a form's row, as the form marks it (premise/signers.py)
        from assistant.chat.premise.signers import signer_premise

        signed = signer_premise(corpus, home, text)
        if signed is not None:
            line, said = signed
            return (held_round(whole) or "") + form_note + compose.qa_text(corpus, cites, text, [said], deps.today,
                                                                           premise=line)
    if home:
        # "是不是报上去就都能评上": winning taken for granted, asked or asserted; the notice's cap and review say 不是
        # (premise/certainty.py), where the ask's words alone left a garbled silence ("没有写明…都能否评上")
        from assistant.chat.premise.certainty import certainty_premise

        sure = certainty_premise(corpus, home, text)
        if sure is not None:
            line, said = sure
            return (held_round(whole) or "") + form_note + compose.qa_text(corpus, cites, text, said, deps.today,
                                                                           premise=line)
    seal_asks = question_parts(text)[:MAX_PARTS]
    if home and asks_which_seals(text) and (not asserts(text, r) or len(seal_asks) > 1) and all(map(of_seals, seal_asks)):
        # "推荐表填完要哪几家盖章": no notice says it in words; its form's rows do, as for two programmes (chat.rules.seals);
        # every ask of the message about the seals ("要几个地方签字盖章？本人签不签名，单位盖一个章够不够") is answered by
        # those rows at once
        sealed = seals_text(corpus, cites, text, [home], deps.today)
        if sealed:
            return (held_round(whole) or "") + form_note + sealed
    hits = retriever.search(_query(text), program=program, k=5, skip=retrieval_skips(text))
    if not hits or not retriever.is_relevant(hits):
        # Retrieval's relevance gate judges whole clauses; for a concrete value asked of a named notice, the
        # notice itself is searched below and says "没有写明" when nothing in it holds the value.
        # Also when retrieval found nothing at all, and for an assumed edition ("数字工匠评上了能拿钱吗": 第四届 is
        # assumed, and its silence on money is said first, with 参考, not a refusal over all five notices).
        if not (home and (_searches_notice(classify(text), text) or hits and thing(text))) and not (
                program is None and _held_somewhere(corpus, text)):
            return compose.refusal_text(corpus, list(r.programs), today=deps.today)
    ids = list(dict.fromkeys(h.clause_id for h in hits))
    parts = question_parts(text)[:MAX_PARTS]
    if len(parts) > 1 and all(classify(part).overview for part in parts):
        # "首席那个到底是个啥流程？从我们单位报上去到市里，中间都要过哪几道关？": each ask is for the whole course,
        # said twice over; answered as one, the course is listed step by step, not one sentence per ask
        parts = [text]
    if len(parts) > 1:  # "首席技师今年一共评多少个 评审专家有几个人": the notice's own 今年, said to be its round
        return (held_round(whole) or "") + _answer_parts(text, parts, ids, program, home, r, deps, cites)
    asked, picks, main = answer_part(corpus, text, ids, home, r, whole=text)
    left = left_open(text, main.quote, corpus, home or program_of(main.clause_id)) if main is not None else None
    if left is not None:
        # the sentence on the topic leaves the ask open (chat.rules.left_open): the notice is silent on it
        asked, main = replace(asked, label=left.label, strict=True, thing=left.thing or asked.thing), None
    first_asked = asked
    owner = program_of(main.clause_id) if main is not None else home
    if asked.type == "date" and owner and asks_deadline(text):
        # "截止日期是不是10月底", "最迟哪天报": the submission deadline the notice sets (its metadata names the
        # sentence), not another date the question's words happen to share ("认定工作于2017年4月底前完成")
        unit = corpus.deadline_sentence(owner)
        # "截止时间能延期吗": an attribute of the deadline the day does not state stays unwritten (chat.rules.asked_heads)
        if unit is not None and unheld_head(text, unit[1]) is not None:
            unit = None
        if unit is not None and (main is None or unit[1] != main.quote):
            main = Pick(unit[0], unit[1], main.score if main else threshold(), True,
                        max(main.relevance if main else 0.0, threshold()))
    if main is not None and _after_award(text, r):
        main, asked_thing = _once_awarded(corpus, text, main)
        if main is None and asked_thing is not None and first_asked.label == "相关规定":
            # the silence names the thing asked ("是否有培训机会"), not "相关规定"
            first_asked = replace(first_asked, label=asked_thing.label)
    if main is None:
        honours = _honours_instead(text, first_asked, home, r, deps, cites)
        wrong_edition = sibling_correction(corpus, text, program) if program and asserts(text, r) else None
        if not honours and wrong_edition is not None:  # "第四届也有提名奖的吧": silent here, stated in 首届
            line, said = wrong_edition
            return (held_round(whole) or "") + compose.qa_text(corpus, cites, text, [said], deps.today, premise=line)
        if not honours and first_asked.label != "您问的这一点":  # "杭州能推几个": 杭州的具体数量, not any number
            first_asked = replace(first_asked, label=_named_ask(text, first_asked.label, among=False))
        elif not honours:  # "奖金打到哪个账户": the ask's own words say what is unwritten, when they are few
            own = _named_ask(ask_clause(text, lead=True), "您问的这一点")
            if len(own) <= _OWN_WORDS_MAX:
                first_asked = replace(first_asked, label=own)
        valued = _value_premise(text, r, deps)  # "一共认定了二十来个人对吧" where no sentence came back
        if not honours and valued is not None:
            line, said = valued
            return (held_round(whole) or "") + compose.qa_text(corpus, cites, text, [said], deps.today, premise=line)
        return honours or _silent(text, first_asked, home, r, deps)
    if not r.programs:  # "材料啥时候得交上去": the current edition answers, not an earlier one of the same honour
        main = _current(corpus, main, picks, deps.today)
    main = named_form_first(corpus, text, main, picks)
    owner_form = other_form(corpus, text, main)
    if owner_form:  # "申报表…能写多少字" answered by the 汇总表's cell: say the named form sets none
        said = FORM_NAMES.search(text).group(0)
        form_note += f"（{said}里没有写明{first_asked.label}；以下是同一通知{owner_form}的规定。）\n"
        main = replace(main, quote=named_cell(main.quote, text))  # the cell named, not the whole header row
    list_note = ""
    if asked.type == "materials" and asked.listing:  # "要准备哪些材料": the notice's own list, or what it asks of papers
        main, list_note = _listing_lead(main, picks + notice_picks(corpus, text, program_of(main.clause_id), asked))
    others = second(asked, main, picks, form=bool(asks_form_field(text) or FORM_NAMES.search(text)))
    if list_note:  # with no list in the notice, a second unit answers only by asking something of papers too
        others = [p for p in others if _PAPER_RULE.search(p.quote)]
    if asks_form_field(text) and in_attachment(corpus, main.clause_id):  # a form's field: another rule is filler
        others = [p for p in others if in_attachment(corpus, p.clause_id)]
    elif not (asks_form_field(text) or FORM_NAMES.search(text)):
        # a rule question: an attached form's field ("2025年以来是否获得…个人第一名") restates it, answering nothing
        others = [p for p in others if not is_attached_form(corpus, p.clause_id)]
    if asserts(text, r) and claims(text):
        # "全市一共评50个，对吧": the sentence stating the checked number answers; another count ("四个环节") is filler
        others = [p for p in others if p.clause_id == main.clause_id]
    answered = [main, *others]
    premise = premise_check(text, r, answered)
    unheld = unheld_head(text, main.quote, claimed=True) if premise and premise.startswith(_UNSTATED) else None
    if unheld is not None:
        # "每人每年奖励1万元吧" where the sum's sentence states no word of how often: an attribute the notice leaves
        # unwritten (chat.rules.asked_heads), its silence answered as the same thing asked ("奖金每年都发吗")
        return (held_round(whole) or "") + form_note + _silent(text, replace(first_asked, label=unheld.label), home,
                                                               r, deps)
    if asserts(text, r) and claims(text) and region_unstated(text, main.quote):
        # "每个区只能报一个吧" where the notice sets a total only ("认定30名"): no count per district is written to
        # check the one said against, so its silence answers, not the total ("不对，…30名")
        label = table()["per_unit_quota"]["region_label"]
        return (held_round(whole) or "") + form_note + _silent(text, replace(first_asked, label=label), home, r, deps)
    valued = None if premise else _value_premise(text, r, deps)
    if valued is not None:  # the sentences picked settle nothing; the one stating the asserted attribute does
        premise, answered = valued[0], [Pick(*valued[1], main.score, True, main.relevance)]
    if premise and premise.startswith(AGREED) and program is not None:
        # "直接认定是首届那次就定下来的规矩吧" agreed with by a sentence sharing its words: a rule another edition of
        # the honour states and the asked one nowhere does is corrected with that edition's clause instead
        wrong_edition = sibling_correction(corpus, text, program)
        if wrong_edition is not None:
            line, said = wrong_edition
            return (held_round(whole) or "") + compose.qa_text(corpus, cites, text, [said], deps.today, premise=line)
    if first_asked.unnamed_agent and not premise:  # "杭州工匠的证书谁颁发": the act is stated, its doer is not
        said = first_asked.unnamed_agent
        premise = f"通知写明会{said}，但没有写明由哪个单位{said}：见下面的原文。"
    if first_asked.type == "count" and not premise:  # "一个单位最多能推几个人": quotas are per recommending body
        premise = per_unit_note(text, main.quote)
    if not premise:  # "证书是省里发还是市里发": the side the quoted sentence bears out leads
        premise = choice_lead(text, main.quote)
    if not premise and program is not None:  # "是每个月发补贴还是一次性给钱": the side the notice never names first
        premise = silent_side(corpus, program, text, main.quote)
    if not premise and not asserts(text, r):  # "要占区里的推荐名额吗": the sentence's own 不 first ("不，…不占推荐名额。")
        premise = negated_lead(text, thing(text), answered[0].quote)
    note = ""
    cited_programs = {program_of(p.clause_id) for p in answered}
    if r.defaulted and len(cited_programs) == 1:
        from assistant.programs import get_pack

        only = next(iter(cited_programs))
        if get_pack(only).current_of_series:
            note = f"（您没有说明是哪一届，以下按现行的{corpus.meta(only).short_name}回答。）\n"
    elif not r.programs and len(cited_programs) == 1 and first_asked.strict and _also_answer(
            corpus, picks, next(iter(cited_programs)), deps.today):
        # a concrete value (a date, a quota …) another programme states too: say whose it is
        only = next(iter(cited_programs))
        note = f"（您没有说明是哪个项目；以下是{corpus.meta(only).short_name}的规定，其他项目可能不同，可以告诉我您问的是哪个。）\n"
    if first_asked.type in ("procedure", "actor") and not _holds_asked_thing(text, answered[0]):
        # "公示以后还要报谁批准": the next step; but "推荐上去以后还要问问公安的意见吗" asks yes or no about a thing
        # (公安, 意见) the answering sentence already holds, and the step after it (人选报送) holds none of it
        following = next_step(corpus, text, answered)
        # "报上去以后呢": the course from there, listed as steps (not the answering units kept when none follows)
        rest = following if following is not answered and len(following) > 1 else []
        answered = following
    else:
        rest = []
    # "公示完了还有什么程序" names a step to go on from: the next step answers, not the whole course.
    onward = bool(re.search(table()["next_step"], text))
    steps = steps_of(corpus, answered[0], text) if first_asked.overview and not onward else rest
    if first_asked.overview and not onward and not steps and not in_procedure(corpus, answered[0].clause_id):
        # "推荐上去后要过哪几关": the course is that of the best-ranked unit of the same notice that is one step of
        # several, when the answering unit is in no procedure at all ("请各推荐对象填写…问卷" shares 推荐 but is no
        # stage); one inside a procedure ("1.单位申报…") answers as it is
        # (else the notice's first unit that is, in the notice's order)
        owner = program_of(answered[0].clause_id)
        units = [p for p in picks if program_of(p.clause_id) == owner] + [
            Pick(c.clause_id, c.own_text or c.text, answered[0].score, True, answered[0].relevance)
            for c in corpus.clauses(owner) if c.path]
        steps = next((found for p in units for found in [steps_of(corpus, p)] if found), [])
    if not steps:
        answered = with_body(corpus, text, answered)
    if asks_form_field(text):  # "出生年月按什么格式填": the form's cell beneath the named field holds the answer
        answered = [replace(p, quote=with_cell_below(corpus.clause(p.clause_id).text, p.quote, text))
                    for p in answered]
    body = compose.qa_text(corpus, cites, text, [(p.clause_id, p.quote) for p in steps or answered], deps.today,
                           premise=premise, steps=bool(steps), lead=_lead(corpus, steps))
    return (held_round(whole) or "") + form_note + note + body + list_note


def _lead(corpus: Corpus, steps: list[Pick]) -> tuple[str, str] | None:
    lead = course_lead(corpus, steps)
    return (lead.clause_id, lead.quote) if lead else None


REFERENCE_DAY_LABEL = "年龄和年限计算到哪一天"
AGREED = "是的"  # how premise_check agrees with a premise (factual_pick)


def _holds_asked_thing(text: str, pick: Pick) -> bool:
    """Whether ``pick`` holds the thing a yes/no question asks about ("公示完了还有啥程序" asks for content: the
    step after, whatever sentence says 程序)."""
    from assistant.language.asking import asks_content

    if asks_content(text):
        return False
    asked_thing = thing(text)
    return asked_thing is not None and holds_thing(asked_thing, pick.quote)

# who comes forward, in a self-application question's thing: 个人能不能自荐, 可以自己报吗, 必须单位推荐吗
_APPLYING_WHO = re.compile(r"个人|自己|本人|自荐|单位")


def _asks_beyond_applying(text: str) -> bool:
    """"杭州工匠网上自荐要不要上传视频", "个人自荐要单位盖章吗": applying oneself is the frame, and the thing asked
    after the yes/no word (视频, 盖章) is something else, which the sentence on how candidates come forward does not
    answer."""
    asked = thing(text)
    return asked is not None and any(not _APPLYING_WHO.fullmatch(w) for w in asked.words)

# A paper named in a sentence: a form by its title, or a kind of paper ("佐证材料", "荣誉证书复印件").
_PAPER = re.compile(r"《[^》]+》|[\u4e00-\u9fff]{0,4}?(?:表|证书|复印件|报告|材料|证明)")
# What a notice asks of papers, when it lists none: a requirement on them ("需在佐证材料上加盖公章").
_PAPER_RULE = re.compile(r"(须|需|需要|应|必须|均需)[^，。；]{0,10}(材料|盖章|公章|原件|复印件|签名|证书)|加盖公章|一式[两二三四五0-9]份|各一份")


def _listing_lead(main: Pick, picks: list[Pick]) -> tuple[Pick, str]:
    """A materials-list question whose best unit names fewer than two papers ("对…推荐材料完整性…进行形式审查" is
    about the review, not a list): the notice gives no list. The unit stating what it requires of papers leads,
    and the answer says the notice has no full list."""
    if len({m.group(0) for m in _PAPER.finditer(main.quote)}) >= 2:
        return main, ""
    home = program_of(main.clause_id)
    rule = next((p for p in picks if program_of(p.clause_id) == home and p.holds and _PAPER_RULE.search(p.quote)
                 and p.relevance >= threshold() * LISTING_SHARE), None)
    note = "\n（通知没有列出完整的申报材料清单，具体以推荐单位或发文单位的要求为准。）"
    return (rule or main), note


LISTING_SHARE = 0.5  # a requirement on papers need only be half as on topic as the review sentence it replaces


def _answer_parts(text: str, parts: list[str], ids: list[str], program: str | None, home: str | None, r, deps,
                  cites: Citations) -> str:
    """A message asking two or three things ("名额多少，怎么报"): each ask by the sentence holding its own type,
    under the ask it answers, or "没有写明" for that ask alone. An ask whose best sentence already answered an
    earlier one takes its next sentence holding its type; with none, it is silent."""
    corpus = deps.corpus
    retriever = deps.get_retriever()
    items: list[tuple[str, Pick | None, str]] = []
    courses: dict[int, list[Pick]] = {}  # an ask answered by the steps of a course from a step said done
    first_asked: AskedType | None = None
    earlier: tuple[str, ...] = ()  # the topic a premise set: an ask after it naming no thing is about it
    held_over: tuple[str, ...] = ()  # the things of the ask before when the notice is silent on it
    for i, said in enumerate(parts):
        if items and asks_if_written(said):
            # "…是直接打到个人卡上，还是先拨到单位？…通知上有写伐": whether the notice says what was just asked, which the
            # asks before answer (or find unwritten); it has no answer of its own to quote
            continue
        # "听人说评上第四届能去疗休养，是真的伐": whether the hearsay holds is the ask, answered as its own yes/no question
        part = heard_claim(said) or said
        part_ids = list(dict.fromkeys(ids + [h.clause_id for h in retriever.search(part, program=program, k=5,
                                                                                   skip=retrieval_skips(part))]))
        # An ask carries the topic of the asks before it ("走什么渠道推荐" after "自由职业者可以申请吗"), never of
        # those after it ("哪些表" is not about the 纸质 or 电子 asked next).
        # ... unless it names a topic of its own ("…要交几份，面试在哪里考": 面试, not 推荐表; chat.rules.parts)
        carried = part if own_topic(part) else "".join(parts[:i + 1])
        asked, picks, main = answer_part(corpus, part, part_ids, home, r, whole=carried, before="".join(parts[:i + 1]))
        gated: str | None = None
        onward = _onward_steps(corpus, part, asked, main, picks, home)
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
        if main is not None and out_of_scope(part):
            main = None  # "…，评上以后有没有工资补贴": a topic no notice covers, silent whatever shares its words
        if main is not None and _HEADING_ONLY.fullmatch(main.quote.strip()) and not heading_value(main, asked):
            # "是直接打到个人卡上，还是先拨给单位再转" was answered by the heading "（四）个人自荐": a clause's number and
            # title state nothing, whatever word they share with the ask
            main = None
        if main is not None and not main.holds and asked.type != "yes_no":
            # "是直接打到个人卡上，还是先拨给单位再转": a sentence that only shares an ask's words, holding no value
            # of the type it asks for, answers it no more than it would alone
            main = None
        if main is not None and items and items[-1][1] is None and (
                _PRESUPPOSES.match(part.strip()) or restates_ask(part, parts[i - 1])
                or chooses_again(part, parts[i - 1]) or asks_how_of_whether(part, parts[i - 1])
                and not _answered_alone(said_alone(parts[i - 1], parts[:i - 1]), home, r, deps)):
            # "要不要交无犯罪记录证明？要的话是单位去开还是我自己去开？", "能不能区总工会推一次、产业工会也推一次？两头
            # 都推的话名额算哪边的": an ask that takes the ask before it as given is moot where the notice is silent
            # on that one; so is "盖哪家的章" after a silent "派遣公司报我还是汽车厂报我", the same choice again
            main = None
        # the ask itself, not the case said before it ("个人自荐的话，网上报名要不要传作品照片" asks of the photos)
        # ... unless it asks of something beyond coming forward ("自荐的人要不要参加面试": 面试)
        own = self_application_pick(corpus, home) if home and asks_self_application(
            ask_and_context(part)[0]) and not _asks_beyond_applying(ask_and_context(part)[0]) else None
        if own is not None:  # "个人能不能自己报名？在哪报？": the first ask by how candidates come forward
            main = Pick(own[0], own[1], threshold(), True, threshold())
        # the paper this ask is of: the one it names, else the one named last before it ("汇总表的模版到哪里下？要填
        # 哪几栏" asks the 汇总表's columns, though the message named the 推荐表 first)
        paper = paper_asked(part, "".join(parts[:i]))
        if main is not None:
            main = named_form_first(corpus, paper or "".join(parts[:i + 1]), main, picks)
        if main is not None and paper and asks_form_field(part) and other_form(corpus, paper, main) \
                and _names_paper(corpus, program_of(main.clause_id), paper):
            # "…汇总表的模版到哪里下？有没有字数要求的": the 推荐表's "主要事迹（300字以内）" is another paper's cell; the
            # notice has a 汇总表 and says none of its cells
            main = None
        owner = program_of(main.clause_id) if main is not None else home
        vocabulary = _notice_units(corpus, owner) if owner else None
        named = identity_asked(ask_and_context(part)[0]) if main is not None and owner else None
        if named is not None and identity_answer(corpus, owner, named) is False:
            # "那证书是什么样子的": the gate a single question passes (chat.rules.identity): a notice naming the thing only in
            # passing ("颁发相应证书") does not say what it is
            main = None
        # a field of a named form ("汇总表要不要负责人签字") is read off the form's rows; a sentence of the notice's body
        # naming the form (…汇总表（附件3）电子版，统一发送至…) answers it only as any sentence answers an ask
        body_of_form = bool(FORM_NAMES.search(part)) and not in_attachment(corpus, main.clause_id) \
            if main is not None else False
        if main is not None and (asks_definition(part) or not asks_form_field(part) or body_of_form) \
                and not any(speaks_to(part, quote, _value_asked(part, asked), earlier or (() if asked.strict else held_over),
                                      vocabulary, _every_notice(corpus)) for quote in spoken(corpus, main, asked)):
            # "…风采展示嘛，一般放在哪个场馆搞的？": the sentence naming the thing asked of (将举办…风采展示) holds no
            # place of it; "疗休养一般去哪儿" is not answered by a sentence without 疗休养 that holds a place
            main = None
        left = left_open(part, main.quote, corpus, home or program_of(main.clause_id)) if main is not None else None
        if left is not None:
            # "民主推荐要全体职工投票还是车间代表投", "那一线是怎么认定的": the sentence naming the thing names neither
            # way chosen between, or states the condition without saying how it is judged (chat.rules.left_open)
            main, gated = None, left.label
        if main is not None and asks_form_field(part) and not asks_definition(part) and off_the_form(
                part, main.quote, asked.type, asked.strict, main.holds):
            # "只有个高级工的证，表上那格填啥？": the form's note (注：申报表一式两份…) is no cell; what the ask names on the
            # form is not in it (chat.rules.cell_asks)
            main = None
        if main is not None and asks_conditions(part) and not _is_condition(corpus, main.clause_id):
            # "五一劳动奖章要符合啥条件才给": a sentence saying "对符合条件的…" names the conditions, it does not state them
            main = None
        if main is not None and _after_award(part, r):
            # "首席技师评上以后是不是要带徒弟": once awarded, as a single question is read; the condition 带高徒 is none
            main, _ = _once_awarded(corpus, part, main)
        gated = silent_alone(corpus, part, (home,) if home else r.programs) if main is not None else gated
        if gated is not None:
            # "那返聘回来的算不算退休人员": an ask the single path finds silent (chat.rules.parts.silent_alone) is silent here
            # too, whatever nearest clause (退休人员不作为推荐对象) its words reached
            main = None
        if main is not None and not _answered_alone(said_alone(part, parts[:i]), home, r, deps):
            # "首席技师评上以后奖金多少，什么时候发": each ask is judged as the same words asked alone about the message's
            # programme (a bare ask with the thing asked before it: 奖金什么时候发), which the factual path finds
            # silent; its nearest sentence here (报送截止时间为 7 月 15 日) only shares a type word with it
            main = None
        # the things of a silent ask, which an ask after it naming nothing goes on about (a yes/no or a "what" ask:
        # a concrete value, "一共评几个", asked with no thing is the programme's)
        if onward and unheld_head(part, onward[0].quote) is not None:
            onward = []  # "公示完以后多久往上报": the next step is no wait, as the ask alone finds (chat.rules.asked_heads)
        if onward and (main is None or len(onward) > 1 and re.search(table()["next_step"], part)):
            # "报到区里以后区里又是怎么弄的": the step after the one said done answers, as it does for the ask alone;
            # it shares no words with the ask, so the topic gates above, made for sentences found by their words,
            # turned it away. "推上去以后还要过几道关" asks the course from there: every step, not one sentence
            main = onward[0]
            if len(onward) > 1:
                courses[len(items)] = onward
        topic = topic_after(part, earlier)
        held_over = topic_after(part, earlier, silent=True) if main is None and not topic else ()
        earlier = topic
        if main is not None and asks_form_field(part):  # "出生年月按什么格式填": the cell beneath the named field
            main = replace(main, quote=with_cell_below(corpus.clause(main.clause_id).text, main.quote, part))
            if bare_column(part, main.quote):  # "“行政职务”那栏，没有职务的写什么": a header naming it says nothing of it
                main = None
        # a guessed type names no value of its own: "税前还是税后" is silent on "您问的这一点", not on a date
        # a kind of place the ask names ("哪个处室管这个") is what it lacks, whatever type was guessed for it
        kind = place_kind(part, label=True)
        items.append((said, main, gated or (asked.label if asked.source == "table" else (kind[1] if kind else "您问的这一点"))))
        first_asked = first_asked or asked
    if all(p is None for _, p, _ in items):
        # silent on every ask: one "没有写明" naming each ("是否需要到现场答辩、是否需要准备PPT"), and a 参考 only
        # when it holds the first ask's thing
        # each ask named by what it asks: a guessed type's "您问的这一点" said once for two asks names neither
        # ("有没有奖金？市里公示几天？"), so such an ask is named by its own words, and a level it asks at is said
        named = [_named_ask(part, label) for part, _, label in items]
        if len(set(named)) < len(named):  # two asks of one kind ("具体数量" twice): each by its own words
            named = [_named_ask(part, "您问的这一点") for part, _, _ in items]
        labels = "、".join(named) if len(items) > 1 else items[0][2]
        # another programme's sentence is a 参考 for several asks only when it holds the thing the first one asks of:
        # without one, whatever shares the message's words ("首席技师…推荐报告" for "领军型浙江数商是个啥") is shown
        return _silent(text, replace(first_asked, label=labels), home, r, deps,
                       others=len(items) == 1 or bool(first_asked.thing))
    # A premise is what an ask asserts, checked against that ask's own answer: in "材料要订成一本交吧？纸质交几份，
    # 电子版也要吗" the 纸质 and 电子版 of the later asks are asked about, not asserted as the way papers go in.
    alone = replace(r, confirm=False)
    own = [(part, p) for part, p, _ in items if p is not None and asserts(part, alone)]
    ordered = _order_of_parts(corpus, home, items, courses) if home else None
    if ordered is not None:
        premise = ordered
    elif own:
        checked = [premise_check(part, r, [p]) for part, p in own]
        premise = next((c for c in checked if c and c.startswith("不对")), None) or next((c for c in checked if c), None)
    else:
        premise = premise_check(text, r, [p for _, p, _ in items if p is not None])
    return compose.parts_text(corpus, cites, [(part, tuple((s.clause_id, s.quote) for s in courses[i]) if i in courses
                                               else (p.clause_id, p.quote) if p else None, label)
                                              for i, (part, p, label) in enumerate(items)], deps.today, home,
                              premise=premise)


def _answered_alone(ask: str, home: str | None, r, deps) -> bool:
    """Whether the factual path, given ``ask`` as a message of its own about ``home`` (else the message's programmes),
    quotes the notice for it. An ask that still reads as several is not judged here (its parts already are)."""
    ask = ask.strip().rstrip("，,；;、")  # the comma that joined it to the next ask is not said alone
    if len(question_parts(ask)) > 1:
        return True
    if home and order_answer(deps.corpus, home, ask) is not None:
        return True  # "专家评完了还要公示吗": whether one step follows another, which the single path reads before this one
    alone = replace(r, programs=(home,) if home else r.programs, confirm=False)
    if home and not detect_programs(ask)[0]:  # asked alone, the programme is named, and retrieval reads its name
        ask = deps.corpus.meta(home).short_name + ask
    trial = Citations()
    answer_question(ask, alone, deps, trial)
    return bool(trial.freeze())


def _order_of_parts(corpus: Corpus, home: str, items: list, courses: dict[int, list[Pick]]) -> str | None:
    """The correction of the first ask of several that tells two steps in the order its notice reverses ("首届杭州工匠是
    先社会公示再专家评审的对吧？公示在哪些地方登？"), its answer becoming the sentence or items giving the notice's
    order (in ``items``, or ``courses`` for two numbered items, as a single question is answered:
    chat.premise.step_order); None when no ask does."""
    from assistant.chat.premise.step_order import order_premise, steps_named

    for i, (part, _, _) in enumerate(items):
        found = order_premise(corpus, home, part)
        if found is not None and found[0].startswith("不对"):
            quotes = found[1]
            # one sentence naming both steps gives the order by itself; a second is the same order again
            quotes = quotes[:1] if len(steps_named(quotes[0][1])) > 1 else quotes
            picks = [Pick(cid, quote, threshold(), True, threshold()) for cid, quote in quotes]
            if len(picks) > 1:
                courses[i] = picks
            else:
                items[i] = (part, picks[0], items[i][2])
            return found[0]
    return None


def _onward_steps(corpus: Corpus, part: str, asked: AskedType, main: Pick | None, picks: list[Pick],
                  home: str | None) -> list[Pick]:
    """The step after the one an ask says done ("报到区里以后…怎么弄的"), or the course from there when it asks how
    it goes on ("推上去以后还要过几道关"); empty for none: the next-step reading the single path gives a procedure
    ask (chat.rules.steps.next_step), for one ask of several. It starts from the ask's best unit of the asked notice,
    however low its relevance (the ask names the step done, not the step asked)."""
    if asked.type not in ("procedure", "actor"):
        return []
    onward = re.search(table()["next_step"], part)
    if not onward and not asked.overview:
        return []
    start = main or next((p for p in picks if home is None or program_of(p.clause_id) == home), None)
    if start is None:
        return []
    if not onward:
        # "推荐到省里以后是怎么评的" asks for the whole course, as the ask alone is answered (its steps, listed), not
        # found silent because no one unit of the course shares enough of its words
        # (used only where the gates left the ask silent: a course ask answered by one unit keeps it)
        following = steps_of(corpus, start, part)
        return following if len(following) > 1 else []
    following = next_step(corpus, part, [start])
    if (not following or following[0] is start) and asked.overview:
        # "推上去以后还要过几道关" answered first by the stage it names (三/(二)/1 组织评审): that stage's steps
        following = steps_of(corpus, start, part)
        return following if len(following) > 1 else []
    if not following or following[0] is start or (home and program_of(following[0].clause_id) != home):
        return []
    return following


# the types whose value must sit beside the thing asked of in the answering sentence ("报送截止时间为 7 月 15 日"):
# concrete values a sentence states of one thing
# (a form's cells lie in rows and columns, not stretches of a sentence: a form field's ask is not checked so)
_VALUE_OF = frozenset({"money", "date", "count", "contact", "place"})


def _value_asked(part: str, asked: AskedType) -> re.Pattern | None:
    """The values of the concrete kind ``part`` asks for, by its asking clause's own words ("一般在什么场馆办" asks a
    place, whatever the premise before it made of the whole part), else by ``asked``; None for no concrete kind."""
    own = classify(ask_and_context(part)[0])
    return own.pattern if own.type in _VALUE_OF else asked.pattern if asked.type in _VALUE_OF else None


def _names_paper(corpus: Corpus, program: str, paper: str) -> bool:
    """Whether ``program``'s notice names ``paper`` (a form or report) anywhere: an asker's name for a paper the notice
    does not have ("首席技师推荐表") is no other paper than the one quoted."""
    return any(paper in (c.title or "") or paper in (c.own_text or "") for c in corpus.clauses(program))


def _every_notice(corpus: Corpus) -> str:
    """The text of all five notices: whether an asker's word is the notices' at all."""
    return "\n".join(c.text or "" for c in corpus.clauses())


def _notice_units(corpus: Corpus, program: str) -> tuple[str, ...]:
    """The own text of each clause of ``program``'s notice: where it names things, and how often."""
    return tuple(c.own_text or "" for c in corpus.clauses(program))

_ASK_END = re.compile(r"(?:吗|呢|吧|啊|呀|么|嘛)?[\s？?。！!，,]*$")


# the longest ask said back in its own words ("“奖金打到哪个账户”这一点"); a longer one stays "您问的这一点"
_OWN_WORDS_MAX = 24

# the labels that name only a kind of value, no thing (the answer-type table's bare labels)
_KIND_ONLY = frozenset({"您问的这一点", "相关规定", "具体做法", "具体数量", "具体地点或渠道", "具体时间", "具体地点",
                        "所需材料", "由谁负责", "时长"})


def _named_ask(part: str, label: str, among: bool = True) -> str:
    """How a silent answer names an ask: its label, with the level the ask puts on it ("杭州的具体数量"); one ask
    ``among`` several whose label names only a kind of value by its own words ("“面试在哪儿考”这一点")."""
    if among and label in _KIND_ONLY:
        # "您问的这一点", "具体地点或渠道": a label naming only a kind of value does not say which of two asks is
        # unwritten ("证书在哪儿颁的？要不要本人去领？"), so the ask is named by its own words (its level with them)
        words = _said_back(part)
        if len(words) > _OWN_WORDS_MAX:  # a part that opens with the asker's case: its asking clause names it
            # (the clause that asks, not one with an indefinite 哪 in the case: "可我到现在哪个协会都没进过")
            words = _said_back(ask_and_context(part)[0])
        if len(words) > _OWN_WORDS_MAX:
            words = _said_back(ask_clause(part, lead=True))
        if len(words) > _OWN_WORDS_MAX:  # said back whole, the case would be read out as the question
            words = _said_back(ask_clause(part))
        return f"“{words}”这一点" if words and len(words) <= _OWN_WORDS_MAX else label
    level = asked_level(part)
    if level is not None and level[1] not in label:
        label = f"{level[1]}的{label}"
    return label


def _said_back(part: str) -> str:
    return _ASK_END.sub("", re.sub(r"\s+", "", without_names(part))).lstrip("的，,、")


# a clause's heading alone: its number ("（四）", "二、", "3.") and a short title
_HEADING_ONLY = re.compile(r"(?:[（(][一二三四五六七八九十\d]{1,3}[)）]|[一二三四五六七八九十]{1,3}、|\d{1,2}[.、．])\s*[\u4e00-\u9fff“”\"]{1,14}[。：:]?")


# an ask that presupposes the one before it: "要的话", "需要的话", "如果要", "是的话", "那…的话"
_PRESUPPOSES = re.compile(r"^(?:那|那么)?(?:如果|要是|假如)?(?:要|需要|必须|是|有|能|可以)的话")


def _query(text: str) -> str:
    """What retrieval searches with: the ask, and for a list of materials that names no paper ("单位要准备啥东西")
    the notices' word for papers too."""
    asked = classify(text)
    if asked.type == "materials" and asked.listing and not re.search(table()["listing_named"], text):
        return f"{text} {table()['listing_query']}"
    if asked.values == "period":  # "多久评一回" shares no word with "每 5年评选一次": the notices' word for it
        return f"{text} {table()['period_query']}"
    return text


def _held_somewhere(corpus: Corpus, text: str) -> bool:
    """"证书原件要交上去吗", no programme named: the thing asked about is in some notice, whatever retrieval's gate
    made of the whole question."""
    asked_thing = thing(text)
    return asked_thing is not None and any(holding_units(corpus, p, asked_thing) for p in program_ids())


def _searches_notice(asked: AskedType, text: str) -> bool:
    """A concrete value, who acts on a named step, or the step after a named one ("公示结束以后呢"): the asked
    notice is searched whole, past retrieval's gate."""
    return (asked.strict or (asked.type == "actor" and bool(step_terms(text)))
            or (asked.type == "procedure" and bool(re.search(table()["next_step"], text))))


def _silent(text: str, asked: AskedType, home: str | None, r, deps, others: bool = True) -> str:
    """No sentence of the asked notice holds the asked value: say so first, then the contact, then 参考 (another
    programme's sentence only with ``others``)."""
    corpus = deps.corpus
    if home is None:
        return compose.refusal_text(corpus, list(r.programs), today=deps.today)
    if asked.nearby and program_of(asked.nearby[0]) == home:
        # the notice says the thing at another level ("在全省范围内进行公示…" for 市里的公示): that sentence is the
        # nearest there is, shown as such and not cited, since it does not answer the level asked
        clause_id, quote, level = asked.nearby
        silent = compose.silent_text(corpus, home, asked.label, None)
        said = f"通知写的是{level}的，不是{asked.label.split('的', 1)[0]}的" if level else "通知写的不是您问的这一级"
        return f"{silent}\n参考（{said}）：{corpus.meta(home).short_name} {compose.local_id(clause_id)}写明“{quote}”。"
    same = _amount_said(corpus, text, home) if asked.type == "money" or _MONEY_NAMED.search(text) else None
    if same is not None:
        # "评上浙派工匠有没有补贴 每个月给多少": silent on an allowance, but the same notice states a sum it awards
        # (每人奖励 1万元), which is what the asker is after: shown as such, not cited, since it is not the thing asked
        clause_id, quote = same
        silent = compose.silent_text(corpus, home, asked.label, None)
        return (f"{silent}\n参考（同一通知写明的是这笔奖励，不是您问的{asked.label.removeprefix('您问的')}）："
                f"{corpus.meta(home).short_name} {compose.local_id(clause_id)}写明“{quote}”。")
    if asked.type == "yes_no" and not asked.thing:
        # "评上以后是终身的吗": every sentence "holds" a yes or a no, so without the thing asked about no other
        # notice's sentence can be shown to speak to it (杭州工匠's 奖励办法 is no 参考 on lifelong titles)
        return compose.silent_text(corpus, home, asked.label, None)
    if not others:
        return compose.silent_text(corpus, home, asked.label, None)
    try:
        # Without the programme's name, so that retrieval is not narrowed back to the asked notice.
        wider = deps.get_retriever().search(topic_only(text), program=None, k=5)
    except Exception:  # noqa: BLE001 - 参考 is optional; the silent answer stands without it
        wider = []
    elsewhere = [p for p in answering(rerank(corpus, text, [h.clause_id for h in wider], asked))
                 if program_of(p.clause_id) != home
                 and (not asked.thing or holds_thing(Thing(asked.thing, asked.label), p.quote))
                 # an ask about an attribute (照片底色, 公示的地方) is shown only a sentence stating it
                 and unheld_head(text, p.quote) is None]
    reference = replace(elsewhere[0], quote=named_cell(elsewhere[0].quote, text)) if elsewhere else None
    return compose.silent_text(corpus, home, asked.label, reference)


_MONEY_NAMED = re.compile(r"补贴|津贴|奖金|奖励|钱|待遇")


def _amount_said(corpus: Corpus, text: str, home: str) -> tuple[str, str] | None:
    """(clause, sentence) of the asked notice awarding a sum in 元 ("对突出贡献浙派工匠每人奖励 1万元并颁发证书"), or
    None. Read off the notice's own sentences: a clause's pick is its heading when the heading holds the type."""
    for clause in corpus.clauses(home):
        for sentence in sentences(clause.own_text):
            if _AWARD_WORDS.search(sentence) and any(u == "元" for _, u in claims(sentence)):
                return clause.clause_id, sentence
    return None


_AWARD_WORDS = re.compile(r"奖励|奖金")


# applying again after the award ("评上了还能再报吗", "评上杭州工匠了还能评数字工匠吗") is a rule question
_APPLYING_AGAIN = re.compile(r"报|申请|评|推荐|认定")


def _after_award(text: str, r) -> bool:
    """Whether the question asks what happens once one holds the title ("评上后…", "认定以后…") of one programme,
    and not whether one may then apply for something (a rule question)."""
    from assistant.chat.rules.ranking import awarded_frame

    # "评上后", "认定以后"; not a perfective ("总共认定了多少人", "参评了吧")
    frame = next((m for m in awarded_frame().finditer(text) if re.search(r"上|后", m.group(0))
                  and not re.search(r"[参申再]$", text[:m.start()]) and not _step_done(text[:m.start()], m.group(0))),
                 None)
    return bool(frame) and len(r.programs) <= 1 and not _APPLYING_AGAIN.search(text[frame.end():])


def _once_awarded(corpus: Corpus, text: str, main: Pick) -> tuple[Pick | None, Thing | None]:
    """The answer to an ask of what happens once awarded (``_after_award``), and the thing asked: the unit saying what
    an awardee gets that holds the thing ("评上浙派工匠有证书吗": 颁发相应证书, not the condition's 取得高级技师…职业资格);
    None when ``main`` is a condition for applying and no such unit holds it ("首席技师评上后可以带几个徒弟": 带高徒…
    is no answer)."""
    asked_thing = thing(text)
    awarded = _awarded_first(corpus, text, main, asked_thing) if asked_thing is not None else main
    if _is_condition(corpus, main.clause_id):
        return (awarded if awarded is not main else None), asked_thing
    return awarded, asked_thing

# handing up or a pass of the procedure said just before a bare 以后/之后 ("推上去以后", "报到省里以后", "初审过了之后")
_HANDED_UP = re.compile(r"(?:上去|上来|过了|完了|结束了?)$")


def _step_done(before: str, frame: str) -> bool:
    """Whether a bare 以后/之后 follows a step of the procedure done ("推上去以后第一关是咋审的", "公示以后"), which is
    the course going on, not the title held: the words of the steps (step_order.STEPS) or of handing up end ``before``."""
    from assistant.chat.premise.step_order import STEPS

    if frame not in ("以后", "之后"):
        return False
    tail = before[-12:]
    return bool(_HANDED_UP.search(tail)) or any(re.search(f"(?:{asker})[了过]?$", tail) for asker, _ in STEPS.values())


def _is_condition(corpus: Corpus, clause_id: str) -> bool:
    """Whether a clause is one the programme's rules table quotes, or sits under a heading naming conditions
    (二、推荐条件, 三、评选条件 … （二）培育突出贡献单位): a condition of applying, never what an awardee gets
    ("浙派工匠评上了有没有培训机会" is not answered by the units' condition on 职工教育培训)."""
    from assistant.chat.rules.conditions import rules_of

    if any(rule.clause_id == clause_id for rule in rules_of(program_of(clause_id))):
        return True
    return any(_CONDITIONS_HEADING.search(corpus.clause(a).title or "") for a in _ancestors(clause_id))


_CONDITIONS_HEADING = re.compile(r"条件")


def _awarded_first(corpus: Corpus, text: str, main: Pick, asked_thing: Thing) -> Pick:
    """What an awardee gets is said under the notice's heading for it (七、奖励办法, 五、荣誉授予, 四、培育计划):
    "第四届评上的人有没有培训" is answered by 组织…参加创新培训营 there, not by the survey about the camp in 五."""
    heading = re.compile(table()["reward"]["headings"])

    def awarded(clause_id: str) -> bool:
        return any(heading.search(corpus.clause(a).title or "") for a in _ancestors(clause_id)) and not _is_condition(
            corpus, clause_id)

    if awarded(main.clause_id):
        return main
    return next((p for p in thing_picks(corpus, program_of(main.clause_id), asked_thing, text)
                 if awarded(p.clause_id)), main)


def _ancestors(clause_id: str) -> list[str]:
    """The clause and the clauses above it ("三/(二)/2" -> 三, 三/(二), 三/(二)/2)."""
    program, _, path = clause_id.partition("#")
    parts = path.split("/")
    return [f"{program}#{'/'.join(parts[:i])}" for i in range(1, len(parts) + 1)]


def _value_premise(text: str, r, deps) -> tuple[str, tuple[str, str]] | None:
    """A count the premise asserts, corrected by the asked notice's sentence stating that attribute's value."""
    from assistant.chat.premise.value_sentence import value_premise

    if len(r.programs) != 1 or not asserts(text, r) or not claims(text):
        return None
    valued = value_premise(deps.corpus, r.programs[0], text)
    # "20000元奖励是税后的吗" asserts the sum to ask an attribute of it (chat.rules.asked_heads): the sentence stating
    # the sum does not settle the attribute, so it neither agrees nor corrects
    return None if valued is not None and unheld_head(text, valued[1][1]) is not None else valued


def _honours_instead(text: str, asked: AskedType, home: str | None, r, deps, cites: Citations) -> str | None:
    """"首届数字工匠评上了有一次性奖励两万块钱，是吧？" where the notice awards honours and names no money: the
    premise is wrong, and the sentence saying what is awarded answers it (cited), the contact after it."""
    # an amount asserted makes it a money premise, whatever else it counts ("一人奖两万块": 一人 is per head); so does
    # money said to come with no amount ("评上了也有一次性奖金的吧", premise/given.py)
    from assistant.chat.premise.given import money_supposed

    if home is None or not asserts(text, r) or not (any(u == "元" for _, u in claims(text)) or money_supposed(text)):
        return None
    corpus = deps.corpus
    awarded = AskedType("money", "reward", "奖励", True)
    found = next((p for p in notice_picks(corpus, text, home, awarded) if p.holds and len(p.quote) >= MIN_STATEMENT), None)
    if found is None:
        return None
    meta = corpus.meta(home)
    if any(u == "元" for _, u in claims(found.quote)):
        # "杭州工匠奖金五千块对吧" where the reward sentence does state a sum ("一次性奖励20000元"): that sum corrects it
        from assistant.chat.premise import correction

        line = correction(text, found.quote)
        if line and not line.startswith("不对") and unheld_head(text, found.quote) is not None:
            # "20000元奖励是税后的吗": the sum agrees, the attribute asked of it (税) is unwritten; so where the line
            # only says the sum's sentence is silent on it ("每年还发一万块" against "每人奖励 1万元"): the notice's
            # silence answers, as for the same thing asked ("奖金每年都发吗")
            return None
        if line:
            return compose.qa_text(corpus, cites, text, [(found.clause_id, found.quote)], deps.today, premise=line)
        return None
    lines = [f"不对，{meta.short_name}的通知没有写奖金或一次性奖励的金额；它写的奖励是：",
             f"{meta.short_name} {compose.local_id(found.clause_id)}：“{found.quote}”{cites.mark(found.clause_id, found.quote)}"]
    if meta.contacts:
        lines.append(f"如需确认，请咨询发文单位：{'；'.join(meta.contacts)}。")
    return "\n".join(lines + compose.status_lines(corpus, [home], deps.today))


def _contacts(corpus: Corpus, text: str, cites: Citations, today) -> str:
    """A contact question naming no programme: each programme not superseded by a later edition, with the
    sentence of its notice giving a contact (cited), or its silence and the issuing body."""
    asked = classify(text)
    lines = ["您没有说明是哪个项目。各项目通知写明的联系方式："]
    for program in corpus.current_programs(today):
        meta = corpus.meta(program)
        found = next((p for p in notice_picks(corpus, text, program, asked)
                      if p.holds and not is_form_row(p.quote) and len(p.quote) >= MIN_STATEMENT), None)
        if found is None:
            body = "、".join(meta.contacts)
            lines.append(f"· {meta.short_name}：通知没有写明联系人和电话" + (f"（发文单位：{body}）。" if body else "。"))
        else:
            lines.append(f"· {meta.short_name} {compose.local_id(found.clause_id)}："
                         f"“{found.quote}”{cites.mark(found.clause_id, found.quote)}")
    return "\n".join(lines)


def _current(corpus: Corpus, main: Pick, picks: list[Pick], today) -> Pick:
    """``main``, or when its programme is superseded by a later edition, the best pick of a programme that is
    not which answers as well (holds the asked value, relevant enough)."""
    if not corpus.round_status(program_of(main.clause_id), today).superseded_by:
        return main
    return next((p for p in picks if p.holds and p.relevance >= threshold()
                 and not corpus.round_status(program_of(p.clause_id), today).superseded_by), main)


def _also_answer(corpus: Corpus, picks: list[Pick], program: str, today) -> bool:
    """Whether a programme other than ``program`` (and not superseded) holds an answering value too."""
    return any(p.holds and p.relevance >= threshold() and program_of(p.clause_id) != program
               and not corpus.round_status(program_of(p.clause_id), today).superseded_by for p in picks)

