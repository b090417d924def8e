"""Rules of 第四届“杭州数字工匠” (杭总工〔2026〕10号), one row per requirement of 一 and 二.

Ages and years are counted up to 2026-03-31, as 二 fixes. 原则上 governs 在职职工 and 工会会员; 一般 governs
only the five years in the digital economy; 在杭全职工作1年 and 目前仍在技术岗位 are plain, so hard.
"""

from __future__ import annotations

from pathlib import Path

from assistant.eligibility import honours as h
from assistant.eligibility import preds as p
from assistant.eligibility import silent
from assistant.eligibility.model import Fix, Outcome, Program, Rule
from assistant.profile import Competition

P = "hz_digital_craftsman_2026"
C = P + "#"

BASIC = "“杭州数字工匠”推荐对象原则上应为杭州市在职职工、工会会员"
CERT = "职业技能在数字经济行业中处于较高水平,拥有数字经济行业国内或国外领先水平、等级、资质证书,或获得过省级及以上科学技术类奖项的"


def _direct(c: Competition, ref) -> tuple[bool | None, str]:
    shown = h.describe(c)
    if c.level not in {"national", "provincial", "municipal"}:
        return False, f"{shown}不是全国、省、市级竞赛"
    if c.rank != 1:
        return False, f"{shown}不是第一名"
    if c.year is None:
        return None, f"{shown}未注明年份，无法判断是否为2025年以来"
    if c.year < 2025:
        return False, f"{shown}早于2025年"
    if c.type == "team":
        return False, f"{shown}是团体第一名，直接认定要求个人第一名"
    if c.type is None:
        return None, f"{shown}未注明是个人还是团体成绩"
    # (named in other words of the field: "省数字技能大赛", honours.contest_digital)
    if not h.contest_digital(c.field):
        if trade := h.contest_trade(c.field):
            # 浙江省焊工职业技能大赛: a contest of a traditional trade is no 数字经济行业 contest, whoever entered it
            # (dev el-f024's writer); one named by neither (工业机器人系统运维员赛项) is for the organiser to confirm
            return False, f"{shown}是“{trade}”这一传统行当的竞赛，不是数字经济行业职业技能竞赛"
        return None, f"{shown}：从竞赛名称看不出是否为数字经济行业职业技能竞赛，需核实"
    return True, f"{shown}，属于2025年以来全国、省、市数字经济行业职业技能竞赛个人第一名"


_certificate = h.certificate_or_sci_award("provincial", "本届条件(三)", wanted="leading")
_by_name = h.competitions(_direct, "直接认定", to_the_day=False)


def _direct_told(f, ref) -> Outcome:
    """The direct route, where the speaker's own words may settle what a contest's name leaves open: "那个比赛是电工的，
    不是数字经济那块的比赛" says the contest is none of the notice's kind (dev pf-371)."""
    outcome = _by_name(f, ref)
    results = f.profile.competition_results or []
    if outcome.ok is None and results and not any(h.contest_digital(c.field) for c in results):
        said = h.contest_denied_of(f.texts("achievements"), "数字经济")
        if said:
            return Outcome(False, f"材料说“{p.short(said)}”，所获名次不是数字经济行业职业技能竞赛的，不能直接认定。")
    return outcome


def _youth(f, ref):
    bounds = f.age_bounds(ref)
    if bounds and bounds[1] <= 40:
        return f"截至 {ref.isoformat()} 为 {bounds[1]} 周岁，属于40周岁以下青年技能人才，认定比例向青年倾斜。"
    return "认定向一线和青年技能人才倾斜（名额比例，不是个人条件）。"


def _nominee(f, ref):
    held = f.profile.prior_titles or []
    if any("提名" in t for t in held):
        return "“杭州数字工匠”提名奖不是“杭州数字工匠”称号，获提名奖的人员可继续参评。"
    return None


