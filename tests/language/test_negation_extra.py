"""Negation words jieba glues to the adverb before them ('从来没' is one token)."""

from assistant.language.clauses import negated


def test_a_cue_glued_to_its_adverb_still_negates():
    assert negated("从来没在杭州工作过")
    assert negated("从来不在杭州上班")
    assert not negated("我从来都在杭州上班")
