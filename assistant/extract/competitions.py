"""Competition results: the asker's placings (第N名, 冠军, 金牌…) in a named competition, its level, tier,
year and whether individual or team, and the placings of someone else (apprentices, students).

Ranks: 第N名/第N, 冠军/亚军/季军, 世赛·国赛 金牌/银牌/铜牌 = 1/2/3, 前N名 = N (the worst place it allows).
一等奖/金奖 name a band of winners, not a place, so they give no competition entry (``honours.read_awards``
keeps the sentence as an achievement). A result won by one's apprentices or students is not one's own (it
goes to ``trained_apprentices``), nor is one told in a clause that continues theirs ("徒弟…，有一个…拿了第一名").
One's own placing with no word of a team in the message is individual, said back to the user (``_read_as``).
"""

from __future__ import annotations

import re

from assistant.extract import judge
from assistant.extract.numbers import to_number, year_from
from assistant.extract.patterns import (
    CLASS_NAME,
    COMPETITION_LEVELS,
    COMPETITION_NAME,
    NOT_OWN_RESULT,
    OTHER_PEOPLE,
    RANKS,
    WON,
)
from assistant.extract.people import Candidates, add
from assistant.extract.text import Segment
from assistant.extract.when import only_date, year_near

__all__ = ["ranks", "read_competitions", "results_named", "below_listed", "below_note"]

_DESCRIBES = re.compile(r"(?:不过|但是?|只是|可惜)?(?:那个|这个|那次|它)?(?:是|属于|算是?)?(?:[省市]级|国家级|省里的?|市里的?)?(?:一类|二类)?"
                        r"(?:团体|团队|个人)?(?:竞赛|比赛|赛事|大赛|赛|项目)?(?:来着|吧|的)?")

# a place named, said or missed ("第一没拿到", "没拿到冠军"): the contest was entered
_PLACE_NAMED = re.compile(r"第[0-9一二三四五六七八九十]|冠军|头名|金牌|夺冠")
_LEADING = re.compile(r"^(?:我|本人|是|在|曾经|曾|获得|荣获|获|拿过|拿到|拿了|拿的|拿|得到|得了|参加了?|参赛|于|去年|今年|的|了|过)+")
# the verb of winning inside the words before a placing ("前年拿过省里焊工比赛第二名"): the contest's name starts
# after it, so the time word and the verb said before it ("前年拿过", "那年得了", "前两年获得过") never reach the field
_WON = re.compile(rf"(?:{WON}|参加|参赛)[了过到得的]*")  # or only taking part: the name starts after it too
# a year, a month ("今年1月省数字经济行业…": the month is when, not the name) or an edition before the name
_YEAR_PREFIX = re.compile(r"^(?:(?:(?:19|20)?[0-9]{2}年度?)?(?:(?:1[0-2]|0?[1-9]|[一二三四五六七八九十]{1,2})月份?)?(?<!^)"
                          r"|(?:19|20)?[0-9]{2}年度?|[〇零一二三四五六七八九]{2,4}年度?|第[0-9一二三四五六七八九十]+届)")


def _level(name: str) -> str | None:
    hits = [(m.start(), level) for level, pattern in COMPETITION_LEVELS for m in pattern.finditer(name)]
    return max(hits)[1] if hits else None


def below_listed(name: str) -> bool:
    """Does the contest's name put it below every level the notices list (a district's, a county's, one's
    employer's: "县里的电焊比赛", "厂里技能比武", "集团内部的数控大赛")? The last level word named decides, as in
    ``_level`` ("杭州市余杭区…" is the district's)."""
    hits = [(m.start(), level) for level, pattern in COMPETITION_LEVELS for m in pattern.finditer(name)]
    return bool(hits) and max(hits)[1] is None


def below_note(said: str) -> str:
    return f"“{said}”是区县或单位内部的比赛，不算通知所列的市级及以上竞赛名次。"


