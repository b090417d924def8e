"""The attribute a comparison compares, and each side's unit holding it: a side quoting a unit that does not say the
attribute quotes, instead, the unit of its notice that does; a side whose notice says it nowhere is silent on it.

The attribute table is data (``notice_attributes.toml``, shared with premises and duties): the first row whose
``ask`` matches the question names the attribute, and ``holds`` says what a unit (read with the headings above it) must say to hold it. Used by
``chat.comparison.compare`` after its own ways of picking each side have run.

Run with:  .venv/bin/python -m pytest -q tests/chat/test_compared_attribute.py
"""

from __future__ import annotations

import functools
import logging
import re
from dataclasses import dataclass

from assistant.chat.rules.forms import is_attached_form
from assistant.chat.rules.quotes import is_form_row

__all__ = ["Attribute", "attributes", "compared_attribute", "compared_attributes", "holds_attribute", "attribute_picks", "settle_sides",
           "broader_rules", "overall_attribute", "OVERALL"]

# the row of the conditions as a whole ("在条件上最大的区别"): asked beside named conditions, they are a guess at it
OVERALL = "conditions"

log = logging.getLogger(__name__)

# Form rows ("主要事迹	(300字以内)") answer a form's own attributes; for the rest, a form row restating the body's
# rule counts this much of its score.
FORM_WEIGHT = 0.5
# a unit of a clause titled by the attribute ("2. 领导小组审定。…") is about it; one naming it in passing is not
TITLED_WEIGHT = 1.5
# a sentence referring the reader to another part for the details counts this much of its score
REFERRING_WEIGHT = 0.5
_REFERS = re.compile(r"详见|具体见|参见|另见|见附件")
# a unit under a heading naming the attribute ("一、认定范围", "四、培育计划") is about it
HEADING_WEIGHT = 1.5
# A unit whose subject is a particular kind of applicant ("自由职业者应通过…行业协会…组织专家评议", "个人可通过…自荐")
# states the rule for that kind; it speaks for a side only as much as this, unless the question names the kind.
PARTICULAR_WEIGHT = 0.5


@dataclass(frozen=True)
class Attribute:
    """One row of the table: what is compared, how a question names it, what a unit must say to hold it."""

    key: str
    label: str
    ask: re.Pattern
    holds: tuple[re.Pattern, ...]
    terms: str = ""
    forms: bool = False
    heading: re.Pattern | None = None
    not_under: re.Pattern | None = None  # headings a unit saying it must not sit under (培训 under 评选条件 is none)
    broader: str = ""  # the row of what it is a measure of (公示天数 -> 公示): a side silent on it quotes that
    # whether a side found silent on the asker's own word for it ("政治素质") quotes its unit saying it in the
    # notice's words ("热爱祖国、遵纪守法"); false where the word is the thing asked ("纸质", "工会会员")
    fills: bool = True
    # a word of the row after a demonstrative ("这个范围") refers back to the rule just said: see compared_attribute
    points_back: bool = False


def _table() -> dict:
    from assistant.chat.rules.notice_attributes import table

    return table()


@functools.lru_cache(maxsize=1)
def attributes() -> tuple[Attribute, ...]:
    from assistant.chat.rules.notice_attributes import rows as table_rows

    rows = table_rows("ask")  # a row without ``ask`` is a premise's or a duty's only
    return tuple(Attribute(r["key"], r["label"], re.compile(r["ask"]), tuple(re.compile(p) for p in r["holds"]),
                           r.get("terms", ""), bool(r.get("forms", False)),
                           re.compile(r["heading"]) if r.get("heading") else None,
                           re.compile(r["not_under"]) if r.get("not_under") else None, r.get("broader", ""),
                           bool(r.get("fills", True)), bool(r.get("points_back", False)))
                 for r in rows)


def compared_attribute(text: str) -> Attribute | None:
    """The row whose ``ask`` matches the question (programmes' names taken out) latest, or None."""
    from assistant.chat.routing import without_programme
    from assistant.language.asking import clause_asks, clauses_of

    topic = without_programme(text or "")
    # the clauses that ask name the attribute before any told around them ("评上了哪个有奖金？各给多少？工会里小年轻
    # 问我": 奖金, not the 年轻 of the story after it); a question asking in no clause of its own is read whole
    asking = "，".join(c for c in clauses_of(topic) if clause_asks(c))
    # a general word after a demonstrative ("已经有称号的人不能再报，这个范围两届一样吗": a row marked points_back)
    # points back to what was said before it, so it names the attribute only when no word anywhere else does
    found = next((f for text, pointing in ((asking, False), (topic, False), (asking, True), (topic, True))
                  if text and (f := _rows_in(text, pointing))), [])
    if not found:
        return _overall_if_bare(topic)
    latest = max(found, key=lambda t: (t[0].end(), -t[1]))
    # words read by two rows ("等级证书": 等级证 and 证书) are the earlier, more particular row's
    return min((t for t in found if t[0].start() < latest[0].end() and latest[0].start() < t[0].end()),
               key=lambda t: t[1])[2]


