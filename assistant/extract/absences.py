"""Stated absences: "没有技能等级证书" (a skill level of none), "没有什么成果", "奖和证书也没有", "没带过徒弟",
"别的就没有了" after records of more than one kind. An explicit "没有…" is a no for the checker, unlike saying nothing.
"""

from __future__ import annotations

import re

from assistant.extract.judge import denied_parts, negated
from assistant.extract.patterns import COMPETITION_WORDS
from assistant.extract.people import Candidates, add
from assistant.extract.text import Segment
from assistant.language.denials import denied_kinds, names_prizes, says_nothing
from assistant.language.doing import CONTRAST, TENURE

__all__ = ["read_no_skill", "read_none", "but_record", "rest_denied"]


# "没证", "啥证都没有", "证也没考": a certificate named alone, beside a negation, is the skill certificate (not 驾驶证)
# "没考过等级", "等级一直没去考": the level itself named as the thing not taken is the skill level too
_SKILL_WORDS = re.compile(r"技能等级|等级证|职业资格|资格证|技能证|技术等级|考(?:过|了)?(?:啥|什么|任何|个)?(?:证|等级)|定级"
                          r"|等级(?:我|也|都|还|一直|从来)*(?:没|未)(?:有)?(?:去|再)?(?:考|评|定)"
                          r"|(?:没|无)(?:有)?(?:任何|什么|啥)?证(?:书)?(?![明据实件])"
                          r"|(?<![驾驶身份毕业学位营业结婚上岗员])证(?:书)?(?:都|也|一个|一张)?(?:没|无)")  # 会员证 is the union's


def read_no_skill(segs: list[Segment]) -> Candidates:
    """"没有技能等级证书", "没考过证": a skill level of none, a fact the checker needs (不再追问)."""
    out: Candidates = {}
    for seg in (s for s in segs if s.asserts):
        if _SKILL_WORDS.search(seg.text) and re.search(r"没|无|未", seg.text) and not re.search(
                r"初级工|中级工|高级工|技师", seg.text):
            if negated(seg.text) is not False or _CERT_NOT_TAKEN.search(seg.text):
                add(out, "_no_skill", True)
    return out


# the certificate, then its taking denied ("技能证没考", "等级证没去考"): the segmenter glues 证没考 into one word, which
# hides the 没 from the language layer's cues, so the verb of taking it is read here
_CERT_NOT_TAKEN = re.compile(r"(?:证(?:书)?|等级)(?:我|也|都|还|一直|从来)*(?:没|未)(?:有)?(?:去|再)?(?:考|拿|办|评|取)")


# (candidate, the words naming the thing denied, words beside which they name something else)
_NONE_OF = (
    # 成绩 is the work's record ("没啥成绩", "拿得出手的成绩没有"), but a contest's placing beside a contest's word
    # and the words for anything worth telling ("没有什么拿得出手的", "没什么亮点", "没干出啥名堂")
    ("_no_achievements", re.compile(r"成果|业绩|成绩|革新|技改|标准|攻关|操作法|成果转化|数字化改造|智能体|专利|发明|贡献"
                                    r"|拿得出手|亮点|名堂|值得一提"),
     re.compile(rf"{COMPETITION_WORDS}|名次|考试|考核|学习")),
    ("_no_awards", re.compile(r"奖(?!金)|证书(?<!等级证书)|津贴"), None),
    ("_no_competitions", re.compile(COMPETITION_WORDS), None),  # the competition table's words
    ("_no_apprentices", re.compile(r"徒弟|带徒|带过|选手|学生"), None),
)


def _denied_in_sentence(segs: list[Segment]) -> list[bool]:
    """Each clause's denial read with its sentence's scope (the language layer's): 技改、攻关、带徒，这几样都没沾过边
    denies the clause before the comma too."""
    out: list[bool] = []
    sentence: list[str] = []
    for i, seg in enumerate(segs):
        sentence.append(seg.text)
        if i + 1 == len(segs) or segs[i + 1].opens:
            out.extend(denied_parts(sentence))
            sentence = []
    return out


# "别的也没啥", "其他就没有了", "除此之外没啥了": a denial of the rest, whatever the rest is. After records of more than
# one kind told in the same message (a placing and an honour: 市赛第三名，评过厂里劳模，别的就没有了) the rest is
# beyond records, the achievements, so it is a no for them, as "没有别的成果" is. After one kind only (拿过市技术能手，
# 别的没有了, said to a question about titles) it may be the rest of that kind, and said alone (会员，别的没有) it names
# nothing: neither reads as a no for the achievements.
_REST = re.compile(r"^(?:除此之外|除此以外|此外|另外)?[，,]?(?:别的|其他|其它|其余|剩下的|再多的)(?:的|方面)?")
# "除了这个比赛没别的成果", "除了区里的先进就没别的了": everything but a record the notices check by its own row
_BUT_RECORD = re.compile(r"^除(?:了)?(?P<kept>[^，。；]{1,30}?)(?:以外|之外|外)?[，,]?(?:就|也|都|再|并|真)?"
                         r"(?:没有?|无|没啥|没什么)(?:别的|其他|其它|其余|啥|什么)")
