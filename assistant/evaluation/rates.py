"""The one way every eval figure is rounded: a share of true values, three decimals, ``None`` for no items."""

from __future__ import annotations

from collections.abc import Iterable

__all__ = ["share"]


def share(values: Iterable[bool]) -> float | None:
    xs = list(values)
    return round(sum(xs) / len(xs), 3) if xs else None
