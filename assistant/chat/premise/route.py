"""Steps of the route a premise supposes can be skipped or are enough: an employer or an association bypassed
("个人直接交，不用走单位吧"), a step or paper left out ("首席技师不用公示吧"), one paper said to be enough ("只要交个推荐表
就行了吧"), and a requirement added that the notice does not state ("还得是党员对吧").

Run with:  .venv/bin/python -m pytest -q tests/chat/test_step_premises.py
"""

from __future__ import annotations

import re

from assistant.chat.premise.channels import HANDED_IN
from assistant.chat.premise.counts import claims
from assistant.notices.text import parts

# A step of the route the asker says can be skipped ("不用走单位", "不需要经过协会", "用不着单位推荐"), or a hand-in
# said as the asker's own ("个人直接交", "自己单独报", "我直接寄"), which skips the employer the route goes through.
# Each family: the words the question may use for the step, and the words a route sentence names it by.
BYPASSED: dict[str, tuple[str, str]] = {
    "单位": (r"单位|公司|厂里?|企业|用人单位|所在单位", r"推荐单位|所在单位|单位推荐|单位申报|单位组织|由单位|本单位|基层单位|单位民主推荐"),
    "行业协会": (r"协会|学会|社团", r"协会|学会|社会团体"),
    "区县": (r"区里|区县|县里|区总工会|县总工会|区人社|区上", r"区县|区、县|各区|县（市）|县\(市\)"),
    "市里": (r"市里|地市|设区市", r"各市|设区市|市人力社保部门"),
}
_SKIP = r"(?:不用|不需要|无需|不必|用不着|不经过|不通过|不用经过|不需要经过|绕过|绕开|跳过|不走|省掉|免了)"
_SKIP_VIA = r"(?:走|经过|通过|找|经|让|由|给)?"
# what a unit does that is no step of the route: "不用单位盖章" waives a seal (waived_item), not the unit
_NOT_A_STEP = r"(?:盖章|签字|签名|证明|意见|出具|公章|开证明)"
_OWN_HAND_IN = re.compile(r"(?:个人|自己|我|本人|自个儿?)[^，,。；？?]{0,3}(?:直接|单独|自己)[^，,。；？?]{0,6}"
                          r"(?:交|报|寄|送|递|发|提交|申报)")


def bypassed(question: str) -> list[str]:
    """The route steps a question says can be skipped ("不用走单位" -> 单位); a hand-in said as the asker's own
    ("个人直接交到市总工会就行") skips 单位 unless another step is named."""
    out = [name for name, (said, _) in BYPASSED.items()
           if re.search(f"{_SKIP}{_SKIP_VIA}[^，,。；？?]{{0,3}}?(?:{said})(?![^，,。；？?]{{0,2}}{_NOT_A_STEP})", question or "")]
    if not out and _OWN_HAND_IN.search(question or ""):
        out = ["单位"]
    return out


def _bypass_correction(question: str, quote: str) -> str | None:
    """"不对，…" when the question skips a step the quote's route goes through: "个人直接交给市总工会，不用走单位吧"
    against "请各推荐单位…报送至市总工会经济工作部"; "自由职业的不用经过协会吧" against "自由职业者应通过相应的行业协会
    组织进行推荐". Only a stretch of the quote that hands in or recommends counts as its route."""
    route = [seg for seg in parts(quote) if HANDED_IN.search(seg) or "通过" in seg]
    for name in bypassed(question):
        if any(re.search(BYPASSED[name][1], seg) for seg in route):
            return f"不对，按通知规定要经过{name}，不能由个人直接报送：见下面的原文。"
    return None


# A step or paper the asker supposes can be left out ("不用公示吧", "自己不用准备啥材料", "不用搞民主推荐吧", "不用别的
# 条件吧"): the words after the waiving verb, up to the clause's end or its question particle. And one thing said to
# be enough ("只要交个推荐表就行了吧", "光有单位推荐就够了吧"): the words between 只要 and 就行.
_WAIVING = re.compile(r"(?:不用|不需要|不需|不要|无需|不必|用不着|省掉|免了)(?:再|还|额外|另外|专门|去)?"
                      r"([^，,。；;？?！!]{1,10}?)(?:了吧|了吗|吧|吗|么|呢|[，,。；;？?！!]|$)")
