"""Rules of 2021年杭州市首席技师 (杭人社发〔2021〕69号), 一 and 二.

The conditions hold no age or year counts; award and competition years are compared with both ends of
the window (2021-06-21, 2021-07-15). A competition whose tier (一类/二类) is not given is unknown only
when the rank would pass one tier and not the other. Team results, on which the notice is silent, are
left to the experts. Only 国务院 or 市政府 special allowances count (a provincial one is not listed).
"""

from __future__ import annotations

import re
from pathlib import Path

from assistant.eligibility import honours as h
from assistant.eligibility import preds as p
from assistant.eligibility import silent
from assistant.eligibility.dated import in_time
from assistant.eligibility.model import Fix, Outcome, Program, Rule
from assistant.profile import Award, Competition

P = "hz_chief_technician_2021"
C = P + "#"

# (level, tier) -> the lowest rank that counts, for the applicant (二/(一)).
OWN_LIMITS = {("national", "一类"): 6, ("national", "二类"): 3, ("provincial", "一类"): 3,
              ("provincial", "二类"): 1, ("municipal", "一类"): 1}
HONOURS = ("中华技能大奖", "全国技术能手", "杭州市杰出人才")
# 二/(一) names its honours with 等 (…“杭州市杰出人才”等荣誉称号): an honour title for skill or work of the same family
# (技术能手, 技能大师, 劳动模范, 五一劳动奖章, 工匠, 首席技师, 杰出人才…) conferred by the province or the nation, not named
# in the list, is one the notice neither admits nor excludes: the review judges whether it counts (verdict policy:
# silence). A city's own lesser honour (杭州市技术能手) is not: the list's city honour is 杭州市杰出人才 (el-j013)
LIKE_HONOURS = re.compile(r"技术能手|技能能手|技能大师|技能大奖|技能人才|技术标兵|岗位能手|劳动模范|劳模|五一劳动奖章|"
                          r"工匠|首席技师|杰出人才|突出贡献|技能明星|技术状元")
# a district's, a county's or a town's honour is below the city whatever level the form gives it (余杭区技术能手)
BELOW_CITY = re.compile(r"[\u4e00-\u9fff]{1,4}(?:区|县|街道|镇|乡)(?![域别间])")


def _honour(a: Award, ref) -> tuple[bool | None, str] | None:
    for name in HONOURS:
        if name in a.kind and h.short_of_title(name, a.kind):
            return None, f"“{a.kind}”不是“{name}”荣誉称号本身，是否相当由评审认定"
        if name in a.kind:
            return True, f"获得“{name}”荣誉称号"
    if "特殊津贴" not in a.kind:
        if LIKE_HONOURS.search(a.kind) and h.level_at_least(h.award_level(a), "provincial") \
                and not BELOW_CITY.search(a.kind):
            return None, f"“{a.kind}”不在条件(一)列出的荣誉中，通知写的是“…等荣誉称号”，是否相当由评审认定"
        if LIKE_HONOURS.search(a.kind) and (h.award_level(a) == "municipal" or BELOW_CITY.search(a.kind)):
            # a city's lesser honour or a district's (杭州市青年岗位能手, 余杭区技术能手) is said back against the list, so
            # the asker sees which condition it was weighed for and why it does not meet it (el-j013)
            return False, f"“{a.kind}”不在条件(一)列出的荣誉中（所列市级荣誉是“杭州市杰出人才”），不能以它满足条件(一)"
        return None
    level = h.award_level(a)
    if BELOW_CITY.search(a.kind) and "国务院" not in a.kind:
        # 杭州市萧山区人民政府特殊津贴: a district's allowance, not the 市政府's the list names
        return None, f"“{a.kind}”是区县的特殊津贴，条件(一)列的是国务院或市政府特殊津贴，是否相当由评审认定"
    if "国务院" in a.kind or level == "national":
        return True, "享受国务院特殊津贴"
    if "市政府" in a.kind or "杭州" in a.kind or level == "municipal":
        return True, "享受市政府特殊津贴"
    if level == "provincial":
        return False, f"{a.kind}为省级，条件(一)只列国务院或市政府特殊津贴"
    return None, f"“{a.kind}”未注明是国务院还是市政府特殊津贴"


