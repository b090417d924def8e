"""One ask's answering unit: the asked type, the retrieved and scanned units ranked on it, and the unit that
answers (None: the asked notice is silent on it), with the premise a confirmation question states.

Split out of ``factual`` (which shapes the whole answer: the parts of a message, the silent answer, the notes)
along the seam between choosing a sentence and writing the answer around it.

Run with:  .venv/bin/python -m pytest -q tests/chat/test_answer_types.py
"""

from __future__ import annotations

import logging
import re
from dataclasses import replace

from assistant.chat.premise import (
    category_pattern,
    claims,
    correction,
    strip_channels,
    strip_claims,
    unit_pattern,
    waived_item,
)
from assistant.chat.premise.agents import acts, agent_agrees, agent_correction, bodies_in
from assistant.chat.rules.answer_types import (
    AskedType,
    classify,
    focus,
    last_question,
    table,
    threshold,
    trailing_no,
    units_asked,
    without_own_case,
)
from assistant.chat.rules.asked_heads import unheld_head
from assistant.chat.rules.choice import choice_answers, choice_picks
from assistant.chat.rules.conditional import the_question
from assistant.chat.rules.form_templates import template_of
from assistant.chat.rules.forms import FORM_NAMES, is_attached_form
from assistant.chat.rules.kind_asked import unnamed_kind, value_of_another
from assistant.chat.rules.levels import focus_words, mismatched, said_at, said_label
from assistant.chat.rules.open_heads import silent_on
from assistant.chat.rules.phrasing import plain_content_ask
from assistant.chat.rules.procedure_words import notice_steps, step_terms, step_words
from assistant.chat.rules.quotes import _ASKS_FORM, Pick, asks_form_field, is_form_row
from assistant.chat.rules.ranking import (
    MIN_STATEMENT,
    answering,
    money_rest,
    notice_picks,
    program_of,
    rerank,
)
from assistant.chat.rules.scopes import general_first, scoped_away
from assistant.chat.rules.stated import stated_pick
from assistant.chat.rules.things import (
    Thing,
    acts_on_papers,
    asker_may,
    asks_requirement,
    holds_thing,
    is_limit,
    is_paper_form,
    thing,
    thing_picks,
    unheard_of,
)
from assistant.language.asking import asks_content
from assistant.notices.tree import Corpus
from assistant.programs import program_ids

__all__ = ["answer_part", "second", "asks_result", "asserts", "premise_check", "asked_thing_in", "acting_pick", "agent_steps",
           "CATEGORY_SHARE", "unnamed_step",
           "per_unit_note", "region_unstated"]

log = logging.getLogger(__name__)

_ASSERTING = re.compile(r"吧\s*[？?]?\s*$|够不够|够没够|够吗|够了吗|是[^，。？?]{2,24}的吗|是真的吗|不是说|网上说|有人说|听人说|听人讲|听说|据说|是不是|必须|只要|就行|就能|就可以|才能|应该没问题")
_ASKS_NUMBER = re.compile(r"吗\s*[？?]?\s*$")
# 伐 is Wu dialect's 吗 ("还要交复印件伐"), 嘛 a spoken one
_YES_NO_SHAPE = re.compile(r"吗|么|伐\s*[？?]?\s*$|嘛\s*[？?]?\s*$|能不能|可不可以|是否|有没有|要不要|需不需要|用不用|会不会|(\w)不\1|吧\s*[？?]?\s*$|"
                           + trailing_no())  # "要答辩不", "交原件不"
# non-strict types a question may ask as yes or no ("要交原件吗", "有没有答辩环节"): its thing decides
_SHAPED_YES_NO = ("materials", "procedure")
# a count that is a span of time ("评审时长", "公示天数"), and the segments of a sentence a value sits in
_DURATION = re.compile(r"时长|天数|多久|多长时间")
_SEGMENTS = re.compile(r"[，。；,;：:！？]")
_COUNT_CLAIM = re.compile(r"(?<![第前0-9])[0-9０-９一二两三四五六七八九十百]+\s*(?:个人|名|人|个)")

def answer_part(corpus: Corpus, text: str, ids: list[str], home: str | None, r,
                 whole: str | None = None, before: str | None = None) -> tuple[AskedType, list[Pick], Pick | None]:
    """``_at_level``, then the attribute check (chat.rules.asked_heads): an ask about an attribute a rule usually leaves
    out ("照片要什么底色", "奖金打到哪个账户", "入会要满多久") is answered only by a sentence stating that attribute;
    a sentence on the rule's topic that does not ("正面免冠 彩色近照 (2寸)") leaves the notice silent on it."""
    asked, picks, main = _at_level(corpus, text, ids, home, r, whole, before)
    missing = unheld_head(text, main.quote) if main is not None else None
    if missing is not None and before is None and choice_answers(corpus, home, text, main.quote):
        # "是每个月发补贴还是一次性给钱": an A还是B ask is the choice reader's before any attribute's silence. Only for
        # a single ask, whose answer leads with the choice reader's sentence (chat.rules.factual); a part of several
        # is answered without that lead, so the attribute's silence stays its answer ("要不要交个税？是一次性发还是
        # 分几年发？": 是一次性发放还是分期发放, not the open reader's 年数)
        missing = None
    stating = _stating_pick(text, main, picks) if missing is not None else None
    if stating is not None:
        # "首届数字工匠的评委从哪里来的": another on-topic sentence of the same notice states the attribute (…推荐相关
        # 领域专家组成专家库), the same way a kind the ask names is looked for (_of_kind)
        log.info("qa attribute %s stated in %s instead of %s", missing.name, stating.clause_id, main.clause_id)
        main, missing = stating, None
    if missing is not None:
        log.info("qa attribute %s not stated in %s: silent", missing.name, main.clause_id)
        return replace(asked, label=missing.label, strict=True), picks, None
    # the open reader (chat.rules.open_heads): a detail the closed table has no row for ("组长是哪个领导", "住宿费要不要
    # 自己掏") that no sentence of the asked notice names is unwritten, whatever sentence shares the ask's topic
    program = home or (program_of(main.clause_id) if main is not None else None)
    unstated = silent_on(corpus, program, text) if main is not None and program and not asserts(text, r) else ()
    if unstated:
        log.info("qa head %s not in %s's notice: silent", "、".join(unstated), program)
        return replace(asked, label="、".join(unstated), strict=True), picks, None
    # one ask of several (``before`` given) is a premise by its own form, not by the message's "…是不是"
    if main is not None and not asserts(text, replace(r, confirm=False) if before is not None else r):
        return _of_kind(text, asked, picks, main)
    return asked, picks, main


