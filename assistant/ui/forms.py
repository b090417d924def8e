"""The self-check form as data: fields, Chinese choices, and the mapping to and from the contract profile.

``form_to_profile`` turns what the form holds (labels, blank cells, table rows) into the contract's profile
dict; ``profile_to_form`` is its inverse, used to pre-fill the form from what the chat learnt. Validation of
values stays with ``assistant.profile.parse_profile``; only table cells are checked here, with the row named.
"""

from __future__ import annotations

import math
import re
from typing import Any

from assistant.drafting.material import LEVEL_CN
from assistant.errors import InputError
from assistant.extract.numbers import cn_to_int
from assistant.profile import FIELD_LABELS, SKILL_LEVELS

__all__ = [
    "FORM_FIELDS", "EMPLOYER_TYPES", "EMPLOYMENTS", "ROLE_TYPES", "SKILL_CHOICES", "YES_NO", "NATIONALITIES",
    "TITLE_CHOICES", "title_choices", "TITLE_NONE", "FORM_LABELS", "form_error", "COMPETITION_HEADERS", "AWARD_HEADERS",
    "form_to_profile", "profile_to_form", "blank_form",
    "text_lines", "number_field",
]

# (label shown, value stored). Order is the order of the dropdown.
EMPLOYER_TYPES = [("民营企业", "private"), ("国有企业", "soe"), ("事业单位", "public_institution"),
                  ("机关", "government_agency"), ("无工作单位", "none")]
EMPLOYMENTS = [("全职", "full_time"), ("兼职", "part_time"), ("自由职业", "freelance"), ("已退休", "retired"),
               ("公务员", "civil_servant"), ("事业单位领导干部", "public_institution_cadre"), ("国企领导人员", "soe_leader")]
ROLE_TYPES = [("一线技术岗位", "frontline_technical"), ("管理岗位", "management"), ("行政岗位", "administrative")]
SKILL_CHOICES = [("无", "none")] + [(s, s) for s in SKILL_LEVELS if s != "none"]
UNKNOWN = "unknown"
YES_NO = [("未填写", UNKNOWN), ("是", "yes"), ("否", "no")]
NATIONALITIES = [("未填写", ""), ("中国", "中国"), ("其他国籍", "其他")]
# Titles an applicant may already hold (the honour vocabulary the rules' exclusions read). A pack whose
# honour is not among them adds it with ``held_title``; ``title_choices`` is the list the form offers.
TITLE_CHOICES = ["浙江工匠", "杭州工匠", "杭州数字工匠", "浙江省首席技师", "杭州市首席技师", "全国技术能手", "浙江省技术能手"]
# "No honours" is a fact the checker needs (已获称号的不再重复推荐), not a blank: it has its own choice.
TITLE_NONE = "无（没有获得过荣誉称号）"
NONE_WORDS = ("无", "没有", "暂无", "否")


def title_choices() -> list[str]:
    """The prior-title checkboxes: the shared list, then each registered pack's own title not yet in it."""
    from assistant.programs import packs

    extra = [p.held_title for p in packs() if p.held_title and p.held_title not in TITLE_CHOICES]
    return TITLE_CHOICES + list(dict.fromkeys(extra))

COMPETITION_HEADERS = ["级别", "类别", "名次", "年份", "个人/团体", "竞赛名称"]
AWARD_HEADERS = ["级别", "奖项名称", "年份"]

