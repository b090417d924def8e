"""Constants and small helpers for the browser tests."""

from __future__ import annotations

from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
ARTIFACTS = REPO / "test-artifacts"
EVAL_FIXTURE = REPO / "tests" / "e2e" / "fixtures" / "eval_small.jsonl"
CHROMIUM = Path("/usr/bin/chromium")
# Debian's chromium, never a downloaded browser; nothing may phone home.
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync"]


def shot(page, name: str, at: str | None = None) -> Path:
    """A screenshot in test-artifacts/: the full page, or (``at``, a selector) the screen scrolled to it."""
    ARTIFACTS.mkdir(exist_ok=True)
    path = ARTIFACTS / f"{name}.png"
    if at:
        page.locator(at).first.evaluate("e => e.scrollIntoView({block: 'start'})")
        page.wait_for_timeout(300)
    page.screenshot(path=str(path), full_page=at is None)
    return path


def ask(page, question: str) -> None:
    page.fill("#ga-chat-input textarea", question)
    page.click("#ga-send")


def pick(page, elem_id: str, label: str) -> None:
    """Choose ``label`` in the Gradio dropdown with ``elem_id``."""
    page.locator(f"#{elem_id} input").click()
    page.locator(f'[role=option][aria-label="{label}"]').first.click()


def field(page, elem_id: str):
    """The text input or textarea of a Gradio Textbox."""
    return page.locator(f"#{elem_id} textarea, #{elem_id} input").first
