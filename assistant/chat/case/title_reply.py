"""A reply to the titles question that names a title with its round or a holding word ("就是首届的杭州数字工匠",
"数字工匠 第二届", "有 省首席"): the title held, not a turn of the talk to the programme of that name.

A programme's name said alone, or with a word that turns the talk ("换成首届数字工匠", "那浙派工匠呢"), still turns it.
"""

from __future__ import annotations

import datetime as dt
import re

from assistant.chat.case.replies import read_reply
from assistant.chat.case.said import asks
from assistant.chat.case.state import Pending

__all__ = ["names_title_held"]

# words that turn the talk to another programme rather than answer: a change, a request to look, a "what about"
_TURNS = re.compile(r"换|改成|改问|问问|问下|看看|说说|还是|那(?!个|年|会|时|次)|呢")


def names_title_held(pending: Pending | None, text: str, today: dt.date, named_asked: bool = False) -> bool:
    """Whether ``text``, said while the titles question is pending, answers it with a title held and more than the
    title's bare name (its round, its year, a holding word), asking nothing and turning the talk nowhere. With
    ``named_asked`` (the asker said they hold one, and its name was asked: "您说有，是哪个…？") the bare name answers."""
    if pending is None or "prior_titles" not in pending.fields or asks(text) or _TURNS.search(text):
        return False
    titles = read_reply("prior_titles", text, today).get("prior_titles")
    if not titles:
        return False
    from assistant.extract.honours import titles_in
    from assistant.extract.patterns import TITLES

    rest = text
    for _, pattern in TITLES:
        rest = pattern.sub("", rest)
    return bool(titles_in(text)) and (named_asked or bool(re.sub(r"[\W_\s]", "", rest)))
