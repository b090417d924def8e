"""The shared language layer: clauses and negation, and classifiers over sentence vectors.

Low level: it imports only ``assistant.retrieval.segment`` (the shared jieba segmenter, loaded on first use) and
``assistant.retrieval.embedding`` (lazily). The conversation and the checker use it.
"""

from assistant.language.classify import (
    KIND_LABELS,
    KINDS,
    Classifiers,
    Match,
    RoleType,
    achievement_kinds,
    goes_on,
    is_digital_occupation,
    kinds_of_groups,
    lexicon_groups,
    role_type,
    said_clauses,
    says_no_achievement,
    set_embedder,
)
from assistant.language.clauses import (
    Clause,
    affirmed,
    clauses,
    first_scope,
    negated,
    says_none,
    says_unknown,
    split_clauses,
    unnegated,
)
from assistant.language.status import post_only

__all__ = ["KINDS", "KIND_LABELS", "Classifiers", "Clause", "Match", "RoleType", "achievement_kinds", "affirmed", "clauses", "first_scope",
           "goes_on", "is_digital_occupation", "kinds_of_groups", "lexicon_groups", "negated", "post_only", "role_type", "said_clauses", "says_no_achievement", "says_none",
           "says_unknown", "set_embedder", "split_clauses", "unnegated"]
