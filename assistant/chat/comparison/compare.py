"""Comparisons: for each programme the sentence holding the compared attribute, or "没有写明" for that side.

A concrete value ("各自的名额") is the unit of each notice holding a value of that type; a yes/no or guessed
type ("都要求是工会会员吗") is each side's unit holding the compared thing (``things``), a side with none being
silent on it and quoting its nearest rule as such. Split out of ``factual`` to keep it small.
"""

from __future__ import annotations

import re
from dataclasses import replace

from assistant.chat import templates as compose
from assistant.chat.answer import Citations
from assistant.chat.comparison.compared_attribute import broader_rules, compared_attribute, settle_sides
from assistant.chat.routing import confirms, retrieval_skips
from assistant.chat.rules.answer_types import asks_course, classify, threshold
from assistant.chat.rules.combining import combines, combining_text, held_title_answer
from assistant.chat.rules.factual_pick import acting_pick
from assistant.chat.rules.forms import is_attached_form
from assistant.chat.rules.own_case import speaks_of_self
from assistant.chat.rules.procedure_words import step_terms
from assistant.chat.rules.quotes import Pick, asks_form_field, is_form_row, keep_quoted
from assistant.chat.rules.ranking import program_of, rerank
from assistant.chat.rules.self_apply import asks_self_application, self_application_text
from assistant.chat.rules.steps import names_course, steps_of
from assistant.chat.rules.still_open import asks_deadline
from assistant.chat.rules.things import thing, thing_picks

__all__ = ["compare_sides", "compare_each_attribute", "compared_premise"]

COMPARE_NARROW_SHARE = 0.5


# A total asked ("一共认定多少人", "总共评几个"), not a share of it: a recommending body's quota ("各区县(市)总工会推荐
# 不超过 4 名", "其中…可推荐不超过 6 名") is no total, so a side whose units give only such quotas is silent on the
# total. A sentence also stating the total ("今年我市将认定 20 名…各区…不超过 4 人") still answers.
_TOTAL_ASKED = re.compile(r"一共|总共|总数|总计|合计|共(?:认定|评|选|有)")
# (各 or 每 of a body or a place: "各评多少人" asks each programme's total)
_SHARE_ASKED = re.compile(r"(?:各|每)(?:个|家)?(?:单位|企业|公司|区县|区|县|设区市|地市|市|产业工会|工会|协会|部门)"
                          r"|(?:单位|区县|区|县|市|工会|协会|部门)[^，。？?]{0,4}(?:推|报|名额)")
_SHARE_SAID = re.compile(r"各|每(?!次|届|年|轮|期)|其中|推荐|名额|比例")
_SEGMENTS = re.compile(r"[，,。；;]")


# a contest place ("国家级技能大赛的前3名", "第1名") counts no one recognised
_PLACE = re.compile(r"[前第]\s*(?:[0-9０-９]{1,3}|[一二两三四五六七八九十]+)\s*名")


def _gives_total(quote: str, asked) -> bool:
    """Whether a segment of ``quote`` states a count of the asked kind that is no share (quota) of the total."""
    return any(asked.pattern.search(_PLACE.sub(" ", seg)) and not _SHARE_SAID.search(seg)
               for seg in _SEGMENTS.split(quote or ""))


# A count of people or bodies asked ("能推几个", "评多少人"): a duration or an age ("5年以上", "1年以上") is no such
# count, so a side whose units give only those is silent on it.
_HEADS_ASKED = re.compile(r"几\s*(?:个|名|人|位|家)|多少\s*(?:个|名|人|位|家)")
_HEADS = re.compile(r"(?:[0-9０-９]{1,3}(?:\s*-\s*[0-9]{1,3})?|[一二两三四五六七八九十百千]+)\s*(?:个|名|人|位|家)(?!工作日|月)")


def _counts_heads(quote: str) -> bool:
    return bool(_HEADS.search(_PLACE.sub(" ", quote or "")))


def _gives_share(quote: str) -> bool:
    """Whether a segment of ``quote`` sets a quota of people for a body or a place ("各产业工会推荐人数一般不超过5
    名"), as a count asked of one ("产业工会能推几个", "每个区县能推几个") needs; a total ("每次评选…50名") is none."""
    return any(_counts_heads(seg) and _SHARE_SAID.search(seg) for seg in _SEGMENTS.split(quote or ""))


def _asks_total(text: str) -> bool:
    return bool(_TOTAL_ASKED.search(text)) and not _SHARE_ASKED.search(text)


# who is asked: a person or body ("谁来", "由谁", "哪个机构", "哪些部门")
_WHO = re.compile(r"谁|哪(?:个|些|几个)?(?:机构|部门|单位)")


def _acting(corpus, text: str, topic: str, ids: list[str], program: str, steps: tuple[str, ...]) -> Pick | None:
    """The unit of ``program``'s notice naming who does the asked step, or None."""
    asked = replace(classify(text), type="actor")
    scanned = rerank(corpus, topic, ids, asked, scan=(program,), topic_of=text)
    return acting_pick(corpus, [p for p in scanned if program_of(p.clause_id) == program], steps)