# two attributes asked side by side: joined ("证书和年限", "年纪跟干满几年") or each said of one side in turn ("一个看证书
# 一个看年限")
_JOINED = re.compile(r"^\s*(?:和|跟|与|及|、|还有|以及|或者|或)?\s*$|^[^，。？?]{0,3}一个[^，。？?]{0,2}$")


def compared_attributes(text: str) -> list[tuple[Attribute, str]]:
    """Every attribute a comparison asks, with the words naming it, when it asks two or more joined (each compared
    side by side in turn); else []. The asking clauses are read as ``compared_attribute`` reads them."""
    from assistant.chat.routing import without_programme
    from assistant.language.asking import clause_asks, clauses_of

    # read over the whole question, the programmes' names and the words joining them blanked (the attributes
    # joined before the asking words, "证书和年限要求有啥不一样", sit in a clause of their own once 和 is blanked)
    asking = without_programme(text or "")
    if not any(clause_asks(c) for c in clauses_of(asking)):
        return []
    found = sorted(((m, i, a) for i, a in enumerate(attributes()) for m in a.ask.finditer(asking)),
                   key=lambda t: (t[0].start(), t[1]))
    kept: list[tuple[re.Match, Attribute]] = []
    for m, _, a in found:  # of overlapping words, the table's earlier, more particular row
        if kept and m.start() < kept[-1][0].end():
            continue
        kept.append((m, a))
    pairs = [(a, b) for a, b in zip(kept, kept[1:], strict=False)
             if a[1].key != b[1].key and _JOINED.search(asking[a[0].end():b[0].start()])]
    if not pairs:
        return []
    out = [pairs[0][0], *(b for _, b in pairs)]
    return [(a, m.group()) for m, a in out]


def _overall_if_bare(topic: str) -> Attribute | None:
    """The conditions row when a comparison names no attribute at all ("首席技师跟杭州工匠有什么区别": the table's
    ``bare_difference`` words and the joiners are all that is left of it once the programmes are out); else None."""
    from assistant.chat.routing import _JOIN

    if not re.search(_table()["bare_difference"], topic):
        return None
    rest = re.sub(_table()["bare_difference"], "", re.sub(_JOIN, "", topic))
    return None if rest else next((a for a in attributes() if a.key == OVERALL), None)


def overall_attribute(text: str) -> Attribute | None:
    """The conditions-as-a-whole row (OVERALL) when ``text`` asks it, programme names aside; else None."""
    from assistant.chat.routing import without_programme

    asking = without_programme(text or "")
    return next((a for a in attributes() if a.key == OVERALL and a.ask.search(asking)), None)


def _rows_in(topic: str, pointing: bool = True) -> list:
    # the ask comes last in a Chinese question ("专家评完以后，最终名单分别是哪个机构审定的" asks who decides, not the
    # experts): of the rows matching, the one whose words end latest; at the same end, the table's earlier row.
    return [(m, i, a) for i, a in enumerate(attributes()) if (m := _last(a.ask, topic, pointing or not a.points_back))]


_POINTS_BACK = re.compile(r"(?:这|那)(?:个|一|种|些|块|方面|条)?$")


def _last(pattern: re.Pattern, text: str, pointing: bool = True) -> re.Match | None:
    matches = [m for m in pattern.finditer(text) if pointing or not _POINTS_BACK.search(text[:m.start()])]
    return matches[-1] if matches else None


def holds_attribute(attribute: Attribute, unit: str, headings: str = "") -> bool:
    """Whether ``unit``, read with the headings above it, says the attribute: every ``holds`` pattern matches."""
    if attribute.not_under is not None and attribute.not_under.search(headings):
        return False
    said = f"{headings}\n{unit or ''}"
    return all(p.search(said) for p in attribute.holds)


def _headings(corpus, clause_id: str) -> str:
    from assistant.chat.rules.things import _headings as titles

    return titles(corpus, clause_id)


