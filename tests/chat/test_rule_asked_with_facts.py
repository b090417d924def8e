"""Facts told around a question about the rules get the rules, not a card of the teller's case (language.ask_kind
in chat.turn); an ask to be checked still gets the checker's verdict. New phrasings, none an eval row."""

from __future__ import annotations

import pytest

from assistant.chat.case.state import Session
from assistant.chat.turn import respond
from tests.language.test_ask_kind import CHECKS, RULES


@pytest.mark.parametrize("text", RULES)
def test_a_rule_question_with_facts_around_it_is_answered_from_the_notice(text, deps):
    answer = respond(Session(), text, deps)
    assert not answer.verdicts
    assert "逐条核对" not in answer.text


@pytest.mark.parametrize("text", CHECKS)
def test_an_ask_to_be_checked_still_gets_the_verdict(text, deps):
    answer = respond(Session(), text, deps)
    assert answer.verdicts


def test_in_a_check_under_way_a_short_follow_up_stays_the_check(deps):
    session = Session()
    respond(session, CHECKS[0], deps)
    assert respond(session, "那首席技师呢？", deps).verdicts
