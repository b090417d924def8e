"""Load test: N simulated applicants chat with the running Gradio app at once, over HTTP on loopback.

Each user is a thread that loops: send a question (the app's ``/ask_assistant`` endpoint, i.e. one chat
turn through ``assistant.chat.turn.respond``), wait for the answer, think, repeat. Some users also run the
self-check (``/check_eligibility``) or look up clauses (``/search_clauses``) now and then (``--mix``).
Loops are bounded by count and by time, and only loopback addresses are accepted as targets.

Reports throughput, p50/p95/p99 turn latency and the error count (an HTTP error, an ``event: error``
answer, a time-out, or an answer without text).

Run with:
    .venv/bin/python bench/load.py --start                      # start app.py on a free port, 20 users, 60 s
    .venv/bin/python bench/load.py --url http://127.0.0.1:7860/ --users 20 --duration 60 --json
This prints numbers; it is not a test (tests/robustness/test_load.py runs a short one).
"""

from __future__ import annotations

import argparse
import ipaddress
import json
import math
import os
import random
import signal
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlparse

ROOT = Path(__file__).resolve().parent.parent
QUESTIONS_FILE = ROOT / "eval" / "qa.jsonl"
PROFILES = (
    {"birth_date": "1988-06", "skill_level": "高级技师", "years_in_field": 9, "years_full_time_in_hangzhou": 6,
     "is_digital_economy": True, "employer_city": "杭州", "employment": "full_time", "union_member": True},
    {"birth_date": "1975-02", "skill_level": "技师", "years_in_field": 20, "employment": "retired"},
    {"birth_date": "1995-11", "skill_level": "高级工", "years_in_field": 4, "prior_titles": ["杭州工匠"]},
)
MAX_TURNS_PER_USER = 10_000  # the time limit normally ends the run; this bounds it regardless


def loopback_only(url: str) -> str:
    host = urlparse(url).hostname or ""
    try:
        ok = host == "localhost" or ipaddress.ip_address(host).is_loopback
    except ValueError:
        ok = False
    if not ok:
        raise SystemExit(f"refusing to load-test {url}: only loopback targets (127.0.0.0/8, ::1, localhost)")
    return url.rstrip("/") + "/"


def questions() -> list[str]:
    items = [json.loads(line) for line in QUESTIONS_FILE.read_text(encoding="utf-8").splitlines() if line.strip()]
    return [i["question"] for i in items]


@dataclass
class Result:
    endpoint: str
    seconds: float
    ok: bool
    error: str = ""


@dataclass
class Stats:
    results: list[Result] = field(default_factory=list)
    lock: threading.Lock = field(default_factory=threading.Lock)

    def add(self, result: Result) -> None:
        with self.lock:
            self.results.append(result)


def read_events(client, base: str, endpoint: str, event_id: str, timeout: float) -> tuple[str, str]:
    """Follow a Gradio call's event stream to its last event: (event name, its data line)."""
    event, payload = "", ""
    with client.stream("GET", f"{base}gradio_api/call/{endpoint}/{event_id}", timeout=timeout) as stream:
        for line in stream.iter_lines():
            if line.startswith("event:"):
                event = line[6:].strip()
            elif line.startswith("data:"):
                payload = line[5:].strip()
                if event in ("complete", "error"):
                    break
    return event, payload


def call(client, base: str, endpoint: str, data: list, timeout: float, session: str | None = None) -> Result:
    """One Gradio REST call: POST /gradio_api/call/<name>, then read the SSE stream until complete/error.
    ``session``: the user's session hash, kept across turns the way a browser tab keeps it."""
    started = time.perf_counter()
    try:
        resp = client.post(f"{base}gradio_api/call/{endpoint}", json={"data": data, "session_hash": session},
                           timeout=timeout)
        resp.raise_for_status()
        event, payload = read_events(client, base, endpoint, resp.json()["event_id"], timeout)
        seconds = time.perf_counter() - started
        if event != "complete":
            return Result(endpoint, seconds, False, f"{event or 'no event'}: {payload[:200]}")
        value = json.loads(payload)[0]
        if endpoint == "ask_assistant" and not (isinstance(value, dict) and value.get("answer")):
            return Result(endpoint, seconds, False, "empty answer")
        return Result(endpoint, seconds, True)
    except Exception as exc:  # noqa: BLE001 - every failure is counted, none stops the run
        return Result(endpoint, time.perf_counter() - started, False, f"{exc.__class__.__name__}: {exc}"[:200])


