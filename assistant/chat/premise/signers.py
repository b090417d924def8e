"""Who signs or seals a row of a notice's form, as a premise asserts it ("单位意见那栏得单位领导签字吧").

The forms say it row by row (chat/rules/seals.seal_rows): "所在单位意见 (盖章)" is sealed by the unit, "本人承诺 … 签名"
signed by the applicant. The row the question names is the one whose label shares most of its words; a signature
asserted of a row the form marks 盖章 only is corrected with that row, cited. Nothing else is settled here: a seal
said, or a signature said not to be needed, is left to the readers before (the first version agreed with seals too
and took "所在单位那栏不用盖章的吧" for a seal asserted, qp-1362). The words are data (``signers.toml``).

Run with:  .venv/bin/python -m pytest -q tests/chat/test_signers.py
"""

from __future__ import annotations

import functools
import re
import tomllib
from pathlib import Path

__all__ = ["signer_premise"]


@functools.lru_cache(maxsize=1)
def _words() -> dict:
    return tomllib.loads(Path(__file__).with_name("signers.toml").read_text(encoding="utf-8"))


def _grams(text: str) -> set[str]:
    squeezed = re.sub(r"[\s\t（）()、，,]", "", text or "")
    return {squeezed[i:i + 2] for i in range(len(squeezed) - 1)}


def _label(row: str) -> str:
    return re.split(_words()["label_end"], row, maxsplit=1)[0].strip()


def signer_premise(corpus, program: str, question: str) -> tuple[str, tuple[str, str]] | None:
    """("不对，…", (clause_id, row)) when ``question`` says a row of ``program``'s form is signed and the row its
    words name is marked 盖章 only; None otherwise."""
    from assistant.chat.rules.seals import seal_rows

    words = _words()
    signs = re.search(words["signed"], question or "")
    if not signs or re.search(words["sealed"], question) or not re.search(words["form"], question) \
            or re.search(words["negated"], question[:signs.start()]):
        return None  # "签字盖章都要吧": a seal said too; no form named, no row of it; "不用签字吧": none asserted
    asked = _grams(question) - {g for w in words["shared"] for g in _grams(w)}
    scored = sorted(((len(asked & _grams(_label(row))), cid, row) for cid, row in seal_rows(corpus, program)),
                    key=lambda t: -t[0])
    if not scored or scored[0][0] < 2 or (len(scored) > 1 and scored[1][0] == scored[0][0]):
        return None  # no row named, or two named alike
    _, cid, row = scored[0]
    label = re.sub(r"\s+", "", _label(row))
    sealed_row, signed_row = re.search(words["row_sealed"], row), re.search(words["row_signed"], row)
    if signs and sealed_row and not signed_row:
        who = re.search(words["signer"], question)
        said = f"{who.group(0) if who else ''}{signs.group(0)}"
        return f"不对，表上“{label}”一栏写的是盖章，没有写要{said}：见下面的原文。", (cid, row)
    return None
