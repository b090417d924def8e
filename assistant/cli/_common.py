"""Shared plumbing for CLI commands: JSON output, error handling and --batch mode."""

from __future__ import annotations

import json
import logging
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import typer

from assistant.errors import AssistantError, InputError

__all__ = ["emit", "fail", "guarded", "run_batch", "read_json_file"]

log = logging.getLogger("assistant.cli")


def emit(obj: Any) -> None:
    """Print one JSON document on stdout (UTF-8, Chinese kept readable)."""
    sys.stdout.write(json.dumps(obj, ensure_ascii=False, indent=None, default=str) + "\n")
    sys.stdout.flush()


def fail(error: AssistantError, as_json: bool) -> None:
    """Report an error the contract's way and exit with its code (2 for bad input)."""
    if as_json:
        emit(error.to_json())
    else:
        typer.secho(f"错误：{error.message}", fg=typer.colors.RED, err=True)
    raise typer.Exit(error.exit_code)


def guarded(as_json: bool, fn: Callable[[], Any]) -> Any:
    """Run ``fn``; turn any AssistantError into the contract's error output."""
    try:
        return fn()
    except AssistantError as exc:
        log.info("command failed: %s", exc.message)
        fail(exc, as_json)


def read_json_file(path: Path, what: str) -> Any:
    """Read a JSON file the user named, with Chinese errors for the usual mistakes."""
    try:
        raw = Path(path).read_text(encoding="utf-8")
    except FileNotFoundError:
        raise InputError(f"找不到{what}文件：{path}", field=what) from None
    except (OSError, UnicodeDecodeError) as exc:
        raise InputError(f"无法读取{what}文件 {path}：{exc.__class__.__name__}", field=what) from None
    if not raw.strip():
        raise InputError(f"{what}文件 {path} 是空的。", field=what)
    try:
        return json.loads(raw)
    except json.JSONDecodeError as exc:
        raise InputError(f"{what}文件 {path} 不是有效的 JSON（第 {exc.lineno} 行第 {exc.colno} 列）。", field=what) from None


def run_batch(path: Path, handle: Callable[[dict], Any]) -> None:
    """Contract batch mode: one JSON line in, one ``{"id", "result"|"error"}`` line out, in order.

    One bad item never stops the batch.
    """
    try:
        lines = Path(path).read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError):
        raise InputError(f"无法读取批量文件：{path}", field="batch") from None
    for number, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        item_id: Any = None
        try:
            item = json.loads(line)
            if not isinstance(item, dict):
                raise InputError(f"第 {number} 行应为 JSON 对象。")
            item_id = item.get("id", number)
            emit({"id": item_id, "result": handle(item)})
        except json.JSONDecodeError:
            emit({"id": number, "error": f"第 {number} 行不是有效的 JSON。"})
        except AssistantError as exc:
            emit({"id": item_id if item_id is not None else number, "error": exc.message})
        except Exception as exc:  # a bug in one item must not stop the batch
            log.exception("batch item %s failed", number)
            emit({"id": item_id if item_id is not None else number, "error": f"内部错误（{exc.__class__.__name__}），该条未处理。"})
