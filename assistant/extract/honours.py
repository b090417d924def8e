"""Readers for what the person holds: skill level, prior titles and awards (competition results are read
by ``extract.competitions``).

A title is read only when the clause says it was won (获评/评上/我是…) and does not deny it (还没评上…);
``杭州数字工匠提名奖`` is its own title, never ``杭州数字工匠``. Titles are denied through the negation scope
of ``assistant.language`` ("没评过工匠", "啥称号都没有"), not by listing phrases. 一等奖/金奖 at a contest of
no listed kind name a band of winners, not a place: the sentence is kept as an achievement.
"""

from __future__ import annotations

import functools
import re
from dataclasses import replace

from assistant.extract import judge
from assistant.extract.competitions import below_listed, below_note, ranks
from assistant.extract.patterns import (
    AWARD_LEVEL_PREFIX,
    AWARDS,
    COMPETITION_WORDS,
    HIGHEST_LEVEL,
    NO_TITLES,
    NOT_OWN_RESULT,
    OTHER_BODY_TITLE,
    SCI_TECH_AWARD,
    SKILL_LEVELS,
    SKILL_NOT_HELD,
    TITLE_VERBS,
    TITLES,
    TRAINEES,
    WON,
)
from assistant.extract.people import Candidates, add
from assistant.extract.text import Segment, blank, blank_all, segments
from assistant.extract.when import only_date, year_near
from assistant.language.award_holder import unit_award
from assistant.language.conferred import by_body
from assistant.language.holding import (
    MARK,
    below_body,
    holds,
    retracted,
    retraction,
    takes_back,
    told_of_speaker,
)
from assistant.language.honour_lists import kept_spans, list_span
from assistant.language.past_event import asked_again, dated_by
from assistant.language.rungs import rungs, said_above, trade_has_before, unsure
from assistant.language.status import pending
from assistant.language.titles import (
    LEVEL_OF_WORD,
    approved,
    held_after,
    held_before,
    held_by_shape,
    not_held_after,
    topic_rest,
)

__all__ = ["without_titles", "read_skill", "read_titles", "read_awards", "won_after", "titles_in", "below_titles"]

_NEG_AFTER = re.compile(r"^(?:没|未|落选|还没|没能|的(?:$|人|话|同志|员工|职工|还|也|能|可以))")  # 已经是X的，…: others
# A title is held when the clause says so in the perfect (获评过/已被/2023年获评) or the asker says "我是…";
# a bare "评上数字工匠，孩子上学有加分吗" is a supposition.
# (a title worn, "戴着/顶着个…的帽子", is held now)
_DONE = re.compile(r"了|过|已|曾|被|[0-9]{2,4}年|去年|前年|今年刚|刚(?:刚)?(?:拿|评|获|当)|戴着|顶着")
# "杭州数字工匠称号获得者": the title's holder, said after the name.
_HOLDER = re.compile(r"^(?:荣誉)?(?:称号)?(?:的)?(?:获得者|得主|获评者|获奖者)"
                     # "浙江工匠的称号我已经有了", "杭州工匠的证书我有": the title's papers, then the asker holds them
                     # (or the title said, then only 有: "杭州工匠有，工会也有", a list of what one holds)
                     # (since a year: "杭州工匠这个称号我17年就有了")
                     r"|^(?:的|这个|那个)?(?:称号|证书|证|牌子|奖牌|荣誉)?(?:我|本人|俺)?"
                     r"(?:[0-9〇零一二三四五六七八九]{2,4}年|去年|前年|那年|当年)?(?:也|都|已经|早就|早|就)*有(?:了|的)?(?:啊|呀)?$"
                     # its papers kept or shown ("杭州工匠的证书挂在我家墙上呢", "首席技师的牌子摆在车间里")
                     r"|^的?(?:称号|荣誉)?(?:的)?(?:证书|证|牌子|奖牌|奖杯|牌匾)[^，,。]{0,4}?(?:挂|摆|放|收|锁|裱)(?:在|着|起来)"
                     # (kept at home, the place said first: "浙江工匠的奖牌在我家客厅摆着")
                     r"|^的?(?:称号|荣誉)?(?:的)?(?:证书|证|牌子|奖牌|奖杯|牌匾)(?:还|一直|就)?在(?:我|俺)(?:家|屋|手)[^，,。他她]{0,6}?(?:挂|摆|放|收|锁|裱|供)(?:着|起来)"
                     # "浙江工匠我早就是了", "杭州数字工匠我也是": the title said first, then the asker is one
                     r"|^(?:我|本人|俺)(?:也|都|已经|早就|早|本来就|老早就)?是(?:了|的)?(?:啊|呀)?$"
                     # ... of an edition or a year ("数字工匠我是首届的", "杭州工匠我是2018年那批的")
                     r"|^(?:我|本人|俺)(?:也)?是(?:第[0-9一二三四五六七八九十]+届|首届|上一?届|那一?届|[0-9]{2,4}年)(?:那批|那届)?的$")
# "杭州工匠前年评上了", "浙江工匠2019年就评上了": the title said first, its winning after it in the same clause
# (not a wish, "想评上"; not others counted, "我们厂评上了三个")
# the winning dated or said as done (前年, 2019年, 早就, 已经): a bare "浙派工匠评上了，证书…" supposes the title
_WON_AFTER = re.compile(r"^(?:荣誉)?(?:称号)?(?:是)?(?:我|本人|俺)?(?:是|在)?(?:[0-9〇零一二三四五六七八九]{2,4}年|去年|前年|大前年|那年|早就|早|"
                        r"已经|已)[^，,。；;没未不想要能争希盼]{0,4}?(?:评上|评为|评过|获评|拿到|拿下|拿了|拿过|拿的|评的|评了|得了|获得|入选|当选|认定|"
                        # (its papers in hand: "这块牌子我前年就到手了")
                        r"(?:拿|评|领)?到手|"
                        # (or its papers issued then, "我那个省首席是二二年发的证", "是19年颁的")
                        r"发(?:的|了)?证|颁(?:的|了|发))"
                        r"(?![了过]?[0-9一二三四五六七八九十几两多]+[个名位人])"
                        # or said as experience, 过 after the verb ("省首席技师评过一次", "杭州工匠我也拿过"): 过 reports a
                        # thing done, never a supposition (not a question, 评过没有; not others, 评过的人)
                        r"|^(?:荣誉)?(?:称号)?(?:我|本人|俺)?(?:也|都|早|早就|之前|以前|曾经)?(?:评|拿|获评|得|当选)过(?![的吗没么])"
                        # or by the asker, named as the subject ("首届数字工匠我评上了"): a statement, not a supposition
                        # (就 of a round told as done: "二三年那届数字工匠我就评上了")
                        r"|^(?:荣誉)?(?:称号)?(?:我|本人|俺)(?:也|都|已经|早就|之前|当时)?就?(?:评上|评为|获评|拿到|拿了|拿下|得了|当选)了?(?![了]?(?:[0-9一二三四五六七八九十几两多]+[个名位人]|吗|没|么))")
