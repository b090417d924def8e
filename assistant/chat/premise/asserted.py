"""Which kinds of value a clause asserts that a premise check can settle: a count, a level, a placing (a medal said for
one), who alone may act ("只有单位推荐…"), what a group is all of ("只有车间里上手干活的才算"), one thing said to be
enough ("只要有高级技师证就够了"), a step or paper left out ("评议公示那些用不着搞"), a step of the route bypassed, a form
of hand-in refused, a paper waived.

A message that tells the asker's own case and, in a clause of its own, takes a rule for granted ("我们厂里小伙子拿了
铜牌，…世界技能大赛要拿冠军才算数吧") holds a premise about the rules, to be answered (and corrected) before the case is
checked; these readers are the ones ``correction`` checks with, so a clause they find something in is one it can settle.

Run with:  .venv/bin/python -m pytest -q tests/chat/test_premise_asserted.py
"""

from __future__ import annotations

from collections.abc import Callable

from assistant.chat.premise.channels import _refused_forms, waived_item
from assistant.chat.premise.counts import claims
from assistant.chat.premise.levels import _LEVEL
from assistant.chat.premise.members import _ONLY_KIND, _RESTRICTED
from assistant.chat.premise.placings import _placings
from assistant.chat.premise.route import _ENOUGH, _WAIVING, bypassed

__all__ = ["READERS", "asserted_kinds"]

# (kind, reader): a reader finds the kind's value in a clause or nothing. The first two ("count", "level") are values a
# rule is stated with; the rest are rules in themselves.
READERS: tuple[tuple[str, Callable[[str], object]], ...] = (
    ("count", claims),
    ("level", _LEVEL.search),
    ("placing", _placings),
    ("only_some", _RESTRICTED.search),
    ("only_kind", _ONLY_KIND.search),
    ("enough", _ENOUGH.search),
    ("left_out", _WAIVING.search),
    ("bypassed", bypassed),
    ("refused_form", _refused_forms),
    ("waived_paper", waived_item),
)


def asserted_kinds(clause: str) -> list[str]:
    """The kinds of value ``clause`` asserts, in READERS' order."""
    return [kind for kind, read in READERS if read(clause or "")]
