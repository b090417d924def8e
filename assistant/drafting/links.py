"""Which 推荐条件 of a programme a text speaks to (through the condition lexicon), each with a quote."""

from __future__ import annotations

import re

from assistant.drafting.model import ConditionLink
from assistant.eligibility.conditions import match_conditions
from assistant.notices.tree import Corpus

__all__ = ["condition_links"]

_MARKER = re.compile(r"^\s*(?:[（(][一二三四五六七八九十\d]+[）)]|[一二三四五六七八九十]+、|\d+[.．、])\s*")


def _quote(text: str) -> str:
    """The clause's first sentence without its number: always a substring of the clause."""
    body = text[_MARKER.match(text).end():] if _MARKER.match(text) else text
    end = min([i for i in (body.find("。"), body.find("；")) if i > 0] or [len(body)])
    quote = body[:end]
    if len(quote) > 90:
        cut = quote.rfind("，", 0, 90)
        quote = quote[:cut if cut > 20 else 90]
    return quote.strip()


def condition_links(texts: list[str], program: str, corpus: Corpus) -> tuple[ConditionLink, ...]:
    """The 推荐条件 of ``program`` that ``texts`` speak to (via the condition lexicon), with quotes from ``corpus``."""
    links = []
    for m in match_conditions(texts, program):
        clause = corpus.clause(m.condition.clause_id)
        links.append(ConditionLink(clause.clause_id, m.condition.label, _quote(clause.own_text), m.terms))
    return tuple(links)
