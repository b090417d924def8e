"""Who did it: whether the speaker led or made what a clause names, only took part in, used, learnt or saw it,
or others took it up (推广, 都在用). The cue patterns are data (``data/lexicon.json``, ``agency``).

每天用MES系统报工 names a digital system but no 数字化改造; 按照师傅总结的操作法干活 names an operating method the
speaker did not 总结. For the kinds one makes rather than merely uses (``made_kinds``) a clause that only says the
speaker used or followed the thing supports none of them; for the model the cues are also inputs.
"""

from __future__ import annotations

import re

from assistant.language.datafiles import data_json

__all__ = ["AGENCY", "agency", "chores", "dismissal", "disowns", "has_cue", "headless", "led", "made_kinds", "only_used", "own_part",
           "plain_work", "routine", "someone_else", "subject_other", "the_units", "without_setting"]

AGENCY = ("lead", "bystander", "adopted")


# the speaker's organisation named by where the speaker is (我所在的研发中心, 所在单位, 本人所在班组): the organisation
# is the subject, the speaker only says where they work
_WHERE_I_AM = re.compile(r"^(?:我|本人)?所在(?:的)?(?=[\u4e00-\u9fff])")


def _cues() -> dict:
    return data_json("lexicon.json")["agency"]


def has_cue(name: str, clause: str) -> re.Match | None:
    return re.search(_cues()[name], clause, flags=re.IGNORECASE)


def agency(clause: str) -> tuple[bool, ...]:
    """Whether the speaker led or made it, only took part in, used, learnt or saw it, and whether others took it
    up, in the order of ``AGENCY``."""
    return tuple(bool(has_cue(name, clause)) for name in AGENCY)


def made_kinds() -> frozenset[str]:
    """The kinds one makes rather than merely uses (标准, 革新, 智能体, 操作法, 成果转化, 数字化改造)."""
    return frozenset(_cues()["made_kinds"])


def led(clause: str) -> bool:
    """A cue of the speaker leading or making it, in a clause whose subject is not someone else (所在部门开发了…,
    医院上了一套智慧病房系统: ``subject_other``)."""
    where = _WHERE_I_AM.sub("所在", clause)  # 我所在的项目组研发了…: the team's, as 所在部门开发了…
    return (bool(has_cue("lead", clause)) and not has_cue("chore_head", clause)
            and not re.search(_cues()["others"], where) and not subject_other(clause))


def only_used(clause: str) -> bool:
    """Whether the speaker only used, learnt, followed or saw the thing (每天用MES报工, 按照师傅总结的操作法干活):
    a bystander cue, no cue of leading or making it, and no adoption by others said after the bystander cue."""
    if has_cue("chore_head", clause):
        return True  # 负责科技成果转化项目的报账: the project's name leads, the speaker did its chore
    by = has_cue("bystander", clause)
    if not by or has_cue("lead", clause):
        return False
    return not re.search(_cues()["adopted"], clause[by.end():], flags=re.IGNORECASE)


def routine(clause: str) -> bool:
    """Whether the clause tells the job as done every day rather than a deed (平时只是用现成的AI工具抠图, 每天按工艺卡调
    参数, 按图纸干活): a habitual frame, a followed document or a ready-made tool, with no cue of the speaker leading or
    making something, no adoption by others and no result (从…到, 提高, 省下). Said beside a "no" for the
    achievements it tells nothing the no left out; said alone it is still an achievement for the experts."""
    return (bool(has_cue("routine", clause)) and not has_cue("result", clause) and not has_cue("lead", clause)
            and not has_cue("adopted", clause))


def plain_work(clause: str) -> bool:
    """Whether the clause tells only the plain work of a job (就会埋头干活, 就是天天修车, 修修机器, 上班下班): the job's
    generic work words (``plain_work`` in ``data/lexicon.json``), or a routine frame said in the present, with no
    过/了/出 of a thing done ("平时搞过一个小改造" is a deed), and, either way, no result, lead or adoption."""
    if has_cue("result", clause) or has_cue("lead", clause) or has_cue("adopted", clause):
        return False
    return bool(has_cue("plain_work", clause)) or (bool(has_cue("routine", clause)) and not re.search(r"[过了出]", clause))


def dismissal(clause: str) -> bool:
    """Whether the clause dismisses the speaker's work as ordinary (就是个普通干活的, 就一普通码农, 说白了就是个看设备的,
    顶多算个熟练工): ``plain_work``'s own words, not a routine frame (平时负责点检 tells the job, it dismisses nothing).
    Beside a denial it says there is nothing else to tell (``classify.denied_only``, ``extract.absences``)."""
    if has_cue("result", clause) or has_cue("lead", clause) or has_cue("adopted", clause):
        return False
    return bool(has_cue("plain_work", clause))


