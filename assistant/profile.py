"""The applicant profile of the contract, validated at the edge; and drafting facts built on it.

All fields are optional: a missing fact leads the checker to ``needs_review`` naming the field, never
to a guess. Bad values raise ``InputError`` with a Chinese message that names the field.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator

from assistant.errors import InputError

__all__ = [
    "Profile", "Facts", "Competition", "Award", "parse_profile", "parse_facts", "SKILL_LEVELS", "LIST_FIELDS",
    "FIELD_LABELS", "HANGZHOU_DISTRICTS", "month_of",
]

SKILL_LEVELS = ("none", "初级工", "中级工", "高级工", "技师", "高级技师", "特级技师", "首席技师")  # lowest first
# The profile fields that hold lists: merged item by item, never overwritten.
LIST_FIELDS = ("prior_titles", "competition_results", "awards", "achievements")
# Districts, counties and areas of 杭州: an employer_city naming one is in Hangzhou (checker and extractor).
# 西湖区, not 西湖: in free text 西湖 is as often the lake or the tea (西湖龙井). jionlp's gazetteer stops at the
# district, so the industrial areas and towns people name instead of their district are listed here.
HANGZHOU_DISTRICTS = ("上城", "拱墅", "西湖区", "滨江", "萧山", "余杭", "临平", "钱塘", "富阳", "临安", "桐庐", "淳安",
                      "建德", "未来科技城", "城西科创", "下沙", "大江东", "九堡", "钱江新城", "良渚", "仓前", "瓜沥",
                      "转塘", "三墩", "闲林", "乔司", "紫金港", "之江",
                      # the named new towns and parks inside a district, said as the place one works
                      "钱江世纪城", "青山湖科技城", "云栖小镇", "梦想小镇", "湘湖", "白马湖",
                      "下城区", "江干区")  # merged in 2021 (into 拱墅, 上城), still said; with 区: "浙江干了" is no 江干
_MONTH = re.compile(r"^\d{4}-\d{2}$")

# Chinese names of profile fields, for messages and for the questions asked back to the user.
FIELD_LABELS: dict[str, str] = {
    "facts_as_of": "这些年限是截至哪一天的",
    "birth_date": "出生年月",
    "nationality": "国籍",
    "occupation": "职业（工种）",
    "employer_type": "单位性质",
    "rehired": "是否退休返聘",
    "union_member": "是否工会会员",
    "employer_city": "工作单位所在城市",
    "employment": "用工/任职情况",
    "role_type": "岗位类型（一线技术/管理/行政）",
    "years_in_field": "从事本职业或数字经济行业的年限",
    "years_full_time_in_hangzhou": "在杭州全职工作的年限",
    "years_full_time_in_zhejiang": "在浙江全职工作的年限",
    "skill_level": "职业资格或职业技能等级",
    "is_highest_level_of_occupation": "该等级是否为本职业（工种）的最高等级",
    "is_digital_economy": "是否从事数字经济行业",
    "prior_titles": "已获得的荣誉称号",
    "competition_results": "职业技能竞赛成绩",
    "awards": "获得的奖项和荣誉",
    "achievements": "主要业绩（技术革新、标准、攻关等）",
    "trained_apprentices": "带徒传技情况",
    "conduct": "所说的处分、违纪违法等情况",
    "digital_work_start": "开始从事数字经济工作的年月",
    "hangzhou_full_time_start": "开始在杭州全职工作的年月",
    "retired_on": "退休的年份或年月",
}


def month_of(value: str | None) -> dt.date | None:
    """``"YYYY-MM"`` -> the first day of that month."""
    if not value:
        return None
    year, month = value.split("-")
    return dt.date(int(year), int(month), 1)


def _listify(value: Any) -> Any:
    """A single string is a common way to write one item of a list field."""
    if isinstance(value, str):
        return [value] if value.strip() else []
    return value


def _check_day(value: dt.date | None) -> dt.date | None:
    if value is not None and not 1900 <= value.year <= 2100:
        raise ValueError("年份不合理（应在 1900 到 2100 之间）")
    return value


def _check_month(value: str | None) -> str | None:
    if value is None:
        return None
    value = str(value).strip()
    if not _MONTH.match(value):
        raise ValueError("应为 YYYY-MM 格式，例如 1988-06")
    year, month = int(value[:4]), int(value[5:])
    if not 1 <= month <= 12:
        raise ValueError("月份应在 01–12 之间")
    if not 1900 <= year <= 2100:
        raise ValueError("年份不合理（应在 1900 到 2100 之间）")
    return value


def _check_year_or_month(value: Any) -> str | None:
    if value is None:
        return None
    value = str(value).strip()
    if re.fullmatch(r"\d{4}", value):
        if not 1900 <= int(value) <= 2100:
            raise ValueError("年份不合理（应在 1900 到 2100 之间）")
        return value
    try:
        return _check_month(value)
    except ValueError:
        raise ValueError("应为 YYYY 或 YYYY-MM 格式，例如 2019 或 2019-06") from None


class Competition(BaseModel):
    """One competition result."""

    model_config = ConfigDict(extra="ignore", frozen=True)

    # None: the level is not stated; the checker reads it from the contest's name or organiser where that says it
    # ("浙江省总工会…" is provincial), else the result is a fact for the review (HR often fill only the organiser)
    level: Literal["world", "national", "provincial", "municipal"] | None = None
    tier: Literal["一类", "二类"] | None = None
    rank: int = Field(ge=1, le=1000)
    year: int | None = Field(None, ge=1950, le=2100)
    type: Literal["individual", "team"] | None = None
    field: str = ""


class Award(BaseModel):
    """One award or honour (科学技术奖, 全国技术能手, 特殊津贴 …)."""

    model_config = ConfigDict(extra="ignore", frozen=True)

    level: Literal["national", "provincial", "municipal"] | None = None
    kind: str
    year: int | None = Field(None, ge=1950, le=2100)


class Profile(BaseModel):
    """The contract's applicant profile. Unknown keys are ignored; known keys are validated."""

    model_config = ConfigDict(extra="ignore", frozen=True)

    facts_as_of: dt.date | None = None
    birth_date: str | None = None
    nationality: str | None = None
    occupation: str | None = None
    employer_type: Literal["private", "soe", "public_institution", "government_agency", "none"] | None = None
    rehired: bool | None = None
    union_member: bool | None = None
    employer_city: str | None = None
    employment: Literal[
        "full_time", "part_time", "freelance", "retired", "civil_servant", "public_institution_cadre", "soe_leader"
    ] | None = None
    role_type: Literal["frontline_technical", "management", "administrative"] | None = None
    years_in_field: float | None = Field(None, ge=0, le=80)
    years_full_time_in_hangzhou: float | None = Field(None, ge=0, le=80)
    years_full_time_in_zhejiang: float | None = Field(None, ge=0, le=80)
    skill_level: Literal[SKILL_LEVELS] | None = None  # type: ignore[valid-type]
    is_highest_level_of_occupation: bool | None = None
    is_digital_economy: bool | None = None
    prior_titles: list[str] | None = None
    competition_results: list[Competition] | None = None
    awards: list[Award] | None = None
    achievements: list[str] | None = None
    trained_apprentices: str | None = None
    # a disciplinary, legal or integrity matter the applicant raised ("前年受过一次警告处分"); absent: none raised.
    # Every notice asks for 遵纪守法 and none says which matters bar an applicant, so it is never asked for
    conduct: str | None = None
    digital_work_start: str | None = None
    hangzhou_full_time_start: str | None = None
    # when a retired applicant retired, "YYYY" or "YYYY-MM" (a contract extension): a historical round before it saw
    # the applicant in service ("一九年退休了" asked about 2016's 杭州工匠)
    retired_on: str | None = None

    _retired_on = field_validator("retired_on", mode="before")(classmethod(lambda cls, v: _check_year_or_month(v)))
    _months = field_validator("birth_date", "digital_work_start", "hangzhou_full_time_start", mode="before")(
        classmethod(lambda cls, v: _check_month(v))
    )

    _as_of = field_validator("facts_as_of")(classmethod(lambda cls, v: _check_day(v)))
    _lists = field_validator("achievements", "prior_titles", mode="before")(classmethod(lambda cls, v: _listify(v)))

    def known(self) -> dict[str, Any]:
        """The fields the user actually gave."""
        return self.model_dump(exclude_none=True, mode="json")


