"""Who signs or seals a form's row, as a premise says it (premise/signers.py)."""

from __future__ import annotations

from pathlib import Path

import pytest

from assistant.chat.premise.signers import signer_premise

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def corpus():
    from assistant.notices.tree import load_corpus

    return load_corpus(ROOT / "corpus")


def test_a_signature_said_of_a_sealed_row_is_corrected_with_that_row(corpus):
    line, (cid, row) = signer_premise(corpus, "hz_digital_craftsman_2026", "第四届的推荐表，单位意见那栏得单位领导签字吧")
    assert line.startswith("不对") and "所在单位意见" in line and "单位领导签字" in line
    assert cid == "hz_digital_craftsman_2026#附件" and "盖章" in row
    line, (cid, _) = signer_premise(corpus, "hz_chief_technician_2021", "首席技师申报表上所在单位推荐意见要负责人签名的吧")
    assert line.startswith("不对") and cid == "hz_chief_technician_2021#附件2"


def test_only_a_signature_asserted_of_a_sealed_row_is_settled(corpus):
    # a signed row, a seal said, a signature said not to be needed: left to the readers before (qp-1362, qp-1905)
    assert signer_premise(corpus, "hz_digital_craftsman_2026", "第四届推荐表上本人承诺那里要本人签名吧") is None
    assert signer_premise(corpus, "hz_craftsman_2016", "杭州工匠申报表推荐单位意见要盖章吧") is None
    assert signer_premise(corpus, "hz_digital_craftsman_2026", "第四届数字工匠的推荐表，所在单位那栏不用盖章的吧") is None
    assert signer_premise(corpus, "hz_digital_craftsman_2026", "推荐表所在单位意见那栏不用领导签字吧") is None


def test_no_row_named_or_both_marks_said_settles_nothing(corpus):
    assert signer_premise(corpus, "hz_digital_craftsman_2026", "第四届推荐表要签字吧") is None  # which row?
    assert signer_premise(corpus, "hz_digital_craftsman_2026", "所在单位意见那栏签字盖章都要吧") is None
    assert signer_premise(corpus, "zj_craftsman_2023", "浙派工匠单位意见要领导签字吧") is None  # no form


def test_the_answer_leads_with_the_correction_and_cites_the_row(deps):
    from assistant.chat.case.state import Session
    from assistant.chat.turn import respond

    answer = respond(Session(), "第四届的推荐表，单位意见那栏得单位领导签字吧", deps)
    assert answer.text.startswith("不对") and "盖章" in answer.text
    assert any(c.clause_id == "hz_digital_craftsman_2026#附件" for c in answer.citations)


def test_a_seal_said_of_a_step_is_no_row_of_the_form(corpus):
    # qa-816: "协会这边盖个章直接往市人社局报就好了吧" is about the course (评议、公示), not the form's 行业协会 row
    assert signer_premise(corpus, "hz_chief_technician_2021",
                          "有个自由职业的老师傅想报首席技师，行业协会这边盖个章直接往市人社局报就好了吧") is None