def _stating_pick(text: str, main: Pick, picks: list[Pick]) -> Pick | None:
    """The first other pick of ``main``'s notice, on the ask's topic, that states every attribute the ask names."""
    home = program_of(main.clause_id)
    return next((p for p in picks if p.quote != main.quote and program_of(p.clause_id) == home
                 and p.relevance >= threshold() and unheld_head(text, p.quote) is None), None)


def _of_kind(text: str, asked: AskedType, picks: list[Pick], main: Pick) -> tuple[AskedType, list[Pick], Pick | None]:
    """``main`` unless the value asked is another's in it ("培育突出贡献单位奖励多少钱"), or the kind the ask names
    ("单位推荐要开什么会", chat.rules.kind_asked) is named by no word of it:
    then another on-topic sentence of the same notice naming it (…领导班子集体研究决定), else silence on that kind, the
    same for a single ask and each ask of several."""
    ask = text  # one ask: a single message's, or one part of several (chat.rules.parts imports this module)
    whose = value_of_another(ask, main.quote, asked.pattern) if asked.strict and asked.pattern is not None else None
    if whose is not None:
        # "培育突出贡献单位奖励多少钱": the amount beside it (对突出贡献浙派工匠每人奖励 1万元) is another's
        log.info("qa value in %s is not %s's: silent", main.clause_id, whose)
        return replace(asked, label=f"{whose}的{asked.label.removeprefix('您问的')}", strict=True), picks, None
    kind = unnamed_kind(ask, main.quote)
    if kind is None:
        return asked, picks, main
    other = next((p for p in picks if program_of(p.clause_id) == program_of(main.clause_id)
                  and p.relevance >= threshold() and unnamed_kind(ask, p.quote) is None), None)
    if other is not None:
        return asked, picks, other
    log.info("qa kind %s not named in %s: silent", kind.kind, main.clause_id)
    return replace(asked, label=kind.label, strict=True), picks, None


def _at_level(corpus: Corpus, text: str, ids: list[str], home: str | None, r,
              whole: str | None = None, before: str | None = None) -> tuple[AskedType, list[Pick], Pick | None]:
    """``_answer_part``, then the level check (chat.rules.levels): an answering sentence saying the asked thing at
    another level than the ask names ("市里公示几天" answered by 在全省范围内进行公示…) gives way to one of the
    asked notice saying it at the asked level; with none, the notice is silent on the asked level's thing."""
    asked, picks, main = _answer_part(corpus, text, ids, home, r, whole, before)
    if (asked.type == "procedure" or not asked.strict) and home is not None:
        # "单位那一步到底要干嘛", "协会那边要做些什么": the step of the body named as its doer, not the whole course
        from assistant.chat.rules.steps import body_step, titled_step

        own = body_step(corpus, home, text)
        if own is not None:
            return replace(asked, overview=False), picks, own
        # "那个他人推荐具体是咋弄的": the clause titled with the step said in full ("（三）他人推荐") answers how it goes
        titled = titled_step(corpus, home, text) if asked.type == "procedure" and not asked.overview else None
        if titled is not None:
            return asked, picks, titled
    # a yes/no question is answered only by a sentence stating its thing, whatever type it was given (chat.rules.stated)
    asked, main = stated_pick(corpus, text, home, asked, main, yes_no_form=_yes_no_form(text),
                              states_value=_states_value(text, r, asked))
    if main is None or home is None or program_of(main.clause_id) != home or asserts(text, r) \
            or asked.type in _BODY_VALUED:
        return asked, picks, main
    meta = corpus.meta(home)
    title = meta.title + "".join(meta.issuers)
    value = asked.pattern if asked.strict else None
    wrong = mismatched(text, main.quote, title, value, corpus.clause(main.clause_id).text)
    if wrong is None or (wrong[0].name == "unit" and per_unit_note(text, main.quote)):
        # "一个公司能推荐多少人": the quota is per recommending body, which the answer says first (per_unit_note)
        return asked, picks, main
    other = next((p for p in picks if p.quote != main.quote and program_of(p.clause_id) == home and p.holds
                  and p.relevance >= threshold()
                  and said_at(text, p.quote, title, value, corpus.clause(p.clause_id).text)), None)
    if other is not None and stated_pick(corpus, text, home, asked, other, yes_no_form=_yes_no_form(text),
                                         states_value=_states_value(text, r, asked))[1] is other:
        return asked, picks, other  # said at the asked level, and stating the thing a yes/no question asks
    level, word = wrong
    said = asked.label.removeprefix("您问的")
    label = f"{word}的{said}" if said not in ("这一点", "相关规定") else f"{word}的{''.join(focus_words(text)[-1:]) or '这一点'}"
    log.info("qa level asked=%s sentence=%s: silent", level.name, main.clause_id)
    nearby = (main.clause_id, main.quote, said_label(text, main.quote, title, value, corpus.clause(main.clause_id).text))
    return replace(asked, label=label, thing=asked.thing or focus_words(text), nearby=nearby), picks, None


