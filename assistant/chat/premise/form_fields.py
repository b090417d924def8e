"""The boxes of a notice's forms, for a premise about two fields ("岗位和行政职务是填一栏的吧", "…是分开填的吧"): the
cells of the form in the notice's attachment, read from its clauses (chat.premise.propositions reads the premise).
"""

from __future__ import annotations

import re

from assistant.chat.premise.relation import Proposition

__all__ = ["HAN", "squeeze", "is_form", "fields_check"]

HAN = r"[\u4e00-\u9fff（）()]"  # a stretch of words, brackets kept (fields and bodies are named with them)

# the words a form is named by in a question, and in its clause's title
_FORMS = (("汇总表", "汇总表"), ("申报表", "申报表|推荐表"), ("推荐表", "推荐表|申报表"))
def squeeze(s: str) -> str:
    return re.sub(r"\s+", "", s)


def _cells(text: str) -> list[str]:
    """A form clause's boxes: the stretches between tabs and line ends, spaces inside a label dropped ("职 务")."""
    return [c for c in (squeeze(s) for s in re.split(r"[\t\n]+", text)) if c]


def is_form(clause) -> bool:
    """Whether a clause is a form: an attachment of boxes, which names bodies only as the ones signing it."""
    return bool(clause.path) and clause.path[0].startswith("附件") and "\t" in clause.text


def _forms(corpus, program: str, question: str) -> list:
    """The asked programme's form clauses (an attachment holding boxes), the one the question names first."""
    forms = [c for c in corpus.clauses(program) if is_form(c)]
    for said, titled in _FORMS:
        if said in question:
            named = [c for c in forms if re.search(titled, c.text[:60])]
            return named + [c for c in forms if c not in named]
    return forms


def _field_cells(cells: list[str], word: str, suffix: bool) -> tuple[str, list[str]] | None:
    """(the part of the asker's word a box holds, the boxes holding it): the longest end (for the first field) or
    start (for the second) of ``word`` found in a box, so "表上技能等级" is 技能等级 and "职称是" 职称."""
    for size in range(len(word), 1, -1):
        part = word[-size:] if suffix else word[:size]
        holding = [c for c in cells if part in c]
        if holding:
            return part, holding
    return None


def fields_check(corpus, program: str, question: str, prop: Proposition) -> tuple[str, list[tuple[str, str]]] | None:
    """Whether two fields share a box on the asked form: "不对" when the claim ("一栏" / "分两栏") is the other way."""
    a_word, b_word = prop.objects
    for form in _forms(corpus, program, question):
        cells = _cells(form.text)
        a = _field_cells(cells, a_word, suffix=True)
        b = _field_cells(cells, b_word, suffix=False)
        if not a or not b or a[0] == b[0]:
            continue
        shared = [c for c in a[1] if c in b[1]]
        # the box that is the field itself, not one whose note mentions it ("主要成果和曾获荣誉请选择…")
        own_a = min(a[1], key=len)
        own_b = min(b[1], key=len)
        title = _form_title(form.text)
        if shared:
            box = min(shared, key=len)
            quote = _raw(form.text, box)
            said = f"“{box}”是同一栏"
            right = prop.relation == "merged"
        else:
            quote = _span(form.text, own_a, own_b)
            said = f"“{own_a}”和“{own_b}”是分开的两栏"
            right = prop.relation == "split"
        if quote is None:
            continue
        lead = ("是的，" if right else "不对，") + f"{title}上{said}：见下面的原文。"
        return lead, [(form.clause_id, quote)]
    return None


def _form_title(text: str) -> str:
    m = re.search(r"[^\n]*(?:表)", text[:80].split("\n\n", 1)[-1])
    return squeeze(m.group(0)) if m else "表格"


def _raw(text: str, box: str) -> str | None:
    """The stretch of ``text`` that is the box ``box`` (spaces as the notice writes them)."""
    pattern = r"\s*".join(map(re.escape, box))
    m = re.search(pattern, text)
    return m.group(0) if m else None


def _span(text: str, first: str, second: str) -> str | None:
    """The stretch of the form from one box to the other when they sit on one line, else the first box's line."""
    a = re.search(r"\s*".join(map(re.escape, first)), text)
    b = re.search(r"\s*".join(map(re.escape, second)), text)
    if not a or not b:
        return None
    lo, hi = sorted((a, b), key=lambda m: m.start())
    between = text[lo.start():hi.end()]
    if "\n" not in between and len(between) <= 80:
        return between
    line = text[lo.start():].split("\n", 1)[0]
    return line
