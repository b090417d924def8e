"""Asks a sentence on their topic still leaves open: a choice between two ways it names neither of; how a stated
condition is judged, a form row filled or two named things differ; whether a paper goes in; what to do after a
mishap; the order a list is put in; whom something goes to; what an act covers.

Each is found by the shape of the ask, not by its words: the notice's sentence naming the thing (民主推荐,
一线技能人才认定比例) is near, and retrieval and the topic gates pass it, yet it holds nothing of what is asked.
Used by a single question (chat/rules/factual.py) and by each ask of several (``_answer_parts``).
Run with:  .venv/bin/python -m pytest -q tests/chat/test_left_open.py
"""
from __future__ import annotations

import functools
import re
import tomllib
from dataclasses import dataclass
from pathlib import Path

__all__ = ["OpenAsk", "left_open", "unsettled_choice", "judged_term", "unhanded_paper", "unsaid_remedy", "unsaid_order",
           "unnamed_recipient", "unlisted_content"]

_TABLE = Path(__file__).with_name("left_open.toml")
# a paper named in a sentence, which a handing-in verb beside it hands in
_PAPER = re.compile(r"证书|证明|复印件|原件|材料|报告|表|文档|电子版|照片")
# a yes/no ask of a paper: by its operator, or by its end ("…要交复印件吗")
_YES_NO_LEAD = re.compile(r"要不要|需不需要|用不用|是否")
_YES_NO_END = re.compile(r"[吗伐么嘛]\s*[？?]?\s*$|不\s*[？?]?\s*$")
# a term the asker quotes from the notice ("“在杭全职工作2年以上”是怎么认定的")
_QUOTED = re.compile(r"[“\"「『]([^”\"」』]{2,40})[”\"」』]")


@dataclass(frozen=True)
class OpenAsk:
    """What the ask leaves open, said as the silence names it, and the words another notice's sentence must hold
    to be shown beside the silence as 参考 (none: any on the topic)."""
    label: str
    thing: tuple[str, ...] = ()


@dataclass(frozen=True)
class Rules:
    """``left_open.toml`` read: the ask shapes and what a sentence must say to answer each."""
    judged_ask: re.Pattern
    judging: re.Pattern
    light_side: tuple[str, ...]
    paper_ask: re.Pattern
    handing: re.Pattern
    order_ask: re.Pattern
    order_said: re.Pattern
    recipient_ask: re.Pattern
    body: re.Pattern


@functools.lru_cache(maxsize=1)
def _rules() -> Rules:
    raw = tomllib.loads(_TABLE.read_text(encoding="utf-8"))
    patterns = {name: re.compile(raw[name]) for name in ("judged_ask", "judging", "paper_ask", "handing", "order_ask",
                                                         "order_said", "recipient_ask", "body")}
    return Rules(light_side=tuple(sorted(raw["light_side"], key=len, reverse=True)), **patterns)


def _own_words(side) -> tuple[str, ...]:
    """A side's words with the verbs every side of a step shares dropped ("区里审" -> 区里)."""
    light = _rules().light_side
    words = []
    for word in (side.words[-1], side.label):
        bare = word
        for verb in light:
            bare = bare.removesuffix(verb)
        if len(bare) >= 2:
            words.append(bare)
    return tuple(dict.fromkeys(words))


def unsettled_choice(ask: str, quote: str, corpus=None, program: str | None = None) -> OpenAsk | None:
    """A choice ("全体职工投票还是车间代表投", "初审是市总工会审还是区里审") the quote settles only by naming one
    side (of a choice between levels: by being about what is chosen for, 初审 not 审定): None when it does, when
    the ask offers no choice, or when chat.rules.choice, which reads channels, levels and the notices' words for a
    side (抽签 -> 随机抽取), picked this very sentence for the choice of ``program``'s notice."""
    from assistant.chat.rules.choice import alternatives, choice_picks, level_of
    from assistant.chat.rules.things import Thing, holds_thing

    sides = alternatives(ask)
    if sides is None:
        return None
    stretches = re.split(r"[。；;]", quote or "")
    if all(level_of(side.label) for side in sides):
        # a level is said by the body acting at it (省人力社保厅), which chat.rules.choice reads; the sentence must
        # still be about what is chosen for
        about = [w for w in sides[0].about if len(w) >= 2]
        if corpus is not None and program:
            # what is chosen for is a step or thing the notice heads a clause with ("(1) 初审"), not the asker's
            # words ("推荐这一步": 一步, which 进一步 holds)
            titles = "\n".join(c.title or "" for c in corpus.clauses(program))
            about = [w for w in about if w in titles]
        if any(all(holds_thing(Thing((a,), a), s) for a in about) for s in stretches):
            return None
        return OpenAsk(f"是{sides[0].label}还是{sides[1].label}", tuple(about))
    if corpus is not None and program and any(p.quote == quote for p in choice_picks(corpus, program, ask)[1]):
        return None
    if any(holds_thing(Thing((w,), w), quote or "") for side in sides for w in _own_words(side)):
        return None
    return OpenAsk(f"是{sides[0].label}还是{sides[1].label}", tuple(w for w in sides[0].about if len(w) >= 2))