# The hostile mix of issue 17: 40% ask, 20% check, 20% draft, 10% search, 10% bad input; users 0 and 1 send
# maximal inputs (every field at its limit) on every call.
HOSTILE = (("ask", 0.4), ("check", 0.2), ("draft", 0.2), ("search", 0.1), ("bad", 0.1))
MAX_USERS = 2
_DEED = "主导研发数控系统改造项目，年节约成本500万元，获发明专利3项，带徒12人，其中3人获省级竞赛一等奖。"
BAD_CALLS = (  # each must come back as a Chinese error event (counted ok), never hang or crash the app
    ("search_clauses", ["在杭工作", "", "abc"]),
    ("search_clauses", [5, 123, 5]),
    ("check_eligibility", [{"birth_date": "9999-99"}, 123, "9999-12-31"]),
    ("check_eligibility", ["[" * 5000, "all", ""]),
    ("draft_statement", ["not json", 123]),
    ("ask_assistant", [{"a": 1}]),
)


def maximal_facts() -> dict:
    """Drafting facts just under the 20 KB facts limit: many achievements of 480 characters."""
    item = (_DEED * 10)[:480]
    facts: dict = {"name": "张伟", "employer": "杭州某数控机床有限公司", "achievements": []}
    while len(json.dumps({**facts, "achievements": facts["achievements"] + [item]},
                         ensure_ascii=False).encode("utf-8")) < 19_500:
        facts["achievements"].append(item)
    return facts


def _hostile_call(client, base, rng, n, pool, timeout, session) -> Result:
    kind = rng.choices([k for k, _ in HOSTILE], weights=[w for _, w in HOSTILE])[0]
    big = n < MAX_USERS
    if kind == "ask":
        question = (rng.choice(pool) * 200)[:2000] if big else rng.choice(pool)
        return call(client, base, "ask_assistant", [question], timeout, session)
    if kind == "check":
        profile = dict(rng.choice(PROFILES), achievements=maximal_facts()["achievements"]) if big else rng.choice(PROFILES)
        return call(client, base, "check_eligibility", [profile, "all", ""], timeout, session)
    if kind == "draft":
        facts = maximal_facts() if big else {"name": "张伟", "achievements": [_DEED]}
        return call(client, base, "draft_statement", [facts, "hz_digital_craftsman_2026"], timeout, session)
    if kind == "search":
        query = (rng.choice(pool) * 20)[:500] if big else rng.choice(pool)[:60]
        return call(client, base, "search_clauses", [query, "", 5], timeout, session)
    endpoint, data = rng.choice(BAD_CALLS)
    result = call(client, base, endpoint, data, timeout, session)
    # A bad input is handled when the app answers it with an error event, quickly.
    rejected = not result.ok and result.error.startswith("error")
    return Result(f"bad:{endpoint}", result.seconds, rejected, "" if rejected else result.error or "accepted")


def user(n: int, base: str, stop_at: float, think: float, mix: bool | str, timeout: float, stats: Stats,
         pool: list[str]) -> None:
    import httpx

    rng = random.Random(n)
    session = f"load-user-{n}-{rng.getrandbits(32):08x}"
    with httpx.Client() as client:
        for _ in range(MAX_TURNS_PER_USER):
            if time.monotonic() >= stop_at:
                return
            if mix == "hostile":
                stats.add(_hostile_call(client, base, rng, n, pool, timeout, session))
                if think:
                    time.sleep(min(rng.expovariate(1 / think), 4 * think, max(0.0, stop_at - time.monotonic())))
                continue
            roll = rng.random() if mix else 0.0
            if roll < 0.8:
                stats.add(call(client, base, "ask_assistant", [rng.choice(pool)], timeout, session))
            elif roll < 0.9:
                stats.add(call(client, base, "check_eligibility", [rng.choice(PROFILES), "all", ""], timeout, session))
            else:
                stats.add(call(client, base, "search_clauses", [rng.choice(pool)[:60], "", 5], timeout, session))
            if think:
                time.sleep(min(rng.expovariate(1 / think), 4 * think, max(0.0, stop_at - time.monotonic())))


