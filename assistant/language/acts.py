"""Whether a clause tells the speaker's own act or only mentions a kind's words: 参加了标准宣贯培训, 听过技术革新讲座,
看了带徒成果展 name 标准, 技术革新, 带徒 as the topic of an event or a medium the speaker attended, heard, saw or read,
not as a deed. The verbs and heads are data (``data/lexicon.json``, ``mention``); the verb is found among jieba's
words (its tags are not trusted alone: it tags 参观 and 报 as nouns), so 参加 inside a word (参加者) is no verb.

A mention is read as no kind at all (``classify.affirmed_parts`` takes every kind away from it), and the checker
quotes the clause and leaves the alternative to the review, saying why it is not read as the speaker's achievement
(``eligibility.preds.lexicon``), rather than reading it as met.
"""

from __future__ import annotations

import functools
import re

from assistant.language.datafiles import data_json

__all__ = ["mention", "mention_verb"]


_THEN = "后|以后|之后|回来|并|而且|还|又|然后|再|接着"


@functools.lru_cache(maxsize=1)
def _table() -> tuple[re.Pattern, re.Pattern, re.Pattern]:
    t = data_json("lexicon.json")["mention"]
    return (re.compile(rf"(?:{t['verbs']})"), re.compile(t["heads"]), re.compile(t["acts"]))


def mention_verb(clause: str) -> str:
    """The verb of attending, hearing, seeing, reading or learning that governs ``clause``'s object when that object
    is an event or a medium (a head of ``mention.heads`` ends the clause) and no verb of an achievement
    (``mention.acts``) follows a connective of sequence between the two (后, 并, 还 …); "" otherwise.

    参加了浙江省地方标准的宣贯会 -> 参加; 听了一堂成果转化的公开课 -> 听; 参加了一项团体标准的编写 -> "" (编写 is
    no event: a share of the act); 听完讲座后自己动手改造了送料机构 -> "" (the clause ends on the deed)."""
    from assistant.retrieval.segment import tags

    verbs, heads, acts = _table()
    text = clause.strip(" ，,。；;！!")
    if owned := _owned(text, verbs):
        return owned
    if interest := re.search(data_json("lexicon.json")["mention"]["interest"], text):
        return interest.group()[-3:].lstrip("很挺比较非常特别一直")  # 对AI智能体很感兴趣: interest, no act
    head = heads.search(text)
    if not head:
        return ""
    at = 0
    for word, flag in tags(text):
        start, at = at, at + len(word)
        if start >= head.start():
            break
        m = verbs.match(text, start)  # from the word on: 看 了 is 看了, 报 了 is 报了
        if not m or len(m.group()) < len(word) and flag.startswith(("n", "a")) and word != "参观":
            continue  # 参加者, 学习型: a noun that holds the verb is no verb (jieba tags 参观 a noun all the same)
        if m.group().startswith("上") and re.search(r"[给为替帮教带]", text[:start]):
            continue  # 给新员工上过三年实操课: the speaker taught the class
        if text[m.end():m.end() + 1] in ("成", "出") or text[m.end():m.end() + 2] == "了成":
            continue  # 把多年经验整理成作业指导书: what is made, not papers handled
        between = text[m.end():head.start()]
        # an act verb after a connective of sequence (参加培训后编写了培训教材, 参加了宣贯会并起草了…) starts a deed of
        # the speaker's own; one with none before it modifies the head (智能体开发的网课, 带徒成果展)
        if not re.search(rf"(?:{_THEN})[^，。]*?(?:{acts.pattern})", between):
            return m.group()
    return ""


def _owned(text: str, verbs: re.Pattern) -> str:
    """The mention verb whose object is another person's thing (学习了全国劳模的绝技绝活, 看过师傅的绝活), or ""."""
    owned = re.search(data_json("lexicon.json")["mention"]["owned"], text)
    if not owned:
        return ""
    m = next((m for m in verbs.finditer(text[:owned.start()])), None)
    if m is None or re.search(r"我|本人|自己", text[m.end():owned.start()]):
        return ""
    return m.group()


def mention(clause: str) -> bool:
    """Whether ``clause`` only mentions what it names (``mention_verb``): the speaker attended, heard, saw, read or
    learnt about it."""
    return bool(mention_verb(clause))
