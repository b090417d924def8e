"""A post that supports the work rather than does it, said in everyday words: "在仓库做仓管", "调到人事部了",
"前年转去做财务了", "现在管食堂". The word classes are in ``language/data/support_posts.json``; a post held now of
these is off the technical front line (administrative), unless the hands are said to be on the work too.
"""

from __future__ import annotations

import re
from functools import lru_cache

from assistant.language.datafiles import data_json, words_pattern

__all__ = ["support_post"]

_CLAUSE = re.compile(r"[，,。；;！!？?\s]+")


@lru_cache(maxsize=1)
def _readers() -> dict[str, re.Pattern]:
    t = data_json("support_posts.json")
    posts, places, moves, doing = words_pattern(t["posts"]), words_pattern(t["places"]), words_pattern(t["moves"]), words_pattern(t["doing"])
    # the software or the systems of a support post are technical work ("做财务软件开发", "仓储系统"), not the post
    tool = r"(?!软件|系统|平台|数据|算法|开发|程序|模块|信息化|数字化|机器人|自动化|设备)"
    self_lead = r"^(?:我|本人|俺)?(?:现在|目前|如今|一直|就)?"
    held = re.compile(rf"(?:{doing})(?:了|的|个|一个|一名)?(?:{posts}){tool}"  # "做仓管", "当保安"
                      rf"|(?:{words_pattern(t['duties'])}){tool}"  # "在厂里管仓库", "天天记账"
                      rf"|(?:{moves})(?:了)?(?:{doing})?(?:了)?(?:{posts}|{places}){tool}"  # "调到人事部", "转去做财务"
                      rf"|{self_lead}(?:是|就是)(?:[^，]{{0,12}}的)?(?:{posts})(?:的|了|呢)?$"  # "我是保安", "我是厂里的仓管"
                      rf"|{self_lead}在(?:{places})(?:里)?(?:上班|工作|干活|打杂|帮忙)?(?:的|了|呢)?$")  # "现在在食堂"
    # a person named by 老/小 and a surname ("老周", "小何") is asked about as much as "我们师傅"
    others = words_pattern(t["asked_about"]) + r"|[老小][\u4e00-\u9fff](?=的|[，,。\s]|$)"
    return {"held": held, "past": re.compile(rf"^(?:{words_pattern(t['past'])})"),
            "hands": re.compile(words_pattern(t["still_on_the_work"])), "move": re.compile(rf"(?:{moves})"),
            "asking_for": re.compile(rf"(?:{words_pattern(t['asking_for'])})[^，,。]{{0,6}}?(?:{others})")}


def support_post(text: str, context: str = "") -> bool:
    """Whether ``text`` says the post held now is one supporting the work ("在仓库做仓管", "去年调到人事部了") and no
    clause says the hands are still on it; a post of the past ("以前做仓管，后来转技术") is not held now, nor is the
    post of an asker who asks for someone else ("我是阀门厂的人事，问下我们两个师傅的事": ``context``, the message)."""
    r = _readers()
    clauses = [c for c in _CLAUSE.split(text or "") if c]
    if any(r["hands"].search(c) for c in clauses) or r["asking_for"].search(f"{text}，{context}"):
        return False
    found = [i for i, c in enumerate(clauses) if r["held"].search(c) and not r["past"].match(c)]
    if not found:
        return False
    # a later move away from the support post ("以前做仓管 后来转去做开发") leaves it behind
    return not any(r["move"].search(c) and not r["held"].search(c) for c in clauses[found[-1] + 1:])