def cleft_other(clause: str) -> bool:
    """Whether a 是…的 clause says someone other than the speaker made the thing it is about (中台是技术部搭的,
    MES这些都是总部上的, 系统是外包公司做的; ``cleft`` in ``data/lexicon.json``): the agent between 是 and the verb
    is a person or a body (``cleft_agent``) and names none of the speaker (专利是我写的 is the speaker's)."""
    cues = _cues()
    # 技改都是技术科在弄: the progressive or a duty names the agent as 是…的 does (cleft_progressive)
    for m in [*re.finditer(cues["cleft"], clause), *re.finditer(cues["cleft_progressive"], clause.rstrip("。！ "))]:
        agent = m.group("agent")
        if re.search(cues["cleft_agent"], agent) and not re.search(cues["cleft_self"], agent):
            return True
    return False


def headless(part: str) -> bool:
    """Whether an affirmed part is only a verb and 的 (做的也不是传统手艺): the subject of a denied copula, no deed."""
    return bool(has_cue("headless", part.strip()))


def own_part(clause: str) -> bool:
    """Whether the clause says what the speaker's own part was (我负责测试, 我做项目文档), led by no cue."""
    return bool(re.search(_cues()["own_part"], clause)) and not led(clause)


# an event one takes part in: "徒弟带了三个但没参加比赛" denies the contest, it disowns nothing said before it
_EVENT = re.compile(r"(?:参与|参加)(?:过|了)?[^，,。]{0,6}?(?:比赛|竞赛|大赛|比武|评比|评选|考试|考核|培训|活动|会议|选拔)")


def disowns(clause: str) -> bool:
    """Whether a negated clause says the speaker had no part (我没参与, 不是我的, 没有署名); taking part denied in an
    event named as its object (没参加比赛, 没参与评选) is the event's, no part denied in what was said before."""
    m = has_cue("disowned", clause)
    if m and re.match(r"参与|参加", m.group()) and _EVENT.search(clause) \
            and not has_cue("disowned", clause[:m.start()] + clause[m.end():]):
        return False
    return bool(m)


def someone_else(clause: str) -> bool:
    """Whether a clause after a disowning one says who did it instead (而是我们总工牵头编的), naming no 我 (我们 is others)/本人/自己."""
    return bool(has_cue("instead", clause))


def chores(clause: str) -> bool:
    """Whether an own-part clause names only chores (我当时负责后勤, 我只是打杂, 主要负责录入): no share in any
    achievement of the clauses before it, an award included."""
    return own_part(clause) and bool(has_cue("menial", clause))


def the_units(clauses: list[str]) -> set[int]:
    """The clauses (by index) that say what the speaker's organisation is, holds or did, not what the speaker did: 我们公司
    是国家高新技术企业，有二十多项专利 (the second clause goes on with the first's subject), 我们部门研发了一套仓储系统
    (``unit_did`` in ``data/lexicon.json``; a team is not an organisation: 我们团队做的智能体 is the speaker's with the
    team, and 我们部门牵头制定的规范… names what the clause is about, not its deed). None when a clause names
    the speaker (我是第二完成人, 专利是我写的): then the speaker says their own part. The organisation may be named by
    where the speaker is (``_WHERE_I_AM``: 所在单位拿过省科技进步奖, 我所在的研发中心有十几项发明专利): that 我 is no part."""
    ctx = data_json("context.json")
    where = [_WHERE_I_AM.match(c) for c in clauses]
    clauses = [c[m.end():] if m else c for c, m in zip(clauses, where, strict=True)]
    if any(re.search(ctx["self"], c) for c in clauses):
        return set()
    out: set[int] = set()
    for i, clause in enumerate(clauses):
        # after 所在 any organisation's name (研发中心, 项目部) comes before what it is or holds
        named = where[i] and any(re.match(ctx["unit_has_more"], clause[k:]) for k in range(1, 9))
        did = re.search(_cues()["unit_did"], clause)  # 我们部门研发了一套…: the organisation's deed
        if named or did or re.search(ctx["unit_has"], clause) or (
                i - 1 in out and re.search(ctx["unit_has_more"], clause)):
            out.add(i)
    return out