def won_after(after: str) -> bool:
    """Whether ``after``, the words after a title's name (its topic marker taken off), say the speaker won it."""
    return bool(_WON_AFTER.match(after))


# Titles in general, as a denial names them: "没评过工匠", "啥称号都没有", "没评过省首席", "不是什么技能大师".
# (先进 and 标兵 rated as honours: "没评过先进"; not 先进技术, 先进操作法 …)
_TITLE_WORD = re.compile(r"工匠|称号|荣誉|头衔|首席|技能大师|劳模|劳动模范|标兵|先进(?![\u4e00-\u9fff])|先进(?:个人|工作者|生产者)")
# (没 before a noun is 没有: "没称号", "也没啥荣誉")
# (the titles said to be none of one's business, "都跟我不沾边", "轮不到我", "与我无缘", speak of holding them too)
_HOLDING = re.compile(r"评|获|拿|得|当选|认定|入选|授予|是|有|无|没(?=[\u4e00-\u9fff]{0,3}(?:称号|荣誉|工匠))"
                      r"|沾边|沾不上|挨不上|轮不到|轮不上|没关系|无关|无缘")
# "还没评上杭州工匠" is not-yet, said by someone applying for it: no statement about titles held.
_NOT_YET = re.compile(r"(?:还|尚|暂)(?:没有?|未|不是)")


@functools.lru_cache(maxsize=4)
def _titles_of(generation: int) -> tuple[tuple[str, re.Pattern[str]], ...]:
    """The shared title table, plus each registered programme's ``held_title`` not already in it."""
    from assistant.programs import packs

    known = {title for title, _ in TITLES}
    extra = dict.fromkeys(p.held_title for p in packs() if p.held_title and p.held_title not in known)
    return TITLES + tuple((title, re.compile(re.escape(title))) for title in extra)


def _titles() -> tuple[tuple[str, re.Pattern[str]], ...]:
    from assistant.programs import generation

    return _titles_of(generation())


def titles_in(text: str) -> list[str]:
    """The titles ``text`` names, by the one table of their names and short forms ("数字工匠", "省首席"), each name
    blanked once read so a longer one is not read again as a shorter; held or not is the caller's to judge."""
    found = []
    text = by_body(text)  # "市级的工匠": the honour by its conferring body
    for title, pattern in _titles():
        if pattern.search(text):
            found.append(title)
            text = blank_all(pattern, text)
    return found


def without_titles(text: str) -> str:
    """The clause with every honour title blanked (□): 杭州市首席技师, 淳安县的首席技师 are titles, not levels."""
    for _, pattern in (*_titles(), ("", OTHER_BODY_TITLE)):  # 集团首席技师 is a group's title, not a level
        text = blank_all(pattern, text)
    return text


# "技师还没考", "高级技师证还没拿到": a level denied after it is named is not held either
_NOT_YET_AFTER = re.compile(r"^(?:证书?)?(?:一个|一张|一本)?(?:也|都|还|至今|目前)?(?:没|未)(?:有)?(?:去|再){0,2}(?:考|拿|评|取得|通过)")
# the level said, then said not to be had ("首席技师没有", "技师证也没有"); and 无 before it ("无首席技师", a form's none)
_NONE_AFTER = re.compile(r"^(?:证书?)?(?:一个|一张|一本)?(?:也|都|还|倒是|我)*(?:没有|无)(?:的|啊|呀)?(?:$|[，,。])")
# "技师今年刚报名还没出成绩", "高级技师还在考", "技师去年考了没过": the rest of the clause says the level is being
# tried for, not held, unless it says it was passed ("高级技师考试通过了")
_TRYING_AFTER = re.compile(r"^[^,，。]*?(?:报名|报的名|报过名|报考|备考|在考|要考|去考|准备考|考试|出成绩|没过|没通过|挂了|落榜|"
                           r"(?:没|未|还没)(?:能)?(?:考上|考过|考出来|考下来|拿到|拿下|评上|过)"
                           # still short of it ("高级技师还差一点", "技师就差一步", "离高级技师还差一级")
                           r"|^(?:证书?)?(?:还|就|只|也)?差(?:一点点?|一步|一级|点|口气|那么一点|一门|一科))")
# a pass said, not one denied ("去年报了没考出来" is no pass)
_PASSED_AFTER = re.compile(r"(?<![没未])(?<!没能)(?:考过了|考出来|考下来|拿到|拿下|通过了|到手|下来了|考上了)")
# "什么工匠、首席技师称号都没有": a level word named as a title is no level held
_AS_TITLE = re.compile(r"^(?:等)?(?:称号|荣誉)")
# "工资是按技师那档发的", "享受高级技师待遇", "拿技师的工资": a level named as a pay band or treatment is what one is
# paid as, not the certificate held (the notices ask for the 证书); the level the papers say is read where it is said
_PAY_BAND = re.compile(r"^(?:的|那|这)?(?:一)?(?:档|级别的?(?:工资|待遇)|待遇|工资|薪资|薪水|薪酬|津贴|补贴|岗位工资)")


# "带出来3个技师", "徒弟里有两个考上了高级工": a level counted in people, or held by apprentices, is not the speaker's
# (a date may stand between them and the verb: "有两个去年评上了技师")
_OTHERS_LEVEL = re.compile(r"(?:[0-9一二三四五六七八九十两几多]+\s*(?:个|名|位)|带出来?了?|培养出来?了?)"
                           r"(?:[^，。；]{0,3}|(?:去年|前年|今年|那年|[0-9〇零一二三四五六七八九]{2,4}年)[^，。；]{0,4})$|"
                           + "|".join(TRAINEES))


_OWN_ONE = re.compile(r"(?:(?:就|只|只有|仅|也就|就只有|才)(?:一个|一本|一张|个)|证书?[^，。；]{0,3}(?:一个|个))$")
_GROUP = re.compile(r"车间|班组|厂里|公司|单位|我们|组里|队里|科室|部门|带出|培养|" + "|".join(TRAINEES))


def _others_level(before: str, rest: str) -> bool:
    """A level held by others: counted in people ("带出来3个技师") or the apprentices'. A count of certificates
    ("我就一个高级工证", "两个技师证") is the speaker's own papers."""
    if not _OTHERS_LEVEL.search(before) or _OWN_ONE.search(before) and not _GROUP.search(before):
        return False  # "没啥证书，就一个中级工", "证书就一个高级工": the speaker's only level, not a person counted
    return not (re.match(r"证", rest) and not re.search("|".join((*TRAINEES, "带出", "培养")), before))


# a level word said alone as what one is ("我自己才初级", "我中级", "我是高级的"), where no professional title (职称) is
# talked of: the level of the 国家职业资格 the words name (language.titles.LEVEL_OF_WORD)
# (the grade by its number too, "才四级", "我就三级", "四级工", "三级工证": the 国家职业资格's 五级…一级, unless another
# exam is talked of, 英语四级)
_LEVEL_PREDICATE = re.compile(r"^(?:我|俺|本人)?(?:自己)?(?:现在|目前|如今|眼下)?(?:也|就|只|才|只是|就是|也就|刚|还)?(?:是)?(?:个)?"
                              r"(?P<level>初级|中级|高级|[一二三四五]级)(?:工)?(?:证|证书)?(?:的|而已|罢了|吧|啊|呀)?$")
