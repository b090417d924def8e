"""Questions about applying for several honours at once ("杭州工匠和首席技师能同时报吗", "报了数字工匠还能报别的吗").

No notice says whether one person may apply for two honours in the same round: a notice speaks only of
itself. What some do say is who may not apply because they already hold a title (the rules rows reading
``prior_titles``, "已被认定为…的不再重复推荐"). So such a question is answered with the silence first, then each
asked notice's contact, then, labelled 参考 and uncited, the held-title rules — never with a clause that merely
contains 同时 or 一起. The cue patterns are data (``answer_types.toml``, ``[combining]``).

Run with:  python -c "from assistant.chat.rules.combining import combines; print(combines('两个能同时报吗', ()))"
"""

from __future__ import annotations

import functools
import re

from assistant.chat.rules.answer_types import table
from assistant.chat.templates import local_id
from assistant.notices.text import sentences
from assistant.notices.tree import Corpus

__all__ = ["won", "combines", "combining_text", "held_title_answer", "held_title_span"]


@functools.lru_cache(maxsize=1)
def _cues() -> dict[str, re.Pattern]:
    return {key: re.compile(value) for key, value in table()["combining"].items()}


def won(pattern: str | re.Pattern, text: str) -> re.Match | None:
    """The first place ``pattern`` says a title won that no negation scopes ("今年没评上明年还能再报", "没有获评过…",
    "还没拿到…"): a title not won is no title held, and the message asks about trying again, not about a holder."""
    from assistant.language.clauses import negated

    for m in re.finditer(pattern, text or ""):
        opening = re.split(r"[，,。；;！!？?\s]", text[:m.start()])[-1]
        if not negated(opening + m.group(0)):
            return m
    return None


def combines(text: str, programs: tuple[str, ...] | list[str]) -> bool:
    """Whether ``text`` asks about applying for two or more honours together (two named, or "两个", "别的")."""
    from assistant.chat.case.together import joint_people

    cues = _cues()
    text = text or ""
    if joint_people(text):  # "我和徒弟能一起报吗": two people applying, not one person applying for two honours
        return False
    if won(cues["held"], text):  # "评上杭州工匠了还能报数字工匠吗": a held title, which the notices do rule on
        return False
    several = len(programs) >= 2 or bool(cues["several"].search(text))
    return several and bool(cues["together"].search(text) or cues["applied_then"].search(text))


def _targets(corpus: Corpus, programs: tuple[str, ...] | list[str], today) -> list[str]:
    """The asked programmes, or with none named the current ones (none superseded by a later edition)."""
    return list(programs) or corpus.current_programs(today)


def _held_title_rows(program: str) -> list:
    """The programme's rules on titles already held that its notice states (not the 'notice is silent' rows)."""
    from assistant.eligibility.api import get_program

    return [rule for rule in get_program(program).rules
            if "prior_titles" in rule.fields and "未作规定" not in rule.label and "办法未" not in rule.label]


def combining_text(corpus: Corpus, programs: tuple[str, ...] | list[str], today) -> str:
    """Silence first, each asked notice's contact, then the held-title rules as 参考 (no citation)."""
    targets = _targets(corpus, programs, today)
    names = "、".join(corpus.meta(p).short_name for p in targets)
    every = "都" if len(targets) > 1 else ""
    lines = [f"{names}的通知{every}没有写明能否同时申报几项荣誉（或报了一项再报另一项），我不能凭猜测回答。"]
    contacts = "；".join(f"{corpus.meta(p).short_name}：{c}" for p in targets for c in corpus.meta(p).contacts)
    if contacts:
        lines.append(f"如需确认，请咨询发文单位：{contacts}。")
    held = [(p, rule) for p in targets for rule in _held_title_rows(p)]
    if held:
        lines.append("参考（通知只对已经获得某项称号的人作了规定，说的不是同时申报）：")
        lines += [f"· {corpus.meta(p).short_name} {local_id(rule.clause_id)}写明“{rule.quote}”。" for p, rule in held]
    return "\n".join(lines)


_QUOTED = re.compile(r"“([^”]+)”")
# the verb of holding before a title, so the title itself names its programme ("拿过首届杭州数字工匠")
_HOLDING = re.compile(r"^.*?(?:评上过|评过|获评过?|获得过|已获|已经是|已被认定为?|拿过|拿到过|是)")


