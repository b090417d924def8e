"""A premise said as background and then asked on, not marked by 对吧: found, so that it is checked and leads.

"我知道浙派工匠的证书是省人力社保厅发的，那奖金是多少" rests its ask on a premise the notice contradicts (省政府批准授予);
"第四届数字工匠推荐表交到哪？我记得截止是4月30号" puts it after the ask. ``background_premise`` cuts the message into
the premise, said as a confirmation question of its own ("…吧"), and the ask, so the premise checks (chat/premise)
settle it and the answer's first line says so. The word classes are data (``background.toml``).

Run with:  .venv/bin/python -m pytest -q tests/chat/test_premise_background.py
"""

from __future__ import annotations

import contextvars
import functools
import re
import tomllib
from dataclasses import dataclass
from pathlib import Path

__all__ = ["Background", "background_premise"]

_TABLE = Path(__file__).with_name("background.toml")
# how an answer says the notice is silent on what was asked (chat/templates.py silent_text, all_silent_text)
_SILENT = ("没有写明", "没有涉及")
_STRETCH = re.compile(r"[^，,。；;！!？?\s]+[，,。；;！!？?\s]*")


@dataclass(frozen=True)
class Background:
    """A premise stated before or after an ask: ``premise`` as a confirmation question, ``ask`` the rest."""

    premise: str
    ask: str


@functools.lru_cache(maxsize=1)
def _table() -> dict[str, re.Pattern]:
    raw = tomllib.loads(_TABLE.read_text(encoding="utf-8"))
    return {k: re.compile(v) for k, v in raw.items()}


def _stretches(text: str) -> list[str]:
    return [m.group() for m in _STRETCH.finditer(text or "")]


def _bare(stretch: str) -> str:
    return stretch.strip("，,。；;！!？? \t")


def _claim(stretches: list[str]) -> str | None:
    """The stretches as one premise ("…吧") when they state something and neither ask nor tell the asker's case."""
    t = _table()
    said = "，".join(_bare(s) for s in stretches)
    said = t["now"].sub("", t["known"].sub("", said).lstrip("，,"))
    if len(said) < 5 or _asks(said) or t["own"].search(said):
        return None
    return said.rstrip("啊呀") + "吧"


def background_premise(text: str) -> Background | None:
    """The premise ``text`` states as background and the ask resting on it; None when it states none, or only asks.

    Three shapes: a premise opening the message before an ask that leans on it ("既然…，那…", "我知道…，…多少");
    a bare statement before an ask ("浙派工匠全省才评30名，我们市能分到几个"); a premise said after the ask as
    remembered or heard ("…交到哪？我记得截止是4月30号")."""
    t = _table()
    stretches = _stretches(text)
    if len(stretches) < 2:
        return None
    asks = [i for i, s in enumerate(stretches) if _asks(s)]
    if not asks:
        return None
    first_ask, last_ask = asks[0], asks[-1]
    # after the ask: "…？我记得截止是4月30号" — what is remembered is the premise
    if last_ask < len(stretches) - 1 and t["known"].search(_bare(stretches[last_ask + 1])):
        premise = _claim(stretches[last_ask + 1:])
        if premise:
            return Background(premise, "".join(stretches[:last_ask + 1]).strip())
    if first_ask == 0:
        return None
    head = stretches[:first_ask]
    ask = t["then"].sub("", "".join(stretches[first_ask:]).strip())
    if t["tag"].match(ask):  # "…，没错吧？": one confirmation question, checked whole
        return None
    marked = t["known"].search(_bare(head[0])) or t["then"].search(_bare(stretches[first_ask]))
    if not marked and (not _states_value(head) or any(t["topic"].search(s) for s in head)):
        return None
    premise = _claim(head)
    return Background(premise, ask) if premise else None


def _asks(stretch: str) -> bool:
    """Whether a stretch asks: the dialogue's one reading of asking (language.asking), or a word of this table's."""
    from assistant.language.asking import asks

    return asks(stretch) or bool(_table()["asking"].search(stretch))


def _states_value(head: list[str]) -> bool:
    """Whether an unmarked stretch states a value of the notice (a count, an amount, a span) or says what it is in a
    是…的 statement ("首席技师是市总工会发文的"): a bare statement of nothing countable ("杭州工匠评上以后", "首席技师
    材料弄好了") is the ask's context, not a premise."""
    from assistant.chat.premise.counts import claims

    said = "，".join(_bare(s) for s in head)
    return bool(claims(said) or _table()["cleft"].search(said))


# set while a premise or its ask is answered: their answers go through turn._qa_of again, where this step must not run
# (each nested call cut a shorter piece and stacked on the other re-entering steps: RecursionError on long messages)
_WITHIN = contextvars.ContextVar("background_first_within", default=False)


def background_first(text: str, r, cites, answer) -> str | None:
    """Top level only (see ``_WITHIN``); the step itself is ``_background_first``."""
    if _WITHIN.get():
        return None
    token = _WITHIN.set(True)
    try:
        return _background_first(text, r, cites, answer)
    finally:
        _WITHIN.reset(token)


def _background_first(text: str, r, cites, answer) -> str | None:
    """The answer to ``text`` led by the verdict on the premise it states as background ("不对，…" or "是的，…"),
    the ask after it; None when the message states no such premise, asks of more than one programme (a comparison
    states one side's value to ask the other's), or the premise alone draws no verdict.

    ``answer(question, route, cites)`` answers a one-ask message, every premise check in it (turn._qa_of)."""
    import dataclasses

    from assistant.chat.answer import Citations
    from assistant.chat.premise.first import VERDICT_LEADS, premise_then_asks

    if len(r.programs) != 1:
        return None
    found = background_premise(text)
    if found is None:
        return None
    said = answer(found.premise, dataclasses.replace(r, confirm=True), Citations())
    if said.startswith(VERDICT_LEADS[1]):
        # a premise that holds is the context of the ask ("浙派工匠五年评一次，奖金给多少"): the ask is answered as
        # asked of that programme, when the notice answers it; else the message goes on as it would (an ask the
        # notices leave open is refused, no sentence cited for the premise beside it)
        alone = dataclasses.replace(r, confirm=False)
        trial = Citations()
        asked = answer(found.ask, alone, trial)
        # an ask read as a premise of its own ("这20个里头给协会留了几个": 20 pointed back at) is no ask of its own
        # and one answered only in part ("报告写多少字？要哪一级领导签字？") lost the context the whole message gives it
        whole = trial.freeze() and not asked.startswith(VERDICT_LEADS) and not any(m in asked for m in _SILENT)
        return answer(found.ask, alone, cites) if whole else None
    if not said.startswith(VERDICT_LEADS[0]):
        return None
    if _table()["own"].search(found.ask):  # "我干了十二年是不是没戏了": the asker's case rests on the premise settled
        return answer(found.premise, dataclasses.replace(r, confirm=True), cites)
    return premise_then_asks(found.premise, found.ask, r, cites, answer)
