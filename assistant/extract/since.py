"""Starts said by their sentence shape rather than by a verb of starting, rewritten into the shape the start reader
(``extract.work``) knows: "打从2012年起我就在干钳工" is "2012年起就一直在干钳工", "干这行是从2010年开始的" is
"2010年开始干这行".

    >>> since_said("自打2002年进厂就在这台机子上")
    '2002年进厂就一直在这台机子上'
"""

from __future__ import annotations

import re

__all__ = ["since_said"]

_YEAR = r"(?:(?:19|20)?[0-9]{2}|(?:[一二][〇零一二三四五六七八九])?[〇零一二三四五六七八九]{2})年(?:底|初|年底|年初|[0-9]{1,2}月|[一二三四五六七八九十]{1,2}月)?"
# 自打/打从/自从 before a time says the state after it has held from then on: since, up to now ("打从2012年起我就在
# 这个厂", "自从零五年进了厂就没挪过窝"); 就 ties what follows to the start, 一直 says it outright
_SINCE = re.compile(rf"(?:自打|打从|自从|从打)(?P<t>{_YEAR})(?P<mid>起|开始|以来|那会儿?起?|那时起?)?"
                    r"(?P<rest>[^，,。；;]*)")
_TIED = re.compile(r"(?:就|便)(?!一直|始终)")
# the work named, then when it began as its predicate ("干这行是从2010年开始的", "我做钳工是零八年起的", "学木雕是98年开始的")
_WORK_THEN_START = re.compile(rf"(?P<work>(?:干|做|搞|从事|学|当)[^，,。；;是]{{1,8}}?)(?:是|那是)(?:从|打|在)?(?P<t>{_YEAR})"
                              r"(?:就)?(?:开始|起|入的行|入行)(?:的|干的|做的|学的)?")


def since_said(text: str) -> str:
    """``text`` with a start said by 自打/打从/自从, or by the work then 是…开始的, in the start reader's shape; unchanged
    otherwise."""
    m = _WORK_THEN_START.search(text)
    if m:
        text = f"{text[:m.start()]}{m['t']}开始{m['work']}{text[m.end():]}"
    m = _SINCE.search(text)
    if not m:
        return text
    rest = m["rest"]
    tied = _TIED.search(rest)
    if tied:
        rest = f"{rest[:tied.end()]}一直{rest[tied.end():]}"
    elif not re.match(r"(?:我|俺)?(?:一直|始终)", rest):
        rest = "一直" + rest
    return f"{text[:m.start()]}{m['t']}{m['mid'] or ''}{rest}{text[m.end():]}"
