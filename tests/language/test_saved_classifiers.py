"""The classifiers' saved weights: numpy predicts exactly as scikit-learn did, a saved file judges exactly as
the fitted models, a file fitted on other data is refitted, and the default path imports no scikit-learn."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest

from assistant.language import classify, models
from assistant.language.classify import KINDS, Classifiers, Linear
from tests.retrieval_fakes import HashEmbedder

ROOT = Path(__file__).resolve().parents[2]
TEXTS = ["牵头起草了一项行业标准", "带了十几个徒弟", "在车间做数控车工", "算法工程师，做推荐系统", "公司副总经理",
         "负责办公室行政工作", "获得一项发明专利", "用AI做了一个质检智能体", "参加过公司组织的安全培训", "非遗竹编传承人"]


def test_linear_predicts_as_scikit_learn_to_the_last_bit():
    from sklearn.linear_model import LogisticRegression

    rng = np.random.default_rng(7)
    x = rng.normal(size=(200, 64)).astype(np.float32)
    x /= np.linalg.norm(x, axis=1, keepdims=True)
    rows = (rng.normal(size=(500, 64)) * 3).astype(np.float32)
    binary = LogisticRegression(C=4.0, class_weight="balanced", max_iter=2000).fit(x, rng.random(200) < 0.3)
    ours = Linear(binary.coef_, binary.intercept_, binary.classes_)
    for row in rows:  # one row at a time, as the classifiers ask
        v = row[None, :]
        assert ours.positive(v)[0] == binary.predict_proba(v)[0, 1]
        assert ours.predict(v)[0] == binary.predict(v)[0]
    three = LogisticRegression(C=4.0, max_iter=2000).fit(x, rng.choice(["a", "b", "c"], 200))
    ours = Linear(three.coef_, three.intercept_, three.classes_)
    assert [ours.predict(r[None, :])[0] for r in rows] == [three.predict(r[None, :])[0] for r in rows]


def _judgements(model: Classifiers) -> list:
    out = []
    for text in TEXTS:
        v = model.vector(text)[None, :]
        out.append((model.kind_probabilities(text), model.condition_similarity(text),
                    [model.nearest_example(text, k) for k in KINDS],
                    model.occupation_model.predict(model.occupation_features([text], v))[0],
                    model.role_model.predict(v)[0]))
    return out


def test_saved_classifiers_judge_exactly_as_the_fitted_ones(tmp_path):
    fitted = Classifiers(HashEmbedder())
    path = tmp_path / "models" / "classifiers.npz"
    fitted.save(path, "key-1")
    loaded = Classifiers.load(path, "key-1", HashEmbedder())
    assert loaded is not None
    for name, array in fitted.arrays().items():
        saved = loaded.arrays()[name]
        assert saved.dtype == array.dtype and np.array_equal(saved, array), name
    assert _judgements(loaded) == _judgements(fitted)
    assert Classifiers.load(path, "key-2", HashEmbedder()) is None  # fitted on other data or another model
    path.write_bytes(b"not an npz")
    assert Classifiers.load(path, "key-1", HashEmbedder()) is None


def test_the_key_follows_the_data_and_the_model(monkeypatch, tmp_path):
    key = models.weights_key("usem3@1")
    assert models.weights_key("usem3@2") != key
    for name in models._SOURCES:
        (tmp_path / name).write_bytes((models._DATA / name).read_bytes())
    monkeypatch.setattr(models, "_DATA", tmp_path)
    assert models.weights_key("usem3@1") == key
    with (tmp_path / "roles.jsonl").open("a", encoding="utf-8") as f:
        f.write(json.dumps({"text": "仓库管理员", "role_type": "administrative", "split": "train"}) + "\n")
    assert models.weights_key("usem3@1") != key


def test_a_fake_embedder_saves_nothing():
    assert models._saved_path(HashEmbedder()) is None


@pytest.mark.slow
def test_a_new_process_loads_the_saved_weights_without_scikit_learn(tmp_path):
    env = {**os.environ, "ASSISTANT_DATA_DIR": str(tmp_path)}
    probe = "\n".join([
        "import sys, json",
        "from assistant.language import classify",
        f"out = [classify.role_type(t) for t in {TEXTS!r}] + [classify.is_digital_occupation(t) for t in {TEXTS!r}]",
        f"out.append({{k: m.score for k, m in classify.achievement_kinds({'，'.join(TEXTS)!r}).items()}})",
        "print(json.dumps({'out': out, 'sklearn': 'sklearn' in sys.modules}, ensure_ascii=False))"])
    first = subprocess.run([sys.executable, "-c", probe], cwd=ROOT, env=env, capture_output=True, text=True,
                           timeout=300, check=True)
    assert classify.weights_path(tmp_path).exists()
    second = subprocess.run([sys.executable, "-c", probe], cwd=ROOT, env=env, capture_output=True, text=True,
                            timeout=300, check=True)
    fitted, loaded = json.loads(first.stdout), json.loads(second.stdout)
    assert fitted["sklearn"] and not loaded["sklearn"]
    assert loaded["out"] == fitted["out"]
