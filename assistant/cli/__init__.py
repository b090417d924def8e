"""The ``assistant`` command line. Each command module registers its commands on one Typer app.

Commands import their heavy dependencies inside the command body, so ``assistant --help`` stays fast.
"""

from __future__ import annotations

import importlib
import sys

import typer

try:  # typer >= 0.29 vendors its own click; older releases use the click package
    from typer._click import exceptions as click_exceptions
except ImportError:  # pragma: no cover
    from click import exceptions as click_exceptions

__all__ = ["app", "main"]

app = typer.Typer(
    name="assistant",
    help="工匠申报助手：资格自测、条款检索与问答、主要事迹起草。全部命令可离线运行。",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)

# One module per area; each defines register(app). Listed here so the help order is stable.
COMMAND_MODULES = ("corpus_cmds", "check_cmds", "search_cmds", "ask_cmds", "draft_cmds", "eval_cmds", "serve_cmds")

for _name in COMMAND_MODULES:
    try:
        _module = importlib.import_module(f"{__name__}.{_name}")
    except ModuleNotFoundError as _exc:
        if _exc.name != f"{__name__}.{_name}":  # a missing dependency inside the module is a real error
            raise
        continue
    _module.register(app)


@app.callback()
def _root(verbose: bool = typer.Option(False, "--verbose", "-v", help="在标准错误输出打印 INFO 日志。")) -> None:
    from assistant.config import get_settings
    from assistant.logs import configure_logging

    try:
        level = "INFO" if verbose else get_settings().log_level
    except Exception:
        level = "WARNING"
    configure_logging(level)


def main(argv: list[str] | None = None) -> None:
    """Console-script entry point. Usage errors also honour ``--json`` (exit 2 with a Chinese error)."""
    args = sys.argv[1:] if argv is None else argv
    try:
        code = app(args=args, prog_name="assistant", standalone_mode=False)
    except click_exceptions.UsageError as exc:
        message = f"命令用法有误：{exc.format_message()}（运行 assistant --help 查看用法）"
        if "--json" in args:
            import json

            sys.stdout.write(json.dumps({"error": message}, ensure_ascii=False) + "\n")
        else:
            sys.stderr.write(message + "\n")
        sys.exit(2)
    except typer.Abort:  # Ctrl-C at a prompt
        sys.exit(130)
    except typer.Exit as exc:
        sys.exit(exc.exit_code)
    sys.exit(code if isinstance(code, int) else 0)
