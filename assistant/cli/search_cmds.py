"""CLI commands for the index: ``assistant ingest`` and ``assistant search`` (single or --batch)."""

from __future__ import annotations

from pathlib import Path

import typer

from assistant.cli._common import emit, guarded, run_batch

JSON_OPT = typer.Option(False, "--json", help="输出一个 JSON 文档。")


def _missing_query() -> None:
    from assistant.errors import InputError

    raise InputError("请给出要检索的问题，或用 --batch 指定批量文件。", field="query")


def _hits_json(hits) -> list[dict]:
    return [h.to_json() for h in hits]


def register(app: typer.Typer) -> None:
    @app.command("ingest")
    def ingest_cmd(
        rebuild: bool = typer.Option(False, "--rebuild", help="丢弃现有索引，全部重建。"),
        as_json: bool = JSON_OPT,
    ) -> None:
        """建立或更新检索索引（只处理有改动的通知；重复运行不做任何事）。"""
        from assistant.extract.jio import china_locations, china_towns
        from assistant.language import ask_kind
        from assistant.language.classify import prepare
        from assistant.retrieval.index import ingest

        report = guarded(as_json, lambda: ingest(rebuild=rebuild))
        guarded(as_json, prepare)  # the classifiers' weights, fitted once here rather than at a first question
        guarded(as_json, ask_kind.prepare)  # and the reading of what a message asks for (the rules or a check)
        guarded(as_json, china_locations)  # and jionlp's gazetteer, kept so a question reads it without jionlp
        guarded(as_json, china_towns)  # with the towns below the county
        if as_json:
            emit(report.to_json())
            return
        if report.changed:
            why = f"（全部重建：{report.rebuilt}）" if report.rebuilt else ""
            typer.echo(f"已索引 {len(report.indexed)} 份通知、嵌入 {report.embedded} 个片段{why}："
                       f"{', '.join(report.indexed)}")
        else:
            typer.echo("索引已是最新，没有需要处理的通知。")
        typer.echo(f"共 {report.chunks} 个片段；向量模型 {report.model}；存储 {report.store}；"
                   f"用时 {report.seconds:.1f} 秒。")

    @app.command("search")
    def search_cmd(
        query: str = typer.Argument(None, help="要检索的问题，如“杭州工匠奖金多少钱”"),
        program: str = typer.Option(None, "--program", "-p", help="只在这个项目的通知里检索。"),
        k: int = typer.Option(5, "--k", "-k", help="返回几条（1–50）。"),
        batch: Path = typer.Option(None, "--batch", help="批量模式：JSONL 文件，每行 {id, query, program?, k?}。"),
        as_json: bool = JSON_OPT,
    ) -> None:
        """在收录的各份通知中检索最相关的条款（混合检索：向量 + BM25）。"""
        from assistant.chat.routing import retrieval_skips  # what the query's meaning rules out of rewriting
        from assistant.errors import InputError
        from assistant.retrieval.hybrid import get_retriever

        if batch is not None:
            retriever = guarded(True, get_retriever)

            def handle(item: dict):
                item_k = item.get("k", 5)
                if not isinstance(item_k, int) or isinstance(item_k, bool):
                    raise InputError(f"k 应为整数，收到“{item_k}”。", field="k")
                query = item.get("query") or ""
                return _hits_json(retriever.search(query, item.get("program"), item_k, skip=retrieval_skips(query)))

            guarded(True, lambda: run_batch(batch, handle))
            return
        if query is None:
            guarded(as_json, _missing_query)
        # warm=False: the query is checked before the embedding model loads, so a typo fails in ~2 s, not ~20 s.
        hits = guarded(as_json, lambda: get_retriever(warm=False).search(query, program, k,
                                                                         skip=retrieval_skips(query)))
        if as_json:
            emit(_hits_json(hits))
            return
        if not hits:
            typer.echo("没有检索到条款。")
        for rank, h in enumerate(hits, start=1):
            text = " ".join(h.text.split())
            typer.echo(f"{rank}. {h.clause_id}  [{h.found_by}] {h.score:.4f}\n   {text[:120]}{'…' if len(text) > 120 else ''}")
