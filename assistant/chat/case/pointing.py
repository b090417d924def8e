"""A reply that points at one of the choices the last answer offered, by its place ("前面那个", "第二个", "后一种",
"最后一个") rather than by its name.

The choices are the last answer's own: the quick replies of the question asked (选项: 无 / 初级工 / … / 高级技师), or
an alternative the answer named as still open ("…未注明是一类还是二类竞赛"), which need not be the question pending.
The pointed choice is returned in words (“一类竞赛”, “高级技师”), so the rest of the turn reads the reply as if the
choice had been named. A reply naming none, or a place the choices do not have, points at nothing.
"""

from __future__ import annotations

import re

from assistant.chat.case.state import Pending

__all__ = ["offered", "pointed"]

# places said of a list, as indexes (negative from the end); the word after the place (个/种/项/类) is optional
_NOT_LIST = r"(?![0-9名次届年天期轮批季])"  # 第一名, 第二届, 第三季度: a rank or a date, no place in a list
_PLACES = (
    (re.compile(rf"倒数第(?:二|2){_NOT_LIST}"), -2),
    (re.compile(r"最后(?:一|那)|最末|末尾"), -1),
    (re.compile(rf"第(?:一|1){_NOT_LIST}|头一|前面|前一|前者|上面那|左边"), 0),
    (re.compile(rf"第(?:二|2){_NOT_LIST}"), 1),
    (re.compile(rf"第(?:三|3){_NOT_LIST}"), 2),
    (re.compile(rf"第(?:四|4){_NOT_LIST}"), 3),
    (re.compile(rf"第(?:五|5){_NOT_LIST}"), 4),
    (re.compile(rf"第(?:六|6){_NOT_LIST}"), 5),
)
_BACK = re.compile(r"后面|后一|后者|下面那|右边")  # the second of two, the last of more
# the whole reply is the pointing, with a hedge or a word of choosing around it ("选第二个吧", "就是你说的后一种")
_POINTING = re.compile(r"^(?:嗯|哦|对|是|就|那|我)*(?:选|是|算|属于|就是|应该是|你说的|您说的)*(?P<at>[^，,。！!？?]{1,5}?)"
                       r"(?:个|种|项|类|档|那个|那种|那项|的)*(?:吧|啊|呀|呢|哈|了|的)*$")
# "是一类还是二类竞赛", "个人还是团体": the alternatives an answer leaves open
_STILL_OPEN = re.compile(r"是([^，,。；;？?！!（(是]{1,6}?)还是([^，,。；;？?！!（(）)]{1,8})")
_NOUN_TAIL = re.compile(r"(?:竞赛|比赛|大赛|赛|项目|证书|岗位|奖)$")


def _open_choices(answer: str) -> list[str]:
    """The first alternatives the answer's first screen leaves open ("未注明是一类还是二类竞赛" -> 一类竞赛, 二类竞赛)."""
    screen = answer.split("<details>")[0]
    m = _STILL_OPEN.search(screen)
    if not m:
        return []
    left, right = m.group(1).strip(), m.group(2).strip()
    tail = _NOUN_TAIL.search(right)
    if tail and not _NOUN_TAIL.search(left):
        left += tail.group()  # the noun said once after both: "一类还是二类竞赛"
    return [left, right]


def offered(pending: Pending | None, last_answer: str | None) -> list[str]:
    """The choices a reply can point at: the quick replies of the question asked when it offers two or more, else
    the alternatives the last answer left open."""
    if pending is not None and len(pending.options) >= 2:
        return list(pending.options)
    return _open_choices(last_answer or "")


def pointed(text: str, choices: list[str]) -> str | None:
    """``text`` with its first clause, when that clause only points at one of ``choices`` by its place, put as the
    choice's name ("第一个，我还天天上机" -> "一线技术岗位，我还天天上机"); None when it points at none."""
    if len(choices) < 2:
        return None
    first, sep, rest = re.sub(r"\s", "", text).partition("，") if "，" in text else (re.sub(r"\s", "", text), "", "")
    m = _POINTING.match(first)
    if not m:
        return None
    index = -1 if _BACK.search(first) else next((i for place, i in _PLACES if place.search(first)), None)
    if index is None or not -len(choices) <= index < len(choices):
        return None
    return choices[index] + sep + rest