def _tiered(c: Competition, ref) -> tuple[bool | None, str]:
    shown = h.describe(c)
    if c.level == "world":
        return None, f"{shown}：通知未列世界级竞赛，是否相当由评审认定"
    if c.tier:
        limit = OWN_LIMITS.get((c.level, c.tier))
        if limit is None or c.rank > limit:
            return False, f"{shown}未达到{h.LEVEL_LABELS[c.level]}{c.tier}竞赛的名次要求"
    else:
        passes = [c.rank <= OWN_LIMITS[(c.level, t)] for t in ("一类", "二类") if (c.level, t) in OWN_LIMITS]
        if not any(passes):
            return False, f"{shown}未达到条件(一)的名次要求"
        if not all(passes) or len(passes) < 2:
            return None, f"{shown}未注明是一类还是二类竞赛，名次是否达标取决于竞赛类别"
    return h.individual_or_review(c, f"{shown}，达到条件(一)的名次要求")


# 二/(四)'s count: "所带徒弟多人成为企业技能骨干"; a text saying there was only one apprentice (只带过一个徒弟, 就带了
# 一名学徒, 徒弟只有一个) meets the placing and not the count, which the review weighs
ONLY_ONE = re.compile(r"(?:只|就|仅)[^，。；]{0,6}(?:一|1)(?:个|名|位)(?:正式的?)?(?:徒弟|学徒|徒儿)"
                      r"|(?:徒弟|学徒)[^，。；]{0,2}(?:只|就|仅)[^，。；]{0,2}(?:一|1)(?:个|名|位)")
# (level, tier) -> the lowest rank of an apprentice's result that counts (二/(四)).
APPRENTICE_LIMITS = {("national", "一类"): 10, ("national", "二类"): 6, ("provincial", "一类"): 6,
                     ("provincial", "二类"): 3, ("municipal", "一类"): 3, ("municipal", "二类"): 1}


def _apprentice_placing(r: dict) -> bool | None:
    """Whether an apprentice's result meets 二/(四): None for a world contest or an unnamed tier that decides."""
    level, tier, rank = r.get("level"), r.get("tier"), r.get("rank")
    if level not in ("national", "provincial", "municipal") or not rank:
        return None
    if tier:
        return rank <= APPRENTICE_LIMITS.get((level, tier), 0)
    passes = [rank <= APPRENTICE_LIMITS[(level, t)] for t in ("一类", "二类")]
    return True if all(passes) else False if not any(passes) else None