_PLACING_WORDS = re.compile(rf"{COMPETITION_WORDS}|名次|第[一二三四五六七八九十\d]+名?")
_HONOUR_WORDS = re.compile(r"奖|称号|能手|劳模|模范|先进|标兵|优秀|津贴")
_RECORD = re.compile(rf"{_PLACING_WORDS.pattern}|{_HONOUR_WORDS.pattern}|证书?")


def but_record(text: str) -> bool:
    """Whether ``text`` denies everything but a record (除了这个比赛没别的成果): no achievement of its own."""
    kept = _BUT_RECORD.match(text)
    return bool(kept) and bool(_RECORD.search(kept["kept"]))


def rest_denied(text: str, before: str = "") -> bool:
    """Whether ``text`` denies every achievement but a record named before it or in its own exception frame."""
    if _BUT_RECORD.match(text):
        return but_record(text)
    # each clause is one record: a placing's 二等奖 is the placing's
    kinds = {"placing" if _PLACING_WORDS.search(c) else "honour" for c in re.split(r"[，,。；;\s]", before)
             if _PLACING_WORDS.search(c) or _HONOUR_WORDS.search(c)}
    return bool(_REST.match(text)) and len(kinds) > 1


# the speaker set against someone just named ("我自己", "我本人", "我倒是")
_SELF_AGAINST = re.compile(r"(?:我|俺)(?:自己|本人|倒是|个人)|^(?:自己|本人)")


def _contrasts_a_title(segs: list[Segment], i: int) -> bool:
    """Whether the bare "none" of ``segs[i]`` sets the speaker against a title named in the clause before it, in the
    same sentence ("我徒弟前年评上了杭州工匠，我自己啥也没有"): it denies titles, not every achievement."""
    from assistant.extract.honours import titles_in

    return i > 0 and not segs[i].opens and bool(_SELF_AGAINST.search(segs[i].text)) and bool(titles_in(segs[i - 1].text))


def read_none(segs: list[Segment]) -> Candidates:
    """Stated absences ("没有什么成果", "奖和证书也没有", "没带过徒弟"): a negated clause naming the thing. An
    explicit "没有…" is a no for the checker, unlike saying nothing."""
    out: Candidates = {}
    denials = _denied_in_sentence(segs)
    for i, (seg, denied) in enumerate(zip(segs, denials, strict=True)):
        if seg.asserts and rest_denied(seg.text, "，".join(s.text for s in segs[:i])) \
                and (denied or _BUT_RECORD.match(seg.text)) and not _but_did(segs[i + 1:], denials[i + 1:]):
            add(out, "_no_achievements", True)
        elif (rest := _rest_beside_denial(segs, denials, i)) and not _but_did(segs[i + 1:], denials[i + 1:]):
            # "徒弟没带过，其他的嘛，也都是空的", "别的就没啥了，标准、革新都没有": the rest denied beside a denial leaves
            # nothing standing; kept beside the named denial, whose kinds alone it would otherwise seem to close
            add(out, "_no_achievements", True)
            add(out, "_denial_said", rest)
        if seg.asserts and (denied and _PLACING.search(seg.text) or _NO_PLACING.search(seg.text)) \
                and _contest_before(segs, i):
            add(out, "_no_competitions", True)  # "进了决赛，没拿到名次": the contest said before, no placing in it
        if not (seg.asserts or _hedged_no(seg)) or not denied:
            continue
        # 一样都没有, 啥都谈不上, 没啥拿得出手的: nothing to show, said with no kind named, denies every achievement;
        # a clause before it in its sentence that only its scope denies (获奖、竞赛名次，一样都没) is what the
        # quantifier takes back; one denied by its own words (没评过工匠) is another answer
        back = i > 0 and not seg.opens and denials[i - 1] and not negated(segs[i - 1].text)
        if says_nothing(seg.text) and _contrasts_a_title(segs, i):
            add(out, "_no_titles", True)  # "徒弟评上了杭州工匠，我自己啥也没有": no title, said against another's
        elif says_nothing(seg.text) and not back and not _but_did(segs[i + 1:], denials[i + 1:]):
            add(out, "_no_achievements", True)
            add(out, "_denial_said", seg.text)
        for name, words, beside in _NONE_OF:
            found = words.search(seg.text)
            # (or a kind of achievement named in the denial's own words: 没攻过关, 没教过人, 没琢磨出啥新方法)
            named = name == "_no_achievements" and _kind_named(seg.text) and not _names_instead(segs[i + 1:i + 2])
            if found and found.group() == "成绩" and beside.search(seg.text) and not words.search(
                    seg.text.replace("成绩", "□□")):
                continue  # "比赛没拿过什么成绩": the contest's, read by _no_competitions
            if name == "_no_awards" and found and names_prizes(seg.text):
                add(out, "_no_prizes", True)  # 奖从来没拿过: a first place is a prize too (deny20)
            if (found or named) and not re.search(r"技能等级|等级证|职业资格", seg.text) and not (
                    name == "_no_achievements" and _but_did(segs[i + 1:], denials[i + 1:])):
                add(out, name, True)
                if name == "_no_achievements":
                    add(out, "_denial_said", _with_bare_no(segs, i))  # kept beside what else is said (resolve)
    _dismissed_beside_denial(segs, denials, out)
    return out