def _yes_no_form(text: str) -> bool:
    """Whether ``text`` asks yes or no ("要体检吗", "有没有年龄上限"), not for content ("交到哪里", "先干嘛")."""
    return bool(_YES_NO_SHAPE.search(text)) and not asks_content(text)


def _states_value(text: str, r, asked: AskedType) -> bool:
    """Whether the question is a premise stating a value of its own that its sentence settles: a number, a waived
    item or a category ("是交到市总工会的吧"), or a value of the asked type ("截止日期是不是10月底")."""
    return asserts(text, r) and bool(claims(text) or waived_item(text) or category_pattern(text)
                                     or (asked.strict and asked.pattern.search(text)))


# a value pointed back at by 那/这 ("那一万块", "这笔2万元"): what is asked about, said by its value
_POINTED_VALUE = re.compile(r"[那这](?:个|笔|份)?[0-9０-９一二两三四五六七八九十百千万.]+\s*[万千]?\s*(?:块钱|块|元|万)")


# asks whose value is itself a body or a place, or what a body does: a level in them names who sends, asks or acts
# ("区里评完了材料往哪里送", "区人社局收到材料后要干嘛"), not the level of the value, which is another body's
_BODY_VALUED = frozenset({"place", "actor", "contact", "procedure"})


def _answer_part(corpus: Corpus, text: str, ids: list[str], home: str | None, r,
                 whole: str | None = None, before: str | None = None) -> tuple[AskedType, list[Pick], Pick | None]:
    """The asked type, the ranked picks and the answering pick (None: the asked notice is silent). ``whole``
    is the whole message when ``text`` is one part of it: its topic ("自由职业者…") carries over. ``before`` is
    the message up to this part, whose form named earlier ("《认定推荐报告》得写多长？有没有模板？") a template ask
    is about even where the part has a topic of its own."""
    asked = classify(text)
    template = template_of(corpus, home, text, before or whole) if home else None
    if template is not None:
        # "汇总表的模板在哪下": the notice's attachment of that form, or silence on its template
        name, found = template
        asked = replace(asked, type="materials", values="materials", label=f"{name}{table()['form_template']['label']}",
                        strict=True, thing=(name,))
        if found is None:
            return asked, [], None
        pick = Pick(found[0], found[1], threshold(), True, threshold())
        return asked, [pick], pick
    if home and not asserts(text, r):
        # "线上还是线下", "税前还是税后": the sentence naming one of the alternatives, or silence on the choice
        sides, chosen = choice_picks(corpus, home, text)
        if sides is not None:
            if not chosen:
                return replace(asked, label=f"是{sides[0].words[0]}还是{sides[1].words[0]}", strict=True,
                               thing=sides[0].words), [], None
            return asked, chosen, chosen[0]
    categorical, actor, claimed = False, None, False
    held: list[Pick] = []
    # A premise with no value of its own ("要交体检报告吧") is checked the same way; one stating a value, a
    # waived item or a channel is settled against the sentence that states it, below.
    # "证书原件要交上去吗" is a yes/no question about papers: the thing (原件) decides it as for any yes/no rule.
    # "评审有没有答辩环节" is typed a procedure (环节) but asks yes or no about 答辩: a step the notice never names
    # is one it is silent on, as for any yes/no rule.
    yes_no = asked.type == "yes_no" or (asked.type in _SHAPED_YES_NO and bool(_YES_NO_SHAPE.search(text))
                                        and not asks_content(text))
    if not yes_no and bool(_YES_NO_SHAPE.search(text)) and not asks_content(text) and not asserts(text, r):
        # A count or a place named only as a noun of a yes/no question ("名额没用完可以补报吗", "材料要不要寄原件")
        # asks yes or no about its thing (补报, 原件): a notice that never says it is silent, and a quota or
        # handing-in sentence is no answer. A place question's thing counts only as a paper's form, since "要寄到
        # 市人社局吗" names a channel, which the place sentence does answer.
        # A number said in the question ("那栏只能勾一个吗") makes it a question about that number, not a thing.
        shaped = thing(text)
        # "字数有上限吗", "名额有没有限额": a limit asked of a count is the count itself, which its type answers
        yes_no = shaped is not None and (
            (asked.type == "count" and asked.values == "count" and not asked.pattern.search(text)
             and not is_limit(shaped))
            or (asked.type == "place" and is_paper_form(shaped))
            # "奖的钱要不要退", "奖金会不会收回": money named in a yes/no question about what is done with it (the
            # table's acts) asks about the act, which a sentence stating the amount does not say
            or (asked.values == "amount" and not asked.pattern.search(text) and acts_on_papers(shaped)))
        if yes_no and asked.values == "amount":  # "奖金会不会被收回": the act is ruled on (撤销其所获表彰奖励), not an amount
            asked = replace(asked, type="yes_no", values="yes_no", label="相关规定", strict=False, narrow=None)
        if yes_no and asked.type == "place":  # "原件要寄过去吗" asks about the paper, answered where it is ruled on
            asked = replace(asked, type="materials", values="materials", label="所需材料", strict=False, narrow=None)
    if yes_no and (not asserts(text, r) or not (claims(text) or waived_item(text) or category_pattern(text))):
        # "要不要现场答辩": when no sentence of the asked notice holds the thing, a sentence about 评审 is no answer
        asked_thing = thing(text)
        if asked.type == "materials" and not (asked_thing and (is_paper_form(asked_thing) or acts_on_papers(asked_thing)
                                                                or unheard_of(corpus, asked_thing))):
            # "推荐表要交纸质的吗" is answered by the sentence saying 电子版: the type decides; but a thing no notice
            # names at all ("要准备PPT吗") is one the asked notice is silent on
            asked_thing = None
        if asked_thing is not None and home:
            # a unit said of a kind of applicant the asker never names ("自由职业者应通过…行业协会…原件校验后退回")
            # comes after the general rule holding the thing ("上级部门校验后，将原件退回")
            held = general_first(whole or text, thing_picks(corpus, home, asked_thing, text))
            if held and not asks_requirement(text) and not (asks_form_field(text) or FORM_NAMES.search(text)) and all(
                    is_form_row(p.quote) or is_attached_form(corpus, p.clause_id) for p in held):
                # "首席技师有没有培训": only a form's field names 培训 ("(包括技术培训和进修)"), which asks the
                # applicant to fill it in; it offers nothing, so the notice is silent on what was asked
                held = []
            if not held:
                return replace(asked, label=asked_thing.label, thing=asked_thing.words), [], None
        elif asked_thing is not None:  # no programme named: the notices that hold the thing answer
            held = general_first(whole or text, sorted((p for program in program_ids() for p in thing_picks(corpus, program, asked_thing, text)),
                          key=lambda p: -p.score))
    # One half of a two-part question keeps the topic of the whole ("自由职业者 … 走什么渠道推荐").
    scoring = text if whole is None or whole == text else f"{text} {focus(whole)}"
    if asserts(text, r) and not _claims_off_unit(text, asked):
        # A premise's own value ("是5月搞的吧") must not pull the quote toward a sentence that repeats it.
        scoring = strip_claims(text)
        # "必须45岁以下？": the answer is the sentence that states an age; "每两年评一次吧" asks for a period, whose
        # value set already is the answer (a count of 年 would take "在杭满5年")
        # (the number asserted is one the closing question says: "…每天还有一半时间在开机床。…才能报？" tells the case)
        narrow = unit_pattern(last_question(text)) if asked.values != "period" else None
        waived = waived_item(text)
        if home and _acted_on(corpus, home, agent_steps(text)):
            # "浙派工匠是市政府批的对吧", "名单是市总工会一家定的吧": a body said to act on a step (批准, 审定 …) is
            # checked against the sentence naming who does that step, as "谁批的" is answered (acting_pick
            # below); "一家" counts no value of the notice's
            asked = AskedType("actor", "actor", "由谁负责", False)
        elif waived and not narrow:  # "推荐表不用单位盖章吧": the answer is the sentence that asks for it
            asked = replace(asked, type="materials", values="materials", label="所需材料", strict=True,
                            narrow=re.escape(waived))
        elif narrow:  # an asserted number makes it a question about that number ("占一半就行了吧")
            claimed = True
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
    if asked.values == "period":  # "多长时间评一回" shares no word with "每 5年评选一次": the notices' words for it
        scoring = f"{scoring} {table()['period_query']}"
    # A question about a form ("汇总表的出生年月按什么格式填") is answered by the notice's own forms, which
    # retrieval ranks low: the asked notice is searched for a unit holding the value.
    form = asks_form_field(text)
    scan = (home,) if home and (asked.strict or form or (asked.type == "materials" and _ASKS_FORM.search(text))) else ()
    topic_of = whole or text
    if asked.values == "period":  # the topic too: relevance reads it, and "多长时间评一回" shares no pair with 评选一次
        topic_of = f"{topic_of} {table()['period_query']}"
    result = asked.type == "date" and not claimed and asks_result(topic_of)
    if result:  # "多久出结果" shares no word with "认定工作于2017年4月底前完成": the notices' words for the result
        topic_of = f"{topic_of} {table()['result']['query']}"
        scoring = f"{scoring} {table()['result']['query']}"
    if claimed and asked.type == "count":
        # "全市一共评50个，对吧": the asserted count is what is checked, not the topic ("评50个" had none)
        topic_of = _COUNT_CLAIM.sub(" ", topic_of)
    if categorical and asked.type == "place":
        # The body the premise names ("省总工会评的吧") is its value, not its topic.
        topic_of = strip_channels(topic_of)
    # one plain ask for content ("本来打算评多少个"): its verbs no notice says are how it is put, not its topic (a part
    # of a message of several asks, which comes with ``before``, reads its words against the others')
    plain = before is None and (whole is None or whole == text) and not claimed and plain_content_ask(text)
    picks = rerank(corpus, scoring, ids, asked, scan=scan, topic_of=topic_of, forms=form, phrasing=plain)
    if whole and whole != text:
        # One ask of several is on topic by its own words too ("交到哪里", beside "要交哪些材料"), as well as
        # by the whole message's ("走什么渠道推荐" after "自由职业者可以申请吗").
        own = {(p.clause_id, p.quote): p.relevance
               for p in rerank(corpus, scoring, ids, asked, scan=scan, topic_of=text, forms=form)}
        picks = [replace(p, relevance=max(p.relevance, own.get((p.clause_id, p.quote), 0.0))) for p in picks]
    log.info("qa type=%s(%s) home=%s top=%s", asked.type, asked.source, home,
             [(p.clause_id, round(p.score, 2), p.holds) for p in picks[:3]])
    if asked.type == "date" and not claimed and re.search(table()["next_round"]["cue"], topic_of):
        # "下一轮遴选通知几月份发": each notice dates its own round only (浙派's says 每 5年评选一次 and no more), so
        # a date in it (the notice's own, 2023年8月31日) is never the next round's
        return replace(asked, label=table()["next_round"]["label"]), picks, None
    # the asker's own case ("我师傅评上了杭州工匠，…发多少") is no point of the money asked about
    if asked.type == "money" and money_rest(focus(without_own_case(topic_of))) and any(
            p.holds and (home is None or program_of(p.clause_id) == home) for p in picks):
        # Silent on "奖金打到哪个账户" is silent on that point, not on the amount the notice does state.
        asked = replace(asked, label="您问的这一点")
    if asked.strict:
        found = answering(picks, home, CATEGORY_SHARE if categorical else 1.0)
        if asked.type in ("place", "contact") and not form:
            # "地址多少": a form's blank field ("单位地址", "联系电话\t手机") names the kind of value but gives none
            found = [p for p in found if not (is_form_row(p.quote) or len(p.quote) < MIN_STATEMENT)]
        if asked.type == "place" and home and not form and not categorical and re.search(table()["postal"]["cue"], text):
            # "纸质材料邮寄到哪里": the notice's postal address ("通信地址：解放东路 18 号…") answers first, though it
            # shares no word with the question; a notice giving none is answered by where things go, as before
            found = _postal(corpus, text, home, asked) + found
        if asked.type == "contact" and asked.values == "contact" and home and not found and not form and bare_contact(
                topic_of):
            # "有不清楚的地方找谁问比较好", "这事儿该打哪个电话": a contact asked of the programme as a whole names no
            # topic a sentence must share; the notice's own contact sentence answers, a notice giving none is silent
            found = _notice_contact(corpus, text, home, asked)
        # "是各市总工会往省里报的吧": with the body named taken out nothing is left but handing in, so the notice's
        # sentence saying where things go (else which body sends them) answers, whatever words it shares.
        bare = bool(actor) and _only_handing_in(topic_of)
        if not found and bare:
            found = _handing_in(picks, home)
        if not found and actor:  # no sentence says where things go: the one saying which body acts
            asked = replace(asked, narrow=actor)
            picks = rerank(corpus, scoring, ids, asked, scan=scan, topic_of=topic_of, forms=form, phrasing=plain)
            found = answering(picks, home, CATEGORY_SHARE)
            if not found and bare:
                found = _handing_in(picks, home)
        steps = _steps_named(topic_of) if asked.type == "date" and not result else ()  # result: its own steps
        if steps and found:
            # "第四届公示截止是哪天": a date answers only with the step it dates ("计算时间截至…" dates no 公示);
            # with none, the notice is silent on that step's date.
            found = [p for p in found if any(s in p.quote for s in steps)]
            if not found:
                return replace(asked, label=f"{'、'.join(steps)}的时间", thing=steps), picks, None
        if result:
            # "第四届多久出结果": only a date said of the result's step answers ("计算时间截至…" is none); with none,
            # the notice is silent on when the result comes
            terms = re.compile(table()["result"]["terms"])
            found = [p for p in found if terms.search(p.quote) or terms.search(corpus.clause(p.clause_id).title or "")]
            if not found:
                return replace(asked, label=table()["result"]["label"]), picks, None
        steps = _steps_named(topic_of) if asked.type == "count" and _DURATION.search(asked.label) else ()
        if steps and found:
            # "浙派工匠评审要多长时间": a span answers only in the segment naming the step it spans ("公示时间不少于
            # 5个工作日" spans 公示, though its sentence opens with 评审结果公示); with none, the notice is silent.
            found = [p for p in found if any(s in seg for seg in _SEGMENTS.split(p.quote) if asked.pattern.search(seg)
                                             for s in steps)]
            if not found:
                return replace(asked, thing=steps), picks, None  # its label names the span ("评审时长")
        elif found and asked.type == "count" and _DURATION.search(asked.label):
            # "奖金评上以后多长时间能发下来" names no step: the span is of what it does name (奖金), and a sentence
            # spanning something else ("公示时间不少于 5个工作日") holds no span of that
            spanned = _spanned(topic_of)
            if spanned:
                found = [p for p in found if any(holds_thing(Thing((w,), w), p.quote) for w in spanned)]
                if not found:
                    return asked, picks, None
        cases = _case_terms(corpus, home, text) if home else ()
        if cases and found:
            # "要是只拿了提名奖，证书和奖牌还发不发": the case asked in is one the notice names (提名奖), and the value
            # must be said of it; 奖励办法's 证书、奖牌 are said of those 认定为杭州数字工匠, so the notice is silent
            found = [p for p in found if any(_case_said(corpus, p.clause_id, w) for w in cases)]
            if not found:
                said = asked.label.removeprefix("您问的")  # "提名奖的这一点", not "提名奖的您问的这一点"
                return replace(asked, label=f"{'、'.join(cases)}的{said}"), picks, None
        found = general_first(whole or text, found)  # the general rule before one said of a kind not asked of
        return asked, picks, (found[0] if found else None)
    in_home = [p for p in picks if home is None or program_of(p.clause_id) == home]
    if held and not any(asked_thing_in(held, p) for p in in_home[:1]):
        # The best-ranked unit does not hold the thing asked about: the best unit that does answers.
        return asked, picks, held[0]
    if held and _titled(corpus, held[0], asked_thing) and not _titled(corpus, in_home[0], asked_thing):
        # "要经过初审吗": the clause headed 初审 answers, not one mentioning 初审入围人员 in passing
        return asked, picks, held[0]
    if held and asker_may(text, held[0].quote) and not asker_may(text, in_home[0].quote):
        # "我能不能要求他别评我": the unit where the applicant may act ("候选人…可以在评审前申请其回避") answers, not
        # the one saying what the experts must do, which retrieval ranked first
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
        steps = step_terms(topic_of)
        acting = acting_pick(corpus, [p for p in scanned if program_of(p.clause_id) == home], steps)
        # only a step in the notices' own words (actor_steps): a question's raw verb ("管宣传" -> 管宣) is no
        # step a sentence would name ("市委宣传部负责…宣传工作" answers it)
        if steps[0] in notice_steps() and not _acted_on(corpus, home, steps):
            # "首席技师的证书是谁发的": no sentence of the notice names a body doing the step, so a sentence that
            # only shares the question's words (技师证书 as a requirement) is no answer. A sentence stating the
            # step without its doer ("颁发证书、奖牌…", acting_pick's unit on the step) answers after saying so;
            # with none, the notice is silent.
            said = unnamed_step(topic_of, steps[0])
            if acting is None:
                return replace(asked, label=f"由哪个单位{said}", strict=True, thing=steps), picks, None
            # the clause that is the step ("(1) 初审。…进行初审") states it, not one naming it of its object
            # ("对初审入围人员进行专业评审")
            headed = next((c for c in corpus.clauses(home) if c.path and c.clause_id != acting.clause_id
                           and _HEADING_END.sub("", c.title or "").endswith(steps[0])
                           and steps[0] in (c.own_text or c.text)), None)
            if headed is not None:
                quote = (headed.own_text or headed.text).strip()
                acting = Pick(headed.clause_id, quote, threshold(), True, threshold())
            return replace(asked, unnamed_agent=said), picks, acting
        if acting:
            return asked, picks, acting
    top = (in_home or picks or [None])[0]
    if top is not None and scoped_away(whole or text, top.quote):
        # "公示的时候有同事提了意见，材料还能照样往上报吗" is not the freelancers' question: a relevant general unit
        # answers before the one said of a kind of applicant the asker never names
        top = next((p for p in in_home if p.holds and p.relevance >= threshold()
                    and not scoped_away(whole or text, p.quote)), top)
    return asked, picks, top


