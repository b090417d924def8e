"""What a message asks for, by meaning (language.ask_kind): the rules, or a check of the asker's own case.

The phrasings here are new (none is an eval row): facts told around a question about the rules, and plain asks to be
checked. The examples the reading is fitted on come from the dev halves only, and the shipped weights match them."""

from __future__ import annotations

import json

import pytest

from assistant.config import REPO_ROOT
from assistant.language import ask_kind
from assistant.language.datafiles import DATA

EVAL_DIR = REPO_ROOT / "eval"

RULES = [
    "我是萧山一家纺织厂的挡车工，干了十五年了，听说杭州工匠评上以后要去电视台录节目，是不是一定要本人出镜的？",
    "我们单位是西湖区一家软件公司，我自己是架构师，想问下第四届数字工匠区总工会推荐的时候要开什么会投票吗？",
    "我老家安徽的，在杭州开塔吊十年，浙派工匠评审的专家是从哪里挑出来的，会不会有我们这行的？",
]
CHECKS = [
    "我在滨江做嵌入式开发九年了，高级工程师，工会会员，第四届数字工匠我够不够格？",
    "72年的，在拱墅一家印刷厂当机长二十多年，拿过市里印刷技能比赛第一名，杭州工匠能报吗",
    "我在富阳一家造纸厂干了十八年，技师证有的，工会会员，首席技师我有没有戏？",
]


@pytest.mark.parametrize("text", RULES)
def test_facts_told_around_a_question_about_the_rules_ask_the_rules(text):
    assert ask_kind.asks_the_rules(text)


@pytest.mark.parametrize("text", CHECKS)
def test_an_ask_to_be_checked_is_no_question_about_the_rules(text):
    assert not ask_kind.asks_the_rules(text)


def test_the_examples_are_dev_rows_only():
    dev = set()
    for name in ("eligibility.jsonl", "qa.jsonl", "dialogues.jsonl"):
        for line in (EVAL_DIR / name).read_text(encoding="utf-8").splitlines():
            if line.strip() and (row := json.loads(line))["split"] == "dev":
                dev.add(row["id"])
    rows = [json.loads(line) for line in (DATA / "ask_examples.jsonl").read_text(encoding="utf-8").splitlines() if line]
    assert rows and {r["id"] for r in rows} <= dev
    assert {r["label"] for r in rows} == {"check", "rule"}


def test_the_shipped_weights_match_the_examples():
    import numpy as np

    from assistant.retrieval.embedding import load_embedder

    with np.load(ask_kind.SHIPPED) as f:  # stale weights: run `python eval/build_ask_examples.py`
        assert str(f["key"]) == ask_kind.weights_key(load_embedder().name)


@pytest.mark.parametrize("text", ["我是公务员，能报杭州工匠吗", "首席技师我可不可以报", "我这种情况能不能评上浙派工匠啊"])
def test_a_short_message_is_outside_what_it_was_fitted_on(text):
    assert len(text) < ask_kind.MIN_CHARS and not ask_kind.asks_the_rules(text)