def _dismissed_beside_denial(segs: list[Segment], denials: list[bool], out: Candidates) -> None:
    """The work dismissed as ordinary next to a denial (就是个普通干活的 啥奖也没有, 就是普普通通一个工人 徒弟没带过):
    the applicant says there is nothing beyond the job, and the denial makes it explicit, so every achievement is
    denied, whatever kind the denial names. Kept with the denials said (resolve), where the language layer reads the
    pair as reaching every alternative (``classify.denied_only``); with no denial beside it, a dismissal alone is the
    job's plain work and stays with the review (docs/verdict-policy.md)."""
    from assistant.language.agency import dismissal

    if not any(out.get(k) for k in ("_no_achievements", "_no_awards", "_no_competitions", "_no_prizes", "_no_apprentices")):
        return
    for j, seg in enumerate(segs):
        near = [k for k in (j - 1, j + 1, j + 2) if 0 <= k < len(segs) and denials[k]]
        if not seg.asserts or denials[j] or not dismissal(seg.text) or not near:
            continue
        if _but_did(segs[j + 1:], denials[j + 1:]):
            return  # "就是个普通工人，奖没拿过，不过改过一个夹具": a deed beside the denial
        add(out, "_no_achievements", True)
        add(out, "_denial_said", "，".join(segs[k].text for k in sorted({j, *near})))
        return


# a denial softened by a closing 吧 ("钢化玻璃也算不上啥老手艺吧"): a statement, though the segmenter hears a question
_HEDGED_NO = re.compile(r"(?:算不上|谈不上|说不上|称不上|够不上|沾不上边?|(?<![算是有])不算|(?<![有])没有?|(?<![是])不是)"
                        r"[^吗么？?哪谁几多怎什]{0,10}吧$")


def _hedged_no(seg: Segment) -> bool:
    return seg.question and not seg.asserts and bool(_HEDGED_NO.search(seg.text)) and not re.search(r"不知道|不清楚|算不算|是不是|有没有", seg.text)


# a placing, as the thing denied ("没拿到名次", "名次没拿到", "没得名", "啥奖也没捞着"); the contest it was in is named
# in a clause before it in the sentence ("去年省赛进了决赛，没拿名次")
# ("没进前三" denies only the top places: a placing below them may still be held, so it is no denial of any)
_PLACING = re.compile(r"名次|得名|拿名|奖|成绩")
# the placing's denial inside a clause that says something else first ("进了决赛但没拿到名次")
# (and the ways out before the placings: "没进决赛", "初赛就被刷了", "陪跑"; and the prizes below every placing, given
# for taking part: 优秀奖, 优胜奖, 鼓励奖 …, which no notice counts as a 名次)
_NO_PLACING = re.compile(r"(?:没|未|没有)(?:能)?(?:拿|得|取得|获得|进|评)(?:到|上|过|了)?(?:什么|任何|啥|个)?(?:名次|名(?!额|单|字)|奖)"
                         r"|(?:没|未|没有)(?:能)?(?:进|杀进|进入|入)(?:到)?(?:决赛|复赛|总决赛)"
                         r"|(?:初赛|预赛|海选|第一轮|第一关|复赛|半决赛)(?:就)?(?:被)?(?:刷|淘汰|出局|下来)"
                         r"|陪跑|重在参与|(?:优秀|优胜|鼓励|纪念|参与|入围|参赛|安慰)奖")
_CONTEST = re.compile(rf"{COMPETITION_WORDS}|决赛|复赛|初赛|[世国省市]赛")