def asks_result(question: str) -> bool:
    """Whether a date question asks when the result comes ("名单啥时候出来", "多久出结果"), not when something is
    handed in ("名单什么时候报上去"): the table's ``[result]`` cue."""
    rows = table()["result"]
    # "报上去以后多久能有结果": handing in said as the time from which the wait runs is the frame, not the ask
    asked = re.sub(rf"(?:{rows['not_cue']})了?(?:上去|上来)?(?:以后|之后|后|完了?)", " ", question or "")
    return bool(re.search(rows["cue"], asked)) and not re.search(rows["not_cue"], asked)


def _postal(corpus: Corpus, text: str, home: str, asked: AskedType) -> list[Pick]:
    """The asked notice's unit giving a postal address (the table's ``[postal] address``), as an answering pick; a
    form's blank field ("联系地址") gives none."""
    address = replace(asked, narrow=table()["postal"]["address"])
    return [replace(p, relevance=max(p.relevance, threshold())) for p in notice_picks(corpus, text, home, address)
            if p.holds and not is_form_row(p.quote) and len(p.quote) >= MIN_STATEMENT][:1]


def bare_contact(question: str) -> bool:
    """Whether a contact question names nothing but asking whom to ask ("市首席技师申报有不清楚的地方，找谁问比较好",
    "有事打哪个电话"): its topic without the words of the programme, of asking, of the matter asked about and of
    the contact itself (the table's ``[contact] frame``) is too short to be one. A kind of contact named
    ("哪个处室", "邮箱") is not bare: the place_kinds rows decide it."""
    from assistant.chat.rules.answer_types import place_kind
    from assistant.chat.rules.quotes import bigrams

    if place_kind(question):
        return False
    rest = re.sub(table()["contact"]["frame"], " ", focus(without_own_case(question or "")))
    return not any(bigrams(chunk) for chunk in re.split(r"[\s，,。？?！!；;]+", rest) if chunk)


