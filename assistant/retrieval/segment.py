"""The one jieba segmenter of the process, shared by the BM25 leg (``lexical.tokenize``) and the negation
scope of ``assistant.language.clauses``.

jieba's dictionary costs ~80 MB and ~0.7 s to load; each private ``jieba.Tokenizer`` holds its own copy, and
there were two. This one is a private tokenizer too (jieba's global one stays as other code left it), loaded
on first use, once, under a lock. It keeps whole two kinds of words jieba would otherwise cut apart:

- the notices' own terms (``DOMAIN_WORDS``: 在杭全职工作, 推荐名额 …), for BM25;
- the negation guard words (未来工厂, 无损检测, 非常 …: words that merely begin with a negation character),
  listed under ``guards`` in ``assistant/language/data/negation.json``. They are read as data, not imported:
  this layer sits below the language layer. The negation scope masks them before it segments a clause, but
  their frequency still sets how jieba weighs a long word against two short ones (不对 is one word here).

Both lists are part of the tokens BM25 indexes, so ``words_tag()`` (a hash of them) goes into the saved BM25
index's tokenizer tag: a change to either list rebuilds the index rather than mixing tokens.
"""

from __future__ import annotations

import hashlib
import json
import logging
import threading
from pathlib import Path

__all__ = ["DOMAIN_WORDS", "GUARDS_FILE", "BODIES_FILE", "body_words", "guard_words", "segmenter", "tagger", "tags", "words_tag"]

# Terms jieba would otherwise cut apart; taken from the notices.
DOMAIN_WORDS = (
    "数字工匠", "杭州数字工匠", "杭州工匠", "浙江工匠", "浙派工匠", "首席技师", "高级技师", "技能人才",
    "工会会员", "在杭全职工作", "在浙全职工作", "周岁", "推荐表", "申报表", "汇总表", "推荐名额",
    "职业资格证书", "职业技能等级证书", "资质证书", "技能大赛", "技能竞赛", "疗休养", "数字专员",
    "公示", "佐证材料", "领导小组", "自由职业者", "一线", "提名奖", "字以内", "市总工会", "人力社保局",
    "人力社保厅", "不予推荐", "不再重复推荐", "专精特新", "小巨人", "全国技术能手", "中华技能大奖",
    "特殊津贴", "技术革新", "技术改造", "绝技绝活", "绝招绝技", "带高徒", "五一劳动奖章", "纪录片",
    "宣传片", "弄虚作假", "回避", "异议", "工作日", "截止时间", "截止日期", "计算时间",
)
DOMAIN_FREQ = 20_000
GUARD_FREQ = 2_000_000  # above any dictionary word: a guard word is never cut
GUARDS_FILE = Path(__file__).resolve().parent.parent / "language" / "data" / "negation.json"
# The bodies the notices name and the short forms askers use for them (人社厅, 设区市 …), kept whole as DOMAIN_WORDS
# are; data of the language layer, read as a file for the same reason as the guards.
BODIES_FILE = Path(__file__).resolve().parent.parent / "language" / "data" / "segmentation.json"

_lock = threading.Lock()
_segmenter = None
_tagger = None


def guard_words() -> tuple[str, ...]:
    """The negation guard words, as ``assistant.language.clauses`` masks them."""
    return tuple(json.loads(GUARDS_FILE.read_text(encoding="utf-8"))["guards"])


def body_words() -> tuple[str, ...]:
    """The bodies' names and short forms of ``segmentation.json``."""
    return tuple(json.loads(BODIES_FILE.read_text(encoding="utf-8"))["words"])


def words_tag() -> str:
    """A short hash of the words this segmenter keeps whole and their frequencies."""
    spec = json.dumps([DOMAIN_FREQ, DOMAIN_WORDS, GUARD_FREQ, guard_words(), body_words()], ensure_ascii=False)
    return hashlib.sha256(spec.encode()).hexdigest()[:16]


def segmenter():
    """The shared ``jieba.Tokenizer`` (built on first use; ``cut``/``lcut``/``cut_for_search`` are read-only)."""
    global _segmenter
    if _segmenter is None:
        with _lock:
            if _segmenter is None:
                import jieba

                jieba.setLogLevel(logging.WARNING)  # its "Building prefix dict" chatter is not ours to print
                tok = jieba.Tokenizer()
                for word in (*DOMAIN_WORDS, *body_words()):
                    tok.add_word(word, freq=DOMAIN_FREQ)
                for word in guard_words():
                    tok.add_word(word, freq=GUARD_FREQ)
                _segmenter = tok
    return _segmenter


def tagger():
    """jieba's part-of-speech tagger over the shared segmenter (its domain and guard words kept whole)."""
    global _tagger
    if _tagger is None:
        tok = segmenter()
        with _lock:
            if _tagger is None:
                import jieba.posseg

                _tagger = jieba.posseg.POSTokenizer(tokenizer=tok)
    return _tagger


def tags(text: str) -> list[tuple[str, str]]:
    """``text``'s words with jieba's part-of-speech tags."""
    return [(w.word, w.flag) for w in tagger().cut(text)]