# The form's components, in the order the callbacks receive them.
FORM_FIELDS = (
    "birth_date", "nationality", "occupation", "employer_type", "employer_city", "employment", "role_type",
    "rehired", "union_member", "is_digital_economy", "years_in_field", "years_full_time_in_hangzhou",
    "years_full_time_in_zhejiang", "digital_work_start", "hangzhou_full_time_start", "skill_level",
    "is_highest_level_of_occupation", "prior_titles", "other_titles", "competition_results", "awards",
    "achievements", "trained_apprentices", "facts_as_of", "no_competitions", "no_awards",
)
# What the form calls each field (its label), for messages: never the internal name.
FORM_LABELS = {
    "birth_date": "出生年月", "nationality": "国籍", "occupation": "职业（工种）/岗位", "employer_type": "单位性质",
    "employer_city": "单位所在城市", "employment": "用工/任职情况", "role_type": "岗位类型", "rehired": "退休返聘吗",
    "union_member": "是工会会员吗", "is_digital_economy": "从事数字经济行业吗",
    "years_in_field": "本职业/数字经济从业年限", "years_full_time_in_hangzhou": "在杭州全职工作年限",
    "years_full_time_in_zhejiang": "在浙江全职工作年限", "digital_work_start": "开始从事数字经济工作",
    "hangzhou_full_time_start": "开始在杭州全职工作", "skill_level": "职业资格/技能等级",
    "is_highest_level_of_occupation": "是本职业最高等级吗", "prior_titles": "已获荣誉称号",
    "other_titles": "其他荣誉称号", "competition_results": "职业技能竞赛成绩", "awards": "获奖",
    "achievements": "主要业绩", "trained_apprentices": "带徒传技情况", "facts_as_of": "以上年限截至",
}
_HINTS = {
    "birth_date": "应为年和月，例如 1988-06", "digital_work_start": "应为年和月，例如 2016-09",
    "hangzhou_full_time_start": "应为年和月，例如 2020-03", "facts_as_of": "应为真实日期，例如 2026-03-31",
}
_TEXT = ("birth_date", "occupation", "employer_city", "digital_work_start", "hangzhou_full_time_start",
         "trained_apprentices", "facts_as_of", "nationality")
_CHOICE = ("employer_type", "employment", "role_type", "skill_level")
_BOOL = ("rehired", "union_member", "is_digital_economy", "is_highest_level_of_occupation")
_NUMBER = ("years_in_field", "years_full_time_in_hangzhou", "years_full_time_in_zhejiang")

_LEVELS = {"世界": "world", "世界级": "world", "国际": "world", "全国": "national", "国家": "national",
           "国家级": "national", "省": "provincial", "省级": "provincial", "全省": "provincial", "市": "municipal",
           "市级": "municipal", "全市": "municipal", "world": "world", "national": "national",
           "provincial": "provincial", "municipal": "municipal"}
_TYPES = {"个人": "individual", "个人赛": "individual", "individual": "individual", "团体": "team",
          "团体赛": "team", "团队": "team", "team": "team"}
_TYPE_LABEL = {"individual": "个人", "team": "团体"}
_BULLETS = " -·•\t"


def _blank(value: Any) -> bool:
    return value is None or (isinstance(value, float) and math.isnan(value)) or str(value).strip() == ""


def text_lines(value: Any) -> list[str]:
    """A one-per-line textbox as a list: blank lines and list bullets dropped."""
    return [line.strip(_BULLETS) for line in str(value or "").splitlines() if line.strip(_BULLETS)]


def _int_cell(value: Any, what: str, row: int, table: str) -> int | None:
    if _blank(value):
        return None
    text = re.sub(r"[第名年届等奖\s]", "", str(value))
    if (numeral := cn_to_int(text)) is not None:  # 一, 十二, 二〇二四
        return numeral
    try:
        number = float(text)
    except ValueError:
        raise InputError(f"{table}第 {row} 行的“{what}”应为数字，收到“{value}”。", field=table) from None
    if number != int(number):
        raise InputError(f"{table}第 {row} 行的“{what}”应为整数，收到“{value}”。", field=table)
    return int(number)


def _rows(table: Any) -> list[list]:
    if table is None:
        return []
    if hasattr(table, "values") and hasattr(table, "columns"):  # a pandas DataFrame
        table = table.values.tolist()
    if isinstance(table, dict):  # the Dataframe component's {"headers", "data"} form
        table = table.get("data") or []
    return [list(r) for r in table if any(not _blank(c) for c in r)]


