"""A heading and the items under it are read as one text in one place (chat.rules.ranking, refac23): the heading ranks
by its items' relevance, and the items speak with the heading's value; an id that only begins like the heading's is
not under it."""

from __future__ import annotations

from assistant.chat.rules.quotes import Pick
from assistant.chat.rules.ranking import _headed, _under


def test_an_item_is_under_its_heading_only():
    assert _under("p/三/1", "p/三")
    assert not _under("p/三十", "p/三")
    assert not _under("p/三", "p/三")


def test_the_heading_holding_the_value_takes_its_items_relevance():
    heading = Pick("p/三", "（三）评审阶段（2023年4月）", 0.2, True, 0.1)
    item = Pick("p/三/1", "由…专家…进行专业评审", 0.5, False, 0.6)
    stranger = Pick("p/三十", "无关", 0.5, False, 0.9)
    valued = {p.clause_id: (p.score, p) for p in (heading, item, stranger)}
    _headed(valued)
    assert valued["p/三"][1].relevance == 0.6