def held_title_span(text: str) -> tuple[str, tuple[str, ...]] | None:
    """(what is held, the programmes asked about) when the message asks about applying after holding a title:
    "评上杭州工匠了还能报数字工匠吗" (the title between the held cue and the ask), or a title said as held
    anywhere with an ask about applying again after it ("拿过浙江工匠再报浙派算重复吗", "我是杭州市首席技师，浙派
    工匠有没有说已经有称号的不能报", the table's ``[held_title]``): the programmes asked about are those named
    outside the held title. None otherwise."""
    from assistant.chat.rules.conditions import conditions_table
    from assistant.notices.names import name_programs

    row = conditions_table()["held_title"]
    text = _REPORTED.sub(lambda m: m.group(1) + "□" * (len(m.group()) - len(m.group(1))), text)
    title = won(row["holder"], text) or won(row["ask"], text)
    if title is not None and re.search(row["again"], text[title.end():]):
        asked = name_programs(f"{text[:title.start()]}，{text[title.end():]}")[0]
        if asked:
            return title.group(0), asked
    cues = _cues()
    held = won(cues["held"], text)
    # the ask as the cue table says it, or as the held-title row's wider family does ("还能再去评", "还让报不")
    apply = cues["apply_after"].search(text, held.end()) if held else None
    wider = re.compile(row["again"]).search(text, held.end()) if held and not apply else None
    if wider and (name_programs(text[wider.end():])[0] or name_programs(text[held.end():wider.start()])[0]):
        apply = wider  # only an ask naming the programme applied for, or after a title that names one
    if held and apply:
        said = text[held.end():apply.start()]  # what is held: "杭州工匠了"
        before = re.split(r"[，,。；;？?！!]", text[:held.start()])[-1]
        if not name_programs(said)[0] and name_programs(before)[0] and name_programs(text[apply.end():])[0]:
            # "首届数字工匠评上了，以后还能去申报杭州工匠吗": the title said before the verb of winning it
            return before, name_programs(text[apply.end():])[0]
        if not _titles_in(said) and _titles_in(before) and name_programs(said)[0]:
            # "去年那个数字工匠我评上了 这次第四届还能再报吗": the title said before the verb of winning it, the
            # programme asked between the verb and the ask
            return before + said, name_programs(said)[0]
        held_part = _HELD_CLAUSE.split(said, 1)[0]
        # "评上了“萧山工匠”。第四届数字工匠说…，我这个算不算": the programme named after the held title's sentence
        return said, (name_programs(text[apply.end():])[0] or name_programs(text[:held.start()])[0]
                      or name_programs(said[len(held_part):])[0])
    return None


# The notice's words reported by the asker ("第四届数字工匠说已经被认定为“杭州工匠”的不再重复推荐"): the titles in them
# are the rule's, not titles held; masked (same length, so offsets hold) before a held title is looked for.
# who reports the rule and the verb that reports it: one list for the masking below and the held clause's end
_REPORTER = r"通知|文件|上面|里面|规定|第[一二三四]届|首届"
_REPORTING = r"说|写着|写了|写的是|写的|讲|规定"
_REPORTED = re.compile(rf"((?:(?:{_REPORTER})[^，,。；;！!？?]{{0,6}}?)(?:{_REPORTING}))[^，,。；;！!？?]*")
# What is held is said in the held verb's own sentence, before any report of the rule ("评上了“萧山工匠”。第四届说已经
# 被认定为“杭州工匠”的不再重复推荐，我这个算不算"): a title the asker quotes from the notice is not one they hold.
_HELD_CLAUSE = re.compile(rf"[。！!？?；;]|(?:{_REPORTER})?(?:{_REPORTING})")


def held_title_answer(text: str, deps, cites, among: list[str] | None = None) -> str | None:
    """"评上杭州工匠了还能报第四届数字工匠吗": the asked programme's rule on that held title, cited; its notice
    silent on that title (its rules name others, or none) -> said so first, with the contact. None when the
    message does not ask about applying after winning a title, or names no programme applied for; with ``among``
    (the programmes a comparison names) also when the title held is none of them."""
    from assistant.chat import templates as compose
    from assistant.notices.names import name_programs

    found = held_title_span(text or "")
    if found is None:
        return _unnamed_onward(text or "", deps, cites)
    said, targets = found
    if not targets and said.strip():
        return _onward_answer(text, said, deps, cites)
    if not targets or not said.strip():
        return None
    if among is not None and not set(name_programs(_HOLDING.sub("", said))[0]) & set(among):
        # "首届和第四届数字工匠，已获评浙江工匠的能报吗" compares two programmes' rules on a third title: side by side
        return None
    corpus = deps.corpus
    quotes, silent = [], []
    held_said = _HELD_CLAUSE.split(said, 1)[0]
    for program in targets:
        named = _titles_in(held_said)  # "数字工匠我头一届就拿了" names 杭州数字工匠 by its short form
        rows = [r for r in _held_title_rows(program) if any(t in held_said or t in named for t in _QUOTED.findall(r.quote))]
        if rows:
            quotes += [(r.clause_id, r.quote) for r in rows]
        else:
            silent.append(program)
    lines = []
    for program in silent:
        meta = corpus.meta(program)
        lines.append(f"{meta.short_name}的通知没有写明已获得这一称号的人能否申报，我不能凭猜测回答。")
        if meta.contacts:
            lines.append(f"如需确认，请咨询发文单位：{'；'.join(meta.contacts)}。")
    onward = [p for program in silent for p in _onward_picks(corpus, held_said, corpus.meta(program).short_name)]
    if onward:  # "首届数字工匠评上了，还能报杭州工匠吗": what the held title's notice says of going on to the asked one
        lines.append(f"另外，{corpus.meta(program_of(onward[0][0])).short_name}的通知写到了获评以后的推荐：")
        quotes += onward[:1]
    barred = _barring_lead(corpus, quotes, text) if not silent and len(targets) == 1 else None
    if barred:  # "已经是杭州数字工匠了还能再报第四届吗": the yes/no first, then the rule's own words
        lines.append(barred)
    if quotes:
        lines.append(compose.qa_text(corpus, cites, text, quotes, deps.today))
    return "\n".join(lines)


