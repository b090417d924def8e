"""What a premise says the notice gives or takes, without a number: money with the honour, one form of papers enough.

"首届数字工匠评上了也有一次性奖金的吧" supposes money where the notice awards 证书、奖牌、纪念品; "首席技师的材料发个电子版
到邮箱就行了吧" supposes one form suffices where the notice wants 纸质材料和电子文档各一份. The word classes are data
(``given.toml``); the corrections are made where the sentences are picked (chat/rules/factual.py, premise/channels.py).

Run with:  .venv/bin/python -m pytest -q tests/chat/test_premise_given.py
"""

from __future__ import annotations

import functools
import re
import tomllib
from pathlib import Path

__all__ = ["money_supposed", "one_form_enough", "enough_restated"]

_TABLE = Path(__file__).with_name("given.toml")
_CLAUSE = re.compile(r"[，,。；;？?！!]")
# a verb of handing papers in, where the thing handed in ends ("首席技师的材料|发个电子版到邮箱")
# (not the 报 of 申报表, 推荐表: a paper's name, which stays with the thing handed in)
_HAND = re.compile(r"(?:发|交|寄|送|传|递|提供|(?<![申填])报(?![表名告]))")
_FORM_WORD = {"电子": "电子版", "纸质": "纸质版"}


@functools.lru_cache(maxsize=1)
def _table() -> dict[str, dict[str, re.Pattern]]:
    raw = tomllib.loads(_TABLE.read_text(encoding="utf-8"))
    return {part: {k: re.compile(v) for k, v in row.items()} for part, row in raw.items()}


def money_supposed(question: str) -> bool:
    """Whether ``question`` says money comes with the honour, neither denied nor asked either way."""
    money = _table()["money"]
    for m in money["said"].finditer(question or ""):
        before = _CLAUSE.split(question[:m.start()])[-1]
        if not money["denied"].search(before):
            return True
    return False


def one_form_enough(question: str) -> str | None:
    """The one form of papers ("纸质" or "电子") a clause of ``question`` says is enough, when it names that form
    alone; else None."""
    from assistant.chat.premise.channels import CHANNELS, PAPER_FORMS

    enough = _table()["enough"]
    for clause in _CLAUSE.split(question or ""):
        if not enough["suffice"].search(clause) or enough["choice"].search(clause):
            continue
        forms = [f for f in PAPER_FORMS if any(w in clause for w in CHANNELS[f])]
        if len(forms) == 1:
            return forms[0]
    return None


def enough_restated(question: str) -> str:
    """``question`` with a clause saying one form of papers is enough said plainly as that ("…发个电子版到邮箱就行了吧"
    -> "…只交电子版就行了吧"): the 邮箱 of the way it is sent would make it a question of where (the notice's mail
    address), and the premise is which forms are wanted. Unchanged when no clause says so."""
    text = (question or "") + "。"  # the last clause ends too; the stop added is taken off at the end
    out, at = [], 0
    for m in _CLAUSE.finditer(text):
        clause = text[at:m.start()]
        form = one_form_enough(clause) if clause else None
        if form is not None:
            hand = _HAND.search(clause)
            head = clause[:hand.start()] if hand else ""
            clause = f"{head}只交{_FORM_WORD[form]}就行了吧"
        out.append(clause + text[m.start():m.end()])
        at = m.end()
    return "".join(out)[:-1]
