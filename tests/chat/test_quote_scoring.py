"""The quote rerank's fast bigram builder gives exactly the shared ``bigrams`` (so no quote can change)."""

from __future__ import annotations


def test_quote_scoring_bigrams_match_the_shared_bigrams():
    from assistant.chat.rules.quotes import _text_grams
    from assistant.notices.text import bigrams, sentences
    from assistant.notices.tree import load_corpus

    texts = [s for c in load_corpus().clauses() for s in sentences(c.own_text)]
    texts += ["a_b，c²d", "", "的了", "１２３ＡＢ　杭州", "第四届“杭州数字工匠”(附件)", "x"]
    for text in texts:
        assert _text_grams(text) == bigrams(text), text
        assert list(_text_grams(text)) == list(bigrams(text)), text  # same order: same float sums
