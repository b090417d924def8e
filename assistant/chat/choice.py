"""A choice question ("线上还是线下", "税前还是税后", "交纸质的还是电子的"): the answer is the notice's sentence
naming one of the alternatives, or, when no sentence of the asked notice names either, "通知没有写明是…还是…".

The alternatives are the words either side of 还是 (jieba words of two or more characters, the generic ones
dropped as for a yes/no thing); a sentence names one when it holds its words or the notice vocabulary they
expand to (``notices.vocabulary``: 线上 -> 电子版, 邮箱 …).

Run with:  .venv/bin/python -m pytest -q tests/chat/test_loose_factual.py -k "choice or alternatives"
"""

from __future__ import annotations

import re

from assistant.chat.premise import CHANNELS, HANDED_IN
from assistant.chat.programme_words import topic_only
from assistant.chat.things import Thing, content_words, holds_thing, thing_picks

__all__ = ["alternatives", "choice_picks"]

# 还是 between two alternatives: the stretch of the clause before it (after a verb of being or handing in) and
# the stretch after it, up to the clause's end or a particle.
_CHOICE = re.compile(r"([^，,。；;？?！!]{1,12}?)还是([^，,。；;？?！!]{1,12})")
_LEAD = re.compile(r"^.*?(?:是|要|用|走|按|在|得|需)(?=.)")
_VERB_TAIL = re.compile(r"(申报|报名|提交|上交|报送|递交|报|交|发|寄|送|填)$")
_TAIL = re.compile(r"(的|啊|呀|呢|吗|么|好|啦|哦)+$")


def alternatives(question: str) -> tuple[Thing, Thing] | None:
    """The two alternatives a choice question offers, as things; None when it offers none (an adverbial 还是:
    "我还是想问一下")."""
    found = _CHOICE.search(topic_only(question or ""))
    if not found:
        return None
    left = _LEAD.sub("", found.group(1)).strip()
    right = _TAIL.sub("", found.group(2).strip())
    sides = []
    for said in (left, right):
        # the verb of handing in after a channel is not the alternative ("线上报" would be 线 + 上报)
        words = content_words(_VERB_TAIL.sub("", said) or said)
        if not words:
            return None
        sides.append(Thing(words[-1:], said))  # the last word of a stretch is the alternative ("网上发" -> 网上)
    if all(_ORDER.fullmatch(side.words[-1]) for side in sides):
        return None  # "公示在评审前头还是后头": the order of two steps, which the procedure sentence gives
    return sides[0], sides[1]


_ORDER = re.compile(r"[之以]?[前后先]头?面?|前头|后头|前面|后面|先|后")


def choice_picks(corpus, program: str, question: str) -> tuple[tuple[Thing, Thing] | None, list]:
    """(the alternatives, the units of ``program``'s notice naming either, best first); no alternatives: (None, [])."""
    sides = alternatives(question)
    if sides is None:
        return None, []
    channels = [_channel(side) for side in sides]
    if all(channels):
        # "寄纸质的还是发邮件": the alternatives are ways of handing papers in; a unit names one only where it says
        # how papers go ("推荐材料电子版发送至邮箱", "纸质材料和电子文档各一份"), not "纸质媒体" in the publicity
        picks = [p for side, channel in zip(sides, channels, strict=True)
                 for thing_ in (side, *(Thing((word,), word) for word in CHANNELS[channel]))
                 for p in thing_picks(corpus, program, thing_, question) if _hands_in(p.quote, thing_, channel)]
        return sides, _best_first(picks)
    picks = [p for side in sides for p in thing_picks(corpus, program, side, question)]
    return sides, sorted(picks, key=lambda p: -p.score)


def _channel(side: Thing) -> str | None:
    """The channel of handing in an alternative names (纸质, 电子, 网上, 现场 …: ``premise.CHANNELS``), or None."""
    said = side.label
    return next((name for name, words in CHANNELS.items() if any(w in said for w in words)), None)


# a paper's form said of papers ("纸质材料", "电子文档", "电子版"), not of media ("纸质媒体")
_OF_PAPERS = re.compile(r"材料|文档|文件|版|表")


def _hands_in(quote: str, thing_: Thing, channel: str) -> bool:
    """Whether a stretch of ``quote`` naming the alternative says how papers are handed in: a verb of handing in,
    or the channel's word said of papers ("纸质材料")."""
    return any(holds_thing(thing_, stretch) and (HANDED_IN.search(stretch) or any(
        _OF_PAPERS.match(stretch[at + len(w):]) for w in CHANNELS[channel] for at in _all(stretch, w)))
        for stretch in re.split(r"[，,。；;]", quote))


def _all(text: str, word: str) -> list[int]:
    return [m.start() for m in re.finditer(re.escape(word), text)]


def _best_first(picks: list) -> list:
    seen, out = set(), []
    for p in sorted(picks, key=lambda p: -p.score):
        if (p.clause_id, p.quote) not in seen:
            seen.add((p.clause_id, p.quote))
            out.append(p)
    return out
