"""A job title's own words, without the skill level said with it.

"数控高级技师" names the work (数控) and a level (高级技师); the level says nothing about the field of work, and
left in it sways a judgement on the field ("技师" sits near the technical rows of the occupation table). The
extractor keeps the level as ``skill_level`` and the rest as the occupation; the occupation classifier judges the
rest. A title that is only a level ("高级技师") has no words of its own left, and is returned unchanged.
"""

from __future__ import annotations

import re

__all__ = ["without_level"]

# the levels of the 国家职业资格 (and 首席/特级), at the end of a title: "数控高级技师", "钳工技师", "电工高级工"
_LEVEL_AFTER = re.compile(r"(?:特级技师|高级技师|首席技师|一级技师|二级技师|技师|高级技工|高级工|中级工|初级工)$")
# a level before a trade that ends in 工: "高级电工", "中级焊工" (but not "高级工程师", a professional title)
_LEVEL_BEFORE = re.compile(r"^(?:高级|中级|初级)(?=[\u4e00-\u9fff]{1,5}工$)")


def without_level(title: str) -> str:
    """``title`` without the skill level said in it; unchanged when nothing else would be left."""
    rest = _LEVEL_BEFORE.sub("", _LEVEL_AFTER.sub("", title.strip()))
    rest = rest.rstrip("的")
    return rest if rest else title.strip()
