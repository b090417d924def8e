"""Shared plumbing for CLI commands: JSON output, error handling and --batch mode."""

from __future__ import annotations

import json
import logging
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import typer

from assistant.errors import AssistantError, InputError, ServiceError

__all__ = ["emit", "fail", "guarded", "run_batch", "read_json_file", "os_message"]

log = logging.getLogger("assistant.cli")


def emit(obj: Any) -> None:
    """Print one JSON document on stdout (UTF-8, Chinese kept readable; a lone surrogate becomes "?")."""
    text = json.dumps(obj, ensure_ascii=False, indent=None, default=str)
    text = text.encode("utf-8", errors="replace").decode("utf-8")
    sys.stdout.write(text + "\n")
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
    except OSError as exc:  # a read-only or full disk, a directory where a file belongs: say so, no traceback
        log.info("command failed: %s", type(exc).__name__)
        fail(ServiceError(os_message(exc)), as_json)


def os_message(exc: OSError) -> str:
    """A Chinese sentence for a file-system failure, naming the path and what to do."""
    import errno

    where = f"“{exc.filename}”" if getattr(exc, "filename", None) else "数据目录"
    if exc.errno in (errno.ENOSPC, errno.EFBIG, errno.EDQUOT):
        return f"磁盘空间已满，无法写入{where}。请清理磁盘后重试。"
    if exc.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
        return f"没有写入{where}的权限（只读目录？）。请检查 ASSISTANT_DATA_DIR 的权限。"
    if isinstance(exc, IsADirectoryError):
        return f"{where}应当是文件，却是一个目录。请删除它后重试。"
    if isinstance(exc, NotADirectoryError):
        return f"{where}应当是目录，却是一个文件。请删除它后重试。"
    return f"读写{where}失败（{type(exc).__name__}）。请检查数据目录。"


_FIELDS = {"资料": "profile", "事实": "facts"}


def read_json_file(path: Path, what: str) -> Any:
    """Read a JSON file the user named (at most 20 KB, nesting bounded), with Chinese errors naming the field."""
    from assistant.limits import limit, loads_bounded
    from assistant.normalize import normalize_value

    field = _FIELDS.get(what, what)
    try:
        size = Path(path).stat().st_size
        if size > limit("facts_file"):
            raise InputError(f"{what}文件 {path} 太大：最多 {limit('facts_file')} 字节，收到 {size} 字节。", field=field)
        raw = Path(path).read_text(encoding="utf-8")
    except FileNotFoundError:
        raise InputError(f"找不到{what}文件：{path}", field=field) from None
    except (OSError, UnicodeDecodeError) as exc:
        raise InputError(f"无法读取{what}文件 {path}：{exc.__class__.__name__}", field=field) from None
    if not raw.strip():
        raise InputError(f"{what}文件 {path} 是空的。", field=field)
    return normalize_value(loads_bounded(raw, field, f"{what}文件 {path} "))


def _lines(path: Path):
    """(number, text or None) per line; a line that is not UTF-8 comes back as None, the others still read."""
    with Path(path).open("rb") as fh:
        for number, raw in enumerate(fh, start=1):
            try:
                yield number, raw.decode("utf-8").rstrip("\r\n")
            except UnicodeDecodeError:
                yield number, None


def run_batch(path: Path, handle: Callable[[dict], Any]) -> None:
    """Contract batch mode: one JSON line in, one ``{"id", "result"|"error"}`` line out, in order.

    One bad item never stops the batch: not invalid JSON, not bytes that are not UTF-8, not a lone surrogate,
    not 100,000 nested brackets, not a 5000-digit number. Each item is folded at the edge (``normalize``).
    """
    from assistant.limits import limit, loads_bounded
    from assistant.normalize import normalize_value

    if not Path(path).is_file():
        raise InputError(f"无法读取批量文件：{path}", field="batch")
    try:
        lines = _lines(path)
        for number, line in lines:
            if line is not None and not line.strip():
                continue
            item_id: Any = None
            try:
                if line is None:
                    raise InputError(f"第 {number} 行不是 UTF-8 编码的文字。", field="batch")
                item = normalize_value(loads_bounded(line, "batch", f"第 {number} 行", limit("batch_line")))
                if not isinstance(item, dict):
                    raise InputError(f"第 {number} 行应为 JSON 对象。")
                item_id = item.get("id", number)
                emit({"id": item_id, "result": handle(item)})
            except AssistantError as exc:
                emit({"id": item_id if item_id is not None else number, "error": exc.message})
            except Exception as exc:  # a bug in one item must not stop the batch
                log.exception("batch item %s failed", number)
                emit({"id": item_id if item_id is not None else number,
                      "error": f"内部错误（{exc.__class__.__name__}），该条未处理。"})
    except OSError:
        raise InputError(f"无法读取批量文件：{path}", field="batch") from None