def without_setting(clause: str) -> str:
    """``clause`` without the scene it sets before the speaker's part in it, when that part is only chores
    (``chores``): "技改项目里我负责拍照存档" -> "我负责拍照存档" (the 技改 is the setting, not the deed). The whole clause
    when the part is work of its own (工作组里我负责起草两项条款), led (项目中我担任技术负责人) or no own part at all
    (数字化车间里我带出了五个徒弟)."""
    for m in re.finditer(data_json("context.json")["setting"], clause):
        rest = clause[m.end():]
        if chores(rest) and not led(rest):
            return rest
    return clause


_SELF = ("我", "本人", "自己", "俺")
_WITH = ("和", "与", "跟", "同")  # opening a clause, the company the unsaid speaker keeps


def subject_other(clause: str, organisations: bool = True) -> bool:
    """Whether the subject of ``clause`` (the words that open it, before its first verb, a word with an aspect
    particle after it, or a preposition, by jieba's tags) names someone other than the speaker: a person by post,
    seniority or address (``person``, ``person_name`` in ``data/lexicon.json``: 班组长, 老所长, 同事, 师傅, 张工, 老李)
    or, with ``organisations``, an organisation (``organisation``: 医院, 公司, 技术中心), not the speaker's (我的徒弟王强…,
    我们公司: a collective the speaker is in), the speaker named nowhere in it (…都是我带出来的, 王师傅和我一起搞的,
    专家们都来找我, 公司让我牵头…) but as the one given or taught something (``giving``), and its verb does not report
    what that person says of the speaker (师傅说我手感好) or what it conferred (``conferring``: 公司评了技术革新一等奖)."""
    from assistant.retrieval.segment import tags

    cues = _cues()
    words = tags(clause)
    first = next((i for i, (_, flag) in enumerate(words)
                  if flag.startswith(("v", "p")) or (i + 1 < len(words) and words[i + 1][1] in ("ul", "ug"))), len(words))
    if first == len(words) or (first == 0 and words[first][1].startswith("p")):
        return False  # no verb (网络安全工程师: a post), or a preposition first (按照师傅总结的…): no one acts
    # a preposition after a subject (公司给每台机床装了一套防护装置, 厂里为我们请了专家): the subject is before it

    surnames = data_json("lexicon.json")["mention"]["surnames"]

    def person(w: str, flag: str) -> bool:
        return bool((flag.startswith("n") and re.search(cues["person"], w))
                    or (flag in ("nr", "t") and re.search(cues["person_name"], w))
                    # 老张, 小王: jieba tags them a plain noun; a surname after 老/小 is a name, 小组 and 老化 are not
                    or (flag.startswith("n") and len(w) == 2 and w[0] in "老小" and w[1] in surnames))

    def organisation(w: str, flag: str) -> bool:
        return flag == "nt" or bool(flag.startswith("n") and re.search(cues["organisation"], w))

    lead = has_cue("lead", clause)  # a lead cue opens the clause (主导车间MES对接: jieba tags 主导 b): it is the verb
    at, cut = 0, first
    for i, (w, _) in enumerate(words[:first]):
        if lead and at >= lead.start():
            cut = i
            break
        at += len(w)
    subject = words[:cut]
    opening = [w for w, f in subject if f not in ("t", "d")]  # 后来, 去年 set the time, not the subject
    if opening and opening[0] in _WITH:
        return False  # 后来和一家机床厂合作量产: the speaker, left unsaid, works with them
    ours = any(w in ("我们", "咱们", "俺们") for w, _ in subject)  # 我们公司: a collective the speaker is in
    # 我师兄, 我的同事: a 我 that only says whose the person is (the person right after it, 的 between or not)
    owner = {i for i, (w, _) in enumerate(subject) if w in _SELF and any(
        person(x, f) for x, f in subject[i + 1:i + 3] if x != "的") and all(
        x == "的" or person(x, f) for x, f in subject[i + 1:i + 2])}
    if any(w in _SELF for i, (w, _) in enumerate(subject) if i not in owner) or not any(
            person(w, f) or (organisations and not ours and organisation(w, f)) for w, f in subject):
        return False
    if re.search(cues["speech"], words[first][0]) or re.search(cues["conferring"], words[first][0]):
        return False  # what they say of the speaker (师傅说我…), what they gave (公司评了技术革新一等奖)
    # the speaker named anywhere else makes it the speaker's too (…都是我带出来的, 专家们都来找我), save as the one
    # given or taught something (师傅教了我一手绝活)
    return all(w not in _SELF or i in owner or (i and re.search(cues["giving"], "".join(x for x, _ in words[max(i - 2, 0):i])))
               for i, (w, _) in enumerate(words))
