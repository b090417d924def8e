"""bench/classifiers.py chooses the bars per kind on several cross-validation shuffles pooled (``pooled_cv``): each
row once per shuffle, each shuffle its own seed. The scorer is replaced, so no model is fitted."""

from __future__ import annotations

import bench.classifiers as bench


def test_each_row_is_scored_once_per_shuffle_with_its_own_seed(monkeypatch):
    seeds = []

    def fake(rows, folds=5, seed=0):
        seeds.append((folds, seed))
        return [f"{r['text']}@{seed}" for r in rows]

    monkeypatch.setattr(bench, "cv_scores", fake)
    rows = [{"text": "甲"}, {"text": "乙"}]
    pooled_rows, scored = bench.pooled_cv(rows, 3, folds=4, seed=1)
    assert pooled_rows == rows * 3
    assert scored == ["甲@1", "乙@1", "甲@101", "乙@101", "甲@201", "乙@201"]
    assert seeds == [(4, 1), (4, 101), (4, 201)]


def test_one_shuffle_is_the_plain_cross_validation(monkeypatch):
    monkeypatch.setattr(bench, "cv_scores", lambda rows, folds=5, seed=0: [seed] * len(rows))
    rows = [{"text": "甲"}]
    assert bench.pooled_cv(rows, 1) == (rows, [0])
