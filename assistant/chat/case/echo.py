"""A reply that opens by echoing the thing asked ("省首席技师？一八年评上了", "会员？不是的"): the echo is the topic of
the answer after it, not a question of the asker's own."""

import re

from assistant.language.asking import asks

__all__ = ["unecho"]

# A short first clause closed by a question mark, with more said after it. People repeat the word of the question
# back ("荣誉？", "工会？") before they answer; read with its mark, the whole turn became a question about the notice
# and the answer after it (often a predicate with no object: "一八年评上了") lost the thing it is about.
_ECHO = re.compile(r"^(?P<echo>[^，,。；;？?！!\s]{1,10})[？?]+\s*(?P<rest>[^\s？?].*)$", re.S)


def unecho(text: str) -> str:
    """``text`` with an echoed question word joined to the answer after it as its topic; unchanged otherwise."""
    m = _ECHO.match(text or "")
    if not m or asks(m["echo"]):  # "哪个？…", "是不是？…": a question of its own, kept
        return text
    return f"{m['echo']}，{m['rest']}"
