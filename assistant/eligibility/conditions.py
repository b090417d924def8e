"""The qualitative 推荐条件 of each notice, and the words in an applicant's achievements that point to them.

Whether an achievement really meets such a condition (技术革新, 标准化建设, 绝技绝活 …) is for the experts'
review to judge. This table only says which condition the facts *speak to*, so that the checker can mark an
alternative condition as plausibly met and the drafter can name the condition a 主要事迹 supports.
Kept as data: one row per condition.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

__all__ = ["Condition", "ConditionMatch", "CONDITIONS", "match_conditions", "conditions_for", "ACHIEVEMENT_KINDS",
           "kind_of"]


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

CONDITIONS: tuple[Condition, ...] = (
    # 第四届杭州数字工匠 二/(一)(二)(三)
    Condition("hz_digital_craftsman_2026", "hz_digital_craftsman_2026#二/(一)", "standards", "参与数字经济标准化建设", _STANDARDS),
    Condition("hz_digital_craftsman_2026", "hz_digital_craftsman_2026#二/(二)", "innovation",
              "技术革新、技术改造、攻克技术难关、打造AI智能体", _INNOVATION + _AI_AGENT),
    Condition("hz_digital_craftsman_2026", "hz_digital_craftsman_2026#二/(三)", "certificate",
              "数字经济行业领先水平、等级、资质证书", _CERT),
    # 首届杭州数字工匠: the 实施方案 (附件1) is the governing text; the 函's 二/1-4 say the same.
    Condition("hz_digital_craftsman_2023", "hz_digital_craftsman_2023#附件1/二/(一)", "standards", "参与数字经济标准化建设", _STANDARDS),
    Condition("hz_digital_craftsman_2023", "hz_digital_craftsman_2023#附件1/二/(二)", "innovation",
              "技术革新、技术改造、攻克技术难关", _INNOVATION),
    Condition("hz_digital_craftsman_2023", "hz_digital_craftsman_2023#附件1/二/(三)", "certificate",
              "数字经济行业国家级等级资质证书", _CERT),
    Condition("hz_digital_craftsman_2023", "hz_digital_craftsman_2023#附件1/二/(四)", "training",
              "培养技能人才和传授技艺、培养选手", _TRAINING),
    # 首届杭州工匠 三/(二)/1-3 (4 and 5 are competition results, checked from the profile)
    Condition("hz_craftsman_2016", "hz_craftsman_2016#三/(二)/1", "knack", "绝技绝活或公认的先进操作法", _KNACK),
    Condition("hz_craftsman_2016", "hz_craftsman_2016#三/(二)/2", "craft", "杭州特色、传统工艺领域", _CRAFT),
    Condition("hz_craftsman_2016", "hz_craftsman_2016#三/(二)/3", "innovation", "重大创造或革新、国内领先成果", _MAJOR_INNOVATION),
    # 2021年杭州市首席技师 二/(二)-(四) ((一) is honours and competitions, checked from the profile)
    Condition("hz_chief_technician_2021", "hz_chief_technician_2021#二/(二)", "knack", "绝招绝技、先进操作法", _KNACK),
    Condition("hz_chief_technician_2021", "hz_chief_technician_2021#二/(三)", "innovation",
              "重大发明创造或技术革新、解决关键技术难题", _KEY_PROBLEMS),
    Condition("hz_chief_technician_2021", "hz_chief_technician_2021#二/(四)", "training", "传绝技、带高徒", _TRAINING),
    # 突出贡献浙派工匠 三/(一)/1-5
    Condition("zj_craftsman_2023", "zj_craftsman_2023#三/(一)/1", "training", "培养徒弟、传授技术技能", _TRAINING),
    Condition("zj_craftsman_2023", "zj_craftsman_2023#三/(一)/2", "innovation", "技术革新、技术改造", _INNOVATION),
    Condition("zj_craftsman_2023", "zj_craftsman_2023#三/(一)/3", "method", "总结先进的操作技术方法", _METHOD),
    Condition("zj_craftsman_2023", "zj_craftsman_2023#三/(一)/4", "transfer", "科技成果转化为现实生产力", _TRANSFER),
    Condition("zj_craftsman_2023", "zj_craftsman_2023#三/(一)/5", "digital", "推进数字化改革、智能制造", _DIGITAL),
)


def _has(text: str, term: str) -> bool:
    """Whether ``term`` occurs in ``text``; ASCII terms (AI) ignore case."""
    return term in text or (term.isascii() and term.lower() in text.lower())


def conditions_for(program: str) -> tuple[Condition, ...]:
    return tuple(c for c in CONDITIONS if c.program == program)


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