def judged_term(ask: str, quote: str) -> OpenAsk | None:
    """An ask of how a stated condition is judged ("那一线是怎么认定的") answered by a sentence that names the term
    without defining it: None when the quote defines it, or the ask is of no such term."""
    from assistant.chat.rules.parts import _table as parts_table
    from assistant.chat.rules.programme_words import without_programme

    judged = _rules().judged_ask
    found = judged.search(ask)
    if not found:
        return None
    quoted = _QUOTED.findall(ask)
    head = re.sub(r"^(?:那|那么|这个|那个|这|就是)+", "", without_programme(ask[:found.start()])).strip("，, 的是")
    term = re.sub(r"\s+", "和", quoted[-1] if quoted else head)  # "支撑材料和印证材料", its 和 cut as a name's joint
    if len(term) < 2:
        return None
    defining = re.compile(parts_table()["defining"])
    bare = re.sub(r"\s+", "", quote or "")
    if _rules().judging.search(bare):
        return None  # "…年龄等计算时间截至…": how it is counted is said
    # the term, or its head said shorter ("在杭全职工作2年以上" -> 在杭全职), followed by 是指/即/包括…
    if any(defining.match(bare[m.end():]) for word in {term, term[:4], term[:2]}
           for m in re.finditer(re.escape(word), bare)):
        return None
    return OpenAsk(f"“{term}”{found.group(0).removeprefix('是').removesuffix('的')}", (term,))


def unhanded_paper(ask: str, quote: str) -> OpenAsk | None:
    """An ask whether a paper goes in ("E类要不要附认定证书") answered by a sentence in which no paper is handed in
    ("拥有…资质证书" is a condition): None when some stretch of the quote hands papers in, or the ask is no such ask."""
    asking, handing = _rules().paper_ask, _rules().handing
    found = asking.search(ask)
    if not found or not (_YES_NO_LEAD.match(found.group(0)) or _YES_NO_END.search(ask)):
        return None
    from assistant.chat.rules.quotes import is_form_row

    if is_form_row(quote or "") and found.group("paper").strip()[-2:] in re.sub(r"\s+", "", quote or ""):
        return None  # "要交照片吗" by the form's 照片 cell: a field of the form asks for it
    if any(handing.search(s) and _PAPER.search(s) for s in re.split(r"[。；;]", quote or "")):
        return None
    return OpenAsk(f"是否需要附{found.group('paper').strip()}", (found.group("paper").strip(),))


def unsaid_remedy(ask: str, quote: str) -> OpenAsk | None:
    """An ask of what to do after a mishap ("证书丢了去哪补", "表填错了怎么办") answered by a sentence saying no
    remedy (chat/rules/parts.toml ``mishap_ask``, ``remedy``): the one naming the thing ("颁发证书") is silent on it."""
    from assistant.chat.rules.parts import _table as parts_table

    table = parts_table()
    found = re.search(table["mishap_ask"], ask)
    if not found or re.search(table["remedy"], quote or ""):
        return None
    return OpenAsk(f"“{found.group(0)}”这一点")


def unsaid_order(ask: str, quote: str) -> OpenAsk | None:
    """An ask of the order a list is put in ("汇总表是按什么顺序排的") answered by a sentence saying no order."""
    asking, said = _rules().order_ask, _rules().order_said
    if not asking.search(ask) or said.search(quote or ""):
        return None
    return OpenAsk("排列顺序")


def unnamed_recipient(ask: str, quote: str) -> OpenAsk | None:
    """An ask of whom something goes to ("那异议提给谁") answered by a sentence naming no body."""
    asking, body = _rules().recipient_ask, _rules().body
    if not asking.search(ask) or body.search(quote or ""):
        return None
    return OpenAsk("受理的单位")


def unlisted_content(ask: str, quote: str) -> OpenAsk | None:
    """An ask of what an act covers ("脱密公示要公示哪些内容") answered by a sentence saying only that the act is
    done: the stretch naming the act lists no items (chat/rules/parts.toml ``content_ask``, ``listing``)."""
    from assistant.chat.rules.parts import _table as parts_table

    table = parts_table()
    found = re.search(table["content_ask"], ask)
    act = re.match(r"[\u4e00-\u9fff]+?(?=些|的|什么|啥|哪)", found.group(0)) if found else None
    if act is None or act.group(0) not in (quote or ""):
        return None  # a sentence not saying the act is done ("征求…意见" for "问哪些部门") is for the topic gates
    if any(act.group(0) in s and re.search(table["listing"], s) for s in re.split(r"[，,。；;]", quote or "")):
        return None
    return OpenAsk(f"{act.group(0)}的具体内容")


def left_open(part: str, quote: str, corpus=None, program: str | None = None) -> OpenAsk | None:
    """What ``quote`` leaves open of the ask in ``part``, or None when it may answer it. With ``corpus`` and the
    asked ``program``, a choice is left to chat.rules.choice where it picked the quote."""
    from assistant.chat.rules.parts import ask_and_context

    # the ask alone: a context restating the term ("通知讲一线…比例不低于70%，") defines nothing
    ask, _ = ask_and_context(part)
    return (unsettled_choice(ask, quote, corpus, program) or judged_term(ask, quote) or unhanded_paper(ask, quote)
            or unsaid_remedy(ask, quote) or unsaid_order(ask, quote) or unnamed_recipient(ask, quote)
            or unlisted_content(ask, quote))
