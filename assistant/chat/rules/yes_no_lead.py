"""The 不 first of a yes/no question whose answering sentence rules the asked thing out.

"比赛第一直接认定的要占区里的推荐名额吗" is answered by "…在申报时不占推荐名额"; "退休的能推荐吗" by "退休人员不作为
推荐对象". The asker wants the no first, then the sentence: the lead is 不 and the stretch of the sentence that negates
the thing ("不，在申报时不占推荐名额。"), in the notice's words, so it says no more than the notice does. A sentence
stating the thing with no negation before it gets no lead (its yes may hang on conditions it goes on to set), nor one
waiving a limit ("可不受工作年限的限制" is a yes); a premise ("…不占的吧") is settled by the premise check, not here.
"""

from __future__ import annotations

import re

from assistant.chat.rules.things import Thing, content_words, holds_thing, said_as

__all__ = ["negated_lead"]

# a negation governing what follows it in a rule: 不得 / 不予 / 不再 / 不作为 / 不占 …, just before the thing's word
_NEGATION = re.compile(r"不(得|予|再|作为|占|计入|能|可|需要?|用|必)?")
_MAY_VERBS = frozenset({"得", "予", "再", "作为", "能", "可"})
_MUST_VERBS = frozenset({"需", "需要", "用", "必"})
_MAY = re.compile(r"能|可以|可不可以|让不让|行不行|允许|还让")
_MUST = re.compile(r"要|需要|得|必须|非得")
_WAIVED = re.compile(r"不受")
_STRETCH = re.compile(r"[^，。；;,：:\n]+")
_NEAR = 6  # characters at most between the negation and the thing's word


def negated_lead(question: str, thing_: Thing | None, quote: str) -> str | None:
    """"不，在申报时不占推荐名额。" when ``quote`` negates the asked thing within one stretch, in the act the question
    asks about (占 for "要占…吗", may for "能…吗", must for "要…吗"); else None. A question asking for content ("能推荐
    多少个") gets none."""
    from assistant.language.asking import asks_content

    if thing_ is None or not thing_.words or asks_content(question):
        return None
    for stretch in _STRETCH.findall(quote or ""):
        if not holds_thing(thing_, stretch) or _WAIVED.search(stretch):
            continue
        for word in thing_.words:
            for term in said_as(word):
                at = stretch.find(term)
                negation = list(_NEGATION.finditer(stretch[max(0, at - _NEAR):at])) if at > 0 else []
                if negation and _same_act(question, negation[-1].group(1)):
                    return f"不，{stretch.strip()}。"
    return None


def _same_act(question: str, verb: str) -> bool:
    """Whether the question asks about the act the notice negates: may ("能", "可以": 不得, 不予, 不再, 不作为), must
    ("要", "需要": 不需, 不用, 不必), or the verb itself or a word the notices say it by ("挤掉" for 占)."""
    if verb in _MAY_VERBS or not verb:
        return bool(_MAY.search(question)) if verb else bool(_MAY.search(question) or _MUST.search(question))
    if verb in _MUST_VERBS:
        return bool(_MUST.search(question))
    return verb in question or any(verb in said_as(w) for w in content_words(question))
