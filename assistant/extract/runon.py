"""Clause ends in a run-on message: a long stretch typed with no punctuation at all gets a comma where a new fact starts.

"…没评过称号2025年杭州市数字经济技能竞赛拿了个人第一名能直接认定不" is one clause to every reader, so the denial
before the year took the placing with it (no competitions) and "做数据库运维九年杭州全职九年工会会员" gave no year count.
Only stretches of at least ``_LONG`` Chinese characters with no punctuation are cut, and only where a new fact
plainly starts (the boundaries below), so a punctuated message reads exactly as before. ``extract`` applies it
with ``spaces_end_clauses``, before anything reads clauses.
"""

from __future__ import annotations

import re

__all__ = ["runs_end_clauses"]

_LONG = 30  # shorter is one clause anyway ("98年到04年出去在义乌做了几年五金生意", "我的紫砂壶2018年在…获得过特等奖")
_STRETCH = re.compile(rf"[^\s,，.。;；:：!！?？、()（）\n]{{{_LONG},}}")
_CJK = r"\u4e00-\u9fff"
_CN_COUNT = "一二两三四五六七八九十几"
# Where a new fact starts inside a stretch, a class each:
_BOUNDARIES = (
    # a year that dates the next fact ("没评过称号2025年…拿了…", "一线2014年全国汽修大赛…"), not one a preposition or
    # a range holds ("从2015年", "2012年到2015年", "是2019年")
    re.compile(rf"(?<=[{_CJK}])(?<![从自在于到至是和及的年到起])(?=(?:19|20)\d{{2}}年)"),
    # the same year said in two Chinese numerals ("没评过称号一九年全国大赛…", "车间骨干二〇年…"); not a count of years
    # after a verb (干了八九年), a pointer whose predicate follows (最好那个二〇年…拿了…) or a span (八九年前, 八九年来)
    re.compile(rf"(?<=[{_CJK}])(?<![从自在于到至是和及的年到起了个位干做])(?=[〇零一二三四五六七八九]{{2}}年(?![级前后来多代间内里底初中半了]))"),
    # a count of years ends its fact ("运维九年杭州全职九年工会会员", "干了18年在岗"): the comma goes after it (the
    # group; a count in Chinese numerals, with 十 past nine: "19年"/"九八年" may be a year); not a level, a date or a span that goes on (九年级, 十年前, 二十年来, 五年以上, 十年左右, 三年多), and after
    # a verb with 了 only before a new verb ("干了二十年没评过"; "做了几年五金生意" holds its object)
    re.compile(rf"(?<![\d{_CN_COUNT}〇零了])(?:[一二两三四五六七八九几]|[一二三四五六七八九]?十[一二三四五六七八九]?)年()"
               rf"(?![级前后来以多半了的间内里底初中左整代开起度月头到至时])(?=[{_CJK}])"),
    re.compile(rf"(?<=了)(?:\d{{1,2}}|[{_CN_COUNT}]{{1,3}})年()(?=(?:没|不|也|都|还|就|一直|在岗|一线))"),
    # apprentices counted start their own fact ("我自己没比过赛带了三个徒弟…"): a verb of training with 了/过 and a
    # count, so the denial before it does not take the apprentices with it
    re.compile(rf"(?<=[{_CJK}])(?<![我俺己也都还没不未])(?=(?:带|教|收|培养)(?:了|过|出了?)(?:\d+|[{_CN_COUNT}]+)(?:个|名|位))"),
    # the speaker starts after the opening that names what is asked ("第四届数字工匠我在民企…", "问下我是…")
    re.compile(r"(?:工匠|技师|那次|那届|问下|问一下|请问|你好|您好)()(?=我|本人)"),
    # the question that closes the stretch ("…拿了个人第一名能直接认定不", "…浙派工匠能不能报"): asked of all said
    re.compile(rf"(?<=[{_CJK}])(?<![能不可够以他她我])(?=(?:(?:能不能|可不可以|够不够|行不行|算不算|有戏)[^，]{{0,6}}"
               rf"|(?:能|可以|够|符合)[^，]{{0,6}}(?:吗|不|伐|么|嘛|呢|没))$)"),
    # the rest denied after what was told ("就这一个成绩其他没有了", "拿了第二别的没有"): its own clause, so the
    # denial of the rest does not take the record with it
    re.compile(rf"(?<=[{_CJK}])(?<![的有无没])(?=(?:其他|其它|别的|其余)(?:都|也|就|啥|什么)?(?:没|无|不))"),
)


def _cut(stretch: str) -> str:
    # a boundary is where its pattern's empty group sits, or where the match starts
    found = (m.start(1) if m.re.groups else m.start() for b in _BOUNDARIES for m in b.finditer(stretch))
    ends = sorted({i for i in found if 0 < i < len(stretch)})
    if not ends:
        return stretch
    parts = [stretch[a:b] for a, b in zip([0, *ends], [*ends, len(stretch)], strict=True)]
    return "，".join(parts)


def runs_end_clauses(text: str) -> str:
    """``text`` with a comma where a new fact starts inside each long stretch typed with no punctuation."""
    return _STRETCH.sub(lambda m: _cut(m.group()), text)
