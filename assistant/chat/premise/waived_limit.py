"""A limit said to hold where the notice waives it: "杭州工匠获得世界技能大赛前3名的也要干满10年吧" against "（符合此条，不受
工作年限的限制。）", "第四届数字工匠拿过省级科技奖的也得干满5年吧" against "…获得过省级及以上科学技术类奖项的,可不受工作年限
限制".

The premise names a condition ("获得世界技能大赛前3名的", "拿过省级科技奖的") and says a limit still holds for it (也要, 也得,
还得 … with a number of years or an age). The notice's sentence that waives that limit (不受…年限/年龄…限制) for a
condition sharing the premise's words is looked up anywhere in the asked notice, as the sentence retrieval picks may
be the general rule ("一般在5年以上") instead.

Run with:  .venv/bin/python -m pytest -q tests/chat/test_waived_limit.py
"""

from __future__ import annotations

import re

__all__ = ["waived_premise"]

# the limit a sentence waives, by the unit a premise says it in
_WAIVES = re.compile(r"(?:可以?)?不受[^，,。；;]{0,6}?(年限|年龄)[^，,。；;]{0,3}?限制")
_UNIT_OF = {"年限": "年", "年龄": "岁"}
# a limit said to hold still, for the condition the premise names ("…的也要干满10年", "还得满5年")
_STILL = re.compile(r"也要|也得|也需要?|还要|还得|还需要?|照样要|照样得|同样要|一样要|也必须|也是要|也一样要|仍然要|仍要")
# words of a premise that name no condition: the limit's own words, and the asker's verbs of working
_NOT_CONDITION = re.compile(r"[0-9０-９一二两三四五六七八九十]+\s*(?:周岁|年|岁)|干满|做满|工作|年限|年龄|满|以上|以下")


def waived_premise(corpus, program: str, question: str) -> tuple[str, tuple[str, str]] | None:
    """("不对，…", (clause_id, sentence)) when the question says a limit of years or age still holds for a condition
    whose sentence in ``program``'s notice waives that limit; None otherwise."""
    from assistant.chat.premise import claims
    from assistant.chat.rules.programme_words import topic_only
    from assistant.notices.text import letter_pairs, sentences
    from assistant.notices.vocabulary import expansions

    bare = topic_only(question or "")
    still = _STILL.search(bare)
    if still is None:
        return None
    units = {u for _, u in claims(bare[still.start():])}
    condition = _NOT_CONDITION.sub(" ", bare[:still.start()])
    asked = letter_pairs(f"{condition} {' '.join(expansions(condition))}")
    if not units or len(asked) < 2:
        return None
    best = None
    for clause in corpus.clauses(program):
        if not clause.path:
            continue
        said = sentences(clause.own_text or clause.text)
        for at, sentence in enumerate(said):
            m = _WAIVES.search(sentence)
            if m is None or _UNIT_OF[m.group(1)] not in units:
                continue
            # the condition waived is before the waiver, in its sentence or, for a note of its own ("（符合此条，不受工作
            # 年限的限制。）"), the sentence before it
            alone = sentence.lstrip("（(").startswith(("符合此条", "符合该条", "符合上述"))
            before = (said[at - 1] + " " if alone and at else "") + sentence[:m.start()]
            shared = len(asked & letter_pairs(before))
            if shared >= 2 and (best is None or shared > best[0]):
                quoted = f"{said[at - 1]}{sentence}" if alone and at else sentence
                best = (shared, clause.clause_id, quoted.strip(), m.group(0))
    if best is None:
        return None
    _, clause_id, sentence, waiver = best
    return f"不对，通知写的是“{waiver}”，符合这一条的不用满足这个要求：见下面的原文。", (clause_id, sentence)