def _competitions(table: Any) -> list[dict]:
    out = []
    for row_no, row in enumerate(_rows(table), start=1):
        level, tier, rank, year, kind, name = (list(row) + [None] * 6)[:6]
        level_value = _LEVELS.get(str(level or "").strip())
        if level_value is None:
            raise InputError(f"竞赛成绩第 {row_no} 行的“级别”应为 世界/全国/省级/市级 之一，收到“{level or ''}”。",
                             field="competition_results")
        tier_text = str(tier or "").strip()
        if tier_text and tier_text not in ("一类", "二类"):
            raise InputError(f"竞赛成绩第 {row_no} 行的“类别”应为 一类 或 二类（不清楚可留空）。", field="competition_results")
        rank_value = _int_cell(rank, "名次", row_no, "竞赛成绩")
        if rank_value is None:
            raise InputError(f"竞赛成绩第 {row_no} 行缺少“名次”。", field="competition_results")
        item: dict[str, Any] = {"level": level_value, "tier": tier_text or None, "rank": rank_value,
                                "year": _int_cell(year, "年份", row_no, "竞赛成绩"), "field": str(name or "").strip()}
        kind_text = str(kind or "").strip()
        if kind_text:
            if kind_text not in _TYPES:
                raise InputError(f"竞赛成绩第 {row_no} 行的“个人/团体”应为 个人 或 团体。", field="competition_results")
            item["type"] = _TYPES[kind_text]
        out.append(item)
    return out


def _awards(table: Any) -> list[dict]:
    out = []
    for row_no, row in enumerate(_rows(table), start=1):
        level, name, year = (list(row) + [None] * 3)[:3]
        if _blank(name):
            raise InputError(f"奖项第 {row_no} 行缺少“奖项名称”。", field="awards")
        item: dict[str, Any] = {"kind": str(name).strip(), "year": _int_cell(year, "年份", row_no, "奖项")}
        if not _blank(level):
            value = _LEVELS.get(str(level).strip())
            if value is None or value == "world":
                raise InputError(f"奖项第 {row_no} 行的“级别”应为 全国/省级/市级 之一。", field="awards")
            item["level"] = value
        out.append(item)
    return out


def number_field(value: Any, field: str) -> float | None:
    """A years textbox as a number (None when blank); a Chinese error naming the field's label otherwise,
    quoting what the user typed (never a reformatted number such as “-3.0”)."""
    if _blank(value):
        return None
    label = FIELD_LABELS.get(field) or FORM_LABELS.get(field) or "年限"
    try:
        number = float(str(value).strip().rstrip("年"))
    except (TypeError, ValueError):
        raise InputError(f"{label}“{value}”不是数字，请填写年数，例如 5 或 5.5。", field=field) from None
    if number < 0 or math.isnan(number):
        raise InputError(f"{label}“{value}”不是有效的年数：年数不能为负数，例如 5 或 5.5。", field=field)
    if number > 80:
        raise InputError(f"{label}“{value}”大得不合常理，请核对。", field=field)
    return number


def form_error(exc: InputError, values: dict[str, Any]) -> str:
    """A checker's complaint about the profile as the form's own words: the field's label and what the user
    typed, never the internal field name or a reformatted value."""
    root = re.split(r"[.\[]", exc.field or "", maxsplit=1)[0]
    label = FORM_LABELS.get(root)
    if label is None:  # not a form field (the message is already the user's own wording)
        return exc.message
    typed = values.get(root)
    shown = f"您填的是“{typed}”，" if isinstance(typed, str) and typed.strip() else ""
    # The checker's reason, when it is plain Chinese (not the internal name or a reformatted value).
    reason = re.search(r"无效：([^（。]*)", exc.message)
    why = reason.group(1).strip() if reason and not re.search(r"[A-Za-z]", reason.group(1)) else ""
    why = f"{why}。" if why else ""
    return f"“{label}”填写有误：{why}{shown}{_HINTS.get(root, '请核对后再试')}。"