def _titles_in(said: str) -> set[str]:
    """The titles ``said`` names, by their names and short forms (数字工匠, 省首席)."""
    from assistant.extract.honours import titles_in

    return set(titles_in(said))


def _barring_lead(corpus, quotes: list[tuple[str, str]], text: str = "") -> str | None:
    """不能 (原则上不能 for a soft row) when the asked notice's row on the held title bars it ("…的不再重复推荐",
    "不得申报"), with the barring words quoted; None when no row bars it. A confirmation question takes a side, and
    the lead says first whether that side holds: "…也可以的吧" is a false premise (不对，不能), "…不能再报了吧" a true
    one (是的，不能)."""
    for clause_id, quote in quotes:
        m = _BARRING.search(quote)
        if m:
            phrase = re.split(r"[，。；,;]", quote[m.start():])[0]
            word = "原则上不能" if "原则上" in quote[:m.start()] else "不能"
            return f"{_premise_side(text)}{word}。{corpus.meta(program_of(clause_id)).short_name}的通知写明，已获该称号的{phrase}。"
    return None


# The side a confirmation question takes on whether the holder may apply: allowed ("也可以的吧", "还能再推吧") or barred
# ("不能再报了吧", "没法再报了吧"); a class of modal words, each read with the negation just before it.
_MAY = re.compile(r"(不|没法|没办法|无法)?(?:再|还|也)?(?:能|可以|可|行)(?!以外)")


def _premise_side(text: str) -> str:
    """"不对，" when a confirmation question asserts the holder may apply, "是的，" when it asserts they may not, ""
    when the message asks openly ("还能报吗") or takes no side."""
    from assistant.chat.routing import confirms

    if not text or not confirms(text):
        return ""
    sides = {bool(m.group(1)) for m in _MAY.finditer(text)}
    if len(sides) != 1:
        return ""
    return "是的，" if sides.pop() else "不对，"


# A notice's sentence putting its holders forward for another title ("择优推荐申报“杭州工匠”“浙江工匠”", "获得提名奖的
#人员今后可继续参评"): what happens after it is won, not who may apply to it ("已被认定为…的不再重复推荐").
_ONWARD = re.compile(r"择优推荐|推荐申报|推荐参加|可继续参评|继续参评")
_BARRING = re.compile(r"不再|不予|不得|不作为")


def program_of(clause_id: str) -> str:
    return clause_id.split("#", 1)[0]


def _onward_picks(corpus, said: str, asked: str) -> list[tuple[str, str]]:
    """(clause_id, sentence) of the held title's notice putting its holders forward for a title ``asked`` names
    ("首届杭州工匠" names “杭州工匠”); none when the held title names no single programme."""
    from assistant.notices.names import name_programs

    held = name_programs(_HOLDING.sub("", said))[0] or name_programs(said)[0]
    if len(held) != 1:
        return []
    picks = []
    for clause in corpus.clauses(held[0]):
        for sentence in sentences(clause.own_text or ""):
            named = [t for t in _QUOTED.findall(sentence) if t in asked]
            if named and _ONWARD.search(sentence) and not _BARRING.search(sentence):
                picks.append((clause.clause_id, sentence.rstrip("。；;")))
    return picks


def _onward_answer(text: str, said: str, deps, cites) -> str | None:
    """"评上第四届以后还能报浙江工匠吗": the title asked for is no programme here, but the held programme's notice
    names it in a sentence putting its holders forward; that sentence, cited. None when the held title names no
    single programme, or its notice says nothing onward about the asked title."""
    from assistant.chat import templates as compose

    corpus = deps.corpus
    picks = _onward_picks(corpus, said, text[text.find(said) + len(said):])
    if not picks:
        return None
    return compose.qa_text(corpus, cites, text, picks[:1], deps.today)


def _unnamed_onward(text: str, deps, cites) -> str | None:
    """"拿了第四届数字工匠以后，还有机会去评浙江工匠吗": a title held, an ask about applying again, and no programme
    here asked for: the held title's onward sentence naming what is asked, or None."""
    from assistant.chat.rules.conditions import conditions_table

    row = conditions_table()["held_title"]
    title = re.search(row["ask"], text)
    if title is None or not re.search(row["again"], text[title.end():]):
        return None
    return _onward_answer(text, title.group(0), deps, cites)
