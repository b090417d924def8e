"""Check a document number or a named document's year that a premise asserts against the notice's own.

"首席技师的文件是杭人社发〔2021〕96号吧" where the notice is 杭人社发〔2021〕69号: the number is a slot of its own,
not a date (96号 is no day of a month) and not a count. "是按2019年出的那个《首席技师评选管理办法》来评的吧" where the
notice cites《…〈杭州市首席技师评选管理办法〉的通知》（市委办发〔2008〕153号）: a document named in the question is
found in the notice by its title and its year read off its number.

Run with:  .venv/bin/python -m pytest -q tests/chat/test_doc_numbers.py
"""

from __future__ import annotations

import re
from dataclasses import dataclass

__all__ = ["DocNumber", "doc_numbers", "asserts_document", "doc_correction", "doc_premise"]

_OPEN, _CLOSE = r"[〔\[【(（]", r"[〕\]】)）]"
# issuer's abbreviation, bracketed year, number: "杭人社发〔2021〕69号", "市委办发〔2008〕153号"; brackets may be said
# loosely in a question ("杭人社发[2021]96号", "杭人社发2021年96号")
_NUMBER = re.compile(rf"(?P<issuer>[\u4e00-\u9fff]{{2,6}}?)\s*(?:{_OPEN}\s*(?P<year>\d{{4}})\s*{_CLOSE}|(?P<year2>\d{{4}})\s*年)"
                     r"\s*第?\s*(?P<num>\d{1,4})\s*号")
# a document named in guillemets, with a year said of it before or after ("2019年出的那个《…办法》", "《…办法》是2019年的")
_NAMED = re.compile(r"《([^《》]{2,40})》")
_YEAR_SAID = re.compile(r"(\d{4})\s*年")


@dataclass(frozen=True)
class DocNumber:
    issuer: str
    year: str
    number: str
    said: str  # as written, without spaces

    def same(self, other: DocNumber) -> bool:
        return (self.year, self.number) == (other.year, other.number) and (
            self.issuer.endswith(other.issuer[-2:]) or other.issuer.endswith(self.issuer[-2:]))


def doc_numbers(text: str) -> list[DocNumber]:
    """The document numbers ``text`` writes."""
    out = []
    for m in _NUMBER.finditer(text or ""):
        # the abbreviation is what follows the question's own words ("文件是杭人社发…" -> 杭人社发)
        issuer = re.split(r"[是的个按照为]|文件|文号", m.group("issuer"))[-1] or m.group("issuer")
        said = issuer + m.group(0)[len(m.group("issuer")):]
        out.append(DocNumber(issuer, m.group("year") or m.group("year2"), m.group("num"), re.sub(r"\s", "", said)))
    return out


def _chars(text: str) -> set[str]:
    return {c for c in text if "\u4e00" <= c <= "\u9fff"}


def doc_correction(question: str, quote: str) -> str | None:
    """"不对，…" when the question's document number is none of the quote's and one of them has its issuer or year;
    "是的，…" when it is one of them; None when the question names no number or the quote none like it."""
    stated = doc_numbers(quote)
    for said in doc_numbers(question):
        if any(said.same(s) for s in stated):
            return "是的，与通知规定一致。"
        like = [s for s in stated if s.issuer[-2:] == said.issuer[-2:] or s.year == said.year]
        if like:
            return f"不对，通知的文号是“{like[0].said}”，不是“{said.said}”：见下面的原文。"
    for m in _NAMED.finditer(question or ""):
        around = question[max(0, m.start() - 12):m.end() + 12]
        year = _YEAR_SAID.search(around)
        if not year:
            continue
        # the quote's named document sharing most of the asked title's characters, and the number written after it
        for title in re.finditer(r"《([^《》]*(?:〈[^〉]*〉[^《》]*)?)》[^《》]{0,4}?" + _OPEN + r"?([^（）()]*?〔(\d{4})〕[^）)]*)",
                                 quote or ""):
            asked = _chars(m.group(1))
            if len(asked & _chars(title.group(1))) >= 0.8 * len(asked) and title.group(3) != year.group(1):
                return (f"不对，通知引用的《{m.group(1)}》是{title.group(2)}，{title.group(3)}年印发的，"
                        f"不是{year.group(1)}年：见下面的原文。")
    return None


def asserts_document(question: str) -> bool:
    """Whether the question asserts a document number or a year of a document it names in guillemets."""
    return bool(doc_numbers(question) or (_NAMED.search(question or "") and _YEAR_SAID.search(question or "")))


def doc_premise(corpus, program: str, question: str) -> tuple[str, tuple[str, str]] | None:
    """(first line, (clause_id, sentence)) when the question asserts a document number or a named document's year
    that a sentence of ``program``'s notice settles; None otherwise."""
    from assistant.chat.rules.quotes import _candidates

    if not asserts_document(question):
        return None
    settled = []
    for clause in corpus.clauses(program):
        for unit in _candidates(clause, ""):
            if "〔" in unit:
                line = doc_correction(question, unit)
                if line:
                    settled.append((line, (clause.clause_id, unit)))
    # agreement with any of the notice's numbers wins over a correction by a number of the same issuer or year
    return next((s for s in settled if s[0].startswith("是的")), None) or (settled[0] if settled else None)
