"""The layouts of the notices' forms, as data: 推荐表/申报表 rows for .docx, 汇总表 columns for .xlsx.

Field names and their order are the forms' own (``附件`` of each notice; a test checks that every label
is in the form's clause text). A cell is a label (``L``), a value taken from the facts or the draft (``V``),
fixed text the form prints, such as the stamp box (``B``), or a heading across the table (``H``).
Signature, stamp and photo boxes stay empty.

Programs whose notice has no 汇总表 (第四届数字工匠 mentions one without a form, 杭州工匠, 浙派工匠) get a
generic sheet: the columns of their own 推荐表, marked as such in the sheet.
"""

from __future__ import annotations

from dataclasses import dataclass

__all__ = ["Cell", "L", "V", "B", "H", "FormLayout", "SheetLayout", "FORMS", "SHEETS", "STAMP"]


@dataclass(frozen=True)
class Cell:
    kind: str  # "L" label, "V" value, "B" fixed text, "H" heading across the table
    text: str  # the label / fixed text, or the value's key


def L(text: str) -> Cell:  # noqa: N802 - reads like the form
    return Cell("L", text)


def V(key: str) -> Cell:  # noqa: N802
    return Cell("V", key)


def B(text: str = "") -> Cell:  # noqa: N802
    return Cell("B", text)


def H(text: str) -> Cell:  # noqa: N802
    return Cell("H", text)


STAMP = "（盖章）\n年    月    日"


@dataclass(frozen=True)
class FormLayout:
    title: str
    clause_id: str | None
    rows: tuple[tuple[Cell, ...], ...]
    before: tuple[str, ...] = ()  # paragraphs above the table
    after: tuple[str, ...] = ()  # paragraphs below it


@dataclass(frozen=True)
class SheetLayout:
    title: str
    clause_id: str | None  # None: generic layout, the notice has no 汇总表
    columns: tuple[tuple[str, str], ...]  # (header as the form writes it, value key)
    before: tuple[str, ...] = ()
    after: tuple[str, ...] = ()


_PHOTO_2026 = "正面免冠彩色近照(2寸)"
_PRIORITY = ("国家级: □ 高新技术企业 □ 技术创新示范企业 □ 制造业单项冠军 □ 专精特新“小巨人”企业 □ 其他:_____\n"
             "省 级: □ 省雄鹰企业 □ 领军型浙江数商 □ 省级隐形冠军企业 □ 省未来工厂 □ 省智能工厂 □ 其他:_____\n"
             "市 级: □ 鲲鹏企业 □ 新雏鹰企业 □ 其他:_____")
_PROMISE = "本人对所提供材料的真实性、准确性负责,如有不实,愿意承担由此产生的一切后果。\n签名：            年    月    日"

FORMS: dict[str, FormLayout] = {
    "hz_digital_craftsman_2026": FormLayout("第四届“杭州数字工匠”推荐表", "hz_digital_craftsman_2026#附件", (
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
    )),
    "hz_digital_craftsman_2023": FormLayout("首届“杭州数字工匠”推荐表", "hz_digital_craftsman_2023#附件2", (
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
    )),
    "hz_craftsman_2016": FormLayout("首届“杭州工匠”认定工作申报表", "hz_craftsman_2016#附件", (
        (L("姓名"), V("name"), L("年龄"), V("age"), L("民族"), V("ethnicity"), B("贴照片处")),
        (L("专业领域"), V("occupation"), L("职称（技能等级）"), V("title_skill")),
        (L("联系电话"), V("landline"), L("手机"), V("phone")),
        (L("联系地址"), V("address")),
        (L("工作单位"), V("employer")),
        (L("推荐单位意见"), B(STAMP)),
        (L("领导小组办公室意见"), B(STAMP)),
        (L("主要事迹简介\n（600字以内，详细材料请另附）"), V("main_deeds")),
    ), after=("注：申报表一式两份并电子档于2016年9月30日前报市总技协办。",)),
    "hz_chief_technician_2021": FormLayout("杭州市首席技师认定申报表", "hz_chief_technician_2021#附件2", (
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
               "杭州市人力资源和社会保障局")),
    "zj_craftsman_2023": FormLayout("突出贡献浙派工匠推荐材料（通用格式）", None, (
        (L("姓名"), V("name"), L("性别"), V("gender"), L("出生年月"), V("birth_date")),
        (L("身份证号"), V("id_card"), L("政治面貌"), V("political_status")),
        (L("工作单位"), V("employer"), L("职务"), V("position")),
        (L("职业（工种）"), V("occupation"), L("技能等级"), V("skill_level")),
        (L("从业年限"), V("years_in_field"), L("手机号码"), V("phone")),
        (L("主要事迹\n(600字以内)"), V("main_deeds")),
        (L("所在单位意见"), B(STAMP)),
    ), before=("浙派工匠评选表彰办法（浙人社发〔2023〕39号）没有附推荐表；本表为通用格式，"
               "请以省人力社保厅当轮遴选通知所附表格为准。",)),
}

