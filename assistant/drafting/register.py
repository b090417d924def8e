"""From chat wording to a 推荐表's: colloquial verbs and pronouns rewritten, words only, never a fact added.

HR staff type the way they talk ("他自己搞了个焊缝跟踪的小改造，一年省了80多万"); a 主要事迹 reads "完成了焊缝跟踪
技术改造，每年节约80多万". ``REGISTER`` is the table, in order (longer phrasings first); ``formal`` applies it. Every
row keeps each number, name and object of the text it rewrites, so the grounding check reads the result as it
reads the user's words (``material.clean_phrase`` applies it to both).
"""

from __future__ import annotations

import re

__all__ = ["REGISTER", "formal"]

_N = r"[0-9一二两三四五六七八九十百千]+"
# (colloquial, formal). A pattern may look ahead at the object: a 改造 is 完成, a device is 研制.
REGISTER: tuple[tuple[str, str], ...] = (
    # who: the candidate inside a clause is 该同志; a clause opening with 他/她 needs no subject
    (r"(?<=[，；])(?:他|她)(?:自己|本人)?(?:还|也)?", ""),
    (r"(?:他|她)自己", "该同志"),
    (r"(?:^|(?<=[，；]))(?:自己|亲自)", ""),
    (r"(?:我们|咱们?)(?=厂|车间|单位|部门|班组|医院|集团)", "本"),
    (r"(?:我们|咱们?)(?=公司)", ""),
    # made: 搞/弄/整/鼓捣/做 了个 -> 完成 (an improvement) or 研制 (a thing)
    (r"(?:搞|弄|整|鼓捣|捣鼓|做)了(?:一)?个(?=[^，；。]*?(?:改造|改进|革新|创新|攻关|发明|创造))", "完成了"),
    (r"(?:搞|弄|整|鼓捣|捣鼓)了(?:一)?套", "建立了一套"),
    (r"(?:搭|建)了(?:一)?个", "搭建了"),
    (r"(?:搞|弄|整|鼓捣|捣鼓|做)了(?:一)?个", "研制了"),
    (r"(?:搞|弄|整)出了?", "研制出"),
    (r"(?:琢磨|鼓捣|捣鼓)出(?:了)?", "钻研出"),
    (r"小(改造|改进|革新|发明|创造|窍门)", r"技术\1"),
    (r"技术(发明|创造|窍门)", r"\1"),
    (r"开了(?:一)?个", "创办了"),
    # won: 拿 -> 获得
    (r"拿(?:了|过|到了?)(?:一)?个?", "获得"),
    # saved and raised: 省了 -> 节约, 降了 -> 降低了, 提到了 -> 提高到
    (r"一年(?:给|为)?(?:厂里|公司|单位|企业)?省了?", "每年节约"),
    (r"(?:给|为)(?:厂里|公司|单位)省了?", "为企业节约"),
    (r"省了", "节约了"),
    (r"降了", "降低了"),
    (r"提到了?", "提高到"),
    (r"少了", "减少了"),
    (r"没出过", "未发生过"),
    (r"干活", "工作"),
    (r"厂里", "企业"),
    (r"啥", "什么"),
    (r"咋", "怎么"),
)
_TABLE = tuple((re.compile(p), r) for p, r in REGISTER)


def formal(text: str) -> str:
    """``text`` in the forms' register: each ``REGISTER`` row applied in order."""
    for pattern, repl in _TABLE:
        text = pattern.sub(repl, text)
    return text
