"""Two word classes of posts (``language/data/post_words.json``): the head of a whole company or a line of its
business ("技术副总", "副总经理"), and the title of a graded occupation that names hands-on work ("养老护理员",
"质检员"). Small pure readers for ``extract.roles`` and ``extract.jobs``."""

from __future__ import annotations

import functools
import re

from assistant.language.datafiles import data_json, words_pattern

__all__ = ["executive", "hands_on_title", "own_hands", "post_in_words"]


@functools.lru_cache(maxsize=1)
def _readers() -> tuple[re.Pattern[str], re.Pattern[str]]:
    t = data_json("post_words.json")
    # "副总" but not "副总工程师" (a chief engineer's deputy, a technical post) nor "总经理助理"
    head = re.compile(rf"(?:{words_pattern(t['executive'])})(?!工|师|助理|办|秘书)", re.I)
    title = re.compile(rf"(?:我|俺|本人)?(?:是|当|做|干)?(?:一名|一个|个)?[\u4e00-\u9fff]{{0,4}}?"
                       rf"(?:{words_pattern(t['hands_on_stems'])})(?:{words_pattern(t['title_suffix'])})(?:的)?", re.I)
    return head, title


@functools.lru_cache(maxsize=1)
def _runs_and_hands() -> tuple[re.Pattern[str], re.Pattern[str]]:
    t = data_json("post_words.json")
    # "管生产", "分管质量", "管人" — not 管线 (pipes), 管理员, 管工 (a pipe fitter), nor the machines one keeps
    # ("管生产设备的维修")
    runs = re.compile(rf"(?:{words_pattern(t['runs_verbs'])})(?:整个|全厂的?|车间的?)?(?:{words_pattern(t['runs_objects'])})"
                      r"(?!线|员|工|道|件|设备|机|系统|数据|的设备|的机)")
    return runs, re.compile(words_pattern(t["hands"]))


def post_in_words(text: str) -> str | None:
    """The post a short reply to "您目前在一线技术岗位，还是管理或行政岗位？" says in everyday words: a company head
    or running a part of the business is "management", or "open" where one's hands are said to be on the work too
    ("技术副总，但也常下车间": asked, not decided); a post supporting the work ("仓管") is "administrative"; a hands-on
    occupation's title ("质检员") "frontline_technical"; None where these words say nothing (the reply's table reads it)."""
    from assistant.extract.support_posts import support_post
    from assistant.language.clauses import affirmed

    said = "，".join(affirmed(text or ""))
    if not said:
        return None
    runs, hands = _runs_and_hands()
    if executive(said) or runs.search(said):
        return "open" if hands.search(said) else "management"
    if re.search(data_json("post_words.json")["also_holds"]["pattern"], said):
        return "open"  # "其实我还兼着首席架构师": a post beside another, asked
    if support_post(said) or support_post("做" + said):
        return "administrative"
    if hands_on_title(said):
        return "frontline_technical"
    return None


def executive(text: str) -> re.Match[str] | None:
    """Where ``text`` names the head of a whole company or of a line of its business ("我是技术副总", "当了副总经理")."""
    return _readers()[0].search(text or "")


def hands_on_title(text: str) -> bool:
    """Whether ``text`` is the title of a graded occupation of hands-on work and no more ("养老护理员", "我是质检员",
    "电梯维修工"): a front-line post, where nothing else is said of it."""
    said = re.sub(r"[\W_]", "", text or "")
    return bool(said) and bool(_readers()[1].fullmatch(said))


def own_hands(text: str) -> bool:
    """Whether a reply to the post question says, in an affirmed clause, that the asker does the work with their own
    hands ("在车间 天天上手", "不是管理 就是干活的"); only the chat reads it, as that question's answer."""
    from assistant.language.clauses import affirmed

    said = "，".join(affirmed(text or ""))
    return bool(said) and bool(re.search(words_pattern(data_json("post_words.json")["own_hands"]["words"]), said))