_PROFESSIONAL_TITLE = re.compile(r"职称|工程师|经济师|会计师|讲师|教师|医师|护师|药师")


# A clause that is only a level word (or two), in a list the clause before began of the levels above one's own
# ("上面还有技师 高级技师"), or followed by a clause that only denies taking it ("高级技师 没去考"): not held
# certificates counted none ("证一个都没考过", "证书一本也没有", "啥证都没有", "一张证也没拿过"): no skill level held
_NO_CERT = re.compile(r"(?:(?:等级|技能|资格|(?<![师工级技]))证(?:书)?(?:我|俺)?(?:一个|一张|一本|半个|半张)|(?:一个|一张|一本|啥|什么|任何)(?:等级|技能|资格)?证(?:书)?)"
                      r"(?:也|都)(?:没|没有|未)(?:去)?(?:考|拿|有|办|评)?(?:过|到)?")
_LEVEL_ONLY = re.compile(r"^(?:还有|和|跟|及|以及)?(?:特级技师|高级技师|技师|高级工|中级工)(?:[和、跟及](?:特级技师|高级技师|技师|高级工))?"
                         r"(?:也有|都有)?$")
_NOT_TAKEN = re.compile(r"^(?:我|俺)?(?:也|都|还|一直|从来)*(?:没|未)(?:有)?(?:去|再)?(?:考|拿|评|报)(?:过|了)?(?:呢|啊)?$")


def _levels_not_held(segs: list[Segment]) -> set[int]:
    """The clauses (by index) that only name levels not held: listed after "上面还有…" or denied in the next clause."""
    out = set()
    for i, seg in enumerate(segs):
        if not _LEVEL_ONLY.match(seg.text.strip(" ，,")):
            continue
        before = segs[i - 1].text if i else ""
        after = segs[i + 1].text.strip(" ，,") if i + 1 < len(segs) else ""
        if said_above(before) or i - 1 in out or _NOT_TAKEN.match(after):
            out.add(i)
    return out


def read_skill(segs: list[Segment]) -> Candidates:
    """skill_level (every level said and held; the caller keeps the highest) and is_highest_level_of_occupation."""
    out: Candidates = {}
    titles_talked = any(_PROFESSIONAL_TITLE.search(s.text) for s in segs)
    exams_talked = any(_OTHER_EXAM.search(s.text) for s in segs)
    listed = _levels_not_held(segs)
    for index, seg in enumerate(segs):
        # the trade's ladder, told as fact or as hearsay ("听说能考到高级技师"): what the trade has, not what is held
        ladder = rungs(seg.text)
        if ladder.above:  # "技师 还差一级", "高级工 还能往上考": a rung above the level held
            add(out, "is_highest_level_of_occupation", False)
        if ladder.reach:  # "这个工种能考到高级技师": the trade's top, compared by resolve with the level held
            add(out, "_top_level", ladder.reach)
        if not seg.asserts:
            continue
        if _NO_CERT.search(seg.text) and not exams_talked:
            add(out, "_no_skill", True)  # "证一个都没考过", "一本证都没有": no certificate at all
        if index in listed:  # "上面还有技师 高级技师 没去考": levels above, not held
            for level, pattern in SKILL_LEVELS:
                if pattern.search(seg.text):
                    add(out, "_tried_level", level)
            if index and (said_above(segs[index - 1].text) or index - 1 in listed):
                add(out, "is_highest_level_of_occupation", False)
            continue
        bare = _LEVEL_PREDICATE.match(seg.text)
        if bare and bare["level"].endswith("级") and not bare["level"].endswith(("初级", "中级", "高级")) and exams_talked:
            bare = None  # "英语四级，…我才四级": another exam's grade
        if bare and not titles_talked and not SKILL_NOT_HELD.search(seg.text[:bare.start("level")]):
            add(out, "skill_level", LEVEL_OF_WORD[bare["level"]])
        if unsure(seg.text):
            continue  # "好像是高级工也可能是技师": not a fact to decide on
        text = without_titles(seg.text)  # 杭州市首席技师 is a title, not a level
        for level, pattern in SKILL_LEVELS:
            for m in pattern.finditer(text):
                rest = text[m.end():]
                # the certificate word the level's match took ("就一个初级证") still says papers, not people
                papers = ("证" if re.search(r"证书?$", m.group()) else "") + rest
                held = not SKILL_NOT_HELD.search(text[:m.start()]) and not _NOT_YET_AFTER.match(rest) \
                    and not _NONE_AFTER.match(rest) and not text[:m.start()].endswith("无") \
                    and not _others_level(text[:m.start()], papers) \
                    and not _AS_TITLE.match(rest) and not _PAY_BAND.match(rest) and not (_TRYING_AFTER.match(rest) and not _PASSED_AFTER.search(rest)) \
                    and not pending(rest) \
                    and not _OTHER_EXAM.search(text[max(0, m.start() - 4):m.start()])  # "软考高级证书": another exam's grade
                if trade_has_before(text[:m.start()]):
                    # "这个工种是有高级技师的": the level exists in one's trade, it is not held; resolve compares it
                    # with the level held, as for a level one tries for
                    add(out, "_tried_level", level)
                    held = False
                if held and not re.match(r"^(?:及?以上|及?以下|或以上)", text[m.end():]):
                    add(out, "skill_level", level)
                elif not held and (_TRYING_AFTER.match(rest) or _NOT_YET_AFTER.match(rest)) \
                        and not _others_level(text[:m.start()], papers):
                    # "技师考了两回没考过": a level one tries for exists in one's trade, so a lower one held is not
                    # the trade's top (浙派's 本职业最高职业资格); resolve compares it with the level held
                    add(out, "_tried_level", level)
                    add(out, "_sitting_level", level)  # and, with no level said as held, the one below it is held
                text = blank(text, m)
        for level, start, _end in judge.levels_before_trade(text):  # "高级育婴师", "中级电工" (not 高级工程师)
            if not SKILL_NOT_HELD.search(text[:start]):
                add(out, "skill_level", level)
        for m in _LEVEL_AS_OBJECT.finditer(text):  # "证就一个三级", "等级证只有初级的", "只考到了四级"
            if not _OTHER_EXAM.search(text[max(0, m.start() - 6):m.start("level")]) \
                    and not judge.denied_before(text, m.start(), 3) and not SKILL_NOT_HELD.search(text[:m.start()]):
                add(out, "skill_level", LEVEL_OF_WORD[m["level"]])
        if said_above(seg.text):  # "我们工种上面还有技师和高级技师"
            add(out, "is_highest_level_of_occupation", False)
        top = _TOP_IS.search(seg.text)
        if top:  # "本职业最高就到高级技师了", "我们工种最高只有高级工": the top of the occupation, for resolve to compare
            add(out, "_top_level", "高级工" if top["level"] == "高级" else top["level"])
        for m in HIGHEST_LEVEL.finditer(seg.text):
            if not re.match(rf"^的?(?:{COMPETITION_WORDS}|奖)", seg.text[m.end():]):
                add(out, "is_highest_level_of_occupation", not m["neg"])
    return out