def _contest_before(segs: list[Segment], i: int) -> bool:
    """Does a clause of the sentence up to ``segs[i]`` (itself included) name a contest?"""
    for j in range(i, -1, -1):
        if _CONTEST.search(segs[j].text):
            return True
        if segs[j].opens:
            return False
    return False

def _sentence_end(segs: list[Segment], i: int) -> int:
    return next((j for j in range(i + 1, len(segs)) if segs[j].opens), len(segs))


def _sentence_from(segs: list[Segment], i: int) -> str:
    """``segs[i]`` with the clauses after it up to the next sentence (其他的嘛，也都是空的)."""
    return "，".join(s.text for s in segs[i:_sentence_end(segs, i)])


# a record of its own named in the rest ("别的称号", "其他奖"): the rest of that kind, not every achievement
_OTHER_RECORD = re.compile(rf"称号|荣誉|头衔|工匠|技师|奖|证|名次|工会|会员|{COMPETITION_WORDS}")


def _rest_beside_denial(segs: list[Segment], denials: list[bool], i: int) -> str | None:
    """The words to keep when ``segs[i]`` denies the rest (其他的, 别的) beside another denial of the message, else
    None: one said before it
    ("徒弟没带过，其他的嘛，也都是空的") or one after it naming kinds of achievement ("别的就没啥了，标准、革新、证书奖项
    都没有") leaves nothing standing, a denial of every achievement. The rest clause may be a topic with its particle
    (其他的嘛) whose denial follows in its sentence."""
    before = any(denials[:i])
    after = any(d and _kind_named(s.text) for s, d in zip(segs[i + 1:], denials[i + 1:], strict=True))
    if not (denials[i] and _REST.match(segs[i].text) and (before or after)) or _OTHER_RECORD.search(segs[i].text):
        return None  # "省首席没评过，别的称号也没有": the rest of the titles, not of the achievements
    if not any(s.asserts for s in segs[i:_sentence_end(segs, i)]):
        return None
    # what is kept as said: the rest clause with what its sentence goes on to say, or, before a named denial that is
    # kept on its own, the rest clause alone
    return _sentence_from(segs, i) if before else segs[i].text


def _kind_named(text: str) -> bool:
    """Whether ``text`` names a kind of achievement (language.denials.denied_kinds), apart from the certificates and
    awards that ``_NONE_OF`` reads as their own records."""
    return bool(denied_kinds(text) - {"certificate"})


_BARE_NO = re.compile(r"^(?:都|也)?(?:没有|没|无|没得)(?:的|了|啊|呀)?$")


def _with_bare_no(segs: list[Segment], i: int) -> str:
    """The words of a denial kept beside a deed: a kind named bare with its denial in the clause after it ("标准，没有")
    is kept with that denial, "标准没有", since "标准" alone would read as the kind claimed."""
    nxt = segs[i + 1].text.strip() if i + 1 < len(segs) else ""
    return segs[i].text + nxt if _BARE_NO.match(nxt) else segs[i].text


# "做的不是传统手艺，是数控加工": what the work is, said instead of a kind, names the work, it denies no deed
_INSTEAD = re.compile(r"^(?:而|就|其实|主要|都)?是")


def _names_instead(after: list[Segment]) -> bool:
    return bool(after) and not after[0].opens and bool(_INSTEAD.match(after[0].text))


_BUT = re.compile(rf"^(?:{CONTRAST}|就是?|只)")  # and 就/只: "别的没有，就带过几个徒弟"


def _but_did(after: list[Segment], denials: list[bool]) -> bool:
    """Whether the sentence goes on, after a denial, to say something done beside it ("专利没有，不过搞过一个小改造",
    "别的没有，就带过几个徒弟"): a partial denial, no denial of every achievement. A clause of tenure or daily work
    after it ("但我在杭州干了十年", "就是天天干活") is no deed."""
    from assistant.language.doing import tells_deed

    for k, (seg, denied) in enumerate(zip(after, denials, strict=True)):
        if seg.opens and not _BUT.match(seg.text):
            return False  # a new sentence bounds the denial, unless it opens with the contrast ("。不过我自己琢磨出…")
        if not denied and seg.asserts and _BUT.match(seg.text) and not TENURE.search(seg.text) \
                and tells_deed(seg.text) and not _placed_nowhere(after[k:k + 2]):
            return True
    return False


def _placed_nowhere(clauses: list[Segment]) -> bool:
    """"就去年省赛进了决赛，没拿到名次": a contest taken part in with no placing, which is no deed beside a denial."""
    return bool(_CONTEST.search(clauses[0].text)) and any(_NO_PLACING.search(c.text) for c in clauses)
