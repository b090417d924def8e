"""Size limits and type checks at the edge: every field a user or a client sends is bounded here, once,
with a Chinese message naming the field. README “稳定性” lists the same table (a test keeps them in step).

    >>> check_profile_sizes({"achievements": ["x" * 501]})
    Traceback (most recent call last):
    InputError: 字段 achievements[0]（主要业绩）太长：最多 500 字，收到 501 字。
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

from assistant.errors import InputError

__all__ = ["Limit", "LIMITS", "limit", "check_text", "check_int", "check_mapping", "check_profile_sizes",
           "loads_bounded", "check_numbers", "MAX_JSON_DEPTH", "MAX_NUMBER_DIGITS", "EMBED_QUERY_CHARS"]


@dataclass(frozen=True)
class Limit:
    name: str
    max: int
    unit: str  # 字 / 项 / 字节
    label: str  # how a message names it
    clip: bool = False  # a chat message is clipped (and the answer says so); everything else is refused


LIMITS: dict[str, Limit] = {lim.name: lim for lim in (
    Limit("message", 2000, "字", "对话消息", clip=True),
    Limit("question", 2000, "字", "问题", clip=True),
    Limit("query", 500, "字", "检索内容"),
    Limit("k", 50, "条", "返回条数"),
    Limit("achievement", 500, "字", "主要业绩（每一项）"),
    Limit("list_items", 50, "项", "列表"),
    Limit("long_text", 2000, "字", "长文本字段（带徒情况、已写好的主要事迹）"),
    Limit("short_text", 200, "字", "其他文字字段"),
    Limit("facts_file", 20_000, "字节", "资料或事实文件"),
    Limit("batch_line", 40_000, "字节", "批量文件的一行"),
    Limit("clause_id", 200, "字", "条款编号"),
    Limit("program", 100, "字", "项目编号"),
    Limit("request_body", 1_000_000, "字节", "一个接口请求的 JSON 正文"),
)}
# A question's vector is taken from its first EMBED_QUERY_CHARS characters: embedding costs ~0.1 ms a character
# (a 2,000-character message, ~200 ms, once per search), and the gist of a question comes first. Clause vectors
# (the index) are unaffected; every question in eval/ is far shorter.
EMBED_QUERY_CHARS = 300
MAX_JSON_DEPTH = 20  # a profile nests three levels; 100,000 nested [ must not reach the parser's recursion

_LONG_FIELDS = {"trained_apprentices", "main_deeds", "motto"}
_ITEM_FIELDS = {"achievements", "main_results", "honours"}


def limit(name: str) -> int:
    return LIMITS[name].max


def _too_long(field: str, lim: Limit, got: int) -> InputError:
    return InputError(f"字段 {field}（{lim.label}）太长：最多 {lim.max} {lim.unit}，收到 {got} {lim.unit}。", field=field)


def check_text(value: Any, field: str, name: str | None = None, *, required: bool = False) -> str:
    """``value`` as a string within its limit; InputError naming ``field`` otherwise (None -> "")."""
    lim = LIMITS[name or field]
    if value is None:
        value = ""
    if not isinstance(value, str):
        raise InputError(f"字段 {field}（{lim.label}）应为文字，收到的是{_kind(value)}。", field=field)
    if required and not value.strip():
        raise InputError(f"字段 {field}（{lim.label}）不能为空。", field=field)
    if len(value) > lim.max and not lim.clip:
        raise _too_long(field, lim, len(value))
    return value


def check_int(value: Any, field: str, low: int, high: int) -> int:
    """An integer in [low, high] (a numeric string counts); InputError naming ``field`` otherwise."""
    if isinstance(value, bool) or value is None or (isinstance(value, str) and len(value) > 12):
        raise InputError(f"字段 {field} 应为 {low} 到 {high} 之间的整数。", field=field)
    try:
        number = int(value) if not isinstance(value, float) or value.is_integer() else None
    except (TypeError, ValueError):
        number = None
    if number is None or not low <= number <= high:
        raise InputError(f"字段 {field} 应为 {low} 到 {high} 之间的整数（收到“{str(value)[:20]}”）。", field=field)
    return number


def check_mapping(value: Any, field: str, what: str) -> dict:
    """A JSON object (a dict, or a string holding one) within the facts-file limit."""
    if isinstance(value, str):
        value = loads_bounded(value, field, f"字段 {field}（{what}）")
    if not isinstance(value, dict):
        raise InputError(f"字段 {field}（{what}）应为 JSON 对象，收到的是{_kind(value)}。", field=field)
    check_numbers(value, field)
    try:
        size = len(json.dumps(value, ensure_ascii=False, default=str).encode("utf-8"))
    except (ValueError, RecursionError):  # nesting past the interpreter's limit, reached only in-process
        raise InputError(f"字段 {field}（{what}）嵌套过深（最多 {MAX_JSON_DEPTH} 层）。", field=field) from None
    if size > limit("facts_file"):
        raise _too_long(field, LIMITS["facts_file"], size)
    return value


MAX_NUMBER_DIGITS = 18  # no fact the assistant reads (a year, a count, an amount) comes near this


def check_numbers(value: Any, field: str) -> None:
    """No integer inside ``value`` longer than ``MAX_NUMBER_DIGITS`` digits (a 5000-digit number cannot even be
    printed: Python's int-string limit). Iterative and bounded by ``MAX_JSON_DEPTH``; InputError names the path."""
    stack = [(value, field, 0)]
    while stack:
        item, path, depth = stack.pop()
        if isinstance(item, int) and not isinstance(item, bool) and item.bit_length() > 60:
            raise InputError(f"字段 {path} 的数字太长：最多 {MAX_NUMBER_DIGITS} 位。", field=path)
        if depth >= MAX_JSON_DEPTH:
            if isinstance(item, dict | list) and item:
                raise InputError(f"字段 {path} 嵌套过深（最多 {MAX_JSON_DEPTH} 层）。", field=path)
            continue
        if isinstance(item, dict):
            stack += [(v, f"{path}.{k}" if path else str(k), depth + 1) for k, v in item.items()]
        elif isinstance(item, list):
            stack += [(v, f"{path}[{i}]", depth + 1) for i, v in enumerate(item)]


def _depth_ok(raw: str) -> bool:
    """Bracket nesting of a JSON text stays within MAX_JSON_DEPTH (strings skipped). Linear, no recursion."""
    depth, in_string, escaped = 0, False, False
    for ch in raw:
        if in_string:
            if escaped:
                escaped = False
            elif ch == "\\":
                escaped = True
            elif ch == '"':
                in_string = False
        elif ch == '"':
            in_string = True
        elif ch in "[{":
            depth += 1
            if depth > MAX_JSON_DEPTH:
                return False
        elif ch in "]}":
            depth -= 1
    return True


def loads_bounded(raw: str, field: str, what: str, max_bytes: int | None = None) -> Any:
    """json.loads with a size limit, a nesting limit and Chinese errors (no RecursionError, no huge ints)."""
    max_bytes = max_bytes or limit("facts_file")
    size = len(raw.encode("utf-8", errors="replace"))
    if size > max_bytes:
        raise InputError(f"{what}太大：最多 {max_bytes} 字节，收到 {size} 字节。", field=field)
    if not _depth_ok(raw):
        raise InputError(f"{what}嵌套过深（最多 {MAX_JSON_DEPTH} 层）。", field=field)
    try:
        return json.loads(raw)
    except json.JSONDecodeError as exc:
        raise InputError(f"{what}不是有效的 JSON（第 {exc.lineno} 行第 {exc.colno} 列）。", field=field) from None
    except (ValueError, RecursionError):  # a 5000-digit integer exceeds Python's int-string limit
        raise InputError(f"{what}里有过长的数字或过深的嵌套，无法读取。", field=field) from None


def check_profile_sizes(data: dict, prefix: str = "") -> None:
    """Every field of a profile or facts object within its limit (lists, list items, free text)."""
    for key, value in data.items():
        field = f"{prefix}{key}"
        if isinstance(value, str):
            name = "long_text" if key in _LONG_FIELDS else "short_text"
            if len(value) > limit(name):
                raise _too_long(field, LIMITS[name], len(value))
        elif isinstance(value, list):
            if len(value) > limit("list_items"):
                raise _too_long(field, LIMITS["list_items"], len(value))
            for i, item in enumerate(value):
                if isinstance(item, str):
                    name = "achievement" if key in _ITEM_FIELDS else "short_text"
                    if len(item) > limit(name):
                        raise _too_long(f"{field}[{i}]", LIMITS[name], len(item))
                elif isinstance(item, dict):
                    check_profile_sizes(item, f"{field}[{i}].")
        elif isinstance(value, dict):
            check_profile_sizes(value, f"{field}.")


def _kind(value: Any) -> str:
    return {bool: "真假值", int: "数字", float: "数字", list: "列表", dict: "JSON 对象", str: "文字"}.get(
        type(value), "空值" if value is None else "其他类型")
