"""Where each notice's form takes the 主要事迹, and its word limit, quoted from the form itself.

One row per program. ``limit_quote`` is a substring of ``limit_clause_id``'s text (a test checks it), so
every limit the drafter applies can be shown with its source. 浙派工匠's 办法 has no form and no limit:
its row says so and uses ``DEFAULT_LIMIT``.
"""

from __future__ import annotations

from dataclasses import dataclass

from assistant.errors import NotFoundError
from assistant.notices.metadata import PROGRAM_IDS

__all__ = ["FormLimit", "FORM_LIMITS", "DEFAULT_LIMIT", "form_limit"]

# Used where a notice sets no limit: the longest limit any of the five forms sets (杭州工匠, 600字以内).
DEFAULT_LIMIT = 600


@dataclass(frozen=True)
class FormLimit:
    program: str
    form: str | None  # the form the exported .docx reproduces, as the notice titles it
    form_clause_id: str | None
    field: str  # the form's box that takes the text
    limit: int
    limit_clause_id: str | None
    limit_quote: str | None
    note: str = ""
    honours_last: bool = False  # the form wants "… 主要荣誉：被评为…" to close the text

    def to_json(self) -> dict:
        return {"form": self.form, "form_clause_id": self.form_clause_id, "field": self.field, "limit": self.limit,
                "limit_clause_id": self.limit_clause_id, "limit_quote": self.limit_quote}


FORM_LIMITS: tuple[FormLimit, ...] = (
    FormLimit(
        "hz_digital_craftsman_2026", "第四届“杭州数字工匠”推荐表", "hz_digital_craftsman_2026#附件",
        "主要事迹", 300, "hz_digital_craftsman_2026#附件", "(300字以内)",
    ),
    FormLimit(
        "hz_digital_craftsman_2023", "首届“杭州数字工匠”推荐表", "hz_digital_craftsman_2023#附件2",
        "主要事迹", 400, "hz_digital_craftsman_2023#附件3", "主要事迹（400字以内）",
        "推荐表（附件2）的“主要事迹”栏没有写字数；推荐信息汇总表（附件3）写明“主要事迹（400字以内）”，"
        "同一段事迹两处都要填，按400字起草。",
    ),
    FormLimit(
        "hz_craftsman_2016", "首届“杭州工匠”认定工作申报表", "hz_craftsman_2016#附件",
        "主要事迹简介", 600, "hz_craftsman_2016#附件", "600字以内，详细材料请另附",
        "申报表写明“600字以内，详细材料请另附”：超出的事迹请另附材料。",
    ),
    FormLimit(
        "hz_chief_technician_2021", "杭州市首席技师认定申报表", "hz_chief_technician_2021#附件2",
        "获得荣誉称号情况", 300, "hz_chief_technician_2021#附件1", "获得荣誉称号情况 (300字以内)",
        "字数限制来自推荐申报人员汇总表（附件1）“获得荣誉称号情况 (300字以内)”，格式为“XXX 同志… 主要荣誉：被评为…”；"
        "认定申报表（附件2）按栏目分列技术特长、竞赛获奖、先进操作法、技术革新、荣誉称号和突出贡献，"
        "导出的申报表把事实分列在这些栏目里，草稿放在“个人总结”栏。",
        honours_last=True,
    ),
    FormLimit(
        "zj_craftsman_2023", None, None, "主要事迹", DEFAULT_LIMIT, None, None,
        "浙派工匠评选表彰办法（浙人社发〔2023〕39号）没有附推荐表，也没有规定主要事迹的字数；"
        f"本草稿按默认{DEFAULT_LIMIT}字以内起草，导出为通用格式。请以省人力社保厅当轮遴选通知所附表格为准。",
    ),
)

_BY_PROGRAM = {row.program: row for row in FORM_LIMITS}


def form_limit(program: str) -> FormLimit:
    """The row for ``program``; NotFoundError (with suggestions) for an unknown id."""
    try:
        return _BY_PROGRAM[program]
    except KeyError:
        import difflib

        near = difflib.get_close_matches(str(program), PROGRAM_IDS, n=3, cutoff=0.3)
        raise NotFoundError(f"没有这个项目编号：{program}。", suggestions=near or list(PROGRAM_IDS),
                            field="program") from None
