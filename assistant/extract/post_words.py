"""Two word classes of posts (``language/data/post_words.json``): the head of a whole company or a line of its
business ("技术副总", "副总经理"), and the title of a graded occupation that names hands-on work ("养老护理员",
"质检员"). Small pure readers for ``extract.roles`` and ``extract.jobs``."""

from __future__ import annotations

import functools
import re

from assistant.language.datafiles import data_json, words_pattern

__all__ = ["executive", "hands_on_title"]


@functools.lru_cache(maxsize=1)
def _readers() -> tuple[re.Pattern[str], re.Pattern[str]]:
    t = data_json("post_words.json")
    # "副总" but not "副总工程师" (a chief engineer's deputy, a technical post) nor "总经理助理"
    head = re.compile(rf"(?:{words_pattern(t['executive'])})(?!工|师|助理|办|秘书)", re.I)
    title = re.compile(rf"(?:我|俺|本人)?(?:是|当|做|干)?(?:一名|一个|个)?[\u4e00-\u9fff]{{0,4}}?"
                       rf"(?:{words_pattern(t['hands_on_stems'])})(?:{words_pattern(t['title_suffix'])})(?:的)?", re.I)
    return head, title


def executive(text: str) -> re.Match[str] | None:
    """Where ``text`` names the head of a whole company or of a line of its business ("我是技术副总", "当了副总经理")."""
    return _readers()[0].search(text or "")


def hands_on_title(text: str) -> bool:
    """Whether ``text`` is the title of a graded occupation of hands-on work and no more ("养老护理员", "我是质检员",
    "电梯维修工"): a front-line post, where nothing else is said of it."""
    said = re.sub(r"[\W_]", "", text or "")
    return bool(said) and bool(_readers()[1].fullmatch(said))
