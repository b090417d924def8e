"""Several kinds in one clause, each on its own words (``classify.own_evidence``), and the frames that keep a clause
from counting: a measured result read with the deed before it, a piece of work not finished (还没写完), still
practised (还在练), done by others (都是师傅们在带), and the company an unsaid speaker keeps (和一家厂合作量产). The
phrasings are not rows of the labelled tables; ``picked`` is asked with made-up probabilities, so these test the
rules, not a fitted model."""

from __future__ import annotations

import pytest

from assistant.language.agency import subject_other
from assistant.language.classify import _units, affirmed_parts, deed_words, own_evidence, picked
from assistant.language.lexicon import KINDS, lexicon_hits
from assistant.language.status import not_own, pending


def _probs(**given: float) -> dict[str, float]:
    return {k: given.get(k, 0.0) for k in KINDS}


def test_a_second_kind_with_words_of_its_own_is_found():
    unit = "三项发明专利里有一项转让给了本地企业"
    words = lexicon_hits(unit)
    assert {"innovation", "transfer"} <= set(words)
    scored = [(unit, _probs(innovation=0.99, transfer=0.7), set(), words)]
    assert {k for k, _ in picked(scored, 0.6, 0.6, 1.01, 0.5)} == {"innovation", "transfer"}
    # one kind per clause when no second bar is given (the bars before issue 12's multi-kind work)
    assert {k for k, _ in picked(scored, 0.6, 0.6, 1.01)} == {"innovation"}


def test_a_second_kind_with_no_words_of_its_own_is_not():
    unit = "自创的一套冲床换模作业法"
    words = lexicon_hits(unit)
    scored = [(unit, _probs(method=0.99, innovation=0.8), set(), words)]
    assert {k for k, _ in picked(scored, 0.6, 0.6, 1.01, 0.5)} == {"method"}


@pytest.mark.parametrize("unit, first, second", [
    ("参与起草了《智能工厂数据采集规范》团体标准", "standards", "digital"),   # a standard's subject in its title
    ("总结的上料操作法把单件工时从十分钟降到六分钟", "method", "innovation"),  # a measured result
])
def test_words_in_a_title_or_a_measured_result_are_no_evidence(unit, first, second):
    words = lexicon_hits(unit)
    assert first in words and second in words
    assert not own_evidence(unit, words, first, second)


def test_a_per_kind_bar_is_read_per_kind():
    unit = "一只手就能摸出零件差了几丝"
    scored = [(unit, _probs(knack=0.55), set(), {})]
    assert not picked(scored, 0.6, 0.6, 1.01)
    assert [k for k, _ in picked(scored, {**dict.fromkeys(KINDS, 0.6), "knack": 0.5}, 0.6, 1.01)] == ["knack"]


def test_a_measured_result_is_read_with_the_deed_before_it():
    text = "琢磨出一套焊缝打磨作业法，每道焊缝从二十分钟缩短到八分钟"
    assert not deed_words("每道焊缝从二十分钟缩短到八分钟")
    units = [u for u, _ in _units(affirmed_parts(text))]
    assert "每道焊缝从二十分钟缩短到八分钟" not in units
    assert any("作业法" in u and "缩短" in u for u in units)


@pytest.mark.parametrize("clause", ["还没写完", "目前还没整理好", "手册还没编完"])
def test_work_not_finished_is_pending(clause):
    assert pending(clause)


@pytest.mark.parametrize("text, deed", [
    ("准备把这几年的检修经验整理成一套操作法，还没写完", "操作法"),
    ("跟着老手艺人学竹编，到现在还在练", "竹编"),
])
def test_work_not_finished_or_still_practised_supports_nothing(text, deed):
    assert not any(deed in clause for clause, _ in affirmed_parts(text))


@pytest.mark.parametrize("clause", ["新来的徒弟都是老师傅们在带", "这批学员主要是班长在教"])
def test_work_others_do_is_not_own(clause):
    assert not_own(clause)


def test_the_speakers_own_training_stays_own():
    assert not not_own("这些学员是我在带的")


@pytest.mark.parametrize("clause", ["后来和一家机床厂合作量产", "去年与浙大团队合作完成了中试", "同两家药企合作投产"])
def test_working_with_an_organisation_leaves_the_speaker_the_subject(clause):
    assert not subject_other(clause)


def test_others_working_together_are_still_others():
    assert subject_other("班长和主任一起搞的技改")


def test_a_kind_the_lexicon_does_not_name_where_it_names_another_needs_the_disagreement_bar():
    unit = "琢磨了一种新的穿线操作法"
    words = lexicon_hits(unit)
    assert set(words) == {"method"}
    scored = [(unit, _probs(innovation=0.8, method=0.3), set(), words)]
    assert [k for k, _ in picked(scored, 0.6, 0.6, 1.01)] == ["innovation"]
    assert not picked(scored, 0.6, 0.6, 1.01, 1.01, 0.9)  # left to review: neither kind is sure
    # with no lexicon word at all the model's kind needs only its own bar
    bare = [("一只手能摸出零件差了几丝", _probs(knack=0.8), set(), {})]
    assert [k for k, _ in picked(bare, 0.6, 0.6, 1.01, 1.01, 0.9)] == ["knack"]

