"""The Chinese lexical leg: jieba tokens (plus optional character bigrams) scored with BM25 (``bm25s``).

The tokenizer is the process's one private ``jieba.Tokenizer`` (``segment.py``, shared with the negation scope
of the language layer), with the notices' own terms added, so the global jieba dictionary is left alone.
"""

from __future__ import annotations

import functools
import logging
import re

import numpy as np

from assistant.notices.vocabulary import expansions
from assistant.retrieval.segment import DOMAIN_WORDS, segmenter, words_tag

__all__ = ["tokenize", "query_tokens", "LexicalIndex", "DOMAIN_WORDS"]

log = logging.getLogger(__name__)

_STOP = set(
    "的 了 吗 呢 吧 啊 呀 么 嘛 是 我 你 他 她 们 我们 你们 在 和 与 及 或 也 都 就 还 要 能 会 可以 可 有 没有 "
    "这 那 个 什么 怎么 怎么样 怎样 如何 哪 哪些 哪个 多少 几 请问 一下 想 问 请 该 得 着 过 被 把 给 对 "
    "等 之 其 为 以 于 上 下 中 不 没 如果 但是 而且 并 则 又 再 已 已经 吧 啦 哦 嗯".split()
)
BIGRAMS = True  # character bigrams next to jieba tokens: +0.04 R@1 for BM25 on the dev half (the saved index)
# jieba words next to the bigrams. Bigrams alone (no jieba, ~0.7-1 s less cold start) recall a little better
# (bench/retrieval.py --tokenizers: hybrid R@1 0.910 / 0.897 on dev / held-out against 0.897 / 0.872), but they
# change BM25's score scale (RELEVANCE_BM25 would be 3.5, not 5.5) and move 8 chat-eval answers (5 better,
# 3 worse): kept off until the chat is re-tuned on them, so that no eval figure moves under a speed change.
WORDS = True
_KEEP = re.compile(r"[\u4e00-\u9fff]|[a-z0-9]")
_HAN_RUN = re.compile(r"[\u4e00-\u9fff]+")
_ALNUM_RUN = re.compile(r"[a-z0-9]+")


def tokenize(text: str, bigrams: bool = False, words: bool = True) -> list[str]:
    """Lower-cased tokens without punctuation: jieba search-mode words (stopwords dropped) when ``words``, and
    character bigrams of each Han run when ``bigrams``. Without words, bigrams are always cut, with a lone
    Han character as its own token and Latin/digit runs whole (no jieba, no dictionary to load)."""
    text = text.lower()
    if words:
        tokens = [t for t in segmenter().cut_for_search(text) if _KEEP.search(t) and t not in _STOP]
    else:
        tokens, bigrams = _ALNUM_RUN.findall(text), True
    if bigrams:
        for run in _HAN_RUN.findall(text):
            if len(run) == 1 and not words:
                tokens.append(f"#{run}")
            tokens.extend(f"#{run[i:i + 2]}" for i in range(len(run) - 1))
    return tokens


def query_tokens(query: str, bigrams: bool = False, synonyms: bool = True, words: bool = True) -> list[str]:
    """The query's tokens, plus the notice vocabulary its wording maps to (see ``synonyms.py``)."""
    tokens = tokenize(query, bigrams, words)
    if synonyms:
        for term in expansions(query):
            tokens.extend(t for t in tokenize(term, bigrams=False, words=words) if t not in tokens)
    return list(dict.fromkeys(tokens))  # bm25s counts a repeated query token twice


# Bump when tokenize() changes: a saved BM25 index made by another tokenizer is rebuilt, not loaded.
TOKENIZER_VERSION = "jieba-search+domain-words+guard-words|bigrams/3"


def _tokenizer_tag(bigrams: bool, words: bool) -> dict:
    return {"tokenizer": TOKENIZER_VERSION, "bigrams": bool(bigrams), "words": bool(words),
            "domain_words": len(DOMAIN_WORDS), "keep_whole": words_tag() if words else None}


class LexicalIndex:
    """BM25 over a fixed list of texts; ``scores`` gives one score per text (0 where nothing matched).

    ``save``/``load`` keep it beside the index manifest (bm25s' own format), so a restart tokenises nothing."""

    def __init__(self, texts: list[str] | None, bigrams: bool = False, synonyms: bool = True,
                 words: bool = True) -> None:
        import bm25s

        self.bigrams = bigrams
        self.synonyms = synonyms
        self.words = words
        self._bm25 = bm25s.BM25(method="lucene", k1=1.2, b=0.75)
        self.size = 0
        if texts is not None:
            corpus_tokens = [tokenize(t, bigrams, words) or ["∅"] for t in texts]
            self._bm25.index(corpus_tokens, show_progress=False)
            self.size = len(texts)

    def save(self, directory) -> None:
        import json
        from pathlib import Path

        directory = Path(directory)
        self._bm25.save(str(directory), show_progress=False)
        (directory / "tokenizer.json").write_text(json.dumps({**_tokenizer_tag(self.bigrams, self.words), "size": self.size}),
                                                  encoding="utf-8")

    @staticmethod
    def current(directory, bigrams: bool = False, words: bool = True) -> bool:
        """Whether ``directory`` holds a saved index made by this tokenizer with these settings."""
        import json
        from pathlib import Path

        try:
            tag = json.loads((Path(directory) / "tokenizer.json").read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return False
        want = _tokenizer_tag(bigrams, words)
        return isinstance(tag, dict) and {k: tag.get(k) for k in want} == want

    @classmethod
    def load(cls, directory, bigrams: bool = False, synonyms: bool = True, size: int | None = None,
             words: bool = True):
        """The saved index, or None when there is none or it was made by another tokenizer / for other texts."""
        import json
        from pathlib import Path

        import bm25s

        directory = Path(directory)
        try:
            tag = json.loads((directory / "tokenizer.json").read_text(encoding="utf-8"))
            want = _tokenizer_tag(bigrams, words)
            if {k: tag.get(k) for k in want} != want:
                return None
            if size is not None and tag.get("size") != size:
                return None
            bm25 = bm25s.BM25.load(str(directory), mmap=False)
        except (OSError, ValueError, KeyError):
            return None
        out = cls(None, bigrams=bigrams, synonyms=synonyms, words=words)
        out._bm25, out.size = bm25, int(tag["size"])
        return out

    def scores(self, query: str) -> np.ndarray:
        tokens = [t for t in query_tokens(query, self.bigrams, self.synonyms, self.words) if t in self._vocab]
        if not tokens:
            return np.zeros(self.size, dtype=np.float32)
        return np.asarray(self._bm25.get_scores(tokens), dtype=np.float32)

    @functools.cached_property
    def _vocab(self) -> set[str]:
        return set(self._bm25.vocab_dict)
