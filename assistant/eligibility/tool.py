"""The checker as a langchain tool, so that the chat agent can call it. langchain is imported lazily.

    tool = make_tool(); tool.invoke({"program": "all", "profile": {...}})
"""

from __future__ import annotations

import datetime as dt
import json
from typing import Any

from pydantic import BaseModel, ConfigDict, Field

__all__ = ["CheckArgs", "make_tool", "run_check"]

DESCRIPTION = (
    "资格检查（确定性规则，不用语言模型）：按通知条款逐条核对申报人资料是否符合某个工匠荣誉项目的推荐条件。"
    "program 为项目编号（{programs}），"
    "或 all 检查全部；profile 为申报人资料（出生年月 birth_date、工作年限、技能等级、荣誉、竞赛成绩等）。"
    "返回结论 verdict（eligible/not_eligible/needs_review/direct_recognition）、每条理由的条款编号和原文、"
    "缺少的事实和应追问的问题。结论必须照此转述，不得改动。"
)


def _description() -> str:
    from assistant.programs import packs

    return DESCRIPTION.format(programs="、".join(f"{p.id} {p.title}" for p in packs()))


class CheckArgs(BaseModel):
    """Arguments of ``check_eligibility``."""

    model_config = ConfigDict(extra="forbid")

    program: str = Field(..., description="项目编号，或 all 表示全部项目都检查。")
    profile: dict[str, Any] = Field(default_factory=dict, description="申报人资料，字段见 CONTRACT 的 Applicant profile。")
    as_of: str | None = Field(None, description="检查日期 YYYY-MM-DD；不填为今天。")


def run_check(program: str, profile: dict[str, Any] | None = None, as_of: str | None = None,
              corpus: Any = None, today: dt.date | None = None) -> str:
    """The tool body: contract JSON as a string, or ``{"error": ...}`` for bad input (never raises on it).

    ``corpus`` and ``today`` are the caller's (the chat's ``Deps``); a date the model gives wins over today.
    """
    from assistant.eligibility.api import check_json
    from assistant.errors import AssistantError

    try:
        return json.dumps(check_json(program, profile or {}, as_of or today, corpus), ensure_ascii=False)
    except AssistantError as exc:
        return json.dumps(exc.to_json(), ensure_ascii=False)


def make_tool(corpus: Any = None, today: dt.date | None = None):
    """A ``check_eligibility`` StructuredTool with a pydantic args schema and a Chinese description.

    The chat passes its corpus and today; the MCP server and library callers may leave them to the settings."""
    from langchain_core.tools import tool

    @tool("check_eligibility", args_schema=CheckArgs, description=_description())
    def check_eligibility(program: str, profile: dict[str, Any] | None = None, as_of: str | None = None) -> str:
        return run_check(program, profile, as_of, corpus, today)

    return check_eligibility