def _section(corpus, clause_id: str) -> str:
    """The title of the outermost section holding the clause, without its numeral ("二、推荐条件" -> 推荐条件)."""
    chain = [t for t in corpus.clause(clause_id).heading_chain if not t.startswith("附件")]  # 实施方案's 二 is 二
    return re.sub(r"^[\s（(]*[一二三四五六七八九十\d]+[)）、.．\s]*", "", chain[0] if chain else "")


def _particular(unit: str) -> str:
    """The kind of applicant a unit opens on as its subject ("自由职业者", "事业身份人员"), or ""."""
    found = _particular_kinds().match(unit or "")
    return found.group("kind") if found else ""


@functools.lru_cache(maxsize=1)
def _particular_kinds() -> re.Pattern:
    return re.compile(_table()["particular"])


def _asking_sentence(attribute: Attribute, question: str, program: str | None = None) -> str:
    """The sentence of the message that names the attribute: the asker's other sentences ("我们局里要写个对比材料")
    are no words of it, however many a unit shares ("佐证材料"). Where each side is asked in a sentence of its own
    ("首席技师是谁在组织推荐的？浙派那边又是哪些单位负责推"), ``program``'s own sentence."""
    from assistant.chat.routing import detect_programs, without_programme

    parts = [p for p in re.split(r"(?<=[？?。！!；;])", question or "") if p.strip()]
    asking = [p for p in parts if attribute.ask.search(without_programme(p))]
    own = [p for p in asking if program and tuple(detect_programs(p)[0]) == (program,)]
    return (own or asking or [question])[0]


def _only_heading(corpus, pick) -> bool:
    title = (corpus.clause(pick.clause_id).title or "").strip()
    return bool(title) and pick.quote.strip() in (title, title.split(" ", 1)[-1])


def attribute_picks(corpus, program: str, attribute: Attribute, question: str) -> list:
    """The units of ``program``'s notice holding ``attribute``, as ``quotes.Pick``s, the closest to the question
    (with the attribute's own words) first; a unit under a heading naming the attribute ranks up, a form row down
    unless the attribute is a form's. Near-ties go in the notice's order."""
    from assistant.chat.rules.forms import is_attached_form
    from assistant.chat.rules.quotes import MAX_QUOTE, Pick, _candidates, _query_grams, score

    grams = _query_grams(_asking_sentence(attribute, question, program), tuple(attribute.terms.split()))
    scored = []
    for clause in corpus.clauses(program):
        if not clause.path:
            continue
        headings = _headings(corpus, clause.clause_id)
        form = is_attached_form(corpus, clause.clause_id)
        whole = clause.text.strip()
        for unit in _candidates(clause, ""):  # a heading line alone says no value; it is read as context
            if clause.children and unit == whole:
                continue  # a clause with only its heading of its own: its items say it, each as a unit of its own
            if not holds_attribute(attribute, unit, headings) or (is_form_row(unit) and not attribute.forms):
                continue  # a form's field ("文化程度") asks the value of the applicant; it sets no rule on it
            value = score(grams, unit) or 0.01
            value *= HEADING_WEIGHT if attribute.heading is not None and attribute.heading.search(headings) else 1.0
            # ("…将按专家评审、领导小组审定、社会公示等流程开展" names 审定 in passing)
            value *= TITLED_WEIGHT if holds_attribute(attribute, "", clause.title or "") else 1.0
            value *= FORM_WEIGHT if form and not attribute.forms else 1.0
            kind = _particular(unit)
            value *= PARTICULAR_WEIGHT if kind and kind not in question else 1.0
            # a sentence sending the reader elsewhere ("具体详见《…实施方案》（附件1）") says it there, not here
            value *= REFERRING_WEIGHT if _REFERS.search(unit) else 1.0
            quote = unit if len(unit) <= 2 * MAX_QUOTE else unit[:2 * MAX_QUOTE]
            # where the unit stands in the notice: equal scores go in the notice's order
            order = clause.start + max(clause.text.find(unit), 0)
            scored.append((value, order, Pick(clause.clause_id, quote, value, True, value)))
    ranked = [p for _, _, p in sorted(scored, key=lambda t: (-t[0], t[1]))]
    if attribute.key == "deadline":
        # the sentence setting the deadline, as the notice's metadata names it, before any other date the question's
        # words are nearer to ("本通知涉及工作年限和年龄等计算时间截至 2026 年 3 月 31 日", "认定工作于2017年4月底前完成")
        unit = corpus.deadline_sentence(program)
        if unit is not None:
            top = max((p.score for p in ranked), default=1.0)
            ranked = [Pick(unit[0], unit[1], top, True, top), *(p for p in ranked if p.quote != unit[1])]
    return ranked


