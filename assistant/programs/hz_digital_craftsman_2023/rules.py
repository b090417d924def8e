"""Rules of 首届“杭州数字工匠” (2022-12 函 + 附件1 实施方案). The 实施方案 (附件1/二) governs; the 函's 二 says the same.

The notice fixes no reference date: ages and years are evaluated at both ends of the window
(2022-12-20 and 2023-03-31). Differences from 第四届: 在杭全职工作2年 (not 1); condition (三) accepts a
city-level 科学技术类奖项 and a 国家级等级资质证书; condition (四) (培养技能人才、培养选手) exists only here;
the title exclusion names only “浙江工匠”“杭州工匠”.
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from assistant.eligibility import honours as h
from assistant.eligibility import preds as p
from assistant.eligibility import silent
from assistant.eligibility.dated import in_time
from assistant.eligibility.model import Fix, Outcome, Program, Rule

P = "hz_digital_craftsman_2023"
C = P + "#"
A = C + "附件1/"

BASIC = "“杭州数字工匠”原则上应当为杭州市在职职工、工会会员"
CERT = "职业技能在数字经济行业中处于较高水平，拥有数字经济行业国家级等级资质证书，或获得过市、省、国家级科学技术类奖项"


_certificate = h.certificate_or_sci_award("municipal", "本届条件(三)市、省、国家级均可", wanted="national")


def _training(f, ref):
    """二/(四): "培养选手在全国、省级及以上职业技能竞赛中获得前五名" is a placing the notice states, so a trainee's
    national or provincial top-five result meets it; "在培养技能人才和传授技艺方面有较大贡献" is merit for the review."""
    base = p.lexicon("training", "achievements", "trained_apprentices")(f, ref)
    # A trainee's placing is the notice's own test, in whatever words the training is told ("学员拿了个人第二名"
    # matches no 培养 wording): the extractor's record of those trained is read for it even when the matcher is not
    # the speaker's own placing (个人第一名) is no trainee's: only texts naming someone trained are read for one
    texts = p.trainees_texts(f) if base.basis == "matched" else f.texts("trained_apprentices") or []
    told = p.results_in(texts, f.facts_as_of)
    timely = in_time(told, ref, texts, f.facts_as_of)
    met = [r for r in timely if r.get("level") in ("national", "provincial") and r.get("rank") and r["rank"] <= 5]
    if met:
        shown = "、".join(f"{r['year']}年" * bool(r.get("year")) + f"{r['field']}第{r['rank']}名" for r in met)
        return Outcome(True, f"所培养的选手获{shown}，达到条件(四)“全国、省级及以上职业技能竞赛中获得前五名”的要求。")
    late = [r for r in told if r not in timely and r.get("rank")]
    if late and base.ok is not True:  # a placing won after the reference date is named, and why it does not count
        shown = "、".join(f"{r['year']}年" * bool(r.get("year")) + f"{r['field']}第{r['rank']}名" for r in late)
        base = replace(base, message=f"{base.message}所培养的选手获{shown}，不在计算日 {ref.isoformat()} 之前（或不能确定），"
                                     "不计入条件(四)的名次。")
    return _coached_below(f, base) or base


def _coached_below(f, base: Outcome) -> Outcome | None:
    """A no when the only training told is coaching players for a contest and their placings are told and measure
    below (四)'s bar ("带过一个新人去参加省里的竞赛，最后拿了第八名"): the words support only the clause's second half,
    which the placing answers; training told in any other words (带出三十多个能独立干活的测试) stays the experts'."""
    if base.ok is not None:
        return None
    texts = p.trainees_texts(f)
    told = [r for r in p.results_in(texts, f.facts_as_of) if r.get("rank")]
    if not told or not p.only_coaching(texts):
        return None
    # one placing told in both fields (省赛第八名 / 省里的…竞赛，最后拿了第八名) is shown once
    shown = "、".join(dict.fromkeys({(r.get("level"), r["rank"]): f"{r['field']}第{r['rank']}名" for r in reversed(told)}
                                   .values()))
    return Outcome(False, f"所说的培养是带选手参赛，选手获{shown}，未达到条件(四)“全国、省级及以上职业技能竞赛中获得前五名”"
                          "的要求；材料没有说其他培养技能人才的贡献。")

