"""The zj_craftsman_2023 推荐表/申报表 layout (.docx) and its 汇总表 columns (.xlsx), in the form's own words."""

from __future__ import annotations

from assistant.drafting.forms import STAMP, B, FormLayout, L, SheetLayout, V

FORM = FormLayout("突出贡献浙派工匠推荐材料（通用格式）", None, (
    (L("姓名"), V("name"), L("性别"), V("gender"), L("出生年月"), V("birth_date")),
    (L("身份证号"), V("id_card"), L("政治面貌"), V("political_status")),
    (L("工作单位"), V("employer"), L("职务"), V("position")),
    (L("职业（工种）"), V("occupation"), L("技能等级"), V("skill_level")),
    (L("从业年限"), V("years_in_field"), L("手机号码"), V("phone")),
    (L("主要事迹\n(600字以内)"), V("main_deeds")),
    (L("所在单位意见"), B(STAMP)),
), before=("浙派工匠评选表彰办法（浙人社发〔2023〕39号）没有附推荐表；本表为通用格式，"
           "请以省人力社保厅当轮遴选通知所附表格为准。",))

SHEET = SheetLayout("突出贡献浙派工匠推荐汇总表（通用格式）", None, (
    ("序号", "seq"), ("姓名", "name"), ("性别", "gender"), ("出生年月", "birth_date"), ("身份证号", "id_card"),
    ("工作单位", "employer"), ("职务", "position"), ("职业（工种）", "occupation"), ("技能等级", "skill_level"),
    ("从业年限", "years_in_field"), ("主要事迹（600字以内）", "main_deeds"), ("备注", "remark"),
), before=("浙派工匠评选表彰办法没有附推荐表或汇总表；本表为通用格式，请以当轮遴选通知为准。", "填报单位："))
