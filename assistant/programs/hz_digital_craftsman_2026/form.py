"""The hz_digital_craftsman_2026 推荐表/申报表 layout (.docx) and its 汇总表 columns (.xlsx), in the form's own words."""

from __future__ import annotations

from assistant.drafting.forms import GENERIC_SHEET_NOTE, STAMP, B, FormLayout, L, SheetLayout, V

_PHOTO_2026 = "正面免冠彩色近照(2寸)"
_PRIORITY = ("国家级: □ 高新技术企业 □ 技术创新示范企业 □ 制造业单项冠军 □ 专精特新“小巨人”企业 □ 其他:_____\n"
             "省 级: □ 省雄鹰企业 □ 领军型浙江数商 □ 省级隐形冠军企业 □ 省未来工厂 □ 省智能工厂 □ 其他:_____\n"
             "市 级: □ 鲲鹏企业 □ 新雏鹰企业 □ 其他:_____")
_PROMISE = "本人对所提供材料的真实性、准确性负责,如有不实,愿意承担由此产生的一切后果。\n签名：            年    月    日"

FORM = FormLayout("第四届“杭州数字工匠”推荐表", "hz_digital_craftsman_2026#附件", (
    (L("姓名"), V("name"), L("性别"), V("gender"), L("出生年月"), V("birth_date"), B(_PHOTO_2026)),
    (L("学历"), V("education"), L("政治面貌"), V("political_status")),
    (L("身份证号"), V("id_card"), L("籍贯"), V("native_place")),
    (L("工作单位"), V("employer"), L("职务"), V("position")),
    (L("细分领域"), V("field_detail"), L("从业年限"), V("years_in_field")),
    (L("技能等级"), V("skill_level"), L("职称等级"), V("title_level")),
    (L("人才认定等级"), V("talent_level"), L("手机号码"), V("phone")),
    (L("是否为两代表一委员(如是,请具体写明)"), B()),
    (L("2025年以来是否获得全国、省、市数字经济行业职业技能竞赛个人第一名"), V("first_place_since_2025")),
    (L("是否属于优先推荐企业类型(可多选)"), B(_PRIORITY)),
    (L("主要事迹\n(300字以内)"), V("main_deeds")),
    (L("本人承诺"), B(_PROMISE)),
    (L("所在单位意见"), B(STAMP)),
    (L("区县(市)总工会、市产业工会或市主管部门意见"), B(STAMP)),
))

SHEET = SheetLayout("第四届“杭州数字工匠”推荐汇总表（通用格式）", None, (
    ("序号", "seq"), ("姓名", "name"), ("性别", "gender"), ("出生年月", "birth_date"), ("身份证号", "id_card"),
    ("工作单位", "employer"), ("职务", "position"), ("细分领域", "field_detail"), ("从业年限", "years_in_field"),
    ("技能等级", "skill_level"), ("职称等级", "title_level"), ("主要事迹（300字以内）", "main_deeds"), ("备注", "remark"),
), before=(GENERIC_SHEET_NOTE, "填报单位："))