def _notice_contact(corpus: Corpus, text: str, home: str, asked: AskedType) -> list[Pick]:
    """The asked notice's unit giving its contact (a person, a phone, an email), as an answering pick; a form's
    blank field ("联系电话") gives none."""
    return [replace(p, relevance=max(p.relevance, threshold())) for p in notice_picks(corpus, text, home, asked)
            if p.holds and not is_form_row(p.quote) and len(p.quote) >= MIN_STATEMENT][:1]


def _case_terms(corpus: Corpus, home: str, text: str) -> tuple[str, ...]:
    """The words of the case a question is asked in ("要是只拿了提名奖，…": 提名奖) that the asked notice names
    somewhere: a case it never names ("要是换了单位") is the asker's, and narrows no sentence."""
    from assistant.chat.rules.conditional import case_and_question
    from assistant.chat.rules.own_case import speaks_of_self
    from assistant.chat.rules.things import content_words

    case, _ = case_and_question(text)
    if not case or speaks_of_self(case):
        return ()
    every = "\n".join(c.text for c in corpus.clauses(home))
    return tuple(w for w in content_words(case) if holds_thing(Thing((w,), w), every))


def _case_said(corpus: Corpus, clause_id: str, word: str) -> bool:
    """Whether the clause, or a heading above it, names the case word."""
    from assistant.chat.rules.things import _headings

    return holds_thing(Thing((word,), word), f"{_headings(corpus, clause_id)}\n{corpus.clause(clause_id).text}")


