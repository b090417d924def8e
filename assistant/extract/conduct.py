"""A disciplinary, legal or integrity matter the asker raises about themself ("前年厂里通报批评过我一次", "17年受过一个
警告处分"). Every notice asks for 遵纪守法 and none says which such matters bar an applicant, so the checker leaves
one that was said open (通知未明确, docs/verdict-policy.md); it is never asked for, and a denial ("没受过处分",
"无违法违纪记录") raises nothing."""

from __future__ import annotations

import re

from assistant.extract.text import Segment

__all__ = ["read_conduct"]

# The kinds of matter, by the words people use for them: a sanction at work or in the Party (处分, 记过, 通报批评),
# a breach (违纪, 违法, 犯罪), a court's or the police's measure (判刑, 拘留, 行政处罚), a credit listing (失信).
MATTER = re.compile(
    r"(?:警告|记过|记大过|降级|撤职|留用察看|开除|纪律|党纪|政务|行政|严重警告|党内警告)?处分|记(?:大)?过(?!年|节|账|录|数|住)"
    r"|通报批评|被通报|违纪|违规(?:被|受)|违法(?!违规建筑)|犯(?:过)?(?:罪|事|法)|判(?:过)?刑|判了\S{0,3}年|缓刑|坐(?:过)?牢|蹲过"
    r"|服刑|拘留|行政处罚|被罚(?:款|过|了)|罚过款|失信|被执行人|黑名单|受过处理|被处理过")
# what a matter said in the clause is not about: the rules asked about (handled as questions), or someone else's
_NOT_OWN = re.compile(r"(?:别人|同事|徒弟|师傅|领导|厂里有人|有人)(?:[^，,。]{0,6})(?:处分|通报|违纪|违法|拘留|判)")
# a denial of the matter itself, right before it ("没受过处分", "从来没有任何处分", "无违法违纪记录"); a negation
# of something else earlier in the clause ("安全帽没戴被罚过") denies nothing of it
_DENIED = re.compile(r"(?:没|没有|未|无|从没|从来没有?|从未|不曾|并未)(?:受过|受到|被|有过|有|犯过|吃过)?(?:任何|什么|啥)?$")
_MAX = 40
# the ask after the matter ("我受过处分还能报吗"): what is said back is the matter, not the question
_ASK = re.compile(r"(?:那|还|会|对|这)?(?:能不能|能报|能申报|可以报|可不可以|影响|有没有|要不要|算不算|会不会|还能|行不行|要紧)")


def read_conduct(segs: list[Segment]) -> dict[str, list]:
    """``{"conduct": [the clause]}`` for each asserting clause that says the asker had such a matter."""
    found: list[str] = []
    for seg in segs:
        if not seg.asserts:
            continue
        text = seg.text.replace("□", "").strip(" ，,。；;")
        m = MATTER.search(text)
        if not m or _NOT_OWN.search(text) or _DENIED.search(text[:m.start()]):
            continue
        ask = _ASK.search(text, m.end())
        found.append(text[:ask.start() if ask else None][:_MAX].rstrip(" ，,"))
    return {"conduct": ["；".join(dict.fromkeys(found))]} if found else {}
