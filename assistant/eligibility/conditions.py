"""The qualitative 推荐条件 of each notice, and the words in an applicant's achievements that point to them.

Whether an achievement really meets such a condition (技术革新, 标准化建设, 绝技绝活 …) is for the experts'
review to judge. This table only says which condition the facts *speak to*, so that the checker can mark an
alternative condition as plausibly met and the drafter can name the condition a 主要事迹 supports.
Kept as data: one row per condition.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from assistant.programs import get_pack, packs

__all__ = ["Condition", "ConditionMatch", "CONDITIONS", "TERM_GROUPS", "match_conditions", "conditions_for", "ACHIEVEMENT_KINDS", "kind_of"]  # noqa: F822, E501 - CONDITIONS comes from __getattr__


@dataclass(frozen=True)
class Condition:
    program: str
    clause_id: str
    key: str  # stable name, e.g. "standards", "innovation"
    label: str  # Chinese, for messages
    terms: tuple[str, ...]


@dataclass(frozen=True)
class ConditionMatch:
    condition: Condition
    terms: tuple[str, ...]  # the terms found, in table order
    texts: tuple[str, ...]  # the achievement texts that contained them


_STANDARDS = ("标准化", "团体标准", "行业标准", "国家标准", "地方标准", "企业标准", "国际标准", "标准制定", "制定标准",
              "主导制定", "参与制定", "成果转化", "关键核心技术")
_INNOVATION = ("技术革新", "技术改造", "攻克", "攻关", "技术难关", "技术难题", "关键技术", "专利", "发明", "研发",
               "自主研发", "降本", "提效", "效率提升", "经济效益", "社会效益", "节约", "创效")
_AI_AGENT = ("智能体", "AI", "大模型", "人工智能")
_TRAINING = ("带徒", "徒弟", "师带徒", "培养", "传授", "授课", "培训", "选手", "教练", "技能人才")
_KNACK = ("绝技", "绝活", "绝招", "操作法", "工作法", "劳动生产率", "最高水平", "最高生产", "销售记录")
_CRAFT = ("传统工艺", "杭州特色", "非遗", "非物质文化遗产", "手工", "技艺传承", "丝绸", "刺绣", "雕刻", "茶艺",
          "制茶", "龙井", "织锦", "剪纸")
_MAJOR_INNOVATION = ("重大", "国内领先", "国际领先", "发明", "革新", "技术改造", "专利", "填补")
_KEY_PROBLEMS = ("发明", "技术革新", "技术改造", "关键技术", "技术难题", "难题", "技术障碍", "安全隐患", "质量通病",
                 "产品质量", "高新技术设备", "攻关")
_METHOD = ("操作法", "工作法", "操作技术方法", "先进操作", "工艺方法", "作业法")
_TRANSFER = ("成果转化", "科技成果", "转化", "产业化", "推广应用", "生产力")
_DIGITAL = ("数字化改革", "数字化转型", "智能制造", "智能工厂", "未来工厂", "工业互联网", "智能化改造", "数字孪生")
# 二/(三) (第四届) and 附件1/二/(三) (首届) also accept a 科学技术类奖项.
_CERT = ("国际领先", "国内领先", "领先水平", "资质证书", "认证", "等级证书", "科学技术奖", "科技进步奖", "科学技术进步奖")

# The vocabulary groups a pack's conditions draw on (``groups`` in each ``pack.toml``'s [[conditions]]).
TERM_GROUPS: dict[str, tuple[str, ...]] = {
    "standards": _STANDARDS, "innovation": _INNOVATION, "ai_agent": _AI_AGENT, "certificate": _CERT,
    "training": _TRAINING, "knack": _KNACK, "craft": _CRAFT, "major_innovation": _MAJOR_INNOVATION,
    "key_problems": _KEY_PROBLEMS, "method": _METHOD, "transfer": _TRANSFER, "digital": _DIGITAL,
}


def _has(text: str, term: str) -> bool:
    """Whether ``term`` occurs in ``text``; ASCII terms (AI) ignore case."""
    return term in text or (term.isascii() and term.lower() in text.lower())


def conditions_for(program: str) -> tuple[Condition, ...]:
    """The qualitative conditions of ``program``, from its pack."""
    pack = get_pack(program)
    return tuple(Condition(pack.id, pack.clause(c.clause), c.key, c.label,
                           tuple(term for group in c.groups for term in TERM_GROUPS[group]))
                 for c in pack.conditions)


def __getattr__(name: str):
    if name == "CONDITIONS":  # every registered programme's conditions, in display order
        return tuple(c for pack in packs() for c in conditions_for(pack.id))
    raise AttributeError(name)


def match_conditions(texts: Iterable[str], program: str) -> list[ConditionMatch]:
    """Conditions of ``program`` that the texts speak to, in the notice's order."""
    texts = [t for t in texts if t and t.strip()]
    matches = []
    for condition in conditions_for(program):
        found_terms, found_texts = [], []
        for text in texts:
            hit = [t for t in condition.terms if _has(text, t)]
            if hit:
                found_texts.append(text)
                found_terms.extend(t for t in hit if t not in found_terms)
        if found_terms:
            matches.append(ConditionMatch(condition, tuple(found_terms), tuple(found_texts)))
    return matches


# Kinds of achievement, for the drafter's sentence patterns. A kind is not a condition: one kind speaks to
# different clauses in different notices. Same term groups as the rows above, plus the few that only the
# wording needs; first match wins, so the more specific kinds come first.
_COMPETITION = ("竞赛", "大赛", "技能比武", "比赛")
_AWARD = ("奖", "称号", "能手", "劳动模范", "劳模", "标兵", "先进个人", "先进工作者", "津贴")
_BENEFIT = ("经济效益", "社会效益", "节约", "创效", "降本", "提效", "效率提升", "产值", "利润", "营收", "销售额",
            "万元", "亿元", "成本")
ACHIEVEMENT_KINDS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("standards", _STANDARDS),
    ("ai", _AI_AGENT),
    ("digital", _DIGITAL),
    ("training", _TRAINING),
    ("competition", _COMPETITION),
    ("method", _METHOD),
    ("knack", _KNACK),
    ("craft", _CRAFT),
    ("transfer", _TRANSFER),
    ("innovation", tuple(t for t in _INNOVATION + _KEY_PROBLEMS if t not in _BENEFIT)),
    ("award", _AWARD),
    ("benefit", _BENEFIT),
)


def kind_of(text: str) -> str:
    """The first kind whose terms occur in ``text``; ``"other"`` when none does."""
    for kind, terms in ACHIEVEMENT_KINDS:
        if any(_has(text, t) for t in terms):
            return kind
    return "other"