RULES = (
    Rule("hangzhou_employee", A + "二", BASIC, "soft", "杭州市职工（原则上）", p.hangzhou_employer(),
         ("employer_city",), Fix("在杭州的单位工作", {"employer_city": "杭州"})),
    Rule("in_service", A + "二", BASIC, "soft", "在职职工（原则上）", p.in_service(),
         ("employment", "rehired"), Fix("成为在职职工", {"employment": "full_time"})),
    Rule("union_member", A + "二", BASIC, "soft", "工会会员（原则上）", p.union_member(),
         ("union_member",), Fix("加入工会", {"union_member": True})),
    Rule("digital_economy", A + "一", "首届“杭州数字工匠”认定工作将紧紧围绕数字经济领域", "hard", "从事数字经济行业",
         p.digital_economy(), ("is_digital_economy",), Fix("从事数字经济行业工作", {"is_digital_economy": True})),
    Rule("years_field", A + "二", "从事数字经济行业工作一般在5年以上", "soft", "数字经济从业一般5年以上",
         p.years_at_least("field", 5, "从事数字经济行业工作"), ("years_in_field", "digital_work_start"),
         Fix("从事数字经济行业工作满5年", measure="field", threshold=5)),
    Rule("years_hangzhou", A + "二", "在杭全职工作2年以上", "hard", "在杭全职工作2年以上",
         p.years_at_least("hangzhou", 2, "在杭全职工作"), ("years_full_time_in_hangzhou", "hangzhou_full_time_start"),
         Fix("在杭全职工作满2年", measure="hangzhou", threshold=2)),
    Rule("technical_post", A + "二", "目前仍在技术岗位上工作", "hard", "目前仍在技术岗位", p.technical_role("技术岗位"),
         ("role_type", "employment"), Fix("回到技术岗位工作", {"role_type": "frontline_technical"})),
    Rule("alt_standards", A + "二/(一)",
         "参与数字经济标准化建设，强化标准提升科技创新、产业提升协同，促进关键核心技术攻关成果转化应用，提升数字经济产业高质量发展水平，有明显成效的",
         "alternative", "条件(一) 数字经济标准化建设", p.lexicon("standards"), ("achievements",),
         Fix("在数字经济标准化建设中取得明显成效（如主导或参与制定标准）", {"achievements": ["参与制定数字经济团体标准"]})),
    Rule("alt_innovation", A + "二/(二)", "运用自己掌握的技术技能，在开展技术革新、技术改造、攻克技术难关中作出较大贡献",
         "alternative", "条件(二) 技术革新、技术改造、攻克技术难关", p.lexicon("innovation"), ("achievements",),
         Fix("在技术革新、技术改造或攻克技术难关中作出较大贡献", {"achievements": ["主持技术革新项目"]})),
    Rule("alt_certificate", A + "二/(三)", CERT, "alternative", "条件(三) 国家级等级资质证书或市级及以上科技奖",
         _certificate, ("achievements", "awards"),
         Fix("取得数字经济行业国家级等级资质证书，或获得市、省、国家级科学技术类奖项",
             {"awards": [{"level": "municipal", "kind": "杭州市科学技术进步奖"}]})),
    Rule("alt_training", A + "二/(四)",
         "在培养技能人才和传授技艺方面有较大贡献，或培养选手在全国、省级及以上职业技能竞赛中获得前五名",
         "alternative", "条件(四) 培养技能人才、培养选手", _training,
         ("achievements", "trained_apprentices"),
         Fix("在培养技能人才和传授技艺方面作出较大贡献，或培养选手在全国、省级及以上职业技能竞赛中获得前五名",
             {"trained_apprentices": "培养技能人才，带徒传技"})),
    Rule("exempt_years", A + "二/(三)", "可不受工作年限的限制", "exemption", "条件(三)可不受工作年限的限制",
         _certificate, ("achievements", "awards"), waives=("years_field",), may_waive=("years_hangzhou",)),
    Rule("not_official", A + "二",
         "党、政、群机关工作人员和参照公务员法管理的事业单位工作人员以及担任事业单位、国有企业领导职务的人员，原则上不予推荐",
         "exclusion_soft", "机关、参公人员和事业单位、国企领导原则上不予推荐", p.not_official(),
         ("employer_type", "employment"),
         Fix("不属于党政群机关、参公人员或事业单位、国企领导（原则上不予推荐，确需推荐的由推荐单位说明）",
             {"employment": "full_time", "employer_type": "private"})),
    Rule("no_prior_title", A + "二", "已获评“浙江工匠”、“杭州工匠”的人员不予推荐", "exclusion_hard",
         "已获“浙江工匠”“杭州工匠”不予推荐", p.no_titles("浙江工匠", "杭州工匠", first_of="杭州数字工匠"), ("prior_titles",),
         Fix("已获的称号不能再重复推荐", possible=False)),
    # a disciplinary or legal matter the user raised: the notice asks 遵纪守法 and says no more (通知未明确)
    Rule("conduct", A + "二", "遵纪守法，爱岗敬业", "exclusion_hard", "遵纪守法（所说处分等情况通知未明确）",
         p.conduct_not_addressed(), ("conduct",), Fix("通知未写明处分等情况能否申报，需向推荐单位或主办单位咨询确认", possible=False)),
    Rule("character", A + "二", "自觉拥护党的路线方针政策，遵纪守法，爱岗敬业", "info", "思想品德",
         p.note(lambda f, ref: "政治素质、职业道德、技能水平等由推荐单位和专家评审把关，检查器不作判断。")),
    Rule("letter_same", C + "二", "从事数字经济行业工作一般在5年以上且在杭全职工作2年以上", "info", "函与实施方案一致",
         p.note(lambda f, ref: "推荐函“二、推荐条件”与实施方案（附件1）二的条件相同，以实施方案为准引用。")),
    Rule("nominee", A + "一", "计划认定首届“杭州数字工匠”50名、“杭州数字工匠”提名奖10名（获得提名奖的人员今后可继续参评“杭州数字工匠”）",
         "info", "提名奖", p.note(lambda f, ref: "本届另设提名奖10名；提名奖不是“杭州数字工匠”称号，获提名奖者今后可继续参评。")),
    Rule("priority_employers", A + "一",
         "优先推荐杭州市龙头上市企业、杭州鲲鹏企业、国家级制造业单项冠军示范企业、独角兽企业、国家级专精特新“小巨人”企业、省级隐形冠军企业、省未来工厂、市未来工厂、省级工业互联网平台等类型企业的数字人才",
         "info", "优先推荐的企业类型",
         p.note(lambda f, ref: "龙头上市企业、鲲鹏企业、专精特新“小巨人”等类型企业的数字人才优先推荐。")),
    # facts the notice neither allows nor excludes (通知未明确): the pack's silent.toml
    *silent.rules(P, Path(__file__).with_name("silent.toml")),
)

PROGRAM = Program(P, RULES, reference="window", field_start="digital_work_start")
