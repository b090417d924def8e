"""A premise read as a relation over what a notice writes (chat.premise.propositions reads it, the checks judge it)."""

from __future__ import annotations

from dataclasses import dataclass

__all__ = ["Proposition"]


@dataclass(frozen=True)
class Proposition:
    relation: str  # a RELATIONS key
    objects: tuple[str, ...]  # the field words, the thing said to be the only one, the body
    said: str  # the stretch of the message that asserts it