# A 前N or 第N said as the bar one missed, not as a placing: "第四名，差一名进前三", "离前六就差两个名次", "无缘前三",
# "冲击前三没成功", "差一点拿第一". Words of distance or of falling short before it (within the clause) or right after it.
# A trade's own characters are no such word: 冲 of 冲压工/冲床工, 挤 of 挤出工, 离 of 离心机 sit right before "第一名"
# ("杭州市职业技能大赛冲压工第一名"), so 离/距 count only right before the rank and 冲/挤 only as 冲击/冲刺/挤进.
# (or only wished for: "想夺冠", "想拿冠军", "争取拿第一"; not 想当年, a time recalled)
_MISSED_BEFORE = re.compile(r"(?:(?:差(?!不多)|无缘|冲击|冲刺|挤进|挤入|想(?!当年|起)|争取|希望)[^，。！？前第]{0,4}|离|距离?)$")
_MISSED_AFTER = re.compile(r"^名?(?:还|就|只|仅)?(?:差|失之交臂|无缘|没成功|未果)")


def _missed_bar(text: str, m: re.Match) -> bool:
    """Whether the 前N at ``m`` is the bar the speaker fell short of ("差一名进前三"), which names no placing."""
    # after the placing only a band ("前三还差一名"): "第八名差两名进前六" is the eighth place, then the bar
    return bool(_MISSED_BEFORE.search(text[max(0, m.start() - 6):m.start()])) or (
        m.group().startswith("前") and bool(_MISSED_AFTER.match(text[m.end():]))) or bool(_DENIED_AFTER.match(text[m.end():]))


# any place denied right after it is named ("冠军没拿到", "第一名没能拿下", "头名也没得着"): a place missed, none won
_DENIED_AFTER = re.compile(r"^名?(?:我|也|都|还|最后|终究)?(?:没|没有|未|没能|未能)(?:拿|得|获|评|争|抢|保)")


def ranks(text: str) -> list[tuple[re.Match, int]]:
    hits, taken = [], []
    for pattern, fixed in RANKS:
        for m in pattern.finditer(text):
            if any(m.start() < e and s < m.end() for s, e in taken) or _missed_bar(text, m):
                continue
            rank = fixed if fixed is not None else to_number(m["n"])
            if rank is not None and 1 <= rank <= 1000:
                hits.append((m, int(rank)))
                taken.append((m.start(), m.end()))
    return sorted(hits, key=lambda h: h[0].start())


def results_named(text: str, today) -> list[dict]:
    """Competition results a text names, whoever won them ("我徒弟2020年拿过杭州市技能竞赛焊工第二名"): for a
    condition on the results of the apprentices one trained."""
    from assistant.extract.text import normalize, segments

    return read_competitions(segments(normalize(text)), today, own=False).get("competition_results", [])


# Someone else as the subject of a clause: "我带的徒弟好几个成了骨干", "徒弟们…", "同事…". The clauses after it in
# the same sentence that name no subject of their own ("有一个2020年…拿了第一名") are still about them.
_OTHERS_SUBJECT = re.compile(r"^(?:(?:我|本人)?(?:带|教|培养|指导|带出)[过出了]?的|我的|我们的)?"
                             rf"(?:[0-9一二三四五六七八九十两几好多]+(?:个|名|位))?(?:{'|'.join(OTHER_PEOPLE)})")
# "带了12个徒弟，其中2个拿过省赛第一": 其中 with a count picks out of the group the clause before named, never the asker
# (said without 其中, "带了好多徒弟 有个小金一九年…拿了第二名": 有个 with a name or a count picks one of them too)
_AMONG = re.compile(r"^其中(?:有)?[0-9一二三四五六七八九十两几好多]+(?:个|名|位|人)"
                    r"|^(?:其中)?有(?:[一两三四五六七八九十几0-9]+)?(?:个|位|名)(?=[\u4e00-\u9fff])(?!人说|说|讲)")