RULES = (
    Rule("hangzhou_employee", C + "二", BASIC, "soft", "杭州市职工（原则上）", p.hangzhou_employer(),
         ("employer_city",), Fix("在杭州的单位工作", {"employer_city": "杭州"})),
    Rule("in_service", C + "二", BASIC, "soft", "在职职工（原则上）", p.in_service(),
         ("employment", "rehired"), Fix("成为在职职工", {"employment": "full_time"})),
    Rule("union_member", C + "二", BASIC, "soft", "工会会员（原则上）", p.union_member(),
         ("union_member",), Fix("加入工会", {"union_member": True})),
    Rule("digital_economy", C + "一", "认定范围,聚焦数字经济创新提质,涵盖数字产业化、产业数字化、治理数字化、数据价值化",
         "hard", "从事数字经济行业", p.digital_economy(), ("is_digital_economy",),
         Fix("从事数字经济行业工作", {"is_digital_economy": True})),
    Rule("years_field", C + "二", "从事数字经济行业工作一般在5年以上", "soft", "数字经济从业一般5年以上",
         p.years_at_least("field", 5, "从事数字经济行业工作"), ("years_in_field", "digital_work_start"),
         Fix("从事数字经济行业工作满5年", measure="field", threshold=5)),
    Rule("years_hangzhou", C + "二", "在杭全职工作1年以上", "hard", "在杭全职工作1年以上",
         p.years_at_least("hangzhou", 1, "在杭全职工作"), ("years_full_time_in_hangzhou", "hangzhou_full_time_start"),
         Fix("在杭全职工作满1年", measure="hangzhou", threshold=1)),
    Rule("technical_post", C + "二", "目前仍在技术岗位上工作", "hard", "目前仍在技术岗位", p.technical_role("技术岗位"),
         ("role_type", "employment"), Fix("回到技术岗位工作", {"role_type": "frontline_technical"})),
    Rule("alt_standards", C + "二/(一)",
         "参与我市数字经济标准化建设,强化标准与科技创新、产业发展的协同联动,促进关键核心技术攻关成果转化应用,推动数字经济产业高质量发展等方面取得明显成效",
         "alternative", "条件(一) 数字经济标准化建设", p.lexicon("standards"), ("achievements",),
         Fix("在数字经济标准化建设中取得明显成效（如主导或参与制定标准）", {"achievements": ["参与制定数字经济团体标准"]})),
    Rule("alt_innovation", C + "二/(二)",
         "运用自己的技术技能,在开展技术革新、技术改造、攻克技术难关、打造 AI 智能体中作出较大贡献",
         "alternative", "条件(二) 技术革新、攻关、打造AI智能体", p.lexicon("innovation"), ("achievements",),
         Fix("在技术革新、技术改造、攻克技术难关或打造AI智能体中作出较大贡献", {"achievements": ["主持技术革新项目"]})),
    Rule("alt_certificate", C + "二/(三)", CERT, "alternative", "条件(三) 领先水平证书或省级及以上科技奖",
         _certificate, ("achievements", "awards"),
         Fix("取得数字经济行业国内或国外领先水平、等级、资质证书，或获得省级及以上科学技术类奖项",
             {"awards": [{"level": "provincial", "kind": "浙江省科学技术进步奖"}]})),
    Rule("exempt_years", C + "二/(三)", "可不受工作年限限制", "exemption", "条件(三)可不受工作年限限制",
         _certificate, ("achievements", "awards"), waives=("years_field",), may_waive=("years_hangzhou",)),
    Rule("direct", C + "一",
         "2025年以来,参加全国、省、市数字经济行业职业技能竞赛获得个人第一名的人员,符合条件的可以直接认定为“杭州数字工匠”",
         "direct", "竞赛个人第一名直接认定",
         # "2025年以来" bounds the contest's date from below only; 二's 计算时间 (2026-03-31) is for ages and years
         _direct_told, ("competition_results",),
         Fix("在2025年以来的全国、省、市数字经济行业职业技能竞赛中获得个人第一名")),
    Rule("not_official", C + "二",
         "机关工作人员和参照公务员法管理的事业单位工作人员以及担任事业单位、国有企业领导职务的人员,原则上不予推荐",
         "exclusion_soft", "机关、参公人员和事业单位、国企领导原则上不予推荐", p.not_official(),
         ("employer_type", "employment"),
         Fix("不属于机关、参公人员或事业单位、国企领导（原则上不予推荐，确需推荐的由推荐单位说明）",
             {"employment": "full_time", "employer_type": "private"})),
    Rule("no_prior_title", C + "二", "已被认定为“浙江工匠”“杭州工匠”“杭州数字工匠”的不再重复推荐",
         "exclusion_hard", "已获“浙江工匠”“杭州工匠”“杭州数字工匠”不再重复推荐",
         p.no_titles("浙江工匠", "杭州工匠", "杭州数字工匠"), ("prior_titles",),
         Fix("已获的称号不能再重复推荐", possible=False)),
    # a disciplinary or legal matter the user raised: the notice asks 遵纪守法 and says no more (通知未明确)
    Rule("conduct", C + "二", "遵纪守法,爱岗敬业", "exclusion_hard", "遵纪守法（所说处分等情况通知未明确）",
         p.conduct_not_addressed(), ("conduct",), Fix("通知未写明处分等情况能否申报，需向推荐单位或主办单位咨询确认", possible=False)),
    Rule("character", C + "二", "自觉拥护党的路线方针政策,遵纪守法,爱岗敬业", "info", "思想品德",
         p.note(lambda f, ref: "政治素质、职业道德等由推荐单位和评审把关，检查器不作判断。")),
    Rule("reference_date", C + "二", "本通知涉及工作年限和年龄等计算时间截至 2026 年 3 月 31 日", "info", "计算时点",
         p.note(lambda f, ref: "年龄和工作年限一律计算到 2026-03-31。")),
    Rule("quota_youth", C + "二",
         "推荐对象向一线和青年技能人才倾斜,一线技能人才认定比例不低于 70%,40 周岁以下青年技能人才认定比例不低于 35%",
         "info", "一线和青年倾斜", p.note(_youth)),
    Rule("digital_commissioner", C + "二", "推荐事业身份人员的,优先推荐本单位数字专员", "info", "事业身份优先数字专员",
         p.note(lambda f, ref: "事业身份人员优先推荐本单位数字专员。"
                if f.profile.employer_type == "public_institution" else None)),
    Rule("priority_employers", C + "一",
         "优先推荐国家高新技术企业、技术创新示范企业、制造业单项冠军、专精特新“小巨人”企业和省雄鹰企业、市鲲鹏企业等领军企业的数字人才",
         "info", "优先推荐的企业类型",
         p.note(lambda f, ref: "来自高新技术企业、专精特新“小巨人”等领军企业的数字人才，以及省、市重大科技专项的主要完成人优先推荐。")),
    Rule("form_priority", C + "附件", "是否属于 优先推荐 企业类型 (可多选)", "info", "推荐表的优先企业类型",
         p.note(lambda f, ref: "推荐表按国家级、省级、市级列出优先推荐的企业类型（另含领军型浙江数商、省未来工厂、"
                               "省智能工厂、新雏鹰企业等），可多选。")),
    Rule("form_direct", C + "附件", "2025年以来是否获得全国、省、市数字经济行业职业技能竞赛个人第一名", "info",
         "推荐表填报竞赛第一名", p.note(lambda f, ref: "推荐表须填写2025年以来是否获得全国、省、市数字经济行业职业技能竞赛个人第一名。"
                                      if any(c.rank == 1 for c in f.profile.competition_results or []) else None)),
    Rule("direct_quota", C + "三/(一)",
         "符合条件可以直接认定为“杭州数字工匠”的有关竞赛个人第一名人员,在申报时不占推荐名额", "info", "直接认定不占名额",
         p.note(lambda f, ref: "竞赛个人第一名直接认定的人员不占推荐名额。"
                if any(c.rank == 1 for c in f.profile.competition_results or []) else None)),
    Rule("nominee", "hz_digital_craftsman_2023#附件1/一", "获得提名奖的人员今后可继续参评“杭州数字工匠”", "info",
         "提名奖不是称号", p.note(_nominee)),
    # facts the notice neither allows nor excludes (通知未明确): the pack's silent.toml
    *silent.rules(P, Path(__file__).with_name("silent.toml")),
)

PROGRAM = Program(P, RULES, reference="fixed", field_start="digital_work_start")
