"""CLI commands over the corpus: clause lookup, the clause outline, and the programs' round status."""

from __future__ import annotations

import typer

from assistant.cli._common import emit, guarded

JSON_OPT = typer.Option(False, "--json", help="输出一个 JSON 文档。")


def register(app: typer.Typer) -> None:
    @app.command("clause")
    def clause_cmd(
        clause_id: str = typer.Argument(..., help="条款编号，如 hz_digital_craftsman_2026#二/(三)"),
        as_json: bool = JSON_OPT,
    ) -> None:
        """显示一个条款的全文。"""
        from assistant.notices.tree import load_corpus

        clause = guarded(as_json, lambda: load_corpus().clause(clause_id))
        if as_json:
            emit(clause.to_json())
        else:
            typer.echo(f"{clause.clause_id}  {' > '.join(clause.heading_chain)}\n\n{clause.text}")

    @app.command("clauses")
    def clauses_cmd(
        program: str = typer.Option(..., "--program", "-p", help="项目编号，如 hz_digital_craftsman_2026"),
        as_json: bool = JSON_OPT,
    ) -> None:
        """按通知自身的层级列出一个项目的条款目录。"""
        from assistant.notices.tree import load_corpus

        corpus = load_corpus()
        notice = guarded(as_json, lambda: corpus.notice(program))
        clauses = list(notice.clauses.values())
        if as_json:
            emit([{"clause_id": c.clause_id, "title": c.title, "depth": c.depth, "line": c.line} for c in clauses])
            return
        meta = notice.meta
        typer.echo(f"{meta.title}（{meta.doc_number or meta.issue_date.isoformat()}）")
        for c in clauses:
            local = c.clause_id.split("#", 1)[1]
            typer.echo(f"{'  ' * c.depth}{local:<22} {c.title}")

    @app.command("programs")
    def programs_cmd(
        as_of: str = typer.Option(None, "--as-of", help="以哪一天为准判断届次状态（YYYY-MM-DD），默认今天。"),
        as_json: bool = JSON_OPT,
    ) -> None:
        """列出全部项目及其届次状态（申报中/已截止/历史届次）。"""
        from assistant.config import get_settings
        from assistant.dates import parse_date
        from assistant.notices.tree import load_corpus

        corpus = load_corpus()
        day = guarded(as_json, lambda: parse_date(as_of, "as_of") if as_of else get_settings().today_date())
        rows = []
        for meta in (n.meta for n in corpus.notices.values()):
            status = corpus.round_status(meta.program_id, day).to_json()
            rows.append({"program": meta.program_id, "honour": meta.honour, "title": meta.title,
                         "doc_number": meta.doc_number, "issue_date": meta.issue_date.isoformat(),
                         "deadline": meta.deadline.isoformat() if meta.deadline else None,
                         "reference_date": meta.reference_date.isoformat() if meta.reference_date else None,
                         **status})
        if as_json:
            emit(rows)
            return
        for r in rows:
            typer.echo(f"{r['program']:<28} {r['status_label']:<10} {r['honour']}  {r['note']}")
