"""Who a premise says a group is made of or an act is open to: a member said absent ("专家里没有主管部门的人吧"),
a group said to be of one kind only ("评委应该都是大学里的教授吧"), an act said open to some only ("只有本单位的职工能提
异议吧").

Run with:  .venv/bin/python -m pytest -q tests/chat/test_anyone_premise.py tests/chat/test_only_kind_premise.py
"""

from __future__ import annotations

import re

from assistant.chat.premise.route import _step_words

# "都是/全是/只有/清一色 X" said of who or what a group is: an exclusive kind the premise asserts
_ONLY_KIND = re.compile(r"(?:都|全|全部|清一色|只)(?:是|得是|要是|能是|有)([^，,。？?！!]{2,14}?)(?:吧|吗|对吧|是吧|嘛|呢|\s*$)")


def _only_kind(question: str, quote: str) -> str | None:
    """The kind a premise says a group is made of only ("都是大学里的教授"), when the quote lists the group's members
    (a list with 、) and names none of the kind's words; None otherwise."""
    m = _ONLY_KIND.search(question or "")
    if not m or "、" not in (quote or ""):
        return None
    kind = m.group(1).strip()
    # "阿里的专家": the qualifier decides, since the list may well hold the head noun (知名专家)
    words = _step_words(kind.rsplit("的", 1)[0] if "的" in kind else kind)
    if not words or any(w in quote for w in words):
        return None
    return kind


# A member a premise says a group lacks ("没有主管部门的人", "不包括协会的代表", "媒体的人不参加"): the words of
# absence, as a class, and what follows the member named (people of it, taking part, being in it).
_ABSENT = re.compile(r"(?:没有|没|不包括|不包含|不含|不算上?)(?P<who>[^，,。？?！!、]{2,10}?)"
                     r"(?:的人|的代表|的专家|的人员|参加|参与|在内|在里面|在里头)")


_MADE_OF = re.compile(r"组成|等方面|成员|团队|小组")


def _absent_member(question: str, quote: str) -> str | None:
    """The member a premise says a group lacks, when the quote lists whom the group is made of (a list with 、) and one of
    them holds the member's words ("没有主管部门的人" against "由数字领域知名专家、行业主管部门、社会组织等方面人员
    组成"); None otherwise."""
    m = _ABSENT.search(question or "")
    if not m:
        return None
    # a list of whom a body is made of ("…等方面人员组成", "领导小组成员"), not one of requirements ("在职职工、工会会员")
    listed = [seg for seg in re.split(r"[，,。；;]", quote or "") if "、" in seg and _MADE_OF.search(seg)]
    words = _step_words(m.group("who"))
    return next((m.group("who") for seg in listed if words and all(w in seg for w in words)), None)


# A premise that only some may act ("只有本单位的职工能提异议吧", "只限会员才可以报名吧"): the restricting word, who it
# admits, and the act; and the class of words with which a notice opens an act to everyone ("任何组织和个人均可…").
_RESTRICTED = re.compile(r"(?:只有|只能是|只能|只限|仅限|仅有|仅|就只有|光)(?:是|让|由)?(?P<who>[^，,。？?！!]{1,12}?)"
                         r"(?:才|就)?(?:能|可以|可|有权|允许)(?P<act>[\u4e00-\u9fff]{1,16})")
ANYONE = ("任何组织和个人", "任何单位和个人", "任何组织或个人", "任何单位或个人", "任何人", "任何组织", "任何单位",
          "所有人", "全体", "均可", "都可以", "不限")
_PARTICLES = re.compile(r"(?:的)?(?:吧|吗|呢|嘛|啊|呀)+$|的$")


def _anyone_correction(question: str, quote: str) -> str | None:
    """"不对，…" when the question says only some may do an act and the quote opens that act to everyone (a phrase
    of ANYONE in the same stretch as a word pair of the act); None otherwise."""
    m = _RESTRICTED.search(question or "")
    if not m:
        return None
    act = _PARTICLES.sub("", m.group("act"))
    pairs = {act[i:i + 2] for i in range(len(act) - 1)}
    for stretch in re.split(r"[，,。；;]", quote or ""):
        said = re.sub(r"\s+", "", stretch)
        if any(w in said for w in ANYONE) and any(p in said for p in pairs):
            return f"不对，通知写的是“{said}”，不只是{m.group('who').rstrip('的')}：见下面的原文。"
    return None