# Where or through what a step is done: a channel (报纸, 网络, 门户网站), or a circle (本单位, 协会内, 全省范围内)
_WHERE_DONE = re.compile(r"报纸|电视|网络|网站|门户|公众号|媒体|渠道|张贴|公示栏|网上|(?:本|所在)单位|单位内|协会内|"
                         r"范围内|区域内|行业内")


_WHERE_ASKED = re.compile(r"哪儿|哪里|什么地方|啥地方|在哪|什么范围|多大范围|哪个范围|什么渠道|啥渠道|通过什么|怎么公示|登报|贴")


def _step_place(corpus, program: str, steps: tuple[str, ...], topic: str) -> list[Pick]:
    """The units of ``program``'s notice saying where or through what one of ``steps`` is done, one per clause, at
    most two, best first; empty when none does."""
    from assistant.chat.rules.things import Thing

    for step in steps:
        placed = [p for p in thing_picks(corpus, program, Thing((step,), ""), topic)
                  if _WHERE_DONE.search(p.quote) and not is_form_row(p.quote)]
        if placed:
            first: dict[str, Pick] = {}
            for pick in placed:
                first.setdefault(pick.clause_id, pick)
            return list(first.values())[:2]
    return []


# A comparison of what the notices require of applicants ("对年龄的规定有啥区别", "对工会会员的要求有没有不同"):
# the conditions table answers it as it answers one programme's. Not one naming a particular rule ("获奖不受年限
# 限制的那条"), which the ranking finds.
# (and who may not apply, asked as such: "已经拿过什么称号就不能报，这块有变化吗")
# (whether a kind of person may apply is asked of the rules too: "退休的人能不能报", "哪个卡年龄": 卡 as restricting)
_RULES_ASKED = re.compile(r"规定|要求|限制|条件|门槛|说法|卡|硬性|什么[^，。？?]{0,10}?就(?:不能|不可以|没法|不让)(?:报|申报|参评|评)"
                          r"|(?:能|可以|可)不(?:能|可以)?(?:报|申报|参评|参加|评)|(?:能|可以)(?:报|申报|参评)(?:吗|不|没)")
_A_RULE = re.compile(r"不受|直接认定|之一|获奖|奖项|竞赛|大赛|名次|那条|这条")
# the day ages and years are counted to ("本通知涉及工作年限和年龄等计算时间截至 2026 年 3 月 31 日"): how, not what
_COUNTING_DAY = re.compile(r"计算时间|截至|算至|计算到")
# where a notice sets no rule on the attribute, the rule that bars by it instead: an age by retirement
_INSTEAD = {"age": "retired"}


def _case_sides(corpus, text: str, programs: list[str]):
    """(label, sides, nearby) when the comparison names a kind of person or case the conditions table knows
    (自由职业, 退休, 老师, 工会 …) or asks how the notices' conditions on an attribute differ (年龄, 技能等级, 工会会员),
    and some side's rules test it; each side is its first rule testing it, or None (silent), with the rule that
    bars by it instead (retirement for an age) as that side's nearby rule."""
    from assistant.chat.routing import without_programme
    from assistant.chat.rules.conditions import attributes, conditions_table, grouped, matching, rules_of

    topic = without_programme(text)
    rules_asked = (bool(_RULES_ASKED.search(topic)) and not _A_RULE.search(topic)
                   and not re.search(conditions_table()["not_conditions"], topic))
    if not speaks_of_self(text) and not rules_asked:
        return None  # "关于获奖不受年限限制的那条有什么不同" compares a rule, not the asker's case
    attribute = _held_title(text) or next((a for a in attributes() if a.ask.search(topic)), None)
    if attribute is None:
        return None
    sides, nearby = [], {}
    for program in programs:
        testing, related = matching(rules_of(program), attribute)
        rows = grouped(testing) or grouped(related)
        if rows and not testing and all(r.kind == "info" for r in related):
            # rows that only inform on it (the day age is counted to, a share of those under 40) set no rule on it:
            # the side is silent, and the one saying more than a counting day is its nearby rule
            informing = [r for r in related if not _COUNTING_DAY.search(r.quote)] or related
            sides.append((program, None, None))
            nearby[program] = (informing[0].clause_id, informing[0].quote)
            continue
        if not rows:
            sides.append((program, None, None))
            instead = next((a for a in attributes() if a.key == _INSTEAD.get(attribute.key)), None)
            barring = [g for g in grouped(matching(rules_of(program), instead)[0]) if g[0].kind.startswith("exclusion")
                       ] if instead else []
            if barring:
                nearby[program] = (barring[0][0].clause_id, barring[0][0].quote)
            continue
        rule = (rows[0][0].clause_id, rows[0][0].quote)
        sides.append((program, *rule))
        # another sentence of the notice on the same kind of person ("自由职业者应通过相应的行业协会组织进行推荐"
        # beside "符合条件的自由职业者也可申请认定"): how the rule applies to the case
        more = (_said_elsewhere(corpus, program, attribute, rule)
                if attribute.key != "held_title" and speaks_of_self(text) else None)
        if more:
            sides.append((program, *more))
    if not any(clause for _, clause, _ in sides) and not nearby:
        return None
    return f"{attribute.label}的相关规定", sides, nearby


# the results an asker may hold and a notice's alternative or exemption rows read: a prize, a contest place
_ITEM_FIELDS = ("awards", "competition_results")
# a value asked of each side that a held result does not bear on ("截止日期分别是哪天", "各能推几个人")
_VALUE_TYPES = frozenset({"date", "money", "contact", "place", "materials"})
# most rows a side quotes for the asker's result
_ITEM_ROWS = 2


