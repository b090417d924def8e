"""A course listed step by step is led by the notice's own line naming it ("按照资格审核、专家评审、社会公示、领导小组
审定等四个环节进行"): it is the answer to "要经过哪几个环节" (chat/rules/course_lead.py)."""

from __future__ import annotations

from assistant.chat.case.state import Session
from assistant.chat.rules.course_lead import course_lead
from assistant.chat.rules.quotes import Pick
from assistant.chat.rules.steps import inline_steps
from assistant.chat.turn import respond
from assistant.notices.tree import load_corpus


def test_the_line_naming_the_course_leads_its_paragraphs():
    corpus = load_corpus()
    steps = inline_steps(corpus, Pick("hz_craftsman_2016#五", "", 1.0, True, 1.0))
    lead = course_lead(corpus, steps)
    assert lead is not None and lead.quote == "按照资格审核、专家评审、社会公示、领导小组审定等四个环节进行。"


def test_no_lead_when_no_line_names_the_course():
    corpus = load_corpus()
    steps = [Pick(cid, corpus.clause(cid).own_text, 1.0, True, 1.0)
             for cid in ("hz_digital_craftsman_2026#三/(二)/1/(1)", "hz_digital_craftsman_2026#三/(二)/1/(2)")]
    assert course_lead(corpus, steps) is None
    assert course_lead(corpus, steps[:1]) is None


def test_the_answer_quotes_the_lead_before_the_steps(deps):
    answer = respond(Session(), "我们单位第一次弄这个，首届杭州工匠报上去以后要经过哪几个环节", deps)
    lines = answer.text.splitlines()
    assert "资格审核、专家评审、社会公示、领导小组审定" in lines[0], answer.text
    assert lines[1] == "具体环节依次是：" and lines[2].startswith("1. ")
