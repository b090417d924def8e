"""Rules of 首届“杭州工匠” (杭总工〔2016〕34号), 三/(一)(二) and the scope in 二.

No reference date is fixed: both ends of the window (2016-06-20, 2016-09-30) are evaluated.
“在杭从事本专业技能工作不少于10年” is read as the smaller of years_in_field and years_full_time_in_hangzhou
(the years in Hangzhou are taken to be in the same trade). Over 60 is needs_review, not not_eligible:
“有突出贡献的可不受年龄限制” is for the experts to judge. Where the notice is silent on team results, a team
placing is left to the experts (needs_review).
"""

from __future__ import annotations

from pathlib import Path

from assistant.eligibility import honours as h
from assistant.eligibility import preds as p
from assistant.eligibility import silent
from assistant.eligibility.model import Fix, Program, Rule
from assistant.profile import Competition

P = "hz_craftsman_2016"
C = P + "#"


def _top_national(c: Competition, ref) -> tuple[bool | None, str]:
    shown = h.describe(c)
    if (c.level in {"world", "national"} and c.rank <= 3) or (c.level == "provincial" and c.rank == 1):
        return h.individual_or_review(c, shown + "，达到世界或国家级技能大赛前3名、省技能大赛第1名")
    return False, shown + "，未达到世界或国家级前3名、省级第1名"


def _city_first(c: Competition, ref) -> tuple[bool | None, str]:
    shown = h.describe(c)
    if c.level == "municipal" and c.rank == 1:
        return h.individual_or_review(c, shown + "，为市级职业技能大赛第1名")
    return False, shown + "，不是市级职业技能大赛第1名"


_condition4 = h.competitions(_top_national, "满足条件4")

RULES = (
    Rule("nationality", C + "三/(一)", "“杭州工匠”应具有中国国籍", "hard", "中国国籍", p.chinese_nationality(),
         ("nationality",), Fix("具有中国国籍", {"nationality": "中国"})),
    Rule("union_member", C + "三/(一)", "必须是工会会员", "hard", "必须是工会会员", p.union_member(),
         ("union_member",), Fix("加入工会", {"union_member": True})),
    Rule("hangzhou_employer", C + "二",
         "在全市各级各类所有制经济、社会组织的一线岗位直接从事技能工作的优秀技术人才中认定30名“杭州工匠”",
         "hard", "在杭州市内单位", p.hangzhou_employer(), ("employer_city",),
         Fix("在杭州市内的单位或社会组织工作", {"employer_city": "杭州"})),
    Rule("age", C + "三/(二)", "“杭州工匠”须60周岁以下", "hard", "60周岁以下", p.age_at_most(60), ("birth_date",),
         Fix("年龄无法改变；超过60周岁的，只有“有突出贡献的”可不受年龄限制", possible=False)),
    Rule("exempt_age", C + "三/(二)", "有突出贡献的可不受年龄限制", "exemption", "有突出贡献的可不受年龄限制",
         p.expert("是否属于“有突出贡献的”、可不受年龄限制，由评审认定。"), waives=("age",)),
    Rule("years_in_trade", C + "三/(二)", "在杭从事本专业技能工作不少于10年", "hard", "在杭从事本专业不少于10年",
         p.smaller_years_at_least((("field", "从事本专业"), ("hangzhou", "在杭全职工作")), 10, "在杭从事本专业技能工作"),
         ("years_in_field", "years_full_time_in_hangzhou", "hangzhou_full_time_start"),
         Fix("在杭从事本专业技能工作满10年", measure="field&hangzhou", threshold=10)),
    Rule("titles_silent", C + "三", "基本要求及条件", "exclusion_hard", "已获称号（通知未作规定）",
         p.titles_not_mentioned(), ("prior_titles",),
         Fix("通知未规定已获称号者能否申报，需向市总工会咨询确认", possible=False)),
    Rule("frontline", C + "三/(二)", "目前仍在一线岗位上直接从事生产、技术、研发等工作", "hard", "目前仍在一线岗位",
         p.technical_role("一线岗位"), ("role_type", "employment"),
         Fix("回到一线岗位直接从事生产、技术、研发工作", {"role_type": "frontline_technical"})),
    Rule("alt_knack", C + "三/(二)/1",
         "具有他人不可替代的绝技绝活，或创造了在同行业中公认的先进操作法，提高了劳动生产率、产品质量创造了同行业最高水平",
         "alternative", "条件1 绝技绝活、先进操作法", p.lexicon("knack"), ("achievements",),
         Fix("具有绝技绝活，或创造同行业公认的先进操作法", {"achievements": ["创造先进操作法"]})),
    Rule("alt_craft", C + "三/(二)/2", "在杭州特色、传统工艺等领域刻苦钻研技术，产品追求极致，在同行业、领域中具有较大影响力",
         "alternative", "条件2 杭州特色、传统工艺", p.lexicon("craft"), ("achievements",),
         Fix("在杭州特色、传统工艺领域钻研技术并具有较大影响力", {"achievements": ["传统工艺技艺传承"]})),
    Rule("alt_innovation", C + "三/(二)/3", "在技术上有重大创造或革新，有得到国内领先的成果并取得重大经济或社会效益",
         "alternative", "条件3 重大创造或革新", p.lexicon("innovation"), ("achievements",),
         Fix("在技术上有重大创造或革新，取得国内领先成果", {"achievements": ["重大技术革新，国内领先"]})),
    Rule("alt_top_competition", C + "三/(二)/4", "获得世界技能大赛和国家级技能大赛的前3名，省技能大赛的第1名",
         "alternative", "条件4 世界或国家级前3名、省级第1名", _condition4, ("competition_results",),
         Fix("获得世界技能大赛或国家级技能大赛前3名、省技能大赛第1名")),
    Rule("alt_city_competition", C + "三/(二)/5", "职业技能在同行业中处于拔尖水平，获得过市级职业技能大赛第1名",
         "alternative", "条件5 市级职业技能大赛第1名", h.competitions(_city_first, "满足条件5"), ("competition_results",),
         Fix("获得市级职业技能大赛第1名",
             {"competition_results": [{"level": "municipal", "rank": 1, "type": "individual", "field": "杭州市职业技能大赛"}]})),
    Rule("exempt_years", C + "三/(二)/4", "符合此条，不受工作年限的限制", "exemption", "条件4不受工作年限的限制",
         _condition4, ("competition_results",), waives=("years_in_trade",)),
    # a disciplinary or legal matter the user raised: the notice asks 遵纪守法 and says no more (通知未明确)
    Rule("conduct", C + "三/(一)", "热爱祖国、遵纪守法", "exclusion_hard", "遵纪守法（所说处分等情况通知未明确）",
         p.conduct_not_addressed(), ("conduct",), Fix("通知未写明处分等情况能否申报，需向推荐单位或主办单位咨询确认", possible=False)),
    Rule("character", C + "三/(一)", "热爱祖国、遵纪守法", "info", "基本要求",
         p.note(lambda f, ref: "职业道德、技能水平、贡献等基本要求由资格审核和专家评审把关，检查器不作判断。")),
    # facts the notice neither allows nor excludes (通知未明确): the pack's silent.toml
    *silent.rules(P, Path(__file__).with_name("silent.toml")),
)

PROGRAM = Program(P, RULES, reference="window")
