"""alts24: an honour or a science award named bare after the body that gave it ("省里给发了个技术能手的牌子",
"人社部给发了个技术能手", "省里的科技进步二等奖") is that body's; a district's or another city's is not read up."""

import pytest

from assistant.extract import extract
from tests.extract_support import TODAY


@pytest.mark.parametrize("text, kind, level", [
    ("前年省里给发了个技术能手的牌子", "浙江省技术能手", "provincial"),
    ("市里给我评了个技术能手", "杭州市技术能手", "municipal"),
    ("人社部给发了个技术能手", "全国技术能手", "national"),
    ("二〇年省里给发了个科技进步二等奖", "科技进步二等奖", "provincial"),
    ("二〇年拿过省里的科技进步二等奖", "科技进步二等奖", "provincial"),
])
def test_the_body_said_before_the_bare_honour(text, kind, level):
    (award,) = extract(text, TODAY).profile["awards"]
    assert (award["kind"], award.get("level")) == (kind, level)


@pytest.mark.parametrize("text", ["宁波市里给我评了个技术能手", "区里给我评了个技术能手", "省里给我徒弟发了个技术能手"])
def test_no_level_is_read_up(text):
    awards = extract(text, TODAY).profile.get("awards") or []
    assert not [a for a in awards if a.get("level") in ("provincial", "municipal", "national")]
