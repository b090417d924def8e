"""A form's own instruction for one field: the row beneath a form's header row, read by column.

A question about one field of a form ("汇总表的出生年月按什么格式填") is answered by the form's header row that
names the field; the value asked for (the format "19xx-07") sits in the cell beneath it, in the next row.
Which attachment is a form, and which form a question names, are read here too.
"""

from __future__ import annotations

import re

from assistant.chat.rules.quotes import Pick
from assistant.chat.rules.ranking import program_of
from assistant.notices.tree import Corpus

__all__ = ["with_cell_below", "named_cell", "FORM_NAMES", "named_form_first", "other_form", "is_attached_form",
           "in_attachment", "form_owner"]

_SPACE = re.compile(r"\s+")
_INSTRUCTION = re.compile(r"\S\s*[：:]")


def _plain(text: str) -> str:
    return _SPACE.sub("", text or "")


def with_cell_below(clause_text: str, quote: str, question: str) -> str:
    """``quote`` followed by the next row of the form when ``quote`` is a header row, a column of it is named by
    ``question``, and the next row fills that column in; else ``quote`` unchanged. The result is still a
    passage of ``clause_text`` (the two rows are adjacent in it)."""
    if "\t" not in (quote or ""):
        return quote
    lines = (clause_text or "").split("\n")
    if quote not in lines:
        return quote
    i = lines.index(quote)
    if i + 1 >= len(lines) or "\t" not in lines[i + 1]:
        return quote
    asked, below = _plain(question), lines[i + 1].split("\t")
    named = [j for j, head in enumerate(quote.split("\t")) if len(_plain(head)) >= 2 and _plain(head) in asked]
    # An instruction cell says what it is ("格式：", "说明：", "如："); a cell of field names is another header row.
    if any(j < len(below) and _INSTRUCTION.search(below[j]) for j in named):
        return f"{quote}\n{lines[i + 1]}"
    return quote


_LABEL = re.compile(r"^[^（(]+")


def named_cell(quote: str, question: str) -> str:
    """The cell of a form's header row that the question names ("主要事迹（400字以内）" for "主要事迹最多写多少字"),
    else ``quote`` unchanged: a whole row of field names (序号、姓名、身份证号…) answers nothing by itself. The cell is
    a passage of the row, so the quote stays literal."""
    if "\t" not in (quote or ""):
        return quote
    asked = _plain(question)
    for cell in quote.split("\t"):
        label = _LABEL.match(_plain(cell))
        if label and len(label.group(0)) >= 2 and label.group(0) in asked and cell.strip() != label.group(0):
            return cell.strip()
    return quote


FORM_NAMES = re.compile(r"推荐信息汇总表|推荐申报人员汇总表|汇总表|推荐表|申报表|推荐报告")


def named_form_first(corpus: Corpus, text: str, main: Pick, picks: list[Pick]) -> Pick:
    """"汇总表里出生年月按什么格式填": a unit of an attached form other than the one named gives way to the best
    unit of the named form's attachment (附件1 汇总表, not 附件2 申报表, though both have 出生年月), unless only
    ``main`` holds the asked value ("申报表获得荣誉称号情况能写多少字": the 300字 is the 汇总表's; see ``other_form``)."""
    said = FORM_NAMES.search(text or "")
    if not said or not in_attachment(corpus, main.clause_id) or said.group(0) in (corpus.clause(main.clause_id).title or ""):
        return main
    home = program_of(main.clause_id)
    return next((p for p in picks if program_of(p.clause_id) == home and in_attachment(corpus, p.clause_id)
                 and said.group(0) in (corpus.clause(p.clause_id).title or "") and (p.holds or not main.holds)), main)


def other_form(corpus: Corpus, text: str, main: Pick) -> str | None:
    """The title of the attached form ``main`` quotes when the question named another form of the notice (the
    named one holds no such value), so the answer can say whose cell it quotes; else None."""
    said = FORM_NAMES.search(text or "")
    title = (corpus.clause(main.clause_id).title or "").strip()
    if not said or not is_attached_form(corpus, main.clause_id) or said.group(0) in title:
        return None
    return title


def is_attached_form(corpus: Corpus, clause_id: str) -> bool:
    """Whether the clause is (within) an attached form (附件 titled …表), not the notice's body nor an attached
    plan of rules (附件1 实施方案): the attachment's own title says."""
    clause = corpus.clause(clause_id)
    if not attached(clause):
        return False
    top = corpus.clause(f"{clause_id.split('#', 1)[0]}#{clause.path[0]}")
    return bool(_FORM_TITLE.search(top.title or ""))


_FORM_TITLE = re.compile(r"表\s*$")


def in_attachment(corpus: Corpus, clause_id: str) -> bool:
    return attached(corpus.clause(clause_id))


def attached(clause) -> bool:
    """Whether the clause is in an attachment (附件…) of its notice."""
    return bool(clause.path) and clause.path[0].startswith("附件")


def form_owner(corpus: Corpus, text: str, today) -> tuple[str, str] | None:
    """(programme, form name): the one programme in its current round whose attached form the question names;
    None when no form is named or it leaves more than one programme."""
    said = FORM_NAMES.search(text or "")
    if not said:
        return None
    current = [p for p in corpus.current_programs(today) if any(
        attached(c) and said.group(0) in (c.title or "") for c in corpus.clauses(p))]
    return (current[0], said.group(0)) if len(current) == 1 else None
