"""The occupation judgement reads the work, not the employer; with no work named it gives no judgement (a hard
"no" on 在国企上班 fails the digital programme's rule on nothing said); Latin-lettered words of work are read in
the Chinese words of their field (data/latin_terms.json)."""

from __future__ import annotations

import pytest

from assistant.language import classify


@pytest.mark.parametrize("text", ["在国企上班，具体不方便说", "在一家科技公司工作", "这个工种是有高级技师的", "我在单位上班",
                                  "一点", "啥都干一点"])
def test_no_work_named_is_no_judgement(text, monkeypatch):
    monkeypatch.setattr(classify, "digital_probabilities", lambda t: {"digital": 0.05, "not_digital": 0.9, "borderline": 0.05})
    assert classify.the_work(text) == ""
    assert classify.digital_judgement(text)[0] is None


def test_the_work_is_read_without_the_employer(monkeypatch):
    seen: list[str] = []

    def probs(text):
        seen.append(text)
        return {"digital": 0.9, "not_digital": 0.05, "borderline": 0.05}

    monkeypatch.setattr(classify, "digital_probabilities", probs)
    assert classify.digital_judgement("在一家服装厂做UI设计")[0] is True
    assert seen == ["做UI设计"]


def test_work_left_open_by_its_own_words_is_read_with_the_employer(monkeypatch):
    monkeypatch.setattr(classify, "digital_probabilities", lambda t: (
        {"digital": 0.1, "not_digital": 0.8, "borderline": 0.1} if "纺织厂" in t
        else {"digital": 0.4, "not_digital": 0.4, "borderline": 0.2}))
    assert classify.digital_judgement("纺织厂做运维，管织布机")[0] is False


@pytest.mark.parametrize("text, glossed", [("做数字IC设计", "做数字芯片设计"), ("负责MES运维", "负责制造执行系统运维"),
                                           ("iOS开发", "苹果手机应用开发"), ("ui设计", "界面设计"),
                                           ("3D打印", "3D打印"), ("C端运营", "C端运营")])
def test_latin_words_of_work_are_spelled_out(text, glossed):
    assert classify.glossed(text) == glossed


@pytest.mark.slow
@pytest.mark.parametrize("text, judged", [("在一家科技公司工作", None), ("在一家服装厂做UI设计，负责公司小程序的界面", True),
                                          ("在互联网公司当前台接待", False)])
def test_on_the_real_model(text, judged):
    assert classify.is_digital_occupation(text) is judged
