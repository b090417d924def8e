"""The error hierarchy. Every message is Chinese and is displayed to the user as it is.

    AssistantError            root; the CLI and UI catch only this
    ├── InputError            the user's input is wrong (exit code 2); names the field
    │   └── NotFoundError     an unknown program or clause ID; lists the nearest valid IDs
    ├── CorpusError           a notice file in corpus/ is malformed; names file and line
    └── ServiceError          a backend (index, Chroma server, LLM endpoint) is unavailable
"""

from __future__ import annotations

__all__ = ["AssistantError", "InputError", "NotFoundError", "CorpusError", "ServiceError"]


class AssistantError(Exception):
    """Base class. ``message`` is displayed to the user."""

    exit_code = 1

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message

    def to_json(self) -> dict:
        return {"error": self.message}


class InputError(AssistantError):
    """Bad input from the user: empty, malformed, out of range."""

    exit_code = 2

    def __init__(self, message: str, field: str | None = None) -> None:
        super().__init__(message)
        self.field = field

    def to_json(self) -> dict:
        out = {"error": self.message}
        if self.field:
            out["field"] = self.field
        return out


class NotFoundError(InputError):
    """An ID that does not resolve. ``suggestions`` are the nearest valid IDs."""

    def __init__(self, message: str, suggestions: list[str] | None = None, field: str | None = None) -> None:
        self.suggestions = list(suggestions or [])
        if self.suggestions:
            message = f"{message} 最接近的有效编号：{'、'.join(self.suggestions)}"
        super().__init__(message, field=field)

    def to_json(self) -> dict:
        out = super().to_json()
        out["suggestions"] = self.suggestions
        return out


class CorpusError(AssistantError):
    """A corpus file cannot be parsed. Never skipped silently."""

    def __init__(self, path: str, line: int | None, problem: str) -> None:
        where = f"{path} 第 {line} 行" if line else path
        super().__init__(f"语料文件有误：{where}：{problem}")
        self.path = path
        self.line = line


class ServiceError(AssistantError):
    """A backend could not be reached or is broken; says what to do next."""
