"""`assistant chat`: a terminal conversation that keeps what the user said across turns."""

from __future__ import annotations

import os
import subprocess
import sys


def test_repl_remembers_facts_across_turns(real_index_dir):
    env = {**os.environ, "ASSISTANT_DATA_DIR": str(real_index_dir), "ASSISTANT_TODAY": "2026-11-21"}
    turns = "我1988年6月出生，做软件开发8年，在杭州全职工作3年，能报第四届数字工匠吗？\n我是工会会员\n新对话\n退出\n"
    out = subprocess.run([sys.executable, "-m", "assistant.cli", "chat"], input=turns, capture_output=True,
                         text=True, env=env, timeout=300, check=True).stdout
    assert "离线模式" in out
    assert out.count("资格检查器") >= 2, "the second turn answers the question asked back"
    assert "已开始新对话" in out
    assert "[1] hz_digital_craftsman_2026#" in out


def test_ask_batch_answers_turns_in_one_session(real_index_dir, tmp_path):
    import json

    env = {**os.environ, "ASSISTANT_DATA_DIR": str(real_index_dir), "ASSISTANT_TODAY": "2026-11-21"}
    batch = tmp_path / "turns.jsonl"
    batch.write_text(json.dumps({"id": "c1", "turns": ["我在萧山一家船厂当电焊工，干了十二年，想报第四届杭州数字工匠，行不行？",
                                                         "那首席技师呢？"]}, ensure_ascii=False) + "\n"
                     + json.dumps({"id": "bad", "turns": "不是列表"}, ensure_ascii=False) + "\n", encoding="utf-8")
    out = subprocess.run([sys.executable, "-m", "assistant.cli", "ask", "--batch", str(batch), "--json"],
                         capture_output=True, text=True, env=env, timeout=300, check=True).stdout
    lines = [json.loads(line) for line in out.splitlines() if line.strip()]
    assert [line["id"] for line in lines] == ["c1", "bad"] and "error" in lines[1]
    result = lines[0]["result"]
    assert len(result["turns"]) == 2 and result["answer"] == result["turns"][1]["answer"]
    first = {v["program"]: v["verdict"] for v in result["turns"][0]["verdicts"]}
    assert first["hz_digital_craftsman_2026"] == "not_eligible"
    assert result["verdicts"][0]["program"] == "hz_chief_technician_2021"
