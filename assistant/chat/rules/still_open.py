""""现在还能报吗", "还来得及吗", "赶得上不": whether a round is still open is a date question. The answer leads
with the round's deadline and whether it has passed today, then quotes the notice's sentence setting it.

The deadline sentence is ``Corpus.deadline_sentence`` (the one the notice's metadata names, ``deadline_text``),
the same sentence the checker's round note quotes, so a new programme's notice needs no row here. The cue is data (``answer_types.toml`` ``[still_open]``): lateness
words (来得及, 赶得上, 过期), or applying said with a time word (现在, 今年, 目前 …) — "我没入工会还能报吗" says no
time and stays a rule question.

Run with:  .venv/bin/python -m pytest -q tests/chat/test_loose_factual.py -k "still_open or deadline"
"""

from __future__ import annotations

import datetime as dt
import functools
import re

from assistant.chat import templates as compose
from assistant.chat.answer import Citations
from assistant.chat.rules.answer_types import table
from assistant.notices.tree import Corpus

__all__ = ["asks_still_open", "asks_deadline", "still_open_text"]


@functools.lru_cache(maxsize=1)
def _cues() -> tuple[re.Pattern, re.Pattern, re.Pattern]:
    rows = table()["still_open"]
    return re.compile(rows["late"]), re.compile(rows["now"]), re.compile(rows["apply"])


def asks_still_open(question: str) -> bool:
    """Whether the question asks if one can still apply (a round's deadline), not whether one qualifies."""
    late, now, apply = _cues()
    text = question or ""
    return bool(late.search(text) or (now.search(text) and apply.search(text)))


_DEADLINE_ASK = re.compile(r"截止|最晚|最迟|deadline|交材料|报送时间")


@functools.lru_cache(maxsize=1)
def _other_step() -> re.Pattern:
    """A date question naming another step than handing in is about that step ("公示截止", "计算时间截至"): the
    table's step_words but the handing-in ones, and its other dates."""
    t = table()
    handing = re.compile(f"(?:{t['handing_steps']})$")
    steps = [w for w in t["step_words"].split("|") if not handing.match(w)]
    return re.compile("|".join([*steps, t["other_dates"]]))


# "材料什么时候交", "材料上报是什么时候": when handing in happens is the deadline asked in other words
# 报 hands in only with where it goes ("报上去", "报到市里", "报给市总"), not 报名 or 报道
_HAND_IN_WHEN = re.compile(r"(?:交|报送|上报|提交|上交|送|报(?=上去|上来|过去|到|给))[^，,。？?]{0,6}(?:什么时候|啥时候|何时|哪天|几号|几月)"
                           r"|(?:什么时候|啥时候|何时|哪天|几号|几月)[^，,。？?]{0,4}(?:交|报送|上报|提交|上交|送|报(?=上去|上来|过去|到|给))")


def asks_deadline(question: str) -> bool:
    """Whether a date question asks the deadline for handing in ("截止日期是不是10月底", "最迟哪天报", "材料什么时候交"),
    which the sentence ``Corpus.deadline_sentence`` finds answers, not another step's date ("公示截止", "计算时间截至")."""
    text = question or ""
    return bool((_DEADLINE_ASK.search(text) or _HAND_IN_WHEN.search(text)) and not _other_step().search(text))


def still_open_text(corpus: Corpus, cites: Citations, programs: list[str], today: dt.date) -> str:
    """Each asked programme's deadline and whether it has passed (first), then the notice's sentence setting it.
    With no programme named, the rounds not superseded by a later edition."""
    asked = programs or corpus.current_programs(today)
    lines = ["您没有说明是哪个项目，各项目的申报时间："] if not programs and len(asked) > 1 else []
    for program in dict.fromkeys(asked):
        lines.append(corpus.round_status(program, today).note)
        unit = corpus.deadline_sentence(program)
        if unit is not None:
            lines.append("根据通知原文，" + compose.cite_line(corpus, cites, *unit))
        elif corpus.meta(program).contacts:
            lines.append(f"具体一轮的时间请咨询：{'；'.join(corpus.meta(program).contacts)}。")
    return "\n".join(lines)