def _apprentices(f, ref) -> Outcome:
    told = [t for t in f.texts("trained_apprentices") or [] if t != "无"]
    denied = (told and p.contests_denied(told)) or p.trainee_contests_denied(f.texts("achievements") or [])
    if denied and not p.results_in(p.trainees_texts(f), f.facts_as_of):
        # "带过四五个徒弟，都成了骨干，可惜没一个拿过竞赛名次": the placing the condition asks for is said not to be,
        # however the training itself is told
        return Outcome(False, "所带徒弟没有参加竞赛或没有取得名次；条件(四)要求所带徒弟在国家一类竞赛前十名、二类前六名，"
                              "或省级一类前六名、二类前三名，或市级一类前三名、二类第一名。")
    base = p.lexicon("training", "trained_apprentices", "achievements")(f, ref)
    if base.basis != "matched" and not told:  # no 带徒 text, or one not about training
        return base
    # the extractor's record of the apprentices is about training whatever its words ("我带的徒弟有五六个…骨干，其中
    # 小王…第五名" matches no 带徒 wording): their placing, the notice's own test, is read there all the same
    texts = p.trainees_texts(f) if base.basis == "matched" else told  # the speaker's own placing is no apprentice's
    if p.texts_mention(texts, "竞赛", "大赛", "比赛"):
        told_results = p.results_in(texts, f.facts_as_of)
        results = in_time(told_results, ref, texts, f.facts_as_of)
        late = [r for r in told_results if r not in results]
        placings = [_apprentice_placing(r) for r in results]
        met = [r for r, ok in zip(results, placings, strict=True) if ok]
        if met:  # the placing is stated: the notice's ranks decide it, not the experts
            shown = "、".join(f"{r['year']}年" * bool(r.get("year")) + f"{r['field']}第{r['rank']}名" for r in met)
            said = base.message.rstrip("。") if base.basis == "matched" else f"带徒情况：“{told[0]}”"
            if any(ONLY_ONE.search(t) for t in texts):  # 二/(四) also counts heads: "所带徒弟多人成为企业技能骨干"
                return Outcome(None, said + f"；所带徒弟获{shown}，名次达到要求，但只说带过一名徒弟，条件(四)还要求"
                                            "“所带徒弟多人成为企业技能骨干”，是否相符由评审认定。", (), "expert")
            return Outcome(True, said + f"；所带徒弟获{shown}，达到条件(四)的竞赛名次要求。")
    if base.basis != "matched":
        return base
    if p.texts_mention(texts, "竞赛", "大赛", "比赛"):
        if placings and True not in placings and None in placings:
            return Outcome(None, "所带徒弟的竞赛名次未注明是一类还是二类竞赛；条件(四)要求市级一类竞赛前三名、二类第一名，"
                                 "省级一类前六名、二类前三名，国家一类前十名、二类前六名，是否达到取决于竞赛类别。",
                           ("trained_apprentices",))
        if placings and all(x is False for x in placings):
            return Outcome(False, "所带徒弟的竞赛名次未达到条件(四)的要求（国家一类前十名、二类前六名，省级一类前六名、"
                                  "二类前三名，市级一类前三名、二类第一名）。")
        after = "、".join(f"{r['year']}年" * bool(r.get("year")) + f"{r['field']}第{r['rank']}名" for r in late)
        after = f"所带徒弟获{after}，不在计算日 {ref.isoformat()} 之前（或不能确定），不计入条件(四)的名次；" if late else ""
        return Outcome(None, base.message + after + "所带徒弟的竞赛名次是否达到条件(四)的要求由评审核实。", (), "expert")
    return Outcome(None, "带徒情况未提到所带徒弟的竞赛名次；条件(四)要求所带徒弟多人成为技能骨干，且曾在国家一类竞赛"
                         "前十名、二类前六名，或省级一类前六名、二类前三名，或市级一类前三名、二类第一名。",
                   ("trained_apprentices",))