def anyone_premise(corpus, program: str, question: str) -> tuple[str, tuple[str, str]] | None:
    """("不对，…", (clause_id, sentence)) when a sentence anywhere in ``program``'s notice opens to everyone the act
    the question says only some may do: retrieval may pick the sentence naming who the question names ("只有本单位
    的人能提异议吧" finds 本单位…公示) rather than the one saying who may act; None otherwise."""
    from assistant.chat.rules.quotes import _candidates, is_form_row

    if not _RESTRICTED.search(question or ""):
        return None
    found = []
    for clause in corpus.clauses(program):
        if not clause.path:
            continue
        for unit in _candidates(clause, ""):
            line = None if is_form_row(unit) else _anyone_correction(question, unit)
            if line:
                found.append((len(clause.path), line, (clause.clause_id, unit)))
    if not found:
        return None
    # a parent item repeats its children's words: the deepest clause holding the sentence is the one that says it
    _, line, quote = max(found, key=lambda f: f[0])
    return line, quote


def _absent_correction(question: str, quote: str) -> str | None:
    """"不对，…" naming the member the question says a listed group lacks."""
    absent = _absent_member(question, quote)
    if absent:  # "专家里没有主管部门的人吧" against a list of who the panel is made of, naming them
        return f"不对，通知列的人员里有“{absent}”方面的：见下面的原文。"
    return None


def _only_kind_correction(question: str, quote: str) -> str | None:
    """"不对，…" when the question says a listed group is of one kind only and the list names none of it."""
    only = _only_kind(question, quote)
    if only:  # "评委应该都是大学里的教授吧" against a list of who the panel is made of, naming no 教授
        return f"不对，通知没有写都是“{only}”，它列的是好几方面的人员：见下面的原文。"
    return None


# A group said to hold one member only, as a class of words of exclusiveness: before the member ("就只有“鲲鹏企业”一个",
# "不就是市总工会自己几个领导", "只是…", "无非是…") or after it ("市总工会一家定的", "…自己定"). The member is what stands
# between the word and the next of 一个/一家/自己/几个/的/a particle.
_SOLE_BEFORE = re.compile(r"(?:就只有|只有|只是|仅有|就是|不就是|无非是|无非就是|光是|单单)(?P<who>[^，,。？?！!、]{2,12}?)"
                          r"(?=一个|一家|一种|一项|自己|自家|几个|这一个|的(?:人|领导)|[吧嘛吗呢啊]|[，,。？?！!]|$)")
_SOLE_AFTER = re.compile(r"(?:是|由|归)?(?P<who>[^，,。？?！!、是由归]{2,10}?)(?:一家|自己一家|单独|独家)"
                         r"(?:定|说了算|评|审|拍板|决定|负责|管)")
# the items of a list in a quote: a 、 list, or the □ options of a form's row
_ITEM_EDGE = re.compile(r"[、□]|和|及")
_QUOTES = re.compile(r"[“”\"'‘’]")


def _sole_member(question: str) -> str | None:
    """The one member a premise says a group holds ("就只有“鲲鹏企业”一个吧" -> 鲲鹏企业), or None."""
    m = _SOLE_BEFORE.search(question or "") or _SOLE_AFTER.search(question or "")
    return _QUOTES.sub("", m.group("who")).strip() if m else None


def _sole_correction(question: str, quote: str) -> str | None:
    """"不对，…" when the premise says a group holds one member only and the quote lists that member with others (an
    item of a 、 or □ list holds the member's words, and the list has other items)."""
    who = _sole_member(question)
    words = _step_words(who) if who else []
    if not words:
        return None
    for seg in re.split(r"[，,。；;：:]", quote or ""):
        items = [i.strip(" \t_") for i in _ITEM_EDGE.split(seg) if i.strip(" \t_")]
        if len(items) < 2:
            continue
        holding = [i for i in items if all(w in i for w in words)]
        if holding and len(items) > len(holding):
            listed = re.sub(r"\s*[□_]+\s*", "、", seg).strip("、 ")
            return f"不对，通知列的不只是“{who}”，而是“{listed}”：见下面的原文。"
    return None
