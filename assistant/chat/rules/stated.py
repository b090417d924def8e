"""Whether the sentence chosen for a yes/no question states the thing asked, whatever value type the question got.

"浙派工匠那一万块奖金是直接打到个人银行卡上吗" is typed a money question (奖金, 一万块), and "每人奖励 1万元" holds an
amount; "第四届数字工匠学历是不是要本科以上" is typed a count (以上). Both ask yes or no about a thing (打到个人银行卡,
本科) that the sentence does not say: a sentence holding a value of the type, or a word of the question, states no
rule about it. So once a sentence is chosen, a question in yes/no form (not asking for content, not stating a value
of its own) keeps it only when it holds the thing (``things.holds_thing``, with the clause's heading); else the
asked notice's unit that does answers, and with none the notice is silent on that thing.

The kinds of asks left to their type: a value the question states ("截止日期是不是10月底": a premise checked
against its sentence), a limit of a count ("字数有上限吗": the number answers), a place or contact named (the place
sentence answers "要寄到市人社局吗"), and the kind of paper ("推荐表要交纸质的吗" is answered by 电子版), as
``factual_pick`` already reads them.

Run with:  .venv/bin/python -m pytest -q tests/chat/test_stated.py
"""

from __future__ import annotations

import logging
import re
from dataclasses import replace

from assistant.chat.rules.answer_types import AskedType, table
from assistant.chat.rules.levels import is_level_word
from assistant.chat.rules.quotes import Pick
from assistant.chat.rules.things import (
    Thing,
    content_words,
    holding_units,
    holds_thing,
    is_limit,
    is_paper_form,
    said_before_asking,
    thing,
    thing_picks,
    unheard_of,
)
from assistant.programs import program_ids

__all__ = ["stated_pick", "unstated_thing"]

log = logging.getLogger(__name__)

# types whose value is a body, a place or a way: the named one is its value, which the value sentence answers
_OWN_VALUE = frozenset({"place", "contact", "actor", "choice"})
# a number as a word of the thing ("一个", "3名", "两项")
_NUMBER = re.compile(r"[0-9０-９一二两三四五六七八九十百千几]+(?:个|名|人|项|次|份|张|页|字|位)?")


def stated_pick(corpus, text: str, home: str | None, asked: AskedType, main: Pick | None, *,
                yes_no_form: bool, states_value: bool) -> tuple[AskedType, Pick | None]:
    """``main``, the asked notice's unit that states the thing when ``main`` does not (any notice's, with no
    programme named), or None (silent, the asked type labelled with the thing). ``yes_no_form``: the question
    asks yes or no, not content; ``states_value``: it states a value of its own (a premise settled against its
    sentence)."""
    if main is not None and home and not yes_no_form and not states_value:
        return _form_pick(corpus, text, home, asked, main)
    if main is None or not yes_no_form or states_value or asked.type in _OWN_VALUE:
        return asked, main
    asked_thing = _without_values(thing(text), asked)
    if asked_thing is None or not _ruled_on(corpus, asked, asked_thing):
        return asked, main
    title = corpus.clause(main.clause_id).title or ""
    if holds_thing(asked_thing, f"{title}\n{main.quote}"):
        return asked, main
    # no programme named: the notices that state the thing answer, the closest first
    held = thing_picks(corpus, home, asked_thing, text) if home else sorted(
        (p for program in program_ids() for p in thing_picks(corpus, program, asked_thing, text)), key=lambda p: -p.score)
    if held:
        return asked, held[0]
    log.info("qa yes/no thing %s not stated by %s: silent", asked_thing.words, main.clause_id)
    return replace(asked, label=asked_thing.label, thing=asked_thing.words), None


def _without_values(asked_thing: Thing | None, asked: AskedType) -> Thing | None:
    """The thing without the words holding a value of the asked type ("那一万块奖金…": 一万块 is said to name the
    money, and whether a sentence states it is the type's to check), without a word naming no particular reward
    ("还有其他福利吗": 福利 asks what one gets, which the reward sentence answers), and without level words ("占掉区里的推荐名额":
    区里 is checked by its class, chat.rules.levels, not by its letters); None when nothing else is left."""
    if asked_thing is None:
        return None
    words = tuple(w for w in asked_thing.words if not (asked.strict and asked.pattern.search(w)) and not is_level_word(w)
                  and not (asked.type == "money" and re.fullmatch(table()["reward"]["generic"], w)))
    return replace(asked_thing, words=words) if words else None


