"""The hz_digital_craftsman_2023 推荐表/申报表 layout (.docx) and its 汇总表 columns (.xlsx), in the form's own words."""

from __future__ import annotations

from assistant.drafting.forms import STAMP, B, FormLayout, L, SheetLayout, V

FORM = FormLayout("首届“杭州数字工匠”推荐表", "hz_digital_craftsman_2023#附件2", (
    (L("姓名"), V("name"), L("性别"), V("gender"), L("出生年月"), V("birth_date"), B("照片")),
    (L("学历"), V("education"), L("政治面貌"), V("political_status")),
    (L("身份证号"), V("id_card"), L("籍贯"), V("native_place")),
    (L("技能等级"), V("skill_level"), L("职称等级"), V("title_level"), L("人才认定等级"), V("talent_level")),
    (L("行业细分"), V("field_detail"), L("从业年限"), V("years_in_field")),
    (L("联系电话"), V("landline"), L("手机号码"), V("phone")),
    (L("工作单位及职务"), V("employer_position")),
    (L("通讯地址"), V("address")),
    (L("工匠宣言\n(您认为最能反映工匠精神或者感悟最深的一句话)"), V("motto")),
    (L("主要成果"), V("main_results3")),
    (L("曾获荣誉\n(主要成果和曾获荣誉请选择最主要的填写,各不超过3项)"), V("honours3")),
    (L("主要事迹"), V("main_deeds")),
    (L("所在单位意见"), B(STAMP)),
    (L("推荐单位（区县市工会、产业工会或行业主管部门等）意见"), B(STAMP)),
    (L("杭州数字工匠认定工作领导小组意见"), B(STAMP)),
))

SHEET = SheetLayout("首届“杭州数字工匠”推荐信息汇总表", "hz_digital_craftsman_2023#附件3", (
    ("序号", "seq"), ("姓名", "name"), ("性别", "gender"), ("身份证号", "id_card"), ("专业领域", "occupation"),
    ("从业年限", "years_in_field"), ("职称/技能等级", "title_skill"), ("单位及职务", "employer_position"),
    ("主要事迹（400字以内）", "main_deeds"), ("主要成果（不超过3项）", "main_results3"),
    ("主要荣誉（不超过3项）", "honours3"), ("行业细分", "field_detail"), ("备注", "remark"),
), before=("填报单位：",))