RULES = (
    Rule("hangzhou_employer", C + "一", "杭州市首席技师认定范围为我市各类所有制经济、社会组织中在一线岗位上直接从事技能工作的人员",
         "hard", "在杭州市内单位（或本市自由职业者）", p.hangzhou_employer(), ("employer_city",),
         Fix("在杭州市内的单位工作（或在本市从事自由职业）", {"employer_city": "杭州"})),
    Rule("skill_level", C + "二", "申报杭州市首席技师认定的人员应当具有技师及以上国家职业资格证书（职业技能等级证书）", "hard",
         "技师及以上职业资格", p.skill_at_least("技师"), ("skill_level",),
         Fix("取得技师（或更高）职业资格证书或职业技能等级证书", {"skill_level": "技师"})),
    Rule("frontline", C + "二", "且在生产第一线工作", "hard", "在生产第一线工作", p.technical_role("生产第一线"),
         ("role_type", "employment"), Fix("回到生产第一线直接从事技能工作", {"role_type": "frontline_technical"})),
    Rule("alt_honours_competitions", C + "二/(一)",
         "获得过下列荣誉之一的：“中华技能大奖”“全国技术能手”“杭州市杰出人才”等荣誉称号；国务院或市政府特殊津贴；"
         "国家一类技能竞赛中前六名、二类技能竞赛前三名；省级一类技能竞赛前三名、二类技能竞赛第一名；市级一类技能竞赛第一名",
         "alternative", "条件(一) 荣誉称号、特殊津贴或竞赛名次",
         p.any_of(h.awards(_honour, "以荣誉或特殊津贴满足条件(一)"), h.competitions(_tiered, "以竞赛名次满足条件(一)")),
         ("awards", "competition_results"),
         Fix("获得“全国技术能手”等荣誉、特殊津贴，或在一类/二类技能竞赛中取得条件(一)所列名次",
             {"awards": [{"level": "national", "kind": "全国技术能手"}]})),
    Rule("alt_knack", C + "二/(二)",
         "刻苦钻研技术，具有绝招绝技。创造了在同行业中公认的先进操作法，提高了劳动生产率或创造了同行业最高生产、销售记录",
         "alternative", "条件(二) 绝招绝技、先进操作法", p.lexicon("knack"), ("achievements",),
         Fix("具有绝招绝技，或创造同行业公认的先进操作法", {"achievements": ["创造先进操作法"]})),
    Rule("alt_innovation", C + "二/(三)", "在技术上有重大发明创造或重大技术革新，并取得重大经济或社会效益",
         "alternative", "条件(三) 重大发明创造、技术革新、解决关键技术难题", p.lexicon("innovation"), ("achievements",),
         Fix("有重大发明创造或技术革新，或解决关键技术难题", {"achievements": ["解决关键技术难题"]})),
    Rule("alt_apprentices", C + "二/(四)",
         "发扬团队精神，传绝技、带高徒。所带徒弟多人成为企业技能骨干，曾在国家一类技能竞赛中获得前十名、二类技能竞赛前六名，"
         "或省级一类技能竞赛前六名、二类技能竞赛前三名，或市级一类技能竞赛前三名、二类技能竞赛第一名",
         "alternative", "条件(四) 传绝技、带高徒", _apprentices, ("trained_apprentices", "achievements"),
         Fix("带出多名技能骨干徒弟，且徒弟在条件(四)所列级别的竞赛中取得名次",
             {"trained_apprentices": "带徒5人成为技能骨干，徒弟获省级一类技能竞赛第二名"})),
    Rule("no_prior_title", C + "一", "已获评“浙江省首席技师”的人员不得申报", "exclusion_hard", "已获“浙江省首席技师”不得申报",
         p.no_titles("浙江省首席技师"), ("prior_titles",), Fix("已获“浙江省首席技师”的不得申报", possible=False)),
    Rule("freelance", C + "一", "符合条件的自由职业者也可申请认定", "info", "自由职业者可申请",
         p.note(lambda f, ref: "自由职业者也可申请认定，应通过相应的行业协会推荐。"
                if f.profile.employment == "freelance" else None)),
    Rule("freelance_route", C + "三", "自由职业者应通过相应的行业协会组织进行推荐", "info", "自由职业者推荐渠道",
         p.note(lambda f, ref: "自由职业者由行业协会组织推荐、校验佐证材料并在协会内公示。"
                if f.profile.employment == "freelance" else None)),
    # a disciplinary or legal matter the user raised: the notice asks 遵纪守法 and says no more (通知未明确)
    Rule("conduct", C + "二", "热爱祖国，遵纪守法", "exclusion_hard", "遵纪守法（所说处分等情况通知未明确）",
         p.conduct_not_addressed(), ("conduct",), Fix("通知未写明处分等情况能否申报，需向推荐单位或主办单位咨询确认", possible=False)),
    Rule("character", C + "二", "政治素质好，能认真学习贯彻党的各项方针政策，热爱祖国，遵纪守法，爱岗敬业", "info", "思想品德",
         p.note(lambda f, ref: "政治素质、职业道德由推荐单位和专家评议把关，检查器不作判断。")),
    Rule("quota", C + "四", "今年我市将认定 20 名杭州市首席技师", "info", "名额",
         p.note(lambda f, ref: "本年认定20名，实行限额推荐。")),
    # facts the notice neither allows nor excludes (通知未明确): the pack's silent.toml
    *silent.rules(P, Path(__file__).with_name("silent.toml")),
)

PROGRAM = Program(P, RULES, reference="window")
