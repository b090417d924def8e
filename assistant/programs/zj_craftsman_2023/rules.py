"""Rules of 浙江省新时代突出贡献浙派工匠 (浙人社发〔2023〕39号), 三 and 三/(一).

A standing 办法 (每5年评选一次) with no round dates: the check's as_of is the reference date. Years in
Hangzhou count as years in Zhejiang. 原则上 governs only the five years in the occupation. 三/(二) is
for units, not persons.
"""

from __future__ import annotations

from assistant.eligibility import preds as p
from assistant.eligibility.model import Fix, Outcome, Program, Rule

P = "zj_craftsman_2023"
C = P + "#"


def _in_post(f, ref) -> Outcome:
    emp = f.profile.employment
    if p.out_of_work(f):
        return Outcome(False, "目前没有工作单位（待业），不是在岗人员。")
    if (said := p.not_working_said(f)) is not None:
        return Outcome(False, f"材料里说“{p.short(said)}”，目前不在岗，不是在岗人员。")
    if emp is None:
        return Outcome(None, "未提供用工/任职情况，无法判断是否为在岗人员。", ("employment",))
    if emp == "retired" and p.retired_then(f, ref) is not False:
        return Outcome(False, "已退休，不是在岗人员。")
    if emp == "freelance":
        return Outcome(None, "自由职业者是否属于“在岗人员”由推荐部门认定。")
    return Outcome(True, "目前在岗。")


RULES = (
    Rule("titles_silent", C + "三", "评选条件", "exclusion_hard", "已获称号（办法未作规定）", p.titles_not_mentioned(),
         ("prior_titles",), Fix("办法未规定已获称号者能否参评，需向省人力社保厅咨询确认", possible=False)),
    Rule("not_retired", C + "三", "退休人员不作为推荐对象", "exclusion_hard", "退休人员不作为推荐对象", p.not_retired(),
         ("employment", "rehired"), Fix("退休人员（含返聘）不作为推荐对象", possible=False)),
    Rule("frontline", C + "三/(一)", "候选人应来自生产服务一线", "hard", "来自生产服务一线",
         p.technical_role("生产服务一线岗位"), ("role_type", "employment"),
         Fix("回到生产服务一线岗位", {"role_type": "frontline_technical"})),
    Rule("years_field", C + "三/(一)", "原则上从事本职业（工种）5年以上", "soft", "从事本职业原则上5年以上",
         p.years_at_least("field", 5, "从事本职业（工种）"), ("years_in_field",),
         Fix("从事本职业（工种）满5年", measure="field", threshold=5)),
    Rule("skill_level", C + "三/(一)",
         "取得高级技师以上职业资格（职业技能等级）或本职业（工种）最高职业资格（职业技能等级）", "hard",
         "高级技师以上或本职业最高等级", p.skill_at_least("高级技师", allow_highest=True),
         ("skill_level", "is_highest_level_of_occupation"),
         Fix("取得高级技师（或本职业最高等级）职业资格或职业技能等级", {"skill_level": "高级技师"})),
    Rule("years_zhejiang", C + "三/(一)", "在浙全职工作 1年以上", "hard", "在浙全职工作1年以上",
         p.years_at_least("zhejiang", 1, "在浙全职工作"),
         ("years_full_time_in_zhejiang", "years_full_time_in_hangzhou", "hangzhou_full_time_start"),
         Fix("在浙全职工作满1年", measure="zhejiang", threshold=1)),
    Rule("in_post", C + "三/(一)", "在浙全职工作 1年以上的在岗人员中推荐", "hard", "在岗人员", _in_post,
         ("employment",), Fix("在岗工作", {"employment": "full_time"})),
    Rule("alt_training", C + "三/(一)/1", "在培养徒弟、传授技术技能方面作出突出贡献", "alternative",
         "条件1 培养徒弟、传授技术技能", p.lexicon("training", "achievements", "trained_apprentices"),
         ("achievements", "trained_apprentices"),
         Fix("在培养徒弟、传授技术技能方面作出突出贡献", {"trained_apprentices": "带徒传技，培养技能人才"})),
    Rule("alt_innovation", C + "三/(一)/2", "在技术革新、技术改造中作出重要贡献，取得重大经济效益和社会效益", "alternative",
         "条件2 技术革新、技术改造", p.lexicon("innovation"), ("achievements",),
         Fix("在技术革新、技术改造中作出重要贡献", {"achievements": ["主持技术革新项目"]})),
    Rule("alt_method", C + "三/(一)/3",
         "在本企业、同行业中具有领先的技术技能水平，并在某一生产工作领域总结出先进的操作技术方法，取得重大经济效益和社会效益",
         "alternative", "条件3 总结先进操作技术方法", p.lexicon("method"), ("achievements",),
         Fix("总结出先进的操作技术方法", {"achievements": ["总结先进操作法"]})),
    Rule("alt_transfer", C + "三/(一)/4", "在开发、应用先进科学技术成果转化成现实生产力方面有突出贡献，并取得重大经济效益和社会效益",
         "alternative", "条件4 科技成果转化", p.lexicon("transfer"), ("achievements",),
         Fix("推动先进科技成果转化为现实生产力", {"achievements": ["科技成果转化"]})),
    Rule("alt_digital", C + "三/(一)/5", "在推进数字化改革、智能制造过程中作出重大贡献，取得标志性成果和重大经济社会效益",
         "alternative", "条件5 数字化改革、智能制造", p.lexicon("digital"), ("achievements",),
         Fix("在数字化改革、智能制造中作出重大贡献", {"achievements": ["推进智能制造"]})),
    Rule("influence", C + "三/(一)", "候选人技术技能水平应在省内有较大影响", "info", "省内影响",
         p.note(lambda f, ref: "技术技能水平是否“在省内有较大影响”由专家评审认定。")),
    Rule("scope", C + "三", "推荐对象面向基层和工作一线（含技能人才培养院校、教师）", "info", "面向基层和一线",
         p.note(lambda f, ref: "推荐对象面向基层和工作一线，技能人才培养院校的教师也在其列。")),
    Rule("units_only", C + "三/(二)", "候选单位应具备以下条件", "info", "单位条件不适用于个人",
         p.note(lambda f, ref: "三/(二)是“培育突出贡献单位”的条件，不适用于个人申报。")),
    Rule("cycle", C + "一", "每 5年评选一次，每次评选突出贡献浙派工匠 50名", "info", "评选周期和名额",
         p.note(lambda f, ref: "每5年评选一次，每次50名；具体一轮以省人力社保厅的遴选通知为准。")),
    # a disciplinary or legal matter the user raised: the notice asks 遵纪守法 and says no more (通知未明确)
    Rule("conduct", C + "三/(一)", "遵纪守法、爱岗敬业", "exclusion_hard", "遵纪守法（所说处分等情况通知未明确）",
         p.conduct_not_addressed(), ("conduct",), Fix("通知未写明处分等情况能否申报，需向推荐单位或主办单位咨询确认", possible=False)),
    Rule("character", C + "三/(一)", "坚持正确政治方向，全面贯彻党的路线方针政策，遵纪守法、爱岗敬业", "info", "思想品德",
         p.note(lambda f, ref: "政治方向、职业道德、技能水平等由推荐单位和专家评审把关，检查器不作判断。")),
)

PROGRAM = Program(P, RULES, reference="as_of", round_clause=(C + "七", "该办法自 2023年 10月 1日起施行"))