# A level word as what a certificate is or an exam reached ("证就一个三级", "等级证只有初级的", "考了个中级就没再考"):
# the level of the 国家职业资格 it names (language.titles.LEVEL_OF_WORD); never a professional title's grade (中级职称,
# 高级工程师) or another exam's (英语四级, 计算机二级), nor a level glued before a trade (read by levels_before_trade)
# (or the level's own word, "我这个等级是中级", "级别就是初级")
_LEVEL_AS_OBJECT = re.compile(r"(?:证(?:书)?[^,，。□]{0,4}?(?:是|有|就|只有|只|一个|一本|一张)|考(?:到|了|过|下|出|上)了?(?:个|一个)?"
                              r"|(?<!职称)(?<!职称的)(?:等级|级别)(?:也|就|只|才)?(?:是|为|只有|就是|只是)"
                              # what the certificate's face says ("上面写的五级", "证上印着三级")
                              r"|(?:上面|证上|证书上|本本上|本子上)(?:写|印|标|打)(?:的|着)(?:是|的是)?)"
                              r"(?P<level>初级|中级|高级|(?<![0-9一二三四五六七八九十])[一二三四五]级)(?:的|证|证书)?"
                              r"(?![\u4e00-\u9fff]{0,3}(?:职称|工程师|会计|经济师|教师|讲师|技师|工|技))")
_OTHER_EXAM = re.compile(r"职称|英语|计算机|普通话|日语|外语|软考|驾照|驾驶")
# (a bare 高级 at the top, "这行最高就是高级", is the 高级工 of the worker grades: 高级技师 is said in full)
_TOP_IS = re.compile(r"最高(?:一级|等级|级别)?(?:就|只|也|才)?(?:能)?(?:到|是|有|考到|评到)(?:了)?"
                     r"(?P<level>高级技师|技师|高级工|中级工|高级(?![技工程]))")
# 评 closing the clause with no title after it: being rated for a title at all ("也没评过什么", "啥也没评上")
_RATED_NOTHING = re.compile(r"(?:评(?:上|过|到)过?(?:什么|啥|任何)?(?:东西)?|(?:啥|什么)(?:也|都)[^评]{0,3}评)$")


def _denies_titles(text: str) -> bool:
    """A clause that says the asker holds no title (or not the titles named): it names titles, says holding or
    winning them, and the shared negation scope (``assistant.language``) covers it; "还没评上" is not-yet unless
    said as experience (还没评过)."""
    rated = _RATED_NOTHING.search(text)
    at = text.rfind("评", 0, rated.end()) if rated else -1
    if rated and judge.negated(text[max(0, at - 4):at]):
        return True  # "也没评过什么", "啥也没评上": 评 without an object, denied, is being rated for no title
    if not (_TITLE_WORD.search(text) or any(p.search(text) for _, p in _titles())) or not _HOLDING.search(text):
        return False
    if _NOT_YET.search(text) and "过" not in text:
        return False
    return bool(NO_TITLES.search(text) or judge.negated(text))


def _whose(name: str, text: str, start: int) -> str:
    """The honour ``name`` matched at ``start``, as the place said right before it names it: the tables'
    short forms (市技术能手, 省首席技师) stand for Hangzhou's and Zhejiang's, but "宁波市技术能手", "舟山市首席
    技师" and "江苏省技术能手" are that city's or province's own (same level, another name)."""
    from assistant.extract.places import place_before

    home = next((h for h in ("杭州市", "浙江省") if name.startswith(h)), None)
    place = place_before(text, start) if home else None
    if place is None:
        return name
    _, city, province = place
    if home == "杭州市" and city and city != "杭州":
        return f"{city}市{name[len(home):]}"
    if home == "浙江省" and province != "浙江省":
        return f"{province}{name[len(home):]}"
    return name


# "我有浙江工匠的称号", "本人有杭州工匠证书": 有 right before the title, its name or papers right after it
# (the asker named: "还有浙派工匠" lists a programme asked about)
# (its papers in hand: "我手上有浙江工匠的证")
_HAS_BEFORE = re.compile(r"(?:[我俺]|本人)(?:手上|手里|这儿|这里)?(?:也|还|已经|早就|都)?有(?:个|一个|张|一张|块|一块|本|一本)?$")
_HAS_AFTER = re.compile(r"^(?:的)?(?:称号|荣誉|头衔|证书|荣誉证书|证|牌子)?(?:的|啊|呀|了)?$")


# A clause that is only a title, said as what one has ("头衔就一个，杭州市首席技师，21年评的", "杭州工匠，2018年评上的"):
# held when the next clause only says when it was won. What may stand around the name:
# (a form's entry may add its year in brackets, "浙江工匠（2020）")
_TITLE_ONLY = re.compile(r"^(?:我|本人|俺)?(?:有个|有一个|就一个|就是|是|也是|拿的是|评的是)?(?:的|那个|这个)?(?:荣誉)?(?:称号)?"
                         r"(?:嘛|吧|啊)?(?:[（(][^）)]{0,10}[）)]|[0-9〇零一二三四五六七八九]{4}年?度?(?:的)?)?$")
# (or its year glued after it, as a form's entry runs on: "杭州工匠2020", "浙江工匠2019年度")
# what people call the speaker ("大家都管我叫杭州工匠", "人家都喊我省首席"): a name only, unless the clause after it says
# when it was conferred ("18年市里评的")
_CALLED = re.compile(r"^[^，。]{0,6}?(?:叫|喊|称|称呼|管(?:我|俺)叫)(?:我|俺)?(?:做|作|为)?$")
# the next clause: a date, then the verb of winning closed by 的/了 ("21年评的", "前年拿到的", "是2019年认定的")
# (or the programme's edition as the date, "第三届的时候评上的", "首届就评上了", "上一届拿的")
_WON_THEN = re.compile(r"^(?:我|俺|本人)?(?:是|都是)?(?:[0-9〇零一二三四五六七八九]{2,4}年|去年|前年|大前年|那年|今年|[0-9一二三四五六七八九十几两]+年前|"
                       r"(?:第[0-9一二三四五六七八九十]+|首|上一?|那一?)(?:届|批)(?:的时候|那会儿?)?)"
                       # (who conferred it, or that it was for real, may stand between: "18年市里评的", "那年正式评的")
                       r"(?:(?:市里|省里|省总|市总|正式|单位|厂里|上面)?(?:就|才|已经)?(?:评|拿|获|认定|授予|当选|入选)(?:上|到|为|过)?(?:的|了)"
                       # or the batch or edition it was won in ("18年那批", "2019年那届的", "第二批的")
                       r"|(?:那批|那届|那一批|那一届|这批)?的?)$")