_OWN_SUBJECT = re.compile(r"我|本人|自己|俺")
# Words that make a placing a team's; where a message has none, the asker's own placing is their own (个人).
_TEAM_WORDS = re.compile(r"团体|团队|组队|小组|合作|搭档|一队|个队|一组|队员|队友|双人|多人")


# A stretch that only says which contest: a year, a body (浙江省, 市里的, 国家一类的), a class, the event's name or its
# item (装配钳工, 船舶机工项目); no rank, no verb of winning, no one else. Spoken runs split the contest over several.
_CONTEST_PART = re.compile(r"(?:(?:19|20)?[0-9]{2}|[〇零一二三四五六七八九]{2,4})年度?|第[0-9一二三四五六七八九十]+届|"
                           r"(?:全国|国家级?|浙江省?|杭州市?|省级?|市级?|省里|市里)(?:的)?|[一二]类(?:的)?|"
                           r"[\u4e00-\u9fffA-Za-z0-9（）()]{1,12}(?:项目|赛项|工种|组)")
_STRETCH_CLAUSES = 4  # a contest said over more stretches than this is no longer one name


def _contest_part(clause: str) -> bool:
    """Whether ``clause`` only names part of a contest (its year, body, class, event or item)."""
    rest = _CONTEST_PART.sub("", COMPETITION_NAME.sub("", clause.strip()))
    return not ranks(clause) and not rest and not NOT_OWN_RESULT.search(clause) and not judge.denies_result(clause)


def _contest_run(before: list[str], ctx: str, own: bool) -> list[str]:
    """The sentence's stretches just before a rank's context that only name parts of the contest (``_contest_part``):
    "二〇二〇年 浙江省 二类技能竞赛 装配钳工 第一名" says the year and the body before the contest's name."""
    head = ctx.split("，")[0] if "，" in ctx else ""
    start = before.index(head) if head in before else len(before)
    taken: list[str] = []
    for clause in reversed(before[max(0, start - _STRETCH_CLAUSES):start]):
        if not _contest_part(clause) or (own and NOT_OWN_RESULT.search(clause)):
            break
        taken.insert(0, clause)
    return taken


def _stretched(run: list[str], ctx: str, name: str) -> tuple[str, str | None, str]:
    """The context of a rank whose nearest contest names no body, widened back over ``run`` when a stretch of it gives
    the body: (context, level, name); the name is then the run's contest name that gives the body, if there is one."""
    if not any(_level(c) for c in run):
        return ctx, None, name
    wide = "，".join(run) + "，" + ctx
    named = next((m.group() for c in run for m in COMPETITION_NAME.finditer(c) if _level(m.group())), name)
    return wide, _level(wide), named


def tier_in(text: str) -> str | None:
    """The class (一类/二类) a text says of a contest; None when it names both ("不知道是一类还是二类") or neither."""
    said = {t for t in ("一类", "二类") if t in text}
    return said.pop() if len(said) == 1 else None


def _team_said(segs: list[Segment]) -> bool:
    """Whether the message speaks of a team in a sentence about a contest ("我们三个人一个队，拿了市赛第一"): a team
    said of other work ("带着小组搞技改", "跟搭档一起开发") says nothing of how the placing was won."""
    sentences: list[str] = []
    for seg in segs:
        if seg.opens or not sentences:
            sentences.append("")
        sentences[-1] += seg.text + "，"
    return any(_TEAM_WORDS.search(t) and (COMPETITION_NAME.search(t) or ranks(t) or re.search(r"参赛|组队|去比|比的|出赛|上场", t))
               for t in sentences)


# a clause after a placing that only describes its contest must say something of it: a level, a class, a kind
_SAYS_OF_CONTEST = re.compile(r"[省市]级|国家级|省里|市里|[一二]类|团体|团队|个人|竞赛|比赛|赛事|大赛|赛|项目")
# people said ("我们三个人一组", "我师傅…"): a clause about who took part, not a description of the contest
_PEOPLE_SAID = re.compile(r"我|咱|俺|他|她|[0-9一二两三四五六七八九十几多]个人")
_RUN_AFTER = 3  # a placing described by more clauses after it than this is followed by something else


