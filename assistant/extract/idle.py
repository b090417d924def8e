"""Out of work now: "今年三月辞职了，现在待业在家", "被裁了，还在找工作", "离职三个月了，还没找到下家".

The contract's ``employment`` has no value for having no job, and it must not be ``full_time`` (the dialogue and the
checker read that as 在职/在岗); the profile records it as ``employer_type: "none"`` with no ``employment`` (no
employer and no work of one's own). The checker reads that pair as not 在职职工/在岗人员 (``eligibility.preds``).

Two families of words, one table each (``STATE`` and ``LEFT``):
- a state said of now (待业, 失业, 赋闲, 没上班, 在找工作, 没找到下家) is out of work, unless denied;
- leaving a job (辞职, 离职, 被裁, 厂倒闭了, 不干了) is out of work now unless a later word names work again (去了新公司,
  入职, 跳槽到…, 来了杭州, 自己接活, 在…上班): "辞职后第二天就去了新公司上班" is a change of job.
A clause said of the past ("以前辞过一次职"), an intention ("想辞职", "打算离职") or a denial ("没辞职", "还没辞") says
nothing of now. The clauses so read state no present job: the extractor reads them as past (as it does time away,
``extract.gaps``), so "正在找工作" is no occupation and "从厂里辞职" no workplace.
"""

from __future__ import annotations

import re

from assistant.extract import judge
from assistant.extract.patterns import EMPLOYED, SELF_EMPLOYED
from assistant.extract.text import Segment, mask

__all__ = ["idle_clauses", "out_of_work", "STATE", "LEFT"]

# having no job now
STATE = re.compile(r"待业|失业|赋闲|下岗|无业|内退|停薪留职|(?:不用|不再)上班(?:了)?|没上过班|没(?:有)?(?:在)?上班(?:了)?|不上班了|没(?:有)?(?:工作|班上)(?:了)?|没活(?:干|做)?了?"
                   r"|(?:在|正在|还在|到处|忙着|重新)找(?:工作|活|下家|事做)|没找到[^,，。]{0,5}?(?:下家|工作|活|事做|班上)"
                   r"|(?:闲|歇|待|呆)在家(?:里)?|在家(?:里)?(?:歇|休息|待着|呆着|闲着|带(?:娃|孩子|小孩)|照顾)"
                   # "厂子搬到越南去了 我现在在家": being at home now, said as the whole clause (在家办公 is work)
                   r"|(?:现在|目前|如今|眼下)(?:就|只能|只好|只得)?(?:在家|回家)(?:里)?(?:了|呢|待着|呆着)?$")
# leaving a job: out of work unless work is named after it
# (a lay-off said of the company, "公司裁员", is not yet one's own: "被裁" is)
LEFT = re.compile(r"辞职|辞(?:了|掉)(?:职|工作|工)|辞工|离职|被(?:公司|厂里|厂|单位|老板)?(?:裁|辞退|开除|劝退|炒)"
                  r"|(?:厂|公司|店|单位|作坊)(?:子|里)?[^,，。]{0,4}?(?:倒闭|关门|关了|破产|黄了|停产|解散|没了)|不干了|离开了?(?:公司|单位|厂)")
# work named again after leaving: a new employer, a move to one, work of one's own
_AGAIN = re.compile(r"去了|进了|入职|跳槽|换了|换到|找到了?(?:新|一份)?(?:工作|下家|活)|上班|上岗|来了|来到|到了|过来|调到"
                    r"|(?<!家)[做干当](?:了|起了?)(?!家)|开了|接(?:单|活|订单)|自己(?:开|干|做)")
# a leaving named as a point in time: "辞职的时间", "离职的时候", "辞职那天"
_DATED = re.compile(r"的?(?:时间|时候|日子|那天|那会儿?|那个月|那年)")
_CAME = re.compile(r"来的|调来|搬来|过来的|到的这")
# an intention, not a fact: "想辞职", "打算离职", "准备辞了"
_MEANT = re.compile(r"(?:想|打算|准备|考虑|计划|要|可能|会)[^,，。]{0,3}$")


def _said(text: str, m: re.Match, within: bool = True) -> bool:
    """Whether the match is stated: not denied (没辞职, 还没辞) and not an intention (想辞职). A state word may hold
    its own negation (没上班, 没找到下家): ``within`` False reads only the words before it."""
    head = text[:m.start()]
    denied = judge.denied_at(text, m.start(), m.end()) if within else judge.denied_before(text, m.start())
    return not denied and not _MEANT.search(head)


def _works_after(texts: list[str]) -> bool:
    return any(_AGAIN.search(t) or EMPLOYED.search(t) or SELF_EMPLOYED.search(t) for t in texts)


def idle_clauses(segs: list[Segment]) -> set[int]:
    """The indices of the clauses that say the asker has no job now (empty when none does). A leaving said where
    work follows it is a change of job; a state (待业) is out of work as said."""
    out: set[int] = set()
    for i, seg in enumerate(segs):
        if not seg.current:
            continue
        text = mask(seg.text)
        state = next((m for m in STATE.finditer(text) if _said(text, m, within=False)), None)
        left = next((m for m in LEFT.finditer(text) if _said(text, m)), None)
        if state:
            out.add(i)
        elif left and not _works_after([text[left.end():], *(mask(s.text) for s in segs[i + 1:] if s.asserts)]):
            # "九月是昆山那边辞职的时间": the leaving named as a date, with work named anywhere in the message (是去年
            # 十一月底才来的), dates a change of job
            others = [mask(s.text) for j, s in enumerate(segs) if j != i and s.asserts]
            if _DATED.match(text, left.end()) and (_works_after(others) or any(_CAME.search(t) for t in others)):
                continue
            out.add(i)
    if out and _works_after([mask(s.text) for s in segs[max(out) + 1:] if s.current]):
        return set()  # "待业了半年，上个月进了新厂": the state is over
    return out


def out_of_work(employer_type: str | None, employment: str | None) -> bool:
    """No employer and no work of one's own: the pair the extractor records being out of work as (``employer_type``
    "none", no ``employment``). One reading for the merge of a turn's facts (``extract.merge_profiles``) and the
    checker (``eligibility.preds.out_of_work``); a freelancer has no employer either, but says so."""
    return employer_type == "none" and not employment