class Facts(Profile):
    """Drafting input: a profile plus the 推荐表's identity fields. Identity fields never reach logs."""

    name: str | None = None
    gender: str | None = None
    employer: str | None = None
    position: str | None = None
    id_card: str | None = None
    phone: str | None = None
    education: str | None = None
    political_status: str | None = None
    title_level: str | None = None  # 职称等级
    native_place: str | None = None
    field_detail: str | None = None  # 细分领域 / 行业细分
    motto: str | None = None  # 工匠宣言
    main_results: list[str] | None = None  # 主要成果
    honours: list[str] | None = None  # 曾获荣誉
    # Further fields some 推荐表 ask for; filled into the exported form as given, never into 主要事迹.
    ethnicity: str | None = None  # 民族
    address: str | None = None  # 通讯地址 / 联系地址 / 单位地址
    landline: str | None = None  # 联系电话（座机）
    talent_level: str | None = None  # 人才认定等级
    work_start: str | None = None  # 参加工作时间, YYYY-MM
    employer_since: str | None = None  # 入职（进入现单位）时间, YYYY or YYYY-MM: the draft says how long since
    post: str | None = None  # 岗位 (首席技师汇总表 has 岗位 and 行政职务)
    admin_position: str | None = None  # 行政职务
    main_deeds: str | None = None  # a 主要事迹 already written (the 汇总表 keeps it as given)

    _more_lists = field_validator("main_results", "honours", mode="before")(classmethod(lambda cls, v: _listify(v)))