def _described_after(segs: list[Segment], index: int) -> str:
    """The clauses right after the placing ending ``segs[index]`` that only describe its contest, joined: "那年比赛拿了个
    第二，省级的，一类，个人项目" and "拿过全市第一，一类的焊工比赛，个人" say the level, the class, the contest and the kind
    after the place, in the same sentence; a clause that names a place, someone else or anything more ends the run."""
    run: list[str] = []
    for seg in segs[index + 1:index + 1 + _RUN_AFTER]:
        text = seg.text.strip().rstrip("。！!")
        if seg.opens or not _SAYS_OF_CONTEST.search(text) or ranks(text) or _PEOPLE_SAID.search(text):
            break
        if not (_DESCRIBES.fullmatch(text) or _contest_part(text)):
            break
        run.append(text)
    return "，".join(run)


def _shown(result: dict) -> str:
    when = f"{result['year']}年" if result.get("year") else ""
    return f"{when}{result['field']}第{result['rank']}名"


def read_competitions(segs: list[Segment], today, own: bool = True) -> Candidates:
    """Competition results; with ``own``, only the asker's: a clause whose subject is someone else, or that
    continues such a clause with no subject of its own, goes to ``trained_apprentices`` instead. An own placing
    in a message with no word of a team is read as individual, and ``_read_as`` says so for the user to correct."""
    out: Candidates = {}
    team_said = _team_said(segs)
    carried: list[str] = []  # the sentence's clauses about someone else, so far
    sentence: list[str] = []  # the sentence's clauses so far, for a placing said apart from the competition's name
    for index, seg in enumerate(segs):
        text = seg.text
        # "…第一名，市级一类竞赛", "…第二名，团体赛", "拿了个第二，省级的，一类": the clauses after a result that only
        # describe the contest
        said_after = _described_after(segs, index)
        if seg.opens:
            carried, sentence = [], []
        before, sentence = sentence, [*sentence, text]
        if own and _AMONG.match(text) and before and NOT_OWN_RESULT.search(before[-1]):
            carried = [before[-1], text]
            # (one of them, named, "有个小金…", is another person's clause to the subject reader: theirs all the same)
            if (seg.asserts or seg.other) and ranks(text):
                add(out, "trained_apprentices", "，".join(carried))
            continue
        if own and _OTHERS_SUBJECT.match(text):
            carried = [text]
        elif own and carried and not _OWN_SUBJECT.search(text):
            carried.append(text)
            if seg.asserts and ranks(text):
                add(out, "trained_apprentices", "，".join(carried))
            continue
        else:
            carried = []
        if not seg.asserts or (own and NOT_OWN_RESULT.search(text)):
            continue
        previous = 0
        for m, rank in ranks(text):
            first = previous == 0
            ctx, previous = text[previous:m.start()], m.end()
            names = list(COMPETITION_NAME.finditer(ctx))
            if not names and first and before and not judge.denies_result(ctx):
                # "去年浙江省数字经济行业职业技能竞赛，…赛项，我拿了个人第一名": the name is in the sentence before
                named = next((c for c in reversed(before) if COMPETITION_NAME.search(c)), None)
                # someone else's contest is the asker's only when reading the asker's own; reading anyone's
                # (``results_named``: 带过一个选手参加省物联网技能大赛，拿了第六名), it names the trainee's
                if named is not None and not judge.denies_result(named) and not (own and NOT_OWN_RESULT.search(named)):
                    ctx = "，".join(before[before.index(named):]) + "，" + ctx
                    names = list(COMPETITION_NAME.finditer(ctx))
                elif named is not None and _PLACE_NAMED.search(named) and not (own and NOT_OWN_RESULT.search(named)):
                    # "省数字经济技能竞赛第一没拿到，拿了第二": a place missed is a contest entered; the place won,
                    # said after it, is at that contest (its name only: the missed place is no part of it)
                    ctx = COMPETITION_NAME.search(named).group() + "，" + ctx
                    names = list(COMPETITION_NAME.finditer(ctx))
            at_end = m.end() == len(text.rstrip("。！!"))
            if not names and not any(COMPETITION_NAME.search(c) for c in before):
                names = list(CLASS_NAME.finditer(ctx))  # "一九年省级一类第二名": the class said as the contest
            if not names and at_end and said_after and not judge.denies_result(ctx):
                names = list(COMPETITION_NAME.finditer(said_after))  # "拿过全市第一，一类的焊工比赛": named after it
            if not names or judge.denies_result(ctx):
                continue
            name = names[-1].group()
            level = _level(name) or _level(ctx)
            if level is None and first:
                # "2019年浙江省摩托车装调工技能竞赛 二类竞赛 我拿了第一名", "二〇二〇年 浙江省 二类技能竞赛 装配钳工 第一名":
                # the year, the body, the class and the event said as stretches of their own before the rank
                ctx, level, name = _stretched(_contest_run(before, ctx, own), ctx, name)
            if level is None and at_end and said_after:
                level = _level(said_after)  # "…拿了个第二，省级的，一类": the body said after the place
            if level is None:
                if below_listed(name) or below_listed(ctx):  # "县里的电焊比赛第一名": a placing, of no listed level
                    add(out, "_no_competitions", True)
                    add(out, "_read_as", below_note(f"{name}第{rank}名"))
                continue
            near = ctx if re.search(r"团体|团队|组队|小组|个人", ctx) else text[m.end():m.end() + 4]
            told = ctx  # the year is the placing's own clause's, not that of the contest of the run after it
            if said_after and at_end:
                ctx, near = f"{ctx}，{said_after}", near + said_after
            # the name starts after a year said inside it ("有一个2020年杭州市二类技能竞赛" -> 杭州市二类技能竞赛)
            field = _LEADING.sub("", _YEAR_PREFIX.sub("", _LEADING.sub("", re.split(r"(?:19|20)[0-9]{2}年度?", name)[-1])))
            won = list(_WON.finditer(field))
            if won and won[-1].end() < len(field):
                field = _LEADING.sub("", field[won[-1].end():])
            year = year_near(told, len(told), today)
            if year is None:
                two = re.match(r"^(?:我|在)?([0-9]{2})年", told)
                year = year_from(two.group(1), today) if two else None
            if year is None and first:  # "二〇二五年 浙江省…竞赛 软件测试赛项 个人第一": a year said in a stretch before
                run = "，".join(_contest_run(before, ctx, own))
                year = year_near(run, len(run), today)  # (when.year_near reads 一四年, 二〇一九年 too)
            if year is None:  # "…第一名（2025年）": the year in brackets right after the placing
                after = re.match(r"\s*[（(]\s*((?:19|20)[0-9]{2})\s*年?", text[m.end():])
                year = int(after.group(1)) if after else None
            if year is None and m.end() == len(text.rstrip("。！!")) and index + 1 < len(segs):
                year = only_date(segs[index + 1].text, today)  # "…第五名，2023年的": the clause after dates it
            result = {
                "level": level,
                "tier": tier_in(ctx),
                "rank": rank,
                "year": year,
                "type": "team" if re.search(r"团体|团队|组队|小组", near) else
                        "individual" if "个人" in near else None,
                "field": field or name,
            }
            if own and result["type"] is None and not team_said:
                result["type"] = "individual"
                add(out, "_read_as", f"“{_shown(result)}”按个人成绩理解（没有提到团体）；如是团体成绩，请告诉我。")
            add(out, "competition_results", result)
    return out