def _spanned(question: str) -> tuple[str, ...]:
    """The words of what a span-of-time question is about ("奖金", "证书"), without the span words themselves."""
    from assistant.chat.rules.programme_words import topic_only
    from assistant.chat.rules.things import content_words

    return tuple(w for w in content_words(focus(topic_only(question or ""))) if not _DURATION.search(w))


def _steps_named(question: str) -> tuple[str, ...]:
    """The procedure steps a question names (the table's step_words: 公示, 评审, 初审 …), hand-in words aside."""
    return tuple(dict.fromkeys(step_words().findall(question or "")))


def _only_handing_in(topic_of: str) -> bool:
    """Whether a question's topic, without the words of handing in ("往…报", "交到"), is too short to be one."""
    from assistant.chat.rules.quotes import bigrams

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


def acting_pick(corpus: Corpus, picks: list[Pick], steps: tuple[str, ...]) -> Pick | None:
    """"最后谁来拍板定名单": the best unit naming an organisation or role that does the asked step (the step in the
    notice's words, 审定); None when no unit names one doing that step (the ranking then decides). A
    section's window that runs into its own step's clause gives way to that clause, which names the step alone;
    the clause that is the step ("2. 领导小组审定") comes before one listing it among others."""
    on_step = [p for p in picks if p.holds and any(t in p.quote for t in steps)]
    # a unit naming a body as the one doing the step ("由…政研室、…工会主办") before one where the step's word is
    # a noun ("由主办和承办单位邀请…")
    on_step = [p for p in on_step if acts(p.quote, steps)] or on_step
    narrowest = [p for p in on_step if not any(o.clause_id.startswith(p.clause_id + "/") for o in on_step)]
    titled = [p for p in narrowest if any(t in corpus.clause(p.clause_id).title for t in steps)]
    # a heading's last word is what the clause is ("（四）专家评审"); "（六）评审结果上报" is about 上报, 评审 only
    # qualifying its 结果
    headed = [p for p in titled if any(_HEADING_END.sub("", corpus.clause(p.clause_id).title).endswith(t)
                                       for t in steps)]
    return (headed or titled or narrowest or [None])[0]


