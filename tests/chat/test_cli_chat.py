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
