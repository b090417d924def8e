"""Who does a thing, said with the progressive or a duty instead of 是…的 (发明革新这种都是工艺科在弄, 技改都是技术部
负责搞), names another agent as 中台是技术部搭的 does; the speaker's own (是我在做) stays the speaker's."""

import pytest

from assistant.language.agency import cleft_other


@pytest.mark.parametrize("clause, other", [
    ("发明革新这种都是工艺科在弄", True),
    ("技改都是技术部负责搞", True),
    ("标准都是总部在定", True),
    ("这个系统是我在做", False),
    ("我在车间搞革新", False),
    ("主要是我在弄", False),
])
def test_progressive_attribution(clause, other):
    assert cleft_other(clause) is other