_HEADING_END = re.compile(r"[\s。．.：:…]+$")


def _step_verb(step: str) -> str:
    """The verb a notice says the step with when giving a thing (授予 -> 颁发): the table's actor_unnamed verbs."""
    return table()["actor_unnamed"]["verbs"].get(step, step)


def unnamed_step(question: str, step: str) -> str:
    """The step an actor question asks the doer of, as the answer names it ("颁发证书"): the verb and the thing
    the question names as given, if any."""
    given = re.search(f"(?:{table()['actor_unnamed']['things']})", question or "")
    return _step_verb(step) + (given.group(0) if given else "")


CATEGORY_SHARE = 0.5  # a premise naming a channel or a level: its value is the topic, half the relevance will do


def second(asked: AskedType, main: Pick, picks: list[Pick], form: bool = False) -> list[Pick]:
    """A second quote only when it answers too: another unit of the same programme holding the asked type,
    relevant enough, and not far less relevant than the main one (second_share). Never filler: a form's
    blank field ("联系电话") answers only a question about the form, and a sentence the main quote already holds says
    nothing more. A yes/no question has no value type for a
    second unit to hold (every sentence "holds" yes/no): its second comes from the main one's own clause or not at
    all ("要单位盖章吗" was followed by 培育计划)."""
    if asked.type == "yes_no":
        picks = [main, *(p for p in picks[1:] if p.clause_id == main.clause_id)]
    for pick in picks[1:]:
        if (pick.holds and pick.relevance >= max(threshold(), float(table()["second_share"]) * main.relevance)
                and pick.quote not in main.quote and program_of(pick.clause_id) == program_of(main.clause_id)
                and (form or (not is_form_row(pick.quote) and len(pick.quote) >= MIN_STATEMENT))):
            return [pick]
    return []


