"""CLI: `assistant ask` (one question, contract JSON) and `assistant chat` (a terminal conversation)."""

from __future__ import annotations

from pathlib import Path

import typer

from assistant.cli._common import emit, fail, guarded, run_batch

JSON_OPT = typer.Option(False, "--json", help="输出一个 JSON 文档。")


def register(app: typer.Typer) -> None:
    @app.command("ask")
    def ask_cmd(
        question: str = typer.Argument(None, help="用中文提问，如“第四届要求在杭全职工作几年？”"),
        batch: Path = typer.Option(None, "--batch", help="JSONL 文件，每行 {\"id\", \"question\"} 或 {\"id\", \"turns\": [...]}（同一会话依次回答）。"),
        as_json: bool = JSON_OPT,
    ) -> None:
        """回答一个问题，附条款引用；问到本人资格时给出检查器的结论。"""
        from assistant.chat.case.state import Session
        from assistant.chat.turn import make_deps, respond
        from assistant.errors import InputError

        deps = guarded(as_json, make_deps)
        if batch:
            from assistant.chat.conversation import answer_item

            guarded(True, lambda: run_batch(batch, lambda item: answer_item(item, deps)))
            return
        if question is None:
            fail(InputError("请提供问题，或用 --batch 指定文件。", field="question"), as_json)
        answer = guarded(as_json, lambda: respond(Session(), question, deps))
        if as_json:
            emit(answer.to_json())
            return
        typer.echo(answer.text)
        for i, c in enumerate(answer.citations, start=1):
            typer.echo(f"[{i}] {c.clause_id}：{c.quote}")

    @app.command("chat")
    def chat_cmd() -> None:
        """在终端里连续对话（同一会话会记住您提供的信息）。输入“退出”结束。"""
        from assistant.chat.case.state import Session
        from assistant.chat.turn import make_deps, respond_stream

        deps = guarded(False, make_deps)
        session = Session()
        typer.echo("工匠申报助手（离线模式）" if not deps.settings.llm_enabled else f"工匠申报助手（模型：{deps.settings.llm_model}）")
        typer.echo("请提问，输入“退出”结束，输入“新对话”清空已记住的信息。")
        while True:
            try:
                message = input("\n您：")
            except (EOFError, KeyboardInterrupt):
                typer.echo("")
                break
            if message.strip() in {"退出", "exit", "quit"}:
                break
            if message.strip() == "新对话":
                session.reset()
                typer.echo("已开始新对话。")
                continue
            final = None
            typer.echo("助手：", nl=False)
            for event in respond_stream(session, message, deps):
                if isinstance(event, str):
                    typer.echo(event, nl=False)
                else:
                    final = event
            typer.echo("")
            for i, c in enumerate(final.citations if final else (), start=1):
                typer.echo(f"  [{i}] {c.clause_id}：{c.quote}")
