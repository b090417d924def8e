"""Trades whose national occupational skill standard has five levels, up to 高级技师 (一级/一级高级技师).

浙派工匠 asks for 高级技师 or the top level of one's own trade. Someone who says "焊工技师" holds a level below the top
of a trade that has 高级技师: a careful reader of the notice answers "不符合" without asking whether 技师 is the top.
Only trades named outright are listed (the standards of 人力资源社会保障部, 2018–2023 editions, all with five levels);
a trade not listed is still asked about, and a top said by the asker ("我们工种最高就是技师") outranks the table."""

from __future__ import annotations

import re

from assistant.extract.text import Segment

__all__ = ["read_graded_trade", "GRADED_NOTE"]

# the trade's own words, as people say them: "电焊工", "维修电工", "机修钳工", "数控车工", "汽修工"
# (not the tail of another trade's name: 挡车工 is the textile machine minder, not a lathe 车工)
GRADED_TRADES = re.compile(
    r"(?:电|气|氩弧)?焊工|(?:维修|高压|低压|电力|运维)?电工(?!程|作|厂|业|具|艺)|(?:机修|装配|工具|模具)?钳工|(?:数控)?(?<![挡档])车工"
    r"|(?:数控)?铣工"
    r"|磨工|镗工|制冷工|制冷空调系统安装维修工|(?:汽车维修|汽修|汽车修理)工|电梯(?:安装)?维修工|模具工|冲压工|铸造工|锻造工"
    r"|加工中心操作工|仪表维修工|化学检验员|无损检测员|中式烹调师|中式面点师|西式面点师|茶艺师|评茶员|砌筑工|钢筋工|管工"
    r"|电力电缆安装运维工|变电设备检修工|美发师|美容师")
GRADED_NOTE = ("按国家职业技能标准，{trade}设有高级技师（一级），{level}不是本职业（工种）的最高等级；"
               "如您的工种最高等级就是{level}，请告诉我。")


def read_graded_trade(segs: list[Segment]) -> dict[str, list]:
    """``{"_graded_trade": [trade]}`` for a listed trade named in a clause about the asker."""
    out: dict[str, list] = {}
    for seg in segs:
        if seg.asserts:
            for m in GRADED_TRADES.finditer(seg.text):
                out.setdefault("_graded_trade", []).append(m.group())
    return out