def percentile(values: list[float], q: float) -> float | None:
    if not values:
        return None
    values = sorted(values)
    rank = math.ceil(q * len(values) - 1e-9)  # nearest rank: the smallest value with >= q of them at or below
    return values[min(len(values) - 1, max(0, rank - 1))]


def summarise(stats: Stats, seconds: float, users: int) -> dict:
    turns = [r.seconds for r in stats.results if r.ok and r.endpoint == "ask_assistant"]
    every = [r.seconds for r in stats.results if r.ok]
    errors = [r for r in stats.results if not r.ok]
    ms = lambda v: None if v is None else round(v * 1000, 1)  # noqa: E731
    return {
        "users": users, "seconds": round(seconds, 1), "requests": len(stats.results), "turns": len(turns),
        "throughput_rps": round(len(stats.results) / seconds, 2) if seconds else None,
        "turns_per_s": round(len(turns) / seconds, 2) if seconds else None,
        "turn_p50_ms": ms(percentile(turns, 0.50)), "turn_p95_ms": ms(percentile(turns, 0.95)),
        "turn_p99_ms": ms(percentile(turns, 0.99)), "turn_max_ms": ms(max(turns) if turns else None),
        "all_p95_ms": ms(percentile(every, 0.95)),
        "mean_ms": ms(statistics.fmean(turns) if turns else None),
        "errors": len(errors), "error_examples": sorted({e.error for e in errors})[:5],
        "by_endpoint": {name: {"n": len(v), "p95_ms": ms(percentile(v, 0.95))} for name, v in sorted(
            _by_endpoint(stats).items())},
    }


def _by_endpoint(stats: Stats) -> dict[str, list[float]]:
    out: dict[str, list[float]] = {}
    for r in stats.results:
        if r.ok:
            out.setdefault(r.endpoint, []).append(r.seconds)
    return out


def memory_mb(pid: int) -> dict:
    """The app's resident memory now and at its peak (VmRSS, VmHWM), in MB (Linux)."""
    out = {}
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith(("VmRSS", "VmHWM")):
                out[line.split(":")[0]] = round(int(line.split()[1]) / 1024)
    except OSError:
        pass
    return out


def warm(base: str, pool: list[str], timeout: float) -> float:
    """One call per endpoint, not counted, before the clock starts: the app answers its first calls only once
    its background warm-up (index, model, classifiers) is done, and the run measures the steady state."""
    import httpx

    started = time.perf_counter()
    with httpx.Client() as client:
        for endpoint, data in (("ask_assistant", [pool[0]]), ("check_eligibility", [PROFILES[0], "all", ""]),
                               ("draft_statement", [maximal_facts(), "hz_digital_craftsman_2026"]),
                               ("search_clauses", [pool[1][:60], "", 5])):
            call(client, base, endpoint, data, timeout, "load-warm-up")
    return time.perf_counter() - started


def cpu_seconds(pid: int) -> float | None:
    """User + system CPU time the process has used so far (Linux /proc), in seconds."""
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
        return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")
    except (OSError, ValueError, IndexError):
        return None


def run_load(url: str, users: int = 20, duration: float = 60, think: float = 1.0, mix: bool | str = True,
             timeout: float = 60, warm_up: bool = True) -> dict:
    base = loopback_only(url)
    pool = questions()
    warmed = warm(base, pool, timeout) if warm_up else None
    stats = Stats()
    started = time.monotonic()
    stop_at = started + duration
    threads = [threading.Thread(target=user, args=(n, base, stop_at, think, mix, timeout, stats, pool), daemon=True)
               for n in range(users)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=duration + timeout + 30)
    return {**summarise(stats, time.monotonic() - started, users),
            "warm_up_s": round(warmed, 1) if warmed is not None else None}