def form_to_profile(values: dict[str, Any]) -> dict[str, Any]:
    """The contract profile the form describes; blank fields are left out (the checker then asks for them)."""
    profile: dict[str, Any] = {}
    for key in _TEXT:
        if not _blank(values.get(key)):
            profile[key] = str(values[key]).strip()
    for key in _CHOICE:
        if not _blank(values.get(key)):
            profile[key] = values[key]
    for key in _BOOL:
        if values.get(key) in ("yes", "no"):
            profile[key] = values[key] == "yes"
    for key in _NUMBER:
        number = number_field(values.get(key), key)
        if number is not None:
            profile[key] = number
    picked = list(values.get("prior_titles") or [])
    none = TITLE_NONE in picked
    titles = [t for t in picked if t != TITLE_NONE]
    titles += [t for t in re.split(r"[，,、;；\s]+", str(values.get("other_titles") or "")) if t and t not in NONE_WORDS]
    if titles and none:
        raise InputError("“已获荣誉称号”里选了“无”，又选或填了荣誉称号，请只保留一种。", field="prior_titles")
    if titles or none:
        profile["prior_titles"] = list(dict.fromkeys(titles))
    for key, table, read, flag in (("competition_results", "职业技能竞赛成绩", _competitions, "no_competitions"),
                                   ("awards", "获奖", _awards, "no_awards")):
        rows = read(values.get(key))
        if rows and values.get(flag):
            raise InputError(f"勾选了“没有{table}”，表格里却填了内容，请只保留一种。", field=key)
        if rows or values.get(flag):
            profile[key] = rows
    achievements = text_lines(values.get("achievements"))
    if achievements and all(a in NONE_WORDS for a in achievements):
        profile["achievements"] = []
    elif achievements:
        profile["achievements"] = achievements
    return profile


def blank_form() -> dict[str, Any]:
    values: dict[str, Any] = {key: None for key in FORM_FIELDS}
    values.update({k: "" for k in (*_TEXT, *_NUMBER)})
    values.update({k: UNKNOWN for k in _BOOL})
    values.update(prior_titles=[], other_titles="", nationality="", achievements="", trained_apprentices="",
                  competition_results=[["", "", "", "", "", ""]], awards=[["", "", ""]], no_competitions=False,
                  no_awards=False)
    return values


def profile_to_form(profile: dict[str, Any] | None) -> dict[str, Any]:
    """Form values for a profile (the chat's ``session.profile``); unknown fields stay blank."""
    profile = profile or {}
    values = blank_form()
    for key in (*_TEXT, *_CHOICE):
        if profile.get(key) is not None:
            values[key] = profile[key]
    for key in _NUMBER:
        if isinstance(profile.get(key), int | float):
            values[key] = f"{profile[key]:g}"
    for key in _BOOL:
        if profile.get(key) is not None:
            values[key] = "yes" if profile[key] else "no"
    titles = list(profile.get("prior_titles") or [])
    offered = title_choices()
    values["prior_titles"] = [t for t in titles if t in offered]
    if profile.get("prior_titles") == []:  # "no honours", said in the chat, is kept
        values["prior_titles"] = [TITLE_NONE]
    values["other_titles"] = "、".join(t for t in titles if t not in offered)
    rows = [[LEVEL_CN.get(c.get("level"), c.get("level") or ""), c.get("tier") or "", c.get("rank", ""),
             c.get("year") or "", _TYPE_LABEL.get(c.get("type"), ""), c.get("field") or ""]
            for c in profile.get("competition_results") or []]
    values["competition_results"] = rows or blank_form()["competition_results"]
    rows = [[LEVEL_CN.get(a.get("level"), ""), a.get("kind") or "", a.get("year") or ""]
            for a in profile.get("awards") or []]
    values["awards"] = rows or blank_form()["awards"]
    values["no_competitions"] = profile.get("competition_results") == []
    values["no_awards"] = profile.get("awards") == []
    values["achievements"] = "无" if profile.get("achievements") == [] else "\n".join(profile.get("achievements") or [])
    if isinstance(profile.get("facts_as_of"), str):
        values["facts_as_of"] = profile["facts_as_of"]
    return values
