"""Eligibility answers a person reads: the verdict first, in one line, with the deciding reason and its clause;
at most three further reasons; the one next question with its quick replies; everything else in a collapsed
block. Markdown (bold verdict, short lists), so the chat renders it.

The first screen (the text before the collapsed block) stays within ``FIRST_SCREEN`` characters. No verdict
code and no profile field name reaches the text: verdicts are shown by their Chinese labels.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence

from assistant.chat.answer import Citations
from assistant.chat.templates import local_id
from assistant.eligibility.decisive import by_decisiveness, lead_reason, unneeded, yields
from assistant.eligibility.model import (
    REASON_MARKS,
    UNNEEDED_MARK,
    UNNEEDED_NOTE,
    VERDICT_LABELS,
    Note,
    Reason,
    Verdict,
)
from assistant.notices.tree import Corpus

__all__ = ["case_lines", "standing_line", "further", "verdict_text", "recommend_text", "overview_text", "deciding", "headline", "corrected_note", "FIRST_SCREEN", "SHORT_LABELS", "first_screen", "shown_questions", "of_person",
           "fit_first_screen"]

FIRST_SCREEN = 300
MAX_REASONS = 3
DETAILS_OPEN = "<details><summary>逐条核对（资格检查器按通知条款逐条核对得出，不使用语言模型）</summary>\n\n"
DETAILS_CLOSE = "\n</details>"
SHORT_LABELS = {"eligible": "符合", "not_eligible": "不符合", "needs_review": "需人工核实", "direct_recognition": "可直接认定"}
_DECISIVE = {"alternative", "exemption", "direct"}


# how the answer addresses the user, kept when it speaks of someone else; what it says of the candidate turns
_TO_USER = ("还需要您补充", "您提供的", "您的更正", "您说的", "您描述的", "您问", "您填写的", "您也可以", "请您")
_OF_CANDIDATE = (("您没有提到", "您没有提到{who}的"), ("从您说的工作看", "从您说的{who}的工作看"),
                 ("说说您的", "说说{who}的"), ("最适合您的", "最适合{who}的"))


def of_person(text: str, who: str | None) -> str:
    """``text`` speaking of the person asked about ("我师傅…他能报吗"): "您是工会会员吗？" -> "他是工会会员吗？", while
    the words addressed to the user stay ("还需要您补充", "您说的", "您没有提到他的…")."""
    if not who or "您" not in text:
        return text
    for i, (old, _) in enumerate(_OF_CANDIDATE):
        text = text.replace(old, f"\0{i}\0")
    for i, keep in enumerate(_TO_USER):
        text = text.replace(keep, f"\1{i}\1")
    text = text.replace("您", who)
    for i, keep in enumerate(_TO_USER):
        text = text.replace(f"\1{i}\1", keep)
    for i, (_, new) in enumerate(_OF_CANDIDATE):
        text = text.replace(f"\0{i}\0", new.format(who=who))
    return text


def shown_questions(text: str, questions: list[dict]) -> list[dict]:
    """The questions the first screen of ``text`` still asks: a second one shortened away (``_fit_screen`` drops
    "另外：…" first) is not asked, so it is neither pending nor offered as choices."""
    if len(questions) < 2 or "\n另外：" in first_screen(text):
        return questions
    return questions[:1]


def first_screen(text: str) -> str:
    """The part of an answer shown before the collapsed block."""
    return text.split(DETAILS_OPEN, 1)[0]


def fit_first_screen(text: str) -> str:
    """The whole answer with its first screen (notes and other parts before the collapsed block included)
    shortened to ``FIRST_SCREEN`` characters; the collapsed block keeps everything."""
    screen = first_screen(text)
    if len(screen) <= FIRST_SCREEN:
        return text
    tail = screen.rstrip()
    fitted = _fit_screen(tail, FIRST_SCREEN - (len(screen) - len(tail)))
    return fitted + screen[len(tail):] + text[len(screen):]


def deciding(v: Verdict) -> Reason | None:
    """The reason that decides the verdict (``eligibility.decisive``: a failed hard rule for 不符合, what the asker
    said that falls short, then the open point that can move it most, for 需人工核实; what holds for 符合)."""
    return lead_reason(v)


def _others(v: Verdict, lead: Reason | None) -> list[Reason]:
    """Further reasons worth a line, the most decisive first (``eligibility.decisive``); no repeats."""
    seen = {lead.message} if lead else set()
    out = []
    for r in by_decisiveness(v.reasons):
        if r.message not in seen:
            seen.add(r.message)
            out.append(r)
    return out


SHORT_REASON = 80  # characters: a reason longer than this loses its asides on a verdict line
_ASIDE = re.compile(r"（[^（）]*）")


def said_short(reason: Reason) -> str:
    """A reason as a verdict line says it: a long one without its asides in full-width brackets ("（资料所填 5 年截至…，
    已折算到计算日）", "（未提供获奖情况和主要业绩…）"); the card keeps the whole. Where the notice is silent, whom to
    ask is no aside: that reason is said whole."""
    text = reason.message.rstrip("。")
    if len(text) <= SHORT_REASON or reason.basis == "silent":
        return text
    while (shorter := _ASIDE.sub("", text)) != text:
        text = shorter
    return text


def standing_line(corpus: Corpus, verdicts: Sequence[Verdict], subject: str | None = None) -> str:
    """The verdicts a question in between leaves standing, one short line ("那要准备啥材料" after a check)."""
    said = "；".join(f"{corpus.meta(v.program).short_name}：{SHORT_LABELS[v.verdict]}" for v in verdicts)
    return f"（前面对{subject or '您'}情况的核对结论不变——{said}。）"


def case_lines(corpus: Corpus, cites: Citations, verdicts: Sequence[Verdict], today: dt.date,
               subject: str | None = None) -> str:
    """The checker's verdict on the asker's own case, after an answer about the rules that case raised ("首届的时候评上过
    杭州数字工匠，第四届还能再报一次吗"): the rule answers the question, and this line says what it means for the asker."""
    return "\n".join([f"按{subject or '您'}说的情况核对："]
                     + [f"- {_verdict_line(corpus, cites, v, today)}" for v in verdicts])


def further(v: Verdict, lead: Reason | None, about: str | None = None) -> list[Reason]:
    """The further reasons a verdict line is followed by (at most ``MAX_REASONS``), the most decisive first. Under
    不符合 only what else fails: an open point cannot undo a failed hard rule ("未提供在浙全职工作的年限" under
    "退休人员不作为推荐对象" is noise), nor can an alternative not met while the verdict is decided elsewhere.
    ``about="direct"``, or a direct recognition however it was asked ("是不是直接就能认定了", or not asked at all):
    the alternatives the first place makes unnecessary get no line."""
    others = _others(v, lead)
    if v.verdict == "not_eligible":
        others = [r for r in others if r.ok is False and (r.kind not in _DECISIVE or yields(v, r))]
    if about == "direct" or v.verdict == "direct_recognition":
        others = [r for r in others if r.kind not in _DECISIVE]
    if v.verdict == "needs_review" and any(r.kind == "alternative" and r.ok is None for r in v.reasons):
        # "一九年就退休了 后来又被厂里返聘回去带徒弟 首席技师…": one alternative not met while another is still open
        # decides nothing, and "✗ …不是绝招绝技方面的业绩" reads as a verdict on a claim the asker never made; the card
        # keeps it (found asking as a new user)
        others = [r for r in others if not (r.kind == "alternative" and r.ok is False)]
    return others[:MAX_REASONS]


def _flag(corpus: Corpus, program: str, today: dt.date) -> str:
    status = corpus.round_status(program, today)
    if status.superseded_by:
        return "（历史届次，本轮已截止）"
    if status.status == "closed":
        return "（本轮已截止）"
    return ""


def _clause_ref(cites: Citations, reason: Reason | Note) -> str:
    if not reason.quote:
        return ""
    return f"（{local_id(reason.clause_id)}{cites.mark(reason.clause_id, reason.quote)}）"


def headline(v: Verdict, questions: list[dict]) -> Reason | None:
    """The reason the verdict line names: the deciding one; among open points that decide alike, the one the first
    question asks about, so the answer does not say "未提供国籍" and then ask about the union."""
    asked = tuple(q["field"] for q in questions if q.get("field"))
    lead = lead_reason(v, asked)
    # the year counts are asked one per turn, the trade's before a place's (chat.case.asking.trade_years_first, so that a bare
    # "七年" answers the count asked): when the line would name another open count, it names the one asked
    if lead is not None and lead.ok is None and asked and asked[0] in _COUNTS and asked[0] not in lead.missing \
            and set(lead.missing) <= _COUNTS:
        from assistant.eligibility.decisive import yields

        return next((r for r in v.reasons if r.ok is None and asked[0] in r.missing and yields(v, r)), lead)
    return lead


_COUNTS = {"years_in_field", "years_full_time_in_hangzhou", "years_full_time_in_zhejiang"}


def _verdict_line(corpus: Corpus, cites: Citations, v: Verdict, today: dt.date, occupation: str | None = None,
                  reason: Reason | None = None) -> str:
    name = corpus.meta(v.program).short_name
    line = f"**{name}：{VERDICT_LABELS[v.verdict]}**{_flag(corpus, v.program, today)}"
    reason = reason or deciding(v)
    if reason:
        message = said_short(reason)
        if occupation and reason.rule == "digital_economy" and reason.ok is False:
            message = f"{occupation}不属于数字经济行业"  # the asker's own words for the work that decides it
        line += f"——{message}{_clause_ref(cites, reason)}"
    return line


def _ends_list(lines: list[str]) -> list[str]:
    """A blank line after a Markdown list, so that the line after it is not read as part of its last item
    ("- 2021年杭州市首席技师：…" then "**还需要您补充**" rendered inside that item)."""
    return [""] if lines and lines[-1].startswith("- ") else []


def _question_lines(questions: list[dict]) -> list[str]:
    if not questions:
        return []
    lines = []
    for i, q in enumerate(questions):
        options = " / ".join(q.get("options") or [])
        text = q["text"]
        if options:  # the quick replies say the choices; the question need not list them again
            text = re.sub(r"（[^）]*）|没有请填“无”。?", "", text)
        lead = "**还需要您补充**：" if i == 0 else "另外："
        lines.append(f"{lead}{text}" + (f"（可直接回答：{options}）" if options else ""))
    return lines


def _details(corpus: Corpus, cites: Citations, verdicts: Sequence[Verdict], today: dt.date) -> str:
    lines = []
    quoted: set[tuple[str, str]] = set()
    many = len(verdicts) > 2  # a ranking of every programme: what holds is left out, what fails or is open stays
    for v in verdicts:
        lines.append(f"**{corpus.meta(v.program).short_name}**：{VERDICT_LABELS[v.verdict]}")
        shown = [r for r in _others(v, None) if not (many and r.ok is True)]
        hidden = len(shown) - MAX_REASONS if many and len(shown) > MAX_REASONS + 1 else 0
        shown = [r for r in shown if not unneeded(v, r)] + [r for r in shown if unneeded(v, r)]
        for r in shown[:len(shown) - hidden]:
            quote = ""
            if r.quote and (r.clause_id, r.quote) not in quoted:  # each clause sentence quoted once
                quoted.add((r.clause_id, r.quote))
                quote = f"（依据：“{r.quote}”{cites.mark(r.clause_id, r.quote)}）"
            elif r.quote:
                quote = cites.mark(r.clause_id, r.quote)
            if unneeded(v, r):
                lines.append(f"- {UNNEEDED_MARK} {r.message.rstrip('。')}——{UNNEEDED_NOTE}。{quote}")
                continue
            lines.append(f"- {REASON_MARKS.get(r.ok, '·')} {r.message}{quote}")
        if hidden:
            lines.append(f"- 另有 {hidden} 项待核实（单独问这个项目可看全部）")
        status = corpus.round_status(v.program, today)
        if status.superseded_by or status.status == "closed":
            lines.append(f"- {status.note}")
    return DETAILS_OPEN + "\n".join(lines) + DETAILS_CLOSE


def _fit(corpus: Corpus, alternatives: Sequence[Verdict], today: dt.date) -> str:
    """"可以考虑" line for an asker who does not qualify: the honours that may fit, current rounds first."""
    fits = [v for v in alternatives if v.verdict != "not_eligible"]
    if not fits:
        return ""
    names = [f"{corpus.meta(v.program).short_name}（{'，'.join(filter(None, (SHORT_LABELS[v.verdict], _flag(corpus, v.program, today).strip('（）'))))}）"
             for v in fits[:3]]
    return "**可以考虑**：" + "、".join(names)


def verdict_text(corpus: Corpus, cites: Citations, verdicts: Sequence[Verdict], questions: list[dict],
                 contradictions: list[str], today: dt.date, alternatives: Sequence[Verdict] | None = None,
                 occupation: str | None = None, about: str | None = None) -> str:
    """The eligibility answer for the programmes in focus (the first one leads). ``about="direct"`` ("能直接认定吗"):
    the direct-recognition path and what decides it lead, before the verdict on the other conditions."""
    lead, *rest = verdicts
    lines = _direct_lines(corpus, cites, lead) if about == "direct" else []
    first = headline(lead, questions)
    if about == "direct" and first is not None and first.kind == "direct":
        first = deciding(lead)  # the direct path has its own lines above: the verdict line names what else is open
    lines.append(_verdict_line(corpus, cites, lead, today, occupation, first))
    lines += [f"{n.message.rstrip('。')}（依据：“{n.quote}”{cites.mark(n.clause_id, n.quote)}）。"  # presume.note_asked
              for n in lead.notes if n.rule.startswith("asked_")  # "算不算数字经济", unless the headline says it
              and not (first and first.quote == n.quote and first.clause_id == n.clause_id)]
    for r in further(lead, first, about):
        lines.append(f"- {REASON_MARKS.get(r.ok, '·')} {r.message}")
    lines += [f"注：{n.message}" for n in lead.notes  # chat/case/presume.py: presumed absent, or inferred from the work
              if n.rule == "presumed_absent" or n.rule.startswith(("inferred_", "tentative_", "direct_unsaid_"))]
    lines += [n.message.rstrip("。") + _clause_ref(cites, n) + "。"  # eligibility/report.open_direct
              for n in lead.notes if n.rule == "direct_open"]
    for v in rest:
        reason = deciding(v)
        why = f"——{said_short(reason)}" if reason else ""
        lines.append(f"**{corpus.meta(v.program).short_name}：{VERDICT_LABELS[v.verdict]}**"
                     f"{_flag(corpus, v.program, today)}{why}")
    if lead.verdict == "not_eligible" and alternatives:
        fit = _fit(corpus, alternatives, today)
        if fit:
            lines.append(fit)
    if contradictions:
        lines.append("**您提供的信息有矛盾，请先确认**：" + "；".join(contradictions))
    lines += _question_lines(questions)
    return _fit_screen("\n".join(lines)) + "\n\n" + _details(corpus, cites, verdicts, today)


OVERVIEW_CONDITIONS = 3  # conditions named in the line that says what a programme is about


def overview_text(corpus: Corpus, cites: Citations, program: str, questions: list[dict], today: dt.date) -> str:
    """A programme opened with nothing said about the asker: what it asks of a candidate, in a line with its
    clauses, and the first question (with its quick replies) that starts the check of the asker's case."""
    from assistant.eligibility.api import get_program

    rules = [r for r in get_program(program).rules if "未作规定" not in r.label]
    groups: dict[tuple[str, str], list] = {}
    for rule in rules:
        if rule.kind in ("hard", "soft"):
            groups.setdefault((rule.clause_id, rule.quote), []).append(rule)
    named = []
    for (clause_id, quote), group in list(groups.items())[:OVERVIEW_CONDITIONS]:
        labels = dict.fromkeys(re.sub(r"（原则上）$", "", r.label) for r in group)
        hedge = "（原则上）" if any(r.label.endswith("（原则上）") for r in group) else ""
        named.append(f"{'、'.join(labels)}{hedge}{cites.mark(clause_id, quote)}")
    line = f"**{corpus.meta(program).short_name}**{_flag(corpus, program, today)}：推荐对象主要看{'；'.join(named)}"
    if len(groups) > OVERVIEW_CONDITIONS:
        line += "等"
    alternatives = sum(r.kind == "alternative" for r in rules)
    if alternatives:
        line += f"，并符合{alternatives}项业绩条件之一"
    direct = next((r for r in rules if r.kind == "direct"), None)
    if direct is not None:
        line += f"；{direct.label}{cites.mark(direct.clause_id, direct.quote)}"
    lines = [line + "。"]
    lines += [q.replace("**还需要您补充**：", "**先问一个关键问题**：", 1) for q in _question_lines(questions)]
    lines.append("也可以一次说说您的工作、年限、等级和获奖情况，我按通知逐条核对。")
    return _fit_screen("\n".join(lines))


def _direct_lines(corpus: Corpus, cites: Citations, v: Verdict) -> list[str]:
    """What decides direct recognition (the clause, quoted) and where the asker stands on it; a notice without
    a direct path says so first."""
    name = corpus.meta(v.program).short_name
    path = next((r for r in v.reasons if r.kind == "direct"), None)
    if path is None:
        from assistant.chat.case.asking import has_direct
        from assistant.programs import program_ids

        others = [corpus.meta(p).short_name for p in program_ids() if p != v.program and has_direct(p)]
        where = f"（直接认定只见于{'、'.join(others)}）" if others else ""
        return [f"**直接认定**：{name}的通知没有直接认定的规定，须按条件推荐、评审{where}。"]
    head = f"**直接认定**看这一条：“{path.quote}”{_clause_ref(cites, path)}。"
    if path.ok is True and v.verdict == "direct_recognition":
        stand = f"您的情况：{path.message.rstrip('。')}，**可以直接认定**。"
    elif path.ok is True:  # "符合条件的可以直接认定": the basic conditions still hold or not
        stand = "您的竞赛名次满足这一条；直接认定还要“符合条件”，其余条件如下。"
    elif path.ok is False:
        stand = f"您的情况：{path.message.rstrip('。')}，只能按其他条件推荐评审（结论见下）。"
    else:
        stand = "您还没说竞赛名次：2025年以来在这类竞赛中拿过个人第一名吗？"
    return [head, stand]


_CODES = {"full_time": "全职", "part_time": "兼职", "freelance": "自由职业", "retired": "退休",
          "civil_servant": "公务员或参公", "public_institution_cadre": "事业单位领导", "soe_leader": "国企领导",
          "frontline_technical": "一线技术岗位", "management": "管理岗位", "administrative": "行政岗位",
          "private": "民营企业", "soe": "国有企业", "public_institution": "事业单位", "government_agency": "机关",
          "none": "无", True: "是", False: "否"}
# what a correction is shown by: the start said, not the years derived from it
_SHOWN = ("hangzhou_full_time_start", "digital_work_start", "years_full_time_in_hangzhou", "years_full_time_in_zhejiang",
          "years_in_field", "birth_date", "skill_level", "employer_city", "employment", "role_type", "employer_type",
          "union_member", "nationality")


def corrected_note(session, fields: Sequence[str]) -> tuple[str, ...]:
    """"已按您的更正：…" for the facts a correction replaced (at most two, each as the user would say it)."""
    from assistant.chat.case.asking import PAIRS
    from assistant.profile import FIELD_LABELS

    said = set(fields)
    for start, count in PAIRS:  # the start month stands for its year count
        if count in said and start in session.profile:
            said = (said - {count}) | {start}
    profile = session.profile
    if profile.get("years_full_time_in_zhejiang") == profile.get("years_full_time_in_hangzhou"):
        said.discard("years_full_time_in_zhejiang")  # Zhejiang's years follow Hangzhou's
    shown = [f for f in _SHOWN if f in said and f in profile]
    parts = []
    for field in shown[:2]:
        value = session.profile[field]
        if field.endswith("_start") or field == "birth_date":
            count = dict(PAIRS).get(field)
            text = f"{value[:4]}年" if count in session.early or value.endswith("-01") and field == "birth_date" \
                else f"{value[:4]}年{int(value[5:7])}月"
        elif field.startswith("years_"):
            text = f"约{round(value, 1):g}年"
        else:
            text = _CODES.get(value, value) if isinstance(value, (str, bool)) else str(value)
        parts.append(f"{FIELD_LABELS[field].split('（')[0].removesuffix('的年月')}改为{text}")
    return (f"已按您的更正重新判断：{'；'.join(parts)}。",) if parts else ()


def recommend_text(corpus: Corpus, cites: Citations, ranked: Sequence[Verdict], questions: list[dict],
                   today: dt.date) -> str:
    """"哪个最适合我": the best fit first with why, then the others in order, closed and historical rounds flagged."""
    best, *rest = ranked
    if best.verdict == "not_eligible":  # none fits: said plainly, each with the rule that fails, not "最接近的是…不符合"
        lines = [f"按您说的情况，这{len(ranked)}项荣誉都**不符合条件**："]
        rest = list(ranked)
    else:
        head = "最适合您的是" if best.verdict in ("eligible", "direct_recognition") else "相对最接近的是"
        lines = [f"{head}：" + _verdict_line(corpus, cites, best, today), "其他荣誉："] if rest else \
            [f"{head}：" + _verdict_line(corpus, cites, best, today)]
    for v in rest:
        reason = deciding(v)
        why = f"，{said_short(reason)}" if reason and v.verdict == "not_eligible" else ""
        ref = _clause_ref(cites, reason) if why and best.verdict == "not_eligible" else ""
        lines.append(f"- {corpus.meta(v.program).short_name}：{SHORT_LABELS[v.verdict]}"
                     f"{_flag(corpus, v.program, today)}{why}{ref}")
    if questions:
        lines += _ends_list(lines)
    lines += _question_lines(questions)
    return _fit_screen("\n".join(lines)) + "\n\n" + _details(corpus, cites, ranked, today)


SPARE_LINE = 40  # characters a line cut short keeps
_STAYS = ("**还需要您补充**", "另外：", "**先问一个关键问题**")


def _fit_screen(text: str, limit: int = FIRST_SCREEN - 2) -> str:
    """Keep the first screen within limit characters: long reason lines are shortened, never the
    verdict line or the question. The default limit leaves room for the blank line before the card."""
    if len(text) <= limit:
        return text
    lines = text.split("\n")
    keep = [True] * len(lines)

    def size() -> int:
        return len("\n".join(ln for ln, k in zip(lines, keep, strict=True) if k))

    # first the second question, then further-reason bullets from the bottom up, what holds first (a
    # recommendation's list of programmes is its answer and stays)
    for prefix in ("另外：", "- ✓", "- ？", "- ✗"):  # what holds goes before what is open or fails
        for i in range(len(lines) - 1, 0, -1):
            if size() <= limit:
                break
            if lines[i].startswith(prefix):
                keep[i] = False
    # then the reasons of the other programmes, then the lead's, shortened: the lead is the first verdict line, which
    # need not be the first line (a note put before the answer, "提示：…指令不会被执行", is fitted with it)
    verdict_lines = [i for i, ln in enumerate(lines) if ln.startswith("**") and "——" in ln]
    for i in reversed(verdict_lines):
        if size() <= limit:
            break
        head, why = lines[i].split("——", 1)
        lines[i] = f"{head}——{why[:60]}…" if i == verdict_lines[0] and len(why) > 61 else \
            (lines[i] if i == verdict_lines[0] else head)
    for i in range(len(lines) - 1, 0, -1):  # a recommendation's other honours keep verdict and flag, not the why
        if size() <= limit:
            break
        head, sep, _ = lines[i].partition("），")
        if lines[i].startswith("- ") and sep:
            lines[i] = head + "）"
    # then the lines that list more than one thing keep their first ones (the rest is in the collapsed block):
    # the contradictions, the honours that may fit, a recommendation's list from the bottom, the question's
    # own wording; the verdict and the quick replies stay
    for i in range(len(lines) - 1, 0, -1):
        if size() <= limit:
            break
        line = lines[i]
        if line.startswith(("**您提供的信息有矛盾", "**可以考虑**")) and len(line) > 60:
            lines[i] = line[:58] + "…"
        elif line.startswith("- ") and i > 2 and keep[i]:
            keep[i] = False
        elif line.startswith("**还需要您补充**") and len(line) > 80:
            head, _, options = line.partition("（可直接回答：")
            lines[i] = (head[:60] + "…" if len(head) > 60 else head) + (f"（可直接回答：{options}" if options else "")
    # then the longest line that is neither a verdict line nor the question is cut short (a direct path's quoted
    # clause, a note): the quick replies at the end are what the asker taps, and they stay whole
    shortened: set[int] = set()
    while size() > limit:
        spare = [i for i in range(1, len(lines)) if keep[i] and i not in shortened
                 and not lines[i].startswith(_STAYS) and len(lines[i]) > SPARE_LINE]
        if not spare:
            break
        i = max(spare, key=lambda j: len(lines[j]))
        shortened.add(i)
        cut = lines[i][:max(SPARE_LINE, len(lines[i]) - (size() - limit) - 1)]
        if cut.count("**") % 2:  # a bold span cut open would run on into the rest of the answer
            cut = cut[:cut.rfind("**")]
        lines[i] = cut + "…"
    if size() > limit:  # never more than a screen, whatever was said
        return "\n".join(ln for ln, k in zip(lines, keep, strict=True) if k)[:limit - 1] + "…"
    return "\n".join(ln for ln, k in zip(lines, keep, strict=True) if k)