# -- starting the app for a self-contained run ------------------------------------------------------------
def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def start_app(data_dir: str | None = None, log_path: str | None = None, extra_env: dict | None = None,
              timeout: float = 600) -> tuple[subprocess.Popen, str, float]:
    """Start app.py on a free loopback port; return (process, url, seconds until it answered HTTP)."""
    import urllib.request

    port = free_port()
    env = {k: v for k, v in os.environ.items() if not k.startswith("ASSISTANT_")}
    env.update(ASSISTANT_PORT=str(port), ASSISTANT_DATA_DIR=data_dir or tempfile.mkdtemp(prefix="assistant-load-"),
               ASSISTANT_TODAY=os.environ.get("ASSISTANT_TODAY", "2026-11-21"), HF_HUB_OFFLINE="1",
               TRANSFORMERS_OFFLINE="1", GRADIO_ANALYTICS_ENABLED="False", **(extra_env or {}))
    log = open(log_path or os.devnull, "w", encoding="utf-8")  # noqa: SIM115 - lives as long as the app
    started = time.perf_counter()
    proc = subprocess.Popen([sys.executable, str(ROOT / "app.py")], cwd=ROOT, env=env, stdout=log,
                            stderr=subprocess.STDOUT, start_new_session=True)
    url = f"http://127.0.0.1:{port}/"
    deadline = time.monotonic() + timeout
    while True:
        try:
            with urllib.request.urlopen(url, timeout=2) as resp:
                if resp.status == 200:
                    break
        except OSError:
            pass
        if proc.poll() is not None or time.monotonic() > deadline:
            stop_app(proc)
            raise SystemExit(f"the app did not start (see {log_path or 'its log'})")
        time.sleep(0.25)
    return proc, url, time.perf_counter() - started


def stop_app(proc: subprocess.Popen) -> None:
    if proc.poll() is None:
        os.killpg(proc.pid, signal.SIGTERM)
        try:
            proc.wait(timeout=30)
        except subprocess.TimeoutExpired:
            os.killpg(proc.pid, signal.SIGKILL)
            proc.wait(timeout=30)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--url", help="a running app (loopback only); default: start one with --start")
    parser.add_argument("--start", action="store_true", help="start app.py on a free port for this run")
    parser.add_argument("--users", type=int, default=20)
    parser.add_argument("--duration", type=float, default=60, help="seconds (bounded)")
    parser.add_argument("--think", type=float, default=1.0, help="mean think time between turns, seconds (0: none)")
    parser.add_argument("--no-mix", action="store_true", help="only chat turns (no self-check or search calls)")
    parser.add_argument("--hostile", action="store_true",
                        help="issue 17's mix: 40%% ask, 20%% check, 20%% draft, 10%% search, 10%% bad input; "
                             "users 0 and 1 send maximal inputs")
    parser.add_argument("--no-warm-up", action="store_true",
                        help="start the clock at once (default: one uncounted call per endpoint first)")
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    if not args.url and not args.start:
        parser.error("give --url of a running app, or --start")
    proc = None
    if args.start:
        proc, url, _ = start_app()
    else:
        url = args.url
    try:
        mix = "hostile" if args.hostile else not args.no_mix
        cpu_before = cpu_seconds(proc.pid) if proc is not None else None
        result = run_load(url, args.users, min(args.duration, 600), args.think, mix, warm_up=not args.no_warm_up)
        if cpu_before is not None:
            # Machine-independent-ish: the app's own CPU per request (the p95 also holds waiting for a core).
            used = cpu_seconds(proc.pid) - cpu_before
            result["app_cpu_ms_per_request"] = round(1000 * used / max(result["requests"], 1), 1)
            result["load_average"] = os.getloadavg()[0]
        if proc is not None:
            time.sleep(5)  # let the app settle, then see whether memory came back down
            result["memory_mb"] = memory_mb(proc.pid)
    finally:
        if proc is not None:
            stop_app(proc)
    if args.json:
        print(json.dumps(result, ensure_ascii=False))
        return
    print(f"{result['users']} users, {result['seconds']} s, think {args.think} s: {result['requests']} requests "
          f"({result['throughput_rps']}/s), {result['turns']} chat turns ({result['turns_per_s']}/s)")
    print(f"turn latency p50 {result['turn_p50_ms']} ms, p95 {result['turn_p95_ms']} ms, "
          f"p99 {result['turn_p99_ms']} ms, max {result['turn_max_ms']} ms; errors {result['errors']}")
    for example in result["error_examples"]:
        print("  error:", example)
    for name, row in result["by_endpoint"].items():
        print(f"  {name}: {row['n']} ok, p95 {row['p95_ms']} ms")
    if result.get("memory_mb"):
        print(f"app memory after the run: {result['memory_mb']}")


if __name__ == "__main__":
    main()