_GENERIC_NOTE = "通知未附汇总表样式；本表为通用格式，列取自该项目推荐表的字段，供单位汇总报送时参考。"

SHEETS: dict[str, SheetLayout] = {
    "hz_digital_craftsman_2023": SheetLayout("首届“杭州数字工匠”推荐信息汇总表", "hz_digital_craftsman_2023#附件3", (
        ("序号", "seq"), ("姓名", "name"), ("性别", "gender"), ("身份证号", "id_card"), ("专业领域", "occupation"),
        ("从业年限", "years_in_field"), ("职称/技能等级", "title_skill"), ("单位及职务", "employer_position"),
        ("主要事迹（400字以内）", "main_deeds"), ("主要成果（不超过3项）", "main_results3"),
        ("主要荣誉（不超过3项）", "honours3"), ("行业细分", "field_detail"), ("备注", "remark"),
    ), before=("填报单位：",)),
    "hz_chief_technician_2021": SheetLayout("杭州市首席技师推荐申报人员汇总表", "hz_chief_technician_2021#附件1", (
        ("序号", "seq"), ("姓名", "name"), ("性别", "gender"), ("出生年月", "birth_date"), ("工作单位", "employer"),
        ("岗位", "post"), ("行政职务", "admin_position"), ("职业（工种）", "occupation"), ("等级", "skill_level"),
        ("获得荣誉称号情况 (300字以内)", "main_deeds"),
    ), before=("填报单位：（盖章）",), after=("填报人：", "联系电话：", "手机：")),
    "hz_digital_craftsman_2026": SheetLayout("第四届“杭州数字工匠”推荐汇总表（通用格式）", None, (
        ("序号", "seq"), ("姓名", "name"), ("性别", "gender"), ("出生年月", "birth_date"), ("身份证号", "id_card"),
        ("工作单位", "employer"), ("职务", "position"), ("细分领域", "field_detail"), ("从业年限", "years_in_field"),
        ("技能等级", "skill_level"), ("职称等级", "title_level"), ("主要事迹（300字以内）", "main_deeds"), ("备注", "remark"),
    ), before=(_GENERIC_NOTE, "填报单位：")),
    "hz_craftsman_2016": SheetLayout("首届“杭州工匠”申报汇总表（通用格式）", None, (
        ("序号", "seq"), ("姓名", "name"), ("年龄", "age"), ("民族", "ethnicity"), ("专业领域", "occupation"),
        ("职称（技能等级）", "title_skill"), ("工作单位", "employer"), ("主要事迹简介（600字以内）", "main_deeds"),
        ("备注", "remark"),
    ), before=(_GENERIC_NOTE, "填报单位：")),
    "zj_craftsman_2023": SheetLayout("突出贡献浙派工匠推荐汇总表（通用格式）", None, (
        ("序号", "seq"), ("姓名", "name"), ("性别", "gender"), ("出生年月", "birth_date"), ("身份证号", "id_card"),
        ("工作单位", "employer"), ("职务", "position"), ("职业（工种）", "occupation"), ("技能等级", "skill_level"),
        ("从业年限", "years_in_field"), ("主要事迹（600字以内）", "main_deeds"), ("备注", "remark"),
    ), before=("浙派工匠评选表彰办法没有附推荐表或汇总表；本表为通用格式，请以当轮遴选通知为准。", "填报单位：")),
}
