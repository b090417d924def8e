"""Issue 12: in one unit, the kind its own words name is read before a kind the model alone finds (classify.picked),
so that a transfer said in words (专利被一家工具厂买去生产) is not crowded out by the model's surer innovation; the
creation it transfers brings the innovation kind anyway (data/implied.json). Pure: synthetic scores, no model."""

from __future__ import annotations

from assistant.language import classify
from assistant.language.lexicon import KINDS


def _scored(unit: str, probs: dict[str, float], words: dict[str, str]) -> classify.Scored:
    return [(unit, dict.fromkeys(KINDS, 0.0) | probs, set(), words)]


def test_the_worded_kind_comes_first_and_brings_its_implied_kind():
    unit = "我发明的扳手专利被一家工具厂买去生产"
    scored = _scored(unit, {"innovation": 0.98, "transfer": 0.72}, {"transfer": "专利被一家工具厂买去"})
    found = {k for k, _ in classify.picked(scored, 0.6, 0.6, 1.01, 0.5, 0.9)}
    assert found == {"transfer", "innovation"}


def test_an_unworded_kind_alone_still_needs_the_disagreement_bar():
    scored = _scored("一个自动上料的小玩意", {"innovation": 0.85, "transfer": 0.7}, {"transfer": "转化"})
    found = {k for k, _ in classify.picked(scored, 0.6, 0.6, 1.01, 0.5, 0.9)}
    assert found == {"transfer"}