# ... or the clause before it is the titles' topic ("荣誉称号嘛，就一个杭州工匠", "头衔的话，有个浙江工匠", "称号有，…")
# (a form's field, "已获称号：", "曾获荣誉：")
_TITLES_TOPIC = re.compile(r"^(?:已获|曾获|获得过?|所获)?(?:荣誉)?(?:称号|头衔|荣誉)(?:方面|这块|这一块)?(?:嘛|的话|呢|吧)?"
                           r"(?:有|有的|是有的|倒是有)?(?:的)?$")


# the title, then a bare result (评上了, 选上了), dated by the clause after it ("杭州工匠评上了，前年的事", "浙江工匠也评上了，
# 21年的"): a bare result alone may suppose ("浙派工匠评上了，证书…"), a date after it tells when it happened
_BARE_RESULT = re.compile(r"^(?:我|本人|俺)?(?:也|最后|后来|结果|还真|真的?|总算|终于)?(?:评上|选上|评下来|批下来|拿到|拿下)了(?:的)?$")
_DATED = re.compile(r"^(?:是|那是|都是)?(?:[0-9〇零一二三四五六七八九]{2,4}年|去年|前年|大前年|当年|早几年|前几年|头几年|"
                    r"[0-9一二三四五六七八九十几两]+年前)(?:的事(?:了|情)?|的时候|那会儿?|的)?(?:了)?$")


def _won_then_dated(segs: list[Segment], index: int, after: str) -> bool:
    """Whether the title's clause closes on a bare result and the asserting clause after it only dates it."""
    nxt = segs[index + 1] if index + 1 < len(segs) else None
    return bool(_BARE_RESULT.match(after) and nxt and nxt.asserts and _DATED.match(nxt.text))


# the round or year a title was conferred in, said before its name ("上一届数字工匠", "首届的杭州数字工匠", "2023年度杭州工匠")
_EDITION_BEFORE = re.compile(r"(?:上一?届|首届|头一?届|第[0-9一二三四五六七八九十]+届|[0-9〇零一二三四五六七八九]{2,4}年度?)的?$")


def _edition_won(before: str, after: str) -> bool:
    """Whether the title, dated by its round before its name, closes on a bare result ("上一届数字工匠评上了"): the result
    of a round already held is a fact, where a bare "数字工匠评上了" may suppose."""
    return bool(_EDITION_BEFORE.search(before) and _BARE_RESULT.match(after))


def _approved_after(segs: list[Segment], index: int, after: str) -> bool:
    """Whether the rest of the title's clause, or the asserting clause after it, only says the nomination went through
    ("杭州工匠报上去就批了"; "厂里去年帮我申报的杭州数字工匠，名单出来有我": language.titles.approved)."""
    nxt = segs[index + 1] if index + 1 < len(segs) else None
    return approved(after) or bool(
        not after.strip() or re.fullmatch(r"(?:那个|这个|的事|嘛|吧)?", after)) and bool(
        nxt and nxt.asserts and not nxt.question and approved(nxt.text))


def _title_then_won(segs: list[Segment], index: int) -> bool:
    """Whether ``segs[index]`` only names a title and the asserting clause after it only says when it was won, or
    the asserting clause before it is the titles' topic (the clause answering it names the title held)."""
    after = segs[index + 1] if index + 1 < len(segs) else None
    before = segs[index - 1] if index else None
    rest = without_titles(segs[index].text)  # the titles blanked (□)
    if "□" not in rest:
        return False
    called = bool(_CALLED.match(rest[:rest.index("□")])) and not rest[rest.index("□"):].strip("□ ")
    if not (_TITLE_ONLY.match(rest.replace("□", "").replace(" ", "")) or called):
        return False
    return bool(after and after.asserts and _WON_THEN.match(after.text)) or bool(
        not called and before and not before.injected and (_TITLES_TOPIC.match(before.text) or _WON_BARE.match(before.text)
                                            or approved(before.text)))
    # (a topic, 的话, states nothing itself; "评过，市首席": the winning said first, bare, then the title alone;
    # "名单里有我，浙江省首席技师": the roll with the speaker in it, then the title it was the roll of)


# a clause that is only the winning or the having, said first ("评过，市首席", "有的，杭州工匠")
_WON_BARE = re.compile(r"^(?:我|本人|俺)?(?:也|倒是|都|早就)?(?:评过|评上过|评上了|拿过|获过|有的|有过|有一个|有个)(?:的|啊|呀)?$")
# "有个杭州工匠，别的没了": the having said with no subject opening the clause, the title its object, and no
# application asked about after it ("有个杭州工匠，我能报吗" may name the programme)
_HAS_OPENING = re.compile(r"^(?:也|还|就|只|倒是|就只)?有(?:个|一个)$")
_APPLYING = re.compile(r"报|申请|评选|能不能|可不可以|可以|[吗么？?]")


def _has_said_bare(segs: list[Segment], index: int, before: str, after: str) -> bool:
    """Whether the title is the object of a subjectless 有个 opening its clause, said as what one holds."""
    nxt = segs[index + 1] if index + 1 < len(segs) else None
    return bool(_HAS_OPENING.match(before) and _HAS_AFTER.match(after)) and not segs[index].question \
        and not (nxt and (nxt.question or _APPLYING.search(nxt.text)))


# The winning asked about or hoped for, not told: a modal or a wish just before the verb ("我这种情况能不能评上浙派工匠啊",
# an A-not-A question with no 吗 to mark it, "想评上", "争取评上"); a supposition (要是/如果) is the clause's own guard
# (Segment.hypothetical)
# (or forecast, "我今年能评上浙江工匠", "估计有望评上": a modal of possibility before the verb; 技术能手's 能 is a name)
_SUPPOSED = re.compile(r"(?:能不能|能否|可不可以|可否|有没有(?:可能|机会|希望)|想|希望|争取|打算|(?<!技术)(?<!岗位)能(?!手)|可能|有望|估计)"
                       r"[^，,。]{0,3}$")


def _as_told(segs: list[Segment]) -> list[Segment]:
    """``segs`` with each clause a teller says of the speaker ("人事说我是浙江工匠", "HR问我：你已经是杭州工匠了") read as
    the speaker's own (``language.holding.told_of_speaker``): a title is a record, and its keepers' word is the fact."""
    out = list(segs)
    for index, seg in enumerate(segs):
        if seg.asserts or seg.injected or seg.rule_talk:
            continue
        told = told_of_speaker(seg.text, segs[index - 1].text if index else "")
        if told and any(p.search(told) for _, p in _titles()):
            out[index] = replace(segments(told)[0], opens=seg.opens)
    return out


# a title asked about as whether it counts ("浙江工匠算吗", "省首席算不算", "杭州数字工匠也算么")
_COUNTS_ASKED = re.compile(r"^(?:的)?(?:称号|这个|那个)?(?:也|这种)?(?:算吗|算么|算不算|算不|算数吗|算不算数|行吗|行不行|可以吗|管用吗)$")