def _ruled_on(corpus, asked: AskedType, asked_thing: Thing) -> bool:
    """Whether the thing, not the type, decides: a limit or a number said asks the count itself, and a materials question about
    the kind of paper is answered by the sentence naming the kind the notice asks for, unless it asks a paper's
    form, or something no notice says at all."""
    if asked.type == "count" and (is_limit(asked_thing) or any(_NUMBER.fullmatch(w) for w in asked_thing.words)):
        return False  # "那栏只能勾一个吗", "字数有上限吗": the count asked is the sentence's number ("可多选")
    if asked.type == "materials":
        return is_paper_form(asked_thing) or unheard_of(corpus, asked_thing)
    return bool(asked_thing.words) and not all(re.fullmatch(r"[0-9０-９]+", w) for w in asked_thing.words)


def unstated_thing(corpus, text: str, programs: tuple[str, ...] | list[str], *, yes_no_form: bool,
                   asserting: bool, accounted: re.Pattern | None = None) -> Thing | None:
    """The thing a yes/no question asks about when no unit of the asked notices (all five, with none named) holds
    it, else None. "首席技师要不要计算机等级证书", "第四届数字工匠的证书是市长颁发吗": a condition's row names 等级证书 or
    证书, a word of the ask, but states nothing about 计算机 or 市长颁发; the rows answer only a thing they hold.
    A premise (``asserting``: "…对吧") is checked against its sentence, not here. ``accounted``: the asker's words
    the rows read by their class (a condition's attribute: 老师 is 院校、教师, 外企 an ownership), and a limit
    (上限, 要求), which asks the attribute's measure: the rest of the thing must be held."""
    if not yes_no_form or asserting:
        return None
    asked_thing = thing(text)
    if asked_thing is None:
        return None
    limits = re.compile(f"(?:{table()['thing']['limits']})")
    # the subject said before the yes/no word ("退休返聘的老师傅还能被推荐吗": 老师傅) is whom the rows are on, not
    # what they must hold; what is asked of it must be held
    subject = said_before_asking(text)
    words = tuple(w for w in asked_thing.words if not limits.fullmatch(w) and not (accounted and accounted.search(w))
                  and w not in subject)
    if not words:
        return None
    asked_thing = replace(asked_thing, words=words)
    if any(holding_units(corpus, program, asked_thing) for program in (programs or program_ids())):
        return None
    log.info("qa yes/no thing %s held by no unit of %s", asked_thing.words, list(programs) or "any notice")
    return asked_thing


# a question word and the form it asks of a paper ("什么格式", "啥样式", "哪种字体")
_FORM_ASKED = re.compile(r"(?:什么|啥|哪种|哪一种|哪个|何种|怎样的|怎么样的)(?:样的?)?\s*(?P<head>[\u4e00-\u9fff]{2})")


def _form_pick(corpus, text: str, home: str, asked: AskedType, main: Pick) -> tuple[AskedType, Pick | None]:
    """A content ask of the form a paper takes ("认定推荐报告要按什么格式写": the answer-type table's ``form_heads``):
    the sentence naming the paper (…《认定推荐报告》等材料…报送) states no form, so the unit of the asked notice
    holding the form word in a clause naming the paper answers; with none the notice is silent on it. Other content
    asks keep their pick."""
    found = next((m for m in _FORM_ASKED.finditer(text) if re.fullmatch(table()["thing"]["form_heads"], m["head"])),
                 None)
    if found is None:
        return asked, main
    from assistant.chat.routing import topic_only

    before = re.split(r"[，,。；;！!？?]", topic_only(text[:found.start()]))[-1]
    # "认定推荐报告要按" -> 认定推荐报告: the verb leading to the question word is no part of what is named
    subject = re.sub(r"[要按用写填成得需是照的\s]+$", "", re.sub(r"^[\s的]+", "", before))
    asked_thing = Thing((found["head"],), f"{subject}的{found['head']}".lstrip("的"), content_words(before))
    held = {clause_id for clause_id, _ in holding_units(corpus, home, asked_thing)}
    title = corpus.clause(main.clause_id).title or ""
    if main.clause_id in held and holds_thing(asked_thing, f"{title}\n{main.quote}"):
        return asked, main
    picks = thing_picks(corpus, home, asked_thing, text)
    if picks:
        return asked, picks[0]
    log.info("qa form %s of %s not stated by %s: silent", found["head"], asked_thing.about, home)
    return replace(asked, label=asked_thing.label, thing=asked_thing.words), None
