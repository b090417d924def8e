"""Prompt files in ``prompts/``, loaded by name; a missing variable is an error, never a silent blank.

    load_prompt("draft_main_deeds", limit=300, ...)   # reads prompts/draft_main_deeds.md

Placeholders are ``{name}`` (an identifier in single braces); ``{{`` and ``}}`` give literal braces, and
anything else in braces (JSON examples) is left alone. A leading ``<!-- … -->`` block documents the
variables and is not sent to the model. Extra variables are allowed, so callers may pass a shared set.
"""

from __future__ import annotations

import re
from pathlib import Path

from assistant.config import REPO_ROOT

__all__ = ["PromptError", "load_prompt", "prompt_variables", "PROMPTS_DIR"]

PROMPTS_DIR = REPO_ROOT / "prompts"
_NAME = re.compile(r"^[A-Za-z0-9_-]+$")
_TOKEN = re.compile(r"\{\{|\}\}|\{([A-Za-z_][A-Za-z0-9_]*)\}")
_HEADER = re.compile(r"\A\s*<!--.*?-->\s*", re.S)


class PromptError(LookupError):
    """An unknown prompt name or a missing variable: a bug in the caller, reported plainly."""


def _template(name: str) -> str:
    directory: Path = PROMPTS_DIR
    if not _NAME.match(name or ""):
        raise PromptError(f"提示词名称无效：{name!r}（只能用字母、数字、下划线和连字符）。")
    path = directory / f"{name}.md"
    if not path.is_file():
        known = sorted(p.stem for p in directory.glob("*.md"))
        raise PromptError(f"没有名为 {name} 的提示词（{path}）。现有：{'、'.join(known) or '无'}。")
    return _HEADER.sub("", path.read_text(encoding="utf-8"), count=1)


def prompt_variables(name: str) -> set[str]:
    """The variables prompt ``name`` needs."""
    return {m.group(1) for m in _TOKEN.finditer(_template(name)) if m.group(1)}


def load_prompt(name: str, **variables: object) -> str:
    """The text of ``prompts/<name>.md`` with its ``{variables}`` filled in."""
    template = _template(name)
    missing = sorted({m.group(1) for m in _TOKEN.finditer(template) if m.group(1)} - variables.keys())
    if missing:
        raise PromptError(f"提示词 {name} 缺少变量：{', '.join(missing)}。")

    def fill(m: re.Match) -> str:
        if m.group(1):
            return str(variables[m.group(1)])
        return m.group(0)[0]

    return _TOKEN.sub(fill, template)