def _asked_then_won(segs: list[Segment], index: int) -> list[str]:
    """The titles ``segs[index]`` asks whether they count, when the asserting clause after it says the speaker won it
    then ("浙江工匠算吗？我2020年评的", "杭州数字工匠算吗 我是第二届的"): the ask is of the notice, the title is held."""
    nxt = segs[index + 1] if index + 1 < len(segs) else None
    if not (nxt and nxt.asserts and _WON_THEN.match(nxt.text.strip(" ，,。"))):
        return []
    text, out = segs[index].text, []
    for title, pattern in _titles():
        m = pattern.search(text)
        if m and not text[:m.start()].strip() and _COUNTS_ASKED.match(text[m.end():]):
            out.append(_whose(title, text, m.start()))
        text = blank_all(pattern, text)
    return out


def _kept(segs: list[Segment]) -> dict[int, list[tuple[int, int]]]:
    """Per clause, the spans of the titles a denial keeps out of it, read over the clause and the next one ("称号没有
    别的，就杭州工匠", "除了杭州工匠没别的荣誉": ``language.honour_lists.kept_spans``); a clause listed denies no title."""
    out: dict[int, list[tuple[int, int]]] = {}
    for index, seg in enumerate(segs):
        nxt = segs[index + 1] if index + 1 < len(segs) and not segs[index + 1].opens else None
        joined = seg.text + ("，" + nxt.text if nxt else "")
        for start, end in kept_spans(joined):
            out.setdefault(index, [])
            if nxt and start > len(seg.text):
                out.setdefault(index + 1, []).append((start - len(seg.text) - 1, end - len(seg.text) - 1))
            else:
                out[index].append((start, end))
    return out


def read_titles(segs: list[Segment]) -> Candidates:
    out: Candidates = {}
    # an honour named by its conferring body ("市里前年评过工匠") is read under its full name
    segs = _as_told(segs)
    segs = [replace(s, text=by_body(s.text, segs[i + 1].text if i + 1 < len(segs) else "")) for i, s in enumerate(segs)]
    kept = _kept(segs)
    taken_back = retraction([s.text for s in segs]) if segs and takes_back(segs[0].text) else None
    if taken_back:  # the part of a message after its correction: "哦不对，那个是我师傅评的，我自己没有"
        add(out, "_no_titles" if taken_back == "none" else "_titles_retracted", True)
    for index, seg in enumerate(segs):
        if not seg.asserts:
            for title in _asked_then_won(segs, index):  # "浙江工匠算吗？我2020年评的"
                add(out, "prior_titles", title)
            continue
        text = seg.text
        if _denies_titles(text) and index not in kept:
            add(out, "_no_titles", True)
        for title, pattern in (*_titles(), ("", OTHER_BODY_TITLE)):
            for m in pattern.finditer(text):
                name = title or m.group()  # 萧山区首席技师: a title the table does not name, under its own name
                held = any(s <= m.start() and m.end() <= e for s, e in kept.get(index, ())) \
                    or _held_at(segs, index, text, m.start(), m.end())
                if not held:  # "荣誉有浙江省技术能手、浙江省首席技师": the list's frame is the title's
                    start, end = list_span(text, m.start(), m.end())
                    held = (start, end) != (m.start(), m.end()) and _held_at(segs, index, text, start, end)
                if held and not retracted([s.text for s in segs[index + 1:]]):  # "哦不对，那个是我师傅评的"
                    nxt = segs[index + 1].text if index + 1 < len(segs) else ""
                    # a title the table names, conferred below the city ("…，是公司内部评的"); one the table does not
                    # name (萧山区首席技师) already carries its body in its name
                    own = title and (_below_own(m.group(), text[:m.start()], text[m.end():]) or (
                        _below_own(m.group(), "", "，" + nxt) if nxt else None))
                    add(out, "prior_titles", own or _whose(name, text, m.start()))
                text = blank(text, m)
    return out


def _below_own(name: str, before: str, after: str) -> str | None:
    """The title as its own body's ("集团数字工匠") when the name says no place of its own ("数字工匠", "首席技师") and a
    body below the city is said to have conferred it (``language.holding.below_body``): not the title a notice names."""
    if re.match(r"杭州|浙江|省|市", name):
        return None
    body = below_body(before, after)
    return body + name if body else None


def below_titles(text: str) -> list[str]:
    """The titles ``text`` names as conferred by a body below the city ("集团评的数字工匠 内部的" -> ["集团数字工匠"])."""
    out = []
    for _, pattern in _titles():
        for m in pattern.finditer(text):
            own = _below_own(m.group(), text[:m.start()], text[m.end():])
            if own:
                out.append(own)
        text = blank_all(pattern, text)
    return out


def _held_at(segs: list[Segment], index: int, text: str, start: int, end: int) -> bool:
    """Whether the title at ``text[start:end]`` (or the list of honours it is an item of) is said to be held by the
    speaker, by the words around that span in the clause ``segs[index]`` and the clauses after it."""
    seg = segs[index]
    before = text[:start]
    # or framed as held by the words around it (作为杭州工匠, 那批里头有我: language.titles' table)
    # (past a topic marker after the name: "浙江工匠那个我20年就拿下了", "杭州工匠嘛，…")
    # (or taken up again by its papers or a demonstrative: "杭州工匠这块牌子我前年就到手了"; the papers
    # themselves still say it, "浙江工匠的证书我裱起来挂在家里了", so the words as said are read too)
    rest = topic_rest(text[end:])
    holder = bool(any(_HOLDER.match(r) or _WON_AFTER.match(r) or held_after(r) for r in {rest, text[end:]})
                  or held_before(before, rest)
                  or held_by_shape(before + "□" + text[end:]))  # 之前有幸评上杭州工匠
    # "2015年评的杭州工匠": a verb of obtaining before it (the language layer's, as for a credential's year)
    # "我有浙江工匠的称号": the asker has the title, said as its name or papers after it
    has = bool(_HAS_BEFORE.search(before) and _HAS_AFTER.match(text[end:])) \
        or _has_said_bare(segs, index, before, text[end:])
    won = (TITLE_VERBS.search(before) or holder or has or judge.obtaining(before)) \
        and not judge.denies_result(before) and not (_SUPPOSED.search(before) and not (holder or has))
    done = seg.self_ref or holder or has or _DONE.search(before) or _DONE.match(text[end:])
    if _title_then_won(segs, index) or _won_then_dated(segs, index, text[end:]) \
            or _approved_after(segs, index, text[end:]) or _edition_won(before, text[end:]):
        won = done = True
    after = text[end:]
    # "2023年评上过浙江工匠的": a sentence-final 的 after a perfect (过/了) asserts, it does not point away
    final_de = after == "的" and re.search(r"[过了]", before)
    # "我们厂里评上过三个杭州工匠": holders counted, not the asker's own title ("拿过一个杭州工匠" is one's own)
    counted = re.search(r"(?<![0-9一二三四五六七八九十几两多])(?!(?:一|1)[个名位]$)[0-9一二三四五六七八九十几两多]+"
                        r"(?:个|名|位)$", before) or _PEOPLE_COUNTED.search(before)
    said = won and done and not (_NEG_AFTER.match(after) and not final_de)
    # the holding told anywhere in the title's sentence ("省首席那会儿是厅里发的文，名单上有我"):
    # language.holding reads the clauses after it too
    said = said or holds(text[:start] + MARK + after, _rest_of_sentence(segs, index))
    # or its getting dates what came after it ("评上省首席以后就一直带徒弟")
    said = said or dated_by(before, after)
    # or said bare, then asked on as a state reached ("浙江工匠评上了，第四届还能报吗")
    said = said or asked_again(before, after, [s.text for s in segs[index + 1:]])
    return bool(said) and not counted and not _kin_of_holder(after) and not not_held_after(after) \
        and not _failed_after(after)


