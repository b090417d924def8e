"""The hz_chief_technician_2021 推荐表/申报表 layout (.docx) and its 汇总表 columns (.xlsx), in the form's own words."""

from __future__ import annotations

from assistant.drafting.forms import STAMP, B, FormLayout, H, L, SheetLayout, V

FORM = FormLayout("杭州市首席技师认定申报表", "hz_chief_technician_2021#附件2", (
    (L("姓名"), V("name"), L("性别"), V("gender"), L("出生年月"), V("birth_date"), B("照片")),
    (L("籍贯"), V("native_place"), L("政治面貌"), V("political_status"), L("文化程度"), V("education")),
    (L("参加工作时间"), V("work_start"), L("职业（工种）/等级"), V("occupation_level"), L("联系电话"), V("phone")),
    (L("现工作岗位"), V("post"), L("行政职务"), V("admin_position")),
    (L("身份证号"), V("id_card")),
    (L("单位地址"), V("address")),
    (H("主要学习和工作经历 (包括技术培训和进修)"),),
    (L("起止年月"), L("何校、何单位学习、工作"), L("证明人")),
    (B(), B(), B()), (B(), B(), B()), (B(), B(), B()),
    (H("主要技术简况、贡献成果登记"),),
    (L("项目"), L("内容"), L("证明人或证明材料")),
    (L("专业技术特长或技术绝招情况"), V("sec_knack"), B()),
    (L("参加技能竞赛获奖情况"), V("sec_competition"), B()),
    (L("创造先进生产操作法情况"), V("sec_method"), B()),
    (L("解决关键生产技术技术革新项目获奖情况"), V("sec_innovation"), B()),
    (L("何年何月获得何种荣誉称号"), V("sec_honours"), B()),
    (L("任技师职务后有何突出贡献"), V("sec_contribution"), B()),
    (L("个人总结\n(篇幅不够可加页)"), V("main_deeds")),
    (L("所在单位推荐意见"), B(STAMP)),
    (L("区县（市）人力社保部门或市主管部门、行业协会（社团）意见"), B(STAMP)),
    (L("评审情况"), L("评委出席人数"), B(), L("表决情况"), L("同意"), B(), L("反对"), B()),
    (L("市人力社保部门审核意见"), B(STAMP)),
), before=("姓名：{name}", "职业（工种）：{occupation}", "单位：{employer}（说明：须和单位公章相同）",
           "杭州市人力资源和社会保障局"))

SHEET = SheetLayout("杭州市首席技师推荐申报人员汇总表", "hz_chief_technician_2021#附件1", (
    ("序号", "seq"), ("姓名", "name"), ("性别", "gender"), ("出生年月", "birth_date"), ("工作单位", "employer"),
    ("岗位", "post"), ("行政职务", "admin_position"), ("职业（工种）", "occupation"), ("等级", "skill_level"),
    ("获得荣誉称号情况 (300字以内)", "main_deeds"),
), before=("填报单位：（盖章）",), after=("填报人：", "联系电话：", "手机："))
