"""The hz_craftsman_2016 推荐表/申报表 layout (.docx) and its 汇总表 columns (.xlsx), in the form's own words."""

from __future__ import annotations

from assistant.drafting.forms import GENERIC_SHEET_NOTE, STAMP, B, FormLayout, L, SheetLayout, V

FORM = FormLayout("首届“杭州工匠”认定工作申报表", "hz_craftsman_2016#附件", (
    (L("姓名"), V("name"), L("年龄"), V("age"), L("民族"), V("ethnicity"), B("贴照片处")),
    (L("专业领域"), V("occupation"), L("职称（技能等级）"), V("title_skill")),
    (L("联系电话"), V("landline"), L("手机"), V("phone")),
    (L("联系地址"), V("address")),
    (L("工作单位"), V("employer")),
    (L("推荐单位意见"), B(STAMP)),
    (L("领导小组办公室意见"), B(STAMP)),
    (L("主要事迹简介\n（600字以内，详细材料请另附）"), V("main_deeds")),
), after=("注：申报表一式两份并电子档于2016年9月30日前报市总技协办。",))

SHEET = SheetLayout("首届“杭州工匠”申报汇总表（通用格式）", None, (
    ("序号", "seq"), ("姓名", "name"), ("年龄", "age"), ("民族", "ethnicity"), ("专业领域", "occupation"),
    ("职称（技能等级）", "title_skill"), ("工作单位", "employer"), ("主要事迹简介（600字以内）", "main_deeds"),
    ("备注", "remark"),
), before=(GENERIC_SHEET_NOTE, "填报单位："))