@functools.cache
def _failed() -> re.Pattern[str]:
    from assistant.language.datafiles import data_json, words_pattern

    # (not a time gone by: "没过多久", "没过两年")
    return re.compile(rf"(?:{words_pattern(data_json('title_items.json')['failed'])})(?!多久|多长|几|[一两三四五]?年|[一两三四五]?个月)")


def _failed_after(after: str) -> bool:
    """Whether the rest of the title's clause says it was tried and not got ("评浙江工匠我报了没评上", "…我去年落选了"),
    by the failure words of a titles reply (``data/title_items.json``, failed); a title named after it is its own."""
    blanked = after.find("□")
    ends = [m.start() for _, p in _titles() if (m := p.search(after))] + [blanked if blanked >= 0 else len(after)]
    return bool(_failed().search(after[:min(ends)]))


def _rest_of_sentence(segs: list[Segment], index: int) -> list[str]:
    """The clauses after ``segs[index]`` up to the end of its sentence."""
    rest = []
    for seg in segs[index + 1:]:
        if seg.opens:
            break
        rest.append(seg.text)
    return rest


@functools.cache
def _kin_after() -> re.Pattern[str]:
    from assistant.language.people import alternation

    return re.compile(rf"^的(?:{alternation('own')}|{alternation('kinfolk')}|{alternation('workmate')})")


def _kin_of_holder(after: str) -> bool:
    """Whether the words after a title make its holder someone the speaker is kin to or works beside ("我是杭州工匠的
    徒弟", "他是浙江工匠的儿子"): the person is named by the holder, and holds nothing by it."""
    return bool(_kin_after().match(after))


# the winners counted as the subject of the winning ("我们公司有三个人评上过", "好几个同事都拿了"): others' titles, the
# speaker not among them unless named (a count of people is never the speaker's own title)
_PEOPLE_COUNTED = re.compile(r"[0-9一二三四五六七八九十几两多]+(?:个|名|位)(?:人|同事|师傅|老师傅|职工|员工|工友|同志|徒弟|技术员)"
                             r"[^，,。我俺]{0,6}$")


# A clause that only says when an award came (前年冬天拿的奖, 2019年评上的), next to the clause naming it.
_WHEN_WON = re.compile(r"(?:拿|获|得|评|领|颁)[^,，。]{0,3}(?:的|了)?(?:奖|证|称号)?")


def _year_beside(segs: list[Segment], index: int, today) -> int | None:
    """The year said in the clause before or after ``segs[index]`` when that clause is about winning and names
    no award of its own: "前年冬天拿的奖，是浙江省技术能手" -> the year of 前年; or in the clause after it when that
    clause is only a date ("…称号，时间是2019年")."""
    for other in (index - 1, index + 1):
        if 0 <= other < len(segs) and segs[other].asserts:
            text = segs[other].text
            if other > index and only_date(text, today) is not None:  # "拿过杭州市技术能手称号，时间是2019年"
                return only_date(text, today)
            if not _WHEN_WON.search(text) or any(p.search(text) for _, _, p in AWARDS) or SCI_TECH_AWARD.search(text):
                continue
            year = year_near(text, len(text), today)
            if year is not None:
                return year
    return None


# A prize that names a band of winners (金奖, 一等奖, 优秀奖) at an exhibition or contest of no listed kind: no
# award the rules know and no place, but a deed the experts weigh, so its sentence is kept as an achievement.
_BAND = re.compile(r"(?:金|银|铜|特等|一等|二等|三等|优秀|优胜|最佳|创新|大)奖|金牌|银牌|铜牌")
_WON = re.compile(WON)


# An honour of the kinds the notices list (技术能手, 劳模, 五一劳动奖章 …), conferred below their levels: by a district,
# a county or town, or one's own employer ("余杭区技术能手", "厂里评的技术标兵", "集团内部的岗位能手"). It is no listed
# honour, which is a fact (awards: none of them), said back so the user can name a higher one.
_HONOUR = re.compile(r"技术能手|劳动模范|劳模|五一劳动奖章|劳动奖章|技能大师|技术标兵|岗位能手|先进工作者|技术状元|金牌工人"
                     r"|优秀员工|青年岗位能手|巾帼建功标兵")
_BELOW = re.compile(r"(?:区|县|镇|街道|集团|公司|厂|企业|单位|内部)(?:级|里|上|内部)?(?:的|评的|发的|颁的)?"
                    r"(?!.*(?:市|省|国|全国))[^,，。、]{0,8}$")
# the clause after it that says whose the honour was ("评过区级技术能手，余杭区的", "是厂里评的")
_BELOW_AFTER = re.compile(r"^(?:是|算)?[一-鿿]{0,4}?(?:区|县|镇|街道|集团|公司|厂|企业|单位)(?:级|里|内部)?(?:的|评的|发的)")
# a nomination is not the honour: "省技术能手的提名", "技术能手候选人", "入围了市劳模"
_NOMINATED_AFTER = re.compile(r"^(?:的)?(?:提名|候选|入围|推荐人选|预选|初评)")
_NOMINATED_BEFORE = re.compile(r"(?:入围|提名|候选)(?:了|过)?[^,，。]{0,3}$")


def _below_honours(segs: list[Segment], index: int, text: str) -> list[str]:
    """The honours in ``text`` conferred below the listed levels (see ``_HONOUR``), as said."""
    after = segs[index + 1].text if index + 1 < len(segs) else ""
    found = []
    for m in _HONOUR.finditer(text):
        before = text[max(0, m.start() - 12):m.start()]
        if "□" in text[m.start():m.end()] or judge.negated(before):
            continue
        if _BELOW.search(before) or _BELOW_AFTER.match(after) and not re.search(r"市|省|国", before):
            start = _BELOW.search(before)
            found.append((before[start.start():] if start else "") + m.group())
    return found


# The conferring level said after a bare honour's name ("技术能手是杭州市评的", "拿过技术能手，是省里发的", "劳模拿过，市里的"):
# the name with that level before it is read as the table's award of that level (浙江省/杭州市/全国 + the name), so a
# city's or a province's honour said the other way round is not lost; a unit's or a district's stays below (_BELOW_AFTER)
_LEVEL_SAID_AFTER = re.compile(r"^(?:的)?(?:称号|荣誉)?(?:是|算|属于|那是)?(?P<who>杭州市|杭州|市里|市级|全市|浙江省|浙江|省里|省级|全省|全国|国家)"
                               r"(?:总工会|人社局|人社厅|人力社保局|政府|里)?(?:评|发|颁|给|授予|认定)?(?:的|级的)(?:称号|荣誉)?$")