def _item_sides(corpus, text: str, programs: list[str], asked, today):
    """(lead, sides) when the asker says they hold a prize or a contest place and compares how it stands in the
    programmes ("我拿过市里职业技能大赛的第一名，杭州工匠和首席技师哪个能用得上"): the extractor reads the result, the
    checker runs each side's rules on it alone (other results as none), and each side quotes the rows reading it
    that it meets first (杭州工匠's 市级职业技能大赛第1名, not the 省技能大赛的第1名 of the exemption), with the
    checker's sentence on it as the lead. None when the asker names no result, or asks a value it does not bear on."""
    from assistant.chat.rules.conditions import rules_of
    from assistant.eligibility import check
    from assistant.extract import extract

    if not speaks_of_self(text) or (asked.strict and asked.type in _VALUE_TYPES) or (
            asked.type == "count" and _HEADS_ASKED.search(text)):
        return None
    item = {k: v for k, v in extract(text, today).profile.items() if k in _ITEM_FIELDS and v}
    if not item:
        return None
    said = [str(r.get("kind") or r.get("field") or "") for field in item.values() for r in field]
    lead, sides = [], []
    for program in programs:
        rows = {rule.id: rule for rule in rules_of(program)}
        profile = {**{f: [] for f in (*_ITEM_FIELDS, "achievements") if f not in item}, **item}
        reasons = [r for r in check(profile, program, as_of=today, corpus=corpus).reasons
                   if r.rule in rows and set(rows[r.rule].fields) & set(item)]
        if not reasons:
            sides.append((program, None, None))
            continue
        rank = {True: 0, None: 1, False: 2}
        best = min(rank[r.ok] for r in reasons)
        shown = [r for r in reasons if rank[r.ok] == best]
        quotes = list(dict.fromkeys((rows[r.rule].clause_id, rows[r.rule].quote) for r in shown))[:_ITEM_ROWS]
        sides += [(program, clause_id, quote) for clause_id, quote in quotes]
        # the checker's sentence naming the result ("…未注明是一类还是二类竞赛，名次是否达标取决于竞赛类别")
        sentences = [s for r in shown for s in re.split(r"(?<=[。；])", r.message) if s.strip()]
        on_item = next((s for s in sentences if any(w and w in s for w in said)), sentences[0] if sentences else "")
        stand = {0: "用得上", 1: "要看具体情况", 2: "用不上"}[best]
        lead.append(f"· 【{corpus.meta(program).short_name}】{stand}：{on_item}")
    if not any(clause for _, clause, _ in sides):
        return None
    return "\n".join([f"您说的“{'、'.join(w for w in said if w) or '这一项'}”在各项目里的情况：", *lead]), sides


def _held_title(text: str):
    """The held-title rows' attribute when the asker says they hold a title (the table's ``[held_title]``)."""
    from assistant.chat.rules.conditions import Attribute, conditions_table

    row = conditions_table()["held_title"]
    if not re.search(row["ask"], text):
        return None
    return Attribute("held_title", re.compile(row["ask"]), row["label"], "", frozenset(row["fields"]), None, "none",
                     frozenset())


def _said_elsewhere(corpus, program: str, attribute, rule: tuple[str, str]) -> tuple[str, str] | None:
    """The first unit of another clause of ``program``'s notice naming the kind of person or case asked about."""
    from assistant.chat.rules.quotes import _candidates

    for clause in corpus.clauses(program):
        if not clause.path or clause.clause_id == rule[0] or rule[0].startswith(clause.clause_id + "/"):
            continue
        for unit in _candidates(clause, ""):
            # in the asker's words for the kind ("自由职业"), not the notice's general ones ("在岗人员")
            if attribute.ask.search(unit) and unit not in rule[1] and rule[1] not in unit:
                return clause.clause_id, unit
    return None


# value types a guessed (non-strict) type still asks a value of
_GUESSED_VALUES = frozenset({"money", "date"})


# how much closer to the other side a unit must be to replace a side's best-ranked one
PARALLEL_MARGIN = 0.02


def _parallel(sides: list[tuple[str, Pick | None]], candidates: dict[str, list[Pick]],
              narrow: str | None) -> list[tuple[str, Pick | None]]:
    """The sides said of the same thing: the most relevant side fixes what is compared ("计划认定…50名"), and each
    other side takes, among its units holding a value of the asked type, the one whose value is said most like it
    ("认定30名“杭州工匠”", not "国家级技能大赛的前3名", which also holds a count). A side keeps its own best when
    none is clearly closer."""
    chosen = [(program, p) for program, p in sides if p is not None]
    if len(chosen) < 2:
        return sides
    anchor = max(chosen, key=lambda side: side[1].relevance)
    out = []
    for program, pick in sides:
        options = candidates.get(program) or []
        if pick is None or program == anchor[0] or len(options) < 2:
            out.append((program, pick))
            continue
        best = max(options, key=lambda p: _likeness(anchor[1].quote, p.quote, narrow))
        if _likeness(anchor[1].quote, best.quote, narrow) > _likeness(anchor[1].quote, pick.quote, narrow) + PARALLEL_MARGIN:
            pick = best
        out.append((program, pick))
    return out