_ENOUGH = re.compile(r"(?:只要|只需要?|只用|只|光|仅仅?|单单)(?:交|报|填|提供|准备|有|经过|走|靠)?(?:个|一份|一张|一个)?"
                     r"([^，,。；;？?！!就]{2,10}?)(?:就行|就可以|就够|就完事|就好|就成|就能|就得了|便可)")
# words of such a stretch that name no step or paper: the asker's verbs of doing and their pronouns
_NO_STEP = frozenset({"准备", "自己", "我们", "本人", "个人", "东西", "什么", "别的", "其他", "其它", "另外", "额外",
                      "手续", "一下", "这个", "那个", "这些", "那些", "还要", "需要", "一定", "专门", "操心", "管"})
_WAIVED_IN_QUOTE = re.compile(r"无需|不用|不需|不必|免|不得|不予|不作为|不再")
_LISTING = re.compile(r"、|和|及|连同|以及|并|同时")


def _step_words(stretch: str) -> list[str]:
    from assistant.retrieval.segment import segmenter

    return [w for w in segmenter().lcut(stretch) if len(w) >= 2 and re.fullmatch(r"[\u4e00-\u9fff]+", w)
            and w not in _NO_STEP]


def _step_correction(question: str, quote: str) -> str | None:
    """"不对，…" when the question supposes a step or a paper can be left out and the quote requires it ("首席技师不用
    公示吧" against "确定申报人选时应…进行公示"), or supposes one thing is enough where the quote lists it with
    others ("只要交个推荐表就行了吧" against "将《推荐表》和汇总表、申报支撑材料…报送"). A stretch of the quote
    saying the thing is waived ("可通过网上校验的无需提供") requires nothing."""
    # a bracketed exception ("（可通过网上校验的无需提供）") waives only what it names, not its sentence's list
    bare = re.sub(r"[（(][^（()）]*[）)]", lambda m: "" if _WAIVED_IN_QUOTE.search(m.group(0)) else m.group(0), quote or "")
    segments = [seg for seg in re.split(r"[，,。；;]", bare) if seg]
    for m in _WAIVING.finditer(question):
        # the thing after the verb ("不用公示"), or, when that is only a verb ("不需要交了吧"), before it in its clause
        # ("荣誉证书复印件不需要交了吧", "公示那一步不用做了吧")
        words = _step_words(m.group(1)) or _step_words(re.split(r"[，,。；;？?！!]", question[:m.start()])[-1])
        for word in words:
            if any(word in seg and not _WAIVED_IN_QUOTE.search(seg) for seg in segments):
                return f"不对，通知对{word}有明确要求，不能省：见下面的原文。"
    enough = _ENOUGH.search(question)
    if enough:
        for word in _step_words(enough.group(1)):
            if any(word in seg and _LISTING.search(seg) and not _WAIVED_IN_QUOTE.search(seg) for seg in segments):
                return f"不对，通知要求的不只是{word}：见下面的原文。"
    return None


# A clause adding a requirement beside the values a premise asserts ("…，还得是党员对吧", "…，另外必须有本科学历吧").
_ADDED = re.compile(r"还得|还要|还需|还必须|另外(?:还)?(?:要|得|必须)|并且(?:要|得)|而且(?:要|得)|同时(?:要|得)")


def unstated_requirement(question: str, quote: str) -> str | None:
    """The words of a requirement the question adds in a clause of its own, holding no value, when the quote names
    none of them; None when it adds none or the quote names it."""
    for clause in re.split(r"[，,；;。？?！!]", question or ""):
        m = _ADDED.search(clause)
        if not m or claims(clause):
            continue
        words = _step_words(clause[m.end():])
        if words and not any(w in (quote or "") for w in words):
            return "".join(words)
    return None