def _message(exc: ValidationError) -> tuple[str, str]:
    err = exc.errors()[0]
    loc = err.get("loc", ())
    field = "".join(f"[{p}]" if isinstance(p, int) else (f".{p}" if i else str(p)) for i, p in enumerate(loc))
    label = FIELD_LABELS.get(str(loc[0]) if loc else "", "")
    kind = err.get("type", "")
    raw = err.get("input")
    if kind in {"greater_than_equal", "greater_than"}:
        why = "不能为负数或过小"
    elif kind in {"less_than_equal", "less_than"}:
        why = "数值大得不合常理，请核对"
    elif kind == "literal_error":
        # pydantic lists the options in English ("'a', 'b' or 'c'"): the options are kept, the words are Chinese
        options = re.findall(r"'([^']*)'", str(err.get("ctx", {}).get("expected", "")))
        why = f"取值应为 {'、'.join(options[:-1]) + ' 或 ' + options[-1] if len(options) > 1 else (options or ['规定的选项之一'])[0]}"
    elif kind.startswith("date"):
        why = "应为 YYYY-MM-DD 格式的真实日期"
    elif kind == "value_error":
        why = str(err.get("ctx", {}).get("error", "格式不对"))
    elif kind == "missing":
        why = "缺少必填项"
    else:
        why = "格式不对"
    shown = f"（收到“{raw}”）" if isinstance(raw, str | int | float) and not isinstance(raw, bool) else ""
    return f"字段 {field}{('（' + label + '）') if label else ''} 无效：{why}{shown}。", field


def parse_profile(data: Any, model: type[Profile] = Profile) -> Profile:
    """Validate a profile dict; raise ``InputError`` naming the first bad field."""
    if isinstance(data, Profile):
        return data
    if not isinstance(data, dict):
        raise InputError("资料应为 JSON 对象（键值对），例如 {\"birth_date\": \"1988-06\"}。", field="profile")
    from assistant.normalize import prepare_profile

    data = prepare_profile(data)  # the edge: fold text (NFKC, 繁→简, zero-width), bound sizes, title aliases
    try:
        return model.model_validate(data)
    except ValidationError as exc:
        message, field = _message(exc)
        raise InputError(message, field=field) from None


def parse_facts(data: Any) -> Facts:
    return parse_profile(data, Facts)  # type: ignore[return-value]