# characters either side of a value that say what the value is of ("认定30名", "推荐不超过 4 名")
VALUE_CONTEXT = 12


def _likeness(a: str, b: str, narrow: str | None) -> float:
    """How alike two quotes say their values: the share of character pairs the stretches around their values have
    in common (the whole quotes when the type has no value pattern; digits aside, the values differ by design)."""
    def pairs(quote: str) -> set[str]:
        spans = [quote[max(0, m.start() - VALUE_CONTEXT):m.end() + VALUE_CONTEXT // 2]
                 for m in re.finditer(narrow, quote)] if narrow else []
        out = set()
        for text in spans or [quote]:
            text = re.sub(r"[0-9０-９\s“”\"]", "", text)
            out |= {text[i:i + 2] for i in range(len(text) - 1)}
        return out

    left, right = pairs(a), pairs(b)
    return len(left & right) / len(left | right) if left and right else 0.0


_ASKS_SAME = re.compile(r"一样|相同|不同|区别|差别|有没有变|变了没|改了没|有啥变化|有什么变化")


def _held_is_named(text: str, programs: list[str]) -> bool:
    """Whether the message says a compared programme's title is held and asks at least two others about it
    ("评上杭州工匠的 两届数字工匠…一样吗"): the held one names the case, the others are the sides."""
    from assistant.chat.rules.combining import held_title_span
    from assistant.notices.names import name_programs

    found = held_title_span(text)
    if found is None:
        return False
    said, targets = found
    held = set(name_programs(said)[0])
    return bool(held & set(programs)) and len(set(targets) - held) >= 2


def _compare_text(corpus, cites: Citations, sides: list, today, **kw) -> str:
    """compose.compare_text, a rule its notice says twice (in the letter and in the plan attached) quoted in both places
    (chat.comparison.restated): the side reads as its notice reads, in either."""
    from assistant.chat.comparison.restated import restated_sides

    return compose.compare_text(corpus, cites, restated_sides(corpus, sides), today, **kw)


def compare_sides(text: str, topic: str, programs: list[str], deps, cites: Citations) -> str:
    """Side by side: for each programme the clause that holds the compared attribute, or "没有写明"."""
    corpus = deps.corpus
    if combines(text, programs):  # "杭州工匠和首席技师能同时报吗" asks no attribute to compare
        return combining_text(corpus, programs, deps.today)
    # "评上杭州工匠了还能报数字工匠吗": the asked one's rule on it; but when the message asks whether the sides' rules are
    # the same ("首届那次对已经有称号的人是怎么规定的？两届在这一点上一样伐"), the rule of each side, side by side
    # "已经评上杭州工匠的 两届数字工匠还能不能推 说法一样吗": when the title held is itself a compared programme, that
    # programme is no side; the editions asked about each answer by their own rule on that title, side by side
    held = held_title_answer(text, deps, cites, among=programs) if (
        not _ASKS_SAME.search(text) or _held_is_named(text, programs)) else None
    if held:
        return held
    # "第四届多了一句打造AI智能体的，首届有这句没": a wording one side holds, against the other side's counterpart
    from assistant.chat.comparison.wording import wording_text

    worded = wording_text(corpus, cites, text, programs, deps.today)
    if worded is not None:
        return worded
    # "杭州工匠讲绝活那一条跟首席技师讲绝招那一条，差在哪": each side by the clause holding its own word
    from assistant.chat.comparison.side_terms import named_sides

    pointed = named_sides(corpus, text, programs)
    if pointed is not None:
        return _compare_text(corpus, cites, pointed, deps.today)
    # "推荐表各要盖几个章，分别是谁盖": each side's form, row by row (no notice says a number in words)
    from assistant.chat.rules.seals import seals_text

    sealed = seals_text(corpus, cites, text, programs, deps.today)
    if sealed is not None:
        return sealed
    if asks_self_application(text):
        # "首席技师和第四届，个人能不能自己报名": each side by its sentence providing for self-application ("由个人向
        # 单位自荐"), or, silent on it, by how its candidates are put forward ("请各推荐单位…报送")
        own = self_application_text(corpus, programs, cites, deps.today)
        if own is not None:
            return own
    unstated = _every_side_silent(corpus, text, programs)
    if unstated:  # "评上了本人一定要到场伐？能不能叫同事代领证书？": a detail no compared notice names anywhere
        return compose.all_silent_text(corpus, programs, "、".join(unstated))
    from assistant.chat.comparison.compare_awarded import LABEL, awarded_sides

    awarded = awarded_sides(corpus, text, programs)
    if awarded is not None:  # "评上以后给的东西一样吗": each side's section on what follows for those recognised
        return _compare_text(corpus, cites, awarded, deps.today, label=LABEL)
    asked = classify(text)
    if asked.strict and not asked.narrow and confirms(text):
        # "公示都是五个工作日吧": the value a premise asserts names what each side must state, in its unit; a side
        # whose sentences state no value in it is silent on it, whatever other count it holds ("各一份")
        from assistant.chat.premise import unit_pattern

        said = unit_pattern(text)
        if said:
            asked = replace(asked, narrow=said, label=premise_label(text))
    held_item = _item_sides(corpus, text, programs, asked, deps.today)
    if held_item is not None:  # "我拿过一个市级科技进步奖…第四届还算不算": each side's row that reads that result
        lead, sides_ = held_item
        return f"{lead}\n{_compare_text(corpus, cites, sides_, deps.today, label='这一项')}"
    if not asked.strict or _RULES_ASKED.search(text):
        # "我是自由职业的…首席技师和第四届对我这种情况规定一样吗": the asker's case names the attribute compared;
        # each side quotes its rules testing it, not what the asker's words happen to share with a clause.
        # "对年龄的规定有啥区别": the conditions table says which rows test the attribute, and which side sets none
        own = _case_sides(corpus, text, programs)
        if own is not None:
            label, sides_, near = own
            return _compare_text(corpus, cites, sides_, deps.today, label=label, nearby=near)
    form = asks_form_field(text)
    retriever = deps.get_retriever()
    sides: list[tuple[str, Pick | None]] = []
    compared = None if asked.strict else thing(text, whole=True)
    # "都要求是工会会员吗": each side by its sentence holding the compared thing; a side with none is silent
    # on it. When neither side holds it (the question words it otherwise), the ranking speaks for each.
    holding = {p: thing_picks(corpus, p, compared, topic) for p in programs} if compared else {}
    # who does a named step (审定, 推荐 …), asked of each side: the actor's unit, not the best-ranked one
    # (the type itself when the question asks who without a word of difference: "两届数字工匠，谁来审定名单")
    steps = step_terms(text) if (asked.inner or asked.type) in ("actor", "procedure") and _WHO.search(text) else ()
    # where a named step is done (公示 by newspaper or within the unit), asked of each side
    placing_steps = step_terms(text) if (asked.inner or asked.type) == "place" or _WHERE_ASKED.search(text) else ()
    # (a difference of dates, "截止时间哪个最早", asks the deadlines as much as "各是哪天截止")
    deadlines = (asked.inner or asked.type) == "date" and asks_deadline(text)
    nearby: dict[str, tuple[str, str]] = {}  # a silent side's nearest rule, quoted as such
    candidates: dict[str, list[Pick]] = {}  # each side's units holding a value of the asked type, best first
    if holding and not any(holding.values()):
        holding = {}
    for program in programs:
        hits = retriever.search(topic, program=program, k=5, skip=retrieval_skips(text))
        ids = list(dict.fromkeys(h.clause_id for h in hits))
        picks = rerank(corpus, topic, ids, asked, scan=(program,) if asked.strict else (), topic_of=text)
        if steps:  # "最终名单分别是哪个机构审定的": each side's unit naming who does that step
            acting = _acting(corpus, text, topic, ids, program, steps)
            if acting is not None:
                sides.append((program, acting))
                continue
        if placing_steps:  # "公示分别在哪儿": each side's unit where that step is done, not a form's address row
            placed = _step_place(corpus, program, placing_steps, topic)
            if placed:  # each place the notice gives for it ("本单位" for employees, "协会内" for the self-employed)
                sides += [(program, p) for p in placed]
                continue
        if holding:
            # the unit closest to the question among those holding the thing (the exclusion "已被认定为“浙江工匠”
            # …不再重复推荐", not "择优推荐申报“浙江工匠”")
            sides.append((program, (holding[program] or [None])[0]))
            if not holding[program] and picks:
                nearby[program] = (picks[0].clause_id, picks[0].quote)
            continue
        if not asked.strict:  # a guessed or yes/no type: the best-ranked unit speaks for this side
            # a value guessed from the question's sense ("哪个奖得多": money) is still that value: a retrieved unit
            # holding one speaks before a better-ranked one holding none (七's 20000元, not 八/(三)'s 职业规划)
            valued = [p for p in picks if p.holds and p.clause_id in ids[:3]] if asked.type in _GUESSED_VALUES else []
            sides.append((program, (valued or picks or [None])[0]))
            continue
        # The other side fixes what is compared, so a top retrieved clause holding the value answers too
        # (a form row only for a question about the form).
        # A unit the question names ("工作年限…多少" -> N年) is itself evidence: half the relevance will do.
        floor = threshold() * (COMPARE_NARROW_SHARE if asked.narrow else 1.0)
        answering = [p for p in picks if p.holds and (p.relevance >= floor or (
            p.clause_id in ids[:3] and not is_form_row(p.quote)))]
        if asked.type == "count" and _HEADS_ASKED.search(text):
            answering = [p for p in answering if _counts_heads(p.quote)]
            if _SHARE_ASKED.search(text) and not _TOTAL_ASKED.search(text):
                answering = [p for p in answering if _gives_share(p.quote)]
        if asked.type == "count" and _asks_total(text):
            answering = [p for p in answering if _gives_total(p.quote, asked)]
        if not form and answering and is_attached_form(corpus, answering[0].clause_id):
            # the rule in the notice's body, not a form's note restating it ("…前报市总技协办"), when as relevant
            body = [p for p in picks if p.holds and not is_attached_form(corpus, p.clause_id)
                    and p.relevance >= answering[0].relevance and not is_form_row(p.quote)]
            answering = body[:1] + answering
        if deadlines:
            # "第四届截止是哪天，比首届晚还是早": each side by a unit dating a handing in, else by its sentence setting the
            # deadline (the notice's metadata names it); another date ("计算时间截至 2026 年 3 月 31 日") is no candidate,
            # however like the other side's "推荐截止日期为…" it is worded
            handed = [p for p in answering if _HANDED_IN.search(p.quote)]
            unit = corpus.deadline_sentence(program)
            if not handed and unit is not None:
                handed = [Pick(unit[0], unit[1], threshold(), True, threshold())]
            answering = handed or answering
        sides.append((program, answering[0] if answering else None))
        candidates[program] = answering
        if not answering:
            near = _silent_side_near(corpus, program, asked, picks, ids, topic, text)
            if near is not None:
                nearby[program] = near
    sides = _parallel(sides, candidates, asked.narrow or None)
    # "评审专家分别是怎么产生的": each side held to the attribute compared (chat.comparison.compared_attribute): a side quoting a
    # unit that does not say it (自由职业者's 推荐 for 专家) quotes its notice's unit that does, or is silent on it
    sides, held_to, near_rules = settle_sides(corpus, text, sides, asked.strict)
    nearby = {**near_rules, **nearby}
    attribute = held_to or compared_attribute(text)
    if attribute is not None and attribute.key == "procedure" and asks_course(text):
        # "杭州工匠是四个环节，第四届是分几步走的": each side's whole course, step by step, not the one step its
        # best unit is (steps.steps_of, as a one-programme overview is answered)
        # (a unit naming the course itself, "按照资格审核、专家评审、社会公示、领导小组审定等四个环节进行", answers as it is)
        sides = [(prog, s) for prog, p in sides
                 for s in ((steps_of(corpus, p, text) or [p]) if p and not names_course(p.quote) else [p])]
    # a side's long sentence cut before the words the asker quotes ("我承担过省里的“尖兵”项目") keeps them
    sides = [(prog, replace(p, quote=keep_quoted(corpus.clause(p.clause_id), p.quote, text)) if p else p)
             for prog, p in sides]
    # a side silent on a measure ("几天") quotes what it says of the matter measured ("进行社会公示") as its nearest rule
    near_broader, silent_on = broader_rules(corpus, text, sides, nearby)
    nearby = {**near_broader, **nearby}
    if sum(p is not None for _, p in sides) == 0:
        if silent_on is None:
            if attribute is not None:  # "第四届跟首届评上以后奖金各多少": both notices are silent on 奖金
                return compose.all_silent_text(corpus, programs, attribute.label)
            return compose.refusal_text(corpus, programs, today=deps.today)
        held_to = held_to or silent_on  # every side silent on it: each says so by the attribute's name
    if _WORDING_ASKED.search(text):
        # "首届的写法跟它一样吗": a notice stating the rule twice (首届数字工匠's 函 二/1 and its 实施方案 附件1/二/(一),
        # one with 我市, one without) is quoted in both wordings, since the asker asks how it is worded
        sides = [side for prog, p in sides for side in [(prog, p), *_twin_side(corpus, prog, p)]]
    said = "".join(compared.words) if compared else ""
    label = f"{said if said in text else '、'.join(compared.words)}的相关规定" if holding else asked.label
    label = held_to.label if held_to is not None else label
    return _compare_text(corpus, cites, [(prog, p.clause_id if p else None, p.quote if p else None)
                                                for prog, p in sides], deps.today, label=label, nearby=nearby)


def _silent_side_near(corpus, program: str, asked, picks: list[Pick], ids: list[str], topic: str,
                      text: str) -> tuple[str, str] | None:
    """For a side silent on the value asked of each, the rule it states of the same attribute in another form, quoted
    as its nearest rule: a place of another kind ("第四届还往那个邮箱发吗": 第四届 names no mailbox, but an office,
    "报送至市总工会经济工作部"), or, for an amount of money, its section on what those recognised get ("首届数字工匠
    评上的发些啥，有没有钱拿": 证书、奖牌、纪念品, no sum). None when it states neither."""
    if asked.type == "place" and asked.narrow and not confirms(text):
        broad = replace(asked, narrow=None)
        if not broad.values:
            return None
        placed = [p for p in rerank(corpus, topic, ids, broad, scan=(program,), topic_of=text)
                  if p.holds and p.clause_id in ids[:3] and not is_form_row(p.quote)]
        return (placed[0].clause_id, placed[0].quote) if placed else None
    if asked.type == "money" and asked.values == "amount":
        from assistant.chat.rules.answer_table import table
        from assistant.chat.rules.quotes import first_unit

        heading = re.compile(table()["reward"]["headings"])
        section = next((c for c in corpus.clauses(program) if heading.search(c.title or "") and first_unit(c)), None)
        return (section.clause_id, first_unit(section)) if section is not None else None
    return None


# what a value in each unit measures, for the label of a side silent on it ("公示天数", "奖金金额")
_UNIT_LABELS = {"工作日": "天数", "岁": "年龄", "年": "年限", "元": "金额", "万元": "金额", "字": "字数", "名": "人数",
                "%": "比例", "寸": "尺寸", "个月": "月数", "月": "月份", "日": "日期", "份": "份数", "次": "次数"}


# words naming the sides compared, not what is compared ("两个项目", "两个通知", "两届")
_SIDES_WORD = re.compile(r"项目|通知|文件|届|两个|二者|两者")


def _every_side_silent(corpus, text: str, programs: list[str]) -> tuple[str, ...]:
    """The head words (chat.rules.open_heads) that no compared notice holds anywhere, when every ask of the message names
    one ("到场伐？能不能叫同事代领证书？"); empty when one ask names none or a notice holds it ("分别在哪儿公示？
    登报还是贴一贴": where each notice shows it is asked, whatever it calls 登报), or the message asserts something
    to check (a premise is answered by the rule it gets wrong)."""
    from assistant.chat.rules.answer_types import asking_stretches
    from assistant.chat.rules.open_heads import silent_on

    asks = [s for s in re.split(r"(?<=[？?])", text) if asking_stretches(s)]
    if confirms(text) or not programs or not asks:
        return ()
    unstated: list[str] = []
    for ask in asks:
        silent = [silent_on(corpus, p, ask) for p in programs]
        common = [w for w in silent[0] if all(w in side for side in silent[1:])]
        if any(_comparing(w) for w in common) and _some_side_states(corpus, ask, programs):
            # "截止日期是提前了还是推后了": 提前 compares the values of an attribute a notice states, no thing unwritten
            common = [w for w in common if not _comparing(w)]
        if not common:
            return ()
        unstated += common
    return tuple(dict.fromkeys(unstated))


def _comparing(word: str) -> bool:
    """Whether ``word`` says how two values compare ("提前", "多"), by the table's ``comparing`` words."""
    from assistant.chat.rules.notice_attributes import table

    return bool(re.fullmatch(table()["comparing"], word))


def _some_side_states(corpus, ask: str, programs: list[str]) -> bool:
    """Whether ``ask`` names an attribute of the table (notice_attributes.toml) that one compared notice states."""
    from assistant.chat.comparison.compared_attribute import attribute_picks, compared_attribute

    attribute = compared_attribute(ask)
    return attribute is not None and any(attribute_picks(corpus, p, attribute, ask) for p in programs)


def premise_label(text: str) -> str:
    """What the value a premise asserts measures, with the thing it is of ("公示都是五个工作日吧" -> 公示天数)."""
    from assistant.chat.premise import claims, strip_claims

    said = claims(text)
    of = thing(strip_claims(text), whole=True)
    measure = _UNIT_LABELS.get(said[0][1], "具体数值") if said else "具体数值"
    named = [w for w in (of.words if of else ()) if not _SIDES_WORD.search(w)]
    return f"{named[0] if named else ''}{measure}"


# Values said one to a side ("一个五年一个十年", "一个是5年，另一个是10年"): a distributive 一个…一个 / 一个…另一个.
_SPREAD = re.compile(r"一(?:个|家|项)[^，。？?]{0,8}?(?:另)?一(?:个|家|项)")


def _spread_borne_out(text: str, quoted: list) -> bool:
    """Whether the message spreads several values of one unit over the sides ("我师傅说一个五年一个十年") and each
    side quotes one of them, every value said being some side's: no side is then wrong for lacking the other's."""
    from assistant.chat.premise import claims
    from assistant.chat.rules.ranking import program_of

    if not _SPREAD.search(text):
        return False
    said: dict[str, set[float]] = {}
    for value, unit in claims(text):
        said.setdefault(unit, set()).add(value)
    spread = {unit: values for unit, values in said.items() if len(values) >= 2}
    if not spread:
        return False
    held: dict[str, set[tuple[float, str]]] = {}
    for c in quoted:
        held.setdefault(program_of(c.clause_id), set()).update(claims(c.quote))
    if len(held) < 2:
        return False
    for unit, values in spread.items():
        per_side = [{v for v, u in pairs if u == unit} & values for pairs in held.values()]
        if not all(per_side) or set().union(*per_side) != values:
            return False
    return True


def compared_premise(corpus, text: str, quoted: list, programs: list[str] | None = None) -> str | None:
    """The lead line correcting a premise a comparison takes for granted of every side ("首届和第四届数字工匠在杭全职
    都是要一年吧", "杭州工匠和浙派工匠奖金都是一万对吧"): each side's quoted sentence (``quoted``: the citations
    the side-by-side answer made) is checked as a one-programme premise is (premise.correction); the sides it
    holds false for are named first. None when the message asserts nothing, or every side agrees."""
    from assistant.chat.premise import correction
    from assistant.chat.rules.ranking import program_of

    if not confirms(text):
        return None
    if _spread_borne_out(text, quoted):
        return None
    of = _asserted_of(text)
    quoted = [c for c in quoted if of is None or program_of(c.clause_id) in of]
    programs = [p for p in programs or [] if of is None or p in of]
    wrong = []
    for program in dict.fromkeys(program_of(c.clause_id) for c in quoted):
        said = [correction(text, c.quote) for c in quoted if program_of(c.clause_id) == program]
        first = next((line for line in said if line), None)
        if first and first.startswith("不对"):
            wrong.append(f"【{corpus.meta(program).short_name}】{first.removeprefix('不对，').split('：见下面')[0]}")
    # a side that quotes nothing is silent on the asserted value: the premise is not borne out there either
    from assistant.chat.premise import claims

    cited = {program_of(c.clause_id) for c in quoted}
    silent = [f"【{corpus.meta(p).short_name}】通知没有写明{premise_label(text)}" for p in programs or []
              if p not in cited] if claims(text) else []
    if wrong:
        return f"不对，并不是每个项目都这样：{'；'.join(wrong + silent)}。"
    return f"不一定：{'；'.join(silent)}。" if silent else None


# a sentence dating a handing in ("于9月底前向市总工会申报推荐", "报送截止时间为", "推荐截止日期"), not another date
_HANDED_IN = re.compile(r"报送|上报|申报|报市|报至|交|截止日期|截止时间|推荐截止")
# the sides themselves counted ("两个差多少", "这两个差不多吧"): no value asserted of either
_SIDES = re.compile(r"(?:这|那)?两(?:个|家|项|边|者|届)")
# a premise said of every side ("都是", "两个都", "一样") is checked on each, whatever programme its sentence names
_EVERY = re.compile(r"都|一样|相同|同样|各")


def _asserted_of(text: str) -> set[str] | None:
    """The programmes a comparison's premise is said of, when each stretch stating a value (else each asserting
    sentence) names its own ("首届数字工匠是三月底截止的吧？第四届截止是哪天": 首届 only, so 第四届's 4月10日 contradicts
    nothing; "杭州工匠评上给两万块，浙派工匠…奖金是不是更多": 杭州工匠's 两万); None when one names none or says it of every
    side ("两个都是五个工作日吧")."""
    from assistant.chat.premise import claims
    from assistant.chat.routing import detect_programs

    # the stretches stating a value ("杭州工匠评上给两万块"), else the sentences asserting something
    asserting = [s for s in re.split(r"[，,？?。！!；;]", text or "") if s.strip() and claims(_SIDES.sub("", s))] or [
        s for s in re.split(r"(?<=[？?。！!；;])", text or "") if s.strip() and confirms(s)]
    named: set[str] = set()
    for sentence in asserting:
        programs = detect_programs(sentence)[0]
        if not programs or _EVERY.search(sentence):
            return None
        named.update(programs)
    return named or None


# a comparison asking how a rule is worded ("写法一样吗", "原话怎么讲的", "措辞有啥不同")
_WORDING_ASKED = re.compile(r"写法|原话|原文|怎么写|写的是|写得|表述|措辞|提法|字眼")
# the share of character pairs two clauses of one notice have in common when one restates the other (首届数字工匠's
# 函 and 实施方案: 0.84-0.92; the next closest pair of clauses in the five notices shares 0.44)
TWIN_SHARE = 0.75


def _twin_side(corpus, program: str, pick: Pick | None) -> list[tuple[str, Pick]]:
    """The clause of the same notice restating ``pick``'s clause in other words (``TWIN_SHARE``), as a side of its
    own with its first line; none when the notice states it once, or twice in the same words."""
    if pick is None:
        return []

    def pairs(text: str) -> set[str]:
        text = re.sub(r"\s", "", text or "")
        return {text[i:i + 2] for i in range(len(text) - 1)}

    own = corpus.clause(pick.clause_id)
    mine = pairs(own.own_text)
    for clause in corpus.clauses(program):
        if not clause.path or clause.clause_id == own.clause_id or not clause.own_text:
            continue
        theirs = pairs(clause.own_text)
        if mine and theirs and len(mine & theirs) / len(mine | theirs) >= TWIN_SHARE and theirs != mine:
            line = next((ln.strip() for ln in clause.own_text.split("\n") if ln.strip()), "")
            return [(program, replace(pick, clause_id=clause.clause_id, quote=line))] if line else []
    return []


# each round's status line (…申报截止日…): said once, after every attribute's sides
_ROUND_STATUS = re.compile(r"^（[^）]*申报截止日")


def compare_each_attribute(text: str, programs: list[str], deps, cites: Citations) -> str | None:
    """"证书和年限要求有啥不一样", "一个看证书一个看年限": two attributes asked side by side are compared one after the
    other, each as the question naming it alone would be (``compare_sides``); a line the first comparison showed is
    not said again. None when the question asks one attribute."""
    from assistant.chat.comparison.compared_attribute import compared_attributes, overall_attribute
    from assistant.chat.routing import topic_only

    asked = compared_attributes(text)
    if len(asked) < 2:
        return None
    # "在条件上最大区别是啥？一个要工会会员一个要证书是伐": the conditions as a whole are asked, the two named are the
    # asker's guess; each side's chapter of conditions leads, then the guessed attributes one by one
    overall = overall_attribute(text)
    if overall is not None and all(a.key != overall.key for a, _ in asked):
        asked = [(overall, ""), *asked]
    shown: set[str] = set()
    out: list[str] = []
    status: list[str] = []
    for attribute, _ in asked:
        alone = text
        for other, _ in asked:  # every word of the others' rows out ("干满几年": 干满 and 几年 both ask years)
            if other.key != attribute.key and other is not overall:  # the overall ask is what makes it a comparison
                alone = other.ask.sub("", alone)
        lines = [line for line in compare_sides(alone, topic_only(alone), programs, deps, cites).split("\n")
                 if line not in shown]
        shown.update(lines)
        status += [line for line in lines if _ROUND_STATUS.match(line)]
        out += [f"**{attribute.label}**：", *(line for line in lines if not _ROUND_STATUS.match(line))]
    return "\n".join(out + status)
