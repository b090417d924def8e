"""Whether a notice names a thing: "第四届数字工匠认定范围里提没提到物联网这块", "首席技师的通知有没有写到
自由职业", "通知里写没写区块链".

The asker asks about the text itself, so the answer is a lookup, not a check of their case (even when they say what
they do: "我们做IoT的，…提没提到物联网") and not the best-ranked clause. The thing is looked for in the asked
programme's sentences as written, by its core (the thing less a generic tail: 物联网 -> 物联, 区块链技术 -> 区块链)
or by the notice words an abbreviation stands for (``mentions.toml``). Found: "提到了", with the sentence cited.
Not found: "没有提到", said plainly, and no clause cited for it (no sentence supports an absence); the notice's
contact follows.

Run with:  python -c "from assistant.chat.rules.mentions import mention_ask; print(mention_ask('通知里提没提到物联网'))"
"""

from __future__ import annotations

import functools
import re
import tomllib
from pathlib import Path

from assistant.notices.text import sentences

__all__ = ["mention_ask", "mentioned", "mention_answer"]

_TABLE = Path(__file__).with_name("mentions.toml")
_SCOPE = re.compile(r"范围")


@functools.lru_cache(maxsize=1)
def _table() -> dict:
    return tomllib.loads(_TABLE.read_text(encoding="utf-8"))


@functools.lru_cache(maxsize=1)
def _patterns() -> tuple[re.Pattern, re.Pattern, re.Pattern]:
    t = _table()
    ask = "|".join(t["ask_before"])
    tail = "|".join(t["generic_tail"])
    # the ask before the thing: 提没提到X, 有没有写到X, 包不包括X
    before = re.compile(rf"(?:{ask})(?:到|及)?(?P<x>[^，,。？?！!；;]{{2,14}}?)(?:{tail})?(?:吗|么|嘛|没有|没|呢|啊|[？?]|$)")
    # the thing before the ask: X提到了吗, X在不在范围里
    after = re.compile(rf"(?P<x>[^，,。？?！!；;]{{2,14}}?)(?:{tail})?(?:{'|'.join(t['ask_after'])})")
    return before, after, re.compile(rf"(?:{tail})$")


@functools.lru_cache(maxsize=512)  # asked up to three times a turn (the eligibility gate, routing, the dialogue)
def mention_ask(text: str) -> str | None:
    """The thing ``text`` asks whether a notice names, or None when it asks no such thing."""
    before, after, tail = _patterns()
    for part in re.split(r"[，,。；;！!]", text or ""):
        m = before.search(part) or after.search(part)
        if m:
            thing = tail.sub("", re.sub(r"^(?:的|了|过|有|里|里面|中)+", "", m.group("x"))).strip()
            if len(thing) >= 2 and not re.search(_table()["not_a_thing"], thing) and not _typed(text):
                return thing
    return None


def _typed(text: str) -> bool:
    """Whether ``text`` asks for a value of a concrete type ("有没有写奖金", "有没有写截止时间"): the factual path's."""
    from assistant.chat.rules.answer_types import classify

    return classify(text, vectors=False).type not in ("yes_no", "eligibility")


def _cores(thing: str) -> list[str]:
    """The words a notice may write ``thing`` with: itself, the notice words it abbreviates, its core."""
    t = _table()
    out = [thing]
    for short, words in t["abbreviations"].items():
        if short.lower() in thing.lower():
            out += words
    core = re.sub(rf"(?:{'|'.join(t['core_tail'])})$", "", thing)
    if len(core) >= 2 and core != thing:
        out.append(core)
    return list(dict.fromkeys(out))


def mentioned(corpus, program: str, thing: str) -> tuple[str, str, str] | None:
    """(clause_id, sentence, the words found) of the first sentence of ``program``'s notice naming ``thing`` (itself
    first, then the words it stands for or its core), or None."""
    for core in _cores(thing):
        for clause in corpus.clauses(program):
            for sentence in sentences(clause.own_text or ""):
                at = sentence.lower().find(core.lower())
                if at >= 0:
                    # the notice's own word around the core ("智能物联" for 物联): the run of CJK it sits in
                    start, end = at, at + len(core)
                    while core != thing and start > 0 and "\u4e00" <= sentence[start - 1] <= "\u9fff" and at - start < 2:
                        start -= 1
                    return clause.clause_id, sentence, sentence[start:end]
    return None


def mention_answer(text: str, programs, deps, cites) -> str | None:
    """The answer to "does the notice name X", one line per asked programme; None when ``text`` asks no such thing
    or names no programme."""
    from assistant.chat.templates import cite_line, status_lines

    thing = mention_ask(text)
    if thing is None or not programs:
        return None
    corpus = deps.corpus
    lines, cited, silent = [], [], []
    for program in programs:
        name = corpus.meta(program).short_name
        found = mentioned(corpus, program, thing)
        if found is None:
            lines.append(f"{name}的通知没有提到“{thing}”。")
            silent.append(program)
        else:
            clause_id, sentence, words = found
            said = "提到了。" if words == thing else f"提到了相近的说法“{words}”。"
            lines.append(f"{said}{name}的通知写有：" + cite_line(corpus, cites, clause_id, sentence))
            cited.append(program)
    for program in silent if _SCOPE.search(text) else ():
        scope = next((c for c in corpus.clauses(program) if "范围" in (c.title or "")), None)
        said = [x for x in sentences(scope.own_text or "") if len(x) > len(scope.title) + 4] if scope else []
        if said:  # "认定范围里提没提到X": what the range does say, cited, beside the absence
            lines.append(f"{corpus.meta(program).short_name}的认定范围原文：" + cite_line(corpus, cites, scope.clause_id, said[0]))
    contacts = [c for p in silent for c in corpus.meta(p).contacts]
    if contacts:
        lines.append(f"如需确认，请咨询发文单位：{'；'.join(contacts)}。")
    lines += status_lines(corpus, cited, deps.today)
    return "\n".join(lines)
