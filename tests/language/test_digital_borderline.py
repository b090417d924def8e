"""The occupation judgement abstains on a borderline description (the table's borderline class, or a small margin)."""

from __future__ import annotations

import pytest

from assistant.language import classify


def test_the_borderline_class_abstains(monkeypatch):
    monkeypatch.setattr(classify, "digital_probabilities",
                        lambda text: {"digital": 0.3, "not_digital": 0.25, "borderline": 0.45})
    assert classify.digital_judgement("无人机飞手") == (None, pytest.approx(0.15))
    assert classify.is_digital_occupation("无人机飞手") is None


def test_a_small_margin_abstains_and_a_clear_one_judges(monkeypatch):
    margin = classify.digital_margin()
    assert 0 < margin < 1  # kept as data (data/judgements.json)
    monkeypatch.setattr(classify, "digital_probabilities",
                        lambda text: {"digital": 0.45, "not_digital": 0.45 + margin / 2, "borderline": 0.1 - margin / 2})
    assert classify.digital_judgement("x")[0] is None
    monkeypatch.setattr(classify, "digital_probabilities",
                        lambda text: {"digital": 0.1, "not_digital": 0.8, "borderline": 0.1})
    assert classify.digital_judgement("焊工")[0] is False


def test_a_two_class_table_reads_its_boolean_labels(monkeypatch):
    monkeypatch.setattr(classify, "digital_probabilities", lambda text: {"True": 0.9, "False": 0.1})
    assert classify.digital_judgement("算法工程师") == (True, pytest.approx(0.8))


@pytest.mark.slow
@pytest.mark.parametrize("text, judged", [("无人机飞手", None), ("外卖骑手，每天用美团接单", False), ("电焊工", False),
                                          ("做大模型应用开发的", True), ("植保无人机飞手", None),
                                          # the physical trades of an information network: for the review
                                          ("光缆接续", None)])
def test_borderline_on_the_real_model(text, judged):
    assert classify.is_digital_occupation(text) is judged
