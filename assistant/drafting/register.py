"""From chat wording to a 推荐表's: colloquial verbs and pronouns rewritten, words only, never a fact added.

HR staff type the way they talk ("他自己搞了个焊缝跟踪的小改造，一年省了80多万"); a 主要事迹 reads "完成了焊缝跟踪
技术改造，每年节约80多万". ``REGISTER`` is the table, in order (longer phrasings first); ``formal`` applies it. Every
row keeps each number, name and object of the text it rewrites, so the grounding check reads the result as it
reads the user's words (``material.clean_phrase`` applies it to both). Applied twice, a row changes nothing more
(the drafter rewrites a run and then each clause of it).
"""

from __future__ import annotations

import re

__all__ = ["REGISTER", "formal"]

_N = r"[0-9一二两三四五六七八九十百千]+"
# Came up with, in talk (琢磨了个…法子, 摸索出一套…, 倒腾出个…): the formal verb, the measure kept but for 个
_WORKED_OUT = {"琢磨": "钻研出", "倒腾": "钻研出", "鼓捣": "钻研出", "捣鼓": "钻研出", "摸索": "探索出", "研究": "研究出"}
_DONE = r"(?:出来?了?|了)"
# A way thought of before what it did (想了个办法把…, 想出个点子让…): the way, then what it changed
_A_WAY = r"想(?:了|出了?|出来了?)(?:一)?(?:个|条|种)(?:好|新)?(?:办法|法子|点子|招儿?|主意|妙招)"
# (colloquial, formal). A pattern may look ahead at the object: a 改造 is 完成, a device is 研制.
REGISTER: tuple[tuple[str, str], ...] = (
    # who: the candidate inside a clause is 该同志; a clause opening with 他/她 needs no subject
    (r"(?<=[，；])(?:他|她)(?:自己|本人)?(?:还|也)?", ""),
    (r"(?:他|她)自己", "该同志"),
    (r"(?:^|(?<=[，；]))(?:自己|亲自)", ""),
    (r"(?:我们|咱们?)(?=厂|车间|单位|部门|班组|医院|集团)", "本"),
    (r"(?:我们|咱们?)(?=公司)", ""),
    # made: 搞/弄/整/鼓捣/做 了个 -> 完成 (an improvement) or 研制 (a thing)
    (rf"{_A_WAY}，?把", "创新方法，将"),
    (rf"{_A_WAY}，?(?:让|使)", "创新方法，使"),
    (_A_WAY, "创新工作方法"),
    *((rf"{verb}{_DONE}(?:一)?个(?![^，；。]*?(?:改造|改进|革新|创新|攻关|发明|创造))", done)
      for verb, done in _WORKED_OUT.items() if verb not in ("鼓捣", "捣鼓")),
    *((rf"{verb}{_DONE}(?:一)?(套|种|条|项)", rf"{done}一\1") for verb, done in _WORKED_OUT.items()),
    (r"(?:鼓捣|捣鼓)出来?了?(?:一)?个", "钻研出"),
    (r"(?:搞|弄|整|鼓捣|捣鼓|做|琢磨|倒腾)了(?:一)?个(?=[^，；。]*?(?:改造|改进|革新|创新|攻关|发明|创造))", "完成了"),
    (r"(?:搞|弄|整|鼓捣|捣鼓)了(?:一)?套", "建立了一套"),
    (r"(?:搭|建)了(?:一)?个", "搭建了"),
    (r"(?:搞|弄|整|鼓捣|捣鼓|做)了(?:一)?个", "研制了"),
    (r"(?:搞|弄|整)出了?", "研制出"),
    (r"(?:琢磨|鼓捣|捣鼓)出(?:了)?", "钻研出"),
    # the way, said in talk: 法子, 土办法, 点子
    (r"土办法|(?:土)?法子", "方法"),
    (r"(?:好|新)?点子", "思路"),
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
    (r"(?<![减缩])少了", "减少了"),  # not again in 减少了
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