_BARE_WON = re.compile(r"^(?:(?:拿|评|得|获)(?:过|了|到|上)?(?:的)?)?$")
_LEVEL_NAME = {"杭州市": "杭州市", "杭州": "杭州市", "市里": "杭州市", "市级": "杭州市", "全市": "杭州市", "浙江省": "浙江省",
               "浙江": "浙江省", "省里": "浙江省", "省级": "浙江省", "全省": "浙江省", "全国": "全国", "国家": "全国",
               "人社部": "全国", "人社厅": "浙江省", "省人社厅": "浙江省", "市人社局": "杭州市", "省总工会": "浙江省",
               "市总工会": "杭州市", "全国总工会": "全国", "省政府": "浙江省", "市政府": "杭州市"}
# ... or the conferring body said before it, as the giver ("省里给发了个技术能手的牌子", "市里给我评了个技术能手",
# "人社部给发了个技术能手", "省里的科技进步二等奖"): the body starts the words (after a time or the speaker) and no other
# place stands before it ("宁波市里…" is Ningbo's)
_LEVEL_SAID_BEFORE = re.compile(r"(?:^|(?<=[年我是被由了过，,\s]))(?P<who>省人社厅|市人社局|省总工会|市总工会|全国总工会|"
                                r"省政府|市政府|人社部|人社厅|杭州市|浙江省|市里|全市|省里|全省|全国|国家)"
                                r"(?:给|为|向)?(?:我|俺|咱)?(?:评|发|颁|授|授予|批|认定)?(?:了|过|的)?(?:个|一个|块|张)?(?:的)?$")
_WHO_LEVEL = {"杭州市": "municipal", "浙江省": "provincial", "全国": "national"}


def level_said_before(before: str) -> str | None:
    """The level of the body that said it gave the honour right before its bare name ("省里给发了个" -> provincial)."""
    m = _LEVEL_SAID_BEFORE.search(before)
    return _WHO_LEVEL[_LEVEL_NAME[m["who"]]] if m else None


def _level_after(segs: list[Segment], index: int, text: str) -> list[tuple[int, str, str]]:
    """(start, kind, level) for each bare honour of ``text`` (none of the table's awards matched it) whose level is said
    after it, in the rest of the clause or, the rest being only a verb of winning, in the asserting clause after it."""
    nxt = segs[index + 1] if index + 1 < len(segs) else None
    found = []
    for m in _HONOUR.finditer(text):
        if judge.negated(text[max(0, m.start() - 12):m.start()]) or re.search(r"[市省国区县级里]$", text[:m.start()]):
            continue  # a level already before it (read by the table, or a district's)
        rest = text[m.end():].strip(" ，,")
        said = _LEVEL_SAID_AFTER.match(rest) or (
            _BARE_WON.match(rest) and nxt and nxt.asserts and _LEVEL_SAID_AFTER.match(nxt.text.strip(" ，,")))
        said = said or _LEVEL_SAID_BEFORE.search(text[:m.start()])
        if not said:
            continue
        named = _LEVEL_NAME[said["who"]] + m.group()
        for kind, level, pattern in AWARDS:
            if pattern.fullmatch(named):
                found.append((m.start(), kind, level))
                break
    return found


def read_awards(segs: list[Segment], today=None) -> Candidates:
    out: Candidates = {}
    sentence: list[str] = []
    for index, seg in enumerate(segs):
        if seg.opens:
            sentence = []
        sentence.append(seg.text)
        if not seg.asserts:
            continue
        text = seg.text
        if (_BAND.search(text) and _WON.search(text) and not ranks(text) and not judge.negated(text)
                and not any(p.search(text) for _, _, p in AWARDS) and not SCI_TECH_AWARD.search(text)
                and not NOT_OWN_RESULT.search(text)):
            contest = re.search(rf"[^,，。、]{{0,16}}(?:{COMPETITION_WORDS})", text)
            if contest and below_listed(contest.group()):  # "区里的技能比赛拿过一等奖": no listed level, no place
                add(out, "_no_competitions", True)
                said = re.sub(r"^(?:我|本人)?(?:拿过|拿了|拿到|获得过?|获过|得过|得了|参加过?|在)", "", contest.group())
                add(out, "_read_as", below_note(said + _BAND.search(text).group()))
            else:
                add(out, "achievements", "，".join(sentence))  # "…传统手艺，我编的竹器在全国工艺品展上拿过金奖"
        found = []
        ends: dict[int, int] = {}
        for kind, level, pattern in AWARDS:
            for m in pattern.finditer(text):
                found.append((m.start(), _whose(kind, text, m.start()), level))
                ends[m.start()] = m.end()
                text = blank(text, m)
        for m in SCI_TECH_AWARD.finditer(text):
            level = AWARD_LEVEL_PREFIX.get(m["pre"] or "")
            if level is None:
                prefix = re.search(r"(浙江省|杭州市|国家)$", text[max(0, m.start() - 3):m.start()])
                level = AWARD_LEVEL_PREFIX.get(prefix.group(1)) if prefix else level_said_before(text[:m.start()])
            found.append((m.start(), m.group(), level))
            ends[m.start()] = m.end()
        for start, kind, level in _level_after(segs, index, text):  # "技术能手是杭州市评的"
            found.append((start, kind, level))
            ends[start] = start + len(re.match(_HONOUR, text[start:]).group())
        # "杭州市技术能手报过，但没评上": the clause after may say the attempt failed
        then = segs[index + 1].text if index + 1 < len(segs) else ""
        for start, kind, level in sorted(found):
            if judge.denies_result(seg.text[:start]) or judge.denied_from(f"{seg.text[start:]}，{then}"):
                continue
            end = ends[start]
            if _NOMINATED_AFTER.match(re.sub(r"^[^,，。的提候入推预初]{0,6}", "", seg.text[end:])) \
                    or _NOMINATED_BEFORE.search(seg.text[:start]):
                continue  # "拿过省技术能手的提名": nominated, not awarded
            award = {"level": level, "kind": kind,
                     "year": year_near(seg.text, start, today)
                     or _year_beside(segs, index, today)}
            add(out, "awards", {k: v for k, v in award.items() if v is not None})
        told = [seg.text, *(s.text for s in segs[index + 1:index + 2] if s.asserts and not s.question)]
        if found and unit_award(told) is not None:
            # "我们公司二四年拿了浙江省科学技术进步奖": the award is the unit's; kept with the achievements, for the
            # checker to weigh whose it is (eligibility.honours._whose_award)
            add(out, "achievements", "，".join(told))
        if not found and _WON.search(seg.text) or not found and re.search(r"评|是", seg.text):
            for said in _below_honours(segs, index, text):
                add(out, "_no_awards", True)
                add(out, "_read_as", f"“{said}”是区县或单位评的荣誉，不是通知所列的市级及以上荣誉。")
    return out
