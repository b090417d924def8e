"""A terse writer's spaces end clauses for the dialogue's readers as they do for the extractor: a message about
someone else written with spaces ("我妈能报吗 她在绍兴…") is about them, and their facts are kept."""

from __future__ import annotations

import pytest

from tests.chat_support import talk as _talk


@pytest.mark.parametrize("message, who", [
    ("浙派工匠 我妈当年能报吗 她在绍兴一家黄酒厂酿酒 干了二十多年了", "她"),
    ("老的那个首席技师 我师傅当年能报吗 他在富阳一家造纸厂修设备 修了二十年", "他"),
    ("杭州工匠 我爸以前能报吗 他在萧山一家铸造厂做翻砂 做了三十年", "他"),
])
def test_spaced_message_about_another_keeps_their_facts(deps, message, who):
    session, _ = _talk(deps, message)
    assert session.subject == who
    assert session.profile.get("years_in_field", 0) >= 20
