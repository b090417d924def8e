"""The app's named API endpoints, which Gradio's MCP server also offers as tools to other agents.

Each tool is a typed function with a Chinese docstring (Gradio builds the MCP schema from both) that calls
the same core function as the matching CLI command: ``check_json`` (check), the retriever (search, in the
contract's search shape), ``Clause.to_json`` (clause), ``Draft.to_json`` (draft), ``Answer.to_json`` (ask).
Schema on a running app:  curl http://127.0.0.1:7860/gradio_api/mcp/schema
"""

from collections.abc import Callable

from assistant.limits import check_int, check_mapping, check_text, limit
from assistant.ui.context import UIContext, guard

__all__ = ["make_tools", "register_tools", "TOOL_NAMES"]

TOOL_NAMES = ("check_eligibility", "search_clauses", "get_clause", "draft_statement", "ask_assistant")
EXPENSIVE_TOOLS = ("draft_statement", "ask_assistant")  # the rest (clause, search, check) take milliseconds
TOOL_CONCURRENCY = {"cheap": 2, "expensive": 2}  # README “稳定性”: separate limits, so neither starves the other


def make_tools(ctx: UIContext) -> list[Callable]:
    """The tool functions, bound to the app's shared dependencies."""

    def check_eligibility(profile: dict, program: str = "all", as_of: str = "") -> list[dict]:
        """按通知条款逐条核对申报人是否符合某个（或全部）工匠项目的推荐条件。结论由确定性规则得出，不使用语言模型。

        Args:
            profile: 申报人资料（JSON 对象），字段均可选，例如 {"birth_date": "1988-06", "skill_level": "高级技师", "years_in_field": 9, "years_full_time_in_hangzhou": 6, "is_digital_economy": true}。缺少的事实会使结论为 needs_review 并在 missing 中列出。
            program: 项目编号，例如 hz_digital_craftsman_2026（get_clause 与 search_clauses 的结果里都带项目编号），或 all 表示全部项目。
            as_of: 核对日期（YYYY-MM-DD），留空表示今天。

        Returns:
            结论列表，每个项目一项：program、verdict（eligible / not_eligible / needs_review / direct_recognition）、reasons（每条含 clause_id 与原文 quote）、missing、clause_ids，以及 nearest_path 等说明。
        """
        from assistant.eligibility import check_json

        profile = check_mapping(profile, "profile", "申报人资料")
        program = check_text(program or "all", "program").strip()
        as_of = check_text(as_of, "as_of", "program").strip()
        result = check_json(program, profile, as_of or ctx.today, ctx.corpus)
        return result if isinstance(result, list) else [result]

    def search_clauses(query: str, program: str = "", k: int = 5) -> list[dict]:
        """在收录的各份通知原文中检索与问题最相关的条款（混合检索：向量 + BM25）。

        Args:
            query: 要检索的中文问题或关键词，例如“在杭州全职工作年限”。
            program: 只在这个项目的通知中检索（项目编号）；留空表示全部通知。
            k: 返回条数，1 到 50。

        Returns:
            条款列表，按相关度从高到低：clause_id、program、text（条款原文片段）、score。
        """
        query = check_text(query, "query", required=True)
        program = check_text(program, "program").strip()
        hits = ctx.deps.get_retriever().search(query, program=program or None, k=check_int(k, "k", 1, limit("k")))
        return [{"clause_id": h.clause_id, "program": h.program, "text": h.text, "score": round(h.score, 6)}
                for h in hits]

    def get_clause(clause_id: str) -> dict:
        """按条款编号取出通知条款的全文。

        Args:
            clause_id: 条款编号，格式为“项目编号#路径”，例如 hz_digital_craftsman_2026#二/(三)。

        Returns:
            clause_id、title（条款标题）、text（全文）、heading_chain（标题链）、parent 与 children（上下级条款），
            以及所属通知的标题 notice_title、文号 doc_number 和发文日期 issue_date。
        """
        clause = ctx.corpus.clause(check_text(clause_id, "clause_id", required=True).strip())
        meta = ctx.corpus.meta(clause.program)
        return {**clause.to_json(), "notice_title": meta.title, "doc_number": meta.doc_number,
                "issue_date": meta.issue_date.isoformat()}

    def draft_statement(facts: dict, program: str) -> dict:
        """根据给定事实起草推荐表的“主要事迹”：不超过表格字数限制，只使用给出的事实，并注明对应的推荐条件条款。

        Args:
            facts: 申报人事实（JSON 对象）：申报人资料字段加 name、employer、position 等，例如 {"name": "张伟", "employer": "某科技公司", "achievements": ["主导制定团体标准2项"]}。
            program: 项目编号，例如 hz_digital_craftsman_2026。

        Returns:
            text（草稿）、char_count（不含空白的字数）、limit（字数上限）、clause_ids（对应推荐条件）、unsupported（事实不支持的内容，正常应为空）。
        """
        from assistant.drafting import draft

        facts = check_mapping(facts, "facts", "申报人事实")
        program = check_text(program, "program", required=True).strip()
        return draft(facts, program, llm=ctx.deps.get_llm(), corpus=ctx.corpus, today=ctx.today).to_json()

    def ask_assistant(question: str) -> dict:
        """向申报助手提一个问题（单轮），回答只依据收录的通知原文，每个说法带条款引用。

        Args:
            question: 中文问题，例如“第四届杭州数字工匠要求在杭州全职工作几年？”。

        Returns:
            answer（中文回答，含 [1] 等引用标记）、citations（clause_id 与原文 quote）、mode（offline 或 llm），问资格时还有 verdicts。
        """
        from assistant.chat.case.state import Session
        from assistant.chat.turn import respond

        return respond(Session(), check_text(question, "question"), ctx.deps).to_json()

    tools = [check_eligibility, search_clauses, get_clause, draft_statement, ask_assistant]
    assert tuple(t.__name__ for t in tools) == TOOL_NAMES
    return tools


def register_tools(ctx: UIContext) -> None:
    """Register every tool as a named endpoint (``api_name`` = its name); call inside ``gr.Blocks``."""
    import gradio as gr

    for tool in make_tools(ctx):
        # Cheap tools and expensive ones queue apart, so a burst of drafts cannot starve get_clause.
        tier = "expensive" if tool.__name__ in EXPENSIVE_TOOLS else "cheap"
        gr.api(guard(tool), api_name=tool.__name__, concurrency_id=f"tools-{tier}",
               concurrency_limit=TOOL_CONCURRENCY[tier])