def asserts(text: str, r) -> bool:
    """A confirmation question ("…对吧") or one that states a rule to be checked ("听说必须45岁以下？")."""
    # "一共认定15名吗？" asks whether a stated number is right, as "…对吧" does.
    # a number in the asker's own case ("我…连续三年销售冠军，…是指我这种吗") is no claim about the notice, nor one
    # pointed back at ("那一万块奖金是直接打到卡上吗": 那 names the money asked about)
    return bool(r.confirm or _ASSERTING.search(text) or _confirms_midway(text)
                or (_ASKS_NUMBER.search(text) and claims(_POINTED_VALUE.sub(" ", without_own_case(the_question(text))))))


def _claims_off_unit(text: str, asked) -> bool:
    """Whether every number the message states is in another unit than the count it asks ("在杭州干了十几年钳工，
    听说…要公示，公示几天啊": days are asked, the years are the asker's case): no premise about the asked count."""
    said = [unit for _, unit in claims(text)]
    asked_units = set("|".join(units_asked(text)).split("|")) if asked.unit_asked else set()
    return bool(said and asked_units) and not any(unit in asked_units for unit in said)


def _confirms_midway(text: str) -> bool:
    """"只能单位推荐的吧，自由职业的没单位就报不了了": a clause asking to be told so (said's reading of 吧: not an
    unsure answer, "应该算吧") before the message goes on to say more."""
    from assistant.chat.case.said import asks, clauses_of

    return any(c.endswith("吧") and asks(c) for c in clauses_of(text)[:-1])


def agent_steps(text: str) -> tuple[str, ...]:
    """The step a premise says a body does ("市政府批的吧": 批准), when it names a body acting, not handing in
    ("是各市总工会往省里报的吧" is a channel)."""
    from assistant.chat.routing import topic_only

    bare = topic_only(text)
    if not bodies_in(bare):
        return ()
    return tuple(t for t in step_terms(bare) if t not in _HANDING_STEPS)


_HANDING_STEPS = frozenset({"报送", "填报", "推荐"})


def _acted_on(corpus: Corpus, program: str, steps: tuple[str, ...]) -> bool:
    """Whether a sentence of ``program``'s notice names a body doing one of ``steps``: else a body said in a
    premise is checked as a channel ("是市总工会牵头的对吧，材料最后交总工会")."""
    from assistant.chat.premise.agents import acts

    return bool(steps) and any(acts(c.own_text or c.text, steps) or (
        _HEADING_END.sub("", c.title or "").endswith(steps) and acts(c.own_text or c.text, _LEADING))
        for c in corpus.clauses(program) if c.path)


# "（三）形式初审。省人力社保厅组织对…进行形式审查": the clause headed by a step says it in words of its own (审查); the
# body organising or in charge of what the clause does is the step's doer
_LEADING = ("组织", "负责")


def premise_check(text: str, r, quotes: list[Pick]) -> str | None:
    if not asserts(text, r):
        return None
    steps = agent_steps(text)
    if steps:  # "市总工会一家定的吧": who does the step, in the sentence naming it
        from assistant.chat.routing import topic_only

        bare = topic_only(text)
        said = next((c for c in (agent_correction(bare, p.quote, steps) for p in quotes) if c), None)
        if said:
            return said
        if quotes and agent_agrees(bare, quotes[0].quote, steps):
            return "是的，与通知规定一致。"
    verdicts = [correction(text, p.quote) for p in quotes]
    wrong = [v for v in verdicts if v and v.startswith("不对")]
    if wrong:
        return wrong[0]
    return next((v for v in verdicts if v), None) if r.confirm else None


def region_unstated(question: str, quote: str) -> bool:
    """Whether ``question`` asks (or asserts) a quota per city or district ("每个市能推几个", "每个区只能报一个吧") of
    a sentence that sets none: no share per region and no recommending body holding one ("认定30名" is a total)."""
    rows = table()["per_unit_quota"]
    return bool(re.search(rows["asked_region"], question or "")) and not re.search(rows["holders"], question or "") \
        and not re.search(rows["per_region"], quote or "") and not re.search(rows["holders"], quote or "")


def per_unit_note(question: str, quote: str) -> str | None:
    """"第四届数字工匠一个单位最多能推几个人" answered by "各区县(市)总工会推荐不超过 4 名…": the quota is per
    recommending body, not per employer, which the answer says first; None when the question names no employer,
    names a recommending body itself, or the sentence sets a quota per employer."""
    rows = table()["per_unit_quota"]
    if region_unstated(question, quote):
        # "浙派工匠每个市能推几个人" answered by "每次评选突出贡献浙派工匠 50名": a total, no share per city
        return "通知只写了名额总数，没有规定每个市（区、县）推荐几人：见下面的原文。"
    if not re.search(rows["asked"], question or "") or re.search(rows["holders"], question or ""):
        return None
    if re.search(rows["per_unit"], quote or ""):
        return None
    holders = list(dict.fromkeys(re.findall(rows["holders"], quote or "")))
    if not holders:
        return None
    return (f"通知的名额是按推荐单位（{'、'.join(holders)}）分配的，不是按单位分配，没有规定每个单位能推荐几人："
            "见下面的原文。")
