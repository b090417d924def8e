"""bench/load.py against a real app: concurrent simulated users get answers and no errors (no timing
asserts: the figures go in the README), and the load tool refuses any target that is not loopback."""

from __future__ import annotations

import pytest

from bench.load import loopback_only, percentile, run_load


@pytest.mark.parametrize("url", ["http://10.0.0.5:7860/", "http://192.168.1.2/", "http://example.com/",
                                 "http://8.8.8.8:80/"])
def test_only_loopback_targets_are_accepted(url):
    with pytest.raises(SystemExit):
        loopback_only(url)


@pytest.mark.parametrize("url", ["http://127.0.0.1:7860", "http://localhost:1/", "http://[::1]:7860/"])
def test_loopback_targets_are_accepted(url):
    assert loopback_only(url).endswith("/")


def test_percentiles_are_nearest_rank():
    values = [i / 100 for i in range(1, 101)]
    assert percentile(values, 0.5) == 0.5 and percentile(values, 0.95) == 0.95 and percentile(values, 0.99) == 0.99
    assert percentile([], 0.5) is None and percentile([3.0], 0.99) == 3.0


@pytest.mark.slow
def test_concurrent_users_get_answers_without_errors(tmp_path, built_index):
    from bench.load import stop_app
    from tests.robustness.conftest import start_app_with

    proc, url, _data, log = start_app_with(tmp_path, built_index)
    try:
        result = run_load(url, users=12, duration=12, think=0.2, mix=True, timeout=60)
    finally:
        stop_app(proc)
    assert result["errors"] == 0, result["error_examples"]
    assert result["turns"] >= 12 and result["requests"] > result["turns"]
    assert result["turn_p50_ms"] is not None and result["turn_p99_ms"] >= result["turn_p50_ms"]
    assert "Traceback" not in log.read_text(encoding="utf-8", errors="ignore")
