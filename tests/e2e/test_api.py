"""The running app's named endpoints (gradio_client), its MCP tools, and the shared retriever under threads.

Run with:  .venv/bin/python -m pytest -q tests/e2e/test_api.py
"""

from __future__ import annotations

import asyncio
import datetime as dt
import json
import urllib.request
from concurrent.futures import ThreadPoolExecutor

import pytest

from assistant.ui.mcp_tools import TOOL_NAMES

pytestmark = pytest.mark.slow

PROFILE = {"birth_date": "1988-06", "skill_level": "高级技师", "years_in_field": 9, "employment": "full_time",
           "years_full_time_in_hangzhou": 6, "is_digital_economy": True}


@pytest.fixture(scope="module")
def client(app_server):
    from gradio_client import Client

    return Client(app_server.url, verbose=False)


def test_named_endpoints_call_the_same_core(client):
    from assistant.eligibility import check_all

    got = client.predict(PROFILE, "all", "2026-11-21", api_name="/check_eligibility")
    assert got == [v.to_json() for v in check_all(PROFILE, as_of=dt.date(2026, 11, 21))]
    hits = client.predict("在杭州全职工作年限", "hz_digital_craftsman_2026", 3, api_name="/search_clauses")
    assert 1 <= len(hits) <= 3 and all(h["program"] == "hz_digital_craftsman_2026" for h in hits)
    clause = client.predict("hz_digital_craftsman_2026#二/(三)", api_name="/get_clause")
    assert clause["clause_id"] == "hz_digital_craftsman_2026#二/(三)" and clause["text"]
    draft = client.predict({"name": "张伟", "achievements": ["主导制定团体标准2项"]}, "hz_digital_craftsman_2026",
                           api_name="/draft_statement")
    assert 0 < draft["char_count"] <= draft["limit"] == 300 and draft["unsupported"] == []
    answer = client.predict("第四届杭州数字工匠要求在杭州全职工作几年？", api_name="/ask_assistant")
    assert answer["mode"] == "offline" and answer["citations"]


def test_bad_input_is_a_chinese_error_and_the_app_keeps_serving(client):
    from gradio_client.exceptions import AppError

    with pytest.raises(AppError, match="不存在"):
        client.predict("hz_digital_craftsman_2026#九/(九)", api_name="/get_clause")
    with pytest.raises(AppError, match="出生年月"):
        client.predict({"birth_date": "1988-13"}, "all", "", api_name="/check_eligibility")
    assert client.predict("zj_craftsman_2023#三", api_name="/get_clause")["clause_id"] == "zj_craftsman_2023#三"


def test_mcp_schema_lists_the_tools(app_server):
    with urllib.request.urlopen(app_server.url + "gradio_api/mcp/schema", timeout=30) as resp:
        tools = {t["name"]: t for t in json.load(resp)}
    assert set(TOOL_NAMES) <= set(tools)
    check = tools["check_eligibility"]
    assert "资格" in check["description"] or "推荐条件" in check["description"]
    assert set(check["inputSchema"]["properties"]) == {"profile", "program", "as_of"}
    assert check["inputSchema"]["properties"]["profile"]["type"] == "object"
    assert tools["search_clauses"]["inputSchema"]["properties"]["k"]["type"] == "integer"


def test_mcp_protocol_lists_and_calls_a_tool(app_server):
    from mcp import ClientSession
    from mcp.client.streamable_http import streamable_http_client

    async def talk():
        async with streamable_http_client(app_server.url + "gradio_api/mcp/") as (read, write, _), \
                ClientSession(read, write) as session:
            await session.initialize()
            listed = await session.list_tools()
            result = await session.call_tool("get_clause", {"clause_id": "zj_craftsman_2023#三"})
            return [t.name for t in listed.tools], result

    names, result = asyncio.run(asyncio.wait_for(talk(), timeout=120))
    assert set(TOOL_NAMES) <= set(names)
    assert not result.isError and "zj_craftsman_2023#三" in "".join(c.text for c in result.content if hasattr(c, "text"))


def test_retriever_is_thread_safe_for_reads(app_server):
    """The app shares one retriever across sessions: concurrent searches give the sequential results."""
    from assistant.config import get_settings
    from assistant.retrieval.hybrid import get_retriever

    settings = get_settings({"ASSISTANT_DATA_DIR": str(app_server.data_dir), "ASSISTANT_TODAY": "2026-11-21"})
    retriever = get_retriever(settings)  # opens the index the app built; no re-ingest
    queries = ["在杭全职工作年限", "推荐名额", "截止时间", "首席技师 津贴", "浙派工匠 评选周期", "数字经济 竞赛 第一名",
               "工会会员", "推荐表 主要事迹 字数"] * 3
    expected = [[h.clause_id for h in retriever.search(q, k=5)] for q in queries]
    with ThreadPoolExecutor(max_workers=8) as pool:
        got = list(pool.map(lambda q: [h.clause_id for h in retriever.search(q, k=5)], queries))
    assert got == expected