def settle_sides(corpus, text: str, sides: list, strict: bool
                 ) -> tuple[list, Attribute | None, dict[str, tuple[str, str]]]:
    """``sides`` [(program, Pick | None)] held to the compared attribute: a side none of whose quotes says it quotes
    its notice's best unit that does (a side's quotes that do are kept, the others dropped); a side whose notice says
    it nowhere becomes silent. A silent side stays silent: what it was looked for by (a value of the asked type, the
    thing the question names: "纸质") is narrower than the attribute.
    Returns (sides, the attribute when it changed a side, else None, {silent program: the quote it had, as its
    nearest rule}); sides unchanged when the question names no attribute of the table."""
    attribute = compared_attribute(text)
    if attribute is None:
        return sides, None, {}
    changed = False
    out, silent = [], []
    for program in dict.fromkeys(p for p, _ in sides):
        own = [pick for p, pick in sides if p == program]
        # (a quote that is only its clause's heading, "四、培育计划", says nothing of it; a form's field, "联系电话	手机",
        # asks the applicant's value and gives none)
        holding = [pick for pick in own if pick is not None and not _only_heading(corpus, pick)
                   and (attribute.forms or not is_form_row(pick.quote))
                   and holds_attribute(attribute, pick.quote, _headings(corpus, pick.clause_id))]
        if not attribute.forms and holding and all(is_attached_form(corpus, p.clause_id) for p in holding):
            # a form's note restating the rule ("注：申报表…于2016年9月30日前报市总技协办") gives way to the notice's
            # own sentence saying it ("于9月底前向市总工会申报推荐"), when there is one
            body = [p for p in attribute_picks(corpus, program, attribute, text)
                    if not is_attached_form(corpus, p.clause_id)]
            holding = body[:1] or holding
        quoted = any(pick is not None for pick in own) or attribute.fills
        picks = attribute_picks(corpus, program, attribute, text) if quoted and not strict else []
        if picks and not any(p is not None and p.clause_id == picks[0].clause_id for p in holding):
            # a guessed or yes/no type picked its side by the question's words alone: the unit of the notice saying
            # the attribute, closest to the question, speaks for it ("组织专家对申报人选进行评议", not the 自由职业者
            # sentence that mentions 专家评议 in passing)
            out.append((program, picks[0]))
            changed = True
            continue
        if holding or all(pick is None for pick in own) and not picks:
            out += [(program, pick) for pick in (holding or own)]
            changed |= len(holding) < len(own) and bool(holding)
            continue
        picks = picks or attribute_picks(corpus, program, attribute, text)
        log.debug("compare %s: %s side %s -> %s", attribute.key, program, [p and p.clause_id for p in own],
                  picks[0].clause_id if picks else None)
        out.append((program, picks[0] if picks else None))
        former = next((p for p in own if p is not None and not _only_heading(corpus, p)), None)
        if not picks and former is not None:
            silent.append((program, former))
        changed = True
    # a silent side's former quote is its nearest rule, quoted as such, when it stands in the section that matches
    # where another side says the attribute ("第四届还有带徒弟那条吗": 二、推荐条件 against 首届's 二、推荐条件); a
    # sentence of another section ("推荐不超过 4 名" against 征求本单位员工意见) is no rule on it
    said_in = {_section(corpus, p.clause_id) for _, p in out if p is not None}
    nearby = {program: (p.clause_id, p.quote) for program, p in silent if _section(corpus, p.clause_id) in said_in}
    return out, (attribute if changed else None), nearby


def broader_rules(corpus, text: str, sides: list, nearby: dict[str, tuple[str, str]]
                  ) -> tuple[dict[str, tuple[str, str]], Attribute | None]:
    """For each silent side without a nearest rule, its notice's unit on what the compared attribute measures
    ("公示分别要公示几天": a notice giving no number of days still says how it publicises, "进行社会公示"), quoted as
    its nearest rule: ({program: (clause_id, quote)}, the attribute compared), or ({}, None) when the row names no
    broader attribute or no such side has one."""
    attribute = compared_attribute(text)
    broader = next((a for a in attributes() if attribute is not None and a.key == attribute.broader), None)
    if broader is None:
        return {}, None
    found = {}
    for program, pick in sides:
        if pick is None and program not in nearby:
            picks = attribute_picks(corpus, program, broader, text)
            if picks:
                found[program] = (picks[0].clause_id, picks[0].quote)
    return found, (attribute if found else None)
