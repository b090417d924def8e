"""The retriever as langchain sees it: a ``BaseRetriever`` and the ``search_notices`` tool.

Import it only where langchain is wanted (the agent, tests): langchain is slow to import, and
``assistant.retrieval.hybrid`` itself stays free of it.
"""

from __future__ import annotations

import json
from typing import Any

from langchain_core.callbacks import CallbackManagerForRetrieverRun
from langchain_core.documents import Document
from langchain_core.retrievers import BaseRetriever
from langchain_core.tools import BaseTool, tool
from pydantic import BaseModel, ConfigDict, Field, create_model

from assistant.errors import AssistantError
from assistant.programs import program_ids

__all__ = ["NoticeRetriever", "SearchNoticesArgs", "as_langchain_retriever", "make_search_tool", "hit_document"]


def hit_document(hit) -> Document:
    """A hit as a langchain Document: the clause text, with the rest as metadata."""
    meta = {k: v for k, v in hit.to_json().items() if k != "text"}
    return Document(page_content=hit.text, metadata=meta, id=hit.clause_id)


class NoticeRetriever(BaseRetriever):
    """Hybrid search over the five notices; documents are clause hits, best first."""

    retriever: Any = None  # an assistant.retrieval.hybrid.Retriever; the default one when None
    program: str | None = None
    k: int = 5

    def _get_relevant_documents(self, query: str, *, run_manager: CallbackManagerForRetrieverRun) -> list[Document]:
        from assistant.retrieval.hybrid import get_retriever

        retriever = self.retriever or get_retriever()
        return [hit_document(h) for h in retriever.search(query, self.program, self.k)]


def as_langchain_retriever(retriever=None, program: str | None = None, k: int = 5) -> NoticeRetriever:
    """A langchain ``BaseRetriever`` over ``retriever`` (the default one when None)."""
    return NoticeRetriever(retriever=retriever, program=program, k=k)


class SearchNoticesArgs(BaseModel):
    """Arguments of the search_notices tool."""

    model_config = ConfigDict(extra="forbid")

    query: str = Field(description="要检索的问题或关键词（中文），如“在杭全职工作年限要求”。", min_length=1, max_length=2000)
    program: str | None = Field(None, description="只在一个项目中检索（项目编号）；不填则检索全部。")
    k: int = Field(5, ge=1, le=20, description="返回的条款数。")


def _args_schema() -> type[BaseModel]:
    """The arguments with the programme ids registered now (a pack registered later shows up too)."""
    return create_model("SearchNoticesArgs", __base__=SearchNoticesArgs, program=(
        str | None, Field(None, description=f"只在一个项目中检索，可选：{', '.join(program_ids())}；不填则检索全部。")))


def make_search_tool(retriever=None) -> BaseTool:
    """The ``search_notices`` tool over ``retriever`` (the default retriever when None)."""

    @tool("search_notices", args_schema=_args_schema())
    def search_notices(query: str, program: str | None = None, k: int = 5) -> str:
        """在收录的各份工匠申报通知中检索与问题最相关的条款。返回 JSON：relevant（是否检索到相关内容）和 hits
        （每条含 clause_id 条款编号、program、text 原文、score）。引用时请使用 clause_id 和 text 中的原文。"""
        from assistant.retrieval.hybrid import get_retriever

        try:
            r = retriever or get_retriever()
            hits = r.search(query, program, k)
            return json.dumps({"relevant": r.is_relevant(hits), "hits": [
                {"clause_id": h.clause_id, "program": h.program, "text": h.text, "score": round(h.score, 4)}
                for h in hits]}, ensure_ascii=False)
        except AssistantError as exc:
            return json.dumps({"error": exc.message}, ensure_ascii=False)

    return search_notices
